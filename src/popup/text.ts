// Words the popup shows for data the worker returns. Pure functions, so tests and the
// options page can use them without rendering anything.
import type { Analysis } from '../core/protocol';
import type { Advice, Gap, HaveRef, StepKind } from '../core/schema';
import { paceText } from '../ui/pace';
import { seedOf } from '../ui/sources';
import { DEGREE_NAME, EDUCATION_NAME } from '../ui/vocab';

const KIND: Record<StepKind, string> = {
  course: 'Course',
  degree: 'Degree',
  bootcamp: 'Bootcamp',
  fellowship: 'Fellowship',
  residency: 'Residency',
  postdoc: 'Postdoc',
  project: 'Project',
  'paper-replication': 'Paper replication',
  competition: 'Competition',
  'volunteer-research': 'Volunteer research',
  'open-source': 'Open source',
  community: 'Community',
  'internal-move': 'Internal move',
  'job-step': 'Job step',
  networking: 'Networking',
  'self-study': 'Self-study',
};
export const kindLabel = (kind: StepKind): string => KIND[kind];

/**
 * A step's effort. With the user's own hours a week, at their pace ("about 7 weeks at
 * your 5 h/week"), the source's plan after it; without, as the source plans it.
 */
export function effortText(effort: Advice['effort'], pace?: number | null): string {
  const planned = `~${effort.weeks === 1 ? '1 week' : `${effort.weeks} weeks`} · ${effort.hoursPerWeek} h/week`;
  if (!pace || pace === effort.hoursPerWeek) return pace ? paceText(effort, pace) : planned;
  return `${paceText(effort, pace)} (planned as ${planned.replace(' · ', ' at ')})`;
}

const COST: Record<Advice['cost'], string> = { free: 'Free', low: 'Low cost', high: 'High cost', stipend: 'Paid stipend' };
export const costLabel = (cost: Advice['cost']): string => COST[cost];

export type Source = { kind: 'link'; href: string; label: string } | { kind: 'text'; label: string };

/**
 * Sources in data/paths.json are either web addresses or the seed advice files the
 * step was drawn from ("seeds/002_<hash>.txt"): those are named by their title, and
 * linked where the article's address is known (src/ui/sources.ts).
 * Anything that is not an http(s) address is shown as text, never as a link.
 */
export function sourceOf(raw: string): Source {
  const seed = seedOf(raw);
  if (seed) {
    const label = `“${seed.title}” (${seed.where})`;
    return seed.url ? { kind: 'link', href: seed.url, label } : { kind: 'text', label };
  }
  // A seed file we have no title for is still not a web page: never shown as a path.
  if (/^seeds\//i.test(raw)) return { kind: 'text', label: 'A career-change advice article' };
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      return { kind: 'link', href: url.href, label: url.hostname.replace(/^www\./, '') };
    }
  } catch {
    // not an address: shown as text below
  }
  return { kind: 'text', label: raw };
}

/** Links first (they are what a person can act on), seeds after, each once. */
export function sourcesOf(raw: string[]): Source[] {
  const seen = new Set<string>();
  const all = raw.map(sourceOf).filter((s) => {
    const key = s.kind === 'link' ? s.href : s.label;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...all.filter((s) => s.kind === 'link'), ...all.filter((s) => s.kind === 'text')];
}

/** A step's availability, when the worker passes it on (Advice does not carry it yet). */
const UNCONFIRMED = 'We could not confirm this is running now: check before you plan around it.';

export function statusNote(step: Advice): string | null {
  return step.status === 'unknown' ? step.statusNote ?? UNCONFIRMED : null;
}

export interface WhyView {
  /** The reason, without the parts the card shows on their own (effort, cost, status). */
  why: string;
  /** "longer at your 6 h/week" and the like, shown beside the effort. */
  effortNote: string | null;
  /** The advice said the programme's status is unconfirmed. */
  unconfirmed: boolean;
}

const COST_WORDS = new Set(['free', 'low cost', 'high cost', 'paid (stipend)']);

/**
 * The worker's `why` is one sentence of "; "-separated parts, the last ones repeating the
 * effort, cost and status that the card shows in their own places. Drop those repeats;
 * anything unrecognised stays, so a change of wording costs a repeat, never a lost fact.
 */
export function whyOf(why: string): WhyView {
  let effortNote: string | null = null;
  let unconfirmed = false;
  const kept = why.split('; ').filter((part) => {
    const p = part.trim();
    const effort = /^~[^;]* at \d+ h\/week(?: \(([^)]+)\))?$/.exec(p);
    if (effort) { effortNote = effort[1] ?? null; return false; }
    if (COST_WORDS.has(p.toLowerCase())) return false;
    if (/^check it still runs$/i.test(p)) { unconfirmed = true; return false; }
    return true;
  });
  const text = kept.join('; ').trim();
  return { why: text ? text[0]!.toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : '', effortNote, unconfirmed };
}

export function unconfirmedNote(step: Advice, view: WhyView): string | null {
  return statusNote(step) ?? (view.unconfirmed ? UNCONFIRMED : null);
}

/**
 * `via` names the profile skill that implies a have; the matcher may give its id
 * ("pytorch"). Show a name wherever this analysis knows one.
 */
export function withViaNames(have: HaveRef[], analysis: Analysis): HaveRef[] {
  const names = new Map<string, string>();
  for (const s of analysis.requirements.skills) names.set(s.id, s.name);
  const gap = analysis.gap;
  if (gap) {
    for (const part of [gap.required, gap.preferred]) for (const s of [...part.have, ...part.missing]) names.set(s.id, s.name);
    for (const g of gap.groups) for (const o of g.options) names.set(o.id, o.name);
  }
  return have.map((h) => (h.via && names.has(h.via) ? { ...h, via: names.get(h.via)! } : h));
}

/**
 * Why the score is below the skill counts, in plain words: a required degree or years the
 * user is short of ("10% lower: it asks for 5+ years and you have 3").
 */
export function penaltyText(gap: Gap): string {
  const why: string[] = [];
  if (gap.degree?.status === 'short' && gap.degree.section === 'required') {
    const asked = gap.degree.level === 'phd' ? 'a PhD' : `a ${DEGREE_NAME[gap.degree.level]} degree`;
    why.push(`${asked} and you have ${EDUCATION_NAME[gap.degree.have]}`);
  }
  if (gap.years?.status === 'short') why.push(`${gap.years.required}+ years and you have ${gap.years.have}`);
  const share = Math.round(gap.explain.flagPenalty * 100);
  return `${share}% lower: it asks for ${why.length ? why.join(', and ') : 'more than your profile shows'}`;
}
