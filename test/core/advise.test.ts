import { describe, expect, it } from 'vitest';
import { Advice, type CareerPath, type Paths, type Profile, type Step } from '../../src/core/schema';
import { advise, choosePath } from '../../src/core/advise';
import { match } from '../../src/core/match';
import { personas, phdBiologist, softwareEngineer } from '../../src/core/personas';
import { nameOf, posting, profile, realEngine, realPaths, realTaxonomy, req, taxonomy } from './helpers';

const ALL = ['life-sciences', 'physics', 'chemistry', 'maths-statistics', 'software-engineering', 'data-analysis', 'product', 'other'] as const;

function step(id: string, over: Partial<Step>): Step {
  return {
    id, kind: 'course', title: id.replace(/-/g, ' '), summary: 'A step used in the advise tests.',
    skills: [], backgrounds: [...ALL], targets: ['ml-engineer'],
    effort: { weeks: 6, hoursPerWeek: 5 }, cost: 'free', format: 'online-self-paced', status: 'active',
    checked: '2025-05', statusNote: null, sources: [`https://example.org/${id}`],
    ...over,
  };
}

const steps: Step[] = [
  step('dl-for-biologists', { skills: ['pytorch', 'deep-learning', 'genomics'], backgrounds: ['life-sciences'], targets: ['computational-biologist', 'ml-engineer'] }),
  step('ml-inside-your-team', { kind: 'internal-move', skills: ['mlops', 'kubernetes', 'docker', 'python'], backgrounds: ['software-engineering'], format: 'on-the-job', effort: { weeks: 26, hoursPerWeek: 10 } }),
  step('general-pytorch-course', { skills: ['pytorch', 'python'] }),
  step('genomics-mooc', { skills: ['genomics', 'ngs'], backgrounds: ['life-sciences', 'chemistry'], targets: ['computational-biologist'] }),
  step('mlops-zoomcamp', { kind: 'course', skills: ['mlops', 'docker', 'kubernetes'], format: 'online-cohort', effort: { weeks: 9, hoursPerWeek: 6 } }),
  step('old-fellowship', { kind: 'fellowship', skills: ['pytorch', 'mlops', 'kubernetes', 'genomics', 'python', 'deep-learning'], status: 'ended', cost: 'stipend' }),
  step('pricey-bootcamp', { kind: 'bootcamp', skills: ['pytorch', 'mlops', 'kubernetes', 'genomics', 'deep-learning'], cost: 'high', format: 'online-cohort', effort: { weeks: 12, hoursPerWeek: 5 } }),
  step('full-time-residency', { kind: 'residency', skills: ['pytorch', 'mlops', 'kubernetes', 'genomics', 'deep-learning'], cost: 'stipend', format: 'in-person', effort: { weeks: 52, hoursPerWeek: 40 } }),
  step('junior-ml-job', { kind: 'job-step', skills: ['python', 'pytorch', 'mlops'], format: 'on-the-job', effort: { weeks: 52, hoursPerWeek: 40 } }),
  step('meetups', { kind: 'networking', skills: ['machine-learning'], format: 'in-person', effort: { weeks: 12, hoursPerWeek: 2 } }),
];

const paths = (extra: Partial<Paths> = {}): Paths => ({
  version: 1, checked: '2025-05', steps, paths: [
    { id: 'bio-to-compbio', title: 'Biologist to computational biologist', from: ['life-sciences'], to: ['computational-biologist'], summary: '', steps: [{ step: 'genomics-mooc', why: 'Genomics first.' }, { step: 'old-fellowship', why: 'Gone now.' }, { step: 'dl-for-biologists', why: 'Then deep learning.' }] },
    { id: 'swe-to-mle', title: 'Software engineer to ML engineer', from: ['software-engineering'], to: ['ml-engineer'], summary: '', steps: [{ step: 'general-pytorch-course', why: 'Learn the framework.' }, { step: 'ml-inside-your-team', why: 'Use it at work.' }] },
    { id: 'anyone-to-mle', title: 'Anyone to ML engineer', from: [...ALL], to: ['ml-engineer', 'research-scientist'], summary: '', steps: [{ step: 'meetups', why: 'Meet people.' }, { step: 'general-pytorch-course', why: 'Learn.' }] },
  ],
  ...extra,
});

