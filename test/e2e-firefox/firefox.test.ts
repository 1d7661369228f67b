// The Firefox build in real Firefox (Debian's firefox-esr, headless), driven over WebDriver
// BiDi by puppeteer-core: dist/firefox installed as a temporary add-on, saved listings
// served at their real URLs by request interception (nothing else is answered), the
// content script's badge checked on the page, and the popup and options pages opened at
// their moz-extension:// address to show the same listing's gap.
//
// Two things make the extension's own pages reachable from a test: the add-on's internal
// UUID (random per profile) is fixed with the `extensions.webextensions.uuids` preference,
// so its pages have a known address; and Firefox's remote agent refuses to navigate a tab
// to a moz-extension:// URL unless started with --remote-allow-system-access (a flag for
// test browsers; this one has no network at all).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { softwareEngineer } from '../../src/core/personas';
import type { Res } from '../../src/core/protocol';
import { LISTING_PAGES } from '../e2e/pages';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist', 'firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
const UUID = randomUUID();
const OPENAI = LISTING_PAGES.find((p) => p.name === 'LinkedIn guest (OpenAI)')!;
const SCALE = LISTING_PAGES.find((p) => p.name === 'Greenhouse new board (Scale AI)')!;
const SERVED: Record<string, string> = Object.fromEntries([OPENAI, SCALE].map((p) => [p.url, readFileSync(join(ROOT, 'test', 'fixtures', p.file), 'utf8')]));

let browser: Browser;
const stray: string[] = [];
/** Interception failures other than a request the browser had already dropped. */
const routingErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first.');
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run \`npm run setup\` (Debian firefox-esr) or set FIREFOX_PATH.`);
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, enableExtensions: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  expect(await browser.installExtension(DIST)).toBe(GECKO_ID);
});
afterAll(async () => { await browser?.close(); });

/**
 * Settle one intercepted request. A page that navigates on or closes may have dropped the
 * request before our answer arrives ("no such request"): nothing is left to answer, and
 * that is not a failure. Any other error is kept and fails the run's last test.
 */
function settle(req: HTTPRequest, answer: Promise<void>): void {
  answer.catch((error: unknown) => {
    const text = error instanceof Error ? error.message : String(error);
    if (!/no such request/i.test(text)) routingErrors.push(`${req.url()}: ${text}`);
  });
}

/** A tab with no network: the saved pages answer at their real URLs, everything else is refused. */
async function tab(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const body = SERVED[req.url()];
    if (body !== undefined) return settle(req, req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    stray.push(req.url());
    return settle(req, req.abort('blockedbyclient'));
  });
  return page;
}

interface BidiNavigable { browsingContext?: { navigate?: (url: string, wait: 'none' | 'interactive' | 'complete') => Promise<unknown> } }

/**
 * One of the extension's pages in a new tab. Navigated through the frame's BiDi browsing
 * context: page.goto waits for a navigation event that Firefox does not send when the tab
 * moves into the extension's process (the page loads; goto times out).
 */
async function extensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  const context = (page.mainFrame() as unknown as BidiNavigable).browsingContext;
  if (typeof context?.navigate !== 'function') throw new Error('puppeteer-core no longer exposes the frame\'s BiDi browsing context: see extensionPage()');
  await context.navigate(`moz-extension://${UUID}/${path}`, 'complete');
  return page;
}

type ExtGlobal = { browser: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; data: unknown }> }; storage: { session: { get: (k: null) => Promise<Record<string, unknown>> } } } };

/** A protocol message from one of our pages, as the popup or options page sends it. */
async function message<T>(page: Page, name: string, payload: unknown): Promise<T> {
  return page.evaluate(async (n, p) => {
    const reply = await (globalThis as unknown as ExtGlobal).browser.runtime.sendMessage({ gaplens: 1, name: n, payload: p });
    if (!reply?.ok) throw new Error(`${n}: ${JSON.stringify(reply)}`);
    return reply.data;
  }, name, payload) as Promise<T>;
}

