// Storage items, each declared once: key, schema, fallback, and how an older or damaged
// record is migrated or repaired. A record that cannot be repaired is set aside intact
// under its own key and listed on the options page; it is never silently dropped.
import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import { SetAsideRecord } from '../core/protocol';

/** The part of storage.local we use; tests pass an in-memory implementation. */
export interface Area {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Item<T> {
  key: string;
  /** Classic or Mini Zod (the types content scripts share are Mini: see core/wire.ts). */
  schema: z.ZodType<T> | ZodMiniType<T>;
  fallback: () => T;
  /** Turn an older or slightly damaged record into a valid one, or explain why not. */
  migrate?: (raw: unknown) => { value: T; repairs?: string[] } | { error: string };
}

export const SET_ASIDE_PREFIX = 'setAside:';

export function isQuotaError(error: unknown): boolean {
  // storage.local says so in its message; IndexedDB by the error's name.
  if (error instanceof Error && error.name === 'QuotaExceededError') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}

export class Store {
  /**
   * Records already validated in this worker's life. Storage stays the truth: this only
   * spares re-validating thousands of history entries on every message. The worker is the
   * only writer of storage.local (pages and content scripts go through its messages); its
   * writes update this map and its removals call forget().
   */
  private readonly valid = new Map<string, unknown>();

  constructor(readonly area: Area, private readonly now: () => number = Date.now) {}

  forget(keys: string[]): void {
    for (const k of keys) this.valid.delete(k);
  }

  async read<T>(item: Item<T>): Promise<T> {
    if (this.valid.has(item.key)) return this.valid.get(item.key) as T;
    return this.readFromStorage(item);
  }

  private async readFromStorage<T>(item: Item<T>): Promise<T> {
    const raw = (await this.area.get(item.key))[item.key];
    if (raw === undefined) return item.fallback();
    const parsed = item.schema.safeParse(raw);
    if (parsed.success) {
      this.valid.set(item.key, parsed.data);
      return parsed.data;
    }
    const migrated = item.migrate?.(raw);
    if (migrated && 'value' in migrated) {
      const checked = item.schema.safeParse(migrated.value);
      if (checked.success) {
        // The original is set aside before the repaired record replaces it, so a write that
        // fails or is cut short never loses it; until both are written it stays in place
        // and the repair is simply made again on the next read.
        if (migrated.repairs?.length && !(await this.trySetAside(item.key, raw, `Repaired: ${migrated.repairs.join('; ')}`))) return checked.data;
        try { await this.area.set({ [item.key]: checked.data }); } catch { /* kept in place: repaired again next time */ }
        return checked.data;
      }
    }
    const reason = migrated && 'error' in migrated
      ? migrated.error
      : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    // Removed only once its copy is safely set aside (storage may be full): never dropped.
    if (await this.trySetAside(item.key, raw, reason)) await this.area.remove(item.key);
    return item.fallback();
  }

  private async trySetAside(key: string, raw: unknown, reason: string): Promise<boolean> {
    try {
      await this.setAside(key, raw, reason);
      return true;
    } catch {
      return false;
    }
  }

  async write<T>(item: Item<T>, value: T): Promise<void> {
    await this.writeAll([[item as Item<unknown>, value]]);
  }

  /** Several records in one storage write (one round trip). */
  async writeAll(entries: ReadonlyArray<readonly [Item<unknown>, unknown]>): Promise<void> {
    // Validate before writing: an invalid value never reaches storage.
    const data = entries.map(([item, value]) => [item.key, item.schema.parse(value)] as const);
    this.forget(data.map(([key]) => key));
    await this.area.set(Object.fromEntries(data));
    for (const [key, value] of data) this.valid.set(key, value);
  }

  async setAside(key: string, raw: unknown, reason: string): Promise<void> {
    const original = safeJson(raw);
    const at = this.now();
    // Two records set aside in the same millisecond must not overwrite each other.
    let id = `${SET_ASIDE_PREFIX}${key}:${at}`;
    for (let n = 2; (await this.area.get(id))[id] !== undefined; n++) id = `${SET_ASIDE_PREFIX}${key}:${at}:${n}`;
    const record: SetAsideRecord = { id, key, original, reason, at };
    await this.area.set({ [id]: record });
  }

  async setAsideRecords(): Promise<SetAsideRecord[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith(SET_ASIDE_PREFIX))
      .flatMap(([id, v]) => {
        const r = SetAsideRecord.safeParse(v);
        // Even a damaged set-aside record is shown, never hidden.
        return [r.success ? r.data : { id, key: id.slice(SET_ASIDE_PREFIX.length), original: safeJson(v), reason: 'Unreadable set-aside record', at: 0 }];
      })
      .sort((a, b) => b.at - a.at);
  }
}

function safeJson(v: unknown): string {
  try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
}
