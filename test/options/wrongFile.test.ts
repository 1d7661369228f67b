// A PDF, a Word file or an image chosen as a profile file is named for what it is, with
// what to do instead — not a parser's "Unexpected token '%'" (issue 19 item 9).
import { describe, expect, it } from 'vitest';
import { wrongFileKind } from '../../src/options/text';

describe('wrongFileKind', () => {
  it('names a PDF and says what to do', () => {
    expect(wrongFileKind('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toMatch(/^This is a PDF\..*paste it into the résumé box/);
  });
  it('names a Word file', () => {
    expect(wrongFileKind('PK\u0003\u0004\u0014\u0000\u0006\u0000')).toMatch(/^This is a Word/);
  });
  it('leaves JSON and plain text to the parser', () => {
    expect(wrongFileKind('{"basics": {}}')).toBeNull();
    expect(wrongFileKind('Jane Doe\nPython, SQL')).toBeNull();
  });
});
