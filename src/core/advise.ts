// Gap × Profile × curated paths → the next steps worth taking, ranked for this person,
// each with one line saying why, built only from facts in the data. Pure.
import type { Advice, Background, CareerPath, Gap, Paths, Profile, SkillRef, Step, StepKind, Taxonomy } from './schema';
import { implied, LEVEL_CREDIT, profileCredits } from './match';

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
  /** A curated path the user picked instead of the one chosen for their background and targets. */
  pathId?: string | null;
  /** Steps never advised: the ones the user finished or said are not for them (their plan, core/plan.ts). */
  skip?: ReadonlySet<string>;
  /** Steps the user said are not for them: left out of the curated path's list too. */
  declined?: ReadonlySet<string>;
}

export interface PathStep { id: string; title: string; why: string; sources: string[] }
export interface AdviseResult { steps: Advice[]; path: CareerPath | null; pathSteps: PathStep[] }

/**
 * What a skill rests on: learning it without these first is the hard way round (a PyTorch
 * project needs Python; model serving needs ML and software practice). Read by the advice
 * both ways: the prerequisites a listing's missing skills need and the user lacks are gaps
 * too (foundations), and a step whose skills need something the user lacks ranks after the
 * step that builds it, and says so. Direct prerequisites only; `prerequisitesOf` follows them.
 */
export const PREREQUISITES: Readonly<Record<string, readonly string[]>> = {
  'machine-learning': ['python'],
  'deep-learning': ['machine-learning', 'python'],
  pytorch: ['python', 'machine-learning'],
  tensorflow: ['python', 'machine-learning'],
  jax: ['python', 'machine-learning'],
  keras: ['python', 'machine-learning'],
  'scikit-learn': ['python'],
  xgboost: ['python', 'machine-learning'],
  pandas: ['python'],
  numpy: ['python'],
  transformers: ['deep-learning'],
  'hugging-face-transformers': ['deep-learning', 'python'],
  llms: ['deep-learning'],
  'fine-tuning': ['deep-learning'],
  rag: ['llms', 'software-engineering'],
  'computer-vision': ['machine-learning'],
  nlp: ['machine-learning'],
  cnns: ['deep-learning'],
  'distributed-training': ['deep-learning', 'linux'],
  cuda: ['cpp', 'deep-learning'],
  mlops: ['machine-learning', 'software-engineering'],
  'model-serving': ['machine-learning', 'software-engineering'],
  'model-monitoring': ['machine-learning', 'software-engineering'],
  mlflow: ['machine-learning', 'python'],
  docker: ['linux'],
  kubernetes: ['docker'],
  'ci-cd': ['git', 'software-engineering'],
  airflow: ['python', 'sql'],
  spark: ['python', 'sql'],
  'data-pipelines': ['python', 'sql'],
  'feature-engineering': ['machine-learning'],
  'software-engineering': ['git'],
};

