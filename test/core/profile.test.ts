import { describe, expect, it } from 'vitest';
import { PROFILE_VERSION, Profile, type ProfileFile } from '../../src/core/schema';
import {
  diffProfiles, emptyProfile, migrateProfile, parseProfileFile, profileFromJsonResume, studyLevel,
} from '../../src/core/profile';
import { personas, bioinformatician } from '../../src/core/personas';
import { nameOf, realTaxonomy, taxonomy } from './helpers';

const known = new Set(taxonomy.skills.map((s) => s.id));
const NOW = Date.UTC(2025, 5, 15); // 2025-06-15

/** A lookup over the small test taxonomy: names and aliases, case-insensitive. */
const lookup = new Map<string, string>();
for (const s of taxonomy.skills) for (const f of [s.name, ...s.aliases]) lookup.set(f.toLowerCase(), s.id);
const findSkill = (text: string) => lookup.get(text.toLowerCase()) ?? null;

const v1 = {
  version: 1,
  skills: ['python', 'pytorch', 'sql'],
  degree: 'master',
  field: 'Bioinformatics',
  years: 3,
  background: 'life-sciences',
  targets: ['ml-engineer'],
};

describe('emptyProfile', () => {
  it('is a valid current-version profile', () => {
    const p = emptyProfile(5);
    expect(Profile.parse(p)).toEqual(p);
    expect(p.version).toBe(PROFILE_VERSION);
    expect(p.updated).toBe(5);
  });
});

describe('migrateProfile', () => {
  it('accepts the current version unchanged', () => {
    const r = migrateProfile(bioinformatician.profile);
    expect(r).toEqual({ profile: bioinformatician.profile, repairs: [], from: 2 });
  });

  it('migrates v1: skills at "working", degree and field into education, defaults for the rest', () => {
    const r = migrateProfile(v1, { now: 42 });
    if ('error' in r) throw new Error(r.error);
    expect(r.from).toBe(1);
    expect(r.repairs).toEqual([]);
    expect(r.profile).toEqual({
      version: 2,
      skills: [{ id: 'python', level: 'working' }, { id: 'pytorch', level: 'working' }, { id: 'sql', level: 'working' }],
      education: { level: 'master', field: 'Bioinformatics' },
      years: 3,
      background: 'life-sciences',
      targets: ['ml-engineer'],
      domains: [],
      constraints: { hoursPerWeek: 5, budget: 'free', fullTimeStudy: false, relocation: false },
      updated: 42,
    });
  });

  it('v1 without a field gets an empty one', () => {
    const { field: _f, ...noField } = v1;
    const r = migrateProfile(noField);
    expect('profile' in r && r.profile.education).toEqual({ level: 'master', field: '' });
  });

  it('refuses a record from a newer GapLens', () => {
    const r = migrateProfile({ ...bioinformatician.profile, version: 3 });
    expect(r).toEqual({ error: expect.stringContaining('saved by a newer GapLens') });
  });

  it('merges duplicate skills keeping the highest level, and says so', () => {
    const raw = { ...bioinformatician.profile, skills: [{ id: 'python', level: 'learning' }, { id: 'sql', level: 'working' }, { id: 'python', level: 'strong' }] };
    const r = migrateProfile(raw);
    if ('error' in r) throw new Error(r.error);
    expect(r.profile.skills).toEqual([{ id: 'python', level: 'strong' }, { id: 'sql', level: 'working' }]);
    expect(r.repairs).toEqual([expect.stringContaining('merged duplicate "python"')]);
  });

  it('drops unknown skill ids only when given the known ids', () => {
    const raw = { ...bioinformatician.profile, skills: [{ id: 'python', level: 'strong' }, { id: 'cobol-2000', level: 'working' }] };
    const without = migrateProfile(raw);
    expect('profile' in without && without.profile.skills).toHaveLength(2);
    const withKnown = migrateProfile(raw, { knownSkills: known });
    if ('error' in withKnown) throw new Error(withKnown.error);
    expect(withKnown.profile.skills).toEqual([{ id: 'python', level: 'strong' }]);
    expect(withKnown.repairs).toEqual(['skills: dropped unknown skill "cobol-2000"']);
    const v1r = migrateProfile({ ...v1, skills: ['python', 'python', 'nope'] }, { knownSkills: known });
    expect('profile' in v1r && v1r.repairs).toEqual(['skills: merged duplicate "python"', 'skills: dropped unknown skill "nope"']);
  });

  it('fills in missing domains and constraints, removes unknown fields, and reports each', () => {
    const { domains: _d, constraints: _c, ...rest } = bioinformatician.profile;
    const r = migrateProfile({ ...rest, theme: 'dark' });
    if ('error' in r) throw new Error(r.error);
    expect(r.profile.domains).toEqual([]);
    expect(r.profile.constraints.budget).toBe('free');
    expect(r.repairs).toHaveLength(3);
    expect(r.repairs.join(' ')).toMatch(/theme/);
  });

  it('does not guess numbers: out-of-range years is an error naming the field', () => {
    expect(migrateProfile({ ...bioinformatician.profile, years: 75 })).toEqual({ error: expect.stringMatching(/^profile\.years: .*60.*75/) });
    expect(migrateProfile({ ...v1, years: -1 })).toEqual({ error: expect.stringMatching(/^profile\.years:/) });
    expect(migrateProfile({ ...bioinformatician.profile, years: '3' })).toEqual({ error: expect.stringMatching(/^profile\.years: expected number/) });
    const hours = { ...bioinformatician.profile, constraints: { ...bioinformatician.profile.constraints, hoursPerWeek: 0 } };
    expect(migrateProfile(hours)).toEqual({ error: expect.stringMatching(/^profile\.constraints\.hoursPerWeek:/) });
  });

  it('names the path of a bad skill entry', () => {
    const r = migrateProfile({ ...bioinformatician.profile, skills: [{ id: 'python', level: 'guru' }] });
    expect(r).toEqual({ error: expect.stringMatching(/^profile\.skills\[0\]\.level: expected one of/) });
  });

  it('rejects non-objects and missing versions', () => {
    expect(migrateProfile(null)).toEqual({ error: 'profile: expected an object, got null' });
    expect(migrateProfile([])).toEqual({ error: 'profile: expected an object, got a list' });
    expect(migrateProfile({ skills: [] })).toEqual({ error: expect.stringContaining('profile.version') });
  });
});

