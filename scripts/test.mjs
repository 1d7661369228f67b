// `npm test`: set up, build, then every check: typecheck, lint, unit tests, browser tests
// (Chromium, then Firefox). Ends with one line "N passed, N failed" totalling unit and
// browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensureFirefox } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function step(name, cmd, args) {
  console.log(`\n› ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

function counts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load counts as a failure even though none of its tests ran.
  const brokenFiles = report.numFailedTests ? 0 : (report.numFailedTestSuites ?? 0);
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

ensureDependencies();
ensureChromium();
ensureFirefox();
let ok = true;
ok = step('build', 'node', ['scripts/build.mjs']) && ok;
ok = step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) && ok;
ok = step('lint', 'npx', ['eslint', '.']) && ok;

const unitFile = join(results, 'unit.json');
const e2eFile = join(results, 'e2e.json');
const firefoxFile = join(results, 'firefox.json');
rmSync(unitFile, { force: true });
rmSync(e2eFile, { force: true });
rmSync(firefoxFile, { force: true });
ok = step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]) && ok;
if (existsSync(join(root, 'dist', 'chrome', 'manifest.json'))) {
  ok = step('browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eFile}`]) && ok;
} else {
  console.log('browser tests skipped: the build failed');
}
if (existsSync(join(root, 'dist', 'firefox', 'manifest.json'))) {
  ok = step('Firefox browser tests', 'npx', ['vitest', 'run', '-c', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${firefoxFile}`]) && ok;
} else {
  console.log('Firefox browser tests skipped: the build failed');
}

const unit = counts(unitFile) ?? { passed: 0, failed: 1 };
const e2e = counts(e2eFile) ?? { passed: 0, failed: 1 };
const firefox = counts(firefoxFile) ?? { passed: 0, failed: 1 };
const passed = unit.passed + e2e.passed + firefox.passed;
const failed = unit.failed + e2e.failed + firefox.failed;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed; firefox: ${firefox.passed} passed, ${firefox.failed} failed${ok ? '' : ' (a step failed: see above)'}`);
console.log(`${passed} passed, ${failed + (ok || failed ? 0 : 1)} failed`);
process.exit(ok ? 0 : 1);
