// The build hands data/*.json to the worker as one JSON.parse of a string (vite.config.ts,
// dataAsJsonString): what that module evaluates to must be exactly the file's data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataAsJsonString } from '../../vite.config';

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
