// Test-only: load a fixture page into its own happy-dom window at the URL it lives at.
// Scripts never run (happy-dom leaves JavaScript off) and nothing is fetched.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseable } from '../../src/cli/page';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const windows: Window[] = [];

export function fixture(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export function fixtureFiles(board: string): string[] {
  try { return readdirSync(FIXTURES + board).filter((f) => f.endsWith('.html')); } catch { return []; }
}

export interface Page {
  doc: Document;
  url: URL;
}

export function page(html: string, href: string): Page {
  const window = new Window({
    url: href,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  windows.push(window);
  window.document.write(parseable(html));
  return { doc: window.document as unknown as Document, url: new URL(href) };
}

export function load(path: string, href: string): Page {
  return page(fixture(path), href);
}

export async function closeAll(): Promise<void> {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
}

/**
 * A board's redesign as a test: every class, id and data-* attribute removed, everything
 * else (text, structure, JSON-LD, links) left as it was.
 */
export function drift(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const { name } of Array.from(el.attributes)) {
      if (name === 'class' || name === 'id' || name.startsWith('data-')) el.removeAttribute(name);
    }
  }
}

/** Distinct values of the first capture group: an independent count over the raw HTML. */
export function distinct(html: string, re: RegExp): number {
  return new Set(Array.from(html.matchAll(re), (m) => m[1])).size;
}

/** Real-shaped job URLs of every board: each adapter must claim its own and refuse the rest. */
export const JOB_URLS: Record<string, string[]> = {
  linkedin: [
    'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739',
    'https://www.linkedin.com/jobs/view/3845111376/?alternateChannel=search',
    'https://www.linkedin.com/jobs/search/?currentJobId=4102938475&keywords=machine%20learning',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4102938475',
    'https://de.linkedin.com/jobs/view/data-scientist-at-acme-4012345678',
  ],
  indeed: [
    'https://www.indeed.com/viewjob?jk=bf873f62104b48b5',
    'https://www.indeed.com/jobs?q=machine+learning&l=Remote&vjk=3f9a1c2b7d4e5a60',
    'https://uk.indeed.com/viewjob?jk=0a9b8c7d6e5f4a3b',
    'https://ca.indeed.com/q-data-scientist-jobs.html?vjk=81c0de5f9a2b3c47',
    'https://de.indeed.com/jobs?q=ml+engineer',
  ],
  greenhouse: [
    'https://boards.greenhouse.io/anthropic/jobs/4182383008',
    'https://job-boards.greenhouse.io/scaleai/jobs/4315289005?gh_src=abc',
    'https://job-boards.eu.greenhouse.io/kestrelmetrics/jobs/5512340001',
    'https://boards.greenhouse.io/embed/job_app?for=kestrelmetrics&token=5512340001',
  ],
  lever: [
    'https://jobs.lever.co/tidewater/0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b',
    'https://jobs.eu.lever.co/tidewater/0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b/apply',
    'https://jobs.lever.co/tidewater',
  ],
  workday: [
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    'https://autodesk.wd1.myworkdayjobs.com/Ext',
    'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Deep-Learning-Engineer_JR1987654',
  ],
  ashby: [
    'https://jobs.ashbyhq.com/lumenlabs/5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21',
    'https://jobs.ashbyhq.com/lumenlabs/5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21/application',
    'https://jobs.ashbyhq.com/lumenlabs',
  ],
  wellfound: [
    'https://wellfound.com/jobs/3021868-founding-machine-learning-engineer',
    'https://wellfound.com/jobs',
    'https://wellfound.com/company/quillmate/jobs',
    'https://wellfound.com/company/quillmate/jobs/3021868-founding-machine-learning-engineer',
  ],
  glassdoor: [
    'https://www.glassdoor.com/job-listing/data-scientist-machine-learning-copperline-energy-JV_IC1139761_KO0,32_KE33,50.htm?jl=1009543217860',
    'https://www.glassdoor.com/Job/remote-machine-learning-engineer-jobs-SRCH_IL.0,6_IS11047_KO7,32.htm',
    'https://www.glassdoor.co.uk/Job/london-data-scientist-jobs-SRCH_IL.0,6_IC2671300_KO7,21.htm',
    'https://www.glassdoor.de/job-listing/data-scientist-acme-JV_IC2622109_KO0,14_KE15,19.htm?jl=1009000000001',
    'https://www.glassdoor.com.au/job-listing/ml-engineer-acme-JV_KO0,11_KE12,16.htm?jl=1009000000002',
  ],
};

export function otherBoardsUrls(board: string): string[] {
  return Object.entries(JOB_URLS).filter(([b]) => b !== board).flatMap(([, urls]) => urls);
}

/**
 * Pages at a board's own job URL whose markup is not a listing: an empty document, navigation
 * only, a redesign with unknown classes, JSON-LD that is not JSON, JSON-LD of another type.
 */
export const BROKEN_PAGES: Record<string, string> = {
  'empty body': '<!DOCTYPE html><html><head><title></title></head><body></body></html>',
  'navigation only':
    '<!DOCTYPE html><html><body><nav><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/login">Sign in</a></nav></body></html>',
  'renamed markup':
    '<!DOCTYPE html><html><body><main><h1 class="posting-title-v2">Machine Learning Engineer</h1>'
    + '<div class="posting-body-v2"><p>We train models with PyTorch.</p></div></main></body></html>',
  'JSON-LD that is not JSON':
    '<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Machine Learning Engineer",'
    + '"description":"<p>PyTorch</p>"</script></head><body><nav><a href="/login">Sign in</a></nav></body></html>',
  'JSON-LD of another type':
    '<!DOCTYPE html><html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",'
    + '"name":"Machine Learning Engineer","description":"We train models with PyTorch."}</script></head>'
    + '<body><h1>Machine Learning Engineer</h1><p>We train models with PyTorch.</p></body></html>',
};

/** A description carrying markup-looking text: it must come out as literal text. */
export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';
export const HOSTILE_HTML = '<p>Hostile: &lt;img src=x onerror=alert(1)&gt;</p><ul><li>Python and PyTorch</li></ul>';
