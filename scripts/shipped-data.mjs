// The data files as the extension ships them (dist/<browser>/data/): the same data without its
// indentation. vite.config.ts emits them; scripts/pack-matcher.ts packs the matcher from the
// taxonomy's text and names that text by its hash, so both must read it here.
import { readFileSync } from 'node:fs';

/** @param {'skills' | 'paths'} name */
export function shippedData(name) {
  return JSON.stringify(JSON.parse(readFileSync(new URL(`../data/${name}.json`, import.meta.url), 'utf8')));
}
