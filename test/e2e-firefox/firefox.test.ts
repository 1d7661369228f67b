// The Firefox build in real Firefox (Debian's firefox-esr, headless), driven over WebDriver
// BiDi by puppeteer-core: dist/firefox installed as a temporary add-on, a saved LinkedIn
// listing served at its real URL by request interception (nothing else is answered), and
// the content script's badge checked on the page. Firefox's popup and options pages cannot
// be opened from a test, so the worker is reached only through the content script here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTING_PAGES } from '../e2e/pages';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist', 'firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
const OPENAI = LISTING_PAGES.find((p) => p.name === 'LinkedIn guest (OpenAI)')!;
const SCALE = LISTING_PAGES.find((p) => p.name === 'Greenhouse new board (Scale AI)')!;
const SERVED: Record<string, string> = Object.fromEntries([OPENAI, SCALE].map((p) => [p.url, readFileSync(join(ROOT, 'test', 'fixtures', p.file), 'utf8')]));

let browser: Browser;
const stray: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first.');
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run \`npm run setup\` (Debian firefox-esr) or set FIREFOX_PATH.`);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, enableExtensions: true });
  expect(await browser.installExtension(DIST)).toBe(GECKO_ID);
});
afterAll(async () => { await browser?.close(); });

/** A tab with no network: the saved pages answer at their real URLs, everything else is refused. */
async function tab(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const body = SERVED[req.url()];
    if (body !== undefined) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    stray.push(req.url());
    return void req.abort('blockedbyclient');
  });
  return page;
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
    expect(badge.label).toMatch(/^GapLens: /);
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
});
