// "Analyse this page" in real Chromium: a company careers page with no board adapter and no
// JSON-LD (Vercel's real Data Scientist page), read through activeTab after the user presses
// the toolbar button: the gap in the popup, the badge on the page, and the panel saying the
// listing was read generically.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axNodes, detailBadge, fixture, launch, openExtensionPage, pressAction, screenshot, serve, shotAround, type Harness } from './harness';

const VERCEL = 'https://vercel.com/careers/data-scientist-us-4554464004';
const CAREERS = 'https://vercel.com/careers';
// The real Ashby posting as Ashby serves it before its app renders: the whole listing in its
// JobPosting JSON-LD, the body a spinner, so no title on screen to put a badge next to. Served
// here off the board sites, as a careers site publishing only its JSON-LD would be.
const DATA_ONLY = 'https://careers.example.org/jobs/ai-engineer-agents-lead';
// The same page at its real address on the board: the content script runs there, but reads
// nothing on its own (no title on screen to confirm the JSON-LD by).
const ON_BOARD = 'https://jobs.ashbyhq.com/tambo/39fcac07-6f9f-4e49-a989-26ca75aa5d5a';
let h: Harness;

beforeAll(async () => {
  h = await launch({ args: ['--enable-unsafe-extension-debugging'] });
  await serve(h.context, {
    [VERCEL]: fixture('generic/vercel_careers_data_scientist_us_4554464004.html'),
    [CAREERS]: fixture('generic/vercel_careers_listing.html'),
    [DATA_ONLY]: fixture('ashby/ashby_tambo_ai-engineer-agents-lead_serverhtml.html'),
    [ON_BOARD]: fixture('ashby/ashby_tambo_ai-engineer-agents-lead_serverhtml.html'),
  });
});
afterAll(async () => { await h?.close(); });

/** The popup for the tab at `url`, as a page of its own (the toolbar popup cannot be driven). */
async function popupFor(url: string) {
  const popup = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
  const tabId = await popup.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? -1;
  }, url);
  expect(tabId).toBeGreaterThanOrEqual(0);
  await popup.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

describe('"Analyse this page"', () => {
  it('reads the Vercel careers page (no adapter, no JSON-LD): the gap in the popup, the badge on the page', async () => {
    const page = await h.context.newPage();
    await page.goto(VERCEL);
    // No content script on a site GapLens has no adapter for.
    expect(await page.locator('gaplens-badge').count()).toBe(0);
    await pressAction(h, VERCEL);
    const popup = await popupFor(VERCEL);
    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    // The popup shows the listing's gap once the page is read.
    await expect.poll(async () => popup.locator('body').innerText(), { timeout: 15_000 }).toContain('Data Scientist');
    expect(await popup.locator('body').innerText()).toMatch(/SQL/);
    const badge = await detailBadge(page);
    expect(badge.count).toBe(1);
    expect(badge.job).toBe('vercel.com/careers/data-scientist-us-4554464004');
    expect(badge.label).toMatch(/^GapLens: requires [^;]*Hypothesis testing/);
    await badge.host.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await axNodes(page)).some((n) => n.name.startsWith('Read generically'))).toBe(true);
    await shotAround(page, badge.host.first(), 'analyse-vercel-generic', { x: 420, y: 80, w: 900, h: 600 });
    await popup.close();
    await page.close();
  });

  it('puts the badge in the page corner when no title is on screen (JSON-LD only), still keyboard reachable (issue 17 item 2)', async () => {
    const page = await h.context.newPage();
    await page.goto(DATA_ONLY);
    await pressAction(h, DATA_ONLY);
    const popup = await popupFor(DATA_ONLY);
    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    await expect.poll(async () => popup.locator('body').innerText(), { timeout: 15_000 }).toContain('AI Engineer (Agents Lead)');
    const badge = await detailBadge(page);
    expect(badge.count).toBe(1);
    expect(badge.job).toBe('39fcac07-6f9f-4e49-a989-26ca75aa5d5a');
    const host = badge.host.first();
    expect(await host.getAttribute('data-gaplens-spot')).toBe('corner');
    expect(await host.evaluate((el) => [getComputedStyle(el).position, el.parentElement === document.body, el.shadowRoot])).toEqual(['fixed', true, null]);
    const box = await host.boundingBox();
    expect(box && box.x < 100 && box.y < 200 && box.width > 0).toBe(true);
    // Reached with the keyboard alone: Tab from the top of the page, then Enter opens the panel.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await host.evaluate((el) => document.activeElement === el);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await axNodes(page)).some((n) => n.name.startsWith("Read from the page's job posting data"))).toBe(true);
    await shotAround(page, host, 'analyse-corner-jsonld-only', { x: 20, y: 80, w: 900, h: 600 });
    await popup.close();
    await page.close();
  });

  it('is offered on a board page GapLens did not read by itself, and reads it there (one badge)', async () => {
    const page = await h.context.newPage();
    await page.goto(ON_BOARD);
    await page.waitForTimeout(1500);
    expect(await page.locator('gaplens-badge').count()).toBe(0);
    await pressAction(h, ON_BOARD);
    const popup = await popupFor(ON_BOARD);
    await expect.poll(async () => popup.locator('body').innerText()).toContain('A listing open here that GapLens did not read?');
    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    await expect.poll(async () => popup.locator('body').innerText(), { timeout: 15_000 }).toContain('AI Engineer (Agents Lead)');
    const badge = await detailBadge(page);
    expect(badge.count).toBe(1);
    expect(badge.job).toBe('39fcac07-6f9f-4e49-a989-26ca75aa5d5a');
    await screenshot(popup, 'analyse-on-board-popup');
    await popup.close();
    await page.close();
  });

  it('finds no posting on the Vercel careers index (a company page, not a posting)', async () => {
    const page = await h.context.newPage();
    await page.goto(CAREERS);
    await pressAction(h, CAREERS);
    const popup = await popupFor(CAREERS);
    await popup.getByRole('button', { name: 'Analyse this page' }).click();
    await expect.poll(async () => popup.locator('#analyse-status').innerText(), { timeout: 15_000 }).toMatch(/^GapLens found no job listing here\. It looked for .*JSON-LD.*paste it\.$/);
    expect(await page.locator('gaplens-badge').count()).toBe(0);
    const paste = popup.getByRole('main').getByRole('button', { name: 'Paste a job description' });
    await paste.waitFor();
    await screenshot(popup, 'popup-analyse-not-found');
    // The message's own way on: the paste box.
    await paste.click();
    await popup.getByRole('textbox').first().waitFor();
    await popup.close();
    await page.close();
  });
});
