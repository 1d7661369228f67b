// One pass over a line finds every word that the extractor's sentence patterns start from
// ("degree", "years", "preferred", "not", "following"…), so that each pattern runs only on the
// sentences that contain one of its words. Before, each pattern's own first look ran over every
// line, one regular expression after another; this automaton reads each character once.
//
// Each family below stands for one of those first looks and finds exactly the same places:
// letters match regardless of ASCII case (as /i does), "\s" is any JavaScript white space, and
// whole-word keywords need a non-word character (or the end of the text) on both sides, as \b.

/** Hint families, as bits. */
export const Hint = {
  /** extract-degree QUICK_WORDS: degree, bachelor, master, PhD, (completed) studies… */
  Degree: 1,
  /** extract-years: "year(s)", "yr(s)", "minimum" as whole words. */
  Years: 2,
  /** extract: "following" (the "one of the following" lists). */
  Following: 4,
  /** extract PREFER_HINT: plus, bonus, preferred, ideally… */
  Prefer: 8,
  /** extract NEGATION_HINT: "no", "not", "don't", "rather", "instead"… as whole words. */
  Negation: 16,
  /** extract TEXT_LEVEL_LEAD: the words a "we are seeking a senior …" phrase starts with. */
  Level: 32,
  /**
   * Words every match of cues.ts's REQUIRED_CUE contains ("you have", "must", "required",
   * "we need"…), as parts of words: a first look that may say yes where the pattern says no.
   */
  Required: 64,
  /**
   * cues.ts's employer context: EMPLOYER_CLAUSE ("join", "part of", "work for / at"), EMPLOYER_MADE
   * ("we have", "we've") and AS_ADJECTIVE ("-driven", "-powered", "-based"…), as parts of words or whole words.
   */
  Context: 128,
} as const;

const SUBSTRINGS: Array<[number, string[]]> = [
  [Hint.Degree, ['degree', 'bachelor', 'master', 'doctor', 'major', 'field', 'disciplin', 'phd', 'ph.d', 'ph d', 'ph. d', 'dphil', 'd.phil', 'studie', 'studium', 'abschluss', 'education', 'graduate', 'graduation', 'tertiary', 'background', 'bac+', 'bac +', 'grado', 'graduad', 'licenciatura', 'titulaci', 'tulo univ', 'dipl', 'ster en', 'ster univ', 'ster oficial', 'doctorat', 'first-cycle', 'first cycle', 'second-cycle', 'second cycle', 'third-cycle', 'third cycle', 'universitaire']],
  [Hint.Following, ['ollowing']],
  [Hint.Required, ['you', 'must', 'should', 'requir', 'mandatory', 'essential', 'key', 'crucial', 'vital', 'who ha', 'who poss', 'who bring', 'that ha', 'need', 'looking', 'seek', 'hiring', 'searching', 'candidat', 'applicant', 'to see', 'qualif', 'demand', 'calls for', 'expected to',
    'proficient', 'fluent', 'skilled', 'experienced', 'expert', 'familiar', 'versed', 'knowledgeable', 'person', 'individual', ' hire']],
  [Hint.Context, ['join', 'part of', 'work for', 'working for', 'work at', 'working at', 'driven', 'powered', 'native', 'enabled', 'centric',
    'focused', 'fuelled', 'fueled', 'infused', 'backed', 'hire', 'hiring', 'recruit', 'learn', 'teach', 'train', 'coach', 'mentor', 'provided', 'offered', 'opportunit', 'chance', 'get to',
    // EMPLOYER_MADE: "software we've built".
    'we have', "we've", 'we’ve']],
  [Hint.Prefer, ['plus', 'bonus', 'advantage', 'asset', 'nice', 'prefer', 'desir', 'beneficial', 'helpful', 'welcome', 'appreciated', 'optional', 'ideal',
    'great', 'love', 'excellent', 'good', 'useful', 'valuable', 'relevant', 'interest', 'more value', 'extra value', 'additional value',
    'valued', 'regarded', 'merit', 'positively', 'vorteil', 'wünschenswert', 'not required', 'not mandatory', 'not essential', 'not necessary', 'strictly', 'differentiator', 'stand out', 'apart', 'head start', 'headstart', 'head-start', 'leg up', 'leg-up', 'favour', 'favor', 'points', 'thrilled', 'delighted', 'happy', 'excited', 'glad', 'handy', 'better', 'extra credit', 'willing', 'eager', 'keen']],
];
/** Whole words; the third item: a digit may stand right before the word ("5yrs", "3years"). */
const WORDS: Array<[number, string[], boolean?]> = [
  [Hint.Years, ['year', 'years', 'yr', 'yrs', 'decade', 'decades', 'month', 'months', 'jahr', 'jahre', 'jahren', 'ans', 'anos', 'experiencia', 'jaar'], true],
  [Hint.Years, ['minimum']],
  [Hint.Degree, ['hbo', 'wo']],
  [Hint.Negation, ['no', 'not', 'dont', "don't", 'doesnt', "doesn't", 'wont', "won't", 'rather', 'instead']],
  [Hint.Context, ['based', 'first', 'led', 'heavy', 'forward']],
  [Hint.Level, ['seeking', 'hiring', 'looking', 'join', 'we', 'this', 'entry', 'junior', 'mid', 'senior']],
];

// Symbols: 1–26 letters (either case), 27 ".", 28 white space, 29 "'", 0 anything else.
const SYMBOLS = 30;
const DOT = 27;
const SPACE = 28;
const APOS = 29;

