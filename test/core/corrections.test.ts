// Corrections as data: how they apply to a reading (order, conflicts, "never count" on a
// skill also read from other words), how one change and its undo edit the record, and how
// they travel in an export (round trip, old exports without them, damaged entries).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections, changeCorrections, emptyCorrections, mergeCorrections, migrateCorrections,
} from '../../src/core/corrections';
import { parseProfileFile } from '../../src/core/profile';
import { Corrections, ProfileFile, type Requirements, type SkillHit } from '../../src/core/schema';
import { personas } from '../../src/core/personas';
import { main } from '../../src/cli/gaplens';
import { taxonomy } from './helpers';

const KEY = 'linkedin:123';
const hit = (id: string, name: string, section: SkillHit['section'], mentions: string[], group: string | null = null): SkillHit =>
  ({ id, name, category: 'framework', section, mentions, group });
const req = (...skills: SkillHit[]): Requirements => ({ skills, years: null, degree: null, seniority: null });
const c = (over: Partial<Corrections> = {}): Corrections => ({ ...emptyCorrections(), ...over });

const READ = req(
  hit('python', 'Python', 'required', ['Python']),
  hit('pytorch', 'PyTorch', 'required', ['PyTorch', 'torch'], 'g1'),
  hit('tensorflow', 'TensorFlow', 'required', ['TensorFlow'], 'g1'),
  hit('sql', 'SQL', 'preferred', ['SQL']),
);
const profile = personas[0]!.profile;
const ids = (r: Requirements, section?: SkillHit['section']) => r.skills.filter((s) => !section || s.section === section).map((s) => s.id);

describe('applyCorrections', () => {
  it('changes nothing without corrections, and returns the very same reading', () => {
    const out = applyCorrections(READ, KEY, emptyCorrections(), taxonomy);
    expect(out.requirements).toBe(READ);
    expect(out.applied).toEqual([]);
  });

  it('drops, moves and adds skills on their own listing only', () => {
    const corr = c({
      listings: [
        { listing: KEY, skill: 'python', action: 'drop', at: 1 },
        { listing: KEY, skill: 'sql', action: 'required', at: 2 },
        { listing: KEY, skill: 'pandas', action: 'preferred', at: 3 },
        { listing: 'linkedin:999', skill: 'tensorflow', action: 'drop', at: 4 },
      ],
    });
    const { requirements, applied } = applyCorrections(READ, KEY, corr, taxonomy);
    expect(ids(requirements, 'required')).toEqual(['pytorch', 'tensorflow', 'sql']);
    expect(ids(requirements, 'preferred')).toEqual(['pandas']);
    const pandas = requirements.skills.find((s) => s.id === 'pandas')!;
    expect(pandas).toMatchObject({ name: 'pandas', mentions: [], group: null });
    expect(applied.map((a) => `${a.action}:${a.skill}`)).toEqual(['drop:python', 'required:sql', 'preferred:pandas']);
    // Another listing sees none of it; the reading given in is not changed.
    expect(applyCorrections(READ, 'linkedin:555', corr, taxonomy).requirements).toBe(READ);
    expect(ids(READ)).toEqual(['python', 'pytorch', 'tensorflow', 'sql']);
  });

  it('order: the newest override of a skill wins, whatever order they are stored in', () => {
    const stored = [
      { listing: KEY, skill: 'python', action: 'preferred' as const, at: 30 },
      { listing: KEY, skill: 'python', action: 'drop' as const, at: 10 },
    ];
    const out = applyCorrections(READ, KEY, c({ listings: stored }), taxonomy).requirements;
    expect(out.skills.find((s) => s.id === 'python')).toMatchObject({ section: 'preferred', mentions: ['Python'] });
    const reversed = applyCorrections(READ, KEY, c({ listings: [...stored].reverse() }), taxonomy).requirements;
    expect(reversed).toEqual(out);
    // Drop after a move: gone.
    const dropped = applyCorrections(READ, KEY, c({ listings: [{ ...stored[0]!, at: 5 }, stored[1]!] }), taxonomy).requirements;
    expect(ids(dropped)).not.toContain('python');
  });

  it('a skill moved out of an either-or group stands alone, and so does the option left behind', () => {
    const out = applyCorrections(READ, KEY, c({ listings: [{ listing: KEY, skill: 'tensorflow', action: 'preferred', at: 1 }] }), taxonomy).requirements;
    expect(out.skills.find((s) => s.id === 'tensorflow')).toMatchObject({ section: 'preferred', group: null });
    expect(out.skills.find((s) => s.id === 'pytorch')!.group).toBeNull();
  });

  it('"never count" takes out only those words: a skill also read from other words stays, with them', () => {
    const corr = c({ never: [{ words: '  TORCH ', skill: 'pytorch', at: 1 }, { words: 'sql', skill: 'sql', at: 2 }] });
    const { requirements, applied } = applyCorrections(READ, KEY, corr, taxonomy);
    expect(requirements.skills.find((s) => s.id === 'pytorch')).toMatchObject({ section: 'required', mentions: ['PyTorch'], group: 'g1' });
    expect(ids(requirements)).not.toContain('sql');
    expect(applied).toEqual([
      { skill: 'pytorch', name: 'PyTorch', action: 'never', words: '  TORCH ' },
      { skill: 'sql', name: 'SQL', action: 'never', words: 'sql' },
    ]);
    // Only for that skill: the same words read as another skill are still counted.
    const other = req(hit('sql', 'SQL', 'required', ['SQL']), hit('postgresql', 'PostgreSQL', 'required', ['SQL']));
    expect(ids(applyCorrections(other, KEY, corr, taxonomy).requirements)).toEqual(['postgresql']);
    // Without a listing (a posting from a file) the rules still apply.
    expect(ids(applyCorrections(READ, null, corr, taxonomy).requirements)).not.toContain('sql');
  });

  it('conflict: a listing override beats a "never count" rule (the specific over the general)', () => {
    const corr = c({
      never: [{ words: 'SQL', skill: 'sql', at: 50 }],
      listings: [{ listing: KEY, skill: 'sql', action: 'required', at: 10 }],
    });
    const out = applyCorrections(READ, KEY, corr, taxonomy).requirements;
    expect(out.skills.find((s) => s.id === 'sql')).toMatchObject({ section: 'required', mentions: [] });
    expect(ids(applyCorrections(READ, 'linkedin:other', corr, taxonomy).requirements)).not.toContain('sql');
  });

  it('skips a skill the taxonomy no longer knows instead of inventing it', () => {
    const out = applyCorrections(READ, KEY, c({ listings: [{ listing: KEY, skill: 'gone-skill', action: 'required', at: 1 }] }), taxonomy);
    expect(out.applied).toEqual([]);
    expect(ids(out.requirements)).toEqual(ids(READ));
  });
});

