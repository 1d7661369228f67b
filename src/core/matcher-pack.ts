// The matcher as bytes, made when the extension is built (scripts/pack-matcher.ts, `data/matcher.bin`)
// and read by the worker instead of building it. Building it takes 210–240 ms in a worker that
// has just started (marks in the built worker, a stopped worker woken by a listing), and a
// worker is stopped after 30 s idle, so most listings a user opens would wait for it; reading
// the bytes is a few typed-array views and the vocabulary's table.
//
// Layout: "GLMP", the header's length (uint32, little-endian), the header as UTF-8 JSON
// (fingerprint of the taxonomy text it was built from, the vocabulary, the patterns' forms, the
// concepts' numbers, and the name, type and length of each array that follows), zero padding
// to 8 bytes, then each array in order, each padded to 8 bytes. Whatever does not fit that —
// another taxonomy, another format, a cut or altered file — is refused with an error, and the
// worker builds the matcher itself.
import { Automaton, type Matcher, type Pattern } from './automaton';
import type { Concepts } from './concepts';
import { Vocab } from './normalize';
import type { Taxonomy } from './schema';

/** Where the build puts it in the extension. */
export const MATCHER_FILE = 'data/matcher.bin';
const MAGIC = 'GLMP';
/** Bumped whenever the Matcher's shape or its packing changes. */
export const PACK_FORMAT = 1;

type ArrayKind = 'i32' | 'u8' | 'f64';
type Typed = Int32Array | Uint8Array | Float64Array;
const CTORS = { i32: Int32Array, u8: Uint8Array, f64: Float64Array } as const;

interface Header {
  format: number;
  fingerprint: string;
  named: number;
  words: string[];
  forms: string[];
  conflicts: string[];
  concepts: { objects: number; kindObject: number; modelObject: number; size: number; modelWord: number };
  arrays: Array<[name: string, kind: ArrayKind, length: number]>;
}

const FLAGS = ['ambiguous', 'exactCase', 'needsUpper', 'needsS', 'variant'] as const;

function kindOf(a: Typed): ArrayKind {
  return a instanceof Int32Array ? 'i32' : a instanceof Uint8Array ? 'u8' : 'f64';
}

const pad8 = (n: number) => (n + 7) & ~7;
/** The arrays are stored as this machine lays them out: little-endian, as every browser GapLens runs in. */
const littleEndian = () => new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** The matcher's bytes; `fingerprint` names the taxonomy text it was built from (contentHash of data/skills.json as shipped). */
export function packMatcher(m: Matcher, fingerprint: string): Uint8Array {
  const formIndex = new Map<string, number>();
  const forms: string[] = [];
  const patternForm = new Int32Array(m.patterns.length);
  const patternSkill = new Int32Array(m.patterns.length);
  const patternFlags = new Uint8Array(m.patterns.length);
  m.patterns.forEach((p, i) => {
    let f = formIndex.get(p.form);
    if (f === undefined) { f = forms.length; formIndex.set(p.form, f); forms.push(p.form); }
    patternForm[i] = f;
    patternSkill[i] = p.skill;
    patternFlags[i] = FLAGS.reduce((bits, flag, b) => bits | (p[flag] ? 1 << b : 0), 0);
  });
  const c = m.concepts;
  const pairs = (map: Map<number, number>) => Float64Array.from([...map].flat());
  const arrays: Record<string, Typed> = {
    patternForm, patternSkill, patternFlags, lengths: m.lengths,
    root: m.automaton.root, first: m.automaton.first, tokens: m.automaton.tokens, nodes: m.automaton.nodes,
    fail: m.fail, out: m.out, dict: m.dict, rules: m.rules,
    actionOf: c.actionOf, useOf: c.useOf, objectOf: c.objectOf, wordOf: c.wordOf, fieldOf: c.fieldOf, modelledOf: c.modelledOf,
    skillOf: pairs(c.skillOf), compoundOf: pairs(c.compoundOf), leadOf: Float64Array.from(c.leadOf),
  };
  const header: Header = {
    format: PACK_FORMAT, fingerprint, named: m.named, words: [...m.vocab.words], forms, conflicts: m.conflicts,
    concepts: { objects: c.objects, kindObject: c.kindObject, modelObject: c.modelObject, size: c.size, modelWord: c.modelWord },
    arrays: Object.entries(arrays).map(([name, a]) => [name, kindOf(a), a.length]),
  };
  if (!littleEndian()) throw new Error('packMatcher: big-endian machines are not supported');
  const head = new TextEncoder().encode(JSON.stringify(header));
  let size = pad8(8 + head.length);
  for (const a of Object.values(arrays)) size += pad8(a.byteLength);
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, head.length, true);
  bytes.set(head, 8);
  let at = pad8(8 + head.length);
  for (const a of Object.values(arrays)) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad8(a.byteLength);
  }
  return bytes;
}

function fail(why: string): never {
  throw new Error(`${MATCHER_FILE}: ${why}`);
}

/** Packed bytes whose header has been read: which taxonomy text they were built from, and the matcher. */
export interface Pack {
  /** contentHash of the skills.json text the build validated and packed the matcher from. */
  fingerprint: string;
  /** The matcher, for the taxonomy parsed from that text. Throws when the arrays do not fit it. */
  matcher(taxonomy: Taxonomy): Matcher;
}

