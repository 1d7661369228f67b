// The per-entry history and analysis records (IndexedDB, here fake-indexeddb): moving the
// single-record layout in without losing anything, damaged records set aside, and a view
// writing the same number of bytes whether the history holds 10 entries or 3,000.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import taxonomyJson from '../../data/skills.json';
import pathsJson from '../../data/paths.json';
import { createEngine } from '../../src/core/engine';
import { HistoryEntry, Paths, type Listing, type Requirements } from '../../src/core/schema';
import { createService } from '../../src/background/service';
import { LEGACY_KEYS, openRecordsDb, Records } from '../../src/background/records';
import { Store, type Area } from '../../src/background/store';
import { memoryArea } from './memory-area';

const engine = createEngine(taxonomyJson);
const paths = Paths.parse(pathsJson);
let dbCount = 0;
const newDb = () => `records-test-${++dbCount}`;

function clock(start = 1_700_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

function records(local: Area, name: string) {
  const now = clock();
  const store = new Store(local, now);
  return { records: new Records({ name, local, store, now }), store };
}

const entry = (i: number): HistoryEntry => ({
  key: `indeed:${i.toString(16).padStart(16, '0')}`, source: 'indeed', jobId: i.toString(16).padStart(16, '0'),
  url: `https://www.indeed.com/viewjob?jk=${i.toString(16).padStart(16, '0')}`, title: `Data Scientist ${i}`, company: 'Acme',
  seen: 1_600_000_000_000 + i, hash: `h${i}`, required: ['python', 'sql'], preferred: ['spark'], groups: [], years: 3, degree: null,
});
const requirements = (i: number): Requirements => ({
  skills: [{ id: 'python', name: 'Python', category: 'language', section: 'required', mentions: [`Python ${i}`], group: null }],
  years: null, degree: null, seniority: null,
});

/** Today's single records: a 3,000-entry history and a 300-entry cache, one damaged entry in each. */
function legacy() {
  const history: unknown[] = Array.from({ length: 3000 }, (_, i) => entry(i));
  history[1234] = { ...entry(1234), seen: 'yesterday', required: 'python' };
  const cache: Record<string, unknown> = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`h${i}`, requirements(i)]));
  cache.h77 = { skills: 'python' };
  return { history, cache };
}

describe('moving the single-record layout in', () => {
  it('a 3,000-entry history and a 300-entry cache: every valid entry moved, each damaged one set aside, the old records removed', async () => {
    const old = legacy();
    const local = memoryArea({ ...old, profile: null });
    const name = newDb();
    const { records: r, store } = records(local, name);
    const history = await r.history();
    expect(history).toHaveLength(2999);
    expect(history).toEqual(old.history.filter((_, i) => i !== 1234));
    for (const i of [0, 76, 78, 299]) expect(await r.analysis(`h${i}`)).toEqual(requirements(i));
    expect(await r.analysis('h77')).toBeNull();

    const aside = await store.setAsideRecords();
    expect(aside.map((a) => a.key).sort()).toEqual(['cache[h77]', 'history[1234]']);
    const entryAside = aside.find((a) => a.key === 'history[1234]')!;
    expect(JSON.parse(entryAside.original)).toEqual(old.history[1234]);
    expect(entryAside.reason).toMatch(/^History entry unreadable, not moved: seen: /);
    expect(JSON.parse(aside.find((a) => a.key === 'cache[h77]')!.original)).toEqual({ skills: 'python' });
    for (const k of LEGACY_KEYS) expect(local.data.has(k)).toBe(false);

    // A restarted worker reads the same records, and nothing is moved or set aside twice.
    const again = records(local, name);
    expect(await again.records.history()).toEqual(history);
    expect(await again.store.setAsideRecords()).toHaveLength(2);
  });

  it('a move cut short (the set-aside copy cannot be written) keeps the old records, and the next start completes it without duplicates', async () => {
    const old = legacy();
    const inner = memoryArea(old);
    const name = newDb();
    // storage.local refuses the set-aside records this time.
    const failing: Area = { ...inner, set: async (items) => { if (Object.keys(items).some((k) => k.startsWith('setAside:'))) throw new Error('QUOTA_BYTES quota exceeded'); return inner.set(items); } };
    const first = records(failing, name);
    expect(await first.records.history()).toHaveLength(2999);
    for (const k of LEGACY_KEYS) expect(inner.data.has(k)).toBe(true);
    expect(await first.store.setAsideRecords()).toEqual([]);

    // A listing seen again since: the next move must not put its older entry back.
    const seenAgain = { ...entry(5), seen: 1_800_000_000_000 };
    await first.records.seen(seenAgain, null);

    const second = records(inner, name);
    const history = await second.records.history();
    expect(history).toHaveLength(2999);
    expect(history.filter((e) => e.key === seenAgain.key)).toEqual([seenAgain]);
    expect((await second.store.setAsideRecords()).map((a) => a.key).sort()).toEqual(['cache[h77]', 'history[1234]']);
    for (const k of LEGACY_KEYS) expect(inner.data.has(k)).toBe(false);
  });

  it('a history record that is not a list is set aside whole', async () => {
    const local = memoryArea({ history: { not: 'a list' } });
    const { records: r, store } = records(local, newDb());
    expect(await r.history()).toEqual([]);
    const aside = await store.setAsideRecords();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ key: 'history', reason: 'The history record was not a list' });
    expect(JSON.parse(aside[0]!.original)).toEqual({ not: 'a list' });
  });
});

