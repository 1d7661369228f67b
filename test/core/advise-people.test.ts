// Five people, read from their own CVs (test/fixtures/cv/), on the same listings: the advice
// must differ by who they are, build foundations before what rests on them, and respect
// their hours. Real paths.json, real taxonomy, real extraction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advise, PREREQUISITES } from '../../src/core/advise';
import { acceptAll, applyCv, readCv } from '../../src/core/cv';
import { match } from '../../src/core/match';
import type { Profile } from '../../src/core/schema';
import { realEngine, realPaths, repoRoot } from './helpers';

const engine = realEngine();
const paths = realPaths();
const names = new Map(engine.taxonomy.skills.map((s) => [s.id, s.name]));
const stepById = new Map(paths.steps.map((s) => [s.id, s]));
const NOW = Date.UTC(2026, 11, 1);

function person(file: string, hoursPerWeek = 8): Profile {
  const p = applyCv(null, acceptAll(readCv(readFileSync(`${repoRoot}test/fixtures/cv/${file}`, 'utf8'), engine, { now: NOW })), NOW);
  return { ...p, constraints: { ...p.constraints, hoursPerWeek, budget: 'low' } };
}

const people = {
  biologist: person('biologist-postdoc.md'),
  engineer: person('backend-engineer.txt'),
  physicist: person('physicist.md'),
  analyst: person('analyst.txt'),
  pm: person('product-manager.md'),
};

const mlEngineer = engine.extract(`Machine Learning Engineer
Requirements
- 3+ years of experience in software engineering
- Strong Python; experience with PyTorch or TensorFlow
- Deep learning and machine learning fundamentals
- Docker, Kubernetes and CI/CD; experience with model serving in production
- MLOps practices: experiment tracking, model monitoring
Nice to have
- Spark
- LLMs
`);
const dataScientist = engine.extract(`Data Scientist
What you bring
- Python and SQL; pandas and scikit-learn
- Statistics, A/B testing and experimental design
- Machine learning: regression, classification, gradient boosting (XGBoost)
Bonus
- Causal inference
`);

const top = (p: Profile, listing = mlEngineer, limit = 5) =>
  advise(match(listing, p, engine.taxonomy), p, paths, { limit, taxonomyNames: (id) => names.get(id) ?? id, taxonomy: engine.taxonomy });

describe('advice that fits the person, on the same ML-engineer listing', () => {
  it('the CVs are read as the people they are', () => {
    expect(Object.values(people).map((p) => p.background)).toEqual(['life-sciences', 'software-engineering', 'physics', 'data-analysis', 'product']);
  });

  it('five people, five different first three steps', () => {
    const firsts = Object.values(people).map((p) => top(p).steps.slice(0, 3).map((s) => s.id).join(','));
    expect(new Set(firsts).size).toBe(5);
  });

  it('the biologist starts with foundations (programming, software practice, ML basics) made for life scientists', () => {
    const r = top(people.biologist);
    const first3 = r.steps.slice(0, 3);
    for (const s of first3) expect(stepById.get(s.id)!.backgrounds, s.id).toContain('life-sciences');
    // Each builds something the ML-engineer skills rest on: Python, Git, software engineering or ML itself.
    const foundations = new Set(['python', 'git', 'software-engineering', 'machine-learning', 'linux', 'bash']);
    for (const s of first3) expect(stepById.get(s.id)!.skills.some((k) => foundations.has(k)), s.id).toBe(true);
    expect(first3.some((s) => /which the missing skills rest on|which you are learning/.test(s.why))).toBe(true);
    expect(r.path?.from).toContain('life-sciences');
    // Not the engineer's deployment work first: that rests on what she lacks.
    expect(first3.map((s) => s.id)).not.toContain('deploy-model-end-to-end');
  });

  it('the engineer goes straight to deep learning and ML systems', () => {
    const r = top(people.engineer);
    const first3 = r.steps.slice(0, 3);
    const mlSystems = new Set(['deep-learning', 'pytorch', 'model-serving', 'mlops', 'model-monitoring']);
    for (const s of first3) expect(stepById.get(s.id)!.skills.some((k) => mlSystems.has(k)), s.id).toBe(true);
    // No programming basics for someone with twelve years of it.
    for (const basic of ['cs50-python', 'missing-semester', 'software-carpentry', 'build-coding-skills-over-two-years']) {
      expect(r.steps.map((s) => s.id)).not.toContain(basic);
    }
    expect(r.path?.id).toBe('software-engineer-to-ml-engineer');
  });

  it('the product manager gets the steps made for ML product work', () => {
    const first3 = top(people.pm).steps.slice(0, 3).map((s) => s.id);
    for (const id of first3) expect(stepById.get(id)!.backgrounds).toContain('product');
    expect(first3).toContain('pm-on-an-ml-feature');
  });

  it('background is worth far more than it was: the same step scores differently for two people at equal coverage', () => {
    // A step made for life scientists only vs one made for everyone, both covering the same gap.
    const bio = top(people.biologist, mlEngineer, 200).steps;
    const score = (id: string) => bio.find((s) => s.id === id)?.score ?? null;
    const tailored = score('ml-on-public-omics-data');
    const general = score('open-data-hobby-project');
    expect(tailored).not.toBeNull();
    if (general !== null) expect(tailored! - general).toBeGreaterThan(0.3);
  });
});

