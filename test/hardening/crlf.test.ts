// Text saved on Windows ends its lines with "\r\n": it must read as the same text with "\n"
// does, and as fast. A pattern that let the "\r" match two ways made YAML front matter with no
// closing line take 2^lines steps (a 21-line page 4 s; a 40-line one would never finish).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../src/cli/posting';
import { realEngine } from '../core/helpers';

const read = (text: string, title: string | null = null) => {
  const r = realEngine().extract(text, { title });
  return { skills: r.skills.map((s) => `${s.id}:${s.section}`).sort(), years: r.years?.min ?? null, degree: r.degree?.level ?? null };
};

describe('Windows line ends', () => {
  it('front matter with CRLF line ends and no closing line is read at once', () => {
    const lines = ['---', 'layout: job', ...Array.from({ length: 38 }, (_, i) => `field${i}: value ${i}`), 'skills:', '- Python and SQL', '- 2+ years of experience with PyTorch'];
    const crlf = `${lines.join('\r\n')}\r\n`;
    // Before the fix this did not return within the test's time limit.
    expect(read(crlf)).toEqual(read(crlf.replace(/\r\n/g, '\n')));
    expect(read(crlf).skills).toEqual(expect.arrayContaining([expect.stringMatching(/^python:/), expect.stringMatching(/^pytorch:/)]));
  });

  it('front matter whose lines are indented, with no closing line, is read at once', () => {
    // An indent of four could be split four ways between the indent and the line's text: 4^lines.
    const lines = ['---', 'responsibilities:', ...Array.from({ length: 36 }, (_, i) => `    - skill: item ${i} with databases`), 'Requirements', '- Python and SQL'];
    for (const end of ['\n', '\r\n']) {
      const text = `${lines.join(end)}${end}`;
      // Before the fix this did not return within the test's time limit.
      expect(read(text).skills).toEqual(expect.arrayContaining([expect.stringMatching(/^python:/), expect.stringMatching(/^sql:/)]));
    }
  });

  it('closed front matter with CRLF is blanked as with LF', () => {
    const text = '---\r\ntitle: Data Scientist at Kafka Ltd\r\ntags: kafka\r\n---\r\nRequirements\r\n- Python\r\n- 3+ years of experience\r\n';
    expect(read(text)).toEqual(read(text.replace(/\r\n/g, '\n')));
    expect(read(text).skills.some((s) => s.startsWith('kafka:'))).toBe(false);
  });

  it('every labelled posting reads the same with CRLF line ends', () => {
    const dir = new URL('../fixtures/postings/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(200);
    for (const f of files) {
      const { title, text } = parsePosting(readFileSync(new URL(f, dir), 'utf8'));
      const lf = text.replace(/\r\n/g, '\n');
      expect(read(lf.replace(/\n/g, '\r\n'), title), f).toEqual(read(lf, title));
    }
  });
});
