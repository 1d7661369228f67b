import { describe, expect, it } from 'vitest';
import { Gap, type Taxonomy } from '../../src/core/schema';
import { implied, match, profileCredits, scoreLine, WEIGHTS } from '../../src/core/match';
import { bioinformatician, personas, phdBiologist, productManager, softwareEngineer } from '../../src/core/personas';
import { posting, postingFiles, profile, realEngine, realTaxonomy, req, taxonomy } from './helpers';

describe('match: skills', () => {
  it('splits required and preferred into have and missing, with the numbers in explain', () => {
    const r = req(['python', 'sql', 'docker', ['aws', 'preferred'], ['spark', 'preferred']]);
    const p = profile([['python', 'strong'], ['sql', 'working'], ['aws', 'strong']]);
    const gap = match(r, p, taxonomy);
    expect(gap.required.have.map((h) => h.id)).toEqual(['python', 'sql']);
    expect(gap.required.missing).toEqual([{ id: 'docker', name: 'Docker' }]);
    expect(gap.preferred.have.map((h) => h.id)).toEqual(['aws']);
    expect(gap.preferred.missing.map((m) => m.id)).toEqual(['spark']);
    expect(gap.explain).toMatchObject({ requiredCredit: 1.85, requiredTotal: 3, preferredCredit: 1, preferredTotal: 2, flagPenalty: 0 });
    // Per skill: each required one weighs 1, each preferred one 0.3 → (1.85 + 0.3 × 1) / (3 + 0.3 × 2)
    expect(gap.score).toBeCloseTo((1.85 + 0.3) / 3.6, 4);
    expect(Gap.safeParse(gap).success).toBe(true);
  });

  it('a PhD biologist who knows PyTorch is not told she lacks deep learning', () => {
    const r = req(['python', 'deep-learning', 'machine-learning', 'genomics']);
    const gap = match(r, profile([['pytorch', 'working'], ['python', 'working'], ['molecular-biology', 'strong']], {
      education: { level: 'phd', field: 'Molecular biology' }, background: 'life-sciences',
    }), taxonomy);
    expect(gap.required.missing.map((m) => m.id)).toEqual(['genomics']);
    const dl = gap.required.have.find((h) => h.id === 'deep-learning')!;
    const ml = gap.required.have.find((h) => h.id === 'machine-learning')!;
    expect(dl).toMatchObject({ via: 'pytorch', level: 'working' });
    expect(ml).toMatchObject({ via: 'pytorch' }); // two steps up the chain
    expect(dl.credit).toBeCloseTo(0.9 * 0.85, 4);
  });

  it('the same holds on the real taxonomy, for the PhD biologist persona', () => {
    const real = realTaxonomy();
    const r = req(['deep-learning', 'machine-learning', 'python'], {}, real);
    const gap = match(r, phdBiologist.profile, real);
    expect(gap.required.missing).toEqual([]);
    expect(gap.required.have.find((h) => h.id === 'deep-learning')?.via).toBe('pytorch');
  });

  it('a listed skill beats a weaker implied one, and an implied one beats a weaker listed one', () => {
    const r = req(['deep-learning']);
    const strongDirect = match(r, profile([['deep-learning', 'strong'], ['pytorch', 'learning']]), taxonomy);
    expect(strongDirect.required.have[0]).toMatchObject({ via: null, credit: 1 });
    const learningDirect = match(r, profile([['deep-learning', 'learning'], ['pytorch', 'strong']]), taxonomy);
    expect(learningDirect.required.have[0]).toMatchObject({ via: 'pytorch', level: 'strong', credit: 0.9 });
  });

  it('"learning" earns partial credit, visible in the numbers', () => {
    const r = req(['python', 'sql']);
    const learning = match(r, profile([['python', 'learning'], ['sql', 'strong']]), taxonomy);
    const working = match(r, profile([['python', 'working'], ['sql', 'strong']]), taxonomy);
    const strong = match(r, profile([['python', 'strong'], ['sql', 'strong']]), taxonomy);
    expect(learning.required.have.find((h) => h.id === 'python')).toMatchObject({ level: 'learning', credit: 0.4 });
    expect(learning.explain.requiredCredit).toBeCloseTo(1.4, 4);
    expect(learning.score).toBeCloseTo(0.7, 4);
    expect(working.score).toBeCloseTo(0.925, 4);
    expect(strong.score).toBe(1);
    expect(learning.score).toBeLessThan(working.score);
  });

  it('skills found outside the requirement sections are ignored', () => {
    const r = req(['python', ['java', 'other'], ['spark', 'other']]);
    const gap = match(r, profile([['python', 'strong']]), taxonomy);
    expect(gap.explain.requiredTotal).toBe(1);
    expect([...gap.required.missing, ...gap.preferred.missing]).toEqual([]);
    expect(gap.score).toBe(1);
  });

  it('a skill named twice counts once', () => {
    const r = req(['python', 'python', 'sql']);
    expect(match(r, profile([['python', 'strong']]), taxonomy).explain.requiredTotal).toBe(2);
  });
});

