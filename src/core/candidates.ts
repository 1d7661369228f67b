// Stage 2 of reading a posting, the text side: the taxonomy names found on one line, before the
// ambiguity rules (ambiguity.ts) decide which of them are meant. One walk of the automaton
// (automaton.ts) over the line's tokens finds every occurrence; the case rules then drop the
// ones written wrongly ("5 ml" is not ML) and the longest name wins an overlap.
import type { Matcher } from './automaton';
import { Kind, type Tokens } from './normalize';

/** Pattern p of the matcher found on tokens [tokStart, tokEnd) of a line. */
export interface Candidate {
  p: number;
  tokStart: number;
  tokEnd: number;
}

/** The candidates of one line that survived the case rules and the overlaps. */
export interface LineCandidates {
  /** In text order, none overlapping. */
  kept: Candidate[];
  /** Capitalised ambiguous forms written in lower case ("spark"): they need a list to count. */
  weakCase: Set<Candidate>;
  /**
   * taken[k] is not 0 where token k lies inside a kept candidate: 2 on the last token of a name of
   * several words, 1 on the others (scratch, valid until the next line).
   */
  taken: Uint8Array;
  /** The line has no lower-case letter (a heading in capitals). */
  allCaps: boolean;
}

/** Walk the automaton over tokens [from, to) and return every pattern occurrence. */
function walk(m: Matcher, tokens: Tokens): Candidate[] {
  const found: Candidate[] = [];
  const a = m.automaton;
  const ids = tokens.id;
  const named = m.named;
  let state = 0;
  for (let j = 0; j < tokens.n; j++) {
    const id = ids[j]!;
    // A word in no name (unknown, or only a rule word or an inflection) restarts the walk.
    if (id < 0 || id >= named) { state = 0; continue; }
    for (;;) {
      const n = a.edge(state, id);
      if (n !== 0) { state = n; break; }
      if (state === 0) break;
      state = m.fail[state]!;
    }
    let node = m.out[state]! >= 0 ? state : m.dict[state]!;
    while (node > 0) {
      const p = m.out[node]!;
      const len = m.lengths[p]!;
      found.push({ p, tokStart: j - len + 1, tokEnd: j + 1 });
      node = m.dict[node]!;
    }
  }
  return found;
}

function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

/**
 * Stable sort, in place: an insertion sort for the few items a line has (Array#sort's set-up
 * costs more than the sorting there), Array#sort (also stable) beyond.
 */
export function sortSmall<T>(a: T[], cmp: (x: T, y: T) => number): void {
  if (a.length > 16) { a.sort(cmp); return; }
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(a[j]!, x) > 0) { a[j + 1] = a[j]!; j--; }
    a[j + 1] = x;
  }
}


/** Words that make "edge" after them the idiom ("cutting edge", "leading-edge"), not computing at the edge (concepts.ts looks too). */
export const EDGE_IDIOM: ReadonlySet<string> = new Set(['cutting', 'leading', 'bleeding']);
/** Categories whose names take no version number: "GLP-1" is not a version of GLP. */
const VERSIONLESS = new Set(['method', 'math', 'domain']);

let takenBuf = new Uint8Array(256);
/** Words that join others; as the first word of a name they must keep the name's capitals. */
const CONJUNCTION = new Set(['or', 'and']);

/**
 * Whether a posting is written all in lower case: at least 200 letters and hardly a capital among
 * them (one in a hundred allows a pasted name or a heading; English prose has three or more).
 */
export function lowerCased(text: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    // Past one capital in a hundred of the whole text, no count of letters can bring it back.
    else if (c >= 65 && c <= 90) { letters++; if (++upper * 100 > n) return false; }
  }
  return letters >= 200 && upper * 100 <= letters;
}

/**
 * Candidates on the line text[start, end) whose tokens are `T`, or null when no name occurs. In a
 * posting written all in lower case (`lowerText`), a short acronym needs no capitals and a name
 * whose case tells it apart ("R", "Go", "Spark") is a weak candidate, kept only in a list of tools.
 */
