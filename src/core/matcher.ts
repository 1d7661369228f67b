// One pass over a posting finds every taxonomy name in it.
//
// Every form of every skill (name and aliases) is cut into tokens by normalize.ts and the token
// sequences go into an Aho–Corasick automaton whose alphabet is token ids. Scanning is one walk
// over the text's tokens with failure links; no regular expression per skill, no restart per
// position. Written-apart and written-together spellings are generated when the automaton is
// built ("scikit learn" / "scikitlearn", "Map Reduce" / "MapReduce", "data bases" / "databases"),
// so the walk itself stays a plain token walk.
//
// Forms the taxonomy marks `ambiguous` (R, Go, Spark, Excel, AI, CV, "containers"…) are matched
// with their case where they have one and kept only in a technical context: see `resolveLine`.
import type { SkillDef, Taxonomy } from './schema';
import { Kind, STOPWORDS, Tokens, Vocab, singular, tokenize, tokenizeInto, type Token } from './normalize';

export interface Pattern {
  skill: number;
  /** The taxonomy string this pattern came from. */
  form: string;
  /** `form` in lower case. */
  key: string;
  length: number;
  ambiguous: boolean;
  /** Surface must equal the form exactly ("Spark", not "spark"). */
  exactCase: boolean;
  /** A short all-capital acronym ("ML", "RAG", "ELK"): the surface must not be all lower case. */
  needsUpper: boolean;
  /** Generated spelling (joined or split), weaker than a form written in the taxonomy. */
  variant: boolean;
}

export interface Matcher {
  taxonomy: Taxonomy;
  patterns: Pattern[];
  /** Two forms of different skills that read the same after normalisation (data errors). */
  conflicts: string[];
  vocab: Vocab;
  /** The trie's transitions: see `Automaton`. */
  automaton: Automaton;
  fail: Int32Array;
  /** Pattern ending at a node, or -1. */
  out: Int32Array;
  /** Each pattern's length in tokens. */
  lengths: Int32Array;
  /** Rule-word sets each vocabulary word belongs to (bits of Rule): the rules ask by id, not by string. */
  rules: Uint8Array;
  /** Nearest node along the failure chain that has an output, or -1. */
  dict: Int32Array;
}

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

const MAX_SPLIT_WORD = 40;

function formVariants(tokens: Token[]): string[][] {
  const base = tokens.map((t) => t.norm);
  const out: string[][] = [];
  if (tokens.some((t) => t.kind !== Kind.Word)) return out;
  const k = tokens.length;
  if (k >= 2 && k <= 4) {
    // Every way of writing adjacent words together: "Hugging Face" → "HuggingFace".
    for (let mask = 1; mask < 1 << (k - 1); mask++) {
      const seq: string[] = [];
      let cur = tokens[0]!.lower;
      for (let i = 1; i < k; i++) {
        if (mask & (1 << (i - 1))) cur += tokens[i]!.lower;
        else { seq.push(singular(cur)); cur = tokens[i]!.lower; }
      }
      seq.push(singular(cur));
      out.push(seq);
    }
  } else if (k === 1) {
    // One word written as two: "MapReduce" → "Map Reduce", "databases" → "data bases".
    const w = tokens[0]!.lower;
    if (w.length >= 5 && w.length <= MAX_SPLIT_WORD && /^[a-z0-9]+$/.test(w)) {
      for (let i = 2; i <= w.length - 2; i++) {
        const a = w.slice(0, i);
        const b = w.slice(i);
        if (STOPWORDS.has(a) || STOPWORDS.has(b)) continue;
        out.push([singular(a), singular(b)]);
      }
    }
  }
  void base;
  return out;
}

