// Words the options page shows for the profile's enums, in one place.
import type { Background, Budget, EducationLevel, SkillLevel, TargetRole } from '../core/schema';

export const BACKGROUNDS: ReadonlyArray<{ id: Background; label: string }> = [
  { id: 'life-sciences', label: 'Life sciences (biology, medicine)' },
  { id: 'physics', label: 'Physics' },
  { id: 'chemistry', label: 'Chemistry' },
  { id: 'maths-statistics', label: 'Maths or statistics' },
  { id: 'software-engineering', label: 'Software engineering' },
  { id: 'data-analysis', label: 'Data or business analysis' },
  { id: 'product', label: 'Product management' },
  { id: 'other', label: 'Something else' },
];

export const TARGETS: ReadonlyArray<{ id: TargetRole; label: string }> = [
  { id: 'ml-engineer', label: 'ML engineer' },
  { id: 'data-scientist', label: 'Data scientist' },
  { id: 'research-scientist', label: 'Research scientist' },
  { id: 'applied-scientist', label: 'Applied scientist' },
  { id: 'mlops-engineer', label: 'MLOps engineer' },
  { id: 'computational-biologist', label: 'Computational biologist' },
  { id: 'data-analyst', label: 'Data analyst' },
  { id: 'ml-product-manager', label: 'ML product manager' },
  { id: 'data-engineer', label: 'Data engineer' },
];

export const EDUCATION: ReadonlyArray<{ id: EducationLevel; label: string }> = [
  { id: 'none', label: 'No degree' },
  { id: 'bachelor', label: "Bachelor's" },
  { id: 'master', label: "Master's" },
  { id: 'phd', label: 'PhD' },
];

export const BUDGETS: ReadonlyArray<{ id: Budget; label: string; hint: string }> = [
  { id: 'free', label: 'Free only', hint: 'free courses and projects' },
  { id: 'low', label: 'Low', hint: 'up to a few hundred' },
  { id: 'high', label: 'High', hint: 'bootcamps, degrees' },
];

export const LEVELS: ReadonlyArray<{ id: SkillLevel; label: string }> = [
  { id: 'learning', label: 'Learning' },
  { id: 'working', label: 'Working' },
  { id: 'strong', label: 'Strong' },
];

/** The options page's own labels for ids in the "what will change" list. */
export const DIFF_WORDS = {
  background: (id: string) => BACKGROUNDS.find((b) => b.id === id)?.label ?? id,
  target: (id: string) => TARGETS.find((t) => t.id === id)?.label ?? id,
  budget: (id: string) => BUDGETS.find((b) => b.id === id)?.label ?? id,
};

export const labelOf = <T extends string>(list: ReadonlyArray<{ id: T; label: string }>, id: T): string =>
  list.find((x) => x.id === id)?.label ?? id;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Local calendar date as YYYY-MM-DD (the export file name uses the user's day, not UTC's). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function shortDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

/**
 * A file that is not text at all (a PDF, a Word file, an image), named for what it is
 * with what to do instead, before any parser can answer "Unexpected token '%'".
 */
export function wrongFileKind(text: string): string | null {
  const head = text.slice(0, 8);
  if (head.startsWith('%PDF')) return 'This is a PDF, not a profile file. If it is your CV, choose it under “Import your CV” above; here, choose a GapLens export or a JSON Resume file (.json).';
  if (head.startsWith('PK\u0003\u0004')) return 'This is a Word or other zipped document, not a profile file. If it is your CV, choose it under “Import your CV” above; here, choose a GapLens export or a JSON Resume file (.json).';
  if (/^(\u0089PNG|GIF8|\u00ff\u00d8\u00ff|\ufffdPNG|\ufffd\ufffd\ufffd)/.test(head)) return 'This is an image (a binary file, not text). GapLens cannot read text from pictures: paste your résumé as text, or choose a GapLens export or a JSON Resume file (.json).';
  return null;
}

/** Plain names for the places in a profile file that a validation message names. */
const FIELD_WORDS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^profile\.skills\[(\d+)\]\.level$/, (m) => `the level of skill ${Number(m[1]) + 1}`],
  [/^profile\.skills\[(\d+)\]/, (m) => `skill ${Number(m[1]) + 1}`],
  [/^profile\.skills$/, () => 'the skills list'],
  [/^profile\.custom/, () => 'your own skills'],
  [/^profile\.years$/, () => 'years of experience'],
  [/^profile\.constraints\.hoursPerWeek$/, () => 'hours per week'],
  [/^profile\.constraints\.budget$/, () => 'the budget'],
  [/^profile\.constraints/, () => 'time and money'],
  [/^profile\.education\.level$|^profile\.degree$/, () => 'the highest degree'],
  [/^profile\.education/, () => 'education'],
  [/^profile\.background$/, () => 'the background'],
  [/^profile\.targets/, () => 'the target roles'],
  [/^profile\.domains/, () => 'the domains'],
  [/^profile\.version$/, () => 'the format version'],
  [/^profile$/, () => 'the profile'],
  [/^work\[(\d+)\]\.(startDate|endDate)$/, (m) => `the ${m[2] === 'startDate' ? 'start' : 'end'} date of job ${Number(m[1]) + 1}`],
  [/^work/, () => 'the work history'],
  [/^format$/, () => 'the file type'],
  [/^corrections/, () => 'the corrections'],
  [/^plan/, () => 'the plan'],
];

/**
 * An import error in plain words (issue 19 item 9): a validation message such as
 * "profile.constraints.hoursPerWeek: expected a value ≤ 80, got 120" becomes "Hours per
 * week is not in the form GapLens expects", with the exact message kept as the detail.
 * Messages that are already sentences pass through.
 */
export function plainImportError(raw: string): { text: string; detail: string | null } {
  const parts = raw.split('; ').map((p) => /^([A-Za-z][\w.[\]]*): /.exec(p)?.[1] ?? null);
  if (parts.some((p) => p === null)) return { text: raw, detail: null };
  const names = [...new Set(parts.map((path) => {
    for (const [re, name] of FIELD_WORDS) { const m = re.exec(path!); if (m) return name(m); }
    return path!;
  }))];
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return {
    text: `In this file, ${list} ${names.length === 1 ? 'is' : 'are'} not in the form GapLens expects. Export the profile from GapLens again, or correct ${names.length === 1 ? 'that value' : 'those values'} in the file.`,
    detail: raw,
  };
}
