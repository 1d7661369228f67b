// The user's corrections, to review and take back one by one: what they said about a skill on
// one listing ("not asked here", "required here", "nice to have here", or a skill they added),
// and the words GapLens never counts as a skill. Removing one is a correction like any other
// (the worker answers its undo), so Undo puts it back exactly.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../background/client';
import type { CorrectedListing, Res } from '../core/protocol';
import type { CorrectionChange, ListingOverride, NeverRule } from '../core/schema';
import { boardName } from '../ui/boards';
import { shortDate } from '../ui/plan';
import { ErrorIcon } from './ProfileFields';
import { messageOf, plural } from './text';
import { Toast, type ToastData } from './Toast';

type View = Res<'correctionsView'>;

const ACTION: Readonly<Record<ListingOverride['action'], string>> = {
  drop: 'not asked here', required: 'required here', preferred: 'nice to have here',
};

function listingName(key: string, listing: CorrectedListing | undefined): string {
  if (!listing) return `A listing no longer in your history (${key})`;
  return [listing.title ?? 'Untitled listing', listing.company].filter(Boolean).join(' · ');
}

export function Corrections() {
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState('');
  const [toast, setToast] = useState<ToastData | null>(null);
  const root = useRef<HTMLElement>(null);
  /** After a row goes, focus the row now in its place (or the heading when none is left). */
  const focusRow = useRef<number | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await send('correctionsView', {}));
      setError('');
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  useEffect(() => {
    if (focusRow.current === null || !root.current) return;
    const rows = [...root.current.querySelectorAll<HTMLElement>('[data-row] button')];
    const at = focusRow.current;
    focusRow.current = null;
    (rows[Math.min(at, rows.length - 1)] ?? root.current.querySelector<HTMLElement>('h1'))?.focus();
  });

  async function remove(change: CorrectionChange, said: string, row: number) {
    try {
      const { undo } = await send('correct', { change });
      focusRow.current = row;
      await load();
      setToast({
        key: Date.now(), message: `Removed: ${said}`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await send('correct', { change: undo });
              focusRow.current = row;
              await load();
              setToast({ key: Date.now(), message: `Back: ${said}` });
            } catch (e) {
              setToast({ key: Date.now(), message: `Could not undo: ${messageOf(e)}` });
            }
          },
        },
      });
    } catch (e) {
      setToast({ key: Date.now(), message: `Not removed: ${messageOf(e)}` });
    }
  }

  const head = (
    <div class="page-head">
      <div>
        <h1 id="corr-title" tabIndex={-1}>Corrections</h1>
        <p class="lede">What you told GapLens about what it read. Each applies to every later reading; remove one and it no longer does.</p>
      </div>
    </div>
  );
  if (error) {
    return (
      <section class="page" aria-labelledby="corr-title" ref={root}>
        {head}
        <div class="error-box" role="alert">
          <ErrorIcon />
          <div>
            <p><strong>Your corrections could not be loaded.</strong> {error}</p>
            <button type="button" class="secondary" onClick={() => void load()}>Try again</button>
          </div>
        </div>
      </section>
    );
  }
  if (!view) return <section class="page" aria-labelledby="corr-title" aria-busy="true" ref={root}>{head}<p class="muted">Loading…</p></section>;

  const { corrections, names } = view;
  const nameOf = (id: string) => names[id] ?? id;
  const listings = new Map(view.listings.map((l) => [l.key, l]));
  const byListing = new Map<string, ListingOverride[]>();
  for (const o of [...corrections.listings].sort((a, b) => b.at - a.at)) {
    const list = byListing.get(o.listing);
    if (list) list.push(o); else byListing.set(o.listing, [o]);
  }
  const never: NeverRule[] = [...corrections.never].sort((a, b) => b.at - a.at);
  let row = 0;

  return (
    <section class="page corrections-page" aria-labelledby="corr-title" ref={root}>
      {head}
      {byListing.size === 0 && never.length === 0 && (
        <div class="card empty-state">
          <p>No corrections yet</p>
          <p class="muted">When GapLens misreads a listing, select the skill in its panel or in the popup: “Not asked here”, “Required”, “Nice to have” or “Never count”. What you say shows here.</p>
        </div>
      )}
      {byListing.size > 0 && (
        <div class="card">
          <div class="card-head">
            <h2>On one listing</h2>
            <span class="hint">{plural(corrections.listings.length, 'correction')}</span>
          </div>
          {[...byListing].map(([key, list]) => {
            const l = listings.get(key);
            const name = listingName(key, l);
            return (
              <div class="corr-group" key={key}>
                <h3 class="corr-listing">
                  {l && /^https?:\/\//.test(l.url)
                    ? <a href={l.url} target="_blank" rel="noopener noreferrer">{name}<span class="sr"> (opens in a new tab)</span></a>
                    : name}
                  {l && <span class="corr-board"> · {boardName(l)}</span>}
                </h3>
                <ul class="corr-list" aria-label={`Corrections on ${name}`}>
                  {list.map((o) => {
                    const said = `${nameOf(o.skill)} ${ACTION[o.action]} (${name})`;
                    const index = row++;
                    return (
                      <li key={o.skill} class="corr-row" data-row={index} data-skill={o.skill}>
                        <span class="corr-what"><strong>{nameOf(o.skill)}</strong> {ACTION[o.action]}</span>
                        <span class="corr-when hint">{shortDate(o.at)}</span>
                        <button type="button" class="small-button" aria-label={`Remove: ${said}`}
                          onClick={() => void remove({ kind: 'listing', listing: o.listing, skill: o.skill, action: 'clear' }, said, index)}>Remove</button>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {never.length > 0 && (
        <div class="card">
          <div class="card-head">
            <h2>On every listing</h2>
            <span class="hint">{plural(never.length, 'rule')}</span>
          </div>
          <ul class="corr-list" aria-label="Words never counted as a skill">
            {never.map((r) => {
              const said = `never count “${r.words}” as ${nameOf(r.skill)}`;
              const index = row++;
              return (
                <li key={`${r.words}\u0000${r.skill}`} class="corr-row" data-row={index} data-skill={r.skill}>
                  <span class="corr-what">Never count “{r.words}” as <strong>{nameOf(r.skill)}</strong></span>
                  <span class="corr-when hint">{shortDate(r.at)}</span>
                  <button type="button" class="small-button" aria-label={`Remove: ${said}`}
                    onClick={() => void remove({ kind: 'never', words: r.words, skill: r.skill, remove: true }, said, index)}>Remove</button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <Toast toast={toast} onClose={() => setToast(null)} />
    </section>
  );
}
