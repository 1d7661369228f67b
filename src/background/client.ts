// How our content script and pages talk to the worker: typed by the protocol map and
// checked on the way back, so a caller never trusts an answer it did not validate.
import browser from 'webextension-polyfill';
import { protocol, Reply, type MessageName, type Req, type Res } from '../core/protocol';

export class GapLensError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function send<N extends MessageName>(name: N, payload: Req<N>): Promise<Res<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ gaplens: 1, name, payload });
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new GapLensError('no-answer', 'The GapLens worker did not answer. Try reloading the page.');
  if (!reply.data.ok) throw new GapLensError(reply.data.error.code, reply.data.error.message);
  return protocol[name].response.parse(reply.data.data) as Res<N>;
}
