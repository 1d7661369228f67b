// The content script. One lifecycle per listing: `run(signal)` finds the listing with a
// single MutationObserver, asks the worker for the gap and renders the badge; when the
// page navigates in place (history changes, split-view switches) the signal is aborted
// and `run` starts again, so nothing leaks from one listing to the next.
import { Push, type Settings } from '../core/wire';
import { readListing } from '../sites/chain';
import { adapterFor } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import { runtime, send } from './client';
import { spotFor } from './anchor';
import { mountBadge, readBackgrounds, type BadgeHandle } from './badge';

const DEBUG = false;
const log = (...args: unknown[]) => { if (DEBUG) console.debug('[GapLens]', ...args); };

// Only one instance per page, even if the script is injected twice (extension update).
const MARK = '__gaplensContent';
const g = globalThis as unknown as Record<string, AbortController | undefined>;
g[MARK]?.abort();
const life = new AbortController();
g[MARK] = life;

let settings: Settings | null = null;
// The first listing is read and sent without waiting for `hello`'s answer: the worker itself
// refuses boards the user turned off, so waiting for settings would only delay the badge.
let settingsReady: Promise<void> = Promise.resolve();
let current: AbortController | null = null;
let currentHref = '';

/** Card badges put in per task of the page (see showCards). */
const CARDS_PER_TASK = 5;
/** A new task of the page's event loop, after whatever it has waiting. */
const nextTask = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });
type Scheduler = { postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void> };
/** A task of its own, ahead of the page's queued ones where the browser can rank tasks. */
function soon(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(task, { priority: 'user-blocking' }).catch((error: unknown) => log('task failed', error));
  else setTimeout(task, 0);
}

function listingKey(adapter: SiteAdapter, href: string): string {
  return `${adapter.id}|${href}`;
}

async function run(adapter: SiteAdapter, signal: AbortSignal): Promise<void> {
  const url = new URL(location.href);
  const badges = new Map<string, BadgeHandle>();
  let detailKey: string | null = null;
  let pending = false;
  let cardsAsked = new Set<string>();
  let lastFallback = -Infinity;
  // Bumped when the worker says the profile changed: answers to older requests are stale.
  let generation = 0;

  signal.addEventListener('abort', () => {
    for (const b of badges.values()) b.remove();
    badges.clear();
  });

  async function showDetail(): Promise<void> {
    // The board's adapter, then the page's JSON-LD, then the generic reader: a board that
    // renamed its classes still gets its badge, and the panel says how it was read.
    // The later links walk the whole page: on a page that keeps changing they run at most
    // once a second (the adapter, a few selector look-ups, runs on every scan).
    const fallbacks = performance.now() - lastFallback >= 1000;
    if (fallbacks) lastFallback = performance.now();
    const found = readListing(document, url, adapter, { fallbacks });
    if (!found) return;
    const key = `detail:${found.listing.jobId}`;
    const existing = badges.get(key);
    if (existing) { existing.ensureAttached(spotFor(found.anchor, found.listing.title)); return; }
    if (detailKey === key) return;
    // A split view swapped the listing: drop the old detail badge.
    for (const [k, b] of badges) if (k.startsWith('detail:')) { b.remove(); badges.delete(k); }
    detailKey = key;
    const asked = generation;
    try {
      const answer = send('badge', { listing: found.listing });
      // Where the badge goes asks the page for its layout: worked out while the worker reads.
      const spot = spotFor(found.anchor, found.listing.title);
      const { key: listing, pill } = await answer;
      if (signal.aborted || asked !== generation) return;
      badges.get(key)?.remove();
      const badge = mountBadge({ kind: 'detail', jobId: found.listing.jobId, anchor: spot, listing, pill,
        onSteps: () => { void send('openSteps', {}); },
        onCorrect: (change) => send('correct', { change }),
        onFind: async (query) => (await send('findSkills', { query })).skills,
      });
      badges.set(key, badge);
      // The listing is now known, so its card in a result list can be badged too.
      cardsAsked.delete(found.listing.jobId);
    } catch (error) {
      detailKey = null;
      log('analysis failed', error);
    }
  }

  async function showCards(): Promise<void> {
    await settingsReady;
    if (signal.aborted || !settings?.cardBadges) return;
    const cards = adapter.cards(document, url);
    for (const card of cards) badges.get(`card:${card.jobId}`)?.ensureAttached(card.anchor);
    const fresh = cards.filter((c) => !cardsAsked.has(c.jobId));
    if (!fresh.length) return;
    for (const c of fresh) cardsAsked.add(c.jobId);
    const asked = generation;
    const { results } = await send('cards', { source: adapter.id, jobIds: fresh.map((c) => c.jobId).slice(0, 200) });
    if (signal.aborted || asked !== generation) return;
    const byId = new Map(results.map((r) => [r.jobId, r]));
    let mounted = 0;
    const withResult = fresh.filter((c) => byId.has(c.jobId));
    for (const card of fresh) {
      // A search page's badges go in a few per task, so that putting them in (each a shadow
      // root, its styles and a look at the page's colours) never holds the page's main thread
      // for one long task; the page stays responsive while they appear. The colours behind a
      // task's badges are read before the first goes in (one style pass for the task).
      if (mounted > 0 && mounted % CARDS_PER_TASK === 0) {
        await nextTask();
        if (signal.aborted || asked !== generation) return;
      }
      if (mounted % CARDS_PER_TASK === 0 && byId.has(card.jobId)) {
        const from = withResult.indexOf(card);
        readBackgrounds(withResult.slice(from, from + CARDS_PER_TASK).map((c) => c.anchor));
      }
      const result = byId.get(card.jobId);
      badges.get(`card:${card.jobId}`)?.remove();
      if (result) {
        mounted++;
        badges.set(`card:${card.jobId}`, mountBadge({ kind: 'card', jobId: card.jobId, anchor: card.anchor, card: result, listing: `${adapter.id}:${card.jobId}`,
          onCorrect: (change) => send('correct', { change }),
          onFind: async (query) => (await send('findSkills', { query })).skills,
        }));
      }
    }
  }

  async function scan(): Promise<void> {
    pending = false;
    if (signal.aborted) return;
    if (location.href !== currentHref) { restart(); return; }
    await showDetail();
    await showCards();
  }

  // One observer, batched to one scan per frame-ish; no polling loop.
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    setTimeout(() => { void scan(); }, 120);
  };
  // Our own badges going in change nothing the adapters read: no scan for those. A badge the
  // page takes out is a removal, and still triggers the scan that puts it back.
  const ours = (r: MutationRecord) => r.removedNodes.length === 0 && Array.from(r.addedNodes).every((n) => n.nodeName === 'GAPLENS-BADGE');
  const observer = new MutationObserver((records) => { if (!records.every(ours)) schedule(); });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());

  await scan();
  // Visible failure for a changed board: a debug line, and no badge on a guessed element.
  if (!signal.aborted && !detailKey && cardsAsked.size === 0) log('listing not found', location.href);

  // Re-badge when the worker says the profile or settings changed.
  const onPush = (message: unknown) => {
    if (Push.safeParse(message).success) {
      generation++;
      for (const b of badges.values()) b.remove();
      badges.clear();
      detailKey = null;
      cardsAsked = new Set();
      void refreshSettings().then(scan);
    }
  };
  runtime.onMessage.addListener(onPush);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(onPush));
}

