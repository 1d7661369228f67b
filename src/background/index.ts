// The service worker (Chrome) / event page (Firefox). Listeners are registered
// synchronously at start-up so a message that wakes a stopped worker is still answered.
import browser from 'webextension-polyfill';
// As text, parsed on first use: a JSON module is parsed while the worker starts, before it can
// answer anything, and hello and the settings never need the data.
import taxonomyText from '../../data/skills.json?raw';
import pathsText from '../../data/paths.json?raw';
import { extract, type ExtractOptions } from '../core/extract';
import { buildMatcher, type Matcher } from '../core/matcher';
import { loadTaxonomy } from '../core/taxonomy';
import { Paths, type Taxonomy } from '../core/schema';
import type { Push } from '../core/protocol';
import { createRouter } from './router';
import { createService } from './service';
// The panel's own script (crxjs builds it as one self-contained IIFE file; vite.config.ts keeps it out of web_accessible_resources).
import panelScript from '../content/panel.ts?script&iife';

// The browser stops an idle worker and starts it again for the next message, so whatever
// runs here delays that message's answer: a start does no more than register the listeners.
// The taxonomy is validated when a handler first needs it (hello and the settings never
// do), the matcher (~100 ms in a cold worker) for the first listing that has to be read, and
// the curated paths for the first advice. Once the worker has answered its first message,
// it warms the taxonomy and the matcher up in the background, so the next listing does not
// wait for them.
let taxonomy: Taxonomy | undefined;
let matcher: Matcher | undefined;
const taxonomyNow = () => (taxonomy ??= loadTaxonomy(JSON.parse(taxonomyText)));
const matcherNow = () => (matcher ??= buildMatcher(taxonomyNow()));
const engine = {
  get taxonomy() { return taxonomyNow(); },
  extract: (text: string, opts?: ExtractOptions) => extract(text, matcherNow(), opts),
};
let warming: ReturnType<typeof setTimeout> | undefined;
function warmUp(): void {
  if (matcher || warming) return;
  // A task of its own, after the answer has gone out.
  warming = setTimeout(() => { matcherNow(); }, 0);
}
let paths: Paths | undefined;

const service = createService({
  local: browser.storage.local,
  session: browser.storage.session,
  engine,
  get paths() { return (paths ??= Paths.parse(JSON.parse(pathsText))); },
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

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const answer = route(message, sender);
  answer.then(warmUp, warmUp);
  // Not ours: return undefined so the browser does not wait for an answer from us.
  return answer.then((r) => r);
});

browser.tabs.onRemoved.addListener((tabId) => { void service.forgetTab(tabId); });

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.runtime.openOptionsPage();
});