function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c === 46) return DOT;
  if (c === 39) return APOS;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return SPACE;
  return 0;
}

/** Symbol of each code below 0x3001 (the white space above it is handled by symbolOf). */
function symbolTable(): Uint8Array {
  return Uint8Array.from({ length: 0x3001 }, (_, c) => symbolOf(c));
}

interface Output { bit: number; length: number; word: boolean; digitBefore: boolean }

/**
 * The keywords' Aho–Corasick automaton over symbols, with every transition filled in. Built
 * on first use, not at load: the worker imports this module whenever it starts, and a start
 * answers settings and history messages that never read a posting.
 */
let built: ReturnType<typeof build> | undefined;
const automaton = () => (built ??= build());
function build() {
  const next: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
  const outs: Output[][] = [[]];
  const add = (bit: number, key: string, word: boolean, digitBefore = false) => {
    let s = 0;
    for (const ch of key) {
      const y = symbolOf(ch.charCodeAt(0));
      if (next[s]![y] === -1) {
        next[s]![y] = next.length;
        next.push(new Array<number>(SYMBOLS).fill(-1));
        outs.push([]);
      }
      s = next[s]![y]!;
    }
    outs[s]!.push({ bit, length: key.length, word, digitBefore });
  };
  for (const [bit, keys] of SUBSTRINGS) for (const k of keys) add(bit, k, false);
  for (const [bit, keys, digitBefore] of WORDS) for (const k of keys) add(bit, k, true, digitBefore);
  // Breadth first: failure links, outputs along them, and the missing transitions.
  const fail = new Array<number>(next.length).fill(0);
  const queue: number[] = [];
  for (let y = 0; y < SYMBOLS; y++) {
    const t = next[0]![y]!;
    if (t === -1) next[0]![y] = 0;
    else queue.push(t);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    outs[s]!.push(...outs[fail[s]!]!);
    for (let y = 0; y < SYMBOLS; y++) {
      const t = next[s]![y]!;
      if (t === -1) { next[s]![y] = next[fail[s]!]![y]!; continue; }
      fail[t] = next[fail[s]!]![y]!;
      queue.push(t);
    }
  }
  // Renumbered so that the states with outputs come last (one comparison tells them), with
  // the transitions on ASCII codes spelled out (one look-up per character).
  const order = [...next.keys()].sort((a, b) => Number(outs[a]!.length > 0) - Number(outs[b]!.length > 0) || a - b);
  const id = new Array<number>(order.length);
  order.forEach((old, i) => { id[old] = i; });
  // Two bytes a state: the nice-to-have cues' words ("would be great", "we'd love it if") took
  // the automaton past 256 states.
  if (order.length > 65536) throw new Error('hints: too many states for two bytes');
  const ascii = new Uint16Array(order.length * 128);
  const symbols = new Uint16Array(order.length * SYMBOLS);
  order.forEach((old, i) => {
    for (let c = 0; c < 128; c++) ascii[i * 128 + c] = id[next[old]![symbolOf(c)]!]!;
    for (let y = 0; y < SYMBOLS; y++) symbols[i * SYMBOLS + y] = id[next[old]![y]!]!;
  });
  return {
    ascii,
    symbols,
    firstOut: order.findIndex((old) => outs[old]!.length > 0),
    outs: order.map((old) => outs[old]!),
    symbol: symbolTable(),
  };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Hits of one line: hit k is a keyword of family bits[k] at text[start[k], end[k]). */
export class Hits {
  n = 0;
  /** Every family found, or-ed. */
  all = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  bits = new Uint8Array(64);

  /** Whether a keyword of one of `families` lies wholly inside text[from, to). */
  within(families: number, from: number, to: number): boolean {
    if ((this.all & families) === 0) return false;
    for (let k = 0; k < this.n; k++) {
      if ((this.bits[k]! & families) !== 0 && this.start[k]! >= from && this.end[k]! <= to) return true;
    }
    return false;
  }

  add(bit: number, start: number, end: number): void {
    if (this.n === this.start.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
      this.start = grow(this.start, new Int32Array(this.n * 2));
      this.end = grow(this.end, new Int32Array(this.n * 2));
      this.bits = grow(this.bits, new Uint8Array(this.n * 2));
    }
    this.start[this.n] = start;
    this.end[this.n] = end;
    this.bits[this.n] = bit;
    this.n++;
    this.all |= bit;
  }
}

/**
 * Find every keyword in text[from, to) into `out` (reset first). A whole word needs a non-word
 * character, or the edge of [from, to), on each side.
 */
export function findHints(text: string, from: number, to: number, out: Hits): void {
  out.n = 0;
  out.all = 0;
  const { ascii, symbols, firstOut, outs, symbol } = automaton();
  let s = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    s = c < 128 ? ascii[s * 128 + c]! : symbols[s * SYMBOLS + (c <= 0x3000 ? symbol[c]! : symbolOf(c))]!;
    if (s < firstOut) continue;
    for (const { bit, length, word, digitBefore } of outs[s]!) {
      const start = i + 1 - length;
      if (word && ((start > from && isWordCode(text.charCodeAt(start - 1)) && !(digitBefore && isDigitCode(text.charCodeAt(start - 1))))
        || (i + 1 < to && isWordCode(text.charCodeAt(i + 1))))) continue;
      out.add(bit, start, i + 1);
    }
  }
}