// One listing, two readers: "Python, PyTorch, MLOps, Kubernetes, genomics; Docker preferred".
const listing = req(['python', 'pytorch', 'mlops', 'kubernetes', 'genomics', ['docker', 'preferred']]);
const biologist = profile([['python', 'working'], ['molecular-biology', 'strong'], ['microscopy', 'strong']], {
  background: 'life-sciences', targets: ['computational-biologist'], education: { level: 'phd', field: 'Biology' },
  constraints: { hoursPerWeek: 6, budget: 'low', fullTimeStudy: false, relocation: false },
});
const engineer = profile([['python', 'strong'], ['docker', 'strong'], ['java', 'strong']], {
  background: 'software-engineering', targets: ['ml-engineer'], education: { level: 'bachelor', field: 'CS' }, years: 6,
  constraints: { hoursPerWeek: 6, budget: 'high', fullTimeStudy: false, relocation: false },
});
const run = (p: Profile, pp: Paths = paths(), opts: Partial<Parameters<typeof advise>[3]> = {}) =>
  advise(match(listing, p, taxonomy), p, pp, { taxonomyNames: nameOf, taxonomy, ...opts });

describe('advise: ranking', () => {
  it('a PhD biologist and a software engineer looking at the same listing get different top steps', () => {
    const bio = run(biologist, paths(), { limit: 20 });
    const swe = run(engineer, paths(), { limit: 20 });
    expect(bio.steps[0]!.id).toBe('dl-for-biologists');
    expect(swe.steps[0]!.id).not.toBe('dl-for-biologists');
    const rank = (r: typeof bio, id: string) => r.steps.findIndex((s) => s.id === id);
    // A step made for the biologist's background ranks higher for her; an internal move
    // inside an engineering team is not open to her at all.
    expect(rank(bio, 'dl-for-biologists')).toBeLessThan(rank(swe, 'dl-for-biologists'));
    expect(rank(swe, 'ml-inside-your-team')).toBeGreaterThanOrEqual(0);
    expect(rank(bio, 'ml-inside-your-team')).toBe(-1);
    // With no money to spend, the engineer's first is the move inside their own team,
    // above a course covering the same skills for everyone.
    const modest = { ...engineer, constraints: { ...engineer.constraints, budget: 'free' as const } };
    expect(run(modest).steps[0]!.id).toBe('ml-inside-your-team');
    for (const a of [...bio.steps, ...swe.steps]) expect(Advice.safeParse(a).success).toBe(true);
  });

  it('never suggests an ended programme, however well it covers the gap', () => {
    for (const p of [biologist, engineer, { ...biologist, constraints: { ...biologist.constraints, fullTimeStudy: true } }]) {
      const ids = run(p, paths(), { limit: 20 }).steps.map((s) => s.id);
      expect(ids).not.toContain('old-fellowship');
      expect(ids.length).toBeGreaterThan(3);
    }
  });

  it('a "free" budget never gets a high-cost step first, even when it covers the most', () => {
    const free = { ...engineer, constraints: { ...engineer.constraints, budget: 'free' as const } };
    const r = run(free, paths(), { limit: 20 });
    expect(r.steps[0]!.cost).not.toBe('high');
    // It may still be listed, but never ahead of a step within budget.
    const at = r.steps.findIndex((s) => s.cost === 'high');
    if (at >= 0) expect(r.steps.slice(at).every((s) => s.cost === 'high')).toBe(true);
    // With a high budget the same bootcamp is among the first: it covers every gap (only
    // steps made for the engineer's own background can come before it).
    expect(run(engineer, paths(), { limit: 20 }).steps.slice(0, 2).map((s) => s.id)).toContain('pricey-bootcamp');
    // And with nothing else on offer, a free budget still hears of it, last.
    const only = paths({ steps: [steps[6]!, step('learn-k8s', { skills: ['kubernetes'] })], paths: [] });
    expect(run(free, only).steps.map((s) => s.id)).toEqual(['learn-k8s', 'pricey-bootcamp']);
  });

  it('a "low" budget ranks a high-cost step lower than a "high" budget does', () => {
    const low = { ...engineer, constraints: { ...engineer.constraints, budget: 'low' as const } };
    const scoreOf = (p: Profile) => run(p, paths(), { limit: 20 }).steps.find((s) => s.id === 'pricey-bootcamp')!.score;
    expect(scoreOf(low)).toBeLessThan(scoreOf(engineer));
  });

  it('full-time steps only for full-time students; a job step is always allowed', () => {
    const ids = run(engineer, paths(), { limit: 20 }).steps.map((s) => s.id);
    expect(ids).not.toContain('full-time-residency');
    expect(ids).toContain('junior-ml-job');
    const student = { ...engineer, constraints: { ...engineer.constraints, fullTimeStudy: true } };
    expect(run(student, paths(), { limit: 20 }).steps.map((s) => s.id)).toContain('full-time-residency');
  });

  it('an unknown-status step ranks below its active twin and says to check it', () => {
    const active = step('project-active', { kind: 'project', skills: ['genomics', 'pytorch'], format: 'self-directed' });
    const unknown = { ...active, id: 'project-unknown', status: 'unknown' as const };
    const r = run(biologist, paths({ steps: [unknown, active], paths: [] }));
    expect(r.steps.map((s) => s.id)).toEqual(['project-active', 'project-unknown']);
    expect(r.steps[1]!.why).toMatch(/; check it still runs$/);
    expect(r.steps[0]!.why).not.toMatch(/check it still runs/);
    expect(r.steps[1]!.score).toBeLessThan(r.steps[0]!.score);
  });

  it('no more than 2 steps of one kind in the top 5', () => {
    const many = [
      ...steps, ...['a', 'b', 'c', 'd'].map((x) => step(`course-${x}`, { skills: ['pytorch', 'mlops', 'kubernetes', 'genomics'] })),
      step('a-project', { kind: 'project', skills: ['genomics'], format: 'self-directed' }),
    ];
    const r = run(biologist, paths({ steps: many }), { limit: 5 });
    const kinds = r.steps.map((s) => s.kind);
    expect(kinds).toHaveLength(5);
    for (const k of new Set(kinds)) expect(kinds.filter((x) => x === k).length, k).toBeLessThanOrEqual(2);
    // Without the rule the courses (four identical ones, two made for biologists) would take the top.
    expect(r.steps.filter((s) => s.kind === 'course')).toHaveLength(2);
    // Past the top five, the rest follow in rank order.
    expect(run(biologist, paths({ steps: many }), { limit: 8 }).steps.slice(5).map((s) => s.kind)).toContain('course');
  });

  it('when only one kind of step closes the gap, the list is short rather than monotone', () => {
    const courses = ['a', 'b', 'c', 'd'].map((x) => step(`course-${x}`, { skills: ['genomics'] }));
    expect(run(biologist, paths({ steps: courses, paths: [] })).steps).toHaveLength(2);
  });

  it('demand from viewed listings tips the balance between two otherwise equal steps', () => {
    const two = [step('learn-kubernetes', { skills: ['kubernetes'] }), step('learn-genomics', { skills: ['genomics'] })];
    const pp = paths({ steps: two, paths: [] });
    // With Docker she is ready for Kubernetes: the two steps differ only in demand.
    const ready = { ...biologist, skills: [...biologist.skills, { id: 'docker', level: 'working' as const }] };
    const k = run(ready, pp, { demand: new Map([['kubernetes', 40], ['genomics', 2]]) });
    expect(k.steps[0]!.id).toBe('learn-kubernetes');
    const g = run(ready, pp, { demand: new Map([['kubernetes', 1], ['genomics', 30]]) });
    expect(g.steps[0]!.id).toBe('learn-genomics');
  });

  it('a missing required skill counts for more than a missing preferred one', () => {
    const two = [step('learn-docker', { skills: ['docker'] }), step('learn-genomics', { skills: ['genomics'] })];
    const r = run(biologist, paths({ steps: two, paths: [] }));
    expect(r.steps.map((s) => s.id)).toEqual(['learn-genomics', 'learn-docker']);
  });

  it('hours are a limit: a scheduled step needing far more hours than the user has is not offered', () => {
    const three = [
      step('evening-course', { skills: ['genomics'], format: 'online-cohort', effort: { weeks: 6, hoursPerWeek: 5 } }),
      step('busier-cohort', { skills: ['genomics'], format: 'online-cohort', effort: { weeks: 6, hoursPerWeek: 8 } }),
      step('heavy-cohort', { kind: 'bootcamp', skills: ['genomics'], format: 'online-cohort', effort: { weeks: 6, hoursPerWeek: 20 } }),
    ];
    // 6 h/week: 8 h/week still fits (ranked lower), 20 does not.
    expect(run(biologist, paths({ steps: three, paths: [] })).steps.map((s) => s.id)).toEqual(['evening-course', 'busier-cohort']);
    // Open to full-time study: offered after all.
    const student = { ...biologist, constraints: { ...biologist.constraints, fullTimeStudy: true } };
    expect(run(student, paths({ steps: three, paths: [] })).steps.map((s) => s.id)).toContain('heavy-cohort');
  });

  it('an unmet either-or group is closed by a step for any of its options', () => {
    const g = req([['pytorch', 'required', 'fw'], ['tensorflow', 'required', 'fw']]);
    const pp = paths({ steps: [step('tf-course', { skills: ['tensorflow'] }), step('sql-course', { skills: ['sql'] })], paths: [] });
    const r = advise(match(g, biologist, taxonomy), biologist, pp, { taxonomyNames: nameOf, taxonomy });
    expect(r.steps[0]!.id).toBe('tf-course');
    expect(r.steps[0]!.covers).toEqual([{ id: 'tensorflow', name: 'TensorFlow' }]);
  });

  it('covers what a step\'s skills imply only when given the taxonomy', () => {
    const dl = req(['deep-learning']);
    const pp = paths({ steps: [step('pytorch-only', { skills: ['pytorch'] })], paths: [] });
    const gap = match(dl, biologist, taxonomy);
    expect(advise(gap, biologist, pp, { taxonomyNames: nameOf, taxonomy }).steps[0]!.covers.map((c) => c.id)).toEqual(['deep-learning']);
    // Without it the step closes nothing this listing asks for, so it is not offered.
    expect(advise(gap, biologist, pp, { taxonomyNames: nameOf }).steps).toEqual([]);
  });
});

