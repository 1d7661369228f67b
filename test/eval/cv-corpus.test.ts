// The labelled real CVs are only a measure when the set is whole: every CV labelled, every labels
// file valid and naming taxonomy skills, and every CV in exactly one of tune and held-out.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUNDS, CvLabels, asOfMs, backgroundRight, cvFiles, cvLabelProblems, cvSetOf, cvSourceOf, fieldRight, readCvSplit, titleRight,
} from '../../scripts/cv-corpus';
import { Background } from '../../src/core/schema';

const dir = fileURLToPath(new URL('../fixtures/cvs/', import.meta.url));
const { labels, documents } = cvFiles(dir);
const split = readCvSplit(dir);
const taxonomyIds = new Set((JSON.parse(readFileSync(fileURLToPath(new URL('../../data/skills.json', import.meta.url)), 'utf8')) as { skills: Array<{ id: string }> }).skills.map((s) => s.id));

describe('labelled CVs', () => {
  it('has 20 or more CVs, each with one labels file, and no stray file', () => {
    expect(labels.length).toBeGreaterThanOrEqual(20);
    const labelled = labels.map((id) => CvLabels.parse(JSON.parse(readFileSync(`${dir}${id}.labels.json`, 'utf8'))).file);
    expect([...documents].sort()).toEqual([...labelled].sort());
  });

  it('puts every CV in exactly one of tune and held-out, by its source, and names no empty source', () => {
    expect(split.tune.filter((s) => split.heldout.includes(s))).toEqual([]);
    expect(labels.filter((id) => cvSetOf(split, id) === null)).toEqual([]);
    const sources = new Set(labels.map(cvSourceOf));
    expect([...split.tune, ...split.heldout].filter((s) => !sources.has(s))).toEqual([]);
  });

  it('keeps the labels\' backgrounds the profile\'s', () => {
    expect([...BACKGROUNDS]).toEqual([...Background.options]);
  });

  it.each(labels)('%s: labels follow the schema, the file and the taxonomy', (id) => {
    const parsed = CvLabels.safeParse(JSON.parse(readFileSync(`${dir}${id}.labels.json`, 'utf8')));
    expect(parsed.error?.message).toBeUndefined();
    expect(cvLabelProblems(dir, id, parsed.data!, taxonomyIds)).toEqual([]);
  });
});

describe('CV label checks', () => {
  const base: CvLabels = {
    id: 'jhpanda_cv', file: 'jhpanda_cv.pdf',
    source: { repo: 'a/b', path: 'cv.pdf', commit: '0'.repeat(40) }, asOf: '2024-12',
    background: 'life-sciences', degree: { level: 'phd', fields: ['computational biology'] }, years: 7,
    titles: ['Postdoctoral Researcher'], skills: [{ id: 'python' }],
  };

  it('reports a skill outside the taxonomy, a doubled skill, a wrong id and a missing file', () => {
    const bad: CvLabels = { ...base, id: 'x_y', file: 'x_y.pdf', skills: [{ id: 'python' }, { id: 'python' }, { id: 'no-such-skill' }] };
    expect(cvLabelProblems(dir, 'jhpanda_cv', bad, taxonomyIds)).toEqual([
      'id is "x_y", file is "jhpanda_cv"',
      'file "x_y.pdf" is not named after the id',
      'file "x_y.pdf" is missing',
      'skill "python" is labelled twice',
      'skill "no-such-skill" is not in the taxonomy',
    ]);
    expect(cvLabelProblems(dir, 'jhpanda_cv', base, taxonomyIds)).toEqual([]);
  });

  it('rejects labels outside the schema', () => {
    expect(CvLabels.safeParse({ ...base, background: 'biology' }).success).toBe(false);
    expect(CvLabels.safeParse({ ...base, asOf: '2024-13' }).success).toBe(false);
    expect(CvLabels.safeParse({ ...base, degree: { level: 'diploma', fields: [''] } }).success).toBe(false);
    expect(CvLabels.safeParse({ ...base, degree: { level: 'phd', fields: [] } }).success).toBe(false);
    expect(CvLabels.safeParse({ ...base, skills: [{ id: 'python', level: 'expert' }] }).success).toBe(false);
  });

  it('judges a field by containment, and "" as accepting no field', () => {
    expect(fieldRight('Chemistry & Scientific Computing', ['chemistry'])).toBe(true);
    expect(fieldRight('', ['', 'biology'])).toBe(true);
    expect(fieldRight('', ['biology'])).toBe(false);
    expect(fieldRight('Physics', ['', 'biology'])).toBe(false);
  });

  it('judges a title by containment either way, a lone word never being part of one', () => {
    expect(titleRight('Postdoctoral Researcher, Rockefeller University', ['Postdoctoral Researcher'])).toBe(true);
    expect(titleRight('Senior Engineer', ['Senior Engineer (Consumer Tech Lead)'])).toBe(true);
    expect(titleRight('Engineer', ['Senior Engineer (Consumer Tech Lead)'])).toBe(false);
    expect(titleRight(null, ['Bioinformatician'])).toBe(false);
    expect(titleRight(null, [])).toBe(true);
  });

  it('accepts one background or any of several', () => {
    expect(backgroundRight('product', ['product', 'other'])).toBe(true);
    expect(backgroundRight('physics', 'chemistry')).toBe(false);
  });

  it('reads asOf as the middle of that month', () => {
    expect(new Date(asOfMs('2019-08')).toISOString()).toBe('2019-08-15T00:00:00.000Z');
  });
});
