// `gaplens profile FILE` as a user runs it: a real process, CV files in every format, the
// JSON it prints, the export it writes (which `analyze --profile` must accept), and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Background, EducationLevel, ProfileFile, SkillLevel, TargetRole } from '../../src/core/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (args: string[]) => {
  // A real process each time (tsx compiles the CLI, pdfjs loads): seconds on a quiet machine,
  // over a minute for a test with three of them on a loaded one, so the bound is generous.
  const r = spawnSync(tsx, ['src/cli/gaplens.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 170_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const Summary = z.strictObject({
  file: z.string(),
  background: Background,
  education: z.strictObject({ level: EducationLevel, field: z.string() }),
  years: z.number(),
  title: z.string().nullable(),
  skills: z.array(z.strictObject({ id: z.string(), name: z.string(), level: SkillLevel })),
  targets: z.array(TargetRole),
  unmatched: z.array(z.string()),
});

let dir = '';
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'gaplens-cv-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gaplens profile', { timeout: 240_000 }, () => {
  it('--json: one object with the reading of a PDF CV', () => {
    const r = run(['profile', '--json', 'test/fixtures/cv/biologist-postdoc.pdf']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const s = Summary.parse(JSON.parse(lines[0]!));
    expect(s).toMatchObject({ file: 'test/fixtures/cv/biologist-postdoc.pdf', background: 'life-sciences', education: { level: 'phd', field: 'Molecular Biology' }, title: 'Postdoctoral Researcher' });
    expect(s.skills).toContainEqual({ id: 'pytorch', name: 'PyTorch', level: 'learning' });
    expect(s.unmatched).toContain('GraphPad Prism');
  });

  it('reads two more people: a QC chemist (PDF, dates right-aligned) and a marketing analyst (Word)', () => {
    const chemist = Summary.parse(JSON.parse(run(['profile', '--json', 'test/fixtures/cv/chemist-qc.pdf']).stdout));
    expect(chemist).toMatchObject({ background: 'chemistry', education: { level: 'phd', field: 'Analytical Chemistry' }, title: 'Senior QC Scientist', years: 9 });
    expect(chemist.skills).toContainEqual({ id: 'python', name: 'Python', level: 'working' });
    expect(chemist.skills).toContainEqual({ id: 'scikit-learn', name: 'scikit-learn', level: 'learning' });
    expect(chemist.skills.map((x) => x.id)).not.toContain('drug-discovery'); // a goal in the summary, not a skill

    const analyst = Summary.parse(JSON.parse(run(['profile', '--json', 'test/fixtures/cv/analyst-marketing.docx']).stdout));
    expect(analyst).toMatchObject({ background: 'data-analysis', education: { level: 'bachelor', field: 'Economics' }, title: 'Marketing Data Analyst', targets: ['data-scientist'] });
    expect(analyst.skills).toContainEqual({ id: 'sql', name: 'SQL', level: 'strong' });
    expect(analyst.skills).toContainEqual({ id: 'machine-learning', name: 'Machine learning', level: 'learning' });
    expect(analyst.skills.map((x) => x.id)).not.toContain('recommender-systems');
  });

  it('--out writes an export that analyze --profile reads, and the gap is computed from it', () => {
    const out = join(dir, 'marco.json');
    const r = run(['profile', 'test/fixtures/cv/backend-engineer.docx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Senior Backend Engineer');
    expect(r.stdout).toMatch(/named as goals, not added: .*Model serving/);
    const file = ProfileFile.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(file.profile.background).toBe('software-engineering');
    expect(file.profile.skills).toContainEqual({ id: 'kubernetes', level: 'working' });
    const posting = join(dir, 'posting.txt');
    writeFileSync(posting, 'TITLE: ML Engineer\n---\nRequirements:\n- Python and PyTorch\n- Kubernetes and Docker\n- 3+ years of experience\n');
    const a = run(['analyze', '--json', '--profile', out, posting]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    const gap = JSON.parse(a.stdout).gap;
    expect(gap.required.have.map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(['python', 'kubernetes', 'docker']));
    expect(gap.required.missing.map((m: { id: string }) => m.id)).toContain('pytorch');
  });

  it('a file it cannot read: one line on stderr, exit 1, nothing written', () => {
    const out = join(dir, 'never.json');
    const r = run(['profile', 'test/fixtures/cv/scanned.pdf', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^gaplens: test\/fixtures\/cv\/scanned\.pdf: This PDF has no text in it/);
    expect(() => readFileSync(out)).toThrow();
    const missing = run(['profile', join(dir, 'nope.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.pdf: no such file\n$/);
  });

  it('usage errors: exit 2', () => {
    expect(run(['profile']).code).toBe(2);
    expect(run(['profile', 'a.pdf', 'b.pdf']).code).toBe(2);
    expect(run(['profile', '--bogus', 'a.pdf']).code).toBe(2);
  });
});
