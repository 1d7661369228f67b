// The worker's engine: Firefox's event page as it is, and in Chrome the script the light
// worker (light.ts) loads when a message needs more than hello. Listeners are registered
// synchronously at start-up so a message that wakes a stopped worker is still answered.
import browser from 'webextension-polyfill';
import { extract, type ExtractOptions } from '../core/extract';
import { WARM_TEXT } from './warm';
import { buildMatcher, type Matcher } from '../core/matcher';
import { loadTaxonomy } from '../core/taxonomy';
import { contentHash } from '../core/hash';
import { MATCHER_FILE, openPack, type Pack } from '../core/matcher-pack';
import { Paths, type Taxonomy } from '../core/schema';
import { compileRegexps, registeredRegexps } from '../core/regexps';
import type { Push } from '../core/protocol';
import { createRouter } from './router';
import { createService } from './service';
// The panel's own script (crxjs builds it as one self-contained IIFE file; vite.config.ts keeps it out of web_accessible_resources).
import panelScript from '../content/panel.ts?script&iife';

// The browser stops an idle worker and starts it again for the next message, so whatever
// runs here delays that message's answer: a start does no more than register the listeners.
// The taxonomy and the curated paths (280 KB of text) are files of the extension, read from
// its own package (never the network) before the first message other than hello is routed:
// held in this script, they were read on every start, hello's included (`npm run bench`,
// "service worker cold start"). The taxonomy is validated when a handler first needs it, the
// matcher for the first listing that has to be read (unpacked from data/matcher.bin, which the
// build makes: building it here took 210–240 ms in a worker just started), and the
// curated paths for the first advice. Once the worker has answered its first message, it
// warms the taxonomy, the matcher and the reader's regular expressions up in the background,
// so the next listing does not wait for them.
type DataName = 'skills' | 'paths';
const dataText: Partial<Record<DataName, string>> = {};
/** The matcher the build packed (core/matcher-pack.ts), or null when it could not be read. */
let matcherBytes: ArrayBuffer | null = null;
let dataLoad: Promise<void> | undefined;
/** A file of the extension's own package (chrome-extension:// or moz-extension://), never the network. */
async function ownFile(path: string): Promise<Response> {
  const url = browser.runtime.getURL(path);
  if (!url.startsWith(browser.runtime.getURL(''))) throw new Error(`not a file of the extension: ${url}`);
  // eslint-disable-next-line no-restricted-syntax -- reads a file of the extension's own package, checked just above
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res;
}
function loadData(): Promise<void> {
  dataLoad ??= Promise.all([
    ...(['skills', 'paths'] as const).map(async (name) => { dataText[name] = await (await ownFile(`data/${name}.json`)).text(); }),
    // Without it the worker builds the matcher itself, as it did before the build packed it.
    ownFile(MATCHER_FILE).then((res) => res.arrayBuffer()).then((bytes) => { matcherBytes = bytes; }, (error: unknown) => {
      console.warn('GapLens: building the matcher in place:', error);
    }),
  ]).then(() => undefined, (error: unknown) => {
    dataLoad = undefined; // a later message tries again
    throw error;
  });
  return dataLoad;
}
function data(name: DataName): unknown {
  const text = dataText[name];
  if (text === undefined) throw new Error(`GapLens could not read its own data/${name}.json: reinstalling the extension restores it.`);
  return JSON.parse(text);
}
let taxonomy: Taxonomy | undefined;
let matcher: Matcher | undefined;
/** The packed matcher, when it was built from the skills.json text this worker read; else null. */
let pack: Pack | null | undefined;
function packNow(): Pack | null {
  if (pack !== undefined) return pack;
  pack = null;
  if (matcherBytes) {
    try {
      const opened = openPack(matcherBytes);
      if (opened.fingerprint !== contentHash(dataText.skills ?? '')) throw new Error(`${MATCHER_FILE}: built from another skills.json`);
      pack = opened;
    } catch (error) {
      // Refused (another taxonomy text, a damaged file): the same matcher, built here.
      console.warn('GapLens: building the matcher in place:', error);
    }
    matcherBytes = null;
  }
  return pack;
}
function taxonomyNow(): Taxonomy {
  if (taxonomy) return taxonomy;
  const json = data('skills');
  // The build validated this very text with loadTaxonomy before it packed the matcher from it,
  // and the pack names the text by its hash (scripts/pack-matcher.ts): when the hashes agree
  // the checks have been made; otherwise they are made here (20–60 ms in a worker just started).
  taxonomy = packNow() ? (json as Taxonomy) : loadTaxonomy(json);
  return taxonomy;
}
function matcherNow(): Matcher {
  if (matcher) return matcher;
  const taxonomy = taxonomyNow();
  const packed = packNow();
  if (packed) {
    try {
      matcher = packed.matcher(taxonomy);
    } catch (error) {
      console.warn('GapLens: building the matcher in place:', error);
    }
  }
  return (matcher ??= buildMatcher(taxonomy));
}
const engine = {
  get taxonomy() { return taxonomyNow(); },
  extract: (text: string, opts?: ExtractOptions) => extract(text, matcherNow(), opts),
};
let warming: ReturnType<typeof setTimeout> | undefined;
const nextTask = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });
/** Expressions compiled per task (each for two kinds of text): about 10 ms in Node at most, so a message that comes meanwhile waits little. */
const REGEXPS_PER_TASK = 4;
/** Readings of a made-up posting, one per task, once the expressions are compiled (see warm.ts). */
const WARM_READS = 6;
function warmUp(): void {
  if (matcher || warming) return;
  // Tasks of their own, after the answer has gone out: the matcher, then the reader's regular
  // expressions a few at a time (core/regexps.ts).
  warming = setTimeout(() => {
    void loadData().then(async () => {
      matcherNow();
      for (let i = 0; i < registeredRegexps();) {
        await nextTask();
        i = compileRegexps(i, REGEXPS_PER_TASK);
      }
      for (let n = 0; n < WARM_READS; n++) {
        await nextTask();
        extract(WARM_TEXT, matcherNow());
      }
    }).catch(() => { warming = undefined; });
  }, 0);
}
let paths: Paths | undefined;