describe('advise: why', () => {
  it('names the missing skills it covers, the effort and the cost', () => {
    const top = run(biologist).steps[0]!;
    expect(top.covers.map((c) => c.name)).toEqual(['PyTorch', 'Genomics']);
    expect(top.why).toBe('Covers PyTorch and Genomics, both missing here; builds Machine learning, which the missing skills rest on; ~6 weeks at 5 h/week; free');
  });

  it('says when a self-paced step will take longer at the user\'s hours, and names partial skills', () => {
    const pp = paths({ steps: [step('long-evenings', { skills: ['pytorch', 'mlops', 'kubernetes'], effort: { weeks: 20, hoursPerWeek: 10 }, cost: 'low' })], paths: [] });
    const learner = { ...biologist, skills: [...biologist.skills, { id: 'kubernetes', level: 'learning' as const }] };
    const top = run(learner, pp).steps[0]!;
    expect(top.why).toBe('Covers PyTorch and MLOps, both missing here; strengthens Kubernetes, which you are learning; builds Machine learning, which the missing skills rest on; ~5 months at 10 h/week (longer at your 6 h/week); low cost; learn Docker first');
  });

  it('with gaps, only steps that close one; with none, steps that fit, saying so truthfully', () => {
    const pp = paths({ steps: [step('bio-club', { skills: ['microscopy'], backgrounds: ['life-sciences'] }), step('learn-genomics', { skills: ['genomics'] })], paths: [] });
    expect(run(biologist, pp).steps.map((s) => s.id)).toEqual(['learn-genomics']);
    const nothingMissing = match(req(['python', 'microscopy']), biologist, taxonomy);
    const r = advise(nothingMissing, biologist, pp, { taxonomyNames: nameOf, taxonomy });
    expect(r.steps.map((s) => s.id)).toEqual(['bio-club', 'learn-genomics']);
    expect(r.steps[0]!.why).toBe('Suits a life sciences background; ~6 weeks at 5 h/week; free');
    expect(r.steps[1]!.why).toBe('Builds on skills you already have; ~6 weeks at 5 h/week; free');
  });
});