describe('profileFromJsonResume', () => {
  const resume = {
    basics: { name: 'Ada', label: 'Bioinformatics scientist' },
    work: [
      { name: 'Lab A', startDate: '2019-01-01', endDate: '2020-12-31' }, // 24 months
      { name: 'Side gig', startDate: '2020-06', endDate: '2021-03' }, // overlaps; adds 2021-01..03
      { name: 'Lab B', startDate: '2022-01' }, // ongoing to 2025-06: 42 months
    ],
    education: [
      { institution: 'U', studyType: 'BSc', area: 'Biology' },
      { institution: 'V', studyType: 'M.Sc.', area: 'Bioinformatics' },
    ],
    skills: [
      { name: 'Machine Learning', level: 'Advanced', keywords: ['PyTorch', 'scikit-learn', 'Pipetting'] },
      { name: 'Python', level: 'Beginner', keywords: [] },
      { name: 'Programming', keywords: ['python', 'SQL'] },
    ],
  };

  it('maps skills, education and non-overlapping years', () => {
    const r = profileFromJsonResume(resume, { findSkill, now: NOW });
    if ('error' in r) throw new Error(r.error);
    expect(r.profile.skills).toEqual([
      { id: 'machine-learning', level: 'strong' },
      { id: 'pytorch', level: 'strong' },
      { id: 'scikit-learn', level: 'strong' },
      { id: 'python', level: 'working' }, // beginner, then working under "Programming": highest wins
      { id: 'sql', level: 'working' },
    ]);
    expect(r.unmatched).toEqual(['Pipetting', 'Programming']);
    expect(r.profile.education).toEqual({ level: 'master', field: 'Bioinformatics' });
    // 24 + 3 + 42 = 69 months = 5.75 years → 5.5
    expect(r.profile.years).toBe(5.5);
    expect(Profile.safeParse(r.profile).success).toBe(true);
  });

  it('keeps what a résumé cannot say from the base profile', () => {
    const r = profileFromJsonResume(resume, { findSkill, now: NOW, base: bioinformatician.profile });
    if ('error' in r) throw new Error(r.error);
    expect(r.profile.background).toBe('life-sciences');
    expect(r.profile.constraints).toEqual(bioinformatician.profile.constraints);
    expect(r.profile.targets).toEqual(bioinformatician.profile.targets);
  });

  it.each([
    ['Bachelor of Science', 'bachelor'], ['BS', 'bachelor'], ['B.Sc.', 'bachelor'],
    ['Master', 'master'], ['MSc', 'master'], ['MS', 'master'], ['MEng', 'master'], ['Master of Engineering', 'master'],
    ['PhD', 'phd'], ['Ph.D.', 'phd'], ['Doctorate', 'phd'], ['DPhil', 'phd'],
    ['Certificate', null], ['High School', null], ['', null],
  ])('studyType %j → %s', (text, level) => {
    expect(studyLevel(text)).toBe(level);
  });

  it('errors name the field', () => {
    expect(profileFromJsonResume({ work: [{ startDate: 'last spring' }] }, { findSkill, now: NOW }))
      .toEqual({ error: expect.stringMatching(/^work\[0\]\.startDate: expected a date/) });
    expect(profileFromJsonResume({ work: [{ startDate: '2020-05', endDate: '2019-01' }] }, { findSkill, now: NOW }))
      .toEqual({ error: expect.stringMatching(/^work\[0\]\.endDate: .*before/) });
    expect(profileFromJsonResume({ skills: [{ name: 'Python', keywords: 'torch' }] }, { findSkill, now: NOW }))
      .toEqual({ error: expect.stringMatching(/^skills\[0\]\.keywords: expected array/) });
    expect(profileFromJsonResume({ work: { startDate: '2020' } }, { findSkill, now: NOW }))
      .toEqual({ error: expect.stringMatching(/^work: expected array/) });
    expect(profileFromJsonResume('resume', { findSkill })).toEqual({ error: expect.stringMatching(/expected an object/) });
  });

  it('counts a year-only date, and rounds down to half years', () => {
    const r = profileFromJsonResume({ work: [{ startDate: '2020', endDate: '2021-04' }] }, { findSkill, now: NOW });
    expect('profile' in r && r.profile.years).toBe(1); // 16 months = 1.33 → 1
  });
});

