// Lever hosted job pages (jobs.lever.co, jobs.eu.lever.co): a posting page
// (`.posting-headline h2`, description sections under `[data-qa="job-description"]`)
// and a company's list of postings (`.posting` rows).
//
// Try it on:
//   https://jobs.lever.co/<company>/<posting uuid>
//   https://jobs.eu.lever.co/<company>/<posting uuid>
//   https://jobs.lever.co/<company>                                (list: cards)
import { textOf, fieldText } from './dom';
import { clean, firstEl, guarded, hrefUrl, shownLd, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOSTS = new Set(['jobs.lever.co', 'jobs.eu.lever.co']);
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POSTING_PATH = new RegExp(`^/[^/]+/(${UUID})(?:/apply)?/?$`, 'i');
const LIST_PATH = /^\/[^/]+\/?$/;

const TITLE = ['.posting-headline h2', '.posting-header h2', '.posting-headline h1'];
const LOCATION = ['.posting-categories .location', '.posting-categories .sort-by-time'];
// Everything after the headline except the closing "Apply for this job" block.
const SECTIONS = '.posting-page .section-wrapper:not(.accent-section) .section:not(.last-section-apply)';

function companyFrom(doc: Document, title: string): string | null {
  // Lever titles its pages "<Company> - <Title>"; the logo's alt is "<Company> logo".
  const page = clean(doc.title);
  if (page.endsWith(` - ${title}`)) return page.slice(0, -(title.length + 3)) || null;
  const alt = clean(doc.querySelector('.main-header-logo img')?.getAttribute('alt'));
  return alt.replace(/\s+logo$/i, '') || null;
}

export const lever: SiteAdapter = {
  id: 'lever',
  matches: (url) =>
    url.protocol === 'https:' && HOSTS.has(url.hostname) && (POSTING_PATH.test(url.pathname) || LIST_PATH.test(url.pathname)),

  detail: (doc, url) => guarded((): Detail | undefined => {
    const jobId = POSTING_PATH.exec(url.pathname)?.[1]?.toLowerCase();
    const anchor = firstEl(doc, TITLE);
    if (!jobId || !anchor) return undefined;
    const title = fieldText(anchor);
    const ld = shownLd(doc, title);
    const text = Array.from(doc.querySelectorAll(SECTIONS)).map((s) => textOf(s)).filter(Boolean).join('\n\n');
    const listing = toListing('lever', url, {
      jobId,
      title,
      company: ld?.company || companyFrom(doc, title),
      location: ld?.location || fieldText(firstEl(doc, LOCATION)),
      text: ld?.description ?? text,
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: (url) => POSTING_PATH.exec(url.pathname)?.[1]?.toLowerCase() ?? null,

  cards: (doc, url) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    const uuid = new RegExp(`/(${UUID})/?$`, 'i');
    for (const link of Array.from(doc.querySelectorAll('.posting a.posting-title[href]'))) {
      const id = uuid.exec(hrefUrl(link, url)?.pathname ?? '')?.[1]?.toLowerCase();
      if (!id || cards.has(id)) continue;
      cards.set(id, { jobId: id, anchor: link.querySelector('[data-qa="posting-name"], h5') ?? link });
    }
    return [...cards.values()];
  }, []),
};
