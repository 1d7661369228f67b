// `analyze page.html --url <original URL>`: run the extension's own site adapters on a
// saved board page in Node, so a user can check offline what GapLens reads there.
import { Window } from 'happy-dom';
import type { Listing } from '../core/schema';
import { adapterFor, generic } from '../sites/registry';

export type PageRead = { ok: true; listing: Listing; adapter: string } | { ok: false; reason: string };

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
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const board = adapterFor(url);
    // A board adapter first; on any other page, the page's schema.org JobPosting data.
    for (const adapter of board ? [board, generic] : [generic]) {
      const found = adapter.detail(doc, url);
      if (found) return { ok: true, listing: found.listing, adapter: adapter.id };
    }
    return { ok: false, reason: `listing not found (${board ? `${board.id} adapter` : 'no board adapter for this URL'}, no JobPosting data)` };
  } finally {
    void window.happyDOM.close();
  }
}
