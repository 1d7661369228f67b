// The words every surface uses for the same things, so the pill, the panel, the popup and
// the options page never name one fact two ways.
import type { DegreeLevel, EducationLevel, Section, Seniority } from '../core/schema';

/** Section names in running text ("2 of 5 required", "1 of 2 nice to have"). */
export const SECTION_WORD: Readonly<Record<Section, string>> = { required: 'required', preferred: 'nice to have', other: 'mentioned' };
/** Section names as headings. */
export const SECTION_TITLE: Readonly<Record<Section, string>> = { required: 'Required', preferred: 'Nice to have', other: 'Mentioned' };

export const HAVE_WORD = 'you have it';
export const MISSING_WORD = 'missing';
export const UNCLEAR_TITLE = 'Requirements unclear';
export const UNCLEAR_TEXT = 'This listing names no required or nice-to-have skills GapLens can read, so it gets no score.';

export const DEGREE_NAME: Readonly<Record<DegreeLevel, string>> = { bachelor: "Bachelor's", master: "Master's", phd: 'PhD' };
export const EDUCATION_NAME: Readonly<Record<EducationLevel, string>> = { none: 'no degree', bachelor: "a Bachelor's", master: "a Master's", phd: 'a PhD' };

export const SENIORITY_NAME: Readonly<Record<Seniority, string>> = {
  intern: 'Internship', junior: 'Entry level', mid: 'Mid-level (a few years in)', senior: 'Senior level',
  staff: 'Staff level', principal: 'Principal level', lead: 'Lead role', manager: 'Manager role',
};

/** "2 of 5 required". */
export function countText(have: number, total: number, section: Section): string {
  return `${have} of ${total} ${SECTION_WORD[section]}`;
}

/** "5 required" (no profile yet). */
export function askedText(total: number, section: Section): string {
  return `${total} ${SECTION_WORD[section]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A slug that leaked from data ("software-engineering", "ml-engineer") in plain words. */
export function plainWords(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}
