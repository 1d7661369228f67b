// Gap × Profile × curated paths → the next steps worth taking, ranked for this person,
// each with one line saying why, built only from facts in the data. Pure.
import type { Advice, Background, CareerPath, Gap, Paths, Profile, SkillRef, Step, StepKind, Taxonomy } from './schema';
import { implied } from './match';

export interface AdviseOptions {
  /** Skill id → how many listings the user has viewed ask for it (required). */
  demand?: Map<string, number>;
  /** How many steps to return (default 5). */
  limit?: number;
  taxonomyNames: (id: string) => string;
  /**
   * With it, a step covers what its skills imply as well (a PyTorch course builds deep
   * learning). Without it, only the step's own skills count.
   */
  taxonomy?: Taxonomy;
}

export interface PathStep { id: string; title: string; why: string; sources: string[] }
export interface AdviseResult { steps: Advice[]; path: CareerPath | null; pathSteps: PathStep[] }

/**
 * Ranking weights. A step is scored
 *   2 × coverage  +  fit  −  penalties
 * where coverage (0..1) is the share of this listing's weighted gaps the step builds
 * (a missing skill weighs 1, or ADVISE.preferred when preferred, times its demand boost;
 * a 'learning' one weighs what is left to earn). Coverage is doubled so that closing
 * more of the gap outweighs a better fit; fit and penalties are tie-breakers and guard
 * rails of a few tenths each, except the budget penalty. While the listing has gaps, a
 * step that closes none of them is not offered at all.
 */
export const ADVISE = {
  coverage: 2,
  /** A missing preferred skill counts for this much of a missing required one. */
  preferred: 0.4,
  /** Gaps the user only half-has ('learning', credit below this) count too, by what is left to earn. */
  partialBelow: 0.5,
  /** Up to +1 extra weight for a skill by how often the viewed listings ask for it. */
  demandBoost: 1,
  /** A step made for other backgrounds was judged unnecessary or unsuited for this one by the curators. */
  background: { fits: 0.1, tailored: 0.1, other: -0.3 },
  target: { fits: 0.1, other: -0.1 },
  /** More hours a week than the user has: a self-paced step just takes longer; a scheduled one does not fit. */
  hours: { selfPaced: -0.05, scheduled: -0.25 },
  /**
   * Cost over budget by one band (high for 'low', low for 'free'): 40% of the coverage
   * scale, because money is a harder limit than taste — an over-budget step must close
   * far more of the gap than one within budget to outrank it. High on a 'free' budget
   * ranks after every in-budget step whatever it covers.
   */
  budgetOver: -0.8,
  /** Status 'unknown': allowed, but below an active equivalent, and the why says to check. */
  unknownStatus: -0.15,
  /** Longer commitments rank a little lower at equal coverage; bounded so a degree can still win. */
  effortMax: 0.15,
  /** At most this many steps of one kind among the first `diverseTop`. */
  perKind: 2,
  diverseTop: 5,
} as const;

/** Formats a person can follow at their own pace, so fewer hours a week only stretch it. */
const SELF_PACED = new Set<Step['format']>(['online-self-paced', 'self-directed']);
/** Steps that are (or happen inside) a job: they replace work time rather than add to it. */
const AT_WORK = new Set<StepKind>(['job-step', 'internal-move']);
/** At or above this many hours a week a step is full time. */
const FULL_TIME_HOURS = 30;

const COST_RANK: Readonly<Record<Step['cost'], number>> = { free: 0, stipend: 0, low: 1, high: 2 };
const BUDGET_RANK: Readonly<Record<Profile['constraints']['budget'], number>> = { free: 0, low: 1, high: 2 };
const BACKGROUNDS = 8;

interface Need {
  /** Any of these closes it (an either-or group has several). */
  options: string[];
  section: 'required' | 'preferred';
  weight: number;
  /** True when the user has it at 'learning' level only. */
  partial: boolean;
}

interface Ranked { step: Step; score: number; covers: SkillRef[]; strengthens: string[]; overBudget: boolean }

