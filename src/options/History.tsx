// Recently analysed listings, newest first: each can be taken out of the radar (a job
// that is not ML skews it), with Undo where the row was, as for a removed skill; and
// "Clear history" behind a confirmation.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Res } from '../core/protocol';
import { scoreTone } from '../ui/tone';
import { BOARD_NAMES } from '../ui/boards';
import { plural, shortDate } from './text';

export type HistoryRow = Res<'history'>['entries'][number];

/** A listing just taken out, and where its row stood in the list shown. */
export interface RemovedRow { entry: HistoryRow; index: number }

interface Props {
  /** The listings shown: the newest that pass the filters, as many as asked for so far. */
  entries: readonly HistoryRow[];
  /** How many listings the whole history holds. */
  total: number;
  /** How many listings pass the filters (null: no filter, or not known yet). */
  matching?: number | null;
  /** How many more listings 'Show more' would add (0: none left). */
  more?: number;
  onMore?: () => void;
  onClear: () => Promise<void>;
  onRemove?: (entry: HistoryRow) => void;
  removed?: RemovedRow | null;
  onUndo?: () => void;
}

export function History({ entries, total, matching = null, more = 0, onMore, onClear, onRemove, removed = null, onUndo }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    else if (wasConfirming.current) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // The radar's count of the filtered listings, which the worker may still be recounting
  // after a change: never more than the history holds.
  const count = Math.min(matching ?? total, total);

  async function clear() {
    setBusy(true);
    setError('');
    try {
      await onClear();
      setConfirming(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The history was not cleared.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card">
      <div class="card-head">
        <h2>Recently analysed</h2>
        <span class="count">{count === total ? plural(total, 'listing') : `${count} of ${total} listings`}</span>
      </div>
      {entries.length === 0 && !removed
        ? <p class="empty-line">No listing matches these filters.</p>
        : (
          <ul class="history">
            {withRemoved(entries.map((e) => (
              <li key={e.key} class="history-row">
                <div class="history-main">
                  <a href={e.url} target="_blank" rel="noopener noreferrer" class="history-title">
                    {e.title ?? 'Untitled listing'}
                    <span class="sr"> (opens in a new tab)</span>
                  </a>
                  <span class="history-meta">
                    {[e.company, BOARD_NAMES[e.source], shortDate(e.seen)].filter(Boolean).join(' · ')}
                  </span>
                </div>
                {e.score === null
                  ? <span class="score-pill neutral">No profile</span>
                  : <span class={`score-pill ${scoreTone(e.score)}`}>{Math.round(e.score * 100)}%<span class="sr"> match</span></span>}
                {onRemove && (
                  <button type="button" class="icon-button" aria-label={`Remove ${e.title ?? 'this listing'} from the radar`} title="Remove from the radar" onClick={() => onRemove(e)}>
                    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                      <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
                    </svg>
                  </button>
                )}
              </li>
            )), removed, onUndo)}
          </ul>
        )}
      {more > 0 && onMore && (
        <button type="button" class="link-button more" onClick={onMore}>
          Show {more} more
        </button>
      )}
      <div class="history-foot">
        {!confirming && (
          <button type="button" ref={clearButton} class="danger-quiet" onClick={() => setConfirming(true)} disabled={total === 0}>
            Clear history…
          </button>
        )}
        {confirming && (
          <div class="confirm" ref={confirmRef} role="group" aria-labelledby="clear-q">
            <p id="clear-q"><strong>Clear all {plural(total, 'analysed listing')}?</strong> The market radar starts again from nothing. This cannot be undone.</p>
            <div class="actions">
              <button type="button" class="danger" onClick={clear} disabled={busy}>{busy ? 'Clearing…' : 'Clear history'}</button>
              <button type="button" class="secondary cancel" onClick={() => setConfirming(false)} disabled={busy}>Cancel</button>
            </div>
          </div>
        )}
        {error && <p class="error" role="alert">{error}</p>}
      </div>
    </div>
  );
}

/** The rows with the one just removed back in its place, as "<title> removed · Undo". */
function withRemoved(rows: JSX.Element[], removed: RemovedRow | null, onUndo?: () => void): JSX.Element[] {
  if (!removed || !onUndo) return rows;
  const out = [...rows];
  out.splice(Math.min(removed.index, out.length), 0, <RemovedListing key={`removed-${removed.entry.key}`} entry={removed.entry} onUndo={onUndo} />);
  return out;
}

function RemovedListing({ entry, onUndo }: { entry: HistoryRow; onUndo: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  // The pressed × is gone with its row: focus goes to Undo, where the row was.
  useEffect(() => { undo.current?.focus(); }, []);
  const title = entry.title ?? 'Untitled listing';
  return (
    <li class="history-row removed">
      <span class="history-main muted">{title}: removed from the radar</span>
      <button type="button" ref={undo} class="link-button" aria-label={`Undo: put ${title} back`} onClick={onUndo}>Undo</button>
    </li>
  );
}