describe('advise: career path', () => {
  it('picks the path from the user\'s background toward their targets, with resolved steps', () => {
    const r = run(biologist);
    expect(r.path?.id).toBe('bio-to-compbio');
    // The ended programme on the path is left out.
    expect(r.pathSteps).toEqual([
      { id: 'genomics-mooc', title: 'genomics mooc', why: 'Genomics first.', sources: ['https://example.org/genomics-mooc'] },
      { id: 'dl-for-biologists', title: 'dl for biologists', why: 'Then deep learning.', sources: ['https://example.org/dl-for-biologists'] },
    ]);
    expect(run(engineer).path?.id).toBe('swe-to-mle');
  });

  it('is null when no path starts from the background or reaches a target', () => {
    const onlyBio: CareerPath[] = [paths().paths[0]!];
    expect(choosePath(onlyBio, engineer)).toBeNull();
    expect(choosePath(paths().paths, { background: 'product', targets: ['data-analyst'] })).toBeNull();
    const r = run({ ...engineer, background: 'product', targets: ['data-analyst'] });
    expect(r).toMatchObject({ path: null, pathSteps: [] });
  });

  it('without targets, the narrowest path from the background', () => {
    expect(choosePath(paths().paths, { background: 'software-engineering', targets: [] })?.id).toBe('swe-to-mle');
  });
});

