// An in-memory storage area with the same copy semantics as storage.local, and an
// optional quota so tests can make a write fail the way the browser does.
import type { Area } from '../../src/background/store';

export function memoryArea(initial: Record<string, unknown> = {}, opts: { quota?: number } = {}): Area & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      if (keys === null) return Object.fromEntries(structuredClone([...data]));
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items) {
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
      if (opts.quota !== undefined && JSON.stringify([...next]).length > opts.quota) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}
