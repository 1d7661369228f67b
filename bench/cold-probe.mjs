// `node bench/cold-probe.mjs` (after `npm run build`): what a service worker's start costs for
// the code it carries, apart from what that code does. Probe extensions, built in a temporary
// folder, are cold-started alternately in Debian's Chromium as `npm run bench` starts GapLens's
// worker (stopped through CDP, then one message from an extension page), 12 rounds (N=…):
//   floor      a one-line worker that answers;
//   installed  the same, with dist/chrome/background.js wrapped in a function and imported in
//              the worker's `install` handler (so Chrome keeps it), never run at a start;
//   lazyUsed   the same, importing it at the first message of every start;
//   inline     the one-line worker with the wrapped script in its own file, never called;
//   gaplens    dist/chrome itself, answering `hello`.
// Prints the median of each; nothing here is asserted. Figures are quoted in the README.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = join(root, 'dist', 'chrome');
const wrapped = `self.engine = function () {\n${readFileSync(join(dist, 'background.js'), 'utf8')}\n};`;
const answer = 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true }); });';
const variants = {
  floor: { 'sw.js': answer },
  installed: { 'sw.js': `self.addEventListener('install', () => { importScripts('big.js'); });\n${answer}`, 'big.js': wrapped },
  lazyUsed: {
    'sw.js': "self.addEventListener('install', () => { importScripts('big.js'); });\n"
      + "chrome.runtime.onMessage.addListener((m, s, reply) => { if (!self.engine) importScripts('big.js'); reply({ ok: true }); });",
    'big.js': wrapped,
  },
  inline: { 'sw.js': `${wrapped}\n${answer}` },
};
const temp = [];
const exts = Object.entries(variants).map(([name, files]) => {
  const dir = mkdtempSync(join(os.tmpdir(), `gaplens-probe-${name}-`));
  temp.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1.0', background: { service_worker: 'sw.js' } }));
  writeFileSync(join(dir, 'page.html'), '<!DOCTYPE html><title>probe</title>');
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return { name, dir, page: 'page.html', message: { hello: 1 } };
});
exts.push({ name: 'gaplens', dir: dist, page: 'src/popup/index.html?tab=-1', message: { gaplens: 1, name: 'hello', payload: {} } });

async function open(e) {
  const profile = mkdtempSync(join(os.tmpdir(), 'gaplens-probe-profile-'));
  temp.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true,
    args: [`--disable-extensions-except=${e.dir}`, `--load-extension=${e.dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${e.page}`);
  const cdp = await context.newCDPSession(page);
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', (ev) => {
    for (const v of ev.versions) if (v.scriptURL.startsWith(`chrome-extension://${id}/`)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const ask = () => page.evaluate(async (m) => {
    const t = performance.now();
    const reply = await globalThis.chrome.runtime.sendMessage(m);
    if (!reply?.ok) throw new Error(`no answer: ${JSON.stringify(reply)}`);
    return performance.now() - t;
  }, e.message);
  await ask();
  return {
    name: e.name, context,
    async cold() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && !(status.size > 0 && [...status.values()].every((s) => s === 'stopped'))) await page.waitForTimeout(20);
      await page.waitForTimeout(200);
      return ask();
    },
  };
}

const opened = [];
try {
  for (const e of exts) opened.push(await open(e));
  const times = Object.fromEntries(opened.map((o) => [o.name, []]));
  const rounds = Number(process.env.N ?? 12);
  for (let i = 0; i < rounds; i++) for (const o of opened) times[o.name].push(await o.cold());
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  const floor = median(times.floor);
  for (const [name, t] of Object.entries(times)) {
    console.log(`${name.padEnd(10)} median ${median(t).toFixed(1).padStart(6)} ms  ${(median(t) / floor).toFixed(2)}× the floor  (${t.map((x) => x.toFixed(0)).join(' ')})`);
  }
} finally {
  for (const o of opened) await o.context.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
}
