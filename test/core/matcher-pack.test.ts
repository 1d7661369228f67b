// The matcher the build packs (data/matcher.bin) reads postings exactly as the one built in
// place, and bytes that are not such a matcher for this taxonomy are refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../src/core/matcher';
import { extract } from '../../src/core/extract';
import { contentHash } from '../../src/core/hash';
import { PACK_FORMAT, packMatcher, unpackMatcher } from '../../src/core/matcher-pack';
import { loadTaxonomy } from '../../src/core/taxonomy';
import { postingFiles, repoRoot, taxonomy as smallTaxonomy } from './helpers';

const text = JSON.stringify(JSON.parse(readFileSync(`${repoRoot}data/skills.json`, 'utf8')));
const fingerprint = contentHash(text);
const taxonomy = loadTaxonomy(JSON.parse(text));
const built = buildMatcher(taxonomy);
const bytes = packMatcher(built, fingerprint);
const fresh = () => bytes.slice().buffer;

describe('packed matcher', () => {
  it('holds the same matcher as the one built in place', () => {
    const unpacked = unpackMatcher(fresh(), taxonomy, fingerprint);
    expect(unpacked.patterns).toEqual(built.patterns);
    expect(unpacked.vocab.words).toEqual(built.vocab.words);
    expect(unpacked.automaton).toEqual(built.automaton);
    expect(unpacked.concepts).toEqual(built.concepts);
    for (const k of ['fail', 'out', 'dict', 'lengths', 'rules', 'named', 'conflicts'] as const) expect(unpacked[k], k).toEqual(built[k]);
    expect(unpacked.vocab.get('python')).toBe(built.vocab.get('python'));
    expect(unpacked.automaton.edge(0, built.vocab.get('machine'))).toBe(built.automaton.edge(0, built.vocab.get('machine')));
  });

  it('reads every saved posting as the matcher built in place does', () => {
    const unpacked = unpackMatcher(fresh(), taxonomy, fingerprint);
    const files = postingFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const posting = readFileSync(`${repoRoot}test/fixtures/postings/${file}`, 'utf8');
      expect(extract(posting, unpacked), file).toEqual(extract(posting, built));
    }
  });

  it('packs the small test taxonomy too', () => {
    const small = buildMatcher(smallTaxonomy);
    const again = unpackMatcher(packMatcher(small, 'x').slice().buffer, smallTaxonomy, 'x');
    expect(extract('Requirements\n- 3+ years of Python and PyTorch', again)).toEqual(extract('Requirements\n- 3+ years of Python and PyTorch', small));
  });

  it('refuses a matcher built from another taxonomy text', () => {
    expect(() => unpackMatcher(fresh(), taxonomy, contentHash(`${text} `))).toThrow(/another skills\.json/);
  });

  it('refuses bytes that are not a packed matcher, cut short, or with bytes added', () => {
    expect(() => unpackMatcher(new TextEncoder().encode('{"version":1}').buffer, taxonomy, fingerprint)).toThrow(/not a packed matcher/);
    expect(() => unpackMatcher(new ArrayBuffer(0), taxonomy, fingerprint)).toThrow(/not a packed matcher/);
    expect(() => unpackMatcher(bytes.slice(0, bytes.length - 8).buffer, taxonomy, fingerprint)).toThrow(/cut short/);
    expect(() => unpackMatcher(bytes.slice(0, 200).buffer, taxonomy, fingerprint)).toThrow(/cut short/);
    const longer = new Uint8Array(bytes.length + 8);
    longer.set(bytes);
    expect(() => unpackMatcher(longer.buffer, taxonomy, fingerprint)).toThrow(/unexpected bytes/);
  });

  it('refuses another format and a header that does not parse', () => {
    const headLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
    const head = new TextDecoder().decode(bytes.subarray(8, 8 + headLength));
    const withHead = (h: string) => {
      const enc = new TextEncoder().encode(h);
      expect(enc.length).toBe(headLength);
      const copy = bytes.slice();
      copy.set(enc, 8);
      return copy.buffer;
    };
    expect(() => unpackMatcher(withHead(head.replace(`"format":${PACK_FORMAT}`, `"format":${PACK_FORMAT + 1}`)), taxonomy, fingerprint)).toThrow(/format/);
    expect(() => unpackMatcher(withHead(`#${head.slice(1)}`), taxonomy, fingerprint)).toThrow(/unreadable header/);
  });

  it('refuses a pattern that names a skill the taxonomy does not have', () => {
    // The same bytes read against a taxonomy with fewer skills.
    const fewer = { ...taxonomy, skills: taxonomy.skills.slice(0, 10) };
    expect(() => unpackMatcher(fresh(), fewer, fingerprint)).toThrow(/out of range/);
  });
});