describe('match: either-or groups', () => {
  const r = req([['python', 'required'], ['pytorch', 'required', 'g1'], ['tensorflow', 'required', 'g1']]);

  it.each([['pytorch'], ['tensorflow']])('"PyTorch or TensorFlow" is met by %s alone', (has) => {
    const gap = match(r, profile([['python', 'strong'], [has, 'strong']]), taxonomy);
    expect(gap.groups).toEqual([{ id: 'g1', section: 'required', options: [{ id: 'pytorch', name: 'PyTorch' }, { id: 'tensorflow', name: 'TensorFlow' }], metBy: has }]);
    expect(gap.required.missing).toEqual([]);
    expect(gap.explain.requiredTotal).toBe(2); // python + the group, not 3
    expect(gap.score).toBe(1);
  });

  it('an unmet group is one missing requirement that names both options', () => {
    const gap = match(r, profile([['python', 'strong']]), taxonomy);
    expect(gap.required.missing).toEqual([{ id: 'pytorch', name: 'PyTorch or TensorFlow' }]);
    expect(gap.groups[0]!.metBy).toBeNull();
    expect(gap.score).toBeCloseTo(0.5, 4);
  });

  it('the best option meets the group, including an implied one', () => {
    const g = req([['deep-learning', 'required', 'x'], ['statistics', 'required', 'x']]);
    const gap = match(g, profile([['jax', 'strong'], ['statistics', 'learning']]), taxonomy);
    expect(gap.groups[0]!.metBy).toBe('deep-learning');
    expect(gap.required.have).toEqual([{ id: 'deep-learning', name: 'Deep learning', level: 'strong', via: 'jax', credit: 0.9 }]);
  });
});

describe('match: degree and years', () => {
  const skills: Parameters<typeof req>[0] = ['python'];
  const p = (level: 'none' | 'bachelor' | 'master' | 'phd', years: number) =>
    profile([['python', 'strong']], { education: { level, field: 'Biology' }, years });

  it('"PhD preferred" is not "PhD required": no penalty', () => {
    const preferred = match(req(skills, { degree: { level: 'phd', section: 'preferred', field: null, equivalentExperience: false } }), p('master', 3), taxonomy);
    expect(preferred.degree).toEqual({ level: 'phd', section: 'preferred', have: 'master', status: 'short' });
    expect(preferred.explain.flagPenalty).toBe(0);
    expect(preferred.score).toBe(1);
    const required = match(req(skills, { degree: { level: 'phd', section: 'required', field: null, equivalentExperience: false } }), p('master', 3), taxonomy);
    expect(required.degree?.section).toBe('required');
    expect(required.explain.flagPenalty).toBe(0.15);
    expect(required.score).toBeCloseTo(0.85, 4);
  });

  it('MS + 2 years against "PhD or MS + 3 years" is short on both; MS + 3 years is waived', () => {
    const r = req(skills, {
      degree: { level: 'phd', section: 'required', field: null, equivalentExperience: true },
      years: { min: 3, max: null, section: 'required' },
    });
    const two = match(r, p('master', 2), taxonomy);
    expect(two.degree?.status).toBe('short');
    expect(two.years).toEqual({ required: 3, have: 2, status: 'short', shortBy: 1 });
    expect(two.explain.flagPenalty).toBeCloseTo(0.15 + 0.15 / 3, 4);
    const three = match(r, p('master', 3), taxonomy);
    expect(three.degree?.status).toBe('waived');
    expect(three.years?.status).toBe('meets');
    expect(three.score).toBe(1);
    expect(match(r, p('phd', 3), taxonomy).degree?.status).toBe('meets');
  });

  it('equivalent experience with no years stated waives the degree from 2 years', () => {
    const r = req(skills, { degree: { level: 'bachelor', section: 'required', field: 'CS', equivalentExperience: true } });
    expect(match(r, p('none', 1), taxonomy).degree?.status).toBe('short');
    expect(match(r, p('none', 2), taxonomy).degree?.status).toBe('waived');
  });

  it('a higher degree meets a lower one', () => {
    const r = req(skills, { degree: { level: 'master', section: 'required', field: null, equivalentExperience: false } });
    expect(match(r, p('phd', 0), taxonomy).degree?.status).toBe('meets');
    expect(match(r, p('bachelor', 0), taxonomy).degree?.status).toBe('short');
  });

  it('a flag scales the score down, so a partial match never reads as zero', () => {
    const ten = req(['python', 'sql', 'pytorch', 'kubernetes', 'docker', 'spark', 'aws', 'java', 'git', 'r'], { degree: { level: 'master', section: 'required', field: null, equivalentExperience: false } });
    const gap = match(ten, profile([['python', 'strong'], ['sql', 'strong']], { education: { level: 'bachelor', field: 'Biology' } }), taxonomy);
    expect(gap.explain.flagPenalty).toBe(0.15);
    expect(gap.score).toBeCloseTo(0.2 * 0.85, 4);
  });

  it('years short scales the penalty by the shortfall; preferred years cost nothing', () => {
    const need5 = req(skills, { years: { min: 5, max: null, section: 'required' } });
    expect(match(need5, p('bachelor', 4), taxonomy).explain.flagPenalty).toBeCloseTo(0.03, 4);
    expect(match(need5, p('bachelor', 0), taxonomy).explain.flagPenalty).toBeCloseTo(0.15, 4);
    expect(match(need5, p('bachelor', 5), taxonomy).years?.status).toBe('meets');
    const pref = req(skills, { years: { min: 5, max: null, section: 'preferred' } });
    const g = match(pref, p('bachelor', 1), taxonomy);
    expect(g.years?.status).toBe('short');
    expect(g.explain.flagPenalty).toBe(0);
  });
});

