// Wellfound (formerly AngelList Talent): a job page `/jobs/<id>-<slug>` and the job lists
// (`/jobs`, `/company/<startup>/jobs`). The markup is a Next.js app whose class names carry
// build hashes, so this adapter leans on what is stable: the JobPosting JSON-LD, the
// `/jobs/<id>-…` links, and the page's single h1.
//
// Try it on:
//   https://wellfound.com/jobs/3021868-machine-learning-engineer
//   https://wellfound.com/company/<startup>/jobs/3021868-machine-learning-engineer
//   https://wellfound.com/company/<startup>/jobs                    (list: cards)
//   https://wellfound.com/role/software-engineer                    (list by role: cards)
import { textOf, fieldText } from './dom';
import { clean, firstEl, guarded, hrefUrl, shownLd, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOST = /^(?:www\.)?wellfound\.com$/;
// Role pages (`/role/<role>`, `/role/l/<role>/<place>`) list jobs by role, with or without a place.
const PATH = /^\/jobs(?:\/|$)|^\/company\/[^/]+\/jobs(?:\/|$)|^\/role\/[^/]+/;
const JOB_IN_PATH = /\/jobs\/(\d+)(?:-[^/]*)?\/?$/;

const TITLE = ['[data-test="JobTitle"]', 'h1[class*="jobTitle"]', 'main h1', 'h1'];
const COMPANY = ['[data-test="CompanyName"]', '[data-test="StartupName"]'];
const LOCATION = ['[data-test="JobLocation"]'];
const DESCRIPTION = ['#job-description', '[data-test="JobDescription"]', '[class*="styles_description"]', '.job-description'];

function jobId(url: URL): string | null {
  const fromPath = JOB_IN_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  // The list opens a listing over itself as `?job_listing_id=`.
  const param = url.searchParams.get('job_listing_id');
  return param && /^\d+$/.test(param) ? param : null;
}

export const wellfound: SiteAdapter = {
  id: 'wellfound',
  matches: (url) => url.protocol === 'https:' && HOST.test(url.hostname) && PATH.test(url.pathname),

  detail: (doc, url) => guarded((): Detail | undefined => {
    const id = jobId(url);
    const anchor = firstEl(doc, TITLE);
    if (!id || !anchor) return undefined;
    const title = fieldText(anchor);
    const ld = shownLd(doc, title);
    // With no JSON-LD to confirm it, a bare h1 could be anything: require the named markup.
    if (!ld && !anchor.matches('[data-test="JobTitle"], h1[class*="jobTitle"]')) return undefined;
    const body = firstEl(doc, DESCRIPTION);
    const listing = toListing('wellfound', url, {
      jobId: id,
      title,
      company: ld?.company || fieldText(firstEl(doc, COMPANY)),
      location: ld?.location || fieldText(firstEl(doc, LOCATION)),
      text: ld?.description ?? (body ? textOf(body) : null),
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: jobId,

  cards: (doc, url) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    for (const link of Array.from(doc.querySelectorAll('a[href*="/jobs/"]'))) {
      const target = hrefUrl(link, url);
      if (!target || !HOST.test(target.hostname)) continue;
      const id = JOB_IN_PATH.exec(target.pathname)?.[1];
      // A card's first link with text is its title (logo links come without text).
      if (!id || cards.has(id) || !clean(link.textContent)) continue;
      cards.set(id, { jobId: id, anchor: link });
    }
    return [...cards.values()];
  }, []),
};