/**
 * The matcher packed in `bytes`, for `taxonomy` (whose shipped text has `fingerprint`). Throws
 * when the bytes are not a matcher of this format built from that taxonomy text.
 */
export function unpackMatcher(bytes: ArrayBuffer, taxonomy: Taxonomy, fingerprint: string): Matcher {
  const pack = openPack(bytes);
  if (pack.fingerprint !== fingerprint) fail('built from another skills.json');
  return pack.matcher(taxonomy);
}

/** Reads the header of packed bytes; throws when they are not a packed matcher of this format. */
export function openPack(bytes: ArrayBuffer): Pack {
  if (bytes.byteLength < 8 || new TextDecoder().decode(new Uint8Array(bytes, 0, 4)) !== MAGIC) fail('not a packed matcher');
  if (!littleEndian()) fail('big-endian machines are not supported');
  const headLength = new DataView(bytes).getUint32(4, true);
  if (8 + headLength > bytes.byteLength) fail('cut short');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 8, headLength))) as Header;
  } catch {
    fail('unreadable header');
  }
  if (header.format !== PACK_FORMAT) fail(`format ${String(header.format)}, expected ${PACK_FORMAT}`);
  if (typeof header.fingerprint !== 'string' || !Array.isArray(header.words) || !Array.isArray(header.forms) || !Array.isArray(header.arrays)) fail('malformed header');
  const arrays = new Map<string, Typed>();
  let at = pad8(8 + headLength);
  for (const [name, kind, length] of header.arrays) {
    const Ctor = CTORS[kind];
    if (!Ctor || !Number.isInteger(length) || length < 0) fail(`malformed array ${name}`);
    const byteLength = length * Ctor.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.byteLength) fail('cut short');
    arrays.set(name, new Ctor(bytes, at, length));
    at += pad8(byteLength);
  }
  if (at !== bytes.byteLength) fail('unexpected bytes at the end');
  return { fingerprint: header.fingerprint, matcher: (taxonomy) => matcherOf(header, arrays, taxonomy) };
}

function matcherOf(header: Header, arrays: Map<string, Typed>, taxonomy: Taxonomy): Matcher {
  const get = <K extends ArrayKind>(name: string, kind: K): InstanceType<(typeof CTORS)[K]> => {
    const a = arrays.get(name);
    if (!a || kindOf(a) !== kind) fail(`missing array ${name}`);
    return a as InstanceType<(typeof CTORS)[K]>;
  };
  const patternForm = get('patternForm', 'i32');
  const patternSkill = get('patternSkill', 'i32');
  const patternFlags = get('patternFlags', 'u8');
  const lengths = get('lengths', 'i32');
  const n = patternForm.length;
  if (patternSkill.length !== n || patternFlags.length !== n || lengths.length !== n) fail('pattern arrays differ in length');
  const patterns: Pattern[] = new Array<Pattern>(n);
  for (let i = 0; i < n; i++) {
    const form = header.forms[patternForm[i]!];
    const skill = patternSkill[i]!;
    if (typeof form !== 'string' || skill < 0 || skill >= taxonomy.skills.length) fail(`pattern ${i} out of range`);
    const bits = patternFlags[i]!;
    patterns[i] = {
      skill, form, key: form.toLowerCase(), length: lengths[i]!,
      ambiguous: (bits & 1) !== 0, exactCase: (bits & 2) !== 0, needsUpper: (bits & 4) !== 0, needsS: (bits & 8) !== 0, variant: (bits & 16) !== 0,
    };
  }
  const words = header.words;
  const size = words.length;
  const out = get('out', 'i32');
  const nodes = out.length;
  const automaton = Automaton.fromArrays(get('root', 'i32'), get('first', 'i32'), get('tokens', 'i32'), get('nodes', 'i32'));
  if (automaton.root.length !== size || automaton.first.length !== nodes + 1 || get('fail', 'i32').length !== nodes || get('dict', 'i32').length !== nodes) {
    fail('automaton arrays differ in length');
  }
  for (let i = 0; i < nodes; i++) if (out[i]! >= n) fail('automaton names a pattern out of range');
  const map = (pairs: Float64Array) => {
    const m = new Map<number, number>();
    for (let i = 0; i + 1 < pairs.length; i += 2) m.set(pairs[i]!, pairs[i + 1]!);
    return m;
  };
  const concepts: Concepts = {
    ...header.concepts,
    actionOf: get('actionOf', 'i32'), useOf: get('useOf', 'u8'), objectOf: get('objectOf', 'i32'), wordOf: get('wordOf', 'u8'),
    fieldOf: get('fieldOf', 'i32'), modelledOf: get('modelledOf', 'i32'),
    skillOf: map(get('skillOf', 'f64')), compoundOf: map(get('compoundOf', 'f64')), leadOf: new Set(get('leadOf', 'f64')),
  };
  for (const name of ['actionOf', 'useOf', 'objectOf', 'wordOf', 'fieldOf', 'modelledOf', 'rules'] as const) {
    const a = name === 'rules' ? get('rules', 'u8') : concepts[name];
    if (a.length !== size) fail(`${name} does not cover the vocabulary`);
  }
  return {
    taxonomy, patterns, conflicts: header.conflicts, vocab: new Vocab(words), automaton,
    fail: get('fail', 'i32'), out, dict: get('dict', 'i32'), lengths, rules: get('rules', 'u8'), concepts, named: header.named,
  };
}
