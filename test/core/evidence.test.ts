// The sentence each flag was read from, as the popup shows it.
import { describe, expect, it } from 'vitest';
import { flagEvidence } from '../../src/core/evidence';

const TEXT = `About us
We have been building robots for over 50 years. Our team is small.
Requirements:
- PhD or MSc in Computer Science, Statistics or a related field.
- 5+ years of experience building machine learning systems in production; 2 years of Rust is a plus.
- Strong Python.`;

describe('flagEvidence', () => {
  it('finds the sentence that asks for the degree and the one with the figure read, not the company\'s age', () => {
    const e = flagEvidence(TEXT, { degree: { level: 'master', section: 'required', field: null, equivalentExperience: false }, years: { min: 5, max: null, section: 'required' } });
    expect(e.degree).toBe('PhD or MSc in Computer Science, Statistics or a related field.');
    expect(e.years).toMatch(/^5\+ years of experience building machine learning systems in production;/);
  });

  it('finds a skill\'s figure written without "experience" ("3+ years of Python and SQL"), as the reading takes it', () => {
    expect(flagEvidence('Requirements:\n- 3+ years of Python and SQL\n- Docker', { degree: null, years: { min: 3, max: null, section: 'required' } }).years)
      .toBe('3+ years of Python and SQL');
  });

  it('says null where no sentence reads as the flag, and does nothing without flags', () => {
    expect(flagEvidence(TEXT, { degree: null, years: { min: 7, max: null, section: 'required' } })).toEqual({ degree: null, years: null });
    expect(flagEvidence(TEXT, { degree: null, years: null })).toEqual({ degree: null, years: null });
  });

  it('cuts a very long sentence', () => {
    const long = `You need 3+ years of experience ${'with many things '.repeat(40)}.`;
    const e = flagEvidence(long, { degree: null, years: { min: 3, max: null, section: 'required' } });
    expect(e.years!.length).toBeLessThanOrEqual(320);
    expect(e.years!.endsWith('…')).toBe(true);
  });
});
