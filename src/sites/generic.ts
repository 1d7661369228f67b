// Any https page that carries a schema.org JobPosting (company career sites, small boards).
// Used only when the user asks for it, never injected by itself. The board adapters fall
// back on the same JSON-LD reading, so the listing helpers they share live here too.
//
// Try it on (through "Analyse this page"), or any careers page that embeds JobPosting JSON-LD:
//   https://boards.greenhouse.io/anthropic/jobs/4182383008
//   https://www.indeed.com/viewjob?jk=bf873f62104b48b5
import { Listing, MAX_LISTING_TEXT, type Board } from '../core/wire';
import { firstText, jobPostingLd, textOf, type JobPostingLd } from './dom';
import type { Card, Detail, SiteAdapter } from './types';

/** Whitespace collapsed: the text a person reads. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function titleKey(text: string | null | undefined): string {
  return clean(text).normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The same title, ignoring case, spacing and punctuation ("Engineer, ML" = "Engineer ML"). */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = titleKey(a);
  return ka !== '' && ka === titleKey(b);
}

/**
 * The page's JobPosting JSON-LD, only when it describes the listing on screen. JSON-LD is
 * written once at page load; a split view that swapped listings keeps the old one, so it
 * has to match the visible title (boards whose JSON-LD carries their own id check that too).
 */
export function shownLd(doc: Document, visibleTitle: string | null): JobPostingLd | null {
  const ld = jobPostingLd(doc);
  return ld && sameTitle(ld.title, visibleTitle) ? ld : null;
}

/** What the selectors find, tried in order of preference; a selector whose match is empty is skipped. */
export function firstEl(root: ParentNode, selectors: readonly string[]): Element | null {
  return firstText(root, [...selectors])?.el ?? null;
}

/** An element's href resolved against the page; null when there is none or it is not a URL. */
export function hrefUrl(el: Element | null, base: URL): URL | null {
  const href = el?.getAttribute('href');
  if (!href) return null;
  try { return new URL(href, base); } catch { return null; }
}

export interface ListingParts {
  jobId: string | null | undefined;
  title: string | null | undefined;
  company: string | null | undefined;
  location: string | null | undefined;
  text: string | null | undefined;
}

function capped(value: string | null | undefined, max: number): string | null {
  const v = clean(value);
  return v ? v.slice(0, max) : null;
}

/** A valid Listing, or undefined when the page gave no id or no text (never a half listing). */
export function toListing(source: Board, url: URL, parts: ListingParts): Listing | undefined {
  const text = (parts.text ?? '').trim().slice(0, MAX_LISTING_TEXT);
  const jobId = clean(parts.jobId);
  if (!text || !jobId || jobId.length > 200) return undefined;
  const href = url.href.length <= 4096 ? url.href : `${url.origin}${url.pathname}`.slice(0, 4096);
  const parsed = Listing.safeParse({
    source,
    url: href,
    jobId,
    title: capped(parts.title, 500),
    company: capped(parts.company, 300),
    location: capped(parts.location, 300),
    text,
  });
  return parsed.success ? parsed.data : undefined;
}

/** Markup is the board's, not ours: an unexpected shape means "not found", never a throw. */
export function guarded<T>(read: () => T, fallback: T): T {
  try { return read(); } catch { return fallback; }
}

// A heading that shows the JSON-LD title, the most prominent level first (pages repeat the
// title in hidden sticky bars): equal, or the title plus a little decoration ("Data
// Scientist – Remote"). Anything looser would risk a badge on the wrong element.
export function headingFor(doc: Document, title: string): Element | null {
  const want = titleKey(title);
  for (const level of ['h1', 'h2', 'h3']) {
    let loose: Element | null = null;
    for (const el of Array.from(doc.querySelectorAll(level))) {
      const have = titleKey(el.textContent);
      if (have === want) return el;
      if (!loose && have.includes(want) && have.length <= want.length * 2) loose = el;
    }
    if (loose) return loose;
  }
  return null;
}

// Without an identifier in the JSON-LD, the page itself names the listing.
export function pageId(doc: Document, url: URL): string {
  const canonical = hrefUrl(doc.querySelector('link[rel="canonical"]'), url);
  const page = canonical ?? url;
  return `${page.host}${page.pathname}${page.search}`.slice(-200);
}

/** Text of an element without the parts matching `skip` (board notices inside a description). */
export function textWithout(el: Element, skip: string): string {
  const copy = el.cloneNode(true) as Element;
  for (const junk of Array.from(copy.querySelectorAll(skip))) junk.remove();
  return textOf(copy);
}

export const generic: SiteAdapter = {
  id: 'generic',
  matches: (url) => url.protocol === 'https:',
  detail: (doc, url) => guarded((): Detail | undefined => {
    const ld = jobPostingLd(doc);
    if (!ld?.title || !ld.description) return undefined;
    const anchor = headingFor(doc, ld.title);
    if (!anchor) return undefined;
    const listing = toListing('generic', url, {
      jobId: ld.identifier ?? ld.url ?? pageId(doc, url),
      title: ld.title,
      company: ld.company,
      location: ld.location,
      text: ld.description,
    });
    return listing && { listing, anchor };
  }, undefined),
  cards: (): Card[] => [],
};
