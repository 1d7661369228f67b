// Acting on next steps and reviewing corrections, in real Chromium on the saved LinkedIn page
// at its real URL: a step started in the popup is in My plan (popup and options) with its
// effort and total; marked Done, it raises its skills in the profile and the badge follows;
// "Not for me" hides a step until the options page suggests it again; a correction made from a
// popup chip is listed on the options page, where it can be removed and the removal undone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { axe, detailBadge, fixture, launch, listingTabId, message, openExtensionPage, screenshot, serve, setProfile, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const LISTING = LISTING_PAGES[0]!; // LinkedIn guest (OpenAI)
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;

let h: Harness;
let listing: Page;
let tabId: number;

beforeAll(async () => {
  h = await launch();
  await serve(h.context, { [LISTING.url]: fixture(LISTING.file) });
  await setProfile(h, engineer);
  listing = await h.context.newPage();
  await listing.goto(LISTING.url);
  await detailBadge(listing);
  tabId = await listingTabId(h, LISTING.url);
});
afterAll(async () => { await h?.close(); });

async function popup(): Promise<Page> {
  const page = await openExtensionPage(h, `src/popup/index.html?tab=${tabId}`);
  await page.setViewportSize({ width: 400, height: 900 });
  await page.getByRole('heading', { name: 'Next steps to close the gap' }).waitFor();
  // The plan's buttons wait for the plan to load.
  await page.locator('.step-actions button:not([disabled])').first().waitFor();
  return page;
}
const stepTitles = (page: Page) => page.locator('ol.steps > li h3').allTextContents();
const badgeLabel = async () => (await listing.locator('gaplens-badge[data-gaplens="detail"]').first().getAttribute('aria-label')) ?? '';
type PlanViewLike = { items: Array<{ step: string; state: string; title: string | null; skills: Array<{ id: string; name: string }> }> };

describe('My plan', () => {
  it('a started step is in My plan with its effort and total; marked Done, it raises its skills and the badge follows', async () => {
    const page = await popup();
    // Each flag with the posting's sentence it was read from.
    const degree = page.locator('.flag-sources li[data-flag="degree"] q');
    expect(await degree.textContent()).toMatch(/master|degree/i);
    const card = page.locator('ol.steps > li').first();
    const title = (await card.locator('h3').textContent())!;
    await card.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => card.getByRole('button', { name: /In My plan/ }).getAttribute('aria-pressed')).toBe('true');
    const plan = page.locator('section.my-plan');
    await expect.poll(() => plan.locator('.plan-item .plan-title').allTextContents()).toEqual([title]);
    expect(await plan.locator('.plan-effort').textContent()).toMatch(/^about \d+ weeks? at your \d+ h\/week$/);
    expect(await plan.locator('.plan-total').textContent()).toMatch(/^In all: about \d+ weeks? at your \d+ h\/week \(\d+ hours in all\)$/);
    expect(await page.locator('.notice-bar').textContent()).toContain(`Added to My plan: ${title}`);
    await page.locator('section.my-plan').scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-popup-my-plan');
    // The options page's My plan: the same step in progress, its effort and progress, the total.
    const mine = await openExtensionPage(h, 'src/options/index.html#plan');
    await mine.setViewportSize({ width: 1100, height: 700 });
    const inProgress = mine.locator('ul[aria-label="In progress"] .plan-item');
    await inProgress.first().waitFor();
    expect(await inProgress.locator('.plan-title').allTextContents()).toEqual([title]);
    expect(await inProgress.locator('.plan-effort').textContent()).toBe(await plan.locator('.plan-effort').textContent());
    expect(await inProgress.locator('.plan-progress').textContent()).toMatch(/^Started .* · week 1 of about \d+$/);
    expect(await mine.locator('.plan-total').textContent()).toBe(await plan.locator('.plan-total').textContent());
    await screenshot(mine, 'plan-options-my-plan-in-progress');
    await mine.close();

    // The plan survives a new popup (it is stored by the worker, not the page).
    await page.close();
    const again = await popup();
    expect(await again.locator('section.my-plan .plan-title').allTextContents()).toEqual([title]);

    // Done: the popup asks to raise the step's skills; the user picks the level.
    const { items } = await message<PlanViewLike>(again, 'getPlan', {});
    const skills = items.find((i) => i.title === title)!.skills;
    expect(skills.length).toBeGreaterThan(0);
    const label0 = await badgeLabel();
    type RadarLike = { listings: number; averageScore: number | null; missing: Array<{ id: string }> };
    const everything = { board: null, keyword: '', days: null };
    const radar0 = await message<RadarLike>(again, 'radar', everything);
    const card2 = again.locator('ol.steps > li').filter({ hasText: title });
    await card2.getByRole('button', { name: 'Done', exact: true }).click();
    const prompt = card2.locator('.raise');
    await prompt.waitFor();
    expect(await prompt.locator('.raise-q').textContent()).toContain(skills[0]!.name);
    await prompt.getByLabel('Can work with it').check();
    await screenshot(again, 'plan-popup-done-raise');
    await prompt.getByRole('button', { name: 'Add to my profile' }).click();
    await expect.poll(() => again.locator('.notice-bar').textContent()).toMatch(/now in your profile \(working\)/);

    const { profile } = await message<{ profile: { skills: Array<{ id: string; level: string }> } }>(again, 'getProfile', {});
    for (const s of skills) {
      const mine = profile.skills.find((x) => x.id === s.id);
      expect(mine, s.id).toBeDefined();
      expect(['working', 'strong']).toContain(mine!.level);
    }
    // The listing's tab re-badges with the raised skills.
    await expect.poll(badgeLabel, { timeout: 10_000 }).not.toBe(label0);
    // And the radar follows: the raised skills are no longer missing, the average is higher.
    const radar1 = await message<RadarLike>(again, 'radar', everything);
    expect(radar1.listings).toBe(radar0.listings);
    expect(radar1.averageScore!).toBeGreaterThan(radar0.averageScore!);
    for (const s of skills) expect(radar1.missing.map((m) => m.id), s.id).not.toContain(s.id);
    expect(radar0.missing.some((m) => skills.some((s) => s.id === m.id))).toBe(true);
    // The profile page shows them.
    const options = await openExtensionPage(h, 'src/options/index.html#profile');
    await options.locator('.skill-name').first().waitFor();
    const names = await options.locator('.skill-name').allTextContents();
    for (const s of skills) expect(names).toContain(s.name);
    // And My plan on the options page lists it as done.
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html#plan`);
    await options.getByRole('heading', { name: 'Done', level: 2 }).waitFor();
    expect(await options.locator('ul[aria-label="Done"] .plan-title').allTextContents()).toContain(title);
    await options.close();
    await again.close();
    // The next tests need a gap with steps to close it.
    await setProfile(h, engineer);
  });

  it('"Not for me" hides a step; the options page lists it and can suggest it again', async () => {
    const page = await popup();
    const before = await stepTitles(page);
    const title = before[0]!;
    await page.locator('ol.steps > li').first().getByRole('button', { name: 'Not for me' }).click();
    await expect.poll(() => stepTitles(page)).not.toContain(title);
    // Focus is on Undo, not lost with the card.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.close();
    const reopened = await popup();
    expect(await stepTitles(reopened)).not.toContain(title);
    await reopened.close();

    const options = await openExtensionPage(h, 'src/options/index.html#plan');
    await options.setViewportSize({ width: 1100, height: 900 });
    const list = options.locator('ul[aria-label="Not for me"]');
    await list.waitFor();
    expect(await list.locator('.plan-title').allTextContents()).toContain(title);
    await options.locator('section.my-plan-page').waitFor();
    expect(await axe(options), 'My plan passes axe-core').toEqual([]);
    await screenshot(options, 'plan-options-my-plan');
    await list.getByRole('button', { name: `Suggest it again: ${title}` }).click();
    await expect.poll(() => options.locator('ul[aria-label="Not for me"] .plan-title').allTextContents()).not.toContain(title);
    expect(await options.locator('.toast').textContent()).toContain('will be suggested again');
    await options.close();

    const back = await popup();
    await back.getByRole('button', { name: /Show \d+ more step/ }).click().catch(() => undefined);
    expect(await stepTitles(back)).toContain(title);
    await back.close();
  });
});

