// A PDF, a Word file or an image chosen as a profile file is named for what it is, with
// what to do instead — not a parser's "Unexpected token '%'" (issue 19 item 9).
import { describe, expect, it } from 'vitest';
import { plainImportError, wrongFileKind } from '../../src/options/text';

describe('wrongFileKind', () => {
  it('names a PDF and says what to do', () => {
    expect(wrongFileKind('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toMatch(/^This is a PDF, not a profile file\..*Import your CV/);
  });
  it('names a Word file', () => {
    expect(wrongFileKind('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(/^This is a Word/);
  });
  it('leaves JSON and plain text to the parser', () => {
    expect(wrongFileKind('{"basics": {}}')).toBeNull();
    expect(wrongFileKind('Jane Doe\nPython, SQL')).toBeNull();
  });
});

describe('import errors in plain words', () => {
  it('a validation message names the field in words, keeping the exact message as the detail', () => {
    const raw = 'profile.constraints.hoursPerWeek: expected a value ≤ 80, got 120';
    expect(plainImportError(raw)).toEqual({
      text: 'In this file, hours per week is not in the form GapLens expects. Export the profile from GapLens again, or correct that value in the file.',
      detail: raw,
    });
    expect(plainImportError('profile.skills[2].level: expected one of "learning", "working", "strong", got "expert"; profile.years: expected number, got "six"').text)
      .toBe('In this file, the level of skill 3 and years of experience are not in the form GapLens expects. Export the profile from GapLens again, or correct those values in the file.');
    expect(plainImportError('work[0].startDate: expected a date like 2019-04 or 2019-04-01, got "spring"').text).toContain('the start date of job 1 is not');
  });

  it('a message that is already a sentence passes through', () => {
    expect(plainImportError('This file is empty.')).toEqual({ text: 'This file is empty.', detail: null });
    expect(plainImportError('This file is not valid JSON: unexpected end at line 1.').detail).toBeNull();
  });
});
