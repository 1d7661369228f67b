// The options page in real Chromium with the built extension (issue 8.6): first-run
// setup from an example person, the skill search re-badging an open listing, résumé
// text import, bad profile files, the market radar, and screenshots of every screen in
// light and dark. Every control is found by its role and accessible name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { personas, productManager, softwareEngineer, dataAnalyst } from '../../src/core/personas';
import type { Radar, Res } from '../../src/core/protocol';
import type { Profile } from '../../src/core/schema';
import { detailBadge, fixture, launch, message, openExtensionPage, screenshot, serve, setProfile, type Harness } from './harness';
import { LISTING_PAGES, type ListingPage } from './pages';
import taxonomyJson from '../../data/skills.json';

const OPTIONS = 'src/options/index.html';
const SKILL_NAMES = new Map(taxonomyJson.skills.map((s) => [s.id, s.name]));

/**
 * Screenshot the page as it is now, in light and then dark, and go back to light.
 * Reduced motion turns the colour transitions off (options.css), so a shot taken right
 * after the switch shows the new scheme, not a blend of the two.
 */
async function shots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await screenshot(page, `options-${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.emulateMedia({ reducedMotion: null });
}

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);

const getProfile = async (page: Page) => (await message<Res<'getProfile'>>(page, 'getProfile', {})).profile;

const listingPage = (name: string): ListingPage => {
  const p = LISTING_PAGES.find((x) => x.name === name);
  if (!p) throw new Error(`no saved page named ${name}`);
  return p;
};

/** "GapLens: 4 of 12 required skills; missing A, B, C and 6 more; …" → its numbers and names. */
function parseLabel(label: string) {
  const m = /^GapLens: (\d+) of (\d+) required skills(?:; missing (.+?)(?: and (\d+) more)?)?(?:;|$)/.exec(label);
  if (!m) throw new Error(`not a gap label: ${label}`);
  const named = m[3] ? m[3].split(', ') : [];
  return { have: Number(m[1]), total: Number(m[2]), named, missing: named.length + Number(m[4] ?? 0) };
}

describe('first-run setup', () => {
  let h: Harness;
  beforeAll(async () => { h = await launch(); });
  afterAll(async () => { await h?.close(); });

  it('starts from an example person, saves that profile, and does not come back', async () => {
    const persona = softwareEngineer;
    const options = await openExtensionPage(h, OPTIONS);
    const before = await message<Res<'hello'>>(options, 'hello', {});
    expect(before.settings.onboarded).toBe(false);
    expect(await getProfile(options)).toBeNull();

    const setup = options.getByRole('heading', { level: 1, name: 'Set up GapLens' });
    await setup.waitFor();
    const examples = options.getByRole('group', { name: /Start from an example/ });
    // Every example person is offered, with "Start blank" chosen to begin with.
    for (const p of personas) await examples.getByRole('radio', { name: startsWith(p.label) }).waitFor();
    expect(await examples.getByRole('radio', { name: /^Start blank/ }).isChecked()).toBe(true);

    await examples.getByRole('radio', { name: startsWith(persona.label) }).check();
    expect(await examples.getByRole('radio', { name: /^Start blank/ }).isChecked()).toBe(false);
    await shots(options, 'onboarding');

    await options.getByRole('button', { name: 'Next: Skills' }).click();
    await options.getByRole('heading', { name: 'What can you already do?' }).waitFor();
    // The example's skills are in the list, each with its level control.
    for (const name of ['Python', 'Kubernetes', 'Java']) {
      await options.getByRole('group', { name: `Level for ${name}` }).waitFor();
    }
    await shots(options, 'onboarding-skills');
    await options.getByRole('button', { name: 'Next: Goals and time' }).click();
    await options.getByRole('heading', { name: 'Which roles are you aiming for?' }).waitFor();
    expect(await options.getByRole('checkbox', { name: 'ML engineer' }).isChecked()).toBe(true);
    await options.getByRole('button', { name: 'Finish setup' }).click();

    await options.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const saved = await getProfile(options);
    expect(saved).not.toBeNull();
    expect(saved!.skills).toEqual(persona.profile.skills);
    expect(saved!.education).toEqual(persona.profile.education);
    expect(saved!.targets).toEqual(persona.profile.targets);
    expect(saved!.years).toBe(persona.profile.years);
    expect((await message<Res<'hello'>>(options, 'hello', {})).settings.onboarded).toBe(true);

    await options.reload();
    await options.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect(await options.getByRole('heading', { name: 'Set up GapLens' }).count()).toBe(0);
    expect(await options.getByRole('group', { name: 'Level for Kubernetes' }).count()).toBe(1);
    await options.close();
  });
});

describe('with a profile and saved listings', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await serve(h.context, Object.fromEntries(LISTING_PAGES.map((p) => [p.url, fixture(p.file)])));
  });
  afterAll(async () => { await h?.close(); });

  it('adding a skill in the editor re-badges an open listing tab without reloading it', async () => {
    await setProfile(h, softwareEngineer.profile);
    const listing = await h.context.newPage();
    const openai = listingPage('LinkedIn guest (OpenAI)');
    await listing.goto(openai.url);
    const first = (await detailBadge(listing)).label;
    const before = parseLabel(first);
    expect(before.missing).toBeGreaterThan(0);
    // The skill to add: the first one the badge names as missing.
    const skill = before.named[0]!;
    expect(softwareEngineer.profile.skills.map((s) => SKILL_NAMES.get(s.id))).not.toContain(skill);
    // A mark in the page's own world: a reload would wipe it.
    await listing.evaluate(() => { (globalThis as { gaplensMark?: number }).gaplensMark = 42; });

    const options = await openExtensionPage(h, `${OPTIONS}#profile`);
    await options.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const editor = options.getByRole('region', { name: 'Your profile' });
    const status = editor.getByRole('status').filter({ hasText: /Sav/ });
    expect(await status.innerText()).toBe('Saved');
    expect(await options.getByRole('group', { name: `Level for ${skill}` }).count()).toBe(0);

    const combo = options.getByRole('combobox', { name: 'Add a skill' });
    await combo.click();
    await combo.pressSequentially(skill.slice(0, Math.max(4, skill.length - 2)), { delay: 20 });
    const list = options.getByRole('listbox', { name: 'Add a skill: suggestions' });
    await list.waitFor();
    expect(await combo.getAttribute('aria-expanded')).toBe('true');
    const names = await list.getByRole('option').evaluateAll((els) => els.map((el) => el.querySelector('.opt-name')?.textContent ?? ''));
    const at = names.indexOf(skill);
    expect(at, `"${skill}" among ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    // Walk down to it with the keyboard: the highlighted option is the input's active descendant.
    if (at > 0) for (let i = 0; i < at; i++) await combo.press('ArrowDown');
    const option = list.getByRole('option').nth(at);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await combo.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await shots(options, 'profile');
    await combo.press('Enter');

    await options.getByRole('group', { name: `Level for ${skill}` }).waitFor();
    expect(await options.getByRole('group', { name: `Level for ${skill}` }).getByRole('radio', { name: 'Working' }).isChecked()).toBe(true);
    await expect.poll(() => status.innerText(), { timeout: 2000, interval: 20 }).toBe('Saving…');
    await expect.poll(() => status.innerText(), { timeout: 5000 }).toBe('Saved');
    await shots(options, 'profile-saved');
    const saved = await getProfile(options);
    expect(saved!.skills.find((s) => SKILL_NAMES.get(s.id) === skill)).toEqual(expect.objectContaining({ level: 'working' }));

    // The listing tab hears about it and re-badges in place.
    await expect.poll(async () => (await detailBadge(listing)).label, { timeout: 10_000 }).not.toBe(first);
    const after = parseLabel((await detailBadge(listing)).label);
    expect(after.total).toBe(before.total);
    expect(after.have).toBeGreaterThan(before.have);
    expect(after.missing).toBeLessThan(before.missing);
    expect(after.named).not.toContain(skill);
    expect(await listing.evaluate(() => (globalThis as { gaplensMark?: number }).gaplensMark)).toBe(42);
    expect((await detailBadge(listing)).count).toBe(1);
    await options.close();
    await listing.close();
  });

  it('finds the skills in pasted résumé text and adds the ones confirmed', async () => {
    await setProfile(h, productManager.profile);
    const options = await openExtensionPage(h, `${OPTIONS}#import`);
    await options.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    await options.getByLabel('Résumé or LinkedIn text').fill(
      'Data scientist with five years in retail analytics. I built demand-forecasting and recommendation models in '
      + 'Python and PyTorch, deployed them as services on Kubernetes, and wrote the SQL that feeds them from our '
      + 'warehouse. I also designed and analysed A/B testing for checkout changes with the product team.',
    );
    await options.getByRole('button', { name: 'Find skills' }).click();
    await options.getByRole('heading', { name: /^Found \d+ skills$/ }).waitFor();

    const fresh = ['Python', 'PyTorch', 'Kubernetes'];
    const already = ['SQL', 'A/B testing'];
    for (const name of fresh) {
      const box = options.getByRole('checkbox', { name, exact: true });
      expect(await box.isChecked(), name).toBe(true);
      expect(await box.isEnabled(), name).toBe(true);
    }
    for (const name of already) {
      const box = options.getByRole('checkbox', { name: `${name} already in profile`, exact: true });
      expect(await box.isChecked(), name).toBe(true);
      expect(await box.isDisabled(), name).toBe(true);
    }
    await shots(options, 'import-checklist');

    const add = options.getByRole('button', { name: /^Add \d+ skills?$/ });
    const count = Number(/\d+/.exec(await add.innerText())![0]);
    expect(count).toBeGreaterThanOrEqual(fresh.length);
    await add.click();
    await options.getByText(`Added ${count} skills to your profile.`).waitFor();

    const saved = await getProfile(options);
    const ids = saved!.skills.map((s) => s.id);
    for (const id of ['python', 'pytorch', 'kubernetes', 'sql', 'a-b-testing']) expect(ids).toContain(id);
    // What was there before is kept, levels and all.
    for (const s of productManager.profile.skills) expect(saved!.skills).toContainEqual(s);
    expect(saved!.skills).toHaveLength(productManager.profile.skills.length + count);
    expect(saved!.skills.find((s) => s.id === 'pytorch')!.level).toBe('working');
    await options.close();
  });

  it('refuses a bad profile file, says why, and leaves the profile exactly as it was', async () => {
    await setProfile(h, dataAnalyst.profile);
    const options = await openExtensionPage(h, `${OPTIONS}#import`);
    await options.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    const before = await getProfile(options);
    expect(before).not.toBeNull();

    const bad: Array<{ name: string; mimeType: string; buffer: Buffer; reason: RegExp; shot?: string }> = [
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "gaplens-profile", "profile": {"skills": [', 'utf8'), reason: /not valid JSON/, shot: 'import-error' },
      { name: 'wrong-shape.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'gaplens-profile', exported: '2025-01-02T03:04:05.000Z', profile: { version: 2, skills: 'lots' } })), reason: /In this file, the skills list, education and years of experience are not in the form GapLens expects[\s\S]*Details: profile\.skills/, shot: 'import-error-shape' },
      { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]), reason: /binary/ },
    ];
    const input = options.getByLabel('Choose a .json file…');
    for (const file of bad) {
      await input.setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
      const alert = options.getByRole('alert').filter({ hasText: `Could not import “${file.name}”.` });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toMatch(file.reason);
      expect(text).toContain('Your profile has not been changed.');
      expect(await options.getByRole('button', { name: 'Replace my profile' }).count()).toBe(0);
      // The error is tied to the file control for screen readers.
      expect(await input.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
      if (file.shot) {
        await alert.scrollIntoViewIfNeeded();
        await shots(options, file.shot);
      }
      expect(await getProfile(options)).toEqual(before);
    }
    await options.close();
  });

  describe('market radar after six listings were opened', () => {
    const profile: Profile = softwareEngineer.profile;
    const opened = ['LinkedIn guest (OpenAI)', 'LinkedIn guest (Anthropic)', 'Greenhouse classic (Anthropic)',
      'Greenhouse new board (Scale AI)', 'Wellfound', 'Glassdoor'].map(listingPage);
    let radar: Radar;
    let entries: Res<'history'>['entries'];

    beforeAll(async () => {
      const control = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
      await message(control, 'clearHistory', {});
      await setProfile(h, profile);
      for (const p of opened) {
        const tab = await h.context.newPage();
        await tab.goto(p.url);
        expect((await detailBadge(tab)).job).toBe(p.jobId);
        await tab.close();
      }
      // The expectation comes from the worker and the stored listings, not from the page.
      radar = await message<Radar>(control, 'radar', { board: null, keyword: '', days: null });
      entries = (await message<Res<'history'>>(control, 'history', { limit: 100 })).entries;
      await control.close();
    });

    it('the page shows the next best skill and listing count the worker computed', async () => {
      expect(entries.map((e) => e.jobId).sort()).toEqual(opened.map((p) => p.jobId).sort());
      expect(radar.listings).toBe(opened.length);
      expect(radar.nextBest).not.toBeNull();
      const nb = radar.nextBest!;
      expect(nb.listings).toBeGreaterThan(0);
      expect(nb.listings).toBeLessThanOrEqual(opened.length);
      expect(nb.name).toBe(SKILL_NAMES.get(nb.id));

      const options = await openExtensionPage(h, `${OPTIONS}#radar`);
      await options.getByRole('heading', { level: 1, name: 'Market radar' }).waitFor();
      const callout = options.getByText(/^Learning .+ would raise your match on \d+ of \d+ listings?\.$/);
      await callout.waitFor();
      expect(await callout.innerText()).toBe(`Learning ${nb.name} would raise your match on ${nb.listings} of ${opened.length} listings.`);
      expect(await callout.locator('strong').innerText()).toBe(nb.name);
      expect(await options.getByText('listings analysed').locator('..').innerText()).toMatch(new RegExp(`^${opened.length}\\s+listings analysed$`));
      // Every opened listing is in the history list under the chart.
      for (const e of entries) {
        expect(e.title, e.url).toBeTruthy();
        await options.getByRole('link', { name: `${e.title} (opens in a new tab)`, exact: true }).first().waitFor({ timeout: 5000 });
      }
      await shots(options, 'radar');
      await options.getByRole('heading', { name: 'Recently analysed' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shots(options, 'radar-history');
      await options.close();
    });

    it('the next best skill is one the opened listings require and the profile lacks', () => {
      const nb = radar.nextBest!;
      expect(nb).toBeTruthy();
      const has = new Set(profile.skills.map((s) => s.id));
      expect(has.has(nb.id), `${nb.name} is already in the profile`).toBe(false);
      const requiredBy = entries.filter((e) => e.required.includes(nb.id)).map((e) => e.jobId);
      const preferredBy = entries.filter((e) => e.preferred.includes(nb.id)).map((e) => e.jobId);
      expect(requiredBy, `radar's next best skill "${nb.name}" (raises ${nb.listings} of ${radar.listings} listings) is required by none of `
        + `the opened listings (preferred by ${preferredBy.length}: ${preferredBy.join(', ') || 'none'}); most-required missing skills: `
        + radar.missing.filter((m) => m.required > 0).slice(0, 5).map((m) => `${m.name} ×${m.required}`).join(', ')).not.toEqual([]);
    });
  });

  it('settings screen (screenshots)', async () => {
    const options = await openExtensionPage(h, `${OPTIONS}#settings`);
    await options.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await options.getByRole('switch', { name: 'LinkedIn' }).isChecked()).toBe(true);
    await shots(options, 'settings');
    await options.close();
  });
});