/** Build the automaton once per taxonomy (a few milliseconds for ~1000 skills). */
export function buildMatcher(taxonomy: Taxonomy): Matcher {
  const vocab = new Map<string, number>();
  const words: string[] = [];
  const idOf = (s: string) => {
    let id = vocab.get(s);
    if (id === undefined) { id = words.length; vocab.set(s, id); words.push(s); }
    return id;
  };
  const patterns: Pattern[] = [];
  const seqs: number[][] = [];
  const byKey = new Map<string, number>();
  const conflicts: string[] = [];

  const add = (seq: string[], p: Pattern) => {
    if (seq.length === 0) return;
    const key = seq.join('\u0001');
    const had = byKey.get(key);
    if (had !== undefined) {
      const old = patterns[had]!;
      if (old.skill === p.skill) {
        // Same skill: keep the stronger reading (written form over generated, strict over loose).
        if (old.variant && !p.variant) patterns[had] = p;
        return;
      }
      if (!old.variant && !p.variant) {
        conflicts.push(`"${p.form}" (${taxonomy.skills[p.skill]!.id}) reads like "${old.form}" (${taxonomy.skills[old.skill]!.id})`);
        return;
      }
      if (old.variant && !p.variant) patterns[had] = p;
      return;
    }
    byKey.set(key, patterns.length);
    patterns.push(p);
    seqs.push(seq.map(idOf));
  };

  // A form is ambiguous when it reads like one of the skill's ambiguous forms: the name
  // "Classification" is as ambiguous as the listed "classification".
  const ambiguousOf = (skill: SkillDef) => {
    const byKey = new Map<string, string>();
    for (const a of skill.ambiguous ?? []) byKey.set(tokenize(a).map((t) => t.norm).join('\u0001'), a);
    return byKey;
  };
  const tokensOf = taxonomy.skills.map((skill) => [skill.name, ...skill.aliases].map((f) => tokenize(f).filter((t) => t.norm !== '\n')));
  const ambiguousBySkill = taxonomy.skills.map(ambiguousOf);
  taxonomy.skills.forEach((skill, index) => {
    const ambiguous = ambiguousBySkill[index]!;
    const forms = [skill.name, ...skill.aliases];
    for (let fi = 0; fi < forms.length; fi++) {
      const form = forms[fi]!;
      const toks = tokensOf[index]![fi]!;
      if (toks.length === 0) continue;
      const seq = toks.map((t) => t.norm);
      const ambForm = ambiguous.get(seq.join('\u0001'));
      const amb = ambForm !== undefined;
      const single = toks.length === 1 && toks[0]!.kind === Kind.Word;
      const letters = form.replace(/[^A-Za-z]/g, '');
      add(seq, {
        skill: index,
        form: ambForm ?? form,
        key: (ambForm ?? form).toLowerCase(),
        length: toks.length,
        ambiguous: amb,
        exactCase: amb && single && /[A-Z]/.test(ambForm),
        needsUpper: !amb && single && /^[A-Z0-9]+$/.test(form) && letters.length >= 1 && letters.length <= 3,
        variant: false,
      });
    }
  });
  // Generated spellings after every written form, so a written form always wins a collision.
  taxonomy.skills.forEach((skill, index) => {
    const ambiguous = ambiguousBySkill[index]!;
    const forms = [skill.name, ...skill.aliases];
    for (let fi = 0; fi < forms.length; fi++) {
      const form = forms[fi]!;
      const toks = tokensOf[index]![fi]!;
      if (toks.length === 0 || ambiguous.has(toks.map((t) => t.norm).join('\u0001'))) continue;
      const letters = form.replace(/[^A-Za-z]/g, '');
      if (toks.length === 1 && /^[A-Z0-9]+$/.test(form) && letters.length <= 3) continue;
      const key = form.toLowerCase();
      for (const seq of formVariants(toks)) {
        add(seq, {
          skill: index, form, key, length: seq.length, ambiguous: false, exactCase: false, needsUpper: false, variant: true,
        });
      }
    }
  });

  // The words the reading rules look for get ids too, so that a rule asks by id.
  const rules: Array<[number, ReadonlySet<string>]> = [[Rule.ListGlue, LIST_GLUE], [Rule.GroupGlue, GROUP_GLUE],
    [Rule.TeamWord, TEAM_WORDS], [Rule.TeamModifier, TEAM_MODIFIERS], [Rule.Generic, GENERIC_CATEGORY], [Rule.Abbreviation, ABBREVIATIONS]];
  for (const [, set] of rules) for (const w of set) idOf(w);
  const ruleBits = new Uint8Array(vocab.size);
  for (const [bit, set] of rules) for (const w of set) ruleBits[vocab.get(w)!]! |= bit;

  // Trie over token ids: while it grows, its edges sit in one map keyed node * width + token.
  const width = vocab.size;
  const grow = new Map<number, number>();
  const from: number[] = [];
  const via: number[] = [];
  const to: number[] = [];
  const outList: number[] = [-1];
  seqs.forEach((seq, pi) => {
    let node = 0;
    for (const t of seq) {
      let n = grow.get(node * width + t);
      if (n === undefined) {
        n = outList.length;
        outList.push(-1);
        grow.set(node * width + t, n);
        from.push(node);
        via.push(t);
        to.push(n);
      }
      node = n;
    }
    outList[node] = pi;
  });
  const size = outList.length;
  const automaton = new Automaton(width, size, from, via, to);
  const fail = new Int32Array(size);
  const dict = new Int32Array(size).fill(-1);
  const out = Int32Array.from(outList);
  // Breadth-first failure links (nodes are numbered in insertion order, not by depth). The
  // root's children fail to the root; deeper nodes follow their parent's failure links.
  const queue = new Int32Array(size);
  let tail = 0;
  for (let t = 0; t < width; t++) if (automaton.root[t] !== 0) queue[tail++] = automaton.root[t]!;
  for (let qi = 0; qi < tail; qi++) {
    const node = queue[qi]!;
    for (let k = automaton.first[node]!; k < automaton.first[node + 1]!; k++) {
      const tok = automaton.tokens[k]!;
      const child = automaton.nodes[k]!;
      let f = fail[node]!;
      while (f !== 0 && automaton.edge(f, tok) === 0) f = fail[f]!;
      const target = automaton.edge(f, tok);
      fail[child] = target !== child ? target : 0;
      const fc = fail[child]!;
      dict[child] = out[fc]! >= 0 ? fc : dict[fc]!;
      queue[tail++] = child;
    }
  }
  return { taxonomy, patterns, conflicts, vocab: new Vocab(words), automaton, fail, out, dict, lengths: Int32Array.from(patterns, (p) => p.length), rules: ruleBits };
}

