// The popup's "Your path" in real Chromium (issue 16): the path for the user's background
// is shown, another curated path can be picked from the keyboard, the choice is stored
// with the profile and the path and next steps follow it, also after the popup is opened again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import type { Res } from '../../src/core/protocol';
import { detailBadge, fixture, launch, listingTabId, message, openExtensionPage, screenshot, serve, setProfile, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const OPENAI = LISTING_PAGES[0]!;
const biologist = personas.find((p) => p.id === 'phd-biologist')!.profile;

describe('popup path picker', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await serve(h.context, { [OPENAI.url]: fixture(OPENAI.file) });
  });
  afterAll(async () => { await h?.close(); });

  it('shows the path for the background, and a picked path is stored and followed', async () => {
    await setProfile(h, biologist);
    const listing = await h.context.newPage();
    await listing.goto(OPENAI.url);
    await detailBadge(listing);
    const tabId = await listingTabId(h, OPENAI.url);

    const popup = await openExtensionPage(h, `src/popup/index.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 760 });
    const picker = popup.getByRole('combobox', { name: 'Path' });
    await picker.waitFor();
    const suggested = await picker.inputValue();
    expect(await picker.locator('option:checked').textContent()).toMatch(/\(for your background\)$/);
    const firstTitle = await popup.locator('.path-title').textContent();
    const firstSteps = await popup.locator('ol.steps h3').allTextContents();
    expect(firstTitle).toMatch(/biolog/i);

    // Keyboard: focus the picker and choose the software engineer's path.
    await picker.focus();
    await picker.selectOption('software-engineer-to-ml-engineer');
    await popup.getByRole('status').filter({ hasText: 'Path changed to Software engineer → ML engineer. The steps follow it.' }).waitFor();
    expect(await popup.locator('.path-title').textContent()).toBe('Software engineer → ML engineer');
    const pickedSteps = await popup.locator('ol.steps h3').allTextContents();
    expect(pickedSteps).not.toEqual(firstSteps);
    await popup.locator('.path-section').scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-path-picked');
    const stored = (await message<Res<'getProfile'>>(popup, 'getProfile', {})).profile!;
    expect(stored.path).toBe('software-engineer-to-ml-engineer');
    expect({ ...stored, path: undefined, updated: 0 }).toEqual({ ...biologist, path: undefined, updated: 0 });
    await popup.close();

    // Opened again: the choice holds.
    const again = await openExtensionPage(h, `src/popup/index.html?tab=${tabId}`);
    const picker2 = again.getByRole('combobox', { name: 'Path' });
    await picker2.waitFor();
    expect(await picker2.inputValue()).toBe('software-engineer-to-ml-engineer');
    expect(await again.locator('ol.steps h3').allTextContents()).toEqual(pickedSteps);
    // Back to the background's path: no choice stored.
    await picker2.selectOption(suggested);
    await again.getByRole('status').filter({ hasText: /^Back to the path for your background/ }).waitFor();
    expect((await message<Res<'getProfile'>>(again, 'getProfile', {})).profile!.path).toBeNull();
    expect(await again.locator('.path-title').textContent()).toBe(firstTitle);
    await again.close();
    await listing.close();
  });
});
