// The plan as data: one change and its undo, two records meeting (an import), damaged and
// newer records, the export file carrying it, and advice leaving out what the user finished
// or declined.
import { describe, expect, it } from 'vitest';
import { changePlan, emptyPlan, mergePlans, migratePlan, skippedSteps, stateOf } from '../../src/core/plan';
import { advise } from '../../src/core/advise';
import { match } from '../../src/core/match';
import { parseProfileFile } from '../../src/core/profile';
import { personas } from '../../src/core/personas';
import { Plan, type PlanEntry } from '../../src/core/schema';
import { realPaths, realTaxonomy, req } from './helpers';

const T = 1_700_000_000_000;

describe('changePlan', () => {
  it('starts a step, keeps the first start date through done, and each undo puts back exactly what was', () => {
    let plan = emptyPlan();
    const a = changePlan(plan, { kind: 'set', step: 'x-course', state: 'started' }, T);
    expect(a.plan.steps).toEqual([{ step: 'x-course', state: 'started', at: T, started: T }]);
    expect(a.undo).toEqual({ kind: 'restore', step: 'x-course', entry: null });
    plan = a.plan;
    const b = changePlan(plan, { kind: 'set', step: 'x-course', state: 'done' }, T + 5000);
    expect(b.plan.steps).toEqual([{ step: 'x-course', state: 'done', at: T + 5000, started: T }]);
    expect(b.undo.entry).toEqual({ step: 'x-course', state: 'started', at: T, started: T });
    // Undo of "done" is the started entry again, not a fresh start.
    expect(changePlan(b.plan, b.undo, T + 9000).plan).toEqual(plan);
    // Undo of the first start empties the record.
    expect(changePlan(plan, a.undo, T + 9000).plan.steps).toEqual([]);
  });

  it('"Not for me" without a start has no start date; null takes a step out of the plan', () => {
    const d = changePlan(emptyPlan(), { kind: 'set', step: 'y', state: 'dismissed' }, T);
    expect(d.plan.steps[0]).toEqual({ step: 'y', state: 'dismissed', at: T, started: null });
    expect(stateOf(d.plan, 'y')).toBe('dismissed');
    const gone = changePlan(d.plan, { kind: 'set', step: 'y', state: null }, T + 1);
    expect(gone.plan.steps).toEqual([]);
    expect(gone.undo.entry).toEqual(d.plan.steps[0]);
  });

  it('skippedSteps leaves out done and declined steps, not started ones', () => {
    let plan = emptyPlan();
    plan = changePlan(plan, { kind: 'set', step: 'a', state: 'started' }, T).plan;
    plan = changePlan(plan, { kind: 'set', step: 'b', state: 'done' }, T).plan;
    plan = changePlan(plan, { kind: 'set', step: 'c', state: 'dismissed' }, T).plan;
    expect([...skippedSteps(plan)].sort()).toEqual(['b', 'c']);
  });
});

describe('plan records', () => {
  const e = (step: string, state: PlanEntry['state'], at: number): PlanEntry => ({ step, state, at, started: state === 'started' ? at : null });

  it('mergePlans keeps the newer entry per step, whichever side it is on', () => {
    const mine: Plan = { version: 1, steps: [e('a', 'started', T + 10), e('b', 'dismissed', T)] };
    const file: Plan = { version: 1, steps: [e('a', 'done', T), e('b', 'started', T + 10), e('c', 'done', T)] };
    const merged = mergePlans(mine, file);
    expect(Object.fromEntries(merged.steps.map((x) => [x.step, x.state]))).toEqual({ a: 'started', b: 'started', c: 'done' });
  });

  it('migratePlan keeps every readable entry, names the rest, merges duplicates and refuses a newer format', () => {
    const r = migratePlan({ version: 1, steps: [e('a', 'started', T), { step: 'Bad Id', state: 'started', at: T, started: null }, e('a', 'done', T + 1), 7], extra: true });
    expect('plan' in r).toBe(true);
    if (!('plan' in r)) return;
    expect(r.plan.steps).toEqual([e('a', 'done', T + 1)]);
    expect(r.repairs.join('\n')).toMatch(/steps\[1\]: not readable/);
    expect(r.repairs.join('\n')).toMatch(/steps\[3\]: not readable/);
    expect(r.repairs.join('\n')).toMatch(/unknown field "extra"/);
    expect(r.repairs.join('\n')).toMatch(/merged 1 duplicate/);
    expect(migratePlan({ version: 2, steps: [] })).toEqual({ error: expect.stringMatching(/newer GapLens/) });
    expect(migratePlan([])).toEqual({ error: 'plan: expected an object' });
  });

  it('travels in the export file; a file without a plan reads as "no plan" (the user keeps theirs)', () => {
    const profile = personas[0]!.profile;
    const plan: Plan = { version: 1, steps: [e('a-course', 'started', T)] };
    const withPlan = parseProfileFile(JSON.stringify({ format: 'gaplens-profile', exported: '2026-12-03T08:00:00.000Z', profile, plan }));
    expect(withPlan).toMatchObject({ kind: 'gaplens', plan });
    const without = parseProfileFile(JSON.stringify({ format: 'gaplens-profile', exported: '2026-12-03T08:00:00.000Z', profile }));
    expect(without).toMatchObject({ kind: 'gaplens', plan: null });
    const newer = parseProfileFile(JSON.stringify({ format: 'gaplens-profile', exported: 'x', profile, plan: { version: 9, steps: [] } }));
    expect(newer).toEqual({ error: expect.stringMatching(/plan.version/) });
  });
});

describe('advice and the plan', () => {
  const taxonomy = realTaxonomy();
  const paths = realPaths();
  const names = new Map(taxonomy.skills.map((s) => [s.id, s.name]));
  const profile = personas.find((p) => p.id === 'software-engineer')!.profile;
  const gap = match(req(['pytorch', 'deep-learning', 'kubernetes', 'mlops', 'llms'], {}, taxonomy), profile, taxonomy);
  const run = (skip?: Set<string>, declined?: Set<string>) =>
    advise(gap, profile, paths, { limit: 5, taxonomyNames: (id) => names.get(id) ?? id, taxonomy, skip, declined });

  it('never suggests a step the user finished or declined, and the next one moves up', () => {
    const first = run();
    expect(first.steps.length).toBeGreaterThan(2);
    const [top, second] = first.steps;
    const after = run(new Set([top!.id]));
    expect(after.steps.map((s) => s.id)).not.toContain(top!.id);
    expect(after.steps[0]!.id).toBe(second!.id);
    expect(after.steps.length).toBe(first.steps.length);
  });

  it('a declined step leaves the curated path list too; a finished one stays there', () => {
    const first = run();
    const onPath = first.pathSteps[0];
    expect(onPath).toBeDefined();
    expect(run(new Set([onPath!.id]), new Set([onPath!.id])).pathSteps.map((s) => s.id)).not.toContain(onPath!.id);
    expect(run(new Set([onPath!.id])).pathSteps.map((s) => s.id)).toContain(onPath!.id);
  });
});
