// The listing history and the analysis cache, one IndexedDB record per entry: a listing
// by board and job id, an analysis by content hash. Seeing a listing writes its own entry
// (and its analysis when new) and deletes the oldest entries past the caps, in one
// transaction: a constant amount whatever the history's size, where one record holding
// the whole history had to be validated and rewritten on every view.
//
// Every record is checked with zod before it is written and when it is read; one that
// fails on reading is set aside intact (the options page lists it) before it is deleted,
// never dropped silently. The records of earlier versions (one `history` list and one
// `cache` map in storage.local) are moved in on first use, losing nothing: see migrate().
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { z } from 'zod';
import { HistoryEntry, Requirements } from '../core/schema';
import { isQuotaError, type Area, type Store } from './store';
import { lazy } from '../core/lazy';

export const HISTORY_CAP = 3000;
export const CACHE_CAP = 300;
/** How many analyses a running worker keeps at hand (see Records.recent). */
const RECENT_ANALYSES = 50;

/** One cached analysis. `at` orders them for eviction (when it was stored). */
export const CachedAnalysis = lazy(() => z.strictObject({ hash: z.string(), at: z.number(), requirements: Requirements }));
export type CachedAnalysis = z.infer<typeof CachedAnalysis>;

interface Schema extends DBSchema {
  // Values are typed as written; what comes back is still checked (see entryOf, analysisOf).
  history: { key: string; value: HistoryEntry; indexes: { seen: number } };
  analyses: { key: string; value: CachedAnalysis; indexes: { at: number } };
}
type Db = IDBPDatabase<Schema>;
type WriteTx = IDBPTransaction<Schema, ['history', 'analyses'], 'readwrite'>;

export const DB_VERSION = 1;
/** The storage.local keys of the single-record layout before per-entry records. */
export const LEGACY_KEYS = ['history', 'cache'] as const;

export function openRecordsDb(name: string): Promise<Db> {
  return openDB<Schema>(name, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('history', { keyPath: 'key' }).createIndex('seen', 'seen');
      db.createObjectStore('analyses', { keyPath: 'hash' }).createIndex('at', 'at');
    },
  });
}

const issues = (error: z.ZodError) => error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');

export interface RecordsDeps {
  /** The database's name: one per profile in the extension, one per test. */
  name: string;
  /** storage.local: where the earlier layout's records are, and where set-aside copies go. */
  local: Area;
  store: Store;
  now: () => number;
}

export class Records {
  private ready: Promise<Db> | null = null;
  /**
   * Every history entry, validated, once one full read was made in this worker's life
   * (null before). The worker is the only writer, and each commit updates it, so the radar
   * reads the database once per worker life. `generation` counts commits: a full read that
   * overlapped one is not kept.
   */
  private all: Map<string, HistoryEntry> | null = null;
  private generation = 0;
  /**
   * The analyses this worker read or wrote most recently, validated, by content hash: a
   * listing viewed again (a reload, a tab switched back) is answered without a database
   * round trip. A cache of a cache: the database stays the truth across worker restarts.
   */
  private recent = new Map<string, Requirements>();

  constructor(private readonly deps: RecordsDeps) {}

  /** Open the database early (the worker does on start), so the first listing does not wait for it. */
  warm(): void {
    void this.database().catch(() => undefined);
  }

  /** The database, once the earlier layout's records are moved in (until then nothing reads or writes). */
  private database(): Promise<Db> {
    this.ready ??= (async () => {
      const db = await openRecordsDb(this.deps.name);
      // A move that fails leaves the old records in place, to be moved on the next start.
      try { await this.migrate(db); } catch { /* see above */ }
      return db;
    })().catch((error: unknown) => { this.ready = null; throw error; });
    return this.ready;
  }

  // ---------- reading ----------

  private async entryOf(db: Db, key: string, raw: unknown): Promise<HistoryEntry | null> {
    const r = HistoryEntry.safeParse(raw);
    if (r.success) return r.data;
    await this.setAsideRecord(db, 'history', key, raw, `History entry unreadable: ${issues(r.error)}`);
    return null;
  }

  /** The analysis cached for a content hash, or null. */
  async analysis(hash: string): Promise<Requirements | null> {
    const known = this.recent.get(hash);
    if (known) return known;
    const db = await this.database();
    const raw: unknown = await db.get('analyses', hash);
    if (raw === undefined) return null;
    const r = CachedAnalysis.safeParse(raw);
    if (r.success) return this.remember(hash, r.data.requirements);
    await this.setAsideRecord(db, 'analyses', hash, raw, `Cached analysis unreadable: ${issues(r.error)}`);
    return null;
  }

  private remember(hash: string, requirements: Requirements): Requirements {
    this.recent.delete(hash);
    this.recent.set(hash, requirements);
    if (this.recent.size > RECENT_ANALYSES) this.recent.delete(this.recent.keys().next().value!);
    return requirements;
  }

