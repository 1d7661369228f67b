// Keeps src/sites/ in one shape: every adapter file is registered, named after its id, has
// saved fixture pages and a test, and every fixture page is accounted for in the README.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Board } from '../../src/core/schema';
import { adapterFor, adapters, generic } from '../../src/sites/registry';
import type { SiteAdapter } from '../../src/sites/types';
import { BROKEN_PAGES, FIXTURES, JOB_URLS, closeAll, fixtureFiles, page } from './helpers';

afterAll(closeAll);

const SITES = fileURLToPath(new URL('../../src/sites/', import.meta.url));
// The adapters' shared shape and helpers, and the reader chain's later links (JSON-LD,
// the generic readers, the language guess), which read any page rather than one board's.
const NOT_ADAPTERS = new Set(['types.ts', 'dom.ts', 'registry.ts', 'chain.ts', 'reader.ts', 'readability.ts', 'language.ts']);
const adapterFiles = readdirSync(SITES).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));

async function adapterOf(file: string): Promise<SiteAdapter | undefined> {
  const mod = (await import(`../../src/sites/${file}`)) as Record<string, SiteAdapter | undefined>;
  return mod[file.replace(/\.ts$/, '')];
}

describe('site adapter files', () => {
  it('are one per board plus generic', () => {
    expect(adapterFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...Board.options].sort());
  });

  for (const file of adapterFiles) {
    const id = file.replace(/\.ts$/, '');

    describe(file, () => {
      it('exports an adapter named after the file, with that id', async () => {
        const adapter = await adapterOf(file);
        expect(adapter?.id).toBe(id);
        expect(typeof adapter?.matches).toBe('function');
        expect(typeof adapter?.detail).toBe('function');
        expect(typeof adapter?.cards).toBe('function');
      });

      it(id === 'generic' ? 'is exported by the registry but never chosen by URL' : 'is registered', async () => {
        const adapter = await adapterOf(file);
        if (id === 'generic') {
          expect(generic).toBe(adapter);
          expect(adapters).not.toContain(adapter);
        } else {
          expect(adapters).toContain(adapter);
        }
      });

      it('has saved fixture pages and a test', () => {
        expect(fixtureFiles(id).length).toBeGreaterThan(0);
        expect(existsSync(fileURLToPath(new URL(`./${id}.test.ts`, import.meta.url)))).toBe(true);
      });

      it('lists real URLs to try it on', () => {
        expect(readFileSync(SITES + file, 'utf8')).toMatch(/\/\/ Try it on\b.*\n\/\/ +https:\/\/\S+/);
      });
    });
  }

  it('cover every Board except generic with a board adapter', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual(Board.options.filter((b) => b !== 'generic').sort());
  });
});

describe('every adapter on hostile pages', () => {
  // Markup a board never sent, at each board's own job URL: odd JSON-LD values, links that are
  // not URLs, very deep nesting. The answer may be "nothing found", never an exception.
  const NASTY: Record<string, string> = {
    ...BROKEN_PAGES,
    'JSON-LD with values of the wrong types':
      '<script type="application/ld+json">[{"@graph":[{"@type":["JobPosting"],"title":["x"],"hiringOrganization":5,'
      + '"jobLocation":[null],"identifier":{"value":7},"description":{"a":1}}]}]</script><h1>x</h1>',
    'links that are not URLs':
      '<a href="http://[::1" data-jk="aaaaaaaaaaaaaaaa" data-automation-id="jobTitle" class="posting-title">x</a>'
      + '<div class="posting"><a class="posting-title" href="https://[bad">y</a></div><tr class="job-post"><a href="//[">z</a></tr>'
      + '<li data-test="jobListing" data-jobid="x"><a data-test="job-title" href="http://[">w</a></li>',
    // Deeper than this overflows happy-dom's own window teardown, not the adapters.
    'very deep nesting': `<h1 class="top-card-layout__title">x</h1>${'<div>'.repeat(1000)}deep${'</div>'.repeat(1000)}`,
  };

  for (const adapter of [...adapters, generic]) {
    it(`${adapter.id} never throws`, () => {
      const href = JOB_URLS[adapter.id]?.[0] ?? 'https://careers.example.com/jobs/1';
      for (const [name, html] of Object.entries(NASTY)) {
        const { doc, url } = page(html, href);
        expect(() => adapter.detail(doc, url), name).not.toThrow();
        expect(() => adapter.cards(doc, url), name).not.toThrow();
      }
    });
  }
});

describe('adapterFor', () => {
  it('picks the board adapter of each board\'s job URLs', () => {
    for (const [board, urls] of Object.entries(JOB_URLS)) {
      for (const href of urls) expect(adapterFor(new URL(href))?.id, href).toBe(board);
    }
  });

  it('picks nothing for other pages (generic runs only on request)', () => {
    for (const href of ['https://example.com/careers/ml-engineer', 'https://www.linkedin.com/feed/', 'https://vercel.com/careers']) {
      expect(adapterFor(new URL(href)), href).toBeUndefined();
    }
  });
});

describe('test/fixtures/README.md', () => {
  const readme = readFileSync(FIXTURES + 'README.md', 'utf8');
  const boards = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (Board.options as readonly string[]).includes(d.name))
    .map((d) => d.name);

  it('lists every fixture page of every board', () => {
    for (const board of boards) {
      for (const file of fixtureFiles(board)) expect(readme, `${board}/${file}`).toContain(`${board}/${file}`);
    }
  });
});
