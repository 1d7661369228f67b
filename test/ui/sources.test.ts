// Every web page data/paths.json cites is named by a title in data/sources.json (issue 19
// item 9), and that file keeps nothing paths.json does not cite.
import { describe, expect, it } from 'vitest';
import pathsJson from '../../data/paths.json';
import sourcesJson from '../../data/sources.json';
import { Paths } from '../../src/core/schema';
import { sourceOf, sourcesOf } from '../../src/ui/sources';

const paths = Paths.parse(pathsJson);
const web = [...new Set(paths.steps.flatMap((s) => s.sources).filter((s) => /^https?:\/\//.test(s)))];
const titles: Record<string, string> = sourcesJson.titles;

describe('web sources are named by their titles', () => {
  it('every web source of a curated step has a title, and every title belongs to one', () => {
    expect(web.length).toBeGreaterThan(50);
    expect(web.filter((u) => !titles[u])).toEqual([]);
    expect(Object.keys(titles).filter((u) => !web.includes(u))).toEqual([]);
  });

  it('titles are short plain names, not addresses', () => {
    for (const [url, title] of Object.entries(titles)) {
      expect(title.length, url).toBeLessThanOrEqual(140);
      expect(title, url).not.toMatch(/https?:|www\.|^\s|\s$/);
    }
  });

  it('each step shows its web sources as titled links, none as a bare host name', () => {
    for (const step of paths.steps) {
      for (const s of sourcesOf(step.sources)) {
        if (s.kind !== 'link') continue;
        expect(s.label, `${step.id}: ${s.href}`).not.toMatch(/^[\w.-]+\.(?:com|org|ai|io|edu|info|co|gov|eu|uk)$/);
      }
    }
    expect(sourceOf('https://d2l.ai/')).toEqual({ kind: 'link', href: 'https://d2l.ai/', label: 'Dive into Deep Learning (book)' });
  });
});
