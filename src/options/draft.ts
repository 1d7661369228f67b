// The profile as the form holds it: numbers stay the strings the user typed, so "-3" can
// be shown back with an explanation instead of being silently coerced. `validateDraft`
// is the one gate between the form and `saveProfile`.
import {
  Profile, type Background, type Budget, type CustomSkill, type EducationLevel, type SkillLevel, type TargetRole,
} from '../core/schema';
import { rememberCustom } from './taxonomy';

export interface Draft {
  skills: Array<{ id: string; level: SkillLevel }>;
  /** The user's own skills outside the taxonomy; only those still in `skills` are saved. */
  custom: CustomSkill[];
  educationLevel: EducationLevel;
  field: string;
  years: string;
  background: Background;
  targets: TargetRole[];
  domains: string[];
  hours: string;
  budget: Budget;
  fullTimeStudy: boolean;
  relocation: boolean;
}

export type DraftField = 'skills' | 'field' | 'years' | 'targets' | 'domains' | 'hours';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const LIMITS = { yearsMax: 60, hoursMin: 1, hoursMax: 80, fieldMax: 120, domainMax: 60, domainsMax: 30, skillsMax: 1000 } as const;

export function draftOf(p: Profile): Draft {
  rememberCustom(p.custom ?? []);
  return {
    skills: p.skills.map((s) => ({ ...s })),
    custom: (p.custom ?? []).map((c) => ({ ...c })),
    educationLevel: p.education.level,
    field: p.education.field,
    years: String(p.years),
    background: p.background,
    targets: [...p.targets],
    domains: [...p.domains],
    hours: String(p.constraints.hoursPerWeek),
    budget: p.constraints.budget,
    fullTimeStudy: p.constraints.fullTimeStudy,
    relocation: p.constraints.relocation,
  };
}

/** A number typed in a field, or null when it is not one (empty, "abc", "1e400"). */
function numberOf(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function validateDraft(d: Draft, base: Profile): { profile: Profile; errors: null } | { profile: null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const years = numberOf(d.years);
  if (years === null) errors.years = 'Enter a number of years, for example 3 (0 if none).';
  else if (years < 0 || years > LIMITS.yearsMax) errors.years = `Years of experience must be between 0 and ${LIMITS.yearsMax}.`;
  const hours = numberOf(d.hours);
  if (hours === null || !Number.isInteger(hours)) errors.hours = 'Enter a whole number of hours, for example 5.';
  else if (hours < LIMITS.hoursMin || hours > LIMITS.hoursMax) errors.hours = `Hours per week must be between ${LIMITS.hoursMin} and ${LIMITS.hoursMax}.`;
  if (d.field.trim().length > LIMITS.fieldMax) errors.field = `Keep the field under ${LIMITS.fieldMax} characters.`;
  if (d.domains.length > LIMITS.domainsMax) errors.domains = `At most ${LIMITS.domainsMax} domains.`;
  if (d.skills.length > LIMITS.skillsMax) errors.skills = `At most ${LIMITS.skillsMax} skills.`;
  if (Object.keys(errors).length > 0) return { profile: null, errors };

  const candidate = {
    ...base,
    skills: d.skills.map((s) => ({ id: s.id, level: s.level })),
    education: { level: d.educationLevel, field: d.field.trim() },
    years: years!,
    background: d.background,
    targets: [...new Set(d.targets)],
    domains: [...new Set(d.domains.map((x) => x.trim()).filter(Boolean))],
    constraints: { hoursPerWeek: hours!, budget: d.budget, fullTimeStudy: d.fullTimeStudy, relocation: d.relocation },
  };
  // A custom skill goes with its row: removed from the skills, it is no longer looked for in postings.
  const custom = d.custom.filter((c) => d.skills.some((s) => s.id === c.id));
  if (custom.length > 0) Object.assign(candidate, { custom });
  else delete (candidate as { custom?: unknown }).custom;
  // The schema has the last word: anything it refuses is reported, never sent.
  const parsed = Profile.safeParse(candidate);
  if (parsed.success) return { profile: parsed.data, errors: null };
  const fallback: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const top = String(issue.path[0] ?? '');
    const key: DraftField = top === 'years' ? 'years' : top === 'constraints' ? 'hours' : top === 'education' ? 'field'
      : top === 'targets' ? 'targets' : top === 'domains' ? 'domains' : 'skills';
    fallback[key] ??= issue.message;
  }
  return { profile: null, errors: fallback };
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
