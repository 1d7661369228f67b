// Small helpers every browser test uses: launch Debian's Chromium with the built
// extension, serve saved pages at their real URLs with no network, reach the worker and
// our pages, and save screenshots for a person to look at.
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist', 'chrome');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
/** Fixed by the manifest `key`. */
export const EXTENSION_ID = 'hcjnjnabphkmljpndpgkonlmdjojmmee';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request any page or extension context made that was not a routed fixture. */
  strayRequests: string[];
  /** Every request made by an extension context (chrome-extension:// initiator or the worker). */
  extensionRequests: string[];
  /** Whether the install handler opened the options page (the onboarding). */
  openedOptionsOnInstall: boolean;
  close: () => Promise<void>;
}

export function fixture(path: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', path), 'utf8');
}

export async function launch(opts: { headless?: boolean; colorScheme?: 'light' | 'dark'; args?: string[]; /** The built extension to load (DIST unless told). */ dist?: string } = {}): Promise<Harness> {
  const dist = opts.dist ?? DIST;
  const userDataDir = mkdtempSync(join(tmpdir(), 'gaplens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-default-apps', ...(opts.args ?? []),
    ],
  });
  const strayRequests: string[] = [];
  const extensionRequests: string[] = [];
  // No network at all: anything not routed to a fixture is refused and recorded.
  await context.route(/^(https?|wss?):\/\//, (route) => {
    strayRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const record = (req: Request) => {
    const frameUrl = (() => { try { return req.frame().url(); } catch { return ''; } })();
    if (req.serviceWorker() || frameUrl.startsWith('chrome-extension://')) {
      if (!req.url().startsWith('chrome-extension://')) extensionRequests.push(req.url());
    }
  };
  context.on('request', record);
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  // A fresh install opens the options page for onboarding. Wait for it and close it, so it
  // cannot take over a tab a test is about to navigate.
  const isOptions = (p: Page) => p.url().includes('/src/options/index.html');
  const deadline = Date.now() + 10_000;
  while (!context.pages().some(isOptions) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const onboarding = context.pages().find(isOptions);
  await onboarding?.waitForLoadState('domcontentloaded').catch(() => undefined);
  for (const p of context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
  return {
    context, extensionId, worker, strayRequests, extensionRequests, openedOptionsOnInstall: onboarding !== undefined,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serve saved pages at their real URLs. Later routes win over the catch-all refusal. */
export async function serve(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  for (const [url, body] of Object.entries(pages)) {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
}

export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/** Send a protocol message from one of our own pages, as the popup or options page would. */
export async function message<T = unknown>(page: Page, name: string, payload: unknown): Promise<T> {
  return page.evaluate(async ([n, p]) => {
    const reply = await chrome.runtime.sendMessage({ gaplens: 1, name: n, payload: p });
    if (!reply?.ok) throw new Error(`${n}: ${JSON.stringify(reply)}`);
    return reply.data;
  }, [name, payload] as const) as Promise<T>;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Wait for the detail badge and return its host attributes. */
export async function detailBadge(page: Page, timeout = 15_000) {
  const host = page.locator('gaplens-badge[data-gaplens="detail"]');
  await host.first().waitFor({ state: 'attached', timeout });
  return {
    count: await host.count(),
    label: (await host.first().getAttribute('aria-label')) ?? '',
    job: (await host.first().getAttribute('data-gaplens-job')) ?? '',
    host,
  };
}

declare const chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; data: unknown }> } };

/** Names and roles from the browser's accessibility tree: it sees into closed shadow roots, as a screen reader does. */
export async function axNodes(page: Page): Promise<Array<{ role: string; name: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: Array<{ role?: { value?: string }; name?: { value?: string } }> };
  await cdp.detach();
  return nodes.map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '') }));
}

/** Screenshot of the area around an element, for reviewing the badge in place. */
export async function shotAround(page: Page, el: import('playwright-core').Locator, name: string, pad = { x: 420, y: 120, w: 900, h: 460 }): Promise<string> {
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  const vp = page.viewportSize() ?? { width: 1280, height: 900 };
  const x = Math.max(0, (box?.x ?? 0) - pad.x);
  const y = Math.max(0, (box?.y ?? 0) - pad.y);
  await page.screenshot({ path, clip: { x, y, width: Math.min(pad.w, vp.width - x), height: Math.min(pad.h, vp.height - y) } });
  return path;
}

/** The id of the tab showing a listing, as the worker recorded it when it analysed the page. */
export async function listingTabId(h: Harness, url: string): Promise<number> {
  const page = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
  try {
    for (let i = 0; i < 50; i++) {
      const all = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get: (k: null) => Promise<Record<string, { listing?: { url?: string } }>> } } } }).chrome.storage.session.get(null));
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.listing?.url === url);
      if (hit) return Number(hit[0].slice(4));
      await page.waitForTimeout(100);
    }
    throw new Error(`no analysed tab for ${url}`);
  } finally {
    await page.close();
  }
}

/** Save a profile through the worker, as the options page does, and mark setup done. */
export async function setProfile(h: Harness, profile: unknown): Promise<void> {
  const page = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
  await message(page, 'saveProfile', { profile });
  const { settings } = await message<{ settings: Record<string, unknown> }>(page, 'hello', {});
  await message(page, 'saveSettings', { settings: { ...settings, onboarded: true } });
  await page.close();
}

/**
 * Press GapLens's toolbar button for a tab, as a user would: the browser grants activeTab
 * for that tab and opens the popup. Needs `--enable-unsafe-extension-debugging` at launch
 * (the DevTools protocol's Extensions domain; Playwright talks to Chromium over a pipe).
 */
export async function pressAction(h: Harness, url: string): Promise<void> {
  const browserSession = await h.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never) as { targetInfos: Array<{ targetId: string; url: string }> };
    const tab = targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab at ${url}`);
    await browserSession.send('Extensions.triggerAction' as never, { id: h.extensionId, targetId: tab.targetId } as never);
  } finally {
    await browserSession.detach();
  }
}

/**
 * Stop the extension's service worker, as the browser does when it is idle, and wait until
 * it has stopped: the next message starts a fresh worker that knows only what was stored.
 */
export async function stopWorker(h: Harness): Promise<void> {
  const page = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
  const cdp: CDPSession = await h.context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`)) status.set(v.versionId, v.runningStatus);
  });
  // Polled rather than vitest's expect.poll: the bench and the demo use this file too.
  const until = async (ok: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!ok()) throw new Error(`service worker never ${what}`);
  };
  await cdp.send('ServiceWorker.enable');
  await until(() => [...status.values()].includes('running'), 'reported running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await until(() => [...status.values()].every((s) => s === 'stopped'), 'stopped');
  await cdp.detach();
  await page.close();
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA and best-practice violations on an extension page, with the elements each names. */
export async function axe(page: Page, disabled: readonly string[] = []): Promise<Array<{ id: string; impact: string | null; nodes: string[] }>> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (off) => {
    const w = globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } };
    const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]));
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, [...disabled]);
}
