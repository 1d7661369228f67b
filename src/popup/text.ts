// Words the popup shows for data the worker returns. Pure functions, so tests and the
// options page can use them without rendering anything.
import type { Analysis } from '../core/protocol';
import type { Advice, Gap, HaveRef } from '../core/schema';
import { paceText } from '../ui/pace';
import { DEGREE_NAME, EDUCATION_NAME } from '../ui/vocab';

export { kindLabel } from '../ui/steps';

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

// Sources are named the same way on every surface (src/ui/sources.ts).
export { sourceOf, sourcesOf, type Source } from '../ui/sources';

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
export function withViaNames(have: HaveRef[], analysis: Pick<Analysis, 'requirements' | 'gap'>): HaveRef[] {
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
