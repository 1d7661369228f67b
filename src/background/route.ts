// Routing a message by a map of message specs, with no map of its own: router.ts routes the
// full protocol with it, and Chrome's light worker (light.ts) routes `hello` with it alone, so
// that script carries only Zod Mini and the schemas hello needs.
import * as z from 'zod/mini';
import { Envelope, type MessageSpec, type Reply, type SenderKind } from '../core/wire';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handler = (req: never, sender: { kind: SenderKind; tabId: number | null }) => Promise<unknown>;

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
 * (and the browser) treat it as unanswered. The payload is checked against its spec before
 * the handler sees it, and the answer after.
 */
export function createRoute<S extends Record<string, MessageSpec>>(
  specs: S, handlers: { [N in keyof S]: Handler }, extensionId: string, extensionOrigin: string,
) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply | undefined> {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return undefined;
    const kind = senderKind(sender, extensionId, extensionOrigin);
    if (!kind) return fail('forbidden-sender', 'GapLens answers only its own pages and content scripts.');
    const name = envelope.data.name;
    if (!Object.hasOwn(specs, name)) return fail('unknown-message', `Unknown message "${name}".`);
    const spec = specs[name] as MessageSpec;
    if (!spec.from.includes(kind)) {
      return fail('forbidden-sender', `"${name}" may not be sent from a ${kind === 'content' ? 'web page' : 'extension page'}.`);
    }
    const req = z.safeParse(spec.request, envelope.data.payload);
    if (!req.success) return fail('invalid-payload', `"${name}": ${req.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
    try {
      const handler = handlers[name] as (r: unknown, s: { kind: SenderKind; tabId: number | null }) => Promise<unknown>;
      const data = await handler(req.data, { kind, tabId: sender.tab?.id ?? null });
      const checked = z.safeParse(spec.response, data);
      if (!checked.success) return fail('failed', `"${name}" produced an invalid answer: ${checked.error.issues[0]?.message ?? ''}`);
      return { ok: true, data: checked.data };
    } catch (error) {
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}
