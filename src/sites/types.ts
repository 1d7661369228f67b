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
}
