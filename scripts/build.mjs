// `npm run build`: both browsers' unpacked extensions and their store zips.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
/** Where the worker looks for the packed matcher (src/core/matcher-pack.ts, MATCHER_FILE). */
const MATCHER_FILE = 'data/matcher.bin';
/** The engine's script, which the light worker loads (src/background/shared.ts, ENGINE_FILE). */
const ENGINE_FILE = 'engine.js';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Chrome's service worker as two classic scripts instead of crxjs's module loader and its
 * graph of chunks: a classic script starts sooner than the same code as modules (in a same-run
 * A/B of the worker's cold start, scripts of 4 Dec, 74 → 62 ms median against a minimal
 * worker's 18 ms). background.js is the light worker (src/background/light.ts): the listeners
 * and hello, on Zod Mini. engine.js is the module build's entry chunk (src/background/index.ts,
 * already minified, data already strings), bundled as it was built, so both browsers run the
 * same engine; the light worker loads it with importScripts when a message needs it. Firefox
 * keeps its module event page.
 */
async function classicWorker(dir) {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const loader = join(dir, manifest.background.service_worker);
  const entry = /^import '\.\/(assets\/[\w.-]+\.js)';\s*$/.exec(readFileSync(loader, 'utf8'))?.[1];
  if (!entry) throw new Error(`chrome: unexpected service worker loader ${relative(root, loader)}`);
  const scripts = [
    // one file on purpose (about 370 KB)
    { entry: join(dir, entry), out: ENGINE_FILE, name: 'gaplensEngine' },
    { entry: join(root, 'src', 'background', 'light.ts'), out: 'background.js', name: 'gaplensWorker' },
  ];
  for (const s of scripts) {
    await build({
      root, configFile: false, logLevel: 'warn',
      build: {
        outDir: dir, emptyOutDir: false, minify: true, target: 'chrome116', copyPublicDir: false, chunkSizeWarningLimit: 1024,
        lib: { entry: s.entry, formats: ['iife'], name: s.name, fileName: () => s.out },
      },
    });
    const code = readFileSync(join(dir, s.out), 'utf8');
    if (/\bimport\s*\(|^\s*import\s/m.test(code)) throw new Error(`chrome: the classic worker's ${s.out} still imports a module`);
  }
  if (!readFileSync(join(dir, 'background.js'), 'utf8').includes(ENGINE_FILE)) throw new Error(`chrome: the light worker does not load ${ENGINE_FILE}`);
  manifest.background = { service_worker: 'background.js' };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // The loader and the worker's entry chunk are used by nothing else once it is inlined.
  rmSync(loader);
  rmSync(join(dir, entry));
}

// The matcher, built and packed once for both browsers (scripts/pack-matcher.ts): the worker
// reads it instead of building it at each start.
const packDir = mkdtempSync(join(tmpdir(), 'gaplens-pack-'));
const packed = join(packDir, 'matcher.bin');
const pack = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'pack-matcher.ts'), packed], { cwd: root, stdio: 'inherit' });
if (pack.status !== 0) throw new Error('packing the matcher failed (see above)');

for (const browser of ['chrome', 'firefox']) {
  await build({ root, mode: browser === 'firefox' ? 'firefox' : 'production', logLevel: 'warn' });
  const dir = join(root, 'dist', browser);
  copyFileSync(packed, join(dir, MATCHER_FILE));
  if (browser === 'chrome') await classicWorker(dir);
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
rmSync(packDir, { recursive: true, force: true });
