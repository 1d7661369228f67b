// `analyze page.html --url <original URL>`: run the extension's own reader chain (board
// adapter, JSON-LD, generic readers) on a saved page in Node, so a user can check offline
// what GapLens reads there and how.
import { Window } from 'happy-dom';
import type { Listing } from '../core/schema';
import { guessLanguage } from '../core/language';
import { readListing } from '../sites/chain';
import { readArticle } from '../sites/readability';
import { textOf } from '../sites/dom';
import { adapterFor } from '../sites/registry';

export type PageRead =
  | { ok: true; listing: Listing; adapter: string; address: PageAddress }
  /** `text`: what the page shows, scripts and styles left out, for a caller that reads it whole. */
  | { ok: false; reason: string; text?: string; address?: PageAddress };

/** Where the page's own address came from: given with --url, or read from the saved page itself. */
export type PageAddress = { url: string; from: 'given' | 'saved-from' | 'canonical' | 'og:url' } | { url: null; from: null };

/** A whole saved HTML page (not a posting's HTML fragment): a doctype, `<html>` or `<head>` first. */
export function isHtmlDocument(text: string): boolean {
  return /^\ufeff?\s*(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]/i.test(text.slice(0, 4000));
}

// Read by hand from the start of the file: a page saved by a browser names where it came from
// in a leading "<!-- saved from url=(0042)https://… -->".
const SAVED_FROM = /^\ufeff?\s*(?:<!doctype[^>]{0,200}>\s*)?<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/**
 * A web address a page gives itself, or null. Written with "http:" it is read as "https:" (every
 * board serves its pages over https, and the adapters claim those only: Greenhouse's canonical
 * link says "http://job-boards.greenhouse.io/…"); a site's root ("https://topjobs.lk/") names no
 * page, so it is passed over for the next address the page gives.
 */
function webAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (u.protocol === 'http:') u.protocol = 'https:';
    return u.pathname === '/' && !u.search ? null : u.href;
  } catch {
    return null;
  }
}

/** The saved page's own address, when it says: its "saved from" note, canonical link or og:url. */
function ownAddress(html: string, doc: Document): PageAddress {
  const saved = webAddress(SAVED_FROM.exec(html)?.[1]);
  if (saved) return { url: saved, from: 'saved-from' };
  const canonical = webAddress(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  if (canonical) return { url: canonical, from: 'canonical' };
  const og = webAddress(doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'));
  if (og) return { url: og, from: 'og:url' };
  return { url: null, from: null };
}

/** Stands for a page that does not say where it is from: no board adapter matches it. */
const NOWHERE = 'https://saved-page.invalid/';

/**
 * The page as happy-dom can parse it. happy-dom 21 stops parsing the whole document at a
 * `<style>` inside an inline `<svg>` (Indeed's 2025–26 pages have some in their loading spinners),
 * so those style elements, which hold no text, are left out. Browsers parse them fine.
 */
export function parseable(html: string): string {
  // Every one of them: an svg may hold several (Indeed's 2025 spinner has three).
  return html.replace(/<svg\b[^>]*>(?:(?!<\/svg>)[\s\S])*?<\/svg>/gi, (svg) => svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''));
}

/**
 * `href` is the page's address (--url); without it, the address the saved page gives itself is
 * used, and a page that gives none is read by the generic readers (JSON-LD, readable sections).
 */
export function readPage(html: string, href: string | null): PageRead {
  let url: URL;
  try { url = new URL(href ?? NOWHERE); } catch { return { ok: false, reason: `--url "${href}" is not a URL` }; }
  // Scripts stay off and nothing is fetched: the saved page is read as data.
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  try {
    window.document.write(parseable(html));
    const doc = window.document as unknown as Document;
    let address: PageAddress = { url: url.href, from: 'given' };
    if (href === null) {
      address = ownAddress(html, doc);
      if (address.url) {
        url = new URL(address.url);
        window.happyDOM.setURL(url.href);
      }
    }
    const board = adapterFor(url);
    // A saved page is read as "Analyse this page" reads a live one: its JSON-LD counts even
    // without a title element (the saved copy may hold only the server's HTML).
    const found = readListing(doc, url, board, { readers: [readArticle], dataAlone: true });
    if (found) {
      const lang = found.listing.lang ?? guessLanguage(found.listing.text);
      return { ok: true, listing: { ...found.listing, ...(lang ? { lang } : {}) }, adapter: board?.id ?? 'generic', address };
    }
    return {
      ok: false,
      reason: `listing not found (${board ? `${board.id} adapter` : 'no board adapter for this URL'}, no JobPosting data, no posting sections)`,
      text: textOf(doc.body ?? doc),
      address,
    };
  } finally {
    void window.happyDOM.close();
  }
}
