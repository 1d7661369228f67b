// Tokenisation shared by the taxonomy (when the matcher is built) and by posting text (when it
// is scanned), so that both sides of a comparison are cut and folded the same way.
//
// A word token is a run of letters and digits. Inside a word, a dot joins ("Node.js" → "nodejs",
// "C3.ai" → "c3ai", "Ph.D" → "phd"), while a hyphen or underscore splits softly (no token is
// emitted for it, so "scikit-learn" reads like "scikit learn"). A few symbols belong to the word
// they follow: "C++", "C#", "F#", "kdb+", ".NET", "R&D", "AT&T". Every other visible character
// (comma, slash, bracket, bullet, line break…) is a punctuation token of its own: it stops a
// multi-word name from matching across it, and the extractor reads lists and sentences from it.

export const Kind = { Word: 0, Punct: 1 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** One token, as tokenize() returns it (scanning uses the flat Tokens below). */
export interface Token {
  /** Offsets into the original text: text.slice(start, end) is the surface form. */
  start: number;
  end: number;
  kind: Kind;
  /** Vocabulary id of `norm` when the text was cut against a vocabulary, else -1. */
  id: number;
  /** Folded form used for matching: lower case, no accents or apostrophes, singular. */
  norm: string;
  /** Lower case before the plural was dropped (used to join and split names). */
  lower: string;
}

/**
 * The tokens of one piece of text in flat arrays, reused from line to line: token k is
 * text.slice(start[k], end[k]), of kind kind[k], with vocabulary id id[k] (-1 if none).
 */
export class Tokens {
  text = '';
  /** Number of tokens. */
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  kind = new Uint8Array(256);
  id = new Int32Array(256);
  private lowers: Array<string | undefined> = [];
  private norms: Array<string | undefined> = [];
  /** lowers[k] and norms[k] belong to this text when known[k] === epoch; else they are stale. */
  private known = new Int32Array(256);
  private epoch = 0;

  reset(text: string): void {
    this.text = text;
    this.n = 0;
    this.epoch = (this.epoch + 1) | 0;
  }

  push(start: number, end: number, kind: Kind, id: number, lower: string | undefined, norm: string | undefined): void {
    const k = this.n;
    if (k === this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.id[k] = id;
    if (lower !== undefined) {
      this.lowers[k] = lower;
      this.norms[k] = norm;
      this.known[k] = this.epoch;
    }
    this.n = k + 1;
  }

  /** Token k in lower case, before the plural is dropped. */
  lower(k: number): string {
    if (this.known[k] !== this.epoch) {
      this.lowers[k] = this.text.slice(this.start[k]!, this.end[k]!).toLowerCase();
      this.norms[k] = undefined;
      this.known[k] = this.epoch;
    }
    return this.lowers[k]!;
  }

  /** Token k folded for matching: lower case, no accents or apostrophes, singular. */
  norm(k: number): string {
    let x = this.known[k] === this.epoch ? this.norms[k] : undefined;
    if (x === undefined) {
      x = singular(this.lower(k));
      this.norms[k] = x;
    }
    return x;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
    this.start = more(this.start, new Int32Array(size));
    this.end = more(this.end, new Int32Array(size));
    this.kind = more(this.kind, new Uint8Array(size));
    this.id = more(this.id, new Int32Array(size));
    this.known = more(this.known, new Int32Array(size));
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The words of a taxonomy's names, each with an id. Looked up straight from the text of a plain
 * ASCII word (no string is made for it), or by string for the rest.
 */
export class Vocab {
  readonly words: readonly string[];
  /** Open addressing, two cells per slot: the word's hash, then its id + 1 (0: empty slot). */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Every word's characters, one after another: word i is chars[offsets[i]] … chars[offsets[i + 1] - 1]. */
  private readonly chars: Uint16Array;
  private readonly offsets: Int32Array;
  /** asciiId's answers, -2 until asked. */
  private readonly ascii = new Int32Array(128).fill(-2);
  /**
   * One bit per value of the hash's top 16 bits, set for the words there are: most words of a
   * posting that are not in the vocabulary are turned away here, without a look into the table.
   */
  private readonly seen = new Int32Array(2048);

  constructor(words: readonly string[]) {
    this.words = words;
    let cap = 16;
    while (cap < words.length * 2) cap *= 2;
    this.table = new Int32Array(cap * 2);
    this.mask = cap - 1;
    // Plain loops over locals: this runs once, before the engine has compiled anything.
    const offsets = new Int32Array(words.length + 1);
    for (let i = 0; i < words.length; i++) offsets[i + 1] = offsets[i]! + words[i]!.length;
    const chars = new Uint16Array(offsets[words.length]!);
    const table = this.table;
    const mask = this.mask;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let h = FNV_OFFSET;
      for (let k = 0, o = offsets[i]!; k < w.length; k++) {
        const c = w.charCodeAt(k);
        chars[o + k] = c;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      this.seen[h >>> 21]! |= 1 << ((h >>> 16) & 31);
      let at = (h ^ (h >>> 15)) & mask;
      while (table[2 * at + 1] !== 0) at = (at + 1) & mask;
      table[2 * at] = h;
      table[2 * at + 1] = i + 1;
    }
    this.offsets = offsets;
    this.chars = chars;
  }

  get size(): number {
    return this.words.length;
  }

  /** Id of the one-character word with this ASCII code (a punctuation mark), or -1. */
  asciiId(code: number): number {
    let id = this.ascii[code]!;
    if (id === -2) {
      id = this.get(String.fromCharCode(code));
      this.ascii[code] = id;
    }
    return id;
  }

  /** Id of a folded word, or -1. */
  get(word: string): number {
    let h = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
    for (let at = (h ^ (h >>> 15)) & this.mask; ; at = (at + 1) & this.mask) {
      const slot = this.table[2 * at + 1]!;
      if (slot === 0) return -1;
      if (this.table[2 * at] === h && this.words[slot - 1] === word) return slot - 1;
    }
  }

  /** getSpan(text, start, len, y) when `hash` (of the whole word, "y" included) is already known. */
  find(hash: number, text: string, start: number, len: number, y = false): number {
    if ((this.seen[hash >>> 21]! & (1 << ((hash >>> 16) & 31))) === 0) return -1;
    const { table, chars, offsets } = this;
    const total = y ? len + 1 : len;
    for (let at = (hash ^ (hash >>> 15)) & this.mask; ; at = (at + 1) & this.mask) {
      const slot = table[2 * at + 1]!;
      if (slot === 0) return -1;
      if (table[2 * at] !== hash) continue;
      const o = offsets[slot - 1]!;
      if (offsets[slot]! - o !== total || (y && chars[o + len] !== 121)) continue;
      let k = 0;
      while (k < len && chars[o + k] === (text.charCodeAt(start + k) | 32)) k++;
      if (k === len) return slot - 1;
    }
  }

  /**
   * Id of text[start, start + len) in lower case, followed by "y" when `y`, or -1. Only for
   * characters whose lower case is `code | 32`: ASCII letters and digits, "+" and "#".
   */
  getSpan(text: string, start: number, len: number, y: boolean): number {
    let h = FNV_OFFSET;
    const stop = start + len;
    for (let k = start; k < stop; k++) h = Math.imul(h ^ (text.charCodeAt(k) | 32), FNV_PRIME);
    if (y) h = Math.imul(h ^ 121, FNV_PRIME);
    return this.find(h, text, start, len, y);
  }
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
/**
 * Scripts written without spaces between words (Chinese, Japanese kana): a name written in Latin
 * letters right beside them ("使用Java、Python", "熟悉GAN") is a word of its own, so their characters
 * end a word as punctuation does.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const MARKS = /\p{M}+/gu;

export function isWordCode(code: number, ch: string): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  // Curly quotes and dashes are punctuation, not letters.
  return NON_ASCII_WORD.test(ch) && !(code >= 0x2e80 && UNSPACED.test(ch));
}

function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isWordCode(text.charCodeAt(i), text[i]!);
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 160
  || code === 0x2000 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x200b || code === 0x202f || code === 0x3000 || code === 0xfeff;

/** Lower case, accents off, possessive, apostrophes and inner dots off. */
export function foldWord(raw: string): string {
  let s = raw.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(MARKS, '');
  if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
  if (s.includes("'") || s.includes('’')) s = s.replace(/['’]/g, '');
  // "node.js" = "nodejs", "ph.d" = "phd"; a leading dot stays (".net" is not "net").
  if (s.lastIndexOf('.') > 0) s = s[0] + s.slice(1).replace(/\./g, '');
  return s;
}

/**
 * Singular by the simplest rule that is the same on both sides: "models" → "model",
 * "libraries" → "library"; "-ss" and "-ics" words are left alone.
 */
export function singular(s: string): string {
  const n = s.length;
  if (n < 4 || s.charCodeAt(n - 1) !== 115 /* s */) return s;
  const prev = s.charCodeAt(n - 2);
  if (prev === 115 /* ss */ || !isLetterCode(prev)) return s;
  // "analytics", "genetics", "robotics" are not plurals of the adjectives "analytic", "genetic".
  if (prev === 99 /* c */ && s.charCodeAt(n - 3) === 105 /* i */) return s;
  if (n >= 5 && s.endsWith('ies')) return s.slice(0, -3) + 'y';
  return s.slice(0, -1);
}

export function normWord(raw: string): string {
  return singular(foldWord(raw));
}

/**
 * Cut text into tokens. Linear in the length of the text; never backtracks more than a few
 * characters, so hostile input cannot make it slow.
 */
export function tokenize(text: string, offset = 0, end = text.length, vocab?: Vocab): Token[] {
  const t = scratch;
  tokenizeInto(t, text, offset, end, vocab);
  const out: Token[] = [];
  for (let k = 0; k < t.n; k++) out.push({ start: t.start[k]!, end: t.end[k]!, kind: t.kind[k] as Kind, id: t.id[k]!, norm: t.norm(k), lower: t.lower(k) });
  return out;
}

const scratch = new Tokens();

/**
 * A sentence end whose space was lost: text[start, dot) is a word of three or more letters, lower
 * case after its first ("databases", "Kubernetes"), and a capitalised word follows the dot ("He",
 * "Experience"). A short word after it must be one that starts sentences: "Node.Js", "Socket.Io"
 * stay names.
 */
function gluedSentence(text: string, start: number, dot: number, end: number): boolean {
  const up = text.charCodeAt(dot + 1);
  if (!(up >= 65 && up <= 90) || dot - start < 3) return false;
  let after = dot + 2;
  while (after < end && text.charCodeAt(after) >= 97 && text.charCodeAt(after) <= 122) after++;
  if (after === dot + 2 || (after - dot - 1 <= 2 && !SENTENCE_STARTERS.has(text.slice(dot + 1, after)))) return false;
  // "XGBoost.With good SQL": a name in camel case before the stop, and a word after it that opens an ask.
  if (ASK_OPENERS.has(text.slice(dot + 1, after)) || OPENERS.has(text.slice(dot + 1, after))) return true;
  for (let k = start + 1; k < dot; k++) {
    const ch = text.charCodeAt(k);
    if (ch < 97 || ch > 122) return false;
  }
  const first = text.charCodeAt(start);
  return (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
}
/**
 * Two words whose space was lost with a line break ("machine learningProficiency in Python",
 * "computer visionMachine learning", "in thePython data stack"): a word in small letters runs on
 * into a capitalised one at `inner`. A name written in camel case ("PyTorch", "DoorDash",
 * "ServiceNow") starts with a capital, and one the taxonomy knows ("numPy", "snakeMake") is
 * never looked at; a word that starts with a capital is two words only when what follows is a
 * word that opens an ask ("KubeflowExperience with …").
 */
function gluedWords(text: string, start: number, inner: number, end: number): boolean {
  if (inner - start < 2 || end - inner < 3) return false;
  const next = text.charCodeAt(inner + 1);
  if (!(next >= 97 && next <= 122)) return false;
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122) return true;
  return first >= 65 && first <= 90 && ASK_OPENERS.has(text.slice(inner, end));
}
/** More words that open a sentence of a posting, after a stop whose space was lost. */
const OPENERS = new Set(['With', 'Good', 'Hands', 'Working', 'Deep', 'You', 'Your', 'We', 'Our', 'The', 'This', 'They', 'Familiar', 'Comfortable']);
/** Capitalised words that open a line of requirements, after which a glued word is cut off. */
const ASK_OPENERS = new Set(['Experience', 'Knowledge', 'Familiarity', 'Proficiency', 'Understanding', 'Expertise', 'Strong', 'Solid',
  'Excellent', 'Proven', 'Demonstrated', 'Bachelor', 'Master', 'Degree', 'Ability', 'Minimum', 'Preferred', 'Required']);

/**
 * "AWSDeep", "SQLStrong": an acronym the vocabulary knows, glued to a capitalised word of four
 * letters or more, pushed as the two words ("AIOps", and "GPUDirect" with no known acronym, stay
 * one word).
 */
function pushCapsGlued(out: Tokens, text: string, start: number, inner: number, end: number, vocab: Vocab): boolean {
  const head = idOfSlice(vocab, text, start, inner);
  if (head < 0 || end - inner < 4) return false;
  out.push(start, inner, Kind.Word, head, undefined, undefined);
  out.push(inner, end, Kind.Word, idOfSlice(vocab, text, inner, end), undefined, undefined);
  return true;
}

/** The vocabulary id of the plain word text[from, to) (its FNV-1a hash over lower-case codes, then plainId). */
function idOfSlice(vocab: Vocab, text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let q = from; q < to; q++) h = Math.imul(h ^ (text.charCodeAt(q) | 32), FNV_PRIME);
  return plainId(vocab, text, from, to, h);
}

/** Push text[start, end) as the words it glues together, cut at each capital after a small letter. */
function pushGlued(out: Tokens, text: string, start: number, inner: number, end: number, vocab: Vocab): void {
  let from = start;
  for (let k = inner; k <= end; k++) {
    const c = k < end ? text.charCodeAt(k) : -1;
    const cut = k === end || (c >= 65 && c <= 90 && k > from + 1 && isLower(text.charCodeAt(k - 1)) && k + 1 < end && isLower(text.charCodeAt(k + 1)));
    if (!cut) continue;
    out.push(from, k, Kind.Word, idOfSlice(vocab, text, from, k), undefined, undefined);
    from = k;
  }
}
const isLower = (c: number) => c >= 97 && c <= 122;

/** Two-letter words that open sentences. */
const SENTENCE_STARTERS = new Set(['He', 'We', 'It', 'In', 'As', 'An', 'At', 'To', 'If', 'On', 'By', 'Is', 'So', 'Or', 'My', 'No', 'Do', 'Be']);

/** tokenize() into a reusable buffer: `out` is reset to the tokens of text[offset, end). */
export function tokenizeInto(out: Tokens, text: string, offset: number, end: number, vocab?: Vocab): void {
  out.reset(text);
  let i = offset;
  while (i < end) {
    const code = text.charCodeAt(i);
    // Most tokens start with an ASCII letter or digit: asked first, before space or dot.
    const asciiWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (!asciiWord && isSpace(code)) { i++; continue; }
    const leadingDot = !asciiWord && code === 46 && wordAt(text, i + 1) && isLetterCode(text.charCodeAt(i + 1)) && !wordAt(text, i - 1);
    if (asciiWord || leadingDot || (code > 127 && isWordCode(code, text[i]!))) {
      const start = i;
      // Plain ASCII letters and digits (most words) need no accent or apostrophe folding; their
      // hash for the vocabulary is taken on the way (FNV-1a over the lower-case codes).
      let plain = !leadingDot;
      let h = FNV_OFFSET;
      /** Where the first capital right after a small letter stands in the word, or -1. */
      let inner = -1;
      /** Where a capitalised word starts right after the word's opening capitals ("AWSDeep"), or -1. */
      let capsInner = -1;
      /** No small letter, digit or other character yet: the word so far is capitals. */
      let upper = true;
      if (leadingDot) i++;
      // The character at i once the word stops, or -1 at the end of the range (nothing past
      // the end joins the word or follows it).
      let c: number;
      for (;;) {
        c = -1;
        while (i < end) {
          c = text.charCodeAt(i);
          if (c >= 97 && c <= 122) { h = Math.imul(h ^ c, FNV_PRIME); i++; c = -1; upper = false; continue; }
          if (c >= 65 && c <= 90) {
            // "learningProficiency": a capital after a small letter, perhaps two words glued.
            if (inner < 0 && i > start && isLower(text.charCodeAt(i - 1))) inner = i;
            // "AWSDeep learning", "SQLStrong": capitals, then a capitalised word.
            else if (capsInner < 0 && upper && i >= start + 2 && i + 2 < end && isLower(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2))) capsInner = i;
            h = Math.imul(h ^ (c | 32), FNV_PRIME); i++; c = -1; continue;
          }
          if (c >= 48 && c <= 57) { h = Math.imul(h ^ c, FNV_PRIME); i++; c = -1; upper = false; continue; }
          if (c > 127 && isWordCode(c, text[i]!)) { plain = false; i++; c = -1; upper = false; continue; }
          break;
        }
        // "Node.js", "C3.ai", "2.0": a dot between two word characters joins them; not a sentence
        // end whose space was lost ("… SQL databases.He/she is …": lower-case letters, the stop,
        // then a capitalised word).
        if (c === 46 && i + 1 < end && wordAt(text, i + 1) && wordAt(text, i - 1) && !gluedSentence(text, start, i, end)) { i++; plain = false; continue; }
        // "R&D", "AT&T", "W&B": an ampersand between short words, no spaces.
        if (c === 38 && i + 1 < end && wordAt(text, i + 1) && i - start <= 3) { i++; plain = false; continue; }
        // "Bachelor's", "don't": an apostrophe between letters stays inside the word.
        if ((c === 39 || c === 0x2019) && i + 1 < end && isLetterCode(text.charCodeAt(i + 1)) && wordAt(text, i - 1)) { i++; plain = false; continue; }
        break;
      }
      // "C++", "C++17", "C#", "F#", "kdb+".
      if (c === 43 && text.charCodeAt(i + 1) === 43 && i + 1 < end) {
        h = Math.imul(Math.imul(h ^ 43, FNV_PRIME) ^ 43, FNV_PRIME);
        i += 2;
        while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) { h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME); i++; }
      } else if (c === 35 && i - start <= 2 && !wordAt(text, i + 1)) {
        h = Math.imul(h ^ 35, FNV_PRIME);
        i++;
      } else if (c === 43 && !wordAt(text, i + 1) && !/^\d+$/.test(text.slice(start, i))) {
        h = Math.imul(h ^ 43, FNV_PRIME);
        i++;
      }
      if (plain) {
        // Letters, digits and a trailing "+", "#": the id is read off the text, the strings
        // are made only if someone asks for them.
        const id = vocab ? plainId(vocab, text, start, i, h) : -1;
        if (inner > 0 && id < 0 && vocab && gluedWords(text, start, inner, i)) pushGlued(out, text, start, inner, i, vocab);
        else if (capsInner > 0 && id < 0 && vocab && inner < 0 && pushCapsGlued(out, text, start, capsInner, i, vocab)) { /* pushed */ }
        else out.push(start, i, Kind.Word, id, undefined, undefined);
      } else {
        const folded = foldWord(text.slice(start, i));
        const norm = singular(folded);
        out.push(start, i, Kind.Word, vocab ? vocab.get(norm) : -1, folded, norm);
      }
      continue;
    }
    // A lone hyphen or underscore between two words joins softly: no token.
    if ((code === 45 || code === 95) && wordAt(text, i - 1) && wordAt(text, i + 1)) { i++; continue; }
    if (code < 128 && code !== 10 && code !== 38) {
      out.push(i, i + 1, Kind.Punct, vocab ? vocab.asciiId(code) : -1, ASCII[code], ASCII[code]);
      i++;
      continue;
    }
    let norm = text[i]!;
    if (code === 10) norm = '\n';
    else if (code === 38) norm = 'and';
    else if (code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2212) norm = '-';
    // The ideographic and full-width commas of Chinese and Japanese lists ("Java、C++、Go").
    else if (code === 0x3001 || code === 0xff0c) norm = ',';
    out.push(i, i + 1, Kind.Punct, vocab ? vocab.get(norm) : -1, norm, norm);
    i++;
  }
}

/** One-character strings of the ASCII codes. */
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** `vocab.get(singular(text.slice(start, end).toLowerCase()))` for a plain word, without the strings. */
function plainId(vocab: Vocab, text: string, start: number, end: number, hash: number): number {
  const n = end - start;
  // singular(), read off the text: "models" → "model", "libraries" → "library".
  if (n >= 4 && (text.charCodeAt(end - 1) | 32) === 115) {
    const prev = text.charCodeAt(end - 2) | 32;
    if (prev !== 115 && prev >= 97 && prev <= 122 && !(prev === 99 && (text.charCodeAt(end - 3) | 32) === 105)) {
      if (n >= 5 && prev === 101 && (text.charCodeAt(end - 3) | 32) === 105) return vocab.getSpan(text, start, n - 3, true);
      return vocab.getSpan(text, start, n - 1, false);
    }
  }
  return vocab.find(hash, text, start, n);
}

/** Words that never count as one half of a name written apart ("in tune" is not Intune). */
export const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'do', 'for', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my',
  'no', 'not', 'of', 'on', 'or', 'so', 'the', 'to', 'up', 'us', 'we', 'you', 'our', 'all', 'can', 'has', 'had',
  // "at any scale" is not Anyscale, "the cloud era" not Cloudera, "server less" not Serverless.
  'any', 'era', 'less', 'con', 'ion', 'ing',
  // "a high-touch service" is not Hightouch.
  'high',
]);
