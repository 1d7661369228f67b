// The worker's side of the plan: a step's state survives a new worker (MV3 stops it at any
// time), "Not for me" and "Done" take a step out of the popup's advice and undo brings it
// back, a damaged record keeps its readable entries, and a finished step's skills are raised
// in the profile without ever lowering one.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import taxonomyJson from '../../data/skills.json';
import pathsJson from '../../data/paths.json';
import { createEngine } from '../../src/core/engine';
import { Paths, type Listing, type Profile } from '../../src/core/schema';
import type { Area } from '../../src/background/store';
import { createService } from '../../src/background/service';
import { personas } from '../../src/core/personas';
import { memoryArea } from './memory-area';

const engine = createEngine(taxonomyJson);
const paths = Paths.parse(pathsJson);
const PROFILE: Profile = personas.find((p) => p.id === 'software-engineer')!.profile;
const TEXT = 'Requirements:\n- 3+ years of Python and SQL\n- Experience with PyTorch, deep learning and Kubernetes\nNice to have: Spark.';
const LISTING: Listing = { source: 'linkedin', url: 'https://www.linkedin.com/jobs/view/42/', jobId: '42', title: 'ML Engineer', company: 'Acme', location: null, text: TEXT };

const databases = new Map<Area, string>();
let dbCount = 0;
function worker(local = memoryArea({ profile: PROFILE }), session = memoryArea()) {
  const broadcast = vi.fn(async (_tabs: number[]) => {});
  let t = 1_700_000_000_000;
  if (!databases.has(local)) databases.set(local, `plan-test-${++dbCount}`);
  const svc = createService({ local, session, engine, paths, version: '0', now: () => (t += 1000), broadcast, recordsDb: databases.get(local)! });
  return { ...svc, local, session, broadcast };
}
const tab = (id: number) => ({ kind: 'content' as const, tabId: id });
const page = { kind: 'page' as const, tabId: null };

describe('worker: plan', () => {
  it('a started step is in My plan with its effort and skills, and stays there for a new worker', async () => {
    const w = worker();
    await w.handlers.analyse({ listing: LISTING }, tab(1));
    const advice = await w.handlers.tabAdvice({ tabId: 1 }, page);
    const step = advice.steps[0]!;
    const r = await w.handlers.planStep({ change: { kind: 'set', step: step.id, state: 'started' } }, page);
    expect(r.undo).toEqual({ kind: 'restore', step: step.id, entry: null });
    const item = r.plan.items.find((i) => i.step === step.id)!;
    expect(item).toMatchObject({ state: 'started', title: step.title, effort: step.effort, cost: step.cost });
    expect(item.skills.length).toBeGreaterThan(0);
    expect(item.skills.every((s) => s.name && s.name !== s.id)).toBe(true);
    expect(r.plan.hoursPerWeek).toBe(PROFILE.constraints.hoursPerWeek);

    const again = worker(w.local, w.session);
    expect((await again.handlers.getPlan({}, page)).items.map((i) => [i.step, i.state])).toEqual([[step.id, 'started']]);
    // The popup gets the sentence each flag was read from (kept with the tab, not the text).
    const flagged = { ...LISTING, jobId: '44', url: 'https://www.linkedin.com/jobs/view/44/', text: `${TEXT}\nYou have 4+ years of professional experience.\nA Master's degree in Computer Science is required.` };
    await again.handlers.analyse({ listing: flagged }, tab(2));
    expect((await again.handlers.tabAdvice({ tabId: 2 }, page)).evidence)
      // "3+ years of Python and SQL" is the requirements' figure (a skill's, read since 4 Dec); the
      // 4+ line stands after "Nice to have:", so it is the nice-to-have one (EXTRACTION.md: a
      // required figure first).
      .toEqual({ years: '3+ years of Python and SQL', degree: "A Master's degree in Computer Science is required." });
    // Started steps are still advised (the popup marks them as in the plan).
    expect((await again.handlers.tabAdvice({ tabId: 1 }, page)).steps.map((s) => s.id)).toContain(step.id);
  });

  it('"Not for me" and "Done" stop a step being advised; undo brings it back', async () => {
    const w = worker();
    await w.handlers.analyse({ listing: LISTING }, tab(1));
    const [first, second] = (await w.handlers.tabAdvice({ tabId: 1 }, page)).steps;
    const no = await w.handlers.planStep({ change: { kind: 'set', step: first!.id, state: 'dismissed' } }, page);
    const done = await w.handlers.planStep({ change: { kind: 'set', step: second!.id, state: 'done' } }, page);
    const ids = (await w.handlers.tabAdvice({ tabId: 1 }, page)).steps.map((s) => s.id);
    expect(ids).not.toContain(first!.id);
    expect(ids).not.toContain(second!.id);
    await w.handlers.planStep({ change: no.undo }, page);
    await w.handlers.planStep({ change: done.undo }, page);
    const back = (await w.handlers.tabAdvice({ tabId: 1 }, page)).steps.map((s) => s.id);
    expect(back.slice(0, 2)).toEqual([first!.id, second!.id]);
    expect((await w.handlers.getPlan({}, page)).items).toEqual([]);
  });

  it('a damaged plan record keeps every readable entry and sets the original aside', async () => {
    const good = { step: 'a-step', state: 'started', at: 1, started: 1 };
    const local = memoryArea({ profile: PROFILE, plan: { version: 1, steps: [good, { step: 'x', state: 'maybe', at: 1, started: null }] } });
    const w = worker(local);
    const view = await w.handlers.getPlan({}, page);
    expect(view.items.map((i) => i.step)).toEqual(['a-step']);
    // A step the curated data no longer lists is kept and shown as such.
    expect(view.items[0]).toMatchObject({ title: null, kind: null, effort: null, skills: [] });
    const { setAside } = await w.handlers.getProfile({}, page);
    expect(setAside.some((r) => r.key === 'plan' && /not readable/.test(r.reason))).toBe(true);
  });

  it('raising a finished step\'s skills adds missing ones and never lowers a stronger one; undo puts every level back', async () => {
    const w = worker();
    const strong = PROFILE.skills.find((s) => s.level === 'strong')!.id;
    const r = await w.handlers.setSkills({ skills: [{ id: 'pytorch', level: 'working' }, { id: strong, level: 'working' }, { id: 'deep-learning', level: 'working' }], onlyRaise: true }, page);
    expect(r.changed.map((c) => [c.id, c.from, c.to])).toEqual([['pytorch', null, 'working'], ['deep-learning', null, 'working']]);
    expect(r.changed[0]!.name).toBe('PyTorch');
    const profile = (await w.handlers.getProfile({}, page)).profile!;
    expect(profile.skills).toContainEqual({ id: 'pytorch', level: 'working' });
    expect(profile.skills).toContainEqual({ id: strong, level: 'strong' });
    expect(w.broadcast).toHaveBeenCalled();
    await w.handlers.setSkills({ skills: r.undo, onlyRaise: false }, page);
    expect((await w.handlers.getProfile({}, page)).profile!.skills).toEqual(PROFILE.skills);
    // Nothing to raise: nothing written, nothing to undo.
    const none = await w.handlers.setSkills({ skills: [{ id: strong, level: 'learning' }], onlyRaise: true }, page);
    expect(none).toEqual({ changed: [], undo: [] });
  });
});
