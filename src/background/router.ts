// The worker's message router. It answers only our own extension: content scripts in a
// tab and our own pages. Each message names which of the two may send it; the payload
// is checked against the protocol before a handler sees it, and the answer after.
import { Envelope, protocol, type MessageName, type Reply, type Req, type Res, type SenderKind } from '../core/protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = {
  [N in MessageName]: (req: Req<N>, sender: { kind: SenderKind; tabId: number | null }) => Promise<Res<N>>;
};

export function senderKind(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'page';
  // A content script runs in a web page tab; anything else from our id is unexpected.
  if (sender.tab?.id !== undefined && /^https:\/\//.test(url)) return 'content';
  return null;
}

function fail(code: 'unknown-message' | 'forbidden-sender' | 'invalid-payload' | 'failed', message: string): Reply {
  return { ok: false, error: { code, message } };
}

/**
 * Returns undefined for anything that is not a GapLens envelope, so other listeners
 * (and the browser) treat it as unanswered.
 */
export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply | undefined> {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return undefined;
    const kind = senderKind(sender, extensionId, extensionOrigin);
    if (!kind) return fail('forbidden-sender', 'GapLens answers only its own pages and content scripts.');
    const name = envelope.data.name;
    if (!Object.hasOwn(protocol, name)) return fail('unknown-message', `Unknown message "${name}".`);
    const spec = protocol[name as MessageName];
    if (!(spec.from as readonly SenderKind[]).includes(kind)) {
      return fail('forbidden-sender', `"${name}" may not be sent from a ${kind === 'content' ? 'web page' : 'extension page'}.`);
    }
    const req = spec.request.safeParse(envelope.data.payload);
    if (!req.success) return fail('invalid-payload', `"${name}": ${req.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
    try {
      const handler = handlers[name as MessageName] as (r: unknown, s: { kind: SenderKind; tabId: number | null }) => Promise<unknown>;
      const data = await handler(req.data, { kind, tabId: sender.tab?.id ?? null });
      const checked = spec.response.safeParse(data);
      if (!checked.success) return fail('failed', `"${name}" produced an invalid answer: ${checked.error.issues[0]?.message ?? ''}`);
      return { ok: true, data: checked.data };
    } catch (error) {
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}
