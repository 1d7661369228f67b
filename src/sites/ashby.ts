// Ashby hosted job boards (jobs.ashbyhq.com), a React app. A posting page has the title in
// `h1.ashby-job-posting-heading`, the description in the right pane's Overview tab and, in
// the server HTML, a JobPosting JSON-LD. The board page lists postings as links.
//
// Try it on:
//   https://jobs.ashbyhq.com/<company>/<posting uuid>
//   https://jobs.ashbyhq.com/<company>/<posting uuid>/application
//   https://jobs.ashbyhq.com/<company>                             (board: cards)
import { textOf, fieldText } from './dom';
import { clean, firstEl, guarded, hrefUrl, sameTitle, shownLd, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOST = 'jobs.ashbyhq.com';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POSTING_PATH = new RegExp(`^/([^/]+)/(${UUID})(?:/application)?/?$`, 'i');
const BOARD_PATH = /^\/([^/]+)\/?$/;

const HEADING = ['h1.ashby-job-posting-heading', '[class*="ashby-job-posting-heading"]'];
const DESCRIPTION = [
  '#overview [class*="_descriptionText"]',
  '.ashby-job-posting-right-pane [class*="_descriptionText"]',
  '#overview',
];

// Ashby titles its pages "<Title> @ <Company>".
function pageTitleParts(doc: Document): { title: string; company: string } | null {
  const m = /^(.+) @ (.+)$/.exec(clean(doc.title));
  return m?.[1] && m[2] ? { title: m[1], company: m[2] } : null;
}

// The left pane lists facts as heading + value: "Location" → "San Francisco".
function fact(doc: Document, name: RegExp): string | null {
  for (const h of Array.from(doc.querySelectorAll('.ashby-job-posting-left-pane h2'))) {
    if (name.test(clean(h.textContent))) return fieldText(h.nextElementSibling) || null;
  }
  return null;
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  matches: (url) =>
    url.protocol === 'https:' && url.hostname === HOST && (POSTING_PATH.test(url.pathname) || BOARD_PATH.test(url.pathname)),

  detail: (doc, url) => guarded((): Detail | undefined => {
    const jobId = POSTING_PATH.exec(url.pathname)?.[2]?.toLowerCase();
    if (!jobId) return undefined;
    const page = pageTitleParts(doc);
    // Without the Ashby class, accept a plain h1 only when it repeats the page's own title.
    const anchor = firstEl(doc, HEADING)
      ?? Array.from(doc.querySelectorAll('h1')).find((h) => page && sameTitle(h.textContent, page.title))
      ?? null;
    if (!anchor) return undefined;
    const title = fieldText(anchor);
    const ld = shownLd(doc, title);
    const body = firstEl(doc, DESCRIPTION);
    const listing = toListing('ashby', url, {
      jobId,
      title,
      company: ld?.company || (page && sameTitle(page.title, title) ? page.company : null),
      location: ld?.location || fact(doc, /^location$/i),
      text: ld?.description ?? (body ? textOf(body) : null),
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: (url) => POSTING_PATH.exec(url.pathname)?.[2]?.toLowerCase() ?? null,

  cards: (doc, url) => guarded((): Card[] => {
    const board = (POSTING_PATH.exec(url.pathname)?.[1] ?? BOARD_PATH.exec(url.pathname)?.[1] ?? '').toLowerCase();
    const posting = new RegExp(`^/([^/]+)/(${UUID})/?$`, 'i');
    const cards = new Map<string, Card>();
    // The posting page's own "Overview" tab links to itself: a tab is not a card.
    for (const link of Array.from(doc.querySelectorAll('a[href]:not([role="tab"])'))) {
      const target = hrefUrl(link, url);
      const m = target && target.hostname === HOST ? posting.exec(target.pathname) : null;
      const id = m?.[2]?.toLowerCase();
      if (!id || m?.[1]?.toLowerCase() !== board || cards.has(id)) continue;
      cards.set(id, { jobId: id, anchor: link.querySelector('h3') ?? link });
    }
    return [...cards.values()];
  }, []),
};
