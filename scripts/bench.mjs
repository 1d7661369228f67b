// `npm run bench`: build the extension when dist/ is older than its sources, bundle
// bench/bench.ts with the core into bench/tmp/bench.mjs (plain JavaScript, as the worker
// runs it: tsx would wrap every function it loads and slow the core by ~15%), and run it
// with --expose-gc (for the matcher's heap figure). Arguments pass through
// (`npm run bench -- --only=node`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

const built = join(root, 'dist', 'chrome', 'manifest.json');
const sources = ['src', 'data', 'icons', 'manifest.json', 'vite.config.ts', 'package.json', 'package-lock.json',
  'scripts/build.mjs', 'scripts/pack-matcher.ts', 'scripts/shipped-data.mjs'].map((p) => join(root, p));
if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  // On standard error, with the build's own log: `--table` prints the README's table on standard output.
  console.error('dist/ is missing or older than its sources: building');
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['inherit', process.stderr, 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

// bench/tmp/ sits two levels below the root, as test/e2e/ does: the harness's paths hold.
const out = join(root, 'bench', 'tmp', 'bench.mjs');
await build({
  entryPoints: [join(root, 'bench', 'bench.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  minifySyntax: true,
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
