// Chrome's service worker. The browser stops an idle worker and starts it again for the next
// message, and the whole script runs before that message is answered: the engine (index.ts,
// the reader and every handler, 370 KB) cost a start 2.2× what a one-line worker costs
// (`npm run bench`, "service worker cold start"). So this script registers the listeners and
// answers hello, the first message of every page of ours and of every board tab, from the
// settings record; anything else loads the engine (importScripts, the same script every
// time) and hands the message to it. Firefox's event page is the engine itself.
//
// importScripts after a worker's first run may only load a script that run loaded: the engine
// is loaded once when the worker is installed, and by then Chrome keeps it with the worker.
import type Browser from 'webextension-polyfill';
import { contentProtocol, defaultSettings, Envelope, Settings } from '../core/wire';
import { createRoute, type SenderInfo } from './route';
import { ENGINE_FILE, tabKey, type EngineApi, type HelloAnswer } from './shared';

declare function importScripts(...urls: string[]): void;
/**
 * Chrome's own API, which in MV3 answers with promises: this script runs only in Chrome, and the
 * polyfill's set-up took half of its start (1 ms of 2 in Node). The engine keeps the polyfill.
 */
declare const chrome: typeof Browser;

let engine: EngineApi | undefined;
function loadEngine(): EngineApi {
  if (engine) return engine;
  const handoff = (globalThis.gaplensHandoff ??= {});
  importScripts(ENGINE_FILE);
  if (!handoff.engine) throw new Error(`${ENGINE_FILE} did not start`);
  return (engine = handoff.engine);
}
/** The engine's answer to a message, or a clear failure when it could not be loaded. */
async function viaEngine(call: (e: EngineApi) => Promise<unknown>): Promise<unknown> {
  let e: EngineApi;
  try {
    e = loadEngine();
  } catch (error) {
    console.error('GapLens: could not load its engine:', error);
    return { ok: false, error: { code: 'failed', message: 'GapLens could not start its reader: reloading or reinstalling the extension restores it.' } };
  }
  return call(e);
}

/**
 * hello from the settings record as stored, when it is absent or valid as it stands; null when
 * it needs repairing or setting aside first, which the engine's store does (store.ts).
 */
async function quickHello(): Promise<HelloAnswer | null> {
  const { settings: raw } = await chrome.storage.local.get('settings');
  if (raw === undefined) return { version: chrome.runtime.getManifest().version, settings: defaultSettings() };
  const checked = Settings.safeParse(raw);
  return checked.success ? { version: chrome.runtime.getManifest().version, settings: checked.data } : null;
}

const route = createRoute(
  { hello: contentProtocol.hello },
  { hello: async (_req: never, sender) => (await quickHello()) ?? loadEngine().hello(sender) },
  chrome.runtime.id, chrome.runtime.getURL(''),
);

/**
 * How long after hello's answer the engine loads, if no message has loaded it by then. Not at
 * once: loading it takes the thread for 10 ms or more, and a task that soon held hello's
 * answer back from the page (a same-run A/B: 2–3 ms on a cold start). A board tab sends its
 * listing right after hello and loads the engine itself; a slow page's listing, or the popup's
 * next question, finds it loaded and warming.
 */
const WARM_AFTER_MS = 25;
let warming: ReturnType<typeof setTimeout> | undefined;
/** After a first answer, as the engine does after its own: the next listing should not wait for it. */
function warmSoon(): void {
  warming ??= setTimeout(() => {
    try {
      loadEngine().warm();
    } catch { /* the next message that needs the engine says why */ }
  }, WARM_AFTER_MS);
}

self.addEventListener('install', () => {
  try {
    loadEngine();
  } catch (error) {
    console.error('GapLens: could not load its engine:', error);
  }
});

function onMessage(message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (answer: unknown) => void): boolean {
  const envelope = Envelope.safeParse(message);
  // Not ours: no answer, so the browser does not wait for one from us.
  if (!envelope.success) return false;
  let answer: Promise<unknown>;
  if (envelope.data.name === 'hello') {
    answer = route(message, sender as SenderInfo);
    answer.then(warmSoon, warmSoon);
  } else {
    answer = viaEngine((e) => e.onMessage(message, sender));
  }
  answer.then(sendResponse, (error: unknown) => {
    sendResponse({ ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } });
  }).catch(() => { /* the sender has gone (its tab closed or navigated): no one to answer */ });
  return true; // the answer comes later, through sendResponse
}
// Chrome's listener, answering through sendResponse (the polyfill's types know only its promise form).
chrome.runtime.onMessage.addListener(onMessage as unknown as Browser.Runtime.OnMessageListener);

chrome.tabs.onRemoved.addListener((tabId) => { void chrome.storage.session.remove(tabKey(tabId)); });

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void chrome.runtime.openOptionsPage();
});
