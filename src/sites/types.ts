import type { Board, Listing } from '../core/schema';

export interface Card {
  jobId: string;
  /** The element the card badge is placed after (the card's title link). */
  anchor: Element;
}

export interface Detail {
  listing: Listing;
  /** The element the detail badge is placed after (the listing's title). */
  anchor: Element;
}

/**
 * One job board. Selectors live only here. `detail` returns undefined when the page
 * shows no listing in full: the content script then shows nothing (never a guess).
 */
export interface SiteAdapter {
  id: Board;
  matches: (url: URL) => boolean;
  detail: (doc: Document, url: URL) => Detail | undefined;
  cards: (doc: Document, url: URL) => Card[];
  /**
   * The listing's id as the page address names it, when it does: the reader chain's later
   * links (JSON-LD, generic reader) use it so that a listing keeps one id however it was read.
   */
  jobIdFrom?: (url: URL) => string | null;
  /**
   * True when the page shows a listing other than the one its address names (a split view
   * whose pane has not caught up): the chain then reads nothing rather than the wrong one.
   */
  stale?: (doc: Document, url: URL) => boolean;
}
