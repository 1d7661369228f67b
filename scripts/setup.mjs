// Set-up both README commands share: dependencies, Debian's Chromium for the browser
// tests and the demo, and Debian's Firefox ESR for the Firefox browser tests. Idempotent:
// does nothing that is already done.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('› installing dependencies (npm ci)');
  run('npm ci --no-audit --no-fund');
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Chromium and set CHROMIUM_PATH.`);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log('› installing Debian chromium (apt-get)');
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
  return CHROMIUM;
}

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function ensureFirefox() {
  if (existsSync(FIREFOX)) return FIREFOX;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Firefox not found at ${FIREFOX}. Install Firefox (ESR 140 or later) and set FIREFOX_PATH.`);
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log('› installing Debian firefox-esr (apt-get)');
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr`);
  return FIREFOX;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureDependencies();
  ensureChromium();
  ensureFirefox();
}
