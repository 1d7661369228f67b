// The extension's lives, in real Chromium: MV3 stops the service worker whenever it likes,
// an update injects the content script again into pages that already run it, and a hostile
// page can be built 10,000 elements deep. None of this may cost a badge or the profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { DIST, detailBadge, fixture, launch, listingTabId, message, openExtensionPage, serve, setProfile, stopWorker, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const FIRST = LISTING_PAGES[0]!; // LinkedIn guest (OpenAI)
const SECOND = LISTING_PAGES.find((p) => p.name === 'Greenhouse new board (Scale AI)')!;
const DEEP_URL = 'https://www.linkedin.com/jobs/view/deep-learning-engineer-at-nestco-4099999999';
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;

// A listing whose description the page itself nests 10,000 elements deep (the HTML parser
// would flatten nesting that deep, a script does not). It is collapsed, as boards collapse
// long descriptions: Chromium's own layout crashes the tab on visible nesting past ~2,000
// levels, with or without GapLens, and reading the text does not depend on layout.
const DEEP_PAGE = `<!DOCTYPE html><html><head><title>Deep Learning Engineer | NestCo | LinkedIn</title></head><body>
<h1 class="top-card-layout__title">Deep Learning Engineer</h1><a class="topcard__org-name-link" href="/company/nestco">NestCo</a>
<div class="show-more-less-html__markup" style="display:none"></div>
<script>
  let el = document.querySelector('.show-more-less-html__markup');
  for (let i = 0; i < 10000; i++) el = el.appendChild(document.createElement(i % 2 ? 'div' : 'span'));
  el.append('Requirements: 3+ years of Python and PyTorch. Kubernetes is a plus.');
</script></body></html>`;

// A listing the parser takes a while over: a slow script in the middle of the description
// holds it up (the page's other tasks run meanwhile), so the content script, loaded at
// document_start, is running long before the description's second half exists.
const SLOW_URL = 'https://www.linkedin.com/jobs/view/data-platform-engineer-at-slowco-4099999998';
const SLOW_PAGE = `<!DOCTYPE html><html><head><title>Data Platform Engineer | SlowCo | LinkedIn</title></head><body>
<h1 class="top-card-layout__title">Data Platform Engineer</h1><a class="topcard__org-name-link" href="/company/slowco">SlowCo</a>
<div class="show-more-less-html__markup"><p>Requirements: 3+ years of Python.</p>
<script src="https://www.linkedin.com/slowco-tracker.js"></script>
<p>Kubernetes and Terraform are required.</p></div></body></html>`;

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serve(h.context, { [FIRST.url]: fixture(FIRST.file), [SECOND.url]: fixture(SECOND.file), [DEEP_URL]: DEEP_PAGE, [SLOW_URL]: SLOW_PAGE });
  await h.context.route('https://www.linkedin.com/slowco-tracker.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* slow */' }).catch(() => undefined);
  });
});
afterAll(async () => { await h?.close(); });

/** Stop every service worker of our extension through the DevTools protocol, and wait until it reports stopped. */

