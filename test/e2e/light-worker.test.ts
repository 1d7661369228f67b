// Chrome's worker is two scripts (src/background/light.ts): a light one that answers hello from
// the settings record as stored, and the engine it loads for everything else, or for a hello
// whose settings must first be repaired or set aside.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { DIST, launch, openExtensionPage, message, stopWorker } from './harness';

/** Chrome's API as our own pages have it (evaluated there, not here). */
declare const chrome: {
  runtime: { sendMessage: (m: unknown) => Promise<unknown> };
  storage: { local: { set: (items: Record<string, unknown>) => Promise<void> } };
};
const copies: string[] = [];
afterAll(() => { for (const dir of copies) rmSync(dir, { recursive: true, force: true }); });

type Hello = { version: string; settings: { boards: Record<string, boolean>; cardBadges: boolean; onboarded: boolean } };
type SetAside = { key: string; reason: string };
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;

describe('the light worker and its engine', () => {
  it('answers hello on its own, and says clearly when the engine cannot start', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'gaplens-broken-engine-'));
    copies.push(broken);
    cpSync(DIST, broken, { recursive: true });
    writeFileSync(join(broken, 'engine.js'), "throw new Error('an engine that cannot start');\n");
    const h = await launch({ dist: broken });
    try {
      const page = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
      await stopWorker(h);
      const hello = await message<Hello>(page, 'hello', {});
      expect(hello).toMatchObject({ settings: { cardBadges: true, onboarded: false } });
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ gaplens: 1, name: 'getProfile', payload: {} }));
      expect(reply).toEqual({ ok: false, error: { code: 'failed', message: expect.stringMatching(/could not start its reader: reloading or reinstalling/) } });
      // A message not ours gets no answer from GapLens.
      expect(await page.evaluate(() => chrome.runtime.sendMessage({ hello: 1 }))).toBeUndefined();
    } finally {
      await h.close();
    }
  });

  it('reads valid settings itself, and leaves damaged ones to the engine, which repairs them and sets the original aside', async () => {
    const h = await launch();
    try {
      const page = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
      await message(page, 'saveProfile', { profile: engineer });
      await message(page, 'saveSettings', { settings: { ...(await message<Hello>(page, 'hello', {})).settings, cardBadges: false, onboarded: true } });
      await stopWorker(h);
      expect(await message<Hello>(page, 'hello', {})).toMatchObject({ settings: { cardBadges: false, onboarded: true } });

      // Damaged settings and a first-release profile, as a stopped worker finds them.
      await page.evaluate(() => chrome.storage.local.set({
        settings: { boards: { linkedin: 'yes' }, cardBadges: false, onboarded: true },
        profile: { version: 1, skills: ['python', 'sql'], degree: 'master', years: 4, background: 'physics', targets: ['data-scientist'] },
      }));
      await stopWorker(h);
      const { settings } = await message<Hello>(page, 'hello', {});
      expect(settings).toMatchObject({ cardBadges: false, onboarded: true });
      expect(settings.boards.linkedin).toBe(true);
      const { profile, setAside } = await message<{ profile: { version: number; skills: { id: string }[] } | null; setAside: SetAside[] }>(page, 'getProfile', {});
      expect(profile?.version).toBe(2);
      expect(profile?.skills.map((s) => s.id).sort()).toEqual(['python', 'sql']);
      // The settings' original is kept aside; an upgrade from the first release is not a repair.
      expect(setAside.map((r) => r.key)).toEqual(['settings']);
      // Repaired once: the next start reads them itself.
      await stopWorker(h);
      expect((await message<Hello>(page, 'hello', {})).settings.boards.linkedin).toBe(true);
    } finally {
      await h.close();
    }
  });
});