describe('prerequisites and constraints', () => {
  it('a step that needs something the person lacks comes after a chosen step that builds it, or says what to do first', () => {
    for (const [who, p] of Object.entries(people)) {
      for (const listing of [mlEngineer, dataScientist]) {
        const steps = top(p, listing, 8).steps;
        steps.forEach((s, i) => {
          const first = /learn (.+) first/.exec(s.why)?.[1];
          if (!first) return;
          // Whatever it names is built by no step ranked below it... or it is named, so the person knows.
          for (const later of steps.slice(i + 1)) {
            const builds = stepById.get(later.id)!.skills.map((k) => names.get(k));
            expect(builds.some((b) => b && first.includes(b)), `${who}: ${s.id} before ${later.id}`).toBe(false);
          }
        });
      }
    }
    expect(PREREQUISITES.pytorch).toContain('python');
  });

  it('a PyTorch step is not offered ahead of a Python step to someone without Python', () => {
    const noPython: Profile = { ...people.pm, skills: people.pm.skills.filter((s) => s.id !== 'python') };
    const steps = top(noPython, mlEngineer, 10).steps;
    const pyFirst = steps.findIndex((s) => stepById.get(s.id)!.skills.includes('python'));
    const torch = steps.findIndex((s) => stepById.get(s.id)!.skills.includes('pytorch') && !stepById.get(s.id)!.skills.includes('python'));
    if (torch >= 0) expect(pyFirst >= 0 && pyFirst < torch || /learn .*Python.* first/.test(steps[torch]!.why)).toBe(true);
  });

  it('5 hours a week: no scheduled 40-hour step, unless open to full-time study', () => {
    for (const p of Object.values(people)) {
      const busy = { ...p, constraints: { ...p.constraints, hoursPerWeek: 5 } };
      const r = top(busy, mlEngineer, 30);
      // The curated path ("Your path" in the popup) keeps the same limits as the ranked steps.
      for (const s of [...r.steps, ...r.pathSteps]) {
        const step = stepById.get(s.id)!;
        if (step.kind === 'job-step' || step.kind === 'internal-move') continue;
        expect(step.effort.hoursPerWeek, s.id).toBeLessThan(30);
        if (step.format !== 'online-self-paced' && step.format !== 'self-directed' && step.effort.weeks > 2) expect(step.effort.hoursPerWeek, s.id).toBeLessThanOrEqual(7.5);
      }
      const open = { ...busy, constraints: { ...busy.constraints, fullTimeStudy: true, budget: 'high' as const } };
      const all = top(open, mlEngineer, 60).steps.map((s) => stepById.get(s.id)!);
      expect(all.some((s) => s.effort.hoursPerWeek >= 30 && s.kind !== 'job-step')).toBe(true);
    }
  });

  it('the chosen path can be replaced by another curated one', () => {
    const r = top(people.biologist, mlEngineer, 5);
    const other = paths.paths.find((p) => p.id !== r.path?.id)!;
    const picked = advise(match(mlEngineer, people.biologist, engine.taxonomy), people.biologist, paths, {
      taxonomyNames: (id) => names.get(id) ?? id, taxonomy: engine.taxonomy, pathId: other.id,
    });
    expect(picked.path?.id).toBe(other.id);
    const doable = (id: string) => { const s = stepById.get(id)!; return s.status !== 'ended' && s.effort.hoursPerWeek < 30 && (s.format === 'online-self-paced' || s.format === 'self-directed' || s.effort.weeks <= 2 || s.effort.hoursPerWeek <= 1.5 * people.biologist.constraints.hoursPerWeek); };
    expect(picked.pathSteps.map((s) => s.id)).toEqual(other.steps.map((s) => s.step).filter(doable));
  });
});
