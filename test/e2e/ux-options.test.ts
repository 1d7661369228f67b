// The options page and the popup's paste box as a keyboard and screen-reader user meets
// them (issue 19 items 3, 4, 9, 10, 12):
// setup run again over a profile shows what changes and can be undone, a removed skill
// leaves an Undo where it was (nothing slides under the pointer), and onboarding passes
// axe-core (its "Step 1 of 3" included). Screenshots: test-results/screenshots/ux-options-*.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { physicist, softwareEngineer } from '../../src/core/personas';
import type { Res } from '../../src/core/protocol';
import { axe, detailBadge, fixture, launch, ROOT, message, openExtensionPage, screenshot, serve, setProfile, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const OPTIONS = 'src/options/index.html';
const mine = { ...softwareEngineer.profile, constraints: { ...softwareEngineer.profile.constraints, hoursPerWeek: 9 } };

let h: Harness;
const OPENED = ['LinkedIn guest (OpenAI)', 'Greenhouse classic (Anthropic)', 'Wellfound'].map((n) => LISTING_PAGES.find((p) => p.name === n)!);

// A lab posting naming a tool the taxonomy lacks.
const LAB_URL = 'https://jobs.lever.co/labco/0c1d2e3f-4a5b-4c6d-8e9f-112233445566';
const LAB_PAGE = `<!doctype html><html lang="en"><head><title>LabCo - Research Associate</title></head><body>
<div class="posting-page"><div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
<div class="posting-headline"><h2>Research Associate, Data</h2><div class="posting-categories"><div class="location">Boston</div></div></div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">
<h3>Requirements</h3><ul><li>Experience with Python and SQL</li><li>Statistics in GraphPad Prism</li></ul></div></div></div></body></html>`;

beforeAll(async () => {
  h = await launch();
  await serve(h.context, { ...Object.fromEntries(OPENED.map((p) => [p.url, fixture(p.file)])), [LAB_URL]: LAB_PAGE });
  await setProfile(h, mine);
});
afterAll(async () => { await h?.close(); });

const getProfile = async (page: Page) => (await message<Res<'getProfile'>>(page, 'getProfile', {})).profile;
/** The profile without its save time, which the worker stamps on every save. */
const content = (p: { updated?: number } | null) => { const { updated: _, ...rest } = p ?? {}; return rest; };


/** WCAG contrast of an element's text against the first opaque background behind it. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    let bg: number[] = [255, 255, 255];
    for (let n: Element | null = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) { bg = c.slice(0, 3); break; }
    }
    const a = lum(rgb(getComputedStyle(el).color).slice(0, 3));
    const b = lum(bg);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

describe('setup run again over a profile', () => {
  it('passes axe-core, "Step 1 of 3" reads at ≥ 4.5:1, shows what will change, saves, and Undo brings the profile back', async () => {
    const page = await openExtensionPage(h, OPTIONS);
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await page.getByRole('button', { name: 'Run setup again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up GapLens' }).waitFor();
    expect(await contrastOf(page, '.step-count')).toBeGreaterThanOrEqual(4.5);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('radio', { name: /^Physicist, PhD/ }).check();
    await screenshot(page, 'ux-options-setup-again-example');
    await page.getByRole('button', { name: 'Next: Skills' }).click();
    await page.getByRole('button', { name: 'Next: Goals and time' }).click();
    const changes = page.getByRole('region', { name: 'What finishing will change in your profile' });
    await changes.waitFor();
    const text = await changes.innerText();
    expect(text).toContain('Background: Software engineering → Physics');
    expect(text).toMatch(/Removes \d+ skills: Java/);
    expect(await page.getByRole('spinbutton', { name: 'Hours per week for learning' }).inputValue()).toBe(String(physicist.profile.constraints.hoursPerWeek));
    expect(await axe(page)).toEqual([]);
    await changes.scrollIntoViewIfNeeded();
    await screenshot(page, 'ux-options-setup-again-changes');
    expect((await getProfile(page))!.background).toBe('software-engineering');

    await page.getByRole('button', { name: 'Save and finish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect((await getProfile(page))!.background).toBe('physics');
    const undo = page.locator('.toast').getByRole('button', { name: 'Undo' });
    await screenshot(page, 'ux-options-setup-again-undo');
    await undo.click();
    await page.locator('.toast', { hasText: 'your previous profile is back' }).waitFor();
    expect(content(await getProfile(page))).toEqual(content(mine));
    await page.getByRole('group', { name: 'Level for Java' }).waitFor();
    await page.close();
  });
});

describe('removing a skill', () => {
  it('keeps the row with Undo focused, the next row stays where it was, and Undo restores it', async () => {
    const page = await openExtensionPage(h, OPTIONS);
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const first = page.getByRole('button', { name: 'Remove Python' });
    const next = page.getByRole('button', { name: 'Remove Java' });
    const before = await next.boundingBox();
    await first.click();
    // The next row's × did not move: a second click where the first was hits nothing new.
    expect(await next.boundingBox()).toEqual(before);
    const undo = page.getByRole('button', { name: 'Undo: put Python back' });
    expect(await undo.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.skills-field > [role="status"]').innerText()).toContain('Python removed');
    await expect.poll(async () => (await getProfile(page))!.skills.some((s) => s.id === 'python')).toBe(false);
    await screenshot(page, 'ux-options-skill-removed');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getProfile(page))!.skills).toEqual(mine.skills);
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});

describe('market radar', () => {
  it('next best skill names the steps that build it; one listing can be taken out, with Undo, and the radar follows', async () => {
    await setProfile(h, physicist.profile);
    for (const p of OPENED) {
      const tab = await h.context.newPage();
      await tab.goto(p.url);
      await detailBadge(tab);
      await tab.close();
    }
    const page = await openExtensionPage(h, `${OPTIONS}#radar`);
    await page.getByRole('heading', { level: 1, name: 'Market radar' }).waitFor();
    const steps = page.getByRole('region', { name: /^Steps that build / });
    await steps.waitFor();
    expect(await steps.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await steps.innerText()).toContain(`at your ${physicist.profile.constraints.hoursPerWeek} h/week`);
    const count = page.locator('.stat').first().locator('.stat-value');
    expect(await count.innerText()).toBe(String(OPENED.length));
    // Bars are in the order of the numbers they show.
    const values = (await page.locator('.bar-value').allInnerTexts()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await screenshot(page, 'ux-options-radar-next-steps');

    const title = (await page.locator('.history-title').first().evaluate((a) => a.firstChild?.textContent ?? '')).trim();
    await page.getByRole('button', { name: `Remove ${title} from the radar` }).click();
    const undo = page.getByRole('button', { name: `Undo: put ${title} back` });
    await undo.waitFor();
    expect(await undo.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => count.innerText()).toBe(String(OPENED.length - 1));
    expect((await message<Res<'history'>>(page, 'history', { limit: 10 })).entries).toHaveLength(OPENED.length - 1);
    await undo.scrollIntoViewIfNeeded();
    await screenshot(page, 'ux-options-radar-removed');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.innerText()).toBe(String(OPENED.length));
    expect((await message<Res<'history'>>(page, 'history', { limit: 10 })).entries).toHaveLength(OPENED.length);
    await page.close();
  });

  it('filters the radar and its listings by role, read from the titles (axe-core clean)', async () => {
    const page = await openExtensionPage(h, `${OPTIONS}#radar`);
    await page.getByRole('heading', { level: 1, name: 'Market radar' }).waitFor();
    const count = page.locator('.stat').first().locator('.stat-value');
    await expect.poll(() => count.innerText()).toBe(String(OPENED.length));
    const role = page.getByRole('combobox', { name: 'Role' });
    expect(await role.inputValue()).toBe('all');
    // The three listings opened are engineering roles: as data scientist listings, none counts.
    await role.selectOption('data-scientist');
    await page.getByText('No analysed listing matches these filters. Try a wider time window, another board or another role.').waitFor();
    await role.selectOption('ml-engineer');
    const titles = (await message<Res<'history'>>(page, 'history', { limit: 10 })).entries.map((e) => e.title ?? '');
    const engineers = titles.filter((t) => /machine learning|\bml\b|\bai\b|research engineer/i.test(t) && /engineer/i.test(t)).length;
    await expect.poll(() => count.innerText()).toBe(String(engineers));
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'ux-options-radar-role');
    await role.selectOption('all');
    await expect.poll(() => count.innerText()).toBe(String(OPENED.length));
    await page.close();
  });
});

describe('popup: paste a job description', () => {
  it('reads a posting pasted as text with the same engine and shows the same gap view (axe-core clean); an empty paste is explained', async () => {
    await setProfile(h, mine);
    const posting = readFileSync(join(ROOT, 'test/fixtures/postings/glassdoor2020_row1.txt'), 'utf8').split('\n---\n')[1]!;
    const text = `Healthcare Data Scientist\n${posting}`;
    const popup = await openExtensionPage(h, 'src/popup/index.html');
    await popup.getByRole('heading', { level: 1 }).first().waitFor();
    await popup.getByRole('button', { name: 'Paste a job description' }).click();
    const box = popup.getByRole('textbox', { name: 'Job description' });
    await box.waitFor();
    await popup.getByRole('button', { name: 'Show my gap' }).click();
    await popup.getByRole('alert').filter({ hasText: 'Paste the text of a job description first.' }).waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await axe(popup)).toEqual([]);
    await screenshot(popup, 'ux-popup-paste-empty');

    await box.fill(text);
    await popup.getByRole('button', { name: 'Show my gap' }).click();
    const title = popup.getByRole('heading', { level: 1, name: 'Healthcare Data Scientist' });
    await title.waitFor();
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    // The worker's own answer for this text, as the view must show it.
    const answer = await message<Res<'pasteAdvice'>>(popup, 'pasteAdvice', { text: text.trim() });
    expect(answer.analysis.requirements.skills.length).toBeGreaterThan(3);
    const required = answer.analysis.gap!.required;
    const shown = await popup.locator('ul[aria-label="Required skills"] li').count();
    expect(shown).toBe(required.have.length + required.missing.length);
    expect(await popup.locator('.ring').getAttribute('aria-label')).toBe(`${Math.round(answer.analysis.gap!.score * 100)}% match`);
    expect(await axe(popup)).toEqual([]);
    await screenshot(popup, 'ux-popup-paste-result');
    // Nothing pasted is stored.
    expect((await message<Res<'history'>>(popup, 'history', { limit: 50 })).entries.some((e) => e.title === 'Healthcare Data Scientist')).toBe(false);
    await popup.close();
  });
});

describe('your own skill', () => {
  it('"GraphPad Prism", added from the skill search, is then read in a listing and counted as had', async () => {
    await setProfile(h, mine);
    const before = await h.context.newPage();
    await before.goto(LAB_URL);
    const first = await detailBadge(before);
    expect(first.label).not.toContain('GraphPad Prism');
    await before.close();

    const page = await openExtensionPage(h, OPTIONS);
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const search = page.getByRole('combobox', { name: 'Add a skill' });
    await search.fill('GraphPad Prism');
    const own = page.getByRole('option', { name: /Add “GraphPad Prism” as your own skill/ });
    await own.waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'ux-options-custom-offer');
    await own.click();
    await page.getByRole('group', { name: 'Level for GraphPad Prism' }).waitFor();
    // A taxonomy skill by another spelling is offered as itself, never as a new skill.
    await search.fill('Kubernets');
    await page.getByRole('option', { name: /^Kubernetes/ }).first().waitFor();
    expect(await page.getByRole('option', { name: /as your own skill/ }).count()).toBe(0);
    expect(await page.locator('.combo .hint').innerText()).toContain('looks like Kubernetes');
    await screenshot(page, 'ux-options-custom-close');
    await search.fill('');
    await expect.poll(async () => (await getProfile(page))?.custom).toEqual([{ id: 'x-graphpad-prism', name: 'GraphPad Prism' }]);
    await page.close();

    const after = await h.context.newPage();
    await after.goto(LAB_URL);
    // Read as a required skill the user has: one more required, one more had, not among the missing.
    const counts = (label: string) => /^GapLens: (\d+) of (\d+) required/.exec(label)!.slice(1).map(Number);
    const [have0, total0] = counts(first.label);
    await expect.poll(async () => counts((await detailBadge(after)).label)).toEqual([have0! + 1, total0! + 1]);
    expect((await detailBadge(after)).label).not.toContain('GraphPad');
    await after.close();
  });
});
