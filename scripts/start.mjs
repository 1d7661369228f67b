// `npm start`: set up, build, and open Chromium with GapLens on a real ML listing.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureDependencies } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureDependencies();
ensureChromium();
const build = spawnSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const demo = spawnSync('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(demo.status ?? 1);