async function detailBadge(page: Page) {
  const host = await page.waitForSelector('gaplens-badge[data-gaplens="detail"]', { timeout: 30_000 });
  return host!.evaluate((el) => ({
    label: el.getAttribute('aria-label') ?? '',
    job: el.getAttribute('data-gaplens-job') ?? '',
    count: document.querySelectorAll('gaplens-badge[data-gaplens="detail"]').length,
    // Closed shadow root: the page cannot look inside.
    shadow: el.shadowRoot,
  }));
}

describe('Firefox', () => {
  it('the LinkedIn OpenAI listing at its real URL gets its detail badge', async () => {
    const page = await tab();
    await page.goto(OPENAI.url, { waitUntil: 'domcontentloaded' });
    const badge = await detailBadge(page);
    expect(badge.label).toMatch(/^GapLens: requires Deep learning, Transformers, PyTorch/);
    expect(badge.job).toBe(OPENAI.jobId);
    expect(badge.count).toBe(1);
    expect(badge.shadow).toBeNull();
    // The board page cannot reach the extension.
    expect(await page.evaluate(() => typeof (globalThis as { browser?: { runtime?: unknown } }).browser?.runtime)).toBe('undefined');
    await page.close();
  });

  it('a second board (Greenhouse) is badged too, and the pages got no network', async () => {
    const page = await tab();
    await page.goto(SCALE.url, { waitUntil: 'domcontentloaded' });
    const badge = await detailBadge(page);
    expect(badge.label).toMatch(/^GapLens: requires Machine learning, LLMs/);
    expect(badge.job).toBe(SCALE.jobId);
    // The saved pages reference their boards' scripts and images: refused, never fetched.
    expect(stray.length).toBeGreaterThan(0);
    await page.close();
  });

  it('with a profile, the badge, the popup and the options page show the listing\'s gap', async () => {
    const control = await extensionPage('src/popup/index.html?tab=-1');
    await message(control, 'saveProfile', { profile: softwareEngineer.profile });
    const { settings } = await message<Res<'hello'>>(control, 'hello', {});
    await message(control, 'saveSettings', { settings: { ...settings, onboarded: true } });

    const listing = await tab();
    await listing.goto(OPENAI.url, { waitUntil: 'domcontentloaded' });
    // The badge re-reads the listing once the profile is known: wait for the gap in its label.
    await listing.waitForFunction(() => /^GapLens: \d+ of \d+ required skills/.test(document.querySelector('gaplens-badge[data-gaplens="detail"]')?.getAttribute('aria-label') ?? ''), { timeout: 30_000 });
    const label = (await detailBadge(listing)).label;

    // The tab the worker recorded for this listing, and the gap it answers for it.
    const tabId = await control.evaluate(async (url) => {
      const all = await (globalThis as unknown as ExtGlobal).browser.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as { listing?: { url?: string } }).listing?.url === url);
      return hit ? Number(hit[0].slice(4)) : null;
    }, OPENAI.url);
    expect(tabId).not.toBeNull();
    const { analysis } = await message<Res<'tabAdvice'>>(control, 'tabAdvice', { tabId: tabId! });
    const gap = analysis!.gap!;
    const pct = Math.round(gap.score * 100);
    const have = gap.required.have.length;
    const total = have + gap.required.missing.length;
    expect(gap.required.missing.length).toBeGreaterThan(0);
    expect(label).toMatch(new RegExp(`^GapLens: ${have} of ${total} required skills; missing ${gap.required.missing[0]!.name}`));

    // The popup for that tab: the listing's title, its score and every missing skill.
    const popup = await extensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector(`::-p-aria(${pct}% match)`, { timeout: 15_000 });
    const shown = await popup.evaluate(() => ({ title: document.querySelector('h1')?.textContent ?? '', text: document.body.innerText }));
    expect(shown.title).toBe(analysis!.listing.title);
    expect(shown.text).toContain(`${have} of ${total}`);
    for (const m of gap.required.missing) expect(shown.text).toContain(m.name);

    // The options page's radar lists the listing with the same score.
    const options = await extensionPage('src/options/index.html#radar');
    const link = await options.waitForSelector(`::-p-aria(${analysis!.listing.title} (opens in a new tab))`, { timeout: 15_000 });
    const row = await link!.evaluate((a) => a.closest('li')?.textContent ?? '');
    expect(row).toContain(`${pct}% match`);

    for (const p of [popup, options, listing, control]) await p.close();
    expect(routingErrors).toEqual([]);
  });

  it('from the keyboard: selecting a chip highlights its words in the page, and a correction changes the badge', async () => {
    const control = await extensionPage('src/popup/index.html?tab=-1');
    const listing = await tab();
    await listing.goto(OPENAI.url, { waitUntil: 'domcontentloaded' });
    const gapLabel = () => listing.evaluate(() => document.querySelector('gaplens-badge[data-gaplens="detail"]')?.getAttribute('aria-label') ?? '');
    await listing.waitForFunction(() => /^GapLens: \d+ of \d+ required skills/.test(document.querySelector('gaplens-badge[data-gaplens="detail"]')?.getAttribute('aria-label') ?? ''), { timeout: 30_000 });
    const before = await gapLabel();
    const tabId = await control.evaluate(async (url) => {
      const all = await (globalThis as unknown as ExtGlobal).browser.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as { listing?: { url?: string } }).listing?.url === url);
      return hit ? Number(hit[0].slice(4)) : null;
    }, OPENAI.url);
    const { analysis } = await message<Res<'tabAdvice'>>(control, 'tabAdvice', { tabId: tabId! });
    const gap = analysis!.gap!;
    const chips = [...gap.required.have, ...gap.required.missing];
    // The panel's first chip (skills you have come first) and the words it was read from.
    const first = analysis!.requirements.skills.find((s) => s.id === chips[0]!.id)!;
    const words = analysis!.requirements.skills.filter((s) => s === first || (first.group !== null && s.group === first.group))
      .flatMap((s) => s.mentions).map((w) => w.toLowerCase().replace(/\s+/g, ' '));

    // The closed shadow root is out of a test's reach in Firefox: keyboard only, as a user would.
    await listing.evaluate(() => (document.querySelector('gaplens-badge[data-gaplens="detail"]') as HTMLElement).focus());
    await listing.keyboard.press('Enter');
    // The panel's code is added on its first open: wait for it before moving on from the keyboard.
    await listing.waitForFunction(() => document.querySelector('gaplens-badge[data-gaplens="detail"]')?.hasAttribute('data-gaplens-open'), { timeout: 15_000 });
    await listing.keyboard.press('Tab'); // the panel's close button
    await listing.keyboard.press('Tab'); // the first chip
    await listing.keyboard.press('Enter');
    const focusRanges = () => listing.evaluate(() => {
      const hl = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('gaplens-focus');
      return hl ? [...hl].map((r) => r.toString().toLowerCase().replace(/\s+/g, ' ')) : [];
    });
    await listing.waitForFunction(() => ((CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights?.get('gaplens-focus')?.size ?? 0) > 0, { timeout: 15_000 });
    const shown = await focusRanges();
    expect(shown.length).toBeGreaterThan(0);
    for (const w of shown) expect(words).toContain(w);

    // Past the section's other chips to the chip's menu; its first action is a correction
    // ("Not asked here" for a skill in the profile, else "I have …").
    for (let i = 1; i < chips.length; i++) await listing.keyboard.press('Tab');
    await listing.keyboard.press('Tab');
    await listing.keyboard.press('Enter');
    await listing.waitForFunction((old) => document.querySelector('gaplens-badge[data-gaplens="detail"]')?.getAttribute('aria-label') !== old, { timeout: 15_000 }, before);
    const after = await gapLabel();
    const { corrections } = await message<Res<'getCorrections'>>(control, 'getCorrections', {});
    const { profile } = await message<Res<'getProfile'>>(control, 'getProfile', {});
    const own = gap.required.have.find((h) => h.id === first.id && h.via === null);
    if (own) {
      expect(corrections.listings).toContainEqual(expect.objectContaining({ listing: `linkedin:${OPENAI.jobId}`, skill: first.id, action: 'drop' }));
      expect(after).not.toContain(`of ${chips.length} required`);
    } else {
      expect(profile!.skills).toContainEqual({ id: first.id, level: 'working' });
    }
    for (const p of [listing, control]) await p.close();
    expect(routingErrors).toEqual([]);
  });
});
