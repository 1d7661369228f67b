// LinkedIn jobs: the public (guest) job view, the signed-in job view, and the signed-in
// split view (result list + details pane, the listing shown named by `currentJobId`).
//
// Try it on:
//   https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739
//   https://www.linkedin.com/jobs/view/3915648739/            (signed in)
//   https://www.linkedin.com/jobs/search/?currentJobId=3915648739&keywords=machine%20learning
//   https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3915648739
import { fieldText } from './dom';
import { firstEl, guarded, hrefUrl, shownLd, textWithout, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOST = /(^|\.)linkedin\.com$/;
const VIEW_PATH = /^\/jobs\/view\/(?:[^/]*-)?(\d{5,})\/?$/;
const LIST_PATH = /^\/jobs\/(?:search|search-results)\/?$|^\/jobs\/collections\/[^/]+\/?$/;

// Signed-in markup first (2024–25 wrapper with an h1, the early-2024 h2), then the guest page.
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  'h1.job-details-jobs-unified-top-card__job-title',
  'h2.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name a',
  '.job-details-jobs-unified-top-card__company-name',
  '.job-details-jobs-unified-top-card__primary-description-without-tagline a[href*="/company/"]',
  '.jobs-unified-top-card__company-name',
  'a.topcard__org-name-link',
  '.topcard__org-name-link',
];
// Early-2024 signed-in panes put "Company · Place · 3 hours ago" in one line.
const DESCRIPTION_LINE = '.job-details-jobs-unified-top-card__primary-description-without-tagline';
const LOCATION = [
  '.job-details-jobs-unified-top-card__tertiary-description-container span.tvm__text',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];
const DESCRIPTION = [
  '#job-details',
  '.jobs-description__content .jobs-box__html-content',
  '.jobs-description-content__text',
  '.jobs-description__content',
  '.show-more-less-html__markup',
  '.description__text',
];

const NOTICES = '.artdeco-inline-feedback';
// The description box's own heading, in the reader's language ("About the job",
// "Informazioni sull’offerta di lavoro"): LinkedIn's words, not the posting's.
const BOX_HEADING = ':scope > h2:first-child';

const CARD_TITLE = 'a.job-card-list__title, a.job-card-container__link, a.job-card-list__title--link';
const GUEST_CARD_TITLE = '.base-search-card__title, .base-main-card__title, .base-aside-card__title';

function urlJobId(url: URL): string | null {
  const view = VIEW_PATH.exec(url.pathname);
  if (view?.[1]) return view[1];
  const current = url.searchParams.get('currentJobId');
  return current && /^\d+$/.test(current) ? current : null;
}

/** The id the details pane itself links to: tells a fresh pane from a stale one. */
function domJobId(title: Element, url: URL): string | null {
  const link = title.querySelector('a[href*="/jobs/view/"]') ?? title.closest('a[href*="/jobs/view/"]');
  const target = hrefUrl(link, url);
  return target ? VIEW_PATH.exec(target.pathname)?.[1] ?? null : null;
}

/** The pane shows another listing than the address names (it has not caught up yet). */
function staleAnchor(anchor: Element, url: URL): boolean {
  const fromUrl = urlJobId(url);
  const fromDom = domJobId(anchor, url);
  return !!fromUrl && !!fromDom && fromUrl !== fromDom;
}

function descriptionLineParts(doc: Document): string[] {
  const line = doc.querySelector(DESCRIPTION_LINE);
  return fieldText(line).split('·').map((p) => p.trim()).filter(Boolean);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: (url) =>
    url.protocol === 'https:' && HOST.test(url.hostname) && (VIEW_PATH.test(url.pathname) || LIST_PATH.test(url.pathname)),

  detail: (doc, url) => guarded((): Detail | undefined => {
    const anchor = firstEl(doc, TITLE);
    if (!anchor) return undefined;
    // The pane still shows the previous listing while the new one loads.
    if (staleAnchor(anchor, url)) return undefined;
    const jobId = urlJobId(url) ?? domJobId(anchor, url);
    const title = fieldText(anchor);
    const ld = shownLd(doc, title);
    const line = descriptionLineParts(doc);
    const company = ld?.company || fieldText(firstEl(doc, COMPANY)) || line[0];
    const location = ld?.location || fieldText(firstEl(doc, LOCATION)) || line[1];
    const body = firstEl(doc, DESCRIPTION);
    // The box's heading and notices such as "This job is sourced from a job board."
    const domText = body ? textWithout(body, `${NOTICES}, ${BOX_HEADING}`).replace(/^About the job\s*\n/i, '') : null;
    const listing = toListing('linkedin', url, {
      jobId,
      title,
      company,
      location,
      text: ld?.description ?? domText,
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: urlJobId,
  stale: (doc, url) => {
    const anchor = firstEl(doc, TITLE);
    return !!anchor && staleAnchor(anchor, url);
  },

  cards: (doc) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    const add = (jobId: string | null | undefined, anchor: Element | null) => {
      if (jobId && /^\d+$/.test(jobId) && anchor && !cards.has(jobId)) cards.set(jobId, { jobId, anchor });
    };
    // Signed-in list: occluded items (scrolled out of view) are empty shells, skipped.
    for (const el of Array.from(doc.querySelectorAll('li[data-occludable-job-id], .job-card-container[data-job-id]'))) {
      add(el.getAttribute('data-occludable-job-id') ?? el.getAttribute('data-job-id'), el.querySelector(CARD_TITLE));
    }
    // Guest search results and the guest view's "Similar jobs" / "People also viewed".
    for (const el of Array.from(doc.querySelectorAll('[data-entity-urn^="urn:li:jobPosting:"]'))) {
      const id = el.getAttribute('data-entity-urn')?.slice('urn:li:jobPosting:'.length);
      add(id, el.querySelector(GUEST_CARD_TITLE) ?? el.querySelector('a.base-card__full-link'));
    }
    return [...cards.values()];
  }, []),
};
