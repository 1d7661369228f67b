// The worker's message router. It answers only our own extension: content scripts in a
// tab and our own pages. Each message names which of the two may send it; the payload
// is checked against the protocol before a handler sees it, and the answer after (route.ts).
import { protocol, type MessageName, type Req, type Res, type SenderKind } from '../core/protocol';
import { createRoute } from './route';

export { senderKind, type SenderInfo } from './route';

export type Handlers = {
  [N in MessageName]: (req: Req<N>, sender: { kind: SenderKind; tabId: number | null }) => Promise<Res<N>>;
};

export function createRouter(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return createRoute(protocol, handlers, extensionId, extensionOrigin);
}
