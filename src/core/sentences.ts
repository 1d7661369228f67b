// Where sentences end inside a line of tokens: shared by the ambiguity rules (a cue counts only
// in its own sentence) and by the section reader (cues are read sentence by sentence).
import type { Matcher } from './automaton';
import { Kind, type Tokens } from './normalize';
import { Rule, isRule } from './rule-words';

/** Does token i end a sentence (., !, ?, ; or a line break — not the dot of "e.g." or "etc.")? */
export function sentenceEnd(m: Matcher, t: Tokens, i: number, text: string): boolean {
  if (t.kind[i] !== Kind.Punct) return false;
  const c0 = text.charCodeAt(t.start[i]!);
  // The mark itself: "\n", "!", "?", ";" end a sentence, "." may.
  if (c0 === 10 || c0 === 33 || c0 === 63 || c0 === 59) return true;
  if (c0 !== 46) return false;
  if (i > 0 && t.kind[i - 1] === Kind.Word && isRule(m, t, i - 1, Rule.Abbreviation)) return false;
  if (i + 1 >= t.n) return true;
  const c = text.charCodeAt(t.start[i + 1]!);
  return t.kind[i + 1] === Kind.Punct || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
