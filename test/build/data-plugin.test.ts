// The build hands data/*.json to the worker as one JSON.parse of a string (vite.config.ts,
// dataAsJsonString): what that module evaluates to must be exactly the file's data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_DATA, dataAsJsonString, dataFiles } from '../../vite.config';
import { contentHash } from '../../src/core/hash';
import { buildMatcher } from '../../src/core/matcher';
import { MATCHER_FILE, unpackMatcher } from '../../src/core/matcher-pack';
import { loadTaxonomy } from '../../src/core/taxonomy';
import { packShipped } from '../../scripts/pack-matcher';

const root = new URL('../..', import.meta.url).pathname;

async function evaluate(code: string): Promise<unknown> {
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: unknown };
  return mod.default;
}

describe('data files in the build', () => {
  const plugin = dataAsJsonString();
  const load = plugin.load as (id: string) => { code: string } | null;

  for (const name of ['skills.json', 'paths.json']) {
    it(`data/${name} loads as the same data, from a string`, async () => {
      const id = `${root}data/${name}`;
      const out = load.call({}, id);
      expect(out).not.toBeNull();
      expect(out!.code.startsWith('export default /* @__PURE__ */ JSON.parse("')).toBe(true);
      expect(await evaluate(out!.code)).toEqual(JSON.parse(readFileSync(id, 'utf8')));
    });
  }

  it('leaves every other module to the build', () => {
    expect(load.call({}, `${root}src/core/schema.ts`)).toBeNull();
    expect(load.call({}, `${root}package.json`)).toBeNull();
  });
});

describe('the worker\'s data as files of the extension', () => {
  it('emits data/skills.json and data/paths.json, each the same data without indentation', () => {
    const emitted: Array<{ type: string; fileName: string; source: string }> = [];
    const plugin = dataFiles();
    (plugin.generateBundle as (this: unknown) => void).call({ emitFile: (f: { type: string; fileName: string; source: string }) => { emitted.push(f); return f.fileName; } });
    expect(emitted.map((f) => f.fileName)).toEqual(WORKER_DATA.map((n) => `data/${n}.json`));
    for (const f of emitted) {
      const file = readFileSync(`${root}${f.fileName}`, 'utf8');
      expect(f.type).toBe('asset');
      expect(JSON.parse(f.source)).toEqual(JSON.parse(file));
      expect(f.source.length).toBeLessThan(file.length);
      expect(f.source).not.toContain('\n');
    }
  });

  it('packs the matcher for the taxonomy text it emits, where the worker looks for it', () => {
    const emitted: Array<{ fileName: string; source: string }> = [];
    (dataFiles().generateBundle as (this: unknown) => void).call({ emitFile: (f: { fileName: string; source: string }) => { emitted.push(f); return f.fileName; } });
    const skills = emitted.find((f) => f.fileName === 'data/skills.json')!.source;
    const taxonomy = loadTaxonomy(JSON.parse(skills));
    expect(unpackMatcher(packShipped().slice().buffer, taxonomy, contentHash(skills)).patterns).toEqual(buildMatcher(taxonomy).patterns);
    expect(readFileSync(`${root}scripts/build.mjs`, 'utf8')).toContain(`const MATCHER_FILE = '${MATCHER_FILE}';`);
  });

  it('fails on a taxonomy that does not validate', () => {
    expect(() => packShipped(JSON.stringify({ version: 1, skills: [{ id: 'x', name: 'X', category: 'tool', aliases: [], implies: ['nowhere'] }] }))).toThrow(/implies unknown id/);
  });
});
