// The build hands data/*.json to the worker as one JSON.parse of a string (vite.config.ts,
// dataAsJsonString): what that module evaluates to must be exactly the file's data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_DATA, dataAsJsonString, dataFiles } from '../../vite.config';
import { contentHash } from '../../src/core/hash';
import { buildMatcher } from '../../src/core/matcher';
import { MATCHER_FILE, unpackMatcher } from '../../src/core/matcher-pack';
import { loadTaxonomy } from '../../src/core/taxonomy';

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
  it('emits data/skills.json and data/paths.json, each the same data without indentation, and the matcher packed for that skills.json', () => {
    const emitted: Array<{ type: string; fileName: string; source: string | Uint8Array }> = [];
    const plugin = dataFiles();
    (plugin.generateBundle as (this: unknown) => void).call({ emitFile: (f: { type: string; fileName: string; source: string }) => { emitted.push(f); return f.fileName; } });
    expect(emitted.map((f) => f.fileName).sort()).toEqual([...WORKER_DATA.map((n) => `data/${n}.json`), MATCHER_FILE].sort());
    const skills = emitted.find((f) => f.fileName === 'data/skills.json')!.source as string;
    const packed = emitted.find((f) => f.fileName === MATCHER_FILE)!.source as Uint8Array;
    const taxonomy = loadTaxonomy(JSON.parse(skills));
    expect(unpackMatcher(packed.slice().buffer, taxonomy, contentHash(skills)).patterns).toEqual(buildMatcher(taxonomy).patterns);
    for (const f of emitted) {
      if (typeof f.source !== 'string') continue;
      const file = readFileSync(`${root}${f.fileName}`, 'utf8');
      expect(f.type).toBe('asset');
      expect(JSON.parse(f.source)).toEqual(JSON.parse(file));
      expect(f.source.length).toBeLessThan(file.length);
      expect(f.source).not.toContain('\n');
    }
  });
});
