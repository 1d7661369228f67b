// Stages 1–3 of reading a posting for one line: tokens (normalize.ts) → candidate names
// (candidates.ts, over the automaton of automaton.ts) → the ambiguity rules (ambiguity.ts) →
// the skill mentions the line asks about. extract.ts reads sections and cues over them.
import type { SkillDef } from './schema';
import { Tokens, tokenizeInto } from './normalize';
import type { Matcher } from './automaton';
import { lineCandidates, type Candidate } from './candidates';
import { NAME_LIKE, pairHeadsAlone, resolve, type AmbiguityOptions } from './ambiguity';
import { findConcepts } from './concepts';

export { buildMatcher, Automaton, type Matcher, type Pattern } from './automaton';
export { sortSmall } from './candidates';
export { Rule, isRule } from './rule-words';
export { sentenceEnd } from './sentences';

export interface SkillMatch {
  skill: SkillDef;
  /** Character offsets in the scanned text; surface = text.slice(start, end). */
  start: number;
  end: number;
  surface: string;
  form: string;
  ambiguous: boolean;
}

/**
 * A line's tokens and the skill matches accepted on it (token indices are line-local). The
 * tokens live in a buffer that the next scanLine call reuses.
 */
export interface LineScan {
  tokens: Tokens;
  matches: Array<SkillMatch & { tokStart: number; tokEnd: number }>;
}

export type ScanOptions = AmbiguityOptions;

// Token buffer for scanLine, reused from line to line (scanLine never runs inside itself).
const lineTokens = new Tokens();

/**
 * The ambiguous names a listing's title writes as names, in their own case ("Delphi", "Spark",
 * "Rust"), as taxonomy indices: a job title names the technology the job is about. Only names
 * of four letters or more (not Go, R, AI or CV, which titles use in other senses), not a first
 * name (Julia), not a title in capitals, and not the employer ("Analyst at Delphi").
 */
export function titleNames(m: Matcher, title: string, company?: string | null): Set<number> {
  const out = new Set<number>();
  const t = title.slice(0, 300);
  const T = lineTokens;
  tokenizeInto(T, t, 0, t.length, m.vocab);
  const found = lineCandidates(m, T, t, t);
  if (!found || found.allCaps) return out;
  const employer = company?.trim();
  for (const c of found.kept) {
    const p = m.patterns[c.p]!;
    if (!p.ambiguous || !p.exactCase || found.weakCase.has(c) || p.key.replace(/[^a-z]/g, '').length < 4 || NAME_LIKE.has(p.key)) continue;
    const before = c.tokStart > 0 ? T.norm(c.tokStart - 1) : '';
    if (before === 'at' || before === '@') continue;
    if (employer && employer.length >= 2 && employer.includes(t.slice(T.start[c.tokStart]!, T.end[c.tokEnd - 1]!))) continue;
    out.add(p.skill);
  }
  return out;
}

/**
 * Scan text[start, end) — one line, or one chunk of an over-long line — and return its tokens and
 * accepted matches. Offsets in the result are offsets into `text`.
 */
export function scanLine(m: Matcher, text: string, start: number, end: number, opts: ScanOptions = {}): LineScan {
  const tokens = lineTokens;
  tokenizeInto(tokens, text, start, end, m.vocab);
  const T = tokens;
  const line = text.slice(start, end);
  const found = lineCandidates(m, T, text, line, opts.lowerCase === true);
  if (found === null) {
    const matches = phrases(m, T, text, null);
    // "functional and reactive programming": a shared head on a line of no other name.
    for (const c of pairHeadsAlone(m, T, text)) matches.push(asMatch(m, T, text, c, false));
    if (matches.length > 1) matches.sort((a, b) => a.tokStart - b.tokStart);
    return { tokens, matches };
  }
  const { kept } = found;
  const { status, extra } = resolve(m, T, text, start, end, line, found, opts);

  // A name found by the automaton, kept or not, is not read again as a phrase of its words.
  const matches: LineScan['matches'] = phrases(m, T, text, (k) => found.taken[k] === 0, (k) => found.taken[k] === 2);
  const sortNeeded = matches.length > 0;
  for (const c of extra) matches.push(asMatch(m, T, text, c, false));
  kept.forEach((c, i) => {
    if (status[i] === 1) matches.push(asMatch(m, T, text, c, m.patterns[c.p]!.ambiguous));
  });
  if (extra.length || sortNeeded) matches.sort((a, b) => a.tokStart - b.tokStart);
  return { tokens, matches };
}

/** A candidate as a match of the line. */
function asMatch(m: Matcher, T: Tokens, text: string, c: Candidate, ambiguous: boolean): LineScan['matches'][number] {
  const p = m.patterns[c.p]!;
  const s = T.start[c.tokStart]!;
  const e = T.end[c.tokEnd - 1]!;
  return { skill: m.taxonomy.skills[p.skill]!, start: s, end: e, surface: text.slice(s, e), form: p.form, ambiguous, tokStart: c.tokStart, tokEnd: c.tokEnd };
}

/** Whether offset `at` lies in a link or an address ("…/apply/mlops-engineer-llm-serving"). */
function inLink(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k < 300 && text.charCodeAt(k) > 32) k--;
  const word = text.slice(k + 1, at);
  return word.includes('/') || word.includes('@') || word.includes('www.');
}

/** Skills named as verb phrases on the line (concepts.ts), outside the names `free` rules out. */
function phrases(m: Matcher, T: Tokens, text: string, free: ((k: number) => boolean) | null, head: ((k: number) => boolean) | null = null): LineScan['matches'] {
  const hits = findConcepts(m.concepts, T, free ?? (() => true), head);
  if (hits.length === 0) return [];
  return hits.filter((h) => !inLink(text, T.start[h.tokStart]!)).map((h) => {
    const skill = m.taxonomy.skills[h.skill]!;
    const s = T.start[h.tokStart]!;
    const e = T.end[h.tokEnd - 1]!;
    return { skill, start: s, end: e, surface: text.slice(s, e), form: skill.name, ambiguous: false, tokStart: h.tokStart, tokEnd: h.tokEnd };
  });
}

/** Longest piece of text scanned at once; longer lines are cut at a space near this length. */
export const MAX_CHUNK = 20_000;

/** Split text into [start, end) ranges: lines, with over-long lines cut into chunks. */
export function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    while (nl - s > MAX_CHUNK) {
      let cut = text.lastIndexOf(' ', s + MAX_CHUNK);
      if (cut <= s + MAX_CHUNK / 2) cut = s + MAX_CHUNK;
      out.push([s, cut]);
      s = cut;
    }
    out.push([s, nl]);
    pos = nl + 1;
    if (nl === text.length) break;
  }
  return out;
}

/** Every accepted skill mention in the text, in order, with offsets into `text`. */
export function scan(m: Matcher, text: string, opts: ScanOptions = {}): SkillMatch[] {
  const out: SkillMatch[] = [];
  for (const [s, e] of lineRanges(text)) {
    if (e <= s) continue;
    for (const x of scanLine(m, text, s, e, opts).matches) {
      out.push({ skill: x.skill, start: x.start, end: x.end, surface: x.surface, form: x.form, ambiguous: x.ambiguous });
    }
  }
  return out;
}