describe('records', () => {
  it('a damaged record in the database is set aside when read, not used and not lost', async () => {
    const name = newDb();
    const db = await openRecordsDb(name);
    await db.put('history', entry(1));
    await db.put('history', { ...entry(2), required: 42 } as unknown as HistoryEntry);
    await db.put('analyses', { hash: 'h9', at: 1, requirements: { skills: 'none' } } as never);
    db.close();
    const local = memoryArea();
    const { records: r, store } = records(local, name);
    expect(await r.entries([entry(1).key, entry(2).key])).toEqual([entry(1)]);
    expect(await r.analysis('h9')).toBeNull();
    const aside = await store.setAsideRecords();
    expect(aside.map((a) => a.key).sort()).toEqual(['analyses:h9', `history:${entry(2).key}`]);
    expect(JSON.parse(aside.find((a) => a.key === 'analyses:h9')!.original)).toEqual({ hash: 'h9', at: 1, requirements: { skills: 'none' } });
    // Deleted only once set aside: the next read finds nothing more to set aside.
    expect(await r.history()).toEqual([entry(1)]);
    expect(await store.setAsideRecords()).toHaveLength(2);
  });

  it('an invalid entry is refused before it is written', async () => {
    const { records: r } = records(memoryArea(), newDb());
    await expect(r.seen({ ...entry(1), source: 'myspace' } as unknown as HistoryEntry, null)).rejects.toThrow();
    expect(await r.history()).toEqual([]);
  });

  it('forgets one listing and answers it; restoring it puts the same entry back', async () => {
    const { records: r } = records(memoryArea(), newDb());
    for (let i = 0; i < 3; i++) await r.seen(entry(i), null);
    await r.history(); // the in-memory copy is filled: forget must keep it in step
    const gone = await r.forget(entry(1).key);
    expect(gone).toEqual(entry(1));
    expect((await r.history()).map((e) => e.key).sort()).toEqual([entry(0).key, entry(2).key].sort());
    expect(await r.forget(entry(1).key)).toBeNull();
    await r.restore(gone!);
    expect((await r.history()).map((e) => e.key).sort()).toEqual([0, 1, 2].map((i) => entry(i).key).sort());
    expect((await r.entries([entry(1).key]))[0]).toEqual(entry(1));
  });

  it('the history view reads only the newest entries it shows; cards only theirs', async () => {
    const name = newDb();
    const writer = records(memoryArea(), name);
    for (let i = 0; i < 50; i++) await writer.records.seen(entry(i), null);
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    try {
      const fresh = records(memoryArea(), name);
      expect((await fresh.records.newest(5)).map((e) => e.key)).toEqual([49, 48, 47, 46, 45].map((i) => entry(i).key));
      expect(await fresh.records.entries([entry(3).key, 'indeed:nope'])).toEqual([entry(3)]);
      expect(getAll).not.toHaveBeenCalled();
      expect(get).toHaveBeenCalledTimes(2);
    } finally {
      getAll.mockRestore();
      get.mockRestore();
    }
  });

  it('a filtered page of the history reads only until it has the page; the whole is counted, not read', async () => {
    const name = newDb();
    const writer = records(memoryArea(), name);
    // Every third listing is on Greenhouse; listing 42 is damaged in the database.
    for (let i = 0; i < 60; i++) await writer.records.seen(i % 3 === 0 ? { ...entry(i), source: 'greenhouse' } : entry(i), null);
    const db = await openRecordsDb(name);
    await db.put('history', { ...entry(42), source: 'greenhouse', seen: 1_600_000_000_042, required: 'python' } as never);
    db.close();
    const checked = vi.spyOn(HistoryEntry, 'safeParse');
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    try {
      const fresh = records(memoryArea(), name);
      const greenhouse = (e: HistoryEntry) => e.source === 'greenhouse';
      const page = await fresh.records.newest(4, greenhouse);
      // 57, 54, 51, 48 are the four newest on Greenhouse (42, damaged, is further down).
      expect(page.map((e) => e.jobId)).toEqual([57, 54, 51, 48].map((i) => entry(i).jobId));
      // Walked from 59 down to 48: twelve entries read and checked, not sixty.
      expect(checked).toHaveBeenCalledTimes(12);
      // A window starts the walk at its first day; the damaged entry is set aside, not shown.
      checked.mockClear();
      const recent = await fresh.records.newest(10, greenhouse, 1_600_000_000_040);
      expect(recent.map((e) => e.jobId)).toEqual([57, 54, 51, 48, 45].map((i) => entry(i).jobId));
      // The twenty entries in the window, and the damaged one once more as it is set aside.
      expect(checked).toHaveBeenCalledTimes(21);
      expect(await fresh.records.count()).toBe(59);
      expect(getAll).not.toHaveBeenCalled();
      const aside = await fresh.store.setAsideRecords();
      expect(aside).toHaveLength(1);
      expect(aside[0]!.key).toContain(entry(42).key);
    } finally {
      checked.mockRestore();
      getAll.mockRestore();
    }
  });
});