const service = createService({
  local: browser.storage.local,
  session: browser.storage.session,
  engine,
  get paths() { return (paths ??= Paths.parse(data('paths'))); },
  version: browser.runtime.getManifest().version,
  broadcast: async (tabIds) => {
    const push: Push = { gaplens: 1, push: 'refresh' };
    // A tab that closed or navigated away simply does not answer; forget it.
    await Promise.all(tabIds.map((id) => browser.tabs.sendMessage(id, push).catch(() => service.forgetTab(id))));
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  // Into the isolated world our content script runs in (the top frame: the only one it runs in).
  injectPanel: async (tabId) => { await browser.scripting.executeScript({ target: { tabId }, files: [panelScript] }); },
  openSteps: async (tabId) => {
    try {
      await browser.action.openPopup();
    } catch {
      // openPopup needs a focused window and a recent browser; a tab always works.
      await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tab=${tabId}`) });
    }
  },
});

// The history and analysis records' database opens now, while the message that woke the
// worker is still being routed, rather than inside that message's answer.
service.records.warm();

const route = createRouter(service.handlers, browser.runtime.id, browser.runtime.getURL(''));

/** Every message of ours but hello may need the data; whether it could be read, the handler says. */
const needsData = (message: unknown) => typeof message === 'object' && message !== null && (message as { name?: unknown }).name !== 'hello';

function onMessage(message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> {
  const go = () => route(message, sender);
  const answer = needsData(message) ? loadData().then(go, go) : go();
  answer.then(warmUp, warmUp);
  // Not ours: return undefined so the browser does not wait for an answer from us.
  return answer.then((r) => r);
}

if (globalThis.gaplensHandoff) {
  // Loaded by Chrome's light worker (light.ts), which registered the listeners and answers
  // hello itself: everything else it hands to this.
  globalThis.gaplensHandoff.engine = {
    onMessage: (message, sender) => onMessage(message, sender as browser.Runtime.MessageSender),
    hello: (sender) => service.handlers.hello({}, sender),
    warm: warmUp,
  };
} else {
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onRemoved.addListener((tabId) => { void service.forgetTab(tabId); });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
}