/**
 * The trie's edges in flat arrays: from the root, one slot per token id; from any other node,
 * its children's token ids in order (most nodes have one or two), searched in place.
 */
export class Automaton {
  /** Child of the root for each token id, or 0. */
  readonly root: Int32Array;
  /** Children of node n (n > 0): indices first[n] … first[n + 1] - 1 of tokens / nodes. */
  readonly first: Int32Array;
  readonly tokens: Int32Array;
  readonly nodes: Int32Array;

  /** `size` nodes; edge e goes from node from[e] by token via[e] to node to[e]. */
  constructor(width: number, size: number, from: readonly number[], via: readonly number[], to: readonly number[]) {
    const root = new Int32Array(width);
    // Children of every node but the root, grouped by node (a counting sort), then each
    // node's few children put in token order.
    const first = new Int32Array(size + 1);
    for (let e = 0; e < from.length; e++) if (from[e] !== 0) first[from[e]! + 1]!++;
    for (let n = 0; n < size; n++) first[n + 1]! += first[n]!;
    const fill = first.slice(0, size);
    const tokens = new Int32Array(first[size]!);
    const nodes = new Int32Array(first[size]!);
    for (let e = 0; e < from.length; e++) {
      const n = from[e]!;
      if (n === 0) { root[via[e]!] = to[e]!; continue; }
      let at = fill[n]!++;
      const t = via[e]!;
      while (at > first[n]! && tokens[at - 1]! > t) { tokens[at] = tokens[at - 1]!; nodes[at] = nodes[at - 1]!; at--; }
      tokens[at] = t;
      nodes[at] = to[e]!;
    }
    this.root = root;
    this.first = first;
    this.tokens = tokens;
    this.nodes = nodes;
  }

  /** The node reached from `node` by token `tok`, or 0 when there is no such edge. */
  edge(node: number, tok: number): number {
    if (node === 0) return this.root[tok]!;
    let lo = this.first[node]!;
    let hi = this.first[node + 1]!;
    while (hi - lo > 4) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]! < tok) lo = mid + 1;
      else hi = mid + 1;
    }
    for (; lo < hi; lo++) {
      const t = this.tokens[lo]!;
      if (t === tok) return this.nodes[lo]!;
      if (t > tok) return 0;
    }
    return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading ambiguous forms. Every rule below is about English, not about one posting.

/** Sets of words the rules below look for, as bits of Matcher.rules. */
export const Rule = { ListGlue: 1, GroupGlue: 2, TeamWord: 4, TeamModifier: 8, Generic: 16, Abbreviation: 32 } as const;

/** Whether token k's norm is in rule set `bit` (every word of the sets has an id). */
export function isRule(m: Matcher, t: Tokens, k: number, bit: number): boolean {
  const id = t.id[k]!;
  return id >= 0 && (m.rules[id]! & bit) !== 0;
}

/** Glue between the names of one either-or group in extract: "Python or R", "TensorFlow/PyTorch". */
const GROUP_GLUE = new Set([',', '/', 'and', 'or', '&', '(', ')', 'eg', 'etc', 'ie', 'either']);
/** Words and marks that may sit between two items of one list: "Python, R", "R/Python", "PyTorch or JAX". */
export const LIST_GLUE = new Set([',', '/', '(', ')', '[', ']', 'and', 'or', '+', ':', '-', '|', 'eg', 'etc', 'such', 'as', 'like',
  'including', 'ie', 'vs', 'versu', 'either', '"', '“', '”', "'", '&']);
/** A word just before a name that says a tool or language is meant: "in R", "experience with Go", "such as Spark". */
const CUE_BEFORE = new Set(['in', 'with', 'using', 'use', 'via', 'like', 'as', 'eg', 'including', 'programming', 'language',
  'proficient', 'proficiency', 'fluent', 'fluency', 'expert', 'expertise', 'knowledge', 'familiarity', 'familiar', 'experience',
  'experienced', 'written', 'coding', 'code', 'skill', 'advanced', 'ie']);