describe('parseProfileFile', () => {
  const file: ProfileFile = { format: 'gaplens-profile', exported: '2025-06-01T10:00:00Z', profile: bioinformatician.profile };

  it('reads a GapLens export', () => {
    const r = parseProfileFile(JSON.stringify(file, null, 2));
    expect(r).toEqual({ kind: 'gaplens', profile: bioinformatician.profile, repairs: [], corrections: null, plan: null });
  });

  it('reads an export holding a v1 profile, migrating it', () => {
    const r = parseProfileFile(JSON.stringify({ ...file, profile: v1 }));
    expect('kind' in r && r.profile.skills[0]).toEqual({ id: 'python', level: 'working' });
  });

  it('reads a JSON Resume, and a UTF-8 BOM does not matter', () => {
    const text = '\uFEFF' + JSON.stringify({ basics: { name: 'B' }, skills: [{ name: 'Python' }] });
    const r = parseProfileFile(text, { findSkill, now: NOW });
    expect(r).toMatchObject({ kind: 'json-resume', profile: { skills: [{ id: 'python', level: 'working' }] } });
  });

  it('invalid JSON: says where', () => {
    const r = parseProfileFile('{\n  "format": "gaplens-profile",\n  "profile": {,}\n}');
    expect(r).toEqual({ error: expect.stringMatching(/^This file is not valid JSON: .* at line 3, column \d+/) });
    const cut = parseProfileFile('{"format": "gaplens-profile", "profile": {');
    expect(cut).toEqual({ error: expect.stringMatching(/not valid JSON.*line 1/) });
  });

  it('wrong schema: the field path and what was expected', () => {
    const r = parseProfileFile(JSON.stringify({ ...file, profile: { ...bioinformatician.profile, background: 'astrology' } }));
    expect(r).toEqual({ error: expect.stringMatching(/^profile\.background: expected one of .*"life-sciences".*got "astrology"/) });
    expect(parseProfileFile(JSON.stringify({ ...file, exported: 5 }))).toEqual({ error: expect.stringMatching(/^exported: expected string/) });
    expect(parseProfileFile(JSON.stringify({ format: 'other-app' }))).toEqual({ error: 'format: expected "gaplens-profile", got "other-app"' });
    expect(parseProfileFile(JSON.stringify({ format: 'gaplens-profile', exported: 'today' }))).toEqual({ error: 'profile: is missing' });
    expect(parseProfileFile('[1,2]')).toEqual({ error: expect.stringMatching(/JSON object.*list/) });
    expect(parseProfileFile('{"hello": 1}')).toEqual({ error: expect.stringMatching(/^Not a GapLens profile or a JSON Resume/) });
  });

  it('a profile from a newer GapLens is refused', () => {
    const r = parseProfileFile(JSON.stringify({ ...file, profile: { ...file.profile, version: 9 } }));
    expect(r).toEqual({ error: expect.stringContaining('newer GapLens') });
  });

  it('refuses huge, binary and empty files', () => {
    const huge = JSON.stringify({ ...file, padding: 'x'.repeat(1_000_001) });
    expect(parseProfileFile(huge)).toEqual({ error: expect.stringMatching(/over 1 MB; a profile file is at most 1 MB/) });
    // multi-byte text over the limit in bytes though not in characters
    expect(parseProfileFile('é'.repeat(600_000))).toEqual({ error: expect.stringMatching(/at most 1 MB/) });
    expect(parseProfileFile('PK\u0003\u0004\u0000\u0000binary')).toEqual({ error: expect.stringMatching(/binary file/) });
    expect(parseProfileFile('   ')).toEqual({ error: 'This file is empty.' });
  });

  it('a JSON Resume needs the skill lookup', () => {
    expect(parseProfileFile('{"skills": []}')).toEqual({ error: expect.stringMatching(/skills list/) });
  });
});

