// A board redesign, in real Chromium: every real saved detail page is served at its real URL
// with every class, id and data-* attribute removed (the reader chain's unit tests hold the
// same pages in happy-dom). Each must still get exactly one badge, for the same listing and
// with the same words as the page as saved; pages that are not postings get none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAll, drift, load } from '../sites/helpers';
import { axe, axNodes, detailBadge, fixture, launch, message, openExtensionPage, screenshot, serve, shotAround, type Harness } from './harness';

let h: Harness;

interface DriftPage { name: string; file: string; url: string; jobId: string; via: 'generic' | 'json-ld' }

// The real pages whose redesigned copy the chain reads (test/sites/chain.test.ts says which link).
const PAGES: DriftPage[] = [
  { name: 'LinkedIn guest (OpenAI)', file: 'linkedin/linkedin_guest_jobview_openai_ml_engineer_applied_ai_3915648739.html', url: 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739', jobId: '3915648739', via: 'generic' },
  { name: 'LinkedIn guest (Anthropic)', file: 'linkedin/linkedin_guest_jobview_anthropic_ml_systems_engineer_rl_4053542511.html', url: 'https://www.linkedin.com/jobs/view/machine-learning-systems-engineer-rl-engineering-at-anthropic-4053542511', jobId: '4053542511', via: 'generic' },
  { name: 'LinkedIn guest with JSON-LD (Google)', file: 'linkedin/linkedin_guest_jobview_google_power_monitoring_engineer.html', url: 'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688', jobId: '3561224688', via: 'json-ld' },
  { name: 'LinkedIn signed-in pane', file: 'linkedin/linkedin_loggedin_jobdetails_easyapply_fullstack.html', url: 'https://www.linkedin.com/jobs/view/3845111376/', jobId: '3845111376', via: 'generic' },
  { name: 'LinkedIn signed-in 2026', file: 'linkedin/linkedin_flowtraders-graduate-data-engineer.html', url: 'https://www.linkedin.com/jobs/view/4374244548/', jobId: '4374244548', via: 'generic' },
  { name: 'Indeed viewjob', file: 'indeed/indeed_viewjob_canonical_engineering_manager.html', url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5', jobId: 'bf873f62104b48b5', via: 'json-ld' },
  { name: 'Greenhouse classic (Anthropic)', file: 'greenhouse/greenhouse_boards_anthropic_4182383008.html', url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008', jobId: '4182383008', via: 'json-ld' },
  { name: 'Greenhouse new board (Scale AI)', file: 'greenhouse/greenhouse_jobboards_scaleai_4315289005.html', url: 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005', jobId: '4315289005', via: 'generic' },
  { name: 'Workday 2026 rendered (NVIDIA)', file: 'workday/workday_nvidia_jobpage_rendered_JR2019510-1.html', url: 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1', jobId: 'JR2019510', via: 'generic' },
  // A results page: the redesigned pane is read under the title of the result marked as pressed.
  { name: 'Indeed 2026 search, posting in the pane', file: 'indeed/indeed_search_data-analyst_portland.html', url: 'https://www.indeed.com/jobs?q=Data+Analyst&l=Portland,+OR', jobId: '29dd4196cccd7eaf', via: 'generic' },
  // Results pages whose selected card is marked by a class only: the pane's heading links to
  // the listing the address names (LinkedIn), or repeats one result's title (Glassdoor).
  { name: 'LinkedIn 2025 split view, pane', file: 'linkedin/linkedin_loggedin_search_splitview_2025_idealista_backend.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4275929861&keywords=python+developer&location=Italy&f_TPR=r86400&distance=10', jobId: '4275929861', via: 'generic' },
  { name: 'LinkedIn 2024 pane, one section line (Delphi)', file: 'linkedin/linkedin_loggedin_jobdetails_delphi_analyst.html', url: 'https://www.linkedin.com/jobs/search/?currentJobId=3841446115', jobId: '3841446115', via: 'generic' },
  { name: 'Glassdoor India search, pane', file: 'glassdoor/glassdoor_in_search_data-scientist_india.html', url: 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm', jobId: '1009722062558', via: 'generic' },
  { name: 'Greenhouse 2026 (Alma)', file: 'greenhouse/greenhouse_alma-software-engineer-ii.html', url: 'https://job-boards.greenhouse.io/alma/jobs/8369573002', jobId: '8369573002', via: 'generic' },
];

/** The page with every class, id and data-* attribute removed, as HTML again. */
function drifted(file: string, url: string): string {
  const { doc } = load(file, url);
  drift(doc);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

beforeAll(async () => {
  h = await launch();
  const served: Record<string, string> = {};
  for (const p of PAGES) served[p.url] = fixture(p.file);
  await serve(h.context, served);
  await closeAll();
});
afterAll(async () => { await h?.close(); });

describe('a redesigned board page is still badged, once, with the same words', () => {
  for (const p of PAGES) {
    it(p.name, async () => {
      // As saved first, then the redesigned copy at the same address.
      const page = await h.context.newPage();
      await page.goto(p.url);
      const before = await detailBadge(page);
      expect(before.count).toBe(1);
      await page.close();

      await h.context.unroute(p.url);
      await serve(h.context, { [p.url]: drifted(p.file, p.url) });
      const after = await h.context.newPage();
      await after.goto(p.url);
      const badge = await detailBadge(after);
      // One badge, for the same listing, naming the same skills and flags.
      await after.waitForTimeout(400);
      expect(await badge.host.count()).toBe(1);
      expect(badge.job).toBe(p.jobId);
      expect(badge.label).toBe(before.label);
      await shotAround(after, badge.host.first(), `drift-${p.file.split('/')[0]}-${p.jobId}`);
      await after.close();
      await h.context.unroute(p.url);
      await serve(h.context, { [p.url]: fixture(p.file) });
    });
  }
});

describe('the panel says how a redesigned page was read', () => {
  it('"Read generically" on the redesigned Scale AI page', async () => {
    const p = PAGES.find((x) => x.jobId === '4315289005')!;
    await h.context.unroute(p.url);
    await serve(h.context, { [p.url]: drifted(p.file, p.url) });
    const page = await h.context.newPage();
    await page.goto(p.url);
    const badge = await detailBadge(page);
    await badge.host.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await axNodes(page)).some((n) => /^Read generically/.test(n.name))).toBe(true);
    expect((await axNodes(page)).some((n) => /This board's layout was not recognised/.test(n.name))).toBe(true);
    await shotAround(page, badge.host.first(), 'drift-panel-greenhouse-generic', { x: 420, y: 80, w: 900, h: 600 });
    await page.close();
  });
});

describe('the options page shows which boards have drifted', () => {
  it('Boards: the redesigned LinkedIn page flagged, Greenhouse read by its own reader', async () => {
    const greenhouse = PAGES.find((x) => x.jobId === '4182383008')!;
    const linkedin = PAGES.find((x) => x.jobId === '4053542511')!;
    // Greenhouse as saved (its adapter), then LinkedIn redesigned (the generic reader): the
    // newest listing of each board decides what its card says.
    for (const [p, html] of [[greenhouse, fixture(greenhouse.file)], [linkedin, drifted(linkedin.file, linkedin.url)]] as const) {
      await h.context.unroute(p.url);
      await serve(h.context, { [p.url]: html });
      const page = await h.context.newPage();
      await page.goto(p.url);
      await detailBadge(page);
      await page.close();
    }
    const options = await openExtensionPage(h, 'src/options/index.html');
    const { settings } = await message<{ settings: Record<string, unknown> }>(options, 'hello', {});
    await message(options, 'saveSettings', { settings: { ...settings, onboarded: true } });
    // The worker records the reading when it answers the badge; wait until both are kept.
    await expect.poll(async () => {
      const { entries } = await message<{ entries: Array<{ jobId: string; via?: string }> }>(options, 'history', { limit: 100 });
      return [greenhouse.jobId, linkedin.jobId].map((id) => entries.find((e) => e.jobId === id)?.via);
    }).toEqual(['adapter', 'generic']);
    await options.goto(`${options.url().split('#')[0]}#boards`);
    await options.reload();
    await options.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    const li = options.getByRole('group', { name: 'LinkedIn' });
    await expect.poll(() => li.getByText('LinkedIn may have changed its pages.').count()).toBe(1);
    const liFirst = li.getByRole('row').nth(1);
    expect(await liFirst.getByRole('link').textContent()).toMatch(/Machine Learning Systems Engineer/);
    expect(await liFirst.getByRole('cell').last().textContent()).toBe('Generic reader');
    const gh = options.getByRole('group', { name: 'Greenhouse' });
    expect(await gh.getByText("The latest listing was read by GapLens's Greenhouse reader.").count()).toBe(1);
    expect(await gh.getByText('may have changed its pages').count()).toBe(0);
    expect(await gh.getByRole('row').nth(1).getByRole('cell').last().textContent()).toBe('Board reader');
    expect(await axe(options), 'Boards passes axe-core').toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await options.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await screenshot(options, `options-boards-${colorScheme}`);
    }
    await options.close();
  });
});

describe('pages that are not postings get no badge', () => {
  const TUTORIAL = '<!DOCTYPE html><html><head><title>Getting started with PyTorch Lightning</title></head><body><article>'
    + '<h1>Getting started with PyTorch Lightning</h1><h2>Overview</h2><p>This post walks through training a small model with PyTorch Lightning on a laptop.</p>'
    + '<h2>Requirements</h2><p>Python 3.11 and PyTorch 2; a GPU is helpful but not needed for the examples below.</p></article></body></html>';
  it('a blog-like page and a company careers index at board addresses', async () => {
    const pages = {
      'https://job-boards.greenhouse.io/acme/jobs/1234567': TUTORIAL,
      'https://www.linkedin.com/jobs/view/4000000002/': fixture('generic/vercel_careers_listing.html'),
    };
    await serve(h.context, pages);
    for (const url of Object.keys(pages)) {
      const page = await h.context.newPage();
      await page.goto(url);
      // The content script reads when the DOM is complete and again on changes (120 ms batches, the
      // later links at most once a second): give it several rounds.
      await page.waitForTimeout(2500);
      expect(await page.locator('gaplens-badge').count(), url).toBe(0);
      await page.close();
    }
  });
});