/** "knowledge of R", "use of Excel". */
const CUE_OF = new Set(['knowledge', 'use', 'understanding', 'command', 'mastery', 'proficiency', 'fluency']);
/** A word just after a name that says a tool or language is meant: "R packages", "Spark jobs", "Go services". */
const CUE_AFTER = new Set(['code', 'coding', 'programming', 'development', 'developer', 'engineer', 'script', 'scripting', 'package',
  'library', 'librarie', 'language', 'skill', 'experience', 'expertise', 'service', 'microservice', 'application', 'job', 'cluster',
  'notebook', 'spreadsheet', 'macro', 'pipeline', 'sdk', 'api', 'ecosystem', 'framework', 'stack', 'backend', 'proficiency',
  'knowledge', 'module', 'codebase', 'program', 'query', 'queries', 'workbook', 'dataframe', 'model', 'system']);
/** Words that can stand before "AI" without it being a company name ("Generative AI", "Responsible AI"). */
const AI_MODIFIERS = new Set(['generative', 'conversational', 'responsible', 'explainable', 'applied', 'enterprise', 'agentic',
  'trustworthy', 'ethical', 'safe', 'physical', 'embodied', 'edge', 'vertical', 'narrow', 'general', 'symbolic', 'multimodal',
  'speech', 'gen', 'creative', 'modern', 'frontier', 'human', 'clinical', 'medical', 'industrial', 'predictive', 'interpretable',
  'open', 'secure', 'scalable', 'practical', 'advanced', 'cutting', 'leading', 'production', 'real', 'visual', 'vision', 'data',
  'ml', 'and', 'or', 'of', 'for', 'in', 'the', 'with', 'to', 'on']);
/** Ambiguous forms that are also common first names: they need a list or a cue, and "Julia Smith" is a person. */
const NAME_LIKE = new Set(['julia', 'ruby', 'stan', 'ray', 'amber', 'dash']);
/** "Go to market", "on the go", "go-getter". */
const GO_NOT_BEFORE = new Set(['to', 'getter', 'live', 'ahead', 'beyond', 'above', 'further', 'back', 'forward', 'far', 'together',
  'wrong', 'through', 'big', 'green', 'public', 'after', 'get', 'out', 'over', 'the', 'a', 'an', 'for', 'fast', 'deep', 'hand',
  'along', 'home', 'all', 'no', 'and', 'with', 'from', 'into', 'where', 'when', 'beyond']);
/** "Excel at", "excel in a fast-paced team". */
const EXCEL_NOT_BEFORE = new Set(['at', 'in', 'as', 'when', 'within', 'under', 'on', 'through', 'while', 'by']);
/** "customer segmentation", "market segmentation" are marketing, not image segmentation. */
const NOT_AFTER = new Map<string, Set<string>>(Object.entries({
  segmentation: new Set(['customer', 'user', 'market', 'audience', 'client', 'patient', 'population', 'and', 'targeting']),
  // "ad optimization", "system optimizations", "web crawler optimization": improving a process.
  optimization: new Set(['ad', 'system', 'crawler', 'web', 'performance', 'search', 'seo', 'cost', 'process', 'conversion',
    'campaign', 'bid', 'bidding', 'price', 'pricing', 'query', 'code', 'latency', 'resource', 'supply', 'inventory', 'budget',
    'website', 'page', 'marketing', 'sales', 'revenue', 'workflow', 'continuous', 'business', 'operational', 'energy', 'route',
    'delivery', 'spend', 'funnel', 'landing', 'app', 'database', 'storage', 'rtb', 'ecpm', 'ctr', 'roi', 'cpa', 'cpc', 'cpm',
    'kpi', 'ltv', 'crawl']),
  optimisation: new Set(['ad', 'system', 'crawler', 'web', 'performance', 'search', 'seo', 'cost', 'process', 'conversion',
    'campaign', 'price', 'pricing', 'business', 'continuous']),
  // "spatial immune profiling", "customer profiling" are not code profiling.
  profiling: new Set(['immune', 'spatial', 'expression', 'molecular', 'gene', 'genomic', 'metabolic', 'protein', 'transcriptional',
    'customer', 'user', 'risk', 'market', 'financial', 'credit', 'tissue', 'racial', 'criminal', 'data', 'patient', 'cell']),
  classification: new Set(['other', 'job', 'security', 'tax', 'industry', 'occupational', 'legal', 'employee', 'protected', 'any']),
  // "the biology of brain disorders", "the underlying biology": how something works, not the field.
  biology: new Set(['the', 'its', 'their', 'underlying', 'basic', 'disease', 'tumor', 'tumour']),
  // "your privacy", "applicant privacy": the employer's notice, not data privacy as a field.
  privacy: new Set(['your', 'our', 'their', 'applicant', 'candidate', 'employee', 'personal', 'respect', 'respects', 'value',
    'values', 'protect', 'protects']),
}));
const TEAM_WORDS = new Set(['team', 'group', 'unit', 'department', 'division', 'practice', 'org', 'organization', 'organisation',
  'lab', 'squad', 'guild', 'chapter', 'pod', 'tribe',
  // "a fintech company", "an AI startup": what the employer is, not what it asks for.
  'company', 'firm', 'startup', 'start-up', 'consultancy', 'scale-up', 'scaleup', 'unicorn']);
