// Two degrees in one sentence: joined by "and" / "as well as" both are asked, so the higher one is
// the requirement; joined by "or" either will do, so the lower one is.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const level = (text: string) => realEngine().extract(text).degree?.level ?? null;

describe('two degrees asked together', () => {
  it.each([
    ['Your profile\nA university degree in sociology or a related discipline, teaching experience, as well as a doctorate.', 'phd'],
    ['Requirements\n- A bachelor\'s degree and a master\'s degree in computer science', 'master'],
    ['Requirements\n- Completed university studies in physics and a PhD in a quantitative field', 'phd'],
  ])('%s → %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it.each([
    ['Requirements\n- A bachelor\'s or a master\'s degree in statistics', 'bachelor'],
    ['Requirements\n- A bachelor\'s degree, alternatively a master\'s degree in statistics', 'bachelor'],
  ])('a choice keeps the lower one: %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it('students of two levels are not a degree asked twice', () => {
    expect(level('We welcome Bachelor\'s and Master\'s students to apply for this internship.')).not.toBe('master');
  });
});

describe('two degrees with a section each', () => {
  it('keeps the required lower degree when the higher one is only preferred', () => {
    const read = realEngine().extract('Requirements\n- A bachelor\'s degree is required and a master\'s degree preferred');
    expect(read.degree?.level).toBe('bachelor');
  });
});

describe('a short degree beside a spelled-out one', () => {
  const level = (s: string) => realEngine().extract(s).degree?.level ?? null;
  it('counts "BS or Master Degree" as the lower option', () => {
    expect(level('Requirements: BS or Master Degree in Computer Science')).toBe('bachelor');
    expect(level('Requirements: B.S. or Master’s degree in CS')).toBe('bachelor');
    expect(level('Requirements: BSc or a Master degree in Physics')).toBe('bachelor');
  });

  it('reads B.E. and M.E. (engineering degrees) with their dots', () => {
    expect(level('Requirements: B.E. in Computer Science')).toBe('bachelor');
    expect(level('Requirements: M.E. or PhD in Mechanical Engineering')).toBe('master');
  });

  it('takes no state for a degree: "Cambridge, MA or Boston"', () => {
    expect(level('Our offices are in Cambridge, MA or Boston. Requirements: Python')).toBeNull();
    expect(level('Requirements: MA or PhD in Statistics')).toBe('master');
  });
});
