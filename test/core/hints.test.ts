// The one-pass keyword finder stands in for the extractor's first-look patterns: on any line it
// must find a family exactly when the pattern it replaces matches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Hint, Hits, findHints } from '../../src/core/hints';
import { QUICK_WORDS } from '../../src/core/extract-degree';
import { MINIMUM_WORD, YEARS_WORD } from '../../src/core/extract-years';
import { FOLLOWING, NEGATION_HINT, PREFER_HINT, REQUIRED_CUE, TEXT_LEVEL_LEAD } from '../../src/core/extract';

// The patterns as the extractor has them: changing one fails this test until hints.ts follows.
const PATTERNS: Array<[string, number, (s: string) => boolean]> = [
  ['degree words', Hint.Degree, (s) => QUICK_WORDS.test(s)],
  ['years', Hint.Years, (s) => YEARS_WORD.test(s) || MINIMUM_WORD.test(s)],
  ['following', Hint.Following, (s) => FOLLOWING.test(s)],
  ['preference cues', Hint.Prefer, (s) => PREFER_HINT.test(s)],
  ['negations', Hint.Negation, (s) => NEGATION_HINT.test(s)],
  ['level phrases', Hint.Level, (s) => TEXT_LEVEL_LEAD.test(s)],
];
/** Families that only have to be found wherever their pattern matches (they may say yes more often). */
const FIRST_LOOKS: Array<[string, number, (s: string) => boolean]> = [
  ['requirement cues', Hint.Required, (s) => REQUIRED_CUE.test(s)],
];

// Pieces that make near misses likely: keywords, their halves, case changes, separators.
const PIECES = ['you', 'You', 'have', 'Proficiency in', 'strong', 'Python', 'skills', 'of', 'experience with', 'great', 'love', 'Ideal', 'track record', 'must', 'Must', 'should', 'required', 'requires', 'is', 'are', 'mandatory', 'essential', 'need', 'someone', 'a', 'an', 'experience', 'seeking', 'We', 'this', 'junior', 'Senior', 'mid', 'join', 'hiring', 'looking', 'entry', 'degree', 'DEGREES', 'Ph', 'PH', 'd', 'D', '.', '. ', ' ', '  ', '\t', '\u00a0', '\u2009', 'phil', 'Phil', 'bachelor', 'Master',
  'majority', 'field', 'disciplin', 'year', 'Years', 'yr', 'YRS', 's', 'minimum', 'x', '_', '1', '3+', 'no', 'NOT', 'not', "don't", 'dont', "won't",
  'doesn', "'", 't', 'following', 'FOLLOWING', 'plus', 'surplus', 'preferred', 'Ideally', 'nice', 'welcome', 'é', 'ı', 'K', '’', '-', ',', 'ollow', 'ing'];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('findHints', () => {
  const hits = new Hits();
  for (const [name, bit, re] of PATTERNS) {
    it(`finds ${name} exactly where the pattern does`, () => {
      fc.assert(fc.property(line, fc.string({ maxLength: 6 }), (core, noise) => {
        const text = `${noise}\n${core}\n${noise}`;
        const from = noise.length + 1;
        findHints(text, from, from + core.length, hits);
        expect((hits.all & bit) !== 0, JSON.stringify(core)).toBe(re(core));
      }), { numRuns: 3000 });
    });
  }

  for (const [name, bit, re] of FIRST_LOOKS) {
    it(`finds ${name} wherever the pattern matches`, () => {
      fc.assert(fc.property(line, (core) => {
        findHints(core, 0, core.length, hits);
        if (re(core)) expect((hits.all & bit) !== 0, JSON.stringify(core)).toBe(true);
      }), { numRuns: 3000 });
      for (const s of ['You have 3 years of Python', 'Python is required', 'we need someone with SQL', 'is essentially', 'Must-have: SQL']) {
        findHints(s, 0, s.length, hits);
        expect((hits.all & bit) !== 0, s).toBe(true);
        expect(re(s) || s === 'is essentially', s).toBe(true);
      }
    });
  }

  it('records where each keyword is, for the sentences of a line', () => {
    const text = 'Python is a plus. No Java needed; 3+ years with a PhD.';
    findHints(text, 0, text.length, hits);
    const dot = text.indexOf('.') + 1;
    expect(hits.within(Hint.Prefer, 0, dot)).toBe(true);
    expect(hits.within(Hint.Prefer, dot, text.length)).toBe(false);
    expect(hits.within(Hint.Negation, dot, text.length)).toBe(true);
    expect(hits.within(Hint.Years | Hint.Degree, text.indexOf(';'), text.length)).toBe(true);
    expect(hits.within(Hint.Following, 0, text.length)).toBe(false);
  });
});