describe('match: listings that name few skills', () => {
  it('with no required skills the score rests on preferred', () => {
    const gap = match(req([['python', 'preferred'], ['sql', 'preferred']]), profile([['python', 'strong']]), taxonomy);
    expect(gap.score).toBeCloseTo(0.5, 4);
    expect(gap.explain.weights).toMatchObject({ required: 1, preferred: 0.3 });
  });

  it('with no skills at all the score comes from the flags only', () => {
    const none = match(req([]), profile([]), taxonomy);
    expect(none.score).toBe(1);
    const flagged = match(req([], { degree: { level: 'phd', section: 'required', field: null, equivalentExperience: false } }), profile([]), taxonomy);
    expect(flagged.score).toBeCloseTo(0.85, 4);
  });

  it('uses the documented weights when both kinds are named', () => {
    const gap = match(req(['python', ['sql', 'preferred']]), profile([['sql', 'strong']]), taxonomy);
    expect(gap.explain.weights).toMatchObject(WEIGHTS);
    expect(gap.score).toBeCloseTo(0.3 / 1.3, 4);
  });

  it('one preferred skill among ten required is a small part of the score, not a quarter of it', () => {
    const ten = ['python', 'sql', 'r', 'cuda', 'pytorch', 'tensorflow', 'jax', 'docker', 'kubernetes', 'aws'];
    const r = req([...ten, ['spark', 'preferred']]);
    const allRequired = match(r, profile(ten.map((id): [string, 'strong'] => [id, 'strong'])), taxonomy);
    const onlyPreferred = match(r, profile([['spark', 'strong']]), taxonomy);
    expect(allRequired.score).toBeCloseTo(10 / 10.3, 4);
    expect(onlyPreferred.score).toBeLessThan(0.03);
  });

  it('umbrella skills count less than specific ones; an either-or group counts once', () => {
    const r = req(['machine-learning', 'pytorch', 'docker']);
    const umbrellaOnly = match(r, profile([['machine-learning', 'strong']]), taxonomy);
    const specificOnly = match(r, profile([['docker', 'strong']]), taxonomy);
    expect(umbrellaOnly.score).toBeCloseTo(0.5 / 2.5, 4);
    expect(specificOnly.score).toBeCloseTo(1 / 2.5, 4);
    const group = match(req([['pytorch', 'required', 'fw'], ['tensorflow', 'required', 'fw'], 'docker']), profile([['pytorch', 'strong']]), taxonomy);
    expect(group.explain.requiredTotal).toBe(2);
    expect(group.score).toBeCloseTo(0.5, 4);
  });

  it('names the broad skills the listing asks for in the score line', () => {
    const two = match(req(['artificial-intelligence', 'machine-learning', 'docker']), profile([['docker', 'strong']]), taxonomy);
    expect(scoreLine(two)).toMatch(/broad skills \((Artificial intelligence and Machine learning|Machine learning and Artificial intelligence)\) count 0\.5$/);
    const none = match(req(['pytorch', 'docker']), profile([['docker', 'strong']]), taxonomy);
    expect(scoreLine(none)).not.toMatch(/broad/);
  });

  it('explains the score in one line', () => {
    const gap = match(req(['python', 'machine-learning', 'docker', ['spark', 'preferred']], { years: { min: 5, max: null, section: 'required' } }), profile([['python', 'strong'], ['spark', 'learning']], { years: 3 }), taxonomy);
    expect(scoreLine(gap)).toBe(`${Math.round(gap.score * 100)}%: 1 of 3 required skills, 1 of 1 nice-to-have (each 0.3 of a required one), Machine learning counts 0.5 (a broad skill), 1 only part-way (learning or implied); 2 years short of 5 (−6%)`);
  });
});