describe('diffProfiles', () => {
  const a = bioinformatician.profile;

  it('no change, no lines', () => {
    expect(diffProfiles(a, { ...a, updated: a.updated + 1 })).toEqual([]);
  });

  it('lists every kind of change in words', () => {
    const b = {
      ...a,
      skills: [...a.skills.filter((s) => s.id !== 'r').map((s) => (s.id === 'pytorch' ? { ...s, level: 'working' as const } : s)), { id: 'sql', level: 'strong' as const }],
      education: { level: 'phd' as const, field: 'Bioinformatics' },
      years: 4,
      targets: ['ml-engineer' as const],
      constraints: { ...a.constraints, hoursPerWeek: 10, budget: 'high' as const },
    };
    expect(diffProfiles(a, b, nameOf)).toEqual([
      'Adds 1 skill: SQL (strong)',
      'Removes 1 skill: R',
      'PyTorch: learning → working',
      "Education: Master's in Bioinformatics → PhD in Bioinformatics",
      'Years of experience: 3 → 4',
      // Plain words, never internal ids (issue 19 item 9).
      'Removes 2 target roles: Computational biologist, Applied scientist',
      'Hours per week: 6 → 10',
      'Budget: Low → High',
    ]);
  });

  it('against no profile, describes what will be created', () => {
    const lines = diffProfiles(null, a);
    expect(lines[0]).toMatch(/^Adds 18 skills: python \(strong\)/);
    expect(lines).toContain('Background: Other → Life sciences');
  });
});

describe('personas', () => {
  it('are valid profiles whose skills all exist in the real taxonomy', () => {
    const ids = new Set(realTaxonomy().skills.map((s) => s.id));
    expect(personas.map((p) => p.id)).toEqual(['phd-biologist', 'physicist', 'data-analyst', 'software-engineer', 'product-manager', 'bioinformatician']);
    for (const p of personas) {
      expect(Profile.safeParse(p.profile).success, p.id).toBe(true);
      expect(p.profile.skills.filter((s) => !ids.has(s.id)), p.id).toEqual([]);
      expect(new Set(p.profile.skills.map((s) => s.id)).size, p.id).toBe(p.profile.skills.length);
      expect(p.seed, p.id).toMatch(/^00\d_[0-9a-f]{16}/);
    }
  });
});

describe('custom skills in a stored or imported profile', () => {
  it('are kept with the skills that use them, not dropped as unknown; a skill id no custom entry defines still is', () => {
    const custom = [{ id: 'x-graphpad-prism', name: 'GraphPad Prism' }];
    const raw = { ...bioinformatician.profile, custom, skills: [...bioinformatician.profile.skills, { id: 'x-graphpad-prism', level: 'strong' }, { id: 'x-nowhere', level: 'working' }] };
    const r = migrateProfile(raw, { knownSkills: known });
    if ('error' in r) throw new Error(r.error);
    expect(r.profile.custom).toEqual(custom);
    expect(r.profile.skills).toContainEqual({ id: 'x-graphpad-prism', level: 'strong' });
    expect(r.profile.skills.some((s) => s.id === 'x-nowhere')).toBe(false);
    expect(r.repairs.join(' ')).toContain('x-nowhere');
  });

  it('a malformed custom skill is refused with the field named', () => {
    const r = migrateProfile({ ...bioinformatician.profile, custom: [{ id: 'graphpad', name: 'GraphPad' }] }, { knownSkills: known });
    expect('error' in r && r.error).toMatch(/custom/);
  });
});
