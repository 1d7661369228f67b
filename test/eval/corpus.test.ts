// The labelled corpus is only a measure when it is whole: every posting labelled, every label file
// valid and true to its text, and every posting in exactly one of the tune and held-out sets.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Labels, labelProblems, postingIds, readSplit, setOf, sourceOf, type Labels as LabelsT } from '../../scripts/corpus';
import { parsePosting } from '../../src/cli/posting';

const dir = fileURLToPath(new URL('../fixtures/postings/', import.meta.url));
const { texts, labels } = postingIds(dir);
const split = readSplit(dir);

describe('labelled postings', () => {
  it('has a labels file for every posting and a posting for every labels file', () => {
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((id) => !labels.includes(id))).toEqual([]);
    expect(labels.filter((id) => !texts.includes(id))).toEqual([]);
  });

  it('puts every posting in exactly one of tune and held-out, by its source', () => {
    expect(split.tune.filter((s) => split.heldout.includes(s))).toEqual([]);
    expect(texts.filter((id) => setOf(split, id) === null).map((id) => `${id} (source ${sourceOf(id)})`)).toEqual([]);
  });

  it('names no source in split.json that has no posting', () => {
    const sources = new Set(texts.map(sourceOf));
    expect([...split.tune, ...split.heldout].filter((s) => !sources.has(s))).toEqual([]);
  });

  it.each(labels)('%s: labels follow the schema and the text', (id) => {
    const parsed = Labels.safeParse(JSON.parse(readFileSync(`${dir}${id}.labels.json`, 'utf8')));
    expect(parsed.error?.message).toBeUndefined();
    const { text } = parsePosting(readFileSync(`${dir}${id}.txt`, 'utf8'));
    expect(labelProblems(id, parsed.data!, text)).toEqual([]);
  });
});

describe('label checks', () => {
  const base: LabelsT = {
    id: 'demo_1',
    skills: [{ name: 'PyTorch', forms: ['PyTorch'], section: 'required' }],
    years: { min: 3 },
    degree: null,
  };
  const body = 'You have 3+ years with PyTorch and Kubernetes.';

  it('accepts labels true to the text, whatever the case of a form', () => {
    expect(labelProblems('demo_1', { ...base, skills: [{ name: 'PyTorch', forms: ['pytorch'], section: 'required' }] }, body)).toEqual([]);
  });

  it('accepts a form that a hard-wrapped text breaks across lines', () => {
    const wrapped = 'Experience with Natural Language\n    Processing (NLP).';
    const labels: LabelsT = { ...base, skills: [{ name: 'NLP', forms: ['Natural Language Processing', 'NLP'], section: 'required' }] };
    expect(labelProblems('demo_1', labels, wrapped)).toEqual([]);
    expect(labelProblems('demo_1', labels, 'Natural Language Generation')).toEqual([
      'form "Natural Language Processing" of "NLP" is not in the text',
      'form "NLP" of "NLP" is not in the text',
    ]);
  });

  it('reports a form the text does not contain, a doubled skill, a form under two names and a wrong id', () => {
    const bad: LabelsT = {
      ...base,
      id: 'demo_2',
      skills: [
        { name: 'PyTorch', forms: ['PyTorch'], section: 'required' },
        { name: 'pytorch', forms: ['TF'], section: 'other' },
        { name: 'Kubernetes', forms: ['Kubernetes', 'k8s'], section: 'required' },
        { name: 'Kubernetes clusters', forms: ['kubernetes'], section: 'required' },
      ],
    };
    expect(labelProblems('demo_1', bad, body)).toEqual([
      'id is "demo_2", file is "demo_1"',
      'skill "pytorch" is labelled twice',
      'form "TF" of "pytorch" is not in the text',
      'form "k8s" of "Kubernetes" is not in the text',
      'form "kubernetes" is under both "Kubernetes" and "Kubernetes clusters"',
    ]);
  });

  it('rejects labels outside the schema', () => {
    expect(Labels.safeParse({ ...base, years: { min: -1 } }).success).toBe(false);
    expect(Labels.safeParse({ ...base, degree: { level: 'diploma' } }).success).toBe(false);
    expect(Labels.safeParse({ ...base, skills: [{ name: 'X', forms: [], section: 'required' }] }).success).toBe(false);
    expect(Labels.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  it('takes the source from the file name up to the first underscore', () => {
    expect(sourceOf('glassdoor2020_row0')).toBe('glassdoor2020');
    expect(sourceOf('html_vercel_careers_data_scientist_us_4554464004')).toBe('html');
    expect(setOf({ tune: ['a'], heldout: ['b'] }, 'b_x')).toBe('heldout');
    expect(setOf({ tune: ['a'], heldout: ['a'] }, 'a_x')).toBeNull();
    expect(setOf({ tune: ['a'], heldout: [] }, 'c_x')).toBeNull();
  });
});
