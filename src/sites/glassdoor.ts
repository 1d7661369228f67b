// Glassdoor, on the country sites the manifest lists (and only those: the adapter must not
// claim a site GapLens never runs on): the job page (`/job-listing/…htm?jl=<id>`, the same
// path everywhere) and search results whose right-hand pane shows the selected listing. The
// search path is localised: `/Job/…-jobs-SRCH_…htm` on the English and German sites,
// `/Emploi/…-emplois-SRCH_…htm` on glassdoor.fr. Class
// names carry build hashes (`JobDetails_jobDescription__uW_fK`), so only their stable
// prefix is matched, and `data-test` attributes and ids where Glassdoor has them.
//
// Try it on:
//   https://www.glassdoor.com/job-listing/machine-learning-engineer-acme-JV_IC1147401_KO0,25_KE26,30.htm?jl=1009876543210
//   https://www.glassdoor.co.uk/Job/london-machine-learning-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,32.htm
//   https://www.glassdoor.de/Job/berlin-data-scientist-jobs-SRCH_IL.0,6_IC2622109_KO7,21.htm
//   https://www.glassdoor.fr/Emploi/paris-data-scientist-emplois-SRCH_IL.0,5_IC2881970_KO6,20.htm
import { textOf, fieldText } from './dom';
import { firstEl, guarded, hrefUrl, shownLd, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

// The manifest's Glassdoor hosts (test/sites/country.test.ts holds the two lists together).
const HOST = /^www\.glassdoor\.(?:com|co\.uk|ca|de|fr|com\.au|co\.in)$/;
/** A results page: the French site's search path is /Emploi/, the others' /Job/. */
const isSearch = (url: URL) => (url.hostname.endsWith('.fr') ? /^\/Emploi\/./ : /^\/Job\/./).test(url.pathname);
const ID = /^\d{6,20}$/;

const HEADER = ['[data-test="job-details-header"]', '[class*="JobDetails_jobDetailsHeader"]'];
const TITLE = ['h1[id^="jd-job-title-"]', 'h1', 'div[data-test="job-title"]', '[class*="JobDetails_jobTitle"]'];
const COMPANY = [
  '[class*="EmployerProfile_employerNameHeading"] h4',
  '[class*="EmployerProfile_employerNameHeading"]',
  '[data-test="employer-name"]',
  '[class*="EmployerProfile_employerName"]',
];
const LOCATION = ['[data-test="location"]', '[data-test="emp-location"]'];
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription__"]',
  'section[data-test="job-description"]',
  '#JobDescriptionContainer',
  '.jobDescriptionContent',
];
const CARD = 'li[data-test="jobListing"], [data-test="job-card-wrapper"], li.react-job-listing';
const CARD_TITLE = 'a[data-test="job-title"], a[class*="JobCard_jobTitle"], a.jobLink, a[data-test="job-link"]';

function param(url: URL, name: string): string | null {
  const v = url.searchParams.get(name);
  return v && ID.test(v) ? v : null;
}

function headerId(title: Element): string | null {
  const id = /^jd-job-title-(\d+)$/.exec(title.id)?.[1];
  return id && ID.test(id) ? id : null;
}

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  matches: (url) =>
    url.protocol === 'https:' && HOST.test(url.hostname) && (/^\/job-listing\//.test(url.pathname) || isSearch(url)),

  detail: (doc, url) => guarded((): Detail | undefined => {
    // Inside the details header only: result cards have title links of their own.
    const header = firstEl(doc, HEADER);
    const anchor = header ? firstEl(header, TITLE) : doc.querySelector('h1[id^="jd-job-title-"]');
    if (!anchor) return undefined;
    const shown = headerId(anchor);
    const asked = param(url, 'jl') ?? param(url, 'jobListingId');
    // The pane is the truth on a results page; on a job page it must agree with the URL.
    if (shown && asked && shown !== asked && url.pathname.startsWith('/job-listing/')) return undefined;
    const jobId = isSearch(url) ? shown ?? asked : asked ?? shown;
    const title = fieldText(anchor);
    const ld = shownLd(doc, title);
    const scope = header?.parentElement ?? doc;
    const body = firstEl(scope, DESCRIPTION) ?? firstEl(doc, DESCRIPTION);
    const company = fieldText(firstEl(header ?? doc, COMPANY)).replace(/\s*\d\.\d\s*★?$/, '');
    const listing = toListing('glassdoor', url, {
      jobId,
      title,
      company: ld?.company || company,
      location: ld?.location || fieldText(firstEl(header ?? doc, LOCATION)),
      text: ld?.description ?? (body ? textOf(body) : null),
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: (url) => param(url, 'jl') ?? param(url, 'jobListingId'),
  stale: (doc, url) => {
    const anchor = doc.querySelector('h1[id^="jd-job-title-"]');
    const shown = anchor && headerId(anchor);
    const asked = param(url, 'jl') ?? param(url, 'jobListingId');
    return !!shown && !!asked && shown !== asked && url.pathname.startsWith('/job-listing/');
  },

  cards: (doc, url) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    for (const card of Array.from(doc.querySelectorAll(CARD))) {
      const link = card.querySelector(CARD_TITLE);
      const attr = card.getAttribute('data-jobid') ?? card.getAttribute('data-id');
      const id = attr && ID.test(attr) ? attr : (() => {
        const jl = hrefUrl(link, url)?.searchParams.get('jl');
        return jl && ID.test(jl) ? jl : null;
      })();
      if (!id || !link || cards.has(id)) continue;
      cards.set(id, { jobId: id, anchor: link });
    }
    return [...cards.values()];
  }, []),
};
