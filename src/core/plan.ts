// The user's plan as data: next steps they started ("My plan"), finished, or said are not for
// them. It is theirs like the profile: stored beside it, validated, exported and imported with
// it. Pure functions; the worker keeps the record (background/service.ts) and advise() is
// told which steps to leave out (skippedSteps).
import type { Plan, PlanChange, PlanEntry } from './schema';
import { PLAN_VERSION, Plan as PlanSchema, PlanEntry as EntrySchema } from './schema';

export function emptyPlan(): Plan {
  return { version: PLAN_VERSION, steps: [] };
}

export interface PlanChanged {
  plan: Plan;
  /** The change that puts the record back exactly as it was. */
  undo: Extract<PlanChange, { kind: 'restore' }>;
}

/**
 * The record with one change made. A step has at most one entry. Starting keeps the first
 * start date (started, done, started again is the same piece of work); done and "not for
 * me" keep it too, so My plan can still say when the work began.
 */
export function changePlan(plan: Plan, change: PlanChange, now: number): PlanChanged {
  const old = plan.steps.find((e) => e.step === change.step) ?? null;
  const rest = plan.steps.filter((e) => e !== old);
  let entry: PlanEntry | null;
  if (change.kind === 'restore') entry = change.entry ? { ...change.entry, step: change.step } : null;
  else if (change.state === null) entry = null;
  else entry = { step: change.step, state: change.state, at: now, started: old?.started ?? (change.state === 'started' ? now : null) };
  return {
    plan: { ...plan, steps: entry ? [...rest, entry] : rest },
    undo: { kind: 'restore', step: change.step, entry: old },
  };
}

/** Steps advice leaves out: those the user finished and those they said are not for them. */
export function skippedSteps(plan: Plan): Set<string> {
  return new Set(plan.steps.filter((e) => e.state !== 'started').map((e) => e.step));
}

export const stateOf = (plan: Plan, step: string): PlanEntry['state'] | null => plan.steps.find((e) => e.step === step)?.state ?? null;

/** Both records together (an import that keeps the user's plan and adds the file's): the newer entry per step wins. */
export function mergePlans(a: Plan, b: Plan): Plan {
  const byStep = new Map<string, PlanEntry>();
  for (const e of [...a.steps, ...b.steps]) {
    const old = byStep.get(e.step);
    if (!old || e.at >= old.at) byStep.set(e.step, e);
  }
  return { version: PLAN_VERSION, steps: [...byStep.values()] };
}

export const planCount = (p: Plan): number => p.steps.length;

export type MigratedPlan = { plan: Plan; repairs: string[] } | { error: string };

/**
 * A stored or imported plan of any version we know. Entries that do not validate are left out
 * and named in `repairs` (one bad entry must not cost the others); two entries for one step
 * are merged (newest kept). Steps GapLens no longer lists are kept: the data may come back in
 * a later version, and the options page shows them as such. A newer format is refused.
 */
export function migratePlan(raw: unknown): MigratedPlan {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'plan: expected an object' };
  const rec = raw as Record<string, unknown>;
  if (typeof rec.version !== 'number' || !Number.isInteger(rec.version) || rec.version < 1) return { error: 'plan.version: expected a whole number from 1' };
  if (rec.version > PLAN_VERSION) {
    return { error: `plan.version: saved by a newer GapLens (format ${rec.version}; this version reads up to ${PLAN_VERSION}). Update GapLens to read it.` };
  }
  const repairs: string[] = [];
  const entries: PlanEntry[] = [];
  if (rec.steps !== undefined && !Array.isArray(rec.steps)) repairs.push('plan.steps: not a list, left out');
  else {
    (rec.steps ?? []).forEach((x: unknown, i: number) => {
      const r = EntrySchema.safeParse(x);
      if (r.success) entries.push(r.data);
      else repairs.push(`plan.steps[${i}]: not readable, left out`);
    });
  }
  for (const k of Object.keys(rec)) if (!['version', 'steps'].includes(k)) repairs.push(`plan: removed unknown field "${k}"`);
  const merged = mergePlans(emptyPlan(), { version: PLAN_VERSION, steps: entries });
  if (merged.steps.length < entries.length) repairs.push(`plan: merged ${entries.length - merged.steps.length} duplicate(s), newest kept`);
  // Over the cap, the oldest changes go first.
  const steps = merged.steps.length > 2000 ? [...merged.steps].sort((x, y) => x.at - y.at).slice(-2000) : merged.steps;
  const checked = PlanSchema.safeParse({ version: PLAN_VERSION, steps });
  if (!checked.success) return { error: `plan: ${checked.error.issues[0]?.message ?? 'invalid'}` };
  return { plan: checked.data, repairs };
}
