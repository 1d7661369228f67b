// Evidence and corrections in real Chromium, on a saved LinkedIn page at its real URL:
// selecting a chip marks its words in the page (CSS Custom Highlight API: the page's own
// elements untouched), "Not asked here" changes the badge, can be undone, and survives a
// reload and a stopped worker; "I have this" puts the skill in the profile.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { axe, detailBadge, fixture, launch, message, openExtensionPage, screenshot, serve, setProfile, stopWorker, type Harness } from './harness';
import { LISTING_PAGES } from './pages';
import { inBadge } from './shadow';

const LISTING = LISTING_PAGES[0]!; // LinkedIn guest (OpenAI)
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serve(h.context, { [LISTING.url]: fixture(LISTING.file) });
  await setProfile(h, engineer);
});
afterAll(async () => { await h?.close(); });

const click = (page: Page, selector: string) => inBadge(page, `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('no ${selector}'); el.click(); }`);
const clickText = (page: Page, text: string) => inBadge(page, `function () {
  const b = [...this.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(text)});
  if (!b) throw new Error('no button ' + ${JSON.stringify(text)});
  b.click();
}`);
const chipIds = (page: Page) => inBadge<string[]>(page, 'function () { return [...this.querySelectorAll(".chip")].map((c) => c.dataset.skill); }');
/** The text of every range in one of our highlights, read from the page's own world. */
const highlighted = (page: Page, name: string) => page.evaluate((n) => {
  const hl = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
  return hl ? [...hl].map((r) => r.toString()) : [];
}, name);

async function openPanel(page: Page): Promise<void> {
  await detailBadge(page);
  await click(page, '.pill');
  await expect.poll(() => inBadge<boolean>(page, 'function () { return !!this.querySelector(".panel"); }')).toBe(true);
}


describe('evidence in the page', () => {
  it('selecting a chip highlights the words it was read from, and nothing of the page changes', async () => {
    const page = await h.context.newPage();
    await page.goto(LISTING.url);
    await openPanel(page);
    const before = await page.evaluate(() => { const els = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('gaplens-badge')); return { count: els.length, tags: els.map((e) => e.tagName).join(','), text: els.filter((e) => !e.children.length).map((e) => e.textContent).join('|') }; });
    await click(page, '.chip[data-skill="deep-learning"]');
    await expect.poll(() => highlighted(page, 'gaplens-focus')).not.toEqual([]);
    const words = await highlighted(page, 'gaplens-focus');
    for (const w of words) expect(w.toLowerCase()).toMatch(/deep[\s-]*learning/);
    const note = await inBadge<string>(page, 'function () { return this.querySelector(".evidence").textContent; }');
    expect(note).toMatch(/^Highlighted/);
    // The toggle marks every skill, told apart by kind.
    await click(page, '.toggle');
    await expect.poll(async () => (await highlighted(page, 'gaplens-required')).length + (await highlighted(page, 'gaplens-missing')).length).toBeGreaterThan(1);
    await screenshot(page, 'evidence-panel-highlights');
    const after = await page.evaluate(() => { const els = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('gaplens-badge')); return { count: els.length, tags: els.map((e) => e.tagName).join(','), text: els.filter((e) => !e.children.length).map((e) => e.textContent).join('|') }; });
    expect(after, 'no element of the page added, moved or rewritten').toEqual(before);
    // Closing the panel takes the highlights away.
    await click(page, '.gl-close');
    await expect.poll(() => highlighted(page, 'gaplens-focus')).toEqual([]);
    expect(await highlighted(page, 'gaplens-required')).toEqual([]);
    await page.close();
  });
});