describe('implication closure', () => {
  it('is transitive and survives a cycle in the data', () => {
    expect(implied('pytorch', taxonomy).sort()).toEqual(['artificial-intelligence', 'deep-learning', 'machine-learning']);
    const cyclic: Taxonomy = { version: 1, skills: [
      { id: 'a', name: 'A', category: 'method', aliases: [], implies: ['b'] },
      { id: 'b', name: 'B', category: 'method', aliases: [], implies: ['a'] },
    ] };
    expect(implied('a', cyclic)).toEqual(['b']);
    expect(profileCredits(profile([['a', 'strong']]), cyclic).get('a')?.via).toBeNull();
  });

  it('on the real taxonomy, personas are credited with what their tools imply', () => {
    const real = realTaxonomy();
    const c = profileCredits(bioinformatician.profile, real);
    expect(c.get('machine-learning')?.via).toBeNull(); // listed at working
    expect(c.get('genomics')?.credit).toBe(1);
    const se = profileCredits(softwareEngineer.profile, real);
    expect(se.get('containerization')?.via).toMatch(/docker|kubernetes/);
  });
});

describe('end to end: posting text → engine → match', () => {
  const CV_PHD = 'remotewlb_computer-vision-machine-learning-engineer-phd-graduate.txt';
  const DS_ML = 'remotewlb_data-scientist-machine-learning-97118.txt';

  it('a PhD biologist who uses PyTorch is not told a CV posting wants deep learning she lacks', () => {
    const r = posting(CV_PHD);
    const asked = r.skills.filter((s) => s.section === 'required').map((s) => s.id);
    expect(asked).toEqual(expect.arrayContaining(['pytorch', 'deep-learning', 'machine-learning']));
    const tax = realEngine().taxonomy;
    const gap = match(r, phdBiologist.profile, tax);
    const missing = gap.required.missing.map((m) => m.id);
    expect(missing).not.toContain('deep-learning');
    expect(missing).not.toContain('machine-learning');
    expect(gap.required.have.find((h) => h.id === 'deep-learning')?.via).toBe('pytorch');
    expect(gap.degree).toMatchObject({ level: 'phd', have: 'phd', status: 'meets' });
    // The software engineer does lack it, and the MSc bioinformatician lacks the PhD.
    expect(match(r, softwareEngineer.profile, tax).required.missing.map((m) => m.id)).toContain('deep-learning');
    const msc = match(r, bioinformatician.profile, tax);
    expect(msc.degree).toMatchObject({ section: 'required', status: 'short' });
    expect(msc.explain.flagPenalty).toBeGreaterThanOrEqual(0.15);
  });

  it('a data-science posting fits the bioinformatician better than the engineer or the PM', () => {
    const r = posting(DS_ML);
    const tax = realEngine().taxonomy;
    const bio = match(r, bioinformatician.profile, tax);
    expect(bio.score).toBeGreaterThan(match(r, softwareEngineer.profile, tax).score);
    expect(bio.score).toBeGreaterThan(match(r, productManager.profile, tax).score);
    for (const id of ['python', 'pandas', 'scikit-learn']) {
      if (r.skills.some((s) => s.id === id && s.section === 'required')) expect(bio.required.have.map((h) => h.id)).toContain(id);
    }
  });

  it('every saved posting gives a valid gap for every persona', () => {
    const tax = realEngine().taxonomy;
    for (const f of postingFiles()) {
      const r = posting(f);
      for (const p of personas) {
        const gap = match(r, p.profile, tax);
        expect(Gap.safeParse(gap).success, `${f} × ${p.id}`).toBe(true);
        const counted = r.skills.filter((s) => s.section === 'required');
        // Every required skill is accounted for once: standalone, or within its group.
        const groups = new Set(counted.filter((s) => s.group !== null).map((s) => s.group));
        const standalone = new Set(counted.filter((s) => s.group === null).map((s) => s.id));
        const requiredGroups = gap.groups.filter((g) => g.section === 'required').length;
        expect(gap.required.have.length + gap.required.missing.length, `${f} × ${p.id}`).toBe(standalone.size + requiredGroups);
        expect(requiredGroups).toBeLessThanOrEqual(groups.size);
      }
    }
  });
});