describe('what one view writes', () => {
  /** Bytes handed to IndexedDB and storage.local/session while `fn` runs (JSON length of each record). */
  async function written(areas: Area[], fn: () => Promise<unknown>): Promise<number> {
    let bytes = 0;
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      bytes += JSON.stringify(args[0]).length;
      return put.apply(this, args);
    });
    const sets = areas.map((a) => {
      const set = a.set.bind(a);
      a.set = async (items) => { bytes += JSON.stringify(items).length; return set(items); };
      return () => { a.set = set; };
    });
    try {
      await fn();
    } finally {
      spy.mockRestore();
      for (const undo of sets) undo();
    }
    return bytes;
  }

  const listing = (jobId: string, text: string): Listing => ({
    source: 'linkedin', url: `https://www.linkedin.com/jobs/view/${jobId}/`, jobId, title: 'Machine Learning Engineer', company: 'Acme', location: null,
    text: `Requirements:\n- 3+ years of Python and SQL\n- ${text}\nNice to have: Spark.`,
  });

  it('the same bytes with 10 and with 3,000 listings in the history, first views and repeat views alike', async () => {
    const figures: Record<number, { first: number; repeat: number }> = {};
    for (const size of [10, 3000]) {
      const local = memoryArea({ history: Array.from({ length: size }, (_, i) => entry(i)) });
      const session = memoryArea();
      const s = createService({ local, session, engine, paths, version: '0.1.0', now: clock(), recordsDb: newDb() });
      await s.records.history(); // moved in before measuring
      const first = await written([local, session], () => s.handlers.analyse({ listing: listing('4000000001', 'PyTorch') }, { kind: 'content', tabId: 3 }));
      const repeat = await written([local, session], () => s.handlers.analyse({ listing: listing('4000000001', 'PyTorch') }, { kind: 'content', tabId: 3 }));
      figures[size] = { first, repeat };
    }
    expect(figures[3000]).toEqual(figures[10]);
    // A first view writes the listing's entry, its analysis and the tab's state; a repeat view no analysis.
    expect(figures[10]!.repeat).toBeLessThan(figures[10]!.first);
    expect(figures[10]!.first).toBeLessThan(5000);
  });
});

describe('analyses at hand', () => {
  it('a listing read again in the same worker life is answered without a database read; a new worker reads the database, and clearing forgets both', async () => {
    const local = memoryArea();
    const name = newDb();
    const { records: a } = records(local, name);
    await a.seen(entry(1), { hash: 'h1', requirements: requirements(1) });
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    try {
      expect(await a.analysis('h1')).toEqual(requirements(1));
      expect(get).not.toHaveBeenCalled();
      // Another worker over the same database: read from it, once, then at hand too.
      const { records: b } = records(local, name);
      expect(await b.analysis('h1')).toEqual(requirements(1));
      expect(get).toHaveBeenCalledTimes(1);
      expect(await b.analysis('h1')).toEqual(requirements(1));
      expect(get).toHaveBeenCalledTimes(1);
      await b.clear();
      expect(await b.analysis('h1')).toBeNull();
    } finally {
      get.mockRestore();
    }
  });
});
