// Workday career sites (*.myworkdayjobs.com). A React app: the server HTML of a job page has
// an empty body and only the JobPosting JSON-LD, so until the app renders there is no title
// to put a badge next to and `detail` finds nothing (the content script's observer runs it
// again once `[data-automation-id="jobPostingHeader"]` appears). Search results are
// `[data-automation-id="jobTitle"]` links.
//
// Try it on:
//   https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528
//   https://autodesk.wd1.myworkdayjobs.com/Ext                    (search results: cards)
import { jobPostingLd, textOf, fieldText } from './dom';
import { clean, firstEl, guarded, hrefUrl, sameTitle, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.myworkdayjobs\.com$/i;
const JOB_PATH = /\/(?:job|details)\/(?:.*\/)?[^/]*_([A-Za-z0-9][A-Za-z0-9-]*)\/?$/;
const SITE_PATH = /^\/(?:[a-z]{2}-[A-Z]{2}\/)?[A-Za-z0-9_-]+\/?$/;

const TITLE = ['h2[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobPostingHeader"]'];
const DESCRIPTION = ['[data-automation-id="jobPostingDescription"]'];
const LOCATION = ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'];
const REQUISITION = '[data-automation-id="requisitionId"] dd';

/**
 * The requisition id in a job URL's last segment: `…/Title_24WD81528` → 24WD81528. A posting
 * published more than once gets a `-1`, `-2` suffix (`…_25WD84893-1`); the id is without it.
 */
export function requisitionFromPath(pathname: string): string | null {
  const raw = JOB_PATH.exec(pathname)?.[1];
  return raw ? raw.replace(/-\d{1,2}$/, '') : null;
}

export const workday: SiteAdapter = {
  id: 'workday',
  matches: (url) =>
    url.protocol === 'https:' && HOST.test(url.hostname) && !url.pathname.startsWith('/wday/')
    && (JOB_PATH.test(url.pathname) || SITE_PATH.test(url.pathname)),

  detail: (doc, url) => guarded((): Detail | undefined => {
    const jobId = requisitionFromPath(url.pathname);
    const anchor = firstEl(doc, TITLE);
    if (!jobId || !anchor) return undefined;
    // In-app navigation swaps the rendered posting but not the JSON-LD of the first page,
    // and the pane can lag behind the URL: both must name the URL's requisition.
    const shownReq = fieldText(doc.querySelector(REQUISITION));
    if (shownReq && shownReq !== jobId) return undefined;
    const title = fieldText(anchor);
    const found = jobPostingLd(doc);
    const ld = found && (found.identifier ? found.identifier === jobId : sameTitle(found.title, title)) ? found : null;
    const body = firstEl(doc, DESCRIPTION);
    const listing = toListing('workday', url, {
      jobId,
      title,
      company: ld?.company,
      location: ld?.location || fieldText(firstEl(doc, LOCATION)),
      text: ld?.description ?? (body ? textOf(body) : null),
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: (url) => requisitionFromPath(url.pathname),
  stale: (doc, url) => {
    const shownReq = fieldText(doc.querySelector(REQUISITION));
    const jobId = requisitionFromPath(url.pathname);
    return !!shownReq && !!jobId && shownReq !== jobId;
  },

  cards: (doc, url) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    for (const link of Array.from(doc.querySelectorAll('a[data-automation-id="jobTitle"]'))) {
      // The card lists its requisition id under the title; the link's path carries it too.
      const listed = clean(link.closest('li')?.querySelector('[data-automation-id="subtitle"] li')?.textContent);
      const id = /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(listed) ? listed : requisitionFromPath(hrefUrl(link, url)?.pathname ?? '');
      if (!id || cards.has(id)) continue;
      cards.set(id, { jobId: id, anchor: link });
    }
    return [...cards.values()];
  }, []),
};
