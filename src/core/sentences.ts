// Where sentences end inside a line of tokens: shared by the ambiguity rules (a cue counts only
// in its own sentence) and by the section reader (cues are read sentence by sentence).
import type { Matcher } from './automaton';
import { Kind, type Tokens } from './normalize';
import { Rule, isRule } from './rule-words';

/** Does token i end a sentence (., !, ?, ; or a line break — not the dot of "e.g." or "etc.")? */
export function sentenceEnd(m: Matcher, t: Tokens, i: number, text: string): boolean {
  if (t.kind[i] !== Kind.Punct) return t.kind[i] === Kind.Word && runOnItem(t, i, text);
  const c0 = text.charCodeAt(t.start[i]!);
  // The mark itself: "\n", "!", "?", ";" end a sentence, "." may.
  if (c0 === 10 || c0 === 33 || c0 === 63) return true;
  // "(domains - industrial, physics; types - CFD, optics) … is a plus": a ";" or an in-line
  // dash inside brackets parts the items of an aside, not sentences.
  if (c0 === 59) return !inBrackets(text, t.start[i]!);
  // A list bullet inside a line ("… Python • SQL", "… Python * SQL", "… Python - Strong SQL"):
  // where a posting was flattened, the items' line breaks are gone and the bullet is what is left.
  if (c0 === 0x2022 || c0 === 0x25aa || c0 === 0x25cf || c0 === 0x25e6 || c0 === 0x2023 || c0 === 0x25a0 || c0 === 0x25ba || c0 === 0x27a2) return true;
  // "… preferably Python, SAS or R · Familiar with PostgreSQL": a middle dot between spaces is a
  // bullet (or a separator, which parts as much); inside a word ("l·l") it is not a token at all.
  if (c0 === 0xb7) return text.charCodeAt(t.start[i]! - 1) === 32 && text.charCodeAt(t.start[i]! + 1) === 32;
  if (c0 === 42 || c0 === 45) return bulletInLine(t, i, text, c0 === 45) && !inBrackets(text, t.start[i]!);
  if (c0 !== 46) return false;
  if (i > 0 && t.kind[i - 1] === Kind.Word && isRule(m, t, i - 1, Rule.Abbreviation)) return false;
  // The last dot of an initialism ("Ph.D. + 0-2 years, M.S. + 2-4 years", "B.Sc. in"): its letters
  // are cut by dots, so no word before it is longer than two letters.
  if (initialism(t, i, text)) return false;
  if (i + 1 >= t.n) return true;
  // "a Ph. D. in Chemistry": the doctorate written with a space after its first dot.
  if (t.end[i - 1] === t.start[i] && /^ph$/i.test(text.slice(t.start[i - 1]!, t.end[i - 1]!)) && /^d$/i.test(text.slice(t.start[i + 1]!, t.end[i + 1]!))) return false;
  // "an M. Sc. in Physics", "a B. Sc.": a short degree written with a space after its first dot.
  if (t.end[i - 1] === t.start[i] && /^[bm]$/i.test(text.slice(t.start[i - 1]!, t.end[i - 1]!)) && /^(?:sc|tech|eng|phil)$/i.test(text.slice(t.start[i + 1]!, t.end[i + 1]!))) return false;
  const c = text.charCodeAt(t.start[i + 1]!);
  // "BSc. / MSc. in Physics": a dot before a slash abbreviates; the slash joins what follows to it.
  if (c === 47) return false;
  // "(tools such as WEKA, R. Python or others) strongly desired": a full stop inside brackets.
  return (t.kind[i + 1] === Kind.Punct || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) && !inBrackets(text, t.start[i]!);
}

/**
 * Whether offset `at` lies inside a bracket opened before it and closed after it on the same line,
 * each within 200 characters (a bounded look, so a line of many marks costs linear work).
 */