async function refreshSettings(): Promise<void> {
  const hello = await send('hello', {});
  settings = hello.settings;
  const adapter = adapterFor(new URL(location.href));
  if (adapter && settings.boards[adapter.id] === false) current?.abort();
}

function restart(): void {
  current?.abort();
  currentHref = location.href;
  const adapter = adapterFor(new URL(location.href));
  if (!adapter || life.signal.aborted) { log('no adapter for', location.href); return; }
  if (settings && settings.boards[adapter.id] === false) return;
  const controller = new AbortController();
  current = controller;
  life.signal.addEventListener('abort', () => controller.abort(), { once: true });
  void run(adapter, controller.signal).catch((error) => log('run failed', error, listingKey(adapter, location.href)));
}

function askSettings(): Promise<void> {
  return refreshSettings().catch((error: unknown) => {
    // The worker is unreachable (extension reloaded or updated): stop cleanly.
    log('worker unreachable', error);
    life.abort();
  });
}

function start(): void {
  restart();
  addEventListener('popstate', restart, { signal: life.signal });
}

// The manifest loads this script at document_start: it is compiled, and the worker woken
// (a stopped worker starts) and asked for the settings, while the page is still being
// parsed. The listing is read once the DOM is complete, as before, so no half-parsed
// description is ever read.
if (document.readyState === 'loading') {
  settingsReady = askSettings();
  // In a task of its own: run inside the page's DOMContentLoaded dispatch, the reading would
  // lengthen the page's own task (a long task the page did not cause). A user-blocking task
  // where the browser has the scheduler (Chrome, recent Firefox): a plain timer waited behind
  // whatever the page had queued, 10–70 ms on the saved LinkedIn pages, before the listing was
  // even read (`npm run bench -- --only=latency`, three alternated runs: first views 2.14,
  // 2.11, 1.61 → 1.32, 1.58, 1.52 × the floor).
  document.addEventListener('DOMContentLoaded', () => { soon(start); }, { once: true, signal: life.signal });
} else {
  // Injected into a page already loaded (an extension update): `hello` goes out a microtask
  // later, after restart() has read the listing and sent it, so the worker answers that first.
  settingsReady = Promise.resolve().then(askSettings);
  start();
}