describe('advise on the real paths.json', () => {
  const tax = realTaxonomy();
  const real = realPaths();
  const names = new Map(tax.skills.map((s) => [s.id, s.name]));
  const nm = (id: string) => names.get(id) ?? id;
  const ended = new Set(real.steps.filter((s) => s.status === 'ended').map((s) => s.id));
  const highCost = new Set(real.steps.filter((s) => s.cost === 'high').map((s) => s.id));
  // "Machine Learning Engineer, Biology: Python, PyTorch, deep learning, Docker, Kubernetes, single-cell RNA-seq; AWS preferred"
  const posting = req(['python', 'pytorch', 'deep-learning', 'docker', 'kubernetes', 'single-cell-rna-seq', 'mlops', ['aws', 'preferred']], {}, tax);

  it('no persona is ever offered an ended programme, and a free budget never starts with a high cost', () => {
    for (const { id, profile: p } of personas) {
      for (const budget of ['free', 'low', 'high'] as const) {
        for (const fullTimeStudy of [false, true]) {
          const pp = { ...p, constraints: { ...p.constraints, budget, fullTimeStudy } };
          const r = advise(match(posting, pp, tax), pp, real, { taxonomyNames: nm, taxonomy: tax, limit: 10 });
          expect(r.steps.length, id).toBeGreaterThan(0);
          expect(r.steps.filter((s) => ended.has(s.id)), id).toEqual([]);
          expect(r.pathSteps.filter((s) => ended.has(s.id)), id).toEqual([]);
          if (budget === 'free') expect(highCost.has(r.steps[0]!.id), `${id} ${r.steps[0]!.id}`).toBe(false);
        }
      }
    }
  });

  it('the PhD biologist and the software engineer get different first steps and paths', () => {
    const bio = advise(match(posting, phdBiologist.profile, tax), phdBiologist.profile, real, { taxonomyNames: nm, taxonomy: tax });
    const swe = advise(match(posting, softwareEngineer.profile, tax), softwareEngineer.profile, real, { taxonomyNames: nm, taxonomy: tax });
    expect(bio.steps[0]!.id).not.toBe(swe.steps[0]!.id);
    expect(bio.path?.from).toContain('life-sciences');
    expect(swe.path?.id).toBe('software-engineer-to-ml-engineer');
    // Each first step covers something this listing asks for, or a foundation it rests on, and says so.
    for (const top of [bio.steps[0]!, swe.steps[0]!]) {
      expect(top.covers.length > 0 || /which the missing skills rest on|which you are learning/.test(top.why)).toBe(true);
      if (top.covers[0]) expect(top.why).toContain(top.covers[0].name);
      expect(top.why).toMatch(/~\d+(\.5)? (weeks?|months|years) at \d+ h\/week/);
    }
  });
});

describe('end to end: posting text → engine → match → advise', () => {
  it('on the computer-vision posting, the PhD biologist and the engineer get different first steps, each naming what it closes', () => {
    const engine = realEngine();
    const real = realPaths();
    const r = posting('remotewlb_computer-vision-machine-learning-engineer-phd-graduate.txt');
    const names = new Map(engine.taxonomy.skills.map((s) => [s.id, s.name]));
    const opts = { taxonomyNames: (id: string) => names.get(id) ?? id, taxonomy: engine.taxonomy };
    const bioGap = match(r, phdBiologist.profile, engine.taxonomy);
    const sweGap = match(r, softwareEngineer.profile, engine.taxonomy);
    const bio = advise(bioGap, phdBiologist.profile, real, opts);
    const swe = advise(sweGap, softwareEngineer.profile, real, opts);
    expect(bio.steps[0]!.id).not.toBe(swe.steps[0]!.id);
    const ended = new Set(real.steps.filter((s) => s.status === 'ended').map((s) => s.id));
    for (const [gap, out] of [[bioGap, bio], [sweGap, swe]] as const) {
      const missing = new Set([...gap.required.missing, ...gap.preferred.missing].map((m) => m.id));
      expect(out.steps.length).toBeGreaterThan(0);
      for (const s of out.steps) {
        expect(ended.has(s.id)).toBe(false);
        // Each step closes something this listing lacks, and its line says what and how long.
        expect(s.covers.length + (s.why.includes('which you are learning') ? 1 : 0)).toBeGreaterThan(0);
        for (const c of s.covers) expect(missing.has(c.id) || gap.groups.some((g) => g.metBy === null && g.options.some((o) => o.id === c.id))).toBe(true);
        if (s.covers[0]) expect(s.why).toContain(s.covers[0].name);
        expect(s.why).toMatch(new RegExp(`at ${s.effort.hoursPerWeek} h/week`));
      }
    }
  });
});
