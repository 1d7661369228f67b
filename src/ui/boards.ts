// The job boards GapLens reads, by the names people know them by. Shared by the popup's
// empty state, the options page's site switches and history, and the badge's panel.
import type { Board } from '../core/schema';

export const BOARDS: ReadonlyArray<{ id: Exclude<Board, 'generic'>; name: string; host: RegExp }> = [
  { id: 'linkedin', name: 'LinkedIn', host: /(^|\.)linkedin\.com$/ },
  { id: 'indeed', name: 'Indeed', host: /(^|\.)indeed\.com$/ },
  { id: 'greenhouse', name: 'Greenhouse', host: /(^|\.)greenhouse\.io$/ },
  { id: 'lever', name: 'Lever', host: /(^|\.)lever\.co$/ },
  { id: 'workday', name: 'Workday', host: /(^|\.)myworkdayjobs\.com$/ },
  { id: 'ashby', name: 'Ashby', host: /(^|\.)ashbyhq\.com$/ },
  { id: 'wellfound', name: 'Wellfound', host: /(^|\.)wellfound\.com$/ },
  { id: 'glassdoor', name: 'Glassdoor', host: /(^|\.)glassdoor\.(com|co\.uk|ca|de|fr|com\.au|co\.in)$/ },
];

export const BOARD_NAMES: Record<Board, string> = {
  ...Object.fromEntries(BOARDS.map((b) => [b.id, b.name])) as Record<Exclude<Board, 'generic'>, string>,
  generic: 'Job page',
};

/** "LinkedIn, Indeed, … or Glassdoor". */
export const BOARD_LIST = `${BOARDS.slice(0, -1).map((b) => b.name).join(', ')} or ${BOARDS[BOARDS.length - 1]!.name}`;

/** Where the listing is: the board, or for a page read on request its site. */
export function boardName(listing: { source: Board; url: string }): string {
  if (listing.source !== 'generic') return BOARD_NAMES[listing.source];
  try {
    return new URL(listing.url).hostname.replace(/^www\./, '') || BOARD_NAMES.generic;
  } catch {
    return BOARD_NAMES.generic;
  }
}

/**
 * What the popup can do for the tab's page. Only https pages can be read on request:
 * the worker answers content scripts on https pages alone.
 */
export type PageKind = 'board' | 'readable' | 'closed' | 'unknown';

export function pageKind(url: string | undefined): PageKind {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'closed';
  }
  if (parsed.protocol !== 'https:') return 'closed';
  // Store pages refuse every extension's scripts.
  if (/^(chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org)$/.test(parsed.hostname)) return 'closed';
  return BOARDS.some((b) => b.host.test(parsed.hostname)) ? 'board' : 'readable';
}
