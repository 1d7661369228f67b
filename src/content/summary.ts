// Words for the badge: the aria-label states the result so a screen reader user hears
// the same thing a sighted user sees at a glance.
import type { Analysis, CardResult } from '../core/protocol';

const MAX_NAMED = 3;

function list(names: string[]): string {
  const shown = names.slice(0, MAX_NAMED).join(', ');
  return names.length > MAX_NAMED ? `${shown} and ${names.length - MAX_NAMED} more` : shown;
}

const DEGREE: Record<string, string> = { bachelor: "Bachelor's", master: "Master's", phd: 'PhD' };

export function flagsOf(analysis: Analysis): string[] {
  const { requirements: r, gap } = analysis;
  const flags: string[] = [];
  if (r.degree) {
    const word = r.degree.section === 'required' && !r.degree.equivalentExperience ? 'required' : r.degree.section === 'required' ? 'or equivalent' : 'preferred';
    const short = gap?.degree?.status === 'short' ? ' (you: no)' : '';
    flags.push(`${DEGREE[r.degree.level]} ${word}${short}`);
  }
  if (r.years) {
    const short = gap?.years?.status === 'short' ? ` (short by ${gap.years.shortBy})` : '';
    flags.push(`${r.years.min}+ years${short}`);
  }
  if (r.seniority) flags.push(r.seniority[0]!.toUpperCase() + r.seniority.slice(1));
  return flags;
}

export function badgeLabel(x: Analysis | CardResult): string {
  if ('requirements' in x) {
    const flags = flagsOf(x).filter((f) => !/^[A-Z][a-z]+$/.test(f) || f.includes('PhD'));
    const tail = flags.length ? `; ${flags.join('; ')}` : '';
    const required = x.requirements.skills.filter((s) => s.section === 'required').map((s) => s.name);
    if (x.gap) {
      const total = x.gap.required.have.length + x.gap.required.missing.length;
      const missing = x.gap.required.missing.map((m) => m.name);
      if (!total) return `GapLens: no required skills found${tail}`;
      return `GapLens: ${x.gap.required.have.length} of ${total} required skills${missing.length ? `; missing ${list(missing)}` : '; nothing missing'}${tail}`;
    }
    if (!required.length) return `GapLens: no required skills found${tail}; set up your profile to see your gap`;
    return `GapLens: requires ${list(required)}${tail}; set up your profile to see your gap`;
  }
  if (x.score === null) return x.required.length ? `GapLens: requires ${list(x.required)}` : 'GapLens: no required skills found';
  return `GapLens: ${x.requiredHave} of ${x.requiredTotal} required skills${x.missing.length ? `; missing ${list(x.missing)}` : ''}`;
}

export function scoreTone(score: number): 'good' | 'fair' | 'low' {
  return score >= 0.75 ? 'good' : score >= 0.45 ? 'fair' : 'low';
}