describe('corrections from the panel', () => {
  it('"Not asked here" changes the badge, can be undone, and survives a reload and a stopped worker', async () => {
    const page = await h.context.newPage();
    await page.goto(LISTING.url);
    await openPanel(page);
    const ids = await chipIds(page);
    const target = ids.includes('transformers') ? 'transformers' : ids[0]!;
    const label0 = (await detailBadge(page)).label;
    await click(page, `.chip[data-skill="${target}"]`);
    await clickText(page, 'Not asked here');
    await expect.poll(() => chipIds(page)).not.toContain(target);
    expect((await detailBadge(page)).label).not.toBe(label0);
    expect(await inBadge<string>(page, 'function () { return this.querySelector(".undo")?.textContent ?? ""; }')).toMatch(/not asked here/);
    await screenshot(page, 'evidence-correction-undo');
    await clickText(page, 'Undo');
    await expect.poll(() => chipIds(page)).toContain(target);
    expect((await detailBadge(page)).label).toBe(label0);

    await click(page, `.chip[data-skill="${target}"]`);
    await clickText(page, 'Not asked here');
    await expect.poll(() => chipIds(page)).not.toContain(target);
    await page.reload();
    await openPanel(page);
    expect(await chipIds(page)).not.toContain(target);
    await stopWorker(h);
    await page.reload();
    await openPanel(page);
    expect(await chipIds(page)).not.toContain(target);

    const options = await openExtensionPage(h, 'src/options/index.html#corrections');
    const { corrections } = await message<{ corrections: { listings: Array<{ listing: string; skill: string; action: string }> } }>(options, 'getCorrections', {});
    expect(corrections.listings).toContainEqual(expect.objectContaining({ listing: `linkedin:${LISTING.jobId}`, skill: target, action: 'drop' }));
    // Made in the panel, listed on the options page's Corrections tab (axe-core clean), and
    // removed there: the listing's tab is badged again with the skill back.
    const row = options.locator(`.corr-row[data-skill="${target}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('not asked here');
    expect(await axe(options)).toEqual([]);
    await row.getByRole('button', { name: /^Remove:/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(async () => (await detailBadge(page)).label, { timeout: 10_000 }).toBe(label0);
    await options.close();
    await page.close();
  });

  it('"I have this" puts the skill in the profile and the badge counts it', async () => {
    const page = await h.context.newPage();
    await page.goto(LISTING.url);
    await openPanel(page);
    const missing = await inBadge<string[]>(page, 'function () { return [...this.querySelectorAll(".chip.tone-low")].map((c) => c.dataset.skill); }');
    expect(missing.length).toBeGreaterThan(0);
    const skill = missing[0]!;
    const label0 = (await detailBadge(page)).label;
    await click(page, `.chip[data-skill="${skill}"]`);
    const name = await inBadge<string>(page, `function () { return [...this.querySelectorAll('.menu .act')][0].textContent; }`);
    expect(name).toMatch(/^I have /);
    await inBadge(page, `function () { this.querySelector('.menu .act').click(); }`);
    await expect.poll(async () => (await detailBadge(page)).label).not.toBe(label0);
    expect(await inBadge<string[]>(page, 'function () { return [...this.querySelectorAll(".chip.tone-good")].map((c) => c.dataset.skill); }')).toContain(skill);
    // It is the user's data now: a reload and a stopped worker keep it.
    await page.reload();
    await openPanel(page);
    const have = () => inBadge<string[]>(page, 'function () { return [...this.querySelectorAll(".chip.tone-good")].map((c) => c.dataset.skill); }');
    expect(await have()).toContain(skill);
    await stopWorker(h);
    await page.reload();
    await openPanel(page);
    expect(await have()).toContain(skill);
    const options = await openExtensionPage(h, 'src/options/index.html');
    const { profile } = await message<{ profile: { skills: Array<{ id: string; level: string }> } }>(options, 'getProfile', {});
    expect(profile.skills).toContainEqual({ id: skill, level: 'working' });
    // The options page's profile lists it among the user's skills.
    await expect.poll(() => options.locator('.skill-list .skill-name').allTextContents()).toContain(name.replace(/^I have /, ''));
    await options.close();
    await page.close();
  });
});