export function advise(gap: Gap, profile: Profile, paths: Paths, opts: AdviseOptions): AdviseResult {
  const limit = opts.limit ?? 5;
  const needs = gapNeeds(gap, opts.demand);
  const totalWeight = needs.reduce((s, n) => s + n.weight, 0);
  const ranked: Ranked[] = [];
  for (const step of paths.steps) {
    if (!eligible(step, profile)) continue;
    const builds = new Set(step.skills);
    if (opts.taxonomy) for (const id of step.skills) for (const p of implied(id, opts.taxonomy)) builds.add(p);
    let covered = 0;
    const covers: SkillRef[] = [];
    const strengthens: string[] = [];
    for (const n of needs) {
      const hit = n.options.find((o) => builds.has(o));
      if (hit === undefined) continue;
      covered += n.weight;
      if (n.partial) strengthens.push(opts.taxonomyNames(hit));
      else if (!covers.some((c) => c.id === hit)) covers.push({ id: hit, name: opts.taxonomyNames(hit) });
    }
    // While this listing has gaps, a step that closes none of them is not advice for it.
    if (totalWeight > 0 && covered === 0) continue;
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    const overBy = COST_RANK[step.cost] - BUDGET_RANK[profile.constraints.budget];
    const score = ADVISE.coverage * coverage + fit(step, profile) + penalties(step, profile, overBy);
    ranked.push({ step, score: round3(score), covers, strengthens, overBudget: overBy >= 2 });
  }
  ranked.sort((a, b) => b.score - a.score || a.step.id.localeCompare(b.step.id));
  // diversify() also keeps over-budget-by-two steps (a 'high' cost on a 'free' budget) behind every other.
  const chosen = diversify(ranked, limit);
  const steps: Advice[] = chosen.map((r) => ({
    id: r.step.id,
    title: r.step.title,
    kind: r.step.kind,
    why: why(r, profile),
    sources: [...r.step.sources],
    effort: { ...r.step.effort },
    cost: r.step.cost,
    score: r.score,
    covers: r.covers,
    status: r.step.status === 'unknown' ? 'unknown' : 'active',
    statusNote: r.step.statusNote,
  }));

  const path = choosePath(paths.paths, profile);
  const byId = new Map(paths.steps.map((s) => [s.id, s]));
  const pathSteps: PathStep[] = path
    ? path.steps.flatMap(({ step, why: w }) => {
      const s = byId.get(step);
      // An ended programme is never suggested, even as part of a path.
      if (!s || s.status === 'ended') return [];
      return [{ id: s.id, title: s.title, why: s.status === 'unknown' ? `${w} (check it still runs)` : w, sources: [...s.sources] }];
    })
    : [];
  return { steps, path, pathSteps };
}

/** What the listing asks that the user lacks or only half-has, each weighted. */
function gapNeeds(gap: Gap, demand: Map<string, number> | undefined): Need[] {
  const maxDemand = demand ? Math.max(0, ...demand.values()) : 0;
  const boost = (ids: string[]) => {
    if (!demand || maxDemand === 0) return 1;
    return 1 + ADVISE.demandBoost * Math.max(...ids.map((id) => demand.get(id) ?? 0)) / maxDemand;
  };
  const groupOptions = new Map<string, string[]>();
  for (const g of gap.groups) if (g.metBy === null && g.options[0]) groupOptions.set(g.options[0].id, g.options.map((o) => o.id));
  const needs: Need[] = [];
  for (const section of ['required', 'preferred'] as const) {
    const base = section === 'required' ? 1 : ADVISE.preferred;
    for (const m of gap[section].missing) {
      // An unmet either-or group stands in `missing` under its first option's id.
      const options = gap.groups.some((g) => g.metBy === null && g.section === section && g.options[0]?.id === m.id)
        ? groupOptions.get(m.id) ?? [m.id]
        : [m.id];
      needs.push({ options, section, weight: base * boost(options), partial: false });
    }
    for (const h of gap[section].have) {
      if (h.credit >= ADVISE.partialBelow) continue;
      needs.push({ options: [h.id], section, weight: base * (1 - h.credit) * boost([h.id]), partial: true });
    }
  }
  return needs;
}

/**
 * Hard rules: never an ended programme; full-time only for full-time students, or a job;
 * an internal move only from the role it starts in (a PM-on-an-ML-feature move is not
 * open to an engineer).
 */
function eligible(step: Step, profile: Profile): boolean {
  if (step.status === 'ended') return false;
  if (step.kind === 'internal-move' && !step.backgrounds.includes(profile.background)) return false;
  if (step.effort.hoursPerWeek >= FULL_TIME_HOURS && !AT_WORK.has(step.kind) && !profile.constraints.fullTimeStudy) return false;
  return true;
}

function fit(step: Step, profile: Profile): number {
  let f = 0;
  if (step.backgrounds.includes(profile.background)) {
    // A step made for a few backgrounds, one of them yours, is more to the point than one for everyone.
    f += ADVISE.background.fits + ADVISE.background.tailored * (1 - step.backgrounds.length / BACKGROUNDS);
  } else f += ADVISE.background.other;
  if (profile.targets.length > 0) f += step.targets.some((t) => profile.targets.includes(t)) ? ADVISE.target.fits : ADVISE.target.other;
  return f;
}

