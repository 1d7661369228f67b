// The matcher the build packs (data/matcher.bin) is what the worker reads; when that file is
// damaged, or the skills.json beside it is not the text it was built from, the worker checks
// the taxonomy and builds the matcher itself, and the listing reads the same.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import type { Worker } from 'playwright-core';
import { DIST, detailBadge, fixture, launch, serve, setProfile, stopWorker, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const PAGE = LISTING_PAGES.find((p) => p.name === 'Greenhouse new board (Scale AI)')!;
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;
const copies: string[] = [];
afterAll(() => { for (const dir of copies) rmSync(dir, { recursive: true, force: true }); });

/**
 * The badge's label on PAGE, in a browser loading `dist`, and what the worker said on its console.
 * The worker may have read its data already (it warms up after the install's first answers, before
 * a listener could be on its console): it is stopped once the profile is set, so that the worker
 * that reads the listing starts with the listener on it.
 */
async function badgeIn(dist: string): Promise<{ label: string; warnings: string[] }> {
  const h: Harness = await launch({ dist });
  const warnings: string[] = [];
  try {
    const listen = (w: Worker) => w.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    listen(h.worker);
    h.context.on('serviceworker', listen);
    await setProfile(h, engineer);
    await stopWorker(h);
    await serve(h.context, { [PAGE.url]: fixture(PAGE.file) });
    const page = await h.context.newPage();
    await page.goto(PAGE.url);
    const { label } = await detailBadge(page);
    return { label, warnings };
  } finally {
    await h.close();
  }
}

describe('packed matcher in the built extension', () => {
  it('is read by the worker, and a damaged one is built again in place with the same reading', async () => {
    expect(readFileSync(join(DIST, 'data/matcher.bin')).subarray(0, 4).toString()).toBe('GLMP');
    const shipped = await badgeIn(DIST);
    expect(shipped.label).toMatch(/^GapLens: \d+ of \d+ required skills/);
    expect(shipped.warnings).toEqual([]);

    const damaged = mkdtempSync(join(tmpdir(), 'gaplens-damaged-'));
    copies.push(damaged);
    cpSync(DIST, damaged, { recursive: true });
    const bytes = readFileSync(join(damaged, 'data/matcher.bin'));
    writeFileSync(join(damaged, 'data/matcher.bin'), bytes.subarray(0, bytes.length >> 1));
    const rebuilt = await badgeIn(damaged);
    expect(rebuilt.label).toBe(shipped.label);
    expect(rebuilt.warnings.join('\n')).toMatch(/building the matcher in place.*cut short/);
  });

  it('is not used with a skills.json other than the one it was built from: that text is validated and the matcher built', async () => {
    const edited = mkdtempSync(join(tmpdir(), 'gaplens-edited-'));
    copies.push(edited);
    cpSync(DIST, edited, { recursive: true });
    // The same data written otherwise: another text, so not the one the build validated.
    const skills = join(edited, 'data/skills.json');
    writeFileSync(skills, JSON.stringify(JSON.parse(readFileSync(skills, 'utf8')), null, 1));
    const rebuilt = await badgeIn(edited);
    expect(rebuilt.label).toMatch(/^GapLens: \d+ of \d+ required skills/);
    expect(rebuilt.warnings.join('\n')).toMatch(/building the matcher in place.*another skills\.json/);
  });
});