/** Every prerequisite of `id`, direct or through others (cycle-safe). */
export function prerequisitesOf(id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  const stack = [...(PREREQUISITES[id] ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    stack.push(...(PREREQUISITES[p] ?? []));
  }
  return out;
}

/**
 * Ranking weights. A step is scored
 *   2 × coverage  +  fit  −  penalties
 * where coverage (0..1) is the share of this listing's weighted gaps the step builds
 * (a missing skill weighs 1, or ADVISE.preferred when preferred, times its demand boost;
 * a 'learning' one weighs what is left to earn; a foundation the missing skills rest on
 * and the user lacks weighs ADVISE.foundation). Fit is who the step was made for: a step
 * the curators made for a few backgrounds including yours, or on the curated path for your
 * background and target, is worth as much as closing a third to a half of the gap, so at
 * equal coverage two people of different backgrounds get different steps. A step that
 * needs a foundation you lack ranks lower (and its why says what to do first). While the
 * listing has gaps, a step that closes none of them is not offered at all.
 */
export const ADVISE = {
  coverage: 2,
  /** A missing preferred skill counts for this much of a missing required one. */
  preferred: 0.4,
  /** Gaps the user only half-has ('learning', credit below this) count too, by what is left to earn. */
  partialBelow: 0.5,
  /** Up to +1 extra weight for a skill by how often the viewed listings ask for it. */
  demandBoost: 1,
  /**
   * A step made for other backgrounds was judged unnecessary or unsuited for this one by the
   * curators; one made for yours and few others (tailored × the share of backgrounds it
   * leaves out) is more to the point than one made for everyone.
   */
  background: { fits: 0.2, tailored: 0.6, other: -0.6 },
  /** A step on the curated path for this person (or the one they picked). */
  onPath: 0.4,
  target: { fits: 0.15, other: -0.15 },
  /** A foundation (prerequisite) of a missing skill that the user lacks weighs at least this much of a missing required skill. */
  foundation: 0.6,
  /** Share of a missing skill's weight that moves to its foundations when the user lacks them. */
  notReady: 0.5,
  /** Per prerequisite the step needs and neither the user has nor the step builds (at most two counted). */
  needsFirst: -0.25,
  /** More hours a week than the user has: a self-paced step just takes longer; a scheduled one barely fits. */
  hours: { selfPaced: -0.05, scheduled: -0.25 },
  /**
   * A scheduled step needing more than this many times the user's hours a week is not
   * offered at all (hours are a limit, not a preference), unless it lasts only a week or two.
   */
  hoursLimit: 1.5,
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
  /** Not asked by the listing: a prerequisite of something it asks that the user lacks. */
  foundation: boolean;
}

interface Ranked { step: Step; score: number; covers: SkillRef[]; strengthens: string[]; overBudget: boolean; first: string[]; foundations: string[] }

const HANDS_ON = new Set<string>(['language', 'framework', 'tool', 'cloud', 'mlops', 'data-engineering']);

export function advise(gap: Gap, profile: Profile, paths: Paths, opts: AdviseOptions): AdviseResult {
  const limit = opts.limit ?? 5;
  const cats = opts.taxonomy ? new Map(opts.taxonomy.skills.map((d) => [d.id, d.category as string])) : null;
  const category = (id: string) => cats?.get(id) ?? 'method';
  const has = userHas(profile, opts.taxonomy);
  const needs = gapNeeds(gap, opts.demand, has);
  const totalWeight = needs.reduce((s, n) => s + n.weight, 0);
  const path = (opts.pathId ? paths.paths.find((p) => p.id === opts.pathId) : undefined) ?? choosePath(paths.paths, profile);
  const onPath = new Set(path?.steps.map((s) => s.step) ?? []);
  const ranked: Ranked[] = [];
  for (const step of paths.steps) {
    if (opts.skip?.has(step.id) || !eligible(step, profile)) continue;
    const builds = new Set(step.skills);
    if (opts.taxonomy) for (const id of step.skills) for (const p of implied(id, opts.taxonomy)) builds.add(p);
    let covered = 0;
    const covers: SkillRef[] = [];
    const strengthens: string[] = [];
    const foundations: string[] = [];
    for (const n of needs) {
      const hit = n.options.find((o) => builds.has(o));
      if (hit === undefined) continue;
      covered += n.weight;
      if (n.foundation) { const name = opts.taxonomyNames(hit); if (!foundations.includes(name)) foundations.push(name); }
      else if (n.partial) strengthens.push(opts.taxonomyNames(hit));
      else if (!covers.some((c) => c.id === hit)) covers.push({ id: hit, name: opts.taxonomyNames(hit) });
    }
    // While this listing has gaps, a step that closes none of them is not advice for it.
    if (totalWeight > 0 && covered === 0) continue;
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    // What the step's hands-on skills (languages, frameworks, tools; not concepts such as
    // "machine learning", which an ML course for managers names too) rest on, that the user
    // lacks and the step does not teach.
    const first = [...new Set(step.skills.filter((id) => HANDS_ON.has(category(id))).flatMap((id) => PREREQUISITES[id] ?? []))]
      .filter((p) => !has(p) && !builds.has(p) && (!cats || cats.has(p)))
      .slice(0, 2)
      .map((p) => opts.taxonomyNames(p));
    const overBy = COST_RANK[step.cost] - BUDGET_RANK[profile.constraints.budget];
    const score = ADVISE.coverage * coverage + fit(step, profile, onPath) + penalties(step, profile, overBy)
      + ADVISE.needsFirst * Math.min(2, first.length);
    ranked.push({ step, score: round3(score), covers, strengthens, overBudget: overBy >= 2, first, foundations });
  }
  ranked.sort((a, b) => b.score - a.score || a.step.id.localeCompare(b.step.id));
  // diversify() also keeps over-budget-by-two steps (a 'high' cost on a 'free' budget) behind every other.
  const chosen = prerequisitesFirst(diversify(ranked, limit));
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

  const byId = new Map(paths.steps.map((s) => [s.id, s]));
  const pathSteps: PathStep[] = path
    ? path.steps.flatMap(({ step, why: w }) => {
      const s = byId.get(step);
      // The hard rules hold for the path too: no ended programme, nothing over the user's
      // hours (unless open to full-time study), nothing they declined.
      if (!s || !eligible(s, profile) || opts.declined?.has(s.id)) return [];
      return [{ id: s.id, title: s.title, why: s.status === 'unknown' ? `${w} (check it still runs)` : w, sources: [...s.sources] }];
    })
    : [];
  return { steps, path, pathSteps };
}

/** The user has a skill (for prerequisites): listed or implied at 'working' or better. */
function userHas(profile: Profile, taxonomy: Taxonomy | undefined): (id: string) => boolean {
  const credits = taxonomy ? profileCredits(profile, taxonomy) : new Map(profile.skills.map((s) => [s.id, { credit: LEVEL_CREDIT[s.level] }]));
  return (id) => (credits.get(id)?.credit ?? 0) >= ADVISE.partialBelow;
}

/**
 * What the listing asks that the user lacks or only half-has, each weighted; then the
 * foundations those rest on that the user lacks too (a listing asking for PyTorch, to
 * someone without Python or ML, also needs Python and ML basics), each once.
 */
function gapNeeds(gap: Gap, demand: Map<string, number> | undefined, has: (id: string) => boolean): Need[] {
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
      needs.push({ options, section, weight: base * boost(options), partial: false, foundation: false });
    }
    for (const h of gap[section].have) {
      if (h.credit >= ADVISE.partialBelow) continue;
      needs.push({ options: [h.id], section, weight: base * (1 - h.credit) * boost([h.id]), partial: true, foundation: false });
    }
  }
  // A missing skill whose foundations the user lacks cannot be learnt yet: half its weight
  // moves to those foundations (shared among them), so the steps that build them come first,
  // and a foundation many missing skills rest on weighs more than one that only one needs.
  const byOption = new Map<string, Need>();
  for (const n of needs) if (n.options.length === 1) byOption.set(n.options[0]!, n);
  for (const n of [...needs]) {
    if (n.foundation) continue;
    const lacking = [...new Set(n.options.flatMap((o) => lackingFoundations(o, has)))].filter((p) => !n.options.includes(p));
    if (lacking.length === 0) continue;
    const moved = n.weight * ADVISE.notReady;
    n.weight -= moved;
    for (const p of lacking) {
      let f = byOption.get(p);
      if (!f) {
        f = { options: [p], section: 'required', weight: 0, partial: false, foundation: true };
        byOption.set(p, f);
        needs.push(f);
      }
      f.weight += Math.max(moved / lacking.length, f.foundation && f.weight === 0 ? ADVISE.foundation : 0);
    }
  }
  return needs;
}

