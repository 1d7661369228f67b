// How our pages (popup, options) talk to the worker: typed by the full protocol map and
// checked on the way back, so a caller never trusts an answer it did not validate.
// Content scripts use src/content/client.ts, the same `send` over the messages they may
// send, so they do not carry every page's schemas.
import browser from 'webextension-polyfill';
import { makeSend } from '../core/wire';
import { protocol } from '../core/protocol';

export { GapLensError } from '../core/wire';

export const send = makeSend(protocol, (message) => browser.runtime.sendMessage(message));
