// How a content script talks to the worker: the messages it may send (wire.ts, Zod Mini),
// each answer checked on the way back. It imports nothing from the full protocol, so the
// content script carries only the validators it needs.
//
// It also uses the browser's own extension API rather than webextension-polyfill: the two
// calls a content script makes (runtime.sendMessage, runtime.onMessage) are promise-based
// in both browsers we support (Firefox's `browser`, Chrome ≥ 116's `chrome` under MV3), and
// the polyfill would be a tenth of the script injected into every board tab.
import type { Runtime } from 'webextension-polyfill';
import { contentProtocol, makeSend } from '../core/wire';

export { GapLensError } from '../core/wire';

type Api = { runtime: Runtime.Static };
const api = globalThis as unknown as { browser?: Api; chrome?: Api };

/** runtime.sendMessage / runtime.onMessage of the browser we run in. */
export const runtime: Runtime.Static = (api.browser ?? api.chrome)!.runtime;

export const send = makeSend(contentProtocol, (message) => runtime.sendMessage(message));