function penalties(step: Step, profile: Profile, overBy: number): number {
  let p = 0;
  if (!AT_WORK.has(step.kind) && step.effort.hoursPerWeek > profile.constraints.hoursPerWeek) {
    p += SELF_PACED.has(step.format) ? ADVISE.hours.selfPaced : ADVISE.hours.scheduled;
  }
  if (overBy === 1) p += ADVISE.budgetOver;
  if (step.status === 'unknown') p += ADVISE.unknownStatus;
  // log10 of total hours over a 40-hour week: 1 week ≈ 0, a 2-year degree ≈ −0.1.
  const hours = step.effort.weeks * step.effort.hoursPerWeek;
  p -= Math.min(ADVISE.effortMax, Math.max(0, 0.05 * Math.log10(hours / 40)));
  return p;
}

/**
 * At most `perKind` steps of one kind in the first `diverseTop`, strictly: when too few
 * kinds qualify to fill those places, the list is shorter rather than monotone. Past
 * them, the rest follow in rank order. Steps over budget by two bands never come ahead
 * of a step within budget, whatever the diversity rule would otherwise pull forward.
 */
function diversify(ranked: Ranked[], limit: number): Ranked[] {
  const top = Math.min(limit, ADVISE.diverseTop);
  const out: Ranked[] = [];
  const kinds = new Map<StepKind, number>();
  const pick = (list: Ranked[]): Ranked[] => {
    const deferred: Ranked[] = [];
    for (const r of list) {
      const n = kinds.get(r.step.kind) ?? 0;
      if (out.length >= top || n >= ADVISE.perKind) { deferred.push(r); continue; }
      kinds.set(r.step.kind, n + 1);
      out.push(r);
    }
    return deferred;
  };
  const inBudget = ranked.filter((r) => !r.overBudget);
  const over = ranked.filter((r) => r.overBudget);
  const deferred = pick(inBudget);
  if (out.length < top) {
    // Too little variety within budget: the shown in-budget steps, then over-budget ones that fit the rule.
    pick(over);
    return out;
  }
  for (const r of [...deferred, ...over]) {
    if (out.length >= limit) break;
    out.push(r);
  }
  return out;
}

/** "Covers PyTorch and CUDA, both missing here; ~6 weeks at 5 h/week; free". */
function why(r: Ranked, profile: Profile): string {
  const parts: string[] = [];
  const names = r.covers.map((c) => c.name);
  if (names.length > 0) {
    const tail = names.length === 1 ? 'missing here' : names.length === 2 ? 'both missing here' : 'all missing here';
    parts.push(`Covers ${listNames(names)}, ${tail}`);
  }
  if (r.strengthens.length > 0) parts.push(`${names.length ? 'strengthens' : 'Strengthens'} ${listNames(r.strengthens)}, which you are learning`);
  if (parts.length === 0) {
    parts.push(r.step.backgrounds.includes(profile.background) && r.step.backgrounds.length < BACKGROUNDS
      ? `Suits a ${backgroundName(profile.background)} background`
      : 'Builds on skills you already have');
  }
  const { weeks, hoursPerWeek } = r.step.effort;
  let effort = `~${duration(weeks)} at ${hoursPerWeek} h/week`;
  if (!AT_WORK.has(r.step.kind) && hoursPerWeek > profile.constraints.hoursPerWeek && SELF_PACED.has(r.step.format)) {
    effort += ` (longer at your ${profile.constraints.hoursPerWeek} h/week)`;
  }
  const line = [parts.join('; '), effort, COST_TEXT[r.step.cost]];
  if (r.step.status === 'unknown') line.push('check it still runs');
  return line.join('; ');
}

const COST_TEXT: Readonly<Record<Step['cost'], string>> = { free: 'free', low: 'low cost', high: 'high cost', stipend: 'paid (stipend)' };

function duration(weeks: number): string {
  if (weeks < 13) return `${weeks} week${weeks === 1 ? '' : 's'}`;
  if (weeks < 104) return `${Math.round(weeks / 4.345)} months`;
  const years = Math.round((weeks / 52) * 2) / 2;
  return `${years} years`;
}

function listNames(names: string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function backgroundName(b: Background): string {
  return b === 'maths-statistics' ? 'maths/statistics' : b.replace(/-/g, ' ');
}

/**
 * The curated path for this person: it must start from their background; among those,
 * the one leading to most of their targets (share of its destinations that are targets
 * breaks ties, then the narrower start, then file order). With targets set, a path that
 * leads to none of them is not offered; with none set, the narrowest start wins.
 */
export function choosePath(paths: readonly CareerPath[], profile: Pick<Profile, 'background' | 'targets'>): CareerPath | null {
  let best: { p: CareerPath; key: number[] } | null = null;
  for (const p of paths) {
    if (!p.from.includes(profile.background)) continue;
    const overlap = p.to.filter((t) => profile.targets.includes(t)).length;
    if (profile.targets.length > 0 && overlap === 0) continue;
    const key = [overlap, overlap / p.to.length, -p.from.length];
    if (!best || compareKeys(key, best.key) > 0) best = { p, key };
  }
  return best ? best.p : null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
