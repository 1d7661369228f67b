// With a profile: the badge shows the gap, follows profile edits live, and the popup turns
// the gap into next steps that depend on who is looking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { detailBadge, fixture, launch, listingTabId, message, openExtensionPage, screenshot, serve, setProfile, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const OPENAI = LISTING_PAGES[0]!;
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;
const biologist = personas.find((p) => p.id === 'phd-biologist')!.profile;

async function popupSteps(h: Harness, tabId: number, name: string) {
  const popup = await openExtensionPage(h, `src/popup/index.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.getByRole('heading', { name: 'Next steps to close the gap' }).waitFor();
  const titles = await popup.locator('ol.steps h3').allTextContents();
  await screenshot(popup, name);
  return { popup, titles };
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`profile, badge and popup (${scheme})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch({ colorScheme: scheme });
      await serve(h.context, { [OPENAI.url]: fixture(OPENAI.file) });
    });
    afterAll(async () => { await h?.close(); });

    it('shows the gap, re-badges live when the profile changes, and advises each person differently', async () => {
      await setProfile(h, engineer);
      const listing = await h.context.newPage();
      await listing.goto(OPENAI.url);
      const before = await detailBadge(listing);
      const m = /^GapLens: (\d+) of (\d+) required skills; missing ([^;]+)/.exec(before.label);
      expect(m, before.label).not.toBeNull();
      const [have, total] = [Number(m![1]), Number(m![2])];
      expect(have).toBeLessThan(total);
      expect(m![3]).toContain('Deep learning');

      // Learning PyTorch implies deep learning: the open tab re-badges without a reload.
      await setProfile(h, { ...engineer, skills: [...engineer.skills, { id: 'pytorch', level: 'strong' }] });
      await expect.poll(async () => (await listing.locator('gaplens-badge[data-gaplens="detail"]').first().getAttribute('aria-label')) ?? '', { timeout: 10_000 })
        .toMatch(new RegExp(`^GapLens: ${have + 2} of ${total} required skills`));
      const after = (await listing.locator('gaplens-badge[data-gaplens="detail"]').first().getAttribute('aria-label'))!;
      expect(after).not.toContain('Deep learning');
      expect(await listing.locator('gaplens-badge[data-gaplens="detail"]').count()).toBe(1);

      const tabId = await listingTabId(h, OPENAI.url);
      const asEngineer = await popupSteps(h, tabId, `popup-engineer-${scheme}`);
      expect(asEngineer.titles.length).toBeGreaterThanOrEqual(3);
      await expect.poll(() => asEngineer.popup.getByRole('heading', { level: 1 }).textContent()).toBe('Machine Learning Engineer, Applied AI');

      await setProfile(h, biologist);
      const asBiologist = await popupSteps(h, tabId, `popup-biologist-${scheme}`);
      expect(asBiologist.titles.length).toBeGreaterThanOrEqual(3);
      expect(asBiologist.titles).not.toEqual(asEngineer.titles);
      const path = await asBiologist.popup.locator('.path-title').textContent();
      expect(path).toMatch(/biolog/i);
      await asEngineer.popup.close();
      await asBiologist.popup.close();
      await listing.close();
    });

    it('the popup works from the keyboard and its source links open in a new tab', async () => {
      await setProfile(h, engineer);
      const listing = await h.context.newPage();
      await listing.goto(OPENAI.url);
      await detailBadge(listing);
      const tabId = await listingTabId(h, OPENAI.url);
      const { popup } = await popupSteps(h, tabId, `popup-keyboard-${scheme}`);
      const links = popup.locator('ol.steps a[href^="http"]');
      expect(await links.count()).toBeGreaterThan(0);
      for (const a of await links.all()) {
        expect(await a.getAttribute('target')).toBe('_blank');
        expect(await a.getAttribute('rel')).toContain('noopener');
      }
      // Tab through the popup until the "more steps" button has focus, then press Enter.
      const more = popup.getByRole('button', { name: /Show \d+ more step/ });
      const shownBefore = await popup.locator('ol.steps > li').count();
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await popup.keyboard.press('Tab');
        reached = await more.evaluate((el) => el === document.activeElement).catch(() => false);
      }
      expect(reached).toBe(true);
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('ol.steps > li').count()).toBeGreaterThan(shownBefore);
      // The path is a disclosure: focus its summary and open it with the keyboard.
      await popup.locator('details.path > summary').focus();
      await popup.keyboard.press('Enter');
      await expect.poll(() => popup.locator('details.path').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await screenshot(popup, `popup-expanded-${scheme}`);
      expect(await message<{ hasProfile: boolean }>(popup, 'tabAdvice', { tabId })).toMatchObject({ hasProfile: true });
      await popup.close();
      await listing.close();
    });
  });
}
