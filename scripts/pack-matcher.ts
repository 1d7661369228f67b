// `tsx scripts/pack-matcher.ts OUT`: the matcher over the taxonomy as the extension ships it,
// packed (src/core/matcher-pack.ts) into OUT; scripts/build.mjs puts it in each browser's
// data/matcher.bin. The taxonomy is validated first (a bad skills.json fails the build), and
// the pack names the shipped text by its hash: a worker that finds that hash on the text it
// reads relies on this validation instead of repeating it (src/background/index.ts).
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { contentHash } from '../src/core/hash';
import { buildMatcher } from '../src/core/matcher';
import { packMatcher } from '../src/core/matcher-pack';
import { loadTaxonomy } from '../src/core/taxonomy';
import { shippedData } from './shipped-data.mjs';

/** The packed matcher for the shipped taxonomy text `skills`. */
export function packShipped(skills: string = shippedData('skills')): Uint8Array {
  return packMatcher(buildMatcher(loadTaxonomy(JSON.parse(skills))), contentHash(skills));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx scripts/pack-matcher.ts OUT');
  writeFileSync(out, packShipped());
}
