// What Chrome's light worker (light.ts) and the engine it loads (index.ts, everything else
// the worker does) share. Small on purpose: the light worker carries all of it.
import type * as z from 'zod/mini';
import type { contentProtocol, SenderKind } from '../core/wire';

export type HelloAnswer = z.output<typeof contentProtocol.hello.response>;

/** The engine's script in Chrome's build, next to the light worker (scripts/build.mjs). */
export const ENGINE_FILE = 'engine.js';

/** The session record of what a tab shows (service.ts), dropped when the tab closes. */
export const TAB_PREFIX = 'tab:';
export const tabKey = (tabId: number) => `${TAB_PREFIX}${tabId}`;

/** What the engine hands the light worker instead of registering listeners of its own. */
export interface EngineApi {
  /** Every message of ours but hello, as the engine's own listener answers it. */
  onMessage(message: unknown, sender: unknown): Promise<unknown>;
  /** hello when the light worker cannot answer it (a record to repair or set aside first). */
  hello(sender: { kind: SenderKind; tabId: number | null }): Promise<HelloAnswer>;
  /** Read the data and build the matcher in the background, as after any first answer. */
  warm(): void;
}

/** Set by the light worker before it loads the engine; the engine puts its API here. */
export interface Handoff { engine?: EngineApi }
declare global {
  var gaplensHandoff: Handoff | undefined;
}
