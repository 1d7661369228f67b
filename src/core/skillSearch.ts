// Autocomplete over the taxonomy: every skill's name and aliases, forgiving of the way
// people actually type ("sklearn", "scikt learn", "k8s", "pytorh"). Hand-written rather
// than a library: the ranking we want (exact > prefix > substring > small typo, names a
// little above aliases) is ~100 lines, while fuzzy libraries (fuse.js, match-sorter)
// bring their own scoring that ranks "R" or "Go" oddly and would need tuning anyway.
// Pure: no DOM, so it is unit-tested directly and reused by onboarding, the editor and the
// worker (the badge panel's "Add a skill this listing asks for" asks it by message).
import type { SkillDef } from './schema';

export interface SearchTerm {
  /** The surface form as written in the taxonomy (a name or an alias). */
  text: string;
  isName: boolean;
  compact: string;
  tokens: string[];
}
export interface IndexedSkill {
  skill: SkillDef;
  terms: SearchTerm[];
}
export type SkillIndex = IndexedSkill[];

export interface SkillSuggestion {
  skill: SkillDef;
  /** The alias that matched, when it was not the name ("sklearn" for scikit-learn). */
  via: string | null;
  score: number;
}

/** Lowercase, accents off, split on anything that is not a letter, digit, + or #. */
export function tokensOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean);
}

function term(text: string, isName: boolean): SearchTerm {
  const tokens = tokensOf(text);
  return { text, isName, tokens, compact: tokens.join('') };
}

export function buildSkillIndex(skills: readonly SkillDef[]): SkillIndex {
  return skills.map((skill) => ({
    skill,
    terms: [term(skill.name, true), ...skill.aliases.map((a) => term(a, false))].filter((t) => t.compact.length > 0),
  }));
}

/**
 * Optimal string alignment distance (edits, with a swap of two neighbours counting as
 * one), giving up early once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Typos allowed in a word of this length: none for short words, where one edit is a different word. */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** Distance from a typed token to a term token, letting the last typed token be a prefix. */
function tokenDistance(typed: string, token: string, partial: boolean): number {
  const max = typoBudget(typed.length);
  let best = editDistance(typed, token, max);
  if (partial && token.length > typed.length) {
    for (const len of [typed.length - 1, typed.length, typed.length + 1]) {
      if (len < 1 || len > token.length) continue;
      best = Math.min(best, editDistance(typed, token.slice(0, len), max));
    }
  }
  return best;
}

/** Score of a term equal to the query once case and separators are ignored. */
export const EXACT = 1000;
/** Lowest score of a term whose words start with the query's words. */
const WORD_PREFIX = 750;

/** How well one term answers the query; 0 means not at all. */
function scoreTerm(q: { tokens: string[]; compact: string }, t: SearchTerm): number {
  const bonus = t.isName ? 5 : 0;
  if (t.compact === q.compact) return EXACT + bonus;
  if (t.compact.startsWith(q.compact)) return 900 + bonus - Math.min(50, t.compact.length - q.compact.length);
  // Each typed word starts a word of the term ("learn sci" → scikit-learn is not, "sci le" is).
  const used = new Set<number>();
  const allPrefix = q.tokens.every((qt) => {
    const i = t.tokens.findIndex((tt, k) => !used.has(k) && tt.startsWith(qt));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
  if (allPrefix) return 800 + bonus - Math.min(50, t.compact.length - q.compact.length);
  // Inside a word only for longer queries: "ngs" inside "langsmith" or "things" is noise.
  if (q.compact.length >= 4 && t.compact.includes(q.compact)) return 700 + bonus - Math.min(50, t.compact.length - q.compact.length);

  // Typos: either the whole thing with separators ignored ("scikitlern"), or word by word.
  const budget = typoBudget(q.compact.length);
  if (budget === 0) return 0;
  let distance = editDistance(q.compact, t.compact, budget);
  if (distance > budget && t.compact.length > q.compact.length) {
    distance = editDistance(q.compact, t.compact.slice(0, q.compact.length), budget);
  }
  if (distance > budget) {
    let total = 0;
    const taken = new Set<number>();
    for (const [n, qt] of q.tokens.entries()) {
      const partial = n === q.tokens.length - 1;
      let best = Infinity;
      let at = -1;
      for (const [k, tt] of t.tokens.entries()) {
        if (taken.has(k)) continue;
        const d = tt.startsWith(qt) && (partial || tt === qt) ? 0 : tokenDistance(qt, tt, partial);
        if (d < best) { best = d; at = k; }
      }
      if (at < 0 || best > typoBudget(qt.length)) return 0;
      taken.add(at);
      total += best;
    }
    distance = total;
  }
  if (distance > budget) return 0;
  return 500 + bonus - distance * 60;
}

export function searchSkills(index: SkillIndex, query: string, limit = 8): SkillSuggestion[] {
  const tokens = tokensOf(query);
  const compact = tokens.join('');
  if (!compact) return [];
  const q = { tokens, compact };
  const found: SkillSuggestion[] = [];
  for (const { skill, terms } of index) {
    let best = 0;
    let via: string | null = null;
    for (const t of terms) {
      const s = scoreTerm(q, t);
      if (s > best) { best = s; via = t.isName ? null : t.text; }
    }
    if (best > 0) found.push({ skill, via, score: best });
  }
  found.sort((a, b) => b.score - a.score || a.skill.name.length - b.skill.name.length || a.skill.name.localeCompare(b.skill.name));
  // When the query names a skill exactly (by name or alias), only words that start the
  // same way stay beside it: typo guesses and matches inside words are cut.
  const floor = found.length > 0 && found[0]!.score >= EXACT ? WORD_PREFIX : 0;
  return found.filter((f) => f.score >= floor).slice(0, limit);
}

/**
 * The taxonomy skill a name the user wants to add as their own already is: one whose name
 * or an alias is the same once case, separators and a plural "s" are ignored, or differs only
 * by typos over the whole word, first letter kept ("Pytorh", "scikit lern", "Tensorflows"). A name the taxonomy
 * merely starts with or contains ("Graph" for GraphPad Prism) is a different skill: null.
 */
export function closeSkill(index: SkillIndex, name: string): SkillSuggestion | null {
  const compact = tokensOf(name).join('');
  if (!compact) return null;
  const budget = typoBudget(compact.length);
  const bare = compact.length > 3 && compact.endsWith('s') ? compact.slice(0, -1) : compact;
  let best: SkillSuggestion | null = null;
  let bestDistance = Infinity;
  for (const { skill, terms } of index) {
    for (const t of terms) {
      // Typos keep the first letter: "Graph" is not a misspelt "igraph"; nor is a short word a
      // longer name starts with ("Graph" for GraphX), where "Kubernete" is Kubernetes cut short.
      const d = t.compact === compact || t.compact === bare ? 0
        : budget > 0 && t.compact[0] === compact[0] && !(compact.length <= 5 && t.compact.startsWith(compact)) ? editDistance(compact, t.compact, budget) : budget + 1;
      if (d > budget || d > bestDistance || (d === bestDistance && !t.isName)) continue;
      best = { skill, via: t.isName ? null : t.text, score: d === 0 ? EXACT : 500 - d * 60 };
      bestDistance = d;
    }
  }
  return best;
}