describe('changeCorrections', () => {
  it('keeps one override per listing and skill, and each change answers its own undo', () => {
    const a = changeCorrections(emptyCorrections(), { kind: 'listing', listing: KEY, skill: 'python', action: 'drop' }, 1);
    expect(a.corrections.listings).toEqual([{ listing: KEY, skill: 'python', action: 'drop', at: 1 }]);
    expect(a.undo).toEqual({ kind: 'listing', listing: KEY, skill: 'python', action: 'clear' });
    const b = changeCorrections(a.corrections, { kind: 'listing', listing: KEY, skill: 'python', action: 'preferred' }, 2);
    expect(b.corrections.listings).toEqual([{ listing: KEY, skill: 'python', action: 'preferred', at: 2 }]);
    expect(b.undo).toEqual({ kind: 'listing', listing: KEY, skill: 'python', action: 'drop' });
    const back = changeCorrections(b.corrections, b.undo, 3);
    expect(back.corrections.listings.map((o) => o.action)).toEqual(['drop']);
    expect(changeCorrections(a.corrections, a.undo, 4).corrections).toEqual(emptyCorrections());
  });

  it('"never count" rules are one per words and skill, compared without case', () => {
    const a = changeCorrections(emptyCorrections(), { kind: 'never', words: 'Spark  Joy', skill: 'spark', remove: false }, 1);
    expect(a.corrections.never).toEqual([{ words: 'Spark Joy', skill: 'spark', at: 1 }]);
    expect(a.undo).toEqual({ kind: 'never', words: 'Spark  Joy', skill: 'spark', remove: true });
    const again = changeCorrections(a.corrections, { kind: 'never', words: 'spark joy', skill: 'spark', remove: false }, 2);
    expect(again.corrections.never).toHaveLength(1);
    expect(changeCorrections(a.corrections, a.undo, 3).corrections.never).toEqual([]);
  });
});

