// The CLI as a user runs it: a real process, real files, stdin, exit codes and stderr lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = 'test/fixtures/postings/glassdoor2020_row222.txt';
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(args: string[], input?: string | Buffer) {
  // A real process each time: seconds on a quiet machine, far more on a loaded one (generous bound).
  const r = spawnSync(tsx, ['src/cli/gaplens.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 170_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const Section = z.enum(['required', 'preferred', 'other']);
const Line = z.strictObject({
  file: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  skills: z.array(z.strictObject({
    id: z.string(), name: z.string(), category: z.string(), section: Section, mentions: z.array(z.string()).min(1), group: z.string().nullable(),
  })),
  years: z.strictObject({ min: z.number(), max: z.number().nullable(), section: Section }).nullable(),
  degree: z.strictObject({
    level: z.enum(['bachelor', 'master', 'phd']), section: Section, field: z.string().nullable(), equivalentExperience: z.boolean(),
  }).nullable(),
  seniority: z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager']).nullable(),
});
const lines = (stdout: string) => stdout.trim().split('\n').map((l) => Line.parse(JSON.parse(l)));

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gaplens-cli-'));
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0xfe]));
  // No NUL byte, but not UTF-8 text either.
  writeFileSync(join(dir, 'noise.dat'), Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))));
  writeFileSync(join(dir, 'posting.md'), '# Senior ML Engineer\n\n## Requirements\n- PyTorch or TensorFlow\n- 5+ years of experience\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gaplens analyze', { timeout: 240_000 }, () => {
  it('--json prints one valid object per file, with title and company from the header', () => {
    const r = run(['analyze', '--json', fixture, join(dir, 'posting.md')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [a, b] = lines(r.stdout);
    expect(a).toMatchObject({ file: fixture, title: 'Deep Learning/Computer Vision Scientist', company: 'Aptonet Inc' });
    expect(a!.skills.find((s) => s.id === 'python')?.section).toBe('required');
    expect(a!.years?.min).toBe(2);
    expect(a!.degree?.level).toBe('master');
    expect(b).toMatchObject({ title: 'Senior ML Engineer', company: null, seniority: 'senior', years: { min: 5, max: null, section: 'required' } });
    const group = b!.skills.filter((s) => s.group !== null);
    expect(group.map((s) => s.id).sort()).toEqual(['pytorch', 'tensorflow']);
    expect(new Set(group.map((s) => s.group)).size).toBe(1);
  });

  it('prints a readable summary without --json', () => {
    const r = run(['analyze', join(dir, 'posting.md')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Senior ML Engineer');
    expect(r.stdout).toMatch(/required: +PyTorch or TensorFlow/);
    expect(r.stdout).toMatch(/years: +5\+ years/);
    expect(r.stdout).toMatch(/level: +senior/);
  });

  it('reads standard input for "-"', () => {
    const r = run(['analyze', '--json', '-'], readFileSync(join(root, fixture)));
    expect(r.code).toBe(0);
    const [a] = lines(r.stdout);
    expect(a).toMatchObject({ file: '-', title: 'Deep Learning/Computer Vision Scientist' });
  });

  it('reports a missing file and a binary file on stderr, still analyses the rest, exits 1', () => {
    const missing = join(dir, 'nope.txt');
    const binary = join(dir, 'binary.bin');
    const noise = join(dir, 'noise.dat');
    const r = run(['analyze', '--json', missing, fixture, binary, noise]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => l.file)).toEqual([fixture]);
    expect(r.stderr.trim().split('\n')).toEqual([
      `gaplens: ${missing}: no such file`,
      `gaplens: ${binary}: binary file (contains NUL bytes), not a text posting`,
      `gaplens: ${noise}: binary file (mostly invalid UTF-8), not a text posting`,
    ]);
  });

  it('refuses a file over 5 MB and a directory', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Python '.repeat(800_000));
    const r = run(['analyze', big, dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`gaplens: ${big}: larger than 5 MB`);
    expect(r.stderr).toContain(`gaplens: ${dir}: is a directory`);
  });
});

describe('usage errors exit 2 with the usage on stderr', { timeout: 240_000 }, () => {
  it.each([
    [[], 'no command given'],
    [['frobnicate', 'x.txt'], 'unknown command "frobnicate"'],
    [['analyze', '--bogus', fixture], "unknown option '--bogus'"],
    [['analyze'], 'analyze: no files given'],
    [['analyze', '--json'], 'analyze: no files given'],
  ])('gaplens %j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`gaplens: ${message}`);
    expect(r.stderr).toContain('usage: gaplens');
  });

  it('--help prints the usage on stdout and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: gaplens');
  });
});