/**
 * The foundations under `id` that the user lacks: its direct prerequisites they do not
 * have, and under each of those, the same again (someone with Docker is ready for
 * Kubernetes, whatever Docker itself rests on).
 */
function lackingFoundations(id: string, has: (id: string) => boolean): string[] {
  const out: string[] = [];
  const stack = [...(PREREQUISITES[id] ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (p === id || out.includes(p) || has(p)) continue;
    out.push(p);
    stack.push(...(PREREQUISITES[p] ?? []));
  }
  return out;
}

/**
 * Within the chosen steps, one that needs a foundation another chosen step builds comes
 * after it, whatever their scores: advice is read top-down as an order to do things in.
 */
function prerequisitesFirst(chosen: Ranked[]): Ranked[] {
  const out = [...chosen];
  for (let i = 0; i < out.length; i++) {
    const needs = new Set(out[i]!.first);
    if (needs.size === 0) continue;
    for (let j = i + 1; j < out.length; j++) {
      if (out[j]!.foundations.some((f) => needs.has(f)) || out[j]!.covers.some((c) => needs.has(c.name))) {
        const [builder] = out.splice(j, 1);
        out.splice(i, 0, builder!);
        i++;
        break;
      }
    }
  }
  return out;
}

/**
 * Hard rules: never an ended programme; full-time only for full-time students, or a job;
 * an internal move only from the role it starts in (a PM-on-an-ML-feature move is not
 * open to an engineer); a scheduled step needing well over the hours the user has is not
 * offered (hours are a limit), unless it is over in a week or two.
 */
function eligible(step: Step, profile: Profile): boolean {
  if (step.status === 'ended') return false;
  if (step.kind === 'internal-move' && !step.backgrounds.includes(profile.background)) return false;
  if (AT_WORK.has(step.kind)) return true;
  if (profile.constraints.fullTimeStudy) return true;
  if (step.effort.hoursPerWeek >= FULL_TIME_HOURS) return false;
  if (!SELF_PACED.has(step.format) && step.effort.weeks > 2 && step.effort.hoursPerWeek > ADVISE.hoursLimit * profile.constraints.hoursPerWeek) return false;
  return true;
}

function fit(step: Step, profile: Profile, onPath: ReadonlySet<string>): number {
  let f = onPath.has(step.id) ? ADVISE.onPath : 0;
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
  if (r.foundations.length > 0) parts.push(`${parts.length ? 'builds' : 'Builds'} ${listNames(r.foundations)}, which the missing skills rest on`);
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
  if (r.first.length > 0) line.push(`learn ${listNames(r.first)} first`);
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
