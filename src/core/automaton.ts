// Stage 2 of reading a posting, the dictionary side: every taxonomy name in one automaton.
//
// Every form of every skill (name and aliases) is cut into tokens by normalize.ts and the token
// sequences go into an Aho–Corasick automaton whose alphabet is token ids. Scanning is one walk
// over the text's tokens with failure links; no regular expression per skill, no restart per
// position. Written-apart and written-together spellings are generated when the automaton is
// built ("scikit learn" / "scikitlearn", "Map Reduce" / "MapReduce", "data bases" / "databases"),
// so the walk itself stays a plain token walk. candidates.ts walks it over a line.
import type { SkillDef, Taxonomy } from './schema';
import { Kind, STOPWORDS, Vocab, singular, tokenize, type Token } from './normalize';
import { RULE_WORDS } from './rule-words';

/** Categories of named things (tools, libraries, platforms, languages), not methods or areas. */
const NAME_CATEGORIES: ReadonlySet<string> = new Set(['tool', 'framework', 'cloud', 'data-engineering', 'mlops', 'language']);
/** Tool entries named by a common noun's plural: "a database", "a container" name them too. */
const COMMON_PLURALS: ReadonlySet<string> = new Set(['databases', 'containers', 'microservices', 'firewalls', 'guis', 'websockets']);
import { buildConcepts, conceptPairs, type Concepts } from './concepts';

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
  /**
   * An acronym of capitals ending in "S" ("GWAS", "ADAS", "RAPIDS"): the plural rule would read it
   * without its "S" ("GWA" is a grade average, "ADA" a language), so the surface must keep the "S".
   */
  needsS: boolean;
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
  /** Ids below this are words of some name; the rest (rule words, inflections) are in none. */
  named: number;
  /** Skills named as verb phrases ("deploying models"): see concepts.ts. */
  concepts: Concepts;
  /** Nearest node along the failure chain that has an output, or -1. */
  dict: Int32Array;
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

/** Acronyms that names of several words use in place of their words ("Explainable AI"). */
const ACRONYMS: ReadonlyArray<[string, string[]]> = [
  ['ai', ['artificial', 'intelligence']], ['nlp', ['natural', 'language', 'processing']], ['llm', ['large', 'language', 'model']],
];

/** American and British endings of the same word: "modeling" / "modelling", "optimization" / "optimisation". */
const SPELLINGS: Array<[RegExp, string]> = [
  [/([^l])eling$/, '$1elling'], [/([^l])elling$/, '$1eling'],
  [/([^l])eled$/, '$1elled'], [/([^l])elled$/, '$1eled'],
  [/ization$/, 'isation'], [/isation$/, 'ization'],
  [/izer$/, 'iser'], [/iser$/, 'izer'],
  [/yze$/, 'yse'], [/yse$/, 'yze'],
];

/**
 * A name with its words in the other spelling: "Bayesian statistical modeling" → "… modelling",
 * "data visualisation" → "… visualization". Only the taxonomy's words are respelled, so an
 * ordinary word of a posting is never read as another.
 */
function spellings(seq: string[]): string[][] {
  let changed = false;
  const out = seq.map((w) => {
    if (w.length < 6) return w;
    for (const [from, to] of SPELLINGS) {
      if (from.test(w)) { changed = true; return w.replace(from, to); }
    }
    return w;
  });
  return changed ? [out] : [];
}

/**
 * A name of several words with one of ACRONYMS written out: "Explainable AI" → "explainable
 * artificial intelligence". A name that is the acronym alone is left to the taxonomy's own forms;
 * the other way round ("machine learning X" → "ML X") is not generated: "cutting edge machine
 * learning" would read as Edge ML.
 */
function acronymVariants(seq: string[]): string[][] {
  const out: string[][] = [];
  if (seq.length < 2) return out;
  for (const [short, words] of ACRONYMS) {
    const at = seq.indexOf(short);
    if (at >= 0) out.push([...seq.slice(0, at), ...words, ...seq.slice(at + 1)]);
  }
  return out;
}

/**
 * A name with a word in "-sis" read in its plural too: "exploratory analyses", "hypotheses". The
 * plural "-ses" drops only its "s" when folded ("analyses" → "analyse"), as "databases" must.
 */
function sisPlurals(toks: Token[]): string[][] {
  const out: string[][] = [];
  const seq = toks.map((t) => t.norm);
  toks.forEach((t, i) => {
    if (t.lower.length >= 6 && t.lower.endsWith('sis')) out.push([...seq.slice(0, i), t.lower.slice(0, -2) + 'e', ...seq.slice(i + 1)]);
  });
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

  // "pandas", "Keras", "Polars", "lifelines": a tool's one-word name that ends in "s" is no plural,
  // so its singular ("a panda", "the polar", "a lifeline") is another word. Common nouns that a
  // tool's entry is named by ("Databases", "containers") still read in the singular, as do names
  // whose entry also lists the singular.
  const namedPlural = (skill: SkillDef, form: string, forms: string[]) => {
    if (!NAME_CATEGORIES.has(skill.category) || !/^[A-Za-z][A-Za-z0-9]*[a-z0-9]s$/.test(form) || /(?:ss|us|is|ics)$/i.test(form)) return false;
    const lower = form.toLowerCase();
    const one = lower.slice(0, -1);
    return !COMMON_PLURALS.has(lower) && !forms.some((f) => f.toLowerCase() === one);
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
        needsS: single && (/^[A-Z0-9]{3,}S$/.test(form) || namedPlural(skill, form, forms)),
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
      for (const seq of [...formVariants(toks), ...acronymVariants(toks.map((t) => t.norm)), ...sisPlurals(toks), ...spellings(toks.map((t) => t.norm))]) {
        add(seq, {
          skill: index, form, key, length: seq.length, ambiguous: false, exactCase: false, needsUpper: false, needsS: false, variant: true,
        });
      }
    }
  });

  // Words of the names come first: a token whose id is past them is in no name (see `named`).
  const named = words.length;
  // The words the reading rules look for get ids too, so that a rule asks by id.
  for (const [, set] of RULE_WORDS) for (const w of set) idOf(w);
  // …and so do the inflections of the actions skills are named by ("deploying", "tuned").
  const concepts = buildConcepts(conceptPairs(taxonomy), idOf, () => vocab.size);
  const ruleBits = new Uint8Array(vocab.size);
  for (const [bit, set] of RULE_WORDS) for (const w of set) ruleBits[vocab.get(w)!]! |= bit;

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
  return { taxonomy, patterns, conflicts, vocab: new Vocab(words), automaton, fail, out, dict, lengths: Int32Array.from(patterns, (p) => p.length), rules: ruleBits, concepts, named };
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

  /** An automaton from the arrays of one built before (core/matcher-pack.ts). */
  static fromArrays(root: Int32Array, first: Int32Array, tokens: Int32Array, nodes: Int32Array): Automaton {
    const a = Object.create(Automaton.prototype) as { -readonly [K in keyof Automaton]: Automaton[K] };
    a.root = root;
    a.first = first;
    a.tokens = tokens;
    a.nodes = nodes;
    return a as Automaton;
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