  /** The history entries with these keys (board:jobId), those that exist, in the order asked. */
  async entries(keys: readonly string[]): Promise<HistoryEntry[]> {
    if (this.all) return keys.flatMap((k) => this.all!.get(k) ?? []);
    const db = await this.database();
    const tx = db.transaction('history');
    const raws: unknown[] = await Promise.all(keys.map((k) => tx.store.get(k)));
    await tx.done;
    const out: HistoryEntry[] = [];
    for (const [i, raw] of raws.entries()) {
      if (raw === undefined) continue;
      const e = await this.entryOf(db, keys[i]!, raw);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * The `limit` most recently seen entries that pass `keep` (every entry when absent), newest
   * first: the walk down the `seen` index stops once it has them, and starts at `since`'s
   * end of it when given.
   */
  async newest(limit: number, keep: (e: HistoryEntry) => boolean = () => true, since: number | null = null): Promise<HistoryEntry[]> {
    if (this.all) {
      return [...this.all.values()].filter((e) => (since === null || e.seen >= since) && keep(e)).sort((a, b) => b.seen - a.seen).slice(0, limit);
    }
    const db = await this.database();
    const out: HistoryEntry[] = [];
    // Checked inside the cursor's transaction (zod is synchronous); a record that fails is
    // set aside after it, since that writes and would end the read.
    const unreadable: Array<[string, unknown]> = [];
    let cursor = await db.transaction('history').store.index('seen').openCursor(since === null ? null : IDBKeyRange.lowerBound(since), 'prev');
    while (cursor && out.length < limit) {
      const r = HistoryEntry.safeParse(cursor.value);
      if (!r.success) unreadable.push([cursor.primaryKey, cursor.value]);
      else if (keep(r.data)) out.push(r.data);
      cursor = await cursor.continue();
    }
    for (const [key, raw] of unreadable) await this.entryOf(db, key, raw);
    return out;
  }

  /** How many entries the history holds (counted by the database, none read). */
  async count(): Promise<number> {
    if (this.all) return this.all.size;
    return (await this.database()).count('history');
  }

  /** Every entry (oldest first), or those seen since a time: read through the `seen` index. */
  async history(since: number | null = null): Promise<HistoryEntry[]> {
    if (this.all) {
      const all = [...this.all.values()].sort((a, b) => a.seen - b.seen);
      return since === null ? all : all.filter((e) => e.seen >= since);
    }
    const db = await this.database();
    const generation = this.generation;
    const tx = db.transaction('history');
    const index = tx.store.index('seen');
    const range = since === null ? null : IDBKeyRange.lowerBound(since);
    const [keys, raws] = await Promise.all([index.getAllKeys(range), index.getAll(range)]);
    await tx.done;
    const out: HistoryEntry[] = [];
    for (const [i, raw] of raws.entries()) {
      const e = await this.entryOf(db, keys[i]!, raw);
      if (e) out.push(e);
    }
    if (since === null && generation === this.generation) this.all = new Map(out.map((e) => [e.key, e]));
    return out;
  }

  // ---------- writing ----------

  /**
   * Record a listing seen: its history entry (replacing an earlier one for the same listing)
   * and, when it was read afresh, its analysis; the oldest entries past the caps go in the
   * same transaction. A write over quota is tried again deleting the oldest half, then three
   * quarters… of both stores in the same transaction, so a failure changes nothing; storage
   * that stays full costs only this entry (the listing is still answered).
   */
  async seen(entry: HistoryEntry, analysis: { hash: string; requirements: Requirements } | null): Promise<void> {
    // Validated before writing: an invalid value never reaches storage.
    const e = HistoryEntry.parse(entry);
    const a = analysis ? CachedAnalysis.parse({ hash: analysis.hash, at: this.deps.now(), requirements: analysis.requirements }) : null;
    const db = await this.database();
    for (let attempt = 0; attempt < 6; attempt++) {
      // Relaxed: committed before the answer goes out (a worker stopped after it loses
      // nothing), without waiting for the disk to confirm a flush; history is no ledger.
      const tx = db.transaction(['history', 'analyses'], 'readwrite', { durability: 'relaxed' });
      const removed: string[] = [];
      try {
        const history = tx.objectStore('history');
        const analyses = tx.objectStore('analyses');
        if (attempt > 0) {
          // Keep the newest 1/2, 1/4, … of each store (at least one entry goes each time).
          const share = 1 - 1 / 2 ** attempt;
          const [h, c] = await Promise.all([history.count(), analyses.count()]);
          removed.push(...await dropOldest(tx, 'history', Math.max(1, Math.ceil(h * share))));
          await dropOldest(tx, 'analyses', Math.max(1, Math.ceil(c * share)));
        }
        // Requests run in the order they are made: issued together, they cost one wait, and
        // the counts include the entries just put.
        const [, , h, c] = await Promise.all([history.put(e), a ? analyses.put(a) : undefined, history.count(), analyses.count()]);
        removed.push(...await dropOldest(tx, 'history', h - HISTORY_CAP));
        await dropOldest(tx, 'analyses', c - CACHE_CAP);
        await tx.done;
      } catch (error) {
        try { tx.abort(); } catch { /* already finished or aborted */ }
        await tx.done.catch(() => undefined);
        if (!isQuotaError(error)) throw error;
        continue;
      }
      this.generation++;
      if (this.all) {
        for (const k of removed) this.all.delete(k);
        this.all.set(e.key, e);
      }
      if (a) this.remember(a.hash, a.requirements);
      return;
    }
  }

  /**
   * Forget one listing (the user took it out of the radar); answers the entry, so the page
   * can offer Undo by putting it back. Its cached analysis stays: it is keyed by the text.
   */
  async forget(key: string): Promise<HistoryEntry | null> {
    const [entry] = await this.entries([key]);
    if (!entry) return null;
    const db = await this.database();
    await db.delete('history', key);
    this.generation++;
    this.all?.delete(key);
    return entry;
  }

  /** Put back an entry the user forgot (Undo); the caps apply as for any listing seen. */
  async restore(entry: HistoryEntry): Promise<void> {
    await this.seen(entry, null);
  }

  /** Forget every listing and analysis. */
  async clear(): Promise<void> {
    const db = await this.database();
    const tx = db.transaction(['history', 'analyses'], 'readwrite');
    await Promise.all([tx.objectStore('history').clear(), tx.objectStore('analyses').clear(), tx.done]);
    this.generation++;
    this.all = new Map();
    this.recent.clear();
  }

  // ---------- damaged records ----------

  /** Set a damaged record aside (storage.local, listed on the options page); only then delete it. */
  private async setAsideRecord(db: Db, store: 'history' | 'analyses', key: string, raw: unknown, reason: string): Promise<void> {
    try {
      await this.deps.store.setAside(`${store}:${key}`, raw, reason);
    } catch {
      return; // kept in place: set aside on a later read, when there is room
    }
    await db.delete(store, key);
    this.generation++;
    this.all?.delete(key);
  }

  // ---------- the earlier layout ----------

  /**
   * Move the records of the single-record layout in: every valid history entry and cached
   * analysis into the database, every damaged one set aside under its own record, and only
   * then the old records removed. Each step can be repeated (the puts are keyed), so an
   * interrupted move is simply made again on the next start, and nothing is lost.
   */
  private async migrate(db: Db): Promise<void> {
    const { local, store } = this.deps;
    const raw = await local.get([...LEGACY_KEYS]);
    if (raw.history === undefined && raw.cache === undefined) return;
    const entries: HistoryEntry[] = [];
    const analyses: CachedAnalysis[] = [];
    const damaged: Array<{ key: string; raw: unknown; reason: string }> = [];
    if (raw.history !== undefined) {
      if (!Array.isArray(raw.history)) damaged.push({ key: 'history', raw: raw.history, reason: 'The history record was not a list' });
      else {
        for (const [i, item] of raw.history.entries()) {
          const r = HistoryEntry.safeParse(item);
          if (r.success) entries.push(r.data);
          else damaged.push({ key: `history[${i}]`, raw: item, reason: `History entry unreadable, not moved: ${issues(r.error)}` });
        }
      }
    }
    if (raw.cache !== undefined) {
      if (!raw.cache || typeof raw.cache !== 'object' || Array.isArray(raw.cache)) damaged.push({ key: 'cache', raw: raw.cache, reason: 'The analysis cache record was not a map' });
      else {
        // The map's order was its age order: keep it as `at` (all older than anything new).
        for (const [i, [hash, req]] of Object.entries(raw.cache as Record<string, unknown>).entries()) {
          const r = CachedAnalysis.safeParse({ hash, at: i, requirements: req });
          if (r.success) analyses.push(r.data);
          else damaged.push({ key: `cache[${hash}]`, raw: req, reason: `Cached analysis unreadable, not moved: ${issues(r.error)}` });
        }
      }
    }
    try {
      const tx = db.transaction(['history', 'analyses'], 'readwrite');
      const h = tx.objectStore('history');
      const c = tx.objectStore('analyses');
      // A listing seen again since an earlier, interrupted move keeps its newer entry.
      await Promise.all([
        ...entries.map(async (e) => { const had = await h.get(e.key); if (!had || had.seen < e.seen) await h.put(e); }),
        ...analyses.map(async (a) => { if (!(await c.getKey(a.hash))) await c.put(a); }),
        tx.done,
      ]);
      for (const d of damaged) await store.setAside(d.key, d.raw, d.reason);
    } catch {
      // No room (or the database failed): the old records stay and are used to try again
      // on the next start; the entries already moved are simply written again then.
      return;
    }
    store.forget([...LEGACY_KEYS]);
    await local.remove([...LEGACY_KEYS]);
  }
}

/** Delete the `n` oldest entries of a store (none when n ≤ 0), by its age index; their keys. */
async function dropOldest(tx: WriteTx, name: 'history' | 'analyses', n: number): Promise<string[]> {
  if (n <= 0) return [];
  const removed: string[] = [];
  const index = name === 'history' ? tx.objectStore('history').index('seen') : tx.objectStore('analyses').index('at');
  let cursor = await index.openCursor();
  while (cursor && n-- > 0) {
    removed.push(cursor.primaryKey);
    await cursor.delete();
    cursor = await cursor.continue();
  }
  return removed;
}
