// How the last listings on each board were read (the board's own reader, the page's JobPosting
// JSON-LD, or the generic reader), from the history the worker keeps. A board whose latest
// listings fall back from its own reader has most likely changed its pages: the Boards view
// says so, so the user knows why a badge reads less than it used to.
import type { Board, HistoryEntry, ReadVia } from '../core/schema';

/** How many of a board's most recent listings the view counts. */
export const RECENT = 5;

export type Read = ReadVia | 'unknown';

export interface BoardReads {
  source: Board;
  /** Listings from this board in the history, all of them. */
  total: number;
  /** The newest first, at most RECENT of them: how each was read. */
  recent: Array<{ title: string | null; url: string; seen: number; via: Read }>;
  counts: Record<Read, number>;
  /**
   * The newest listing of a board GapLens has a reader for was read some other way, so the
   * board's markup no longer matches. Never true for pages read on request (no board reader).
   */
  drifted: boolean;
}

type Entry = Pick<HistoryEntry, 'source' | 'title' | 'url' | 'seen' | 'via'>;

/** Per board with at least one listing, newest board first. Entries from before `via` was kept read as 'unknown'. */
export function boardReads(entries: readonly Entry[], recent = RECENT): BoardReads[] {
  const by = new Map<Board, Entry[]>();
  for (const e of entries) {
    const list = by.get(e.source);
    if (list) list.push(e);
    else by.set(e.source, [e]);
  }
  const out: BoardReads[] = [];
  for (const [source, list] of by) {
    const sorted = [...list].sort((a, b) => b.seen - a.seen).slice(0, recent);
    const rows = sorted.map((e) => ({ title: e.title, url: e.url, seen: e.seen, via: e.via ?? 'unknown' as Read }));
    const counts: Record<Read, number> = { adapter: 0, 'json-ld': 0, generic: 0, unknown: 0 };
    for (const r of rows) counts[r.via] += 1;
    const newest = rows[0]?.via;
    out.push({
      source, total: list.length, recent: rows, counts,
      drifted: source !== 'generic' && (newest === 'json-ld' || newest === 'generic'),
    });
  }
  return out.sort((a, b) => (b.recent[0]?.seen ?? 0) - (a.recent[0]?.seen ?? 0));
}