describe('corrections list', () => {
  it('a correction made from a popup chip shows on the options page, can be removed, and the removal undone', async () => {
    const page = await popup();
    const chip = page.locator('ul[aria-label="Required skills"] button.chip').first();
    const skill = (await chip.getAttribute('data-skill'))!;
    const name = (await chip.evaluate((b) => b.childNodes[1]?.textContent ?? '')).trim();
    await chip.click();
    const menu = page.locator('.chip-menu');
    await menu.waitFor();
    await screenshot(page, 'plan-popup-chip-menu');
    await menu.getByRole('button', { name: 'Not asked here' }).click();
    await expect.poll(() => page.locator(`ul[aria-label="Required skills"] button.chip[data-skill="${skill}"]`).count()).toBe(0);
    expect(await page.locator('.notice-bar').textContent()).toContain(`${name}: not asked here.`);
    // The badge on the listing's tab follows.
    await expect.poll(badgeLabel, { timeout: 10_000 }).not.toContain(`${name};`);
    await page.close();

    const options = await openExtensionPage(h, 'src/options/index.html#corrections');
    await options.setViewportSize({ width: 1100, height: 700 });
    const row = options.locator(`.corr-row[data-skill="${skill}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('not asked here');
    expect(await options.locator('.corr-listing').first().textContent()).toContain('Machine Learning Engineer, Applied AI');
    await screenshot(options, 'plan-options-corrections');
    await row.getByRole('button', { name: /^Remove:/ }).click();
    await expect.poll(() => row.count()).toBe(0);
    const toast = options.locator('.toast');
    expect(await toast.textContent()).toContain('Removed:');
    await options.waitForTimeout(400); // let the notice finish fading in, for the screenshot only
    await screenshot(options, 'plan-options-correction-removed-undo');
    let stored = await message<{ corrections: { listings: Array<{ skill: string }> } }>(options, 'getCorrections', {});
    expect(stored.corrections.listings.map((o) => o.skill)).not.toContain(skill);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();
    stored = await message<{ corrections: { listings: Array<{ skill: string }> } }>(options, 'getCorrections', {});
    expect(stored.corrections.listings.map((o) => o.skill)).toContain(skill);
    await screenshot(options, 'plan-options-correction-undone');
    await options.close();
  });
});
