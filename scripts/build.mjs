// `npm run build`: both browsers' unpacked extensions and their store zips.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

for (const browser of ['chrome', 'firefox']) {
  await build({ root, mode: browser === 'firefox' ? 'firefox' : 'production', logLevel: 'warn' });
  const dir = join(root, 'dist', browser);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  // A board must not be able to detect GapLens by probing web-accessible files.
  if (manifest.web_accessible_resources?.length) {
    throw new Error(`${browser}: web_accessible_resources must be empty, got ${JSON.stringify(manifest.web_accessible_resources)}`);
  }
  const entries = Object.fromEntries(files(dir).map((f) => [relative(dir, f), readFileSync(f)]));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join(root, 'dist', `gaplens-${browser}-${version}.zip`);
  writeFileSync(out, zip);
  const size = Object.values(entries).reduce((n, b) => n + b.length, 0);
  console.log(`dist/${browser}: ${Object.keys(entries).length} files, ${(size / 1024).toFixed(1)} KB → ${relative(root, out)} (${(zip.length / 1024).toFixed(1)} KB)`);
}
