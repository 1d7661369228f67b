// The same posting as markdown, as plain text and flattened onto one line must read the same
// (issue 14): job APIs deliver markdown, pages plain text, scraped datasets one long line. Real
// postings from the tune set's markdown sources, converted here; plain-text sources are left out
// because their unmarked headings ("About The Role" on a line of its own) cannot survive being put
// on one line by anyone.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../src/cli/posting';
import { readSplit, sourceOf } from '../../scripts/corpus';
import { realEngine, repoRoot } from './helpers';
import { toListRepr, toOneLine, toPiped, toPlain, unwrap } from './formats';

const dir = join(repoRoot, 'test/fixtures/postings');
const MARKDOWN_SOURCES = ['krbnite', 'nixtla', 'remotewlb'];
const split = readSplit(dir);
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .filter((id) => MARKDOWN_SOURCES.includes(sourceOf(id)))
  .sort();

describe('one posting in five shapes', () => {
  it('reads markdown sources of the tune set only', () => {
    for (const s of MARKDOWN_SOURCES) expect(split.tune).toContain(s);
    expect(ids.length).toBeGreaterThanOrEqual(30);
  });

  it('the converters change the text the way the shapes differ', () => {
    const md = '## Requirements\n\n- **3+ years** with [Python](https://python.org) and\n  SQL\n- We\\\'re hiring';
    expect(unwrap(md)).toBe('## Requirements\n\n- **3+ years** with [Python](https://python.org) and SQL\n- We\\\'re hiring');
    expect(toPlain(unwrap(md))).toBe('Requirements\n\n3+ years with Python and SQL\nWe\'re hiring');
    expect(toOneLine(unwrap(md))).toBe('## Requirements - **3+ years** with [Python](https://python.org) and SQL - We\\\'re hiring');
    expect(toListRepr('## Requirements\n\n- It\'s SQL')).toBe('[\'## Requirements\', \'\', "- It\'s SQL"]');
    expect(toPiped('## Requirements\n\n- SQL')).toBe('## Requirements||- SQL');
  });

  it.each(ids)('%s: same skills, sections, years and degree', (id) => {
    const p = parsePosting(readFileSync(join(dir, `${id}.txt`), 'utf8'));
    const engine = realEngine();
    const read = (text: string) => {
      const r = engine.extract(text, { title: p.title, company: p.company });
      return {
        skills: Object.fromEntries(r.skills.map((s) => [s.id, s.section])),
        years: r.years?.min ?? null,
        degree: r.degree?.level ?? null,
      };
    };
    const md = unwrap(p.text);
    const asMarkdown = read(md);
    expect(Object.keys(asMarkdown.skills).length).toBeGreaterThan(0);
    expect(read(toPlain(md))).toEqual(asMarkdown);
    expect(read(toOneLine(md))).toEqual(asMarkdown);
    // As datasets keep a text's lines: a Python list written out, or the lines joined by "|".
    expect(read(toListRepr(md))).toEqual(asMarkdown);
    expect(read(toPiped(md))).toEqual(asMarkdown);
  });
});