const TEAM_MODIFIERS = new Set(['engineering', 'research', 'platform', 'product', 'applied', 'core', 'infrastructure', 'science',
  'solution', 'service', 'operation', 'ops', 'system', 'development', 'analytic', 'data', 'and', 'r&d']);
/** Words that make up a category of tools rather than a tool: "cloud platforms", "database systems". */
const GENERIC_CATEGORY = new Set(['cloud', 'database', 'messaging', 'message', 'streaming', 'distributed', 'data',
  'storage', 'compute', 'computing', 'web', 'server', 'platform', 'system', 'service', 'architecture', 'environment', 'solution',
  'queue', 'based', 'processing']);
const URLS = /\bhttps?:\/\/[^\s)\]]+|\bwww\.[^\s)\]]+|[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,5}/g;
/** Words after a name that turn it into something else. */
const NOT_BEFORE = new Map<string, Set<string>>(Object.entries({
  regression: new Set(['test', 'testing', 'suite']),
  privacy: new Set(['policy', 'policie', 'notice', 'statement', 'act', 'right', 'law', 'shield', 'practice']),
}));
const RESUME_WORDS = /\b(?:resume|résumé|cover letter|apply|send|submit|upload|attach|curriculum)\b/i;
const ABBREVIATIONS = new Set(['eg', 'ie', 'etc', 'vs', 'incl', 'approx', 'dr', 'mr', 'ms', 'mrs', 'st', 'jr', 'sr', 'inc', 'co', 'no']);

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

interface Candidate {
  p: number;
  tokStart: number;
  tokEnd: number;
}

export interface ScanOptions {
  /** The employer's name: a skill inside it ("Scale AI", "Kodiak Robotics") is not asked for. */
  company?: string | null;
}

