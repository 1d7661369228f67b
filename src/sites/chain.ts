// The reader chain: how GapLens reads the listing on a page, the same way in the content
// script, in the popup's "Analyse this page" and in the CLI.
//   1. the board's adapter (its own markup: the most precise, and the first to break when
//      the board redesigns);
//   2. the page's schema.org JobPosting JSON-LD (boards keep it for search engines);
//   3. the generic reader (reader.ts: a title line and a block of requirement or
//      responsibility sections, in any markup), then any further readers the caller adds
//      (the popup and the CLI add Mozilla's Readability, too big for the content script).
// The listing records which link read it (`via`); the worker adds the language it is
// written in (core/language.ts: kept out of the content script, which must stay small).
import type { Listing } from '../core/wire';
import { jobPostingLd } from './dom';
import { guarded, headingFor, pageId, sameTitle, toListing } from './generic';
import { readGeneric, type GenericRead } from './reader';
import type { SiteAdapter } from './types';

export interface ChainRead {
  listing: Listing;
  /**
   * The element showing the listing's title, when one was found. Null only when the
   * listing was read from data alone (JSON-LD on a page with no matching title element):
   * the badge then goes to the page corner.
   */
  anchor: Element | null;
}

export interface ChainOptions {
  /** Readers tried after the built-in generic reader (e.g. Readability). */
  readers?: Array<(doc: Document) => GenericRead | null>;
  /**
   * Whether a listing read from JSON-LD alone, with no title element on the page, counts.
   * Not on a board page: a single-page app keeps its first page's JSON-LD while it shows
   * other listings, so there the JSON-LD must be confirmed by a title on screen. On a page
   * the user asked to read, it is what the page says about itself.
   */
  dataAlone?: boolean;
  /** False to try the board's adapter only (the content script spaces out the costlier links). */
  fallbacks?: boolean;
}

function withReading(listing: Listing, via: NonNullable<Listing['via']>): Listing {
  return { ...listing, via };
}

/** The listing on the page, read by the first link of the chain that finds it. */
export function readListing(doc: Document, url: URL, adapter: SiteAdapter | undefined, opts: ChainOptions = {}): ChainRead | undefined {
  const source = adapter?.id ?? 'generic';
  if (adapter) {
    const found = adapter.detail(doc, url);
    if (found) return { listing: withReading(found.listing, 'adapter'), anchor: found.anchor };
    if (guarded(() => adapter.stale?.(doc, url) ?? false, false)) return undefined;
  }
  if (opts.fallbacks === false) return undefined;
  const urlId = adapter ? guarded(() => adapter.jobIdFrom?.(url) ?? null, null) : null;
  // A board page whose address names no listing (a search without a selected job) has no
  // listing to read unless the page shows one.
  const fromLd = guarded((): ChainRead | undefined => {
    const ld = jobPostingLd(doc);
    if (!ld?.title || !ld.description) return undefined;
    const heading = headingFor(doc, ld.title);
    if (!heading && !opts.dataAlone) return undefined;
    const listing = toListing(source, url, {
      jobId: urlId ?? ld.identifier ?? ld.url ?? pageId(doc, url),
      title: ld.title,
      company: ld.company,
      location: ld.location,
      text: ld.description,
    });
    return listing && { listing: withReading(listing, 'json-ld'), anchor: heading };
  }, undefined);
  if (fromLd) return fromLd;
  // The board's rule for its links tells which result a redesigned results page shows.
  const hints = adapter?.jobIdFrom ? { urlId, jobIdOf: (href: string) => guarded(() => adapter.jobIdFrom!(new URL(href, url)), null) } : {};
  for (const read of [(d: Document) => readGeneric(d, hints), ...(opts.readers ?? [])]) {
    const found = guarded(() => read(doc), null);
    if (!found) continue;
    const ld = jobPostingLd(doc);
    // A results page's selected listing: its id is in its result link, as the adapter reads ids.
    const pickedId = !urlId && adapter && found.selected
      ? guarded(() => adapter.jobIdFrom?.(new URL(found.selected!, url)) ?? null, null)
      : null;
    const listing = toListing(source, url, {
      jobId: urlId ?? pickedId ?? pageId(doc, url),
      title: found.title,
      // JSON-LD that names this very title still knows the company and place.
      company: ld && sameTitle(ld.title, found.title) ? ld.company : null,
      location: ld && sameTitle(ld.title, found.title) ? ld.location : null,
      text: found.text,
    });
    if (listing) return { listing: withReading(listing, 'generic'), anchor: found.heading };
  }
  return undefined;
}
