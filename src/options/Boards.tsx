// The Boards section: per board, how GapLens read the last listings opened there, so a
// user can see when a board has changed its pages (its own reader stopped matching and the
// listing was read from JSON-LD or generically). Everything comes from the local history.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../background/client';
import { BOARDS, BOARD_NAMES } from '../ui/boards';
import { boardReads, RECENT, type BoardReads, type Read } from './boardReads';
import { ErrorIcon } from './ProfileFields';
import { messageOf, plural, shortDate } from './text';

const HISTORY_LIMIT = 5000;

export const READ_LABELS: Record<Read, string> = {
  adapter: 'Board reader',
  'json-ld': 'Job posting data (JSON-LD)',
  generic: 'Generic reader',
  unknown: 'Not recorded',
};

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: BoardReads[] };

const nameOf = (source: BoardReads['source']) => (source === 'generic' ? 'Other job pages' : BOARD_NAMES[source]);

export function Boards() {
  const [view, setView] = useState<Load>({ state: 'loading' });

  const load = useCallback(async () => {
    setView({ state: 'loading' });
    try {
      const { entries } = await send('history', { limit: HISTORY_LIMIT });
      setView({ state: 'ready', data: boardReads(entries) });
    } catch (error) {
      setView({ state: 'error', message: messageOf(error) });
    }
  }, []);

  useEffect(() => { void load(); }, [load]);

  const head = (
    <div class="page-head">
      <div>
        <h1 id="boards-title" tabIndex={-1}>Boards</h1>
        <p class="lede">
          How GapLens read the last {RECENT} listings you opened on each board. Each board has its own reader; when a
          board changes its pages, GapLens falls back to the listing's job posting data (JSON-LD) or to a generic reader
          that finds the title and sections by their wording.
        </p>
      </div>
    </div>
  );

  if (view.state === 'loading') {
    return <section class="page" aria-labelledby="boards-title" aria-busy="true">{head}<p class="muted">Loading…</p></section>;
  }
  if (view.state === 'error') {
    return (
      <section class="page" aria-labelledby="boards-title">
        {head}
        <div class="error-box" role="alert">
          <ErrorIcon />
          <div>
            <p>The history could not be loaded: {view.message}</p>
            <button type="button" class="secondary" onClick={() => void load()}>Try again</button>
          </div>
        </div>
      </section>
    );
  }
  if (view.data.length === 0) {
    return (
      <section class="page" aria-labelledby="boards-title">
        {head}
        <div class="card empty-state">
          <h2>No listing read yet</h2>
          <p>Open a job listing on a board, or use “Analyse this page” in the toolbar popup on a careers page. Each board then shows here how its listings were read.</p>
        </div>
      </section>
    );
  }

  const seen = new Set(view.data.map((b) => b.source));
  const unseen = BOARDS.filter((b) => !seen.has(b.id)).map((b) => b.name);

  return (
    <section class="page" aria-labelledby="boards-title">
      {head}
      {view.data.map((b) => <BoardCard key={b.source} board={b} />)}
      {unseen.length > 0 && <p class="muted">No listing opened yet on {unseen.join(', ')}.</p>}
    </section>
  );
}

function BoardCard({ board }: { board: BoardReads }) {
  const name = nameOf(board.source);
  const id = `board-${board.source}`;
  const newest = board.recent[0];
  return (
    <div class="card board-reads" role="group" aria-labelledby={id}>
      <div class="card-head">
        <h2 id={id}>{name}</h2>
        <span class="count">{plural(board.total, 'listing')}</span>
      </div>
      {board.drifted && newest && (
        <p class="notice warn board-drift">
          <strong>{name} may have changed its pages.</strong> The latest listing there was read
          {newest.via === 'json-ld' ? ' from its job posting data' : ' by the generic reader'}, not by GapLens's {name} reader.
          The listing was still analysed, and its badge's panel says how it was read.
        </p>
      )}
      {!board.drifted && board.source !== 'generic' && newest?.via === 'adapter' && (
        <p class="board-ok">The latest listing was read by GapLens's {name} reader.</p>
      )}
      <table class="reads">
        <caption class="sr">How the last {plural(board.recent.length, 'listing')} on {name} were read</caption>
        <thead>
          <tr><th scope="col">Listing</th><th scope="col">Opened</th><th scope="col">Read by</th></tr>
        </thead>
        <tbody>
          {board.recent.map((r) => (
            <tr key={`${r.url}|${r.seen}`}>
              <td>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.title ?? 'Untitled listing'}<span class="sr"> (opens in a new tab)</span>
                </a>
              </td>
              <td class="nowrap">{shortDate(r.seen)}</td>
              <td class={`via via-${r.via}`}>{READ_LABELS[r.via]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