describe('export and import', () => {
  const corrections: Corrections = {
    version: 1,
    listings: [{ listing: KEY, skill: 'python', action: 'drop', at: 5 }, { listing: 'greenhouse:42', skill: 'sql', action: 'required', at: 6 }],
    never: [{ words: 'spark joy', skill: 'spark', at: 7 }],
  };
  it('round trip: what is exported is what is imported', () => {
    const file: ProfileFile = { format: 'gaplens-profile', exported: '2026-12-03T00:00:00.000Z', profile, corrections };
    const parsed = parseProfileFile(JSON.stringify(ProfileFile.parse(file), null, 2));
    expect(parsed).toMatchObject({ kind: 'gaplens', corrections, repairs: [] });
    expect(Corrections.parse((parsed as { corrections: unknown }).corrections)).toEqual(corrections);
  });

  it('migration: an export from before corrections has none (null: keep the user\'s own)', () => {
    const old = { format: 'gaplens-profile', exported: '2026-01-01T00:00:00.000Z', profile };
    expect(parseProfileFile(JSON.stringify(old))).toMatchObject({ kind: 'gaplens', corrections: null });
  });

  it('a damaged entry is left out and named; a newer format is refused', () => {
    const damaged = { ...corrections, listings: [...corrections.listings, { listing: KEY, skill: 'Not An Id', action: 'drop', at: 1 }], extra: 1 };
    const parsed = parseProfileFile(JSON.stringify({ format: 'gaplens-profile', exported: 'x', profile, corrections: damaged }));
    expect(parsed).toMatchObject({ kind: 'gaplens', corrections });
    expect((parsed as { repairs: string[] }).repairs).toEqual(expect.arrayContaining([
      'corrections.listings[2]: not readable, left out', 'corrections: removed unknown field "extra"',
    ]));
    expect(migrateCorrections({ version: 2, listings: [], never: [] })).toEqual({ error: expect.stringMatching(/newer GapLens/) });
    expect(migrateCorrections([])).toHaveProperty('error');
  });

  it('unknown skills are left out when the caller knows the taxonomy', () => {
    const r = migrateCorrections(corrections, new Set(['python', 'spark']));
    expect(r).toMatchObject({ corrections: { listings: [corrections.listings[0]], never: corrections.never } });
  });

  it('merging keeps both, the newer where both speak of the same skill', () => {
    const mine: Corrections = { version: 1, listings: [{ listing: KEY, skill: 'python', action: 'required', at: 9 }], never: [{ words: 'Spark Joy', skill: 'spark', at: 1 }] };
    const merged = mergeCorrections(mine, corrections);
    expect(merged.listings).toEqual([{ listing: KEY, skill: 'python', action: 'required', at: 9 }, corrections.listings[1]]);
    expect(merged.never).toEqual(corrections.never);
  });
});

describe('gaplens analyze --profile with an export that carries corrections', () => {
  const OPENAI_URL = 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739';
  const OPENAI = new URL('../fixtures/linkedin/linkedin_guest_jobview_openai_ml_engineer_applied_ai_3915648739.html', import.meta.url).pathname;
  const run = (...argv: string[]) => {
    let out = '';
    const code = main(argv, { stdout: (s) => { out += s; }, stderr: () => {}, readStdin: () => Buffer.from('') });
    return { code, lines: out.trim().split('\n').map((l) => JSON.parse(l) as { skills: Array<{ id: string; section: string }>; corrections?: unknown[] }) };
  };

  it('applies them exactly as the extension does: overrides for that listing, rules everywhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaplens-corr-'));
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, JSON.stringify({ format: 'gaplens-profile', exported: 'x', profile }));
    const before = run('analyze', '--json', '--url', OPENAI_URL, '--profile', plain, OPENAI).lines[0]!;
    const required = before.skills.filter((s) => s.section === 'required').map((s) => s.id);
    expect(required).toContain('pytorch');
    expect(before.corrections).toBeUndefined();

    const corr: Corrections = {
      version: 1,
      listings: [{ listing: 'linkedin:3915648739', skill: 'pytorch', action: 'drop', at: 1 }, { listing: 'linkedin:3915648739', skill: 'rust', action: 'required', at: 2 }],
      never: [],
    };
    const withCorr = join(dir, 'with.json');
    writeFileSync(withCorr, JSON.stringify({ format: 'gaplens-profile', exported: 'x', profile, corrections: corr }));
    const after = run('analyze', '--json', '--url', OPENAI_URL, '--profile', withCorr, OPENAI).lines[0]!;
    const afterRequired = after.skills.filter((s) => s.section === 'required').map((s) => s.id);
    expect(afterRequired).not.toContain('pytorch');
    expect(afterRequired).toContain('rust');
    expect(after.corrections).toHaveLength(2);
  });
});
