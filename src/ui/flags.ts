// A listing's flags (degree, years, seniority) with whether this user meets them. A met
// flag is shown as met (green, with a check), never as a failure; the badge's pill shows
// only the worst unmet one.
import type { Analysis } from '../core/protocol';
import type { Section } from '../core/schema';
import type { Tone } from './tone';
import { DEGREE_NAME, EDUCATION_NAME, SENIORITY_NAME } from './vocab';

/** met / unmet against the profile; 'unknown' without a profile; 'info' for what is never checked (seniority). */
export type FlagStatus = 'met' | 'unmet' | 'unknown' | 'info';

export interface Flag {
  kind: 'degree' | 'years' | 'seniority';
  /** What the listing asks, e.g. "Master's required", "10+ years". */
  text: string;
  /** How the user stands, e.g. "short by 4 years", "you have a PhD"; empty when unknown. */
  detail: string;
  status: FlagStatus;
  section: Section;
  tone: Tone;
  /** How much it holds the user back: 0 unless unmet; required above preferred. */
  severity: number;
}

const mark: Readonly<Record<FlagStatus, string>> = { met: '✓', unmet: '!', unknown: '', info: '' };
/** The symbol shown before a flag, so met/unmet does not rest on colour alone. */
export const flagMark = (f: Flag): string => mark[f.status];

function toneOf(status: FlagStatus, section: Section): Tone {
  if (status === 'met') return 'good';
  if (status === 'unmet') return section === 'required' ? 'low' : 'fair';
  return 'neutral';
}

export function flagsOf(analysis: Pick<Analysis, 'requirements' | 'gap'>): Flag[] {
  const { requirements: r, gap } = analysis;
  const flags: Flag[] = [];
  if (r.degree) {
    const word = r.degree.section !== 'required' ? 'nice to have' : r.degree.equivalentExperience ? 'or equivalent experience' : 'required';
    const g = gap?.degree;
    const status: FlagStatus = !g ? 'unknown' : g.status === 'short' ? 'unmet' : 'met';
    const detail = !g ? '' : g.status === 'waived' ? 'your experience counts instead' : `you have ${EDUCATION_NAME[g.have]}`;
    const section = r.degree.section;
    flags.push({
      kind: 'degree', text: `${DEGREE_NAME[r.degree.level]} ${word}`, detail, status, section, tone: toneOf(status, section),
      severity: status === 'unmet' ? (section === 'required' && !r.degree.equivalentExperience ? 0.15 : 0.05) : 0,
    });
  }
  if (r.years) {
    const g = gap?.years;
    const status: FlagStatus = !g ? 'unknown' : g.status === 'short' ? 'unmet' : 'met';
    const detail = !g ? '' : g.status === 'short' ? `short by ${g.shortBy} ${g.shortBy === 1 ? 'year' : 'years'}` : `you have ${g.have}`;
    const section = r.years.section;
    const share = g && g.required > 0 ? Math.min(1, g.shortBy / g.required) : 0;
    flags.push({
      kind: 'years', text: `${r.years.min < 1 ? `${Math.round(r.years.min * 12)}+ months` : `${r.years.min}+ years`}${section === 'preferred' ? ' nice to have' : ''}`, detail, status, section, tone: toneOf(status, section),
      severity: status === 'unmet' ? (section === 'required' ? 0.15 * share + 0.001 : 0.05 * share) : 0,
    });
  }
  if (r.seniority) {
    flags.push({ kind: 'seniority', text: SENIORITY_NAME[r.seniority], detail: '', status: 'info', section: 'other', tone: 'neutral', severity: 0 });
  }
  return flags;
}

/** The flag the pill shows: the unmet one that costs most; without a profile, the first requirement asked. */
export function pillFlag(flags: readonly Flag[]): Flag | null {
  const unmet = flags.filter((f) => f.status === 'unmet').sort((a, b) => b.severity - a.severity);
  if (unmet.length) return unmet[0]!;
  return flags.find((f) => f.status === 'unknown' && f.section === 'required') ?? null;
}

/** "10+ years (short by 4 years)", "PhD required (met: you have a PhD)". */
export function flagText(f: Flag): string {
  if (!f.detail) return f.text;
  return f.status === 'met' ? `${f.text} (met: ${f.detail})` : `${f.text} (${f.detail})`;
}

/** The pill's short form: what is asked, plus the shortfall for years ("10+ years (short by 4 years)"). */
export function pillFlagText(f: Flag): string {
  return f.kind === 'years' && f.status === 'unmet' ? `${f.text} (${f.detail})` : f.text;
}
