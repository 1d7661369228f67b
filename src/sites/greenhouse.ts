// Greenhouse hosted boards: the classic board (boards.greenhouse.io: `h1.app-title`,
// `#content`) and the newer one (job-boards[.eu].greenhouse.io: `.job__title h1`,
// `.job__description`), job pages and board indexes.
//
// Try it on:
//   https://boards.greenhouse.io/anthropic/jobs/4182383008
//   https://job-boards.greenhouse.io/scaleai/jobs/4315289005
//   https://job-boards.eu.greenhouse.io/<board>/jobs/<id>
//   https://job-boards.greenhouse.io/scaleai                      (board index: cards)
import { textOf, fieldText } from './dom';
import { clean, firstEl, guarded, hrefUrl, shownLd, toListing } from './generic';
import type { Card, Detail, SiteAdapter } from './types';

const HOSTS = new Set(['boards.greenhouse.io', 'job-boards.greenhouse.io', 'job-boards.eu.greenhouse.io', 'boards.eu.greenhouse.io']);
const JOB_PATH = /^\/[^/]+\/jobs\/(\d+)\/?$/;
const INDEX_PATH = /^\/(?!embed\/?$)[^/]+\/?$/;

const TITLE = ['.job__title h1', 'h1.app-title', '#header .app-title', '.job__header h1'];
const COMPANY = ['#header .company-name', '.company-name'];
const LOCATION = ['.job__location', '#header .location', '.job__title .body--metadata'];
const DESCRIPTION = ['.job__description', '#content'];

function jobId(url: URL): string | null {
  const fromPath = JOB_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const param = url.searchParams.get('gh_jid') ?? url.searchParams.get('token');
  return param && /^\d+$/.test(param) ? param : null;
}

// The new board shows the company only in the document title:
// "Job Application for <title> at <company>".
function companyFromTitle(doc: Document, title: string): string | null {
  const t = clean(doc.title);
  const prefix = `Job Application for ${title} at `;
  return t.startsWith(prefix) ? t.slice(prefix.length) || null : null;
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  matches: (url) => {
    if (url.protocol !== 'https:' || !HOSTS.has(url.hostname)) return false;
    if (JOB_PATH.test(url.pathname) || INDEX_PATH.test(url.pathname)) return true;
    return url.pathname === '/embed/job_app' && /^\d+$/.test(url.searchParams.get('token') ?? '');
  },

  detail: (doc, url) => guarded((): Detail | undefined => {
    const id = jobId(url);
    const anchor = firstEl(doc, TITLE);
    if (!id || !anchor) return undefined;
    const title = fieldText(anchor);
    const ld = shownLd(doc, title);
    const body = firstEl(doc, DESCRIPTION);
    const listing = toListing('greenhouse', url, {
      jobId: id,
      title,
      company: ld?.company
        || fieldText(firstEl(doc, COMPANY)).replace(/^at\s+/i, '')
        || companyFromTitle(doc, title),
      location: ld?.location || fieldText(firstEl(doc, LOCATION)),
      text: ld?.description ?? (body ? textOf(body) : null),
    });
    return listing && { listing, anchor };
  }, undefined),

  jobIdFrom: jobId,

  cards: (doc, url) => guarded((): Card[] => {
    const cards = new Map<string, Card>();
    for (const link of Array.from(doc.querySelectorAll('tr.job-post a[href], .opening a[href]'))) {
      const id = hrefUrl(link, url)?.pathname.match(/\/jobs\/(\d+)\/?$/)?.[1];
      if (!id || cards.has(id)) continue;
      // New boards wrap title and location in one link; the badge goes after the title.
      cards.set(id, { jobId: id, anchor: link.querySelector('.body--medium') ?? link });
    }
    return [...cards.values()];
  }, []),
};