async function workerMark(): Promise<unknown> {
  const worker = h.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`)).at(-1)!;
  return worker.evaluate(() => (globalThis as { __lifecycleMark?: number }).__lifecycleMark ?? null);
}

describe('service worker stopped between two listings', () => {
  it('the second listing still gets its badge, the profile saved before is intact, and the popup still answers for the first tab', async () => {
    await setProfile(h, engineer);
    const first = await h.context.newPage();
    await first.goto(FIRST.url);
    expect((await detailBadge(first)).label).toMatch(/^GapLens: \d+ of \d+ required skills/);
    const firstTab = await listingTabId(h, FIRST.url);

    await h.worker.evaluate(() => { (globalThis as { __lifecycleMark?: number }).__lifecycleMark = 1; });
    await stopWorker(h);

    // The content script's first message wakes a fresh worker, which reads everything from storage.
    const second = await h.context.newPage();
    await second.goto(SECOND.url);
    const badge = await detailBadge(second);
    expect(badge.count).toBe(1);
    expect(badge.job).toBe(SECOND.jobId);
    expect(badge.label, 'the gap needs the profile: the restarted worker read it').toMatch(/^GapLens: \d+ of \d+ required skills/);
    expect(await workerMark(), 'a new worker instance, not the one marked before the stop').toBeNull();

    const options = await openExtensionPage(h, 'src/options/index.html');
    const { profile, setAside } = await message<{ profile: Record<string, unknown> | null; setAside: unknown[] }>(options, 'getProfile', {});
    const { updated: _u, ...saved } = profile ?? {};
    const { updated: _e, ...expected } = engineer as Record<string, unknown>;
    expect(saved).toEqual(expected);
    expect(setAside).toEqual([]);

    // The popup for the first tab, asked of a worker that never saw that tab.
    const advice = await message<{ analysis: { key: string } | null; steps: unknown[] }>(options, 'tabAdvice', { tabId: firstTab });
    expect(advice.analysis?.key).toBe(`linkedin:${FIRST.jobId}`);
    expect(advice.steps.length).toBeGreaterThan(0);
    await Promise.all([first.close(), second.close(), options.close()]);
  });
});

describe('content script injected twice (extension update)', () => {
  /** Our content script's isolated world in the page's main frame. */
  async function isolatedWorld(cdp: CDPSession, contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string } }>): Promise<number> {
    const name = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).name as string;
    const { frameTree } = await cdp.send('Page.getFrameTree') as { frameTree: { frame: { id: string } } };
    await expect.poll(() => contexts.some((c) => c.name === name && c.auxData?.frameId === frameTree.frame.id)).toBe(true);
    return contexts.filter((c) => c.name === name && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id).at(-1)!.id;
  }

  it('runs the built content script again in its world: the old instance steps aside, exactly one detail badge remains', async () => {
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string; frameId?: string } } }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(FIRST.url);
    const before = await detailBadge(page);
    expect(before.count).toBe(1);
    await before.host.first().evaluate((el) => el.setAttribute('data-test-first-instance', ''));

    const world = await isolatedWorld(cdp, contexts);
    const marker = await cdp.send('Runtime.evaluate', { expression: 'typeof globalThis.__gaplensContent', contextId: world }) as { result: { value: string } };
    expect(marker.result.value, 'the running instance left its marker in the world').toBe('object');

    const script = readFileSync(join(DIST, JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')).content_scripts[0].js[0]), 'utf8');
    const run = await cdp.send('Runtime.evaluate', { expression: script, contextId: world }) as { exceptionDetails?: unknown };
    expect(run.exceptionDetails).toBeUndefined();

    // The new instance mounts its own badge; the old one removed its badge when it was aborted.
    const fresh = page.locator('gaplens-badge[data-gaplens="detail"]:not([data-test-first-instance])');
    await fresh.first().waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => page.locator('gaplens-badge[data-gaplens="detail"]').count(), { timeout: 5_000 }).toBe(1);
    // And it stays one: page changes that wake the observer do not bring the old instance back.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'late content' })));
    await page.waitForTimeout(600);
    expect(await page.locator('gaplens-badge[data-gaplens="detail"]').count()).toBe(1);
    expect(await page.locator('gaplens-badge').count()).toBe(1);
    expect(await fresh.first().getAttribute('aria-label')).toMatch(/^GapLens: /);
    await cdp.detach();
    await page.close();
  });
});

describe('a page still being parsed', () => {
  it('the script runs from document_start but reads the listing once the DOM is complete: nothing of a half-parsed description is lost', async () => {
    const page = await h.context.newPage();
    await page.goto(SLOW_URL);
    expect((await detailBadge(page)).count).toBe(1);
    const options = await openExtensionPage(h, 'src/options/index.html');
    const advice = await message<{ analysis: { requirements: { skills: Array<{ id: string; section: string }> } } | null }>(options, 'tabAdvice', { tabId: await listingTabId(h, SLOW_URL) });
    const required = advice.analysis?.requirements.skills.filter((s) => s.section === 'required').map((s) => s.id).sort();
    expect(required).toEqual(['kubernetes', 'python', 'terraform']);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('a hostile page', () => {
  it('a description nested 10,000 elements deep is read and badged', async () => {
    const page = await h.context.newPage();
    await page.goto(DEEP_URL);
    expect(await page.evaluate(() => {
      let depth = 0;
      for (let el: Element | null = document.querySelector('.show-more-less-html__markup'); el?.firstElementChild; el = el.firstElementChild) depth++;
      return depth;
    })).toBe(10_000);
    const badge = await detailBadge(page);
    expect(badge.count).toBe(1);
    expect(badge.job).toBe('4099999999');
    expect(badge.label).toMatch(/^GapLens: \d+ of \d+ required skills; missing [^;]*PyTorch/);
    await page.close();
  });
});

describe('an update from the single-record history', () => {
  it('the history and cache an earlier version kept in storage.local move into per-entry records on the next worker start; a damaged entry is set aside', async () => {
    const entry = (i: number) => ({
      key: `lever:legacy-${i}`, source: 'lever', jobId: `legacy-${i}`, url: `https://jobs.lever.co/acme/legacy-${i}`, title: `Legacy listing ${i}`,
      company: 'Acme', seen: 1_700_000_000_000 + i, hash: `legacy${i}`, required: ['python'], preferred: [], groups: [], years: null, degree: null,
    });
    const history: unknown[] = Array.from({ length: 40 }, (_, i) => entry(i));
    history[7] = { ...entry(7), seen: 'last week' };
    const page = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
    await page.evaluate((records) => (globalThis as unknown as { chrome: { storage: { local: { set: (r: unknown) => Promise<void> } } } }).chrome.storage.local.set(records), { history, cache: {} });
    await page.close();
    await stopWorker(h);

    const control = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
    const { entries } = await message<{ entries: Array<{ key: string }> }>(control, 'history', { limit: 5000 });
    const moved = entries.map((e) => e.key).filter((k) => k.startsWith('lever:legacy-'));
    expect(moved.sort()).toEqual(history.flatMap((e, i) => (i === 7 ? [] : [(e as { key: string }).key])).sort());
    const { setAside } = await message<{ setAside: Array<{ key: string; original: string }> }>(control, 'getProfile', {});
    const aside = setAside.find((a) => a.key === 'history[7]');
    expect(JSON.parse(aside!.original)).toEqual(history[7]);
    const left = await control.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get: (k: string[]) => Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(['history', 'cache']));
    expect(left).toEqual({});
    await control.close();
  });
});