/** Walk the automaton over tokens [from, to) and return every pattern occurrence. */
function walk(m: Matcher, tokens: Tokens): Candidate[] {
  const found: Candidate[] = [];
  const a = m.automaton;
  const ids = tokens.id;
  let state = 0;
  for (let j = 0; j < tokens.n; j++) {
    const id = ids[j]!;
    if (id < 0) { state = 0; continue; }
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

function isCapitalised(text: string, t: Tokens, k: number): boolean {
  const c = text.charCodeAt(t.start[k]!);
  return c >= 65 && c <= 90;
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

// Scratch space for scanLine, reused from line to line (scanLine never runs inside itself).
const lineTokens = new Tokens();
let takenBuf = new Uint8Array(256);
let sentFromBuf = new Int32Array(256);
let endsAtBuf = new Int32Array(256);
let startsAtBuf = new Int32Array(256);
let sentToBuf = new Int32Array(256);

/**
 * Scan text[start, end) — one line, or one chunk of an over-long line — and return its tokens and
 * accepted matches. Offsets in the result are offsets into `text`.
 */
export function scanLine(m: Matcher, text: string, start: number, end: number, opts: ScanOptions = {}): LineScan {
  const tokens = lineTokens;
  tokenizeInto(tokens, text, start, end, m.vocab);
  const T = tokens;
  /** Norm of token k, or undefined past either end of the line. */
  const normAt = (k: number): string | undefined => (k >= 0 && k < T.n ? T.norm(k) : undefined);
  const raw = walk(m, tokens);
  const line = text.slice(start, end);
  if (raw.length === 0) return { tokens, matches: [] };

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
    const surface = p.exactCase || p.needsUpper ? text.slice(T.start[c.tokStart]!, T.end[c.tokEnd - 1]!) : '';
    if (p.exactCase && surface !== p.form) {
      if (surface.toLowerCase() !== p.key || p.form.length < 3) return false;
      // "AGILE", "SPARK" in an ordinary sentence is emphasis, not a different word.
      const shouted = p.form.length >= 4 && surface === surface.toUpperCase() && !allCaps;
      if (!shouted) weakCase.add(c);
    }
    // "cutting-edge AI" is not Edge AI; "semi-supervised learning" is not supervised learning.
    const first = T.start[c.tokStart]!;
    const before = c.tokStart - 1;
    if (before >= 0 && T.kind[before] === Kind.Word && T.end[before] === first - 1 && text[first - 1] === '-'
      && /^[a-z]+$/.test(text.slice(T.start[before]!, T.end[before]!))) {
      return false;
    }
    if (p.needsUpper && !hasUpper(surface)) return false;
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
    kept.push(c);
  }
  sortSmall(kept, (a, b) => a.tokStart - b.tokStart);

  // Company name occurrences on this line.
  const masks: Array<[number, number]> = [];
  const company = opts.company?.trim();
  if (company && company.length >= 2) {
    // Case as written: "Scale AI" is the company, "large scale AI problems" is not.
    const needle = company;
    for (let at = line.indexOf(needle); at >= 0 && masks.length < 1000; at = line.indexOf(needle, at + needle.length)) {
      masks.push([start + at, start + at + needle.length]);
    }
  }

  // 3. Ambiguous forms need evidence.
  // Index in kept of the match ending / starting at each token, or -1 (scratch arrays).
  if (endsAtBuf.length <= T.n) { endsAtBuf = new Int32Array(T.n * 2 + 2); startsAtBuf = new Int32Array(T.n * 2 + 2); }
  const endsAtArr = endsAtBuf;
  const startsAtArr = startsAtBuf;
  endsAtArr.fill(-1, 0, T.n + 1);
  startsAtArr.fill(-1, 0, T.n + 1);
  kept.forEach((c, i) => { endsAtArr[c.tokEnd - 1] = i; startsAtArr[c.tokStart] = i; });
  const endsAt = (k: number): number => (k >= 0 && k <= T.n ? endsAtArr[k]! : -1);
  const startsAt = (k: number): number => (k >= 0 && k <= T.n ? startsAtArr[k]! : -1);
  // 1 accepted, 0 pending, -1 rejected.
  const status: number[] = kept.map((c) => (m.patterns[c.p]!.ambiguous || weakCase.has(c) ? 0 : 1));
  // Links and e-mail addresses are not prose: "…/apply/data-driven-mlops-engineer".
  const urls: Array<[number, number]> = [];
  if (line.includes('://') || line.includes('www.') || line.includes('@')) {
    URLS.lastIndex = 0;
    for (let u = URLS.exec(line); u && urls.length < 200; u = URLS.exec(line)) urls.push([start + u.index, start + u.index + u[0].length]);
  }
  kept.forEach((c, i) => {
    const first = T.start[c.tokStart]!;
    const last = T.end[c.tokEnd - 1]!;
    if (urls.some(([a, b]) => first >= a && first < b)) { status[i] = -1; return; }
    // Inside the employer's name and shorter than it: "Scale AI", "Kodiak Robotics".
    if (masks.some(([a, b]) => first >= a && last <= b && b - a > last - first)) status[i] = -1;
  });

  // Sentence of every token, computed once and only when an ambiguous name needs it.
  if (sentFromBuf.length < T.n) {
    sentFromBuf = new Int32Array(T.n * 2);
    sentToBuf = new Int32Array(T.n * 2);
  }
  const sentFrom = sentFromBuf;
  const sentTo = sentToBuf;
  if (status.includes(0)) {
    let a = 0;
    for (let i = 0; i < T.n; i++) {
      if (sentenceEnd(m, T, i, text) || i === T.n - 1) {
        for (let k = a; k <= i; k++) { sentFrom[k] = a; sentTo[k] = i + 1; }
        a = i + 1;
      }
    }
  }
  const sentenceBounds = (c: Candidate): [number, number] => [sentFrom[c.tokStart]!, sentTo[c.tokEnd - 1]!];
  // Once per sentence, not once per "CV" in it: a sentence of a thousand CVs stays linear.
  const resumeSentences = new Map<number, boolean>();
  const resumeSentence = (lo: number, hi: number): boolean => {
    let r = resumeSentences.get(lo);
    if (r === undefined) {
      r = RESUME_WORDS.test(text.slice(lo < T.n ? T.start[lo]! : start, hi - 1 >= 0 && hi - 1 < T.n ? T.end[hi - 1]! : end));
      resumeSentences.set(lo, r);
    }
    return r;
  };
  /** Index of the word before token i in [lo, i) across ":" and "(", or -1. */
  const prevWord = (i: number, lo: number): number => {
    for (let k = i - 1; k >= lo; k--) { if (T.kind[k] === Kind.Word) return k; const n = T.norm(k); if (n !== ':' && n !== '(') return -1; }
    return -1;
  };
  /** Index of the word from token i in [i, hi) across ")", or -1. */
  const nextWord = (i: number, hi: number): number => {
    for (let k = i; k < hi; k++) { if (T.kind[k] === Kind.Word) return k; if (T.norm(k) !== ')') return -1; }
    return -1;
  };
  /** Index of a neighbouring match in the same list (only glue between), or -1. */
  const neighbour = (c: Candidate, dir: -1 | 1, lo: number, hi: number): number => {
    let k = dir < 0 ? c.tokStart - 1 : c.tokEnd;
    for (let steps = 0; steps < 5 && k >= lo && k < hi; steps++, k += dir) {
      const hit = dir < 0 ? endsAt(k) : startsAt(k);
      if (hit >= 0) return hit;
      if (!isRule(m, T, k, Rule.ListGlue)) return -1;
    }
    return -1;
  };

  const pairable = (j: number) => j >= 0 && status[j] === 0 && !weakCase.has(kept[j]!) && m.patterns[kept[j]!.p]!.exactCase
    && !NAME_LIKE.has(m.patterns[kept[j]!.p]!.key);
  /** Status for pending ambiguous match i: 1 accept, -1 reject, 0 not decided (yet). */
  const decide = (i: number): number => {
    const c = kept[i]!;
    const p = m.patterns[c.p]!;
    const lastEnd = T.end[c.tokEnd - 1]!;
    const key = p.key;
    const [lo, hi] = sentenceBounds(c);
    const bi0 = prevWord(c.tokStart, lo);
    const ai0 = nextWord(c.tokEnd, hi);
    const before = bi0 >= 0 ? T.norm(bi0) : undefined;
    const after = ai0 >= 0 ? T.norm(ai0) : undefined;

    // Hard no's first.
    if (key === 'go') {
      if (text[lastEnd] === '-' || (after !== undefined && GO_NOT_BEFORE.has(after))) return -1;
      if (before === 'the' || before === 'let' || before === 'lets' || before === 'will' || before === 'to') return -1;
    }
    if (key === 'excel' && after !== undefined && EXCEL_NOT_BEFORE.has(after)) return -1;
    if (key === 'cv') {
      if (resumeSentence(lo, hi)) return -1;
      if (before !== undefined && ['your', 'a', 'an', 'the', 'my', 'our', 'their', 'updated', 'full', 'detailed'].includes(before)) return -1;
    }
    if (NAME_LIKE.has(key) && ai0 >= 0 && isCapitalised(text, T, ai0) && startsAt(c.tokEnd) < 0) return -1;
    const notAfter = NOT_AFTER.get(key);
    if (notAfter && before !== undefined && notAfter.has(before)) return -1;
    if (key === 'ai' && before !== undefined && c.tokStart > lo && isCapitalised(text, T, bi0) && !AI_MODIFIERS.has(before)
      && endsAt(c.tokStart - 1) < 0 && c.tokStart - 1 === bi0) {
      // "Scale AI", "Google AI": an organisation, not the field.
      return -1;
    }

    const left = neighbour(c, -1, lo, hi);
    const right = neighbour(c, 1, lo, hi);
    const listed = (left >= 0 && status[left] === 1) || (right >= 0 && status[right] === 1);
    if (listed) return 1;
    // "Rust or Go": two capitalised names listed together vouch for each other.
    if (p.exactCase && !weakCase.has(c) && !NAME_LIKE.has(key) && !allCaps && (pairable(left) || pairable(right))) return 1;
    if (allCaps || weakCase.has(c)) return 0; // headings in capitals, lower-case "spark": only a list counts

    const short = key.replace(/[^a-z]/g, '').length <= 2;
    const nameLike = NAME_LIKE.has(key);
    let atSentenceStart = true;
    for (let k = c.tokStart - 1; k >= lo; k--) if (T.kind[k] !== Kind.Punct) { atSentenceStart = false; break; }

    // Acronyms in capitals (GIS, SAS, AI, DFT) are technical by themselves, except CV (a résumé).
    if (/^[A-Z]{2,}$/.test(p.form) && key !== 'cv' && p.exactCase) return 1;

    let cue = false;
    if (before !== undefined) {
      if (CUE_BEFORE.has(before)) cue = true;
      else if (before === 'of') {
        let bi = c.tokStart - 1;
        while (bi > lo && bi !== bi0) bi--;
        const b2 = prevWord(bi, lo);
        if (b2 >= 0 && CUE_OF.has(T.norm(b2))) cue = true;
      }
    }
    if (after !== undefined && CUE_AFTER.has(after)) cue = true;
    if (cue && !(atSentenceStart && after === undefined)) return 1;
    if (short || nameLike) return 0;
    if (atSentenceStart && p.exactCase) return 0; // "Spark innovation…", "Rust never sleeps"
    // Anything else: another technical name close by in the same sentence.
    // kept is in text order: look outwards from i while still close.
    for (let j = i - 1; j >= 0 && c.tokStart - kept[j]!.tokEnd <= 12; j--) {
      if (status[j] === 1 && kept[j]!.tokStart >= lo) return 1;
    }
    for (let j = i + 1; j < kept.length && kept[j]!.tokStart - c.tokEnd <= 12; j++) {
      if (status[j] === 1 && kept[j]!.tokEnd <= hi) return 1;
    }
    return 0;
  };
  if (status.includes(0)) {
    for (let round = 0; round < 3; round++) {
      let changed = false;
      for (let i = 0; i < kept.length; i++) {
        if (status[i] !== 0) continue;
        const d = decide(i);
        if (d !== 0) { status[i] = d; changed = true; }
      }
      if (!changed) break;
    }
  }

  // "The AI and Data Science team", "our computational biology group": names of teams, not asks.
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    let k = kept[i]!.tokEnd;
    // "…, and platform teams": the last item of the list names the kind of thing listed.
    if (normAt(k) === ',') k++;
    if (normAt(k) === 'and' || normAt(k) === 'or') {
      const w = k + 1;
      if (w < T.n && T.kind[w] === Kind.Word && startsAt(k + 1) < 0 && /^[a-z]+$/.test(text.slice(T.start[w]!, T.end[w]!))) k += 2;
      else k = kept[i]!.tokEnd;
    } else if (k !== kept[i]!.tokEnd) k = kept[i]!.tokEnd;
    let mods = 0;
    while (k < T.n && mods < 2 && isRule(m, T, k, Rule.TeamModifier)) { k++; mods++; }
    if (k >= T.n || !isRule(m, T, k, Rule.TeamWord)) continue;
    status[i] = -1;
    // …and the names listed with it: "Data Science & AI group".
    for (let j = i - 1; j >= 0; j--) {
      const from = kept[j]!.tokEnd;
      const to = kept[j + 1]!.tokStart;
      let glued = to - from <= 2;
      for (let g = from; glued && g < to; g++) { const n = T.norm(g); glued = n === 'and' || n === ',' || n === '/'; }
      if (!glued) break;
      status[j] = -1;
    }
  }
  // "regression testing" is software QA, not statistics.
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    const blocked = NOT_BEFORE.get(m.patterns[kept[i]!.p]!.key);
    const nx = kept[i]!.tokEnd;
    if (blocked && nx < T.n && blocked.has(T.norm(nx))) status[i] = -1;
  }
  // "cloud platforms such as AWS, GCP": the category gives way to the named items.
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    const c = kept[i]!;
    let generic = true;
    for (let k = c.tokStart; k < c.tokEnd && generic; k++) generic = isRule(m, T, k, Rule.Generic);
    if (!generic) continue;
    let k = c.tokEnd;
    while (k < T.n && (T.norm(k) === ',' || T.norm(k) === '(')) k++;
    const t = normAt(k);
    const introduces = t === ':' || t === 'like' || t === 'eg' || t === 'including' || t === 'ie'
      || (t === 'such' && normAt(k + 1) === 'as');
    if (!introduces) continue;
    for (let j = i + 1; j < kept.length && kept[j]!.tokStart <= k + 14; j++) {
      if (status[j] === 1 && kept[j]!.tokStart > k) { status[i] = -1; break; }
    }
  }

  // "predictive and causal modeling", "supervised and unsupervised learning": the shared head
  // noun belongs to each word before it.
  const extra: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (status[i] !== 1 || c.tokEnd - c.tokStart < 2 || m.patterns[c.p]!.ambiguous) continue;
    const g = normAt(c.tokStart - 1);
    if (g !== 'and' && g !== 'or' && g !== '/' && g !== ',') continue;
    let k = c.tokStart;
    for (let steps = 0; steps < 3; steps++) {
      const word = k - 2;
      if (word < 0 || T.kind[word] !== Kind.Word || taken[word]) break;
      const glue = T.norm(k - 1);
      if (glue !== 'and' && glue !== 'or' && glue !== '/' && glue !== ',') break;
      // The pattern spelled by `word` and the tail of c, if any: down the trie by ids.
      let node = T.id[word]! >= 0 ? m.automaton.edge(0, T.id[word]!) : 0;
      for (let t = c.tokStart + 1; node !== 0 && t < c.tokEnd; t++) node = m.automaton.edge(node, T.id[t]!);
      const pi = node !== 0 && m.out[node]! >= 0 ? m.out[node]! : undefined;
      if (pi === undefined || m.patterns[pi]!.ambiguous) break;
      extra.push({ p: pi, tokStart: k - 2, tokEnd: k - 1 });
      k -= 2;
    }
  }

  const matches: LineScan['matches'] = [];
  for (const c of extra) {
    const p = m.patterns[c.p]!;
    const ts = T.start[c.tokStart]!;
    const te = T.end[c.tokStart]!;
    matches.push({
      skill: m.taxonomy.skills[p.skill]!, start: ts, end: te, surface: text.slice(ts, te), form: p.form,
      ambiguous: false, tokStart: c.tokStart, tokEnd: c.tokEnd,
    });
  }
  kept.forEach((c, i) => {
    if (status[i] !== 1) return;
    const p = m.patterns[c.p]!;
    const s = T.start[c.tokStart]!;
    const e = T.end[c.tokEnd - 1]!;
    matches.push({
      skill: m.taxonomy.skills[p.skill]!, start: s, end: e, surface: text.slice(s, e), form: p.form,
      ambiguous: p.ambiguous, tokStart: c.tokStart, tokEnd: c.tokEnd,
    });
  });
  if (extra.length) matches.sort((a, b) => a.tokStart - b.tokStart);
  return { tokens, matches };
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
