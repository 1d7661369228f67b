// `npm run eval -- --dir=DIR`: a folder of labelled postings outside the corpus, scored as one set.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const run = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'eval.ts'), `--dir=${dir}`, '--quiet'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
const folder = () => { const d = mkdtempSync(join(tmpdir(), 'gaplens-probe-')); made.push(d); return d; };

describe('eval --dir', () => {
  it('scores the labelled postings of a folder as one set: a row of postings, sources, labels, predictions and precision', () => {
    const dir = folder();
    for (const ext of ['txt', 'labels.json']) copyFileSync(join(root, 'test', 'fixtures', 'postings', `nixtla_data-scientist.${ext}`), join(dir, `nixtla_data-scientist.${ext}`));
    const r = run(dir);
    expect(r.status).toBe(0);
    const row = r.stdout.split('\n').find((l) => l.startsWith('probe'));
    expect(row).toMatch(/^probe\s+1\s+1\s+\d+\s+\d+\s+[01]\.\d{3}/);
  });
  it('says so, and fails, when the folder holds no labelled posting', () => {
    const r = run(folder());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no labelled postings');
  });
});
