// The autocomplete's matcher over the real taxonomy: aliases, typos, ranking.
import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/skills.json';
import { Taxonomy } from '../../src/core/schema';
import { buildSkillIndex, closeSkill, editDistance, searchSkills, tokensOf, typoBudget } from '../../src/options/skillSearch';

const index = buildSkillIndex(Taxonomy.parse(taxonomyJson).skills);
const top = (q: string) => searchSkills(index, q, 5)[0];
const ids = (q: string, n = 5) => searchSkills(index, q, n).map((s) => s.skill.id);

describe('searchSkills', () => {
  it('finds scikit-learn by its alias "sklearn", and says which alias matched', () => {
    expect(top('sklearn')?.skill.id).toBe('scikit-learn');
    expect(top('sklearn')?.via).toBe('sklearn');
  });

  it('tolerates a typo: "scikt learn" → scikit-learn', () => {
    expect(top('scikt learn')?.skill.id).toBe('scikit-learn');
    expect(top('Scikit Lern')?.skill.id).toBe('scikit-learn');
  });

  it('finds Kubernetes for "k8s", and for a misspelling', () => {
    expect(top('k8s')?.skill.id).toBe('kubernetes');
    expect(top('kubernets')?.skill.id).toBe('kubernetes');
    expect(top('Kubernetes')?.skill.id).toBe('kubernetes');
  });

  it('ranks an exact name above prefixes and aliases', () => {
    expect(ids('R')[0]).toBe('r');
    expect(ids('go')[0]).toBe('go');
    expect(ids('c++')[0]).toBe('cpp');
    expect(ids('pytorch')[0]).toBe('pytorch');
    expect(ids('pytorh')[0]).toBe('pytorch');
  });

  it('completes a prefix while typing', () => {
    expect(ids('tensorf')).toContain('tensorflow');
    expect(ids('hugging')).toContain('hugging-face');
  });

  it('does not guess on short words, where one letter is a different word', () => {
    // "sq" is a prefix of SQL, but "sal" is not a typo for SQL.
    expect(ids('sq')).toContain('sql');
    expect(ids('sal')).not.toContain('sql');
    expect(searchSkills(index, '   ')).toEqual([]);
    expect(searchSkills(index, 'zzzzqqqq')).toEqual([]);
  });

  it('returns at most the limit, best first', () => {
    const r = searchSkills(index, 'data', 8);
    expect(r.length).toBe(8);
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
  });
});

describe('helpers', () => {
  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('pyhton', 'python')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('allows no typo under 4 letters, one up to 6, two beyond', () => {
    expect([typoBudget(3), typoBudget(4), typoBudget(6), typoBudget(7)]).toEqual([0, 1, 1, 2]);
  });

  it('tokenises on separators but keeps + and #', () => {
    expect(tokensOf('scikit-learn')).toEqual(['scikit', 'learn']);
    expect(tokensOf('C++ / C#')).toEqual(['c++', 'c#']);
    expect(tokensOf('Réseaux')).toEqual(['reseaux']);
  });
});

describe('issue 19: exact and alias matches first, weak guesses cut', () => {
  it('"NGS" offers sequencing skills, not LangSmith or IoT', async () => {
    const { getSkillIndex } = await import('../../src/options/taxonomy');
    const { searchSkills: search } = await import('../../src/options/skillSearch');
    const names = search(getSkillIndex(), 'NGS').map((s) => s.skill.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.join(' ')).not.toMatch(/LangSmith|IoT|Internet of things/i);
  });
});

describe('closeSkill: a name the taxonomy already has, by another spelling', () => {
  it.each([['Pytorh', 'pytorch'], ['Dockr', 'docker'], ['kubernets', 'kubernetes'], ['Kubernete', 'kubernetes'], ['SQLs', 'sql'], ['Tensorflows', 'tensorflow'], ['sklearn', 'scikit-learn']])('%s is %s', (name, id) => {
    expect(closeSkill(index, name)?.skill.id).toBe(id);
  });
  it.each([['GraphPad Prism'], ['Graph'], ['Foldseek'], ['Prism']])('%s is a skill of its own', (name) => {
    expect(closeSkill(index, name)).toBeNull();
  });
});
