// `analyze page.html --url <original URL>`: run the extension's own reader chain (board
// adapter, JSON-LD, generic readers) on a saved page in Node, so a user can check offline
// what GapLens reads there and how.
import { Window } from 'happy-dom';
import type { Listing } from '../core/schema';
import { guessLanguage } from '../core/language';
import { readListing } from '../sites/chain';
import { readArticle } from '../sites/readability';
import { adapterFor } from '../sites/registry';

export type PageRead = { ok: true; listing: Listing; adapter: string } | { ok: false; reason: string };

/**
 * The page as happy-dom can parse it. happy-dom 21 stops parsing the whole document at a
 * `<style>` inside an inline `<svg>` (Indeed's 2025–26 pages have some in their loading spinners),
 * so those style elements, which hold no text, are left out. Browsers parse them fine.
 */
export function parseable(html: string): string {
  // Every one of them: an svg may hold several (Indeed's 2025 spinner has three).
  return html.replace(/<svg\b[^>]*>(?:(?!<\/svg>)[\s\S])*?<\/svg>/gi, (svg) => svg.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''));
}

export function readPage(html: string, href: string): PageRead {
  let url: URL;
  try { url = new URL(href); } catch { return { ok: false, reason: `--url "${href}" is not a URL` }; }
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
    const board = adapterFor(url);
    // A saved page is read as "Analyse this page" reads a live one: its JSON-LD counts even
    // without a title element (the saved copy may hold only the server's HTML).
    const found = readListing(doc, url, board, { readers: [readArticle], dataAlone: true });
    if (found) {
      const lang = found.listing.lang ?? guessLanguage(found.listing.text);
      return { ok: true, listing: { ...found.listing, ...(lang ? { lang } : {}) }, adapter: board?.id ?? 'generic' };
    }
    return { ok: false, reason: `listing not found (${board ? `${board.id} adapter` : 'no board adapter for this URL'}, no JobPosting data, no posting sections)` };
  } finally {
    void window.happyDOM.close();
  }
}
