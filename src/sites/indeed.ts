// Indeed, on www.indeed.com and the country sites (uk., ca., de.indeed.com …): the job page
// (`/viewjob?jk=`, the same path everywhere), and search results with the listing shown in
// the right-hand pane (`/jobs?q=…&vjk=`, `/q-…-jobs.html?vjk=`). The search path is
// localised on some country sites: `/Jobs` (de), `/emplois` (fr), `/vacatures` (nl),
// `/ofertas` (es), `/offerte-lavoro` (it), `/empregos` (br, pt), `/praca` (pl), `/jobb` (se)
// and `/求人` (jp, percent-encoded in the address); the manifest lists each.
//
// Try it on:
//   https://www.indeed.com/viewjob?jk=bf873f62104b48b5
//   https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote&vjk=bf873f62104b48b5
//   https://uk.indeed.com/q-data-scientist-jobs.html
//   https://fr.indeed.com/emplois?q=data+scientist&l=Paris&vjk=bf873f62104b48b5
//   https://www.indeed.com/jobs?q=Data+Analyst&l=Portland,+OR      (pane without vjk, 2026)
//   https://www.indeed.com/l-georgetown,-ga-jobs.html                (place landing page, 2025)
import { textOf, fieldText } from './dom';
import { clean, firstEl, guarded, sameTitle, shownLd, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOST = /^(?:www\.|[a-z]{2}\.)?indeed\.com$/;
const JK = /^[0-9a-f]{16}$/i;

const PANE = ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container'];
const TITLE = [
  'h1.jobsearch-JobInfoHeader-title',
  'h2.jobsearch-JobInfoHeader-title',
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  '.jobsearch-JobInfoHeader-title',
  // The 2025 "simplified" header of the search page's pane.
  '[data-testid="simpler-jobTitle"]',
];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"] a',
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '.jobsearch-InlineCompanyRating > div:first-child',
  '.jobsearch-JobInfoHeader-companyNameSimple',
];
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="job-location"]',
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
];
const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '.jobsearch-JobComponent-description'];

function isJobPage(url: URL): boolean {
  const p = url.pathname;
  if (p === '/viewjob' || p === '/viewjob/') return JK.test(url.searchParams.get('jk') ?? '');
  return /^\/(?:[jJ]obs|emplois|vacatures|ofertas|praca|jobb|%E6%B1%82%E4%BA%BA|(?:offerte-lavoro|empregos)(?:-[^/]+)?)\/?$/.test(p)
    // Search landing pages: by query (`/q-<what>[-l-<where>]-jobs.html`) or by place alone
    // (`/l-<where>-jobs.html`), localised the same way on country sites.
    || /^\/[ql]-[^/]+\.html$/.test(p);
}

// The header title carries a visually hidden " - job post" for screen readers.
function titleText(el: Element): string {
  return fieldText(el).replace(/\s*-\s*job post$/i, '');
}

function cardTitle(card: Element): string {
  return clean(card.querySelector('span[title]')?.getAttribute('title') ?? card.textContent);
}

function urlJobId(url: URL): string | null {
  const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  return id && JK.test(id) ? id : null;
}

/**
 * The listing shown in the pane when the address names none (a search opened without
 * `vjk`, 2026): the result card Indeed marks as pressed.
 */
function pressedCard(doc: Document): string | null {
  const id = doc.querySelector('a[data-jk][aria-pressed="true"]')?.getAttribute('data-jk');
  return id && JK.test(id) ? id : null;
}

/**
 * Else the one result whose title the pane's heading repeats (a search opened without
 * `vjk` whose pane marks no card as pressed, 2025); two listings with that title say
 * nothing about which one the pane shows.
 */
function cardTitled(doc: Document, title: string): string | null {
  const ids = new Set<string>();
  for (const card of Array.from(doc.querySelectorAll('a[data-jk]'))) {
    const id = card.getAttribute('data-jk') ?? '';
    if (JK.test(id) && sameTitle(cardTitle(card), title)) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Split view: while the pane loads the next listing it still shows the previous one. */
function paneLags(doc: Document, jobId: string, title: string): boolean {
  const card = doc.querySelector(`a[data-jk="${jobId}"]`);
  return !!card && !!cardTitle(card) && !sameTitle(cardTitle(card), title);
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  matches: (url) => url.protocol === 'https:' && HOST.test(url.hostname) && isJobPage(url),

  detail: (doc, url) => guarded((): Detail | undefined => {
    const scope = PANE.map((s) => doc.querySelector(s)).find((el) => el) ?? doc;
    const anchor = firstEl(scope, TITLE);
    if (!anchor) return undefined;
    const title = titleText(anchor);
    const jobId = urlJobId(url) ?? pressedCard(doc) ?? cardTitled(doc, title);
    if (!jobId) return undefined;
    if (paneLags(doc, jobId, title)) return undefined;
    const ld = shownLd(doc, title);
    const body = firstEl(scope, DESCRIPTION);
    const listing = toListing('indeed', url, {
      jobId,
      title,
      company: ld?.company || fieldText(firstEl(scope, COMPANY)),
      location: ld?.location || fieldText(firstEl(scope, LOCATION)),
      text: ld?.description ?? (body ? textOf(body) : null),
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: urlJobId,
  stale: (doc, url) => {
    const jobId = urlJobId(url);
    const scope = PANE.map((s) => doc.querySelector(s)).find((el) => el) ?? doc;
    const anchor = firstEl(scope, TITLE);
    return !!jobId && !!anchor && paneLags(doc, jobId, titleText(anchor));
  },

  cards: (doc) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    for (const link of Array.from(doc.querySelectorAll('a[data-jk]'))) {
      const jobId = link.getAttribute('data-jk') ?? '';
      if (!JK.test(jobId) || cards.has(jobId)) continue;
      // Older result cards were one big link; their title is the h2 inside.
      const anchor = link.querySelector('h2.jobTitle') ?? link;
      cards.set(jobId, { jobId, anchor });
    }
    return [...cards.values()];
  }, []),
};
