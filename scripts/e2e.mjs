// `npm run test:e2e`: Chromium (installed if missing), a fresh build, then the browser tests.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureDependencies } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

ensureDependencies();
ensureChromium();
const status = run('node', ['scripts/build.mjs']) || run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
process.exit(status);