export function lineCandidates(m: Matcher, T: Tokens, text: string, line: string, lowerText = false): LineCandidates | null {
  const raw = walk(m, T);
  if (raw.length === 0) return null;

  let allCaps = false;
  if (!/[a-z]/.test(line)) {
    const letters = line.replace(/[^A-Za-z]/g, '');
    allCaps = letters.length >= 4;
  }
  // 1. Case rules. A capitalised ambiguous form written in lower case ("spark", "transformers")
  // is kept only as a weak candidate: it needs to sit in a list of other tools.
  const weakCase = new Set<Candidate>();
  const cands = raw.filter((c) => {
    const p = m.patterns[c.p]!;
    const surface = p.exactCase || p.needsUpper || p.needsS ? text.slice(T.start[c.tokStart]!, T.end[c.tokEnd - 1]!) : '';
    // "GWA 1.262" (a grade average) is not GWAS: an acronym's final "S" is part of it, no plural.
    if (p.needsS && !/[sS]$/.test(surface)) return false;
    // "senior TLs", "two PMs": an acronym's plural written with a small "s" is no acronym ending in
    // "S" (TLS, PMS).
    if (p.form.length >= 3 && p.form.length <= 6 && p.form.charCodeAt(p.form.length - 1) === 83 /* S */ && /^[A-Z]+$/.test(p.form)) {
      const written = text.slice(T.start[c.tokStart]!, T.end[c.tokEnd - 1]!);
      if (written.length === p.form.length && written.endsWith('s') && written.slice(0, -1) === p.form.slice(0, -1)) return false;
    }
    if (p.exactCase && surface !== p.form) {
      if (surface.toLowerCase() !== p.key || (p.form.length < 3 && !lowerText)) return false;
      // "MOE" (Ministry of Education, Molecular Operating Environment) is not "MoE", nor "LORA"
      // (the radio) "LoRA": a short name with a capital inside, written all in capitals, is another
      // acronym. (Longer ones, "LATEX" for LaTeX, are the same name shouted.)
      if (p.form.length <= 4 && /[a-z][A-Z]/.test(p.form) && surface === surface.toUpperCase() && !allCaps) return false;
      // "AGILE", "SPARK" in an ordinary sentence is emphasis, not a different word.
      const shouted = p.form.length >= 4 && surface === surface.toUpperCase() && !allCaps;
      if (!shouted) weakCase.add(c);
    }
    // "cutting-edge AI" is not Edge AI; "semi-supervised learning" is not supervised learning.
    const first = T.start[c.tokStart]!;
    const before = c.tokStart - 1;
    // "X-ray" is no Ray: an ambiguous name joined by a hyphen to the word before is part of that word's compound.
    if (before >= 0 && T.kind[before] === Kind.Word && T.end[before] === first - 1 && text[first - 1] === '-'
      && (/^[a-z]+$/.test(text.slice(T.start[before]!, T.end[before]!)) || p.ambiguous)) {
      return false;
    }
    // "cutting edge ML", "leading edge AI": the idiom, written without its hyphen.
    if (before >= 0 && T.kind[before] === Kind.Word && T.lower(c.tokStart) === 'edge' && EDGE_IDIOM.has(T.lower(before))) return false;
    // A short acronym written in lower case ("sql", "aws") where the rest of the text has capitals:
    // three letters are kept as a weak candidate, read only beside other tools ("Python, sql,
    // Tableau"); one or two ("r", "c") are ordinary words.
    if (p.needsUpper && !hasUpper(surface) && !lowerText) {
      if (surface.length !== 3 || !/^[a-z]+$/.test(surface)) return false;
      weakCase.add(c);
    }
    // "ecommerce or tools such as…" is no OR-Tools: a name of several words whose first is a
    // conjunction in capitals ("OR") is read only where that word is written in capitals.
    if (c.tokEnd - c.tokStart > 1 && CONJUNCTION.has(T.lower(c.tokStart)) && /^[A-Z]{2,}/.test(p.form)
      && text.charCodeAt(first) >= 97 && !lowerText) return false;
    // "GLP-1", "IL-6", "CD-4": an ambiguous acronym of a method, field or standard joined to a number
    // by a hyphen names something else (a hormone, a protein), not the skill ("GLP" is Good
    // Laboratory Practice). A tool's may be its version ("ROS-2").
    const last = T.end[c.tokEnd - 1]!;
    if (p.ambiguous && c.tokEnd - c.tokStart === 1 && text.charCodeAt(last) === 45 /* - */ && /[0-9]/.test(text[last + 1] ?? '')
      && /^[A-Z]{2,}$/.test(p.form) && VERSIONLESS.has(m.taxonomy.skills[p.skill]!.category)) return false;
    return true;
  });
  // 2. Longest match wins an overlap; a written form beats a generated one of the same length.
  sortSmall(cands, (a, b) => (b.tokEnd - b.tokStart) - (a.tokEnd - a.tokStart) || a.tokStart - b.tokStart
    || Number(m.patterns[a.p]!.variant) - Number(m.patterns[b.p]!.variant));
  if (takenBuf.length < T.n) takenBuf = new Uint8Array(T.n * 2);
  const taken = takenBuf;
  taken.fill(0, 0, T.n);
  const kept: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.tokStart; k < c.tokEnd; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    for (let k = c.tokStart; k < c.tokEnd; k++) taken[k] = 1;
    // The last word of a name of several, its head ("forecasting models"): a verb may still take it as object.
    if (c.tokEnd - c.tokStart > 1) taken[c.tokEnd - 1] = 2;
    kept.push(c);
  }
  sortSmall(kept, (a, b) => a.tokStart - b.tokStart);
  return { kept, weakCase, taken, allCaps };
}