function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  let open = false;
  for (let j = at - 1; j >= 0 && j >= at - 200; j--) {
    const c = text.charCodeAt(j);
    if (c === 10) return false;
    if (c === 41) depth++;
    else if (c === 40 && --depth < 0) { open = true; break; }
  }
  if (!open) return false;
  depth = 0;
  for (let j = at + 1; j < text.length && j <= at + 200; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return false;
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return true;
  }
  return false;
}

/** "*" or "-" standing alone between spaces, and for "-" a capital after it (not "2 - 3 years"). */
function bulletInLine(t: Tokens, i: number, text: string, dash: boolean): boolean {
  const at = t.start[i]!;
  // The line's own bullet starts no new sentence: nothing is before it.
  if (i === 0 || t.end[i] !== at + 1 || at === 0 || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at + 1) !== 32) return false;
  if (!dash) return true;
  let j = at + 2;
  while (text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  return c >= 65 && c <= 90;
}

/**
 * Whether the dot at token i closes an initialism written with dots ("M.S.", "Ph.D.", "B.Sc.",
 * "U.S."; the tokenizer keeps "Ph.D" as one word): parts of one or two letters, the dot right
 * after. A line break or a capitalised word of three letters or more after it still ends the
 * sentence ("… in the U.S. We are …").
 */
function initialism(t: Tokens, i: number, text: string): boolean {
  if (i < 1 || i + 1 >= t.n || t.kind[i - 1] !== Kind.Word || t.end[i - 1] !== t.start[i]) return false;
  const word = text.slice(t.start[i - 1]!, t.end[i - 1]!);
  if (word.length > 8 || !/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return false;
  const next = text.slice(t.start[i + 1]!, t.end[i + 1]!);
  return !(next === '\n' || (t.kind[i + 1] === Kind.Word && /^\p{Lu}\p{Ll}{2,}$/u.test(next)));
}

/**
 * "… 7 years software industry experience Experience with Java 2+ years …": a flattened list's
 * items run together, the next one opening with a capitalised word that items open with, right
 * after a word in lower case. The word before it ends the item (a name before it, "Python
 * Experience", or a title, "Relevant Experience", does not).
 */
function runOnItem(t: Tokens, i: number, text: string): boolean {
  if (i + 1 >= t.n || t.kind[i + 1] !== Kind.Word) return false;
  const next = t.start[i + 1]!;
  if (next !== t.end[i]! + 1 || text.charCodeAt(t.end[i]!) !== 32) return false;
  const c = text.charCodeAt(next);
  if (c < 65 || c > 90) return false;
  const first = text.charCodeAt(t.start[i]!);
  const last = text.charCodeAt(t.end[i]! - 1);
  if (first < 97 || first > 122 || last < 97 || last > 122) return false;
  return ITEM_OPENERS.has(t.norm(i + 1)) && !JOINS_NEXT.has(t.norm(i));
}
/** Words that join what follows them to their own phrase ("Years of Experience", "5 years Experience in …"). */
const JOINS_NEXT: ReadonlySet<string> = new Set([
  'of', 'in', 'with', 'and', 'or', 'the', 'a', 'an', 'to', 'for', 'your', 'our', 'their', 'any', 'some', 'no', 'on', 'at', 'by',
  'as', 'from', 'year', 'yr', 'relevant', 'professional', 'work', 'working', 'industry', 'technical', 'previous', 'prior', 'required',
]);
/**
 * Words a requirement item opens with, capitalised ("Experience with …", "Strong knowledge of …").
 * Not a degree's words: "BS or Master Degree in …" is one option list.
 */
const ITEM_OPENERS: ReadonlySet<string> = new Set([
  'experience', 'experienced', 'knowledge', 'strong', 'proficiency', 'proficient', 'familiarity', 'familiar', 'ability', 'excellent',
  'solid', 'deep', 'understanding', 'demonstrated', 'proven', 'expertise', 'background', 'fluency', 'fluent', 'must', 'prior', 'previous', 'hands',
]);
