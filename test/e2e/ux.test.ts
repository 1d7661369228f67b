// The badge and its panel as a keyboard, screen-reader and small-window user meets them
// (issue 19 items 1, 2, 5, 6, 7, 8), with axe-core over the panel, the popup and the
// options page. Screenshots go to test-results/screenshots/ux-*.png for review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { personas } from '../../src/core/personas';
import { axe, detailBadge, fixture, launch, openExtensionPage, screenshot, serve, setProfile, shotAround, type Harness } from './harness';
import { LISTING_PAGES } from './pages';
import { boxIn, inBadge } from './shadow';

const byName = (name: string) => LISTING_PAGES.find((p) => p.name === name)!;
const OPENAI = byName('LinkedIn guest (OpenAI)');
const GOOGLE = byName('LinkedIn guest with JSON-LD (Google)');
const ANTHROPIC = byName('Greenhouse classic (Anthropic)');

// A posting that names skills only in passing: no required or nice-to-have skill.
const UNCLEAR_URL = 'https://jobs.lever.co/quietco/7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const UNCLEAR_PAGE = `<!doctype html><html lang="en"><head><title>QuietCo - Research Scientist</title></head><body>
<div class="posting-page"><div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
<div class="posting-headline"><h2>Research Scientist</h2><div class="posting-categories"><div class="location">Remote</div></div></div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">
<p>QuietCo builds tools for scientists. Our team writes most things in Python and keeps its data in PostgreSQL.</p>
<p>You will work with researchers across the company on new ideas, and share what you learn.</p></div></div></div></body></html>`;

// A light page on a dark system: the badge must follow the page.
const LIGHT_ON_DARK = 'https://boards.greenhouse.io/anthropic/jobs/4182383008';

let h: Harness;
let dark: Harness;
// PhD, six years: meets "Master's required" and "2+ years" wherever they are asked.
const phd = { ...personas.find((p) => p.id === 'phd-biologist')!.profile, years: 6 };

beforeAll(async () => {
  h = await launch();
  await serve(h.context, { ...Object.fromEntries(LISTING_PAGES.map((p) => [p.url, fixture(p.file)])), [UNCLEAR_URL]: UNCLEAR_PAGE });
  await setProfile(h, phd);
});
afterAll(async () => { await h?.close(); await dark?.close(); });

async function openPanel(page: Page): Promise<void> {
  const badge = await detailBadge(page);
  await badge.host.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => inBadge<boolean>(page, 'function () { return !!this.querySelector(".panel"); }')).toBe(true);
}

describe('flags: met shown as met, the pill shows the worst unmet one', () => {
  it('Google power monitoring: the pill names "10+ years" short, not the first flag', async () => {
    const page = await h.context.newPage();
    await page.goto(GOOGLE.url);
    const pillFlag = await (async () => { await detailBadge(page); return inBadge<{ text: string; status: string; cls: string } | null>(page, 'function () { const f = this.querySelector(".pill .flag"); return f && { text: f.textContent, status: f.dataset.status, cls: f.className }; }'); })();
    expect(pillFlag).toMatchObject({ text: '! 10+ years (short by 4 years)', status: 'unmet' });
    await openPanel(page);
    const flags = await inBadge<Array<{ text: string; status: string; cls: string }>>(page, 'function () { return [...this.querySelectorAll(".flags li")].map((li) => ({ text: li.textContent, status: li.dataset.status, cls: li.className })); }');
    expect(flags.find((f) => f.text.includes("Bachelor's"))).toMatchObject({ status: 'met', cls: 'tone-good' });
    const years = flags.find((f) => f.text.includes('10+ years'))!;
    expect(years.status).toBe('unmet');
    // Red when required, amber when only nice to have: the colour of that meaning everywhere.
    expect(years.cls).toMatch(/^tone-(low|fair)$/);
    // One colour per meaning (item 8): the pill, the panel and the popup give this flag the same tone.
    const tone = years.cls;
    expect(pillFlag!.cls.split(' ')).toContain(tone);
    const { listingTabId } = await import('./harness');
    const popup = await openExtensionPage(h, `src/popup/index.html?tab=${await listingTabId(h, GOOGLE.url)}`);
    const popupFlag = popup.locator('.flags li', { hasText: '10+ years' });
    await popupFlag.waitFor();
    expect((await popupFlag.getAttribute('class'))!.split(' ')).toContain(tone);
    expect((await popup.locator('.flags li', { hasText: "Bachelor's" }).getAttribute('class'))!.split(' ')).toContain('tone-good');
    await popup.close();
    await shotAround(page, (await detailBadge(page)).host.first(), 'ux-flags-google-after', { x: 420, y: 80, w: 900, h: 560 });
    await page.close();
  });
});

describe('requirements unclear', () => {
  it('grey, no score, lists the skills the posting mentions', async () => {
    const page = await h.context.newPage();
    await page.goto(UNCLEAR_URL);
    const badge = await detailBadge(page);
    expect(badge.label).toMatch(/^GapLens: requirements unclear; mentions .*Python/);
    const pill = await inBadge<{ text: string; cls: string }>(page, 'function () { const p = this.querySelector(".pill"); return { text: p.textContent, cls: p.className }; }');
    expect(pill.cls).toContain('tone-unclear');
    expect(pill.text).not.toMatch(/0\/0|%/);
    await openPanel(page);
    const chips = await inBadge<string[]>(page, 'function () { return [...this.querySelectorAll(".chips li")].map((li) => li.textContent); }');
    expect(chips).toContain('Python');
    // No score anywhere in the panel either: not the worker's "100%: no skills named" line.
    expect(await inBadge<string>(page, 'function () { return this.querySelector(".panel").textContent; }')).not.toMatch(/\d+ ?%/);
    await shotAround(page, badge.host.first(), 'ux-unclear-after', { x: 100, y: 80, w: 700, h: 460 });
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  it('the badge is a sibling after the title heading, not inside it', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    const badge = await detailBadge(page);
    const where = await badge.host.first().evaluate((el) => ({ inHeading: !!el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]'), after: el.previousElementSibling?.tagName ?? '' }));
    expect(where.inHeading).toBe(false);
    expect(where.after).toMatch(/^H[1-6]$/);
    await page.close();
  });

  it('Escape closes the panel and puts focus back on the badge; a click outside closes it', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await openPanel(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => inBadge<boolean>(page, 'function () { return !!this.querySelector(".panel"); }')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('GAPLENS-BADGE');
    expect(await inBadge<string>(page, 'function () { return this.activeElement?.className ?? ""; }')).toContain('pill');
    await shotAround(page, (await detailBadge(page)).host.first(), 'ux-escape-focus-after', { x: 60, y: 80, w: 700, h: 240 });
    await openPanel(page);
    await page.mouse.click(5, 5);
    await expect.poll(() => inBadge<boolean>(page, 'function () { return !!this.querySelector(".panel"); }')).toBe(false);
    await page.close();
  });

  it('the close button and the pill are at least 24 px', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await openPanel(page);
    const close = (await boxIn(page, '.close'))!;
    const pill = (await boxIn(page, '.pill'))!;
    expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(24);
    expect(pill.height).toBeGreaterThanOrEqual(24);
    await page.close();
  });
});

describe('layout', () => {
  for (const [p, width] of [[OPENAI, 800], [ANTHROPIC, 1080], [ANTHROPIC, 800]] as const) {
    it(`${p.name} at ${width} px: the panel stays in the window and the page does not scroll sideways`, async () => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width, height: 700 });
      await page.goto(p.url);
      await openPanel(page);
      const box = (await boxIn(page, '.panel'))!;
      const close = (await boxIn(page, '.close'))!;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(close.right).toBeLessThanOrEqual(width);
      expect(box.bottom).toBeLessThanOrEqual(700);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, `ux-layout-${p.file.split('/')[0]}-${width}-after`);
      await page.close();
    });
  }

  it('a window shorter than the panel: the panel scrolls inside itself', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 800, height: 360 });
    await page.goto(OPENAI.url);
    await openPanel(page);
    const m = await inBadge<{ client: number; scroll: number; bottom: number; top: number }>(page, 'function () { const p = this.querySelector(".panel"); const r = p.getBoundingClientRect(); return { client: p.clientHeight, scroll: p.scrollHeight, bottom: r.bottom, top: r.top }; }');
    expect(m.scroll).toBeGreaterThan(m.client);
    expect(m.top).toBeGreaterThanOrEqual(0);
    expect(m.bottom).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('consistency', () => {
  it('a light page on a dark system keeps a light badge', async () => {
    dark = await launch({ colorScheme: 'dark' });
    await serve(dark.context, { [LIGHT_ON_DARK]: fixture(ANTHROPIC.file) });
    const page = await dark.context.newPage();
    await page.goto(LIGHT_ON_DARK);
    const badge = await detailBadge(page);
    expect(await badge.host.first().getAttribute('data-theme')).toBe('light');
    await openPanel(page);
    await shotAround(page, badge.host.first(), 'ux-light-page-dark-system-after', { x: 420, y: 80, w: 900, h: 560 });
    await page.close();
  });
});

describe('axe-core', () => {
  const found: Record<string, unknown> = {};
  afterAll(() => { console.log(`axe-core violations: ${JSON.stringify(found)}`); });

  it('the opened panel (its shadow root copied into a page of its own) has no violations', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await openPanel(page);
    const html = await inBadge<string>(page, 'function () { return this.innerHTML; }');
    const copy = await h.context.newPage();
    await copy.setContent(`<!doctype html><html lang="en"><head><title>panel</title></head><body><main>${html}</main></body></html>`);
    const v = await axe(copy, ['region', 'page-has-heading-one', 'landmark-one-main']);
    found.panel = v;
    expect(v).toEqual([]);
    await copy.close();
    await page.close();
  });

  it('the popup, for a listing, has no violations', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await detailBadge(page);
    const popup = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
    await popup.close();
    const tabs = await openExtensionPage(h, 'src/popup/index.html');
    await tabs.close();
    const { listingTabId } = await import('./harness');
    const id = await listingTabId(h, OPENAI.url);
    const view = await openExtensionPage(h, `src/popup/index.html?tab=${id}`);
    await view.getByRole('heading', { level: 1 }).waitFor();
    const v = await axe(view);
    found.popup = v;
    expect(v).toEqual([]);
    await view.close();
    await page.close();
  });

  it('the options page (profile and onboarding) has no violations', async () => {
    const opts = await openExtensionPage(h, 'src/options/index.html');
    await opts.getByRole('heading', { level: 1 }).first().waitFor();
    const v = await axe(opts);
    found.options = v;
    expect(v).toEqual([]);
    await opts.close();
  });
});
