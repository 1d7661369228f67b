// Where in a posting its flags were read: the sentence that asks for the degree, and the one
// that asks for the years. The popup shows them, so a user can check "PhD required" or "5+
// years" against the posting's own words before trusting it. Found with the extractor's own
// sentence readers (extract-years.ts, extract-degree.ts), so the sentence shown is one that
// reads as the same requirement.
import { degreesInSentence, mayNameDegree } from './extract-degree';
import { mayNameYears, yearsInSentence } from './extract-years';
import type { Requirements } from './schema';

export interface FlagEvidence { degree: string | null; years: string | null }

/** Longer sentences are cut: a run-on "sentence" of a whole block helps nobody. */
const MAX = 320;

function sentences(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => line.split(/(?<=[.;!?])\s+(?=[A-Z(•\-–*])/)).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function cut(raw: string): string {
  // A list item's bullet is the page's layout, not the posting's words.
  const s = raw.replace(/^[-•*–·]\s*/, '');
  return s.length <= MAX ? s : `${s.slice(0, MAX - 1).trimEnd()}…`;
}

/** The first sentence asking for the degree level and the years figure the reading chose; null where none reads so. */
export function flagEvidence(text: string, req: Pick<Requirements, 'degree' | 'years'>): FlagEvidence {
  const out: FlagEvidence = { degree: null, years: null };
  if (!req.degree && !req.years) return out;
  for (const s of sentences(text)) {
    // Read as an ask that may name a skill ("3+ years of Python"): only the figure is compared.
    if (req.years && out.years === null && mayNameYears(s) && yearsInSentence(s, 0, 'required', () => 1).some((c) => c.min === req.years!.min)) out.years = cut(s);
    if (req.degree && out.degree === null && mayNameDegree(s) && degreesInSentence(s, 0, 'other').mentions.some((m) => m.level === req.degree!.level)) out.degree = cut(s);
    if ((out.years !== null || !req.years) && (out.degree !== null || !req.degree)) break;
  }
  return out;
}
