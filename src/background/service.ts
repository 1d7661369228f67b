// What the worker does for each message. Everything that matters is in storage, never
// only in memory: MV3 may stop the worker between any two messages.
import { z } from 'zod';
import type { Analysis, CardResult, Radar } from '../core/protocol';
import {
  Board, HistoryEntry, Listing, ListingMeta, PROFILE_VERSION, Profile, Requirements, Settings, type Paths, type Taxonomy,
} from '../core/schema';
import { contentHash } from '../core/hash';
import { match } from '../core/match';
import { advise } from '../core/advise';
import { compactRequirements, expandCompact, radar } from '../core/radar';
import { migrateProfile } from '../core/profile';
import type { Handlers } from './router';
import { isQuotaError, Store, type Area, type Item } from './store';

export const HISTORY_CAP = 3000;
export const CACHE_CAP = 300;

export interface Engine {
  taxonomy: Taxonomy;
  extract: (text: string, opts?: { title?: string | null }) => Requirements;
}

export const defaultSettings = (): Settings => ({
  boards: Object.fromEntries(Board.options.map((b) => [b, true])) as Settings['boards'],
  cardBadges: true,
  onboarded: false,
});

const profileItem: Item<Profile | null> = {
  key: 'profile',
  schema: Profile.nullable(),
  fallback: () => null,
  migrate: (raw: unknown) => {
    const r = migrateProfile(raw);
    return 'profile' in r ? { value: r.profile, repairs: (r as { repairs?: string[] }).repairs } : { error: r.error };
  },
};
const settingsItem: Item<Settings> = {
  key: 'settings',
  schema: Settings,
  fallback: defaultSettings,
  migrate: (raw: unknown) => {
    // Settings are safe to repair field by field: keep what is valid, default the rest.
    const base = defaultSettings();
    if (!raw || typeof raw !== 'object') return { error: 'settings record is not an object' };
    const r = raw as Record<string, unknown>;
    const boards = z.record(z.string(), z.boolean()).safeParse(r.boards);
    const value: Settings = {
      boards: { ...base.boards, ...Object.fromEntries(Object.entries(boards.success ? boards.data : {}).filter(([k]) => Board.safeParse(k).success)) },
      cardBadges: typeof r.cardBadges === 'boolean' ? r.cardBadges : base.cardBadges,
      onboarded: typeof r.onboarded === 'boolean' ? r.onboarded : base.onboarded,
    };
    return { value, repairs: ['settings reset to defaults where invalid'] };
  },
};
const historyItem: Item<HistoryEntry[]> = {
  key: 'history',
  schema: z.array(HistoryEntry),
  fallback: () => [],
  migrate: (raw: unknown) => {
    // History is a cache of what was seen: keep the valid entries, drop the rest (set aside).
    if (!Array.isArray(raw)) return { error: 'history is not a list' };
    const valid = raw.flatMap((e) => { const r = HistoryEntry.safeParse(e); return r.success ? [r.data] : []; });
    return { value: valid, repairs: [`${raw.length - valid.length} unreadable history entries removed`] };
  },
};
const cacheItem: Item<Record<string, Requirements>> = {
  key: 'cache',
  schema: z.record(z.string(), Requirements),
  fallback: () => ({}),
  migrate: () => ({ value: {}, repairs: ['analysis cache cleared'] }),
};

export const items = { profile: profileItem, settings: settingsItem, history: historyItem, cache: cacheItem };

// The tab keeps its own requirements: the cache may have evicted them (or had no room) by
// the time the popup asks.
const TabState = z.strictObject({ key: z.string(), hash: z.string(), listing: ListingMeta, requirements: z.optional(Requirements) });

export interface ServiceDeps {
  local: Area;
  session: Area;
  engine: Engine;
  paths: Paths;
  version: string;
  now?: () => number;
  /** Tell open listing tabs to re-badge (after a profile or settings change). */
  broadcast?: (tabIds: number[]) => Promise<void>;
  /** Show the next steps for a tab (the popup, or the popup page in a tab where it cannot open). */
  openSteps?: (tabId: number) => Promise<void>;
  /** Open the options page (profile setup). */
  openOptions?: () => Promise<void>;
}

export function createService(deps: ServiceDeps) {
  const now = deps.now ?? Date.now;
  const store = new Store(deps.local, now);
  const removeKeys = async (keys: string[]) => {
    store.forget(keys);
    await deps.local.remove(keys);
  };
  const { engine } = deps;
  const names = new Map(engine.taxonomy.skills.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  /** The cache with `req` added under `hash`: insertion order is age order, the newest CACHE_CAP kept. */
  function cacheWith(cache: Record<string, Requirements>, hash: string, req: Requirements): Record<string, Requirements> {
    const keys = Object.keys(cache);
    const next: Record<string, Requirements> = {};
    for (const k of keys.slice(Math.max(0, keys.length - (CACHE_CAP - 1)))) next[k] = cache[k]!;
    next[hash] = req;
    return next;
  }
  const shedCache = (c: Record<string, Requirements>) => Object.fromEntries(Object.entries(c).slice(Math.floor(Object.keys(c).length / 2)));
  const shedHistory = (h: HistoryEntry[]) => h.slice(Math.floor(h.length / 2));

  /**
   * Write a cache-like item; on quota errors shed the oldest half and try again, so storage
   * never fills. Storage that stays full (other data fills it) costs only this copy: the
   * analysis is still answered.
   */
  async function writeWithRoom<T>(item: Item<T>, value: T, shed: (v: T) => T): Promise<void> {
    let v = value;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await store.write(item, v);
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        v = shed(v);
      }
    }
  }

  /** History with `listing` seen now: moved to the end if it was there, capped at HISTORY_CAP. */
  function historyWith(history: HistoryEntry[], listing: Listing, hash: string, req: Requirements): HistoryEntry[] {
    const key = `${listing.source}:${listing.jobId}`;
    const entry: HistoryEntry = {
      key, source: listing.source, jobId: listing.jobId, url: listing.url,
      title: listing.title, company: listing.company, seen: now(), hash, ...compactRequirements(req),
    };
    const rest = history.filter((e) => e.key !== key);
    rest.push(entry);
    return rest.slice(-HISTORY_CAP);
  }

  /**
   * A new analysis and the history entry in one storage write (one round trip). Only when
   * that does not fit are they written one by one, each shedding its oldest half until it
   * fits (a write that exceeds the quota writes nothing).
   */
  async function saveSeen(cache: Record<string, Requirements> | null, history: HistoryEntry[]): Promise<void> {
    try {
      await store.writeAll(cache ? [[items.cache, cache], [items.history, history]] : [[items.history, history]]);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      if (cache) await writeWithRoom(items.cache, cache, shedCache);
      await writeWithRoom(items.history, history, shedHistory);
    }
  }

  async function listingTabs(): Promise<number[]> {
    const all = await deps.session.get(null);
    return Object.keys(all).filter((k) => k.startsWith('tab:')).map((k) => Number(k.slice(4))).filter(Number.isInteger);
  }

  async function refreshTabs(): Promise<void> {
    if (deps.broadcast) await deps.broadcast(await listingTabs());
  }

  function cardResult(entry: HistoryEntry, profile: Profile | null): CardResult {
    const req = expandCompact(entry, engine.taxonomy);
    const gap = profile ? match(req, profile, engine.taxonomy) : null;
    return {
      jobId: entry.jobId,
      score: gap ? gap.score : null,
      requiredHave: gap ? gap.required.have.length : 0,
      requiredTotal: gap ? gap.required.have.length + gap.required.missing.length : entry.required.length,
      missing: gap ? gap.required.missing.map((m) => m.name) : [],
      required: entry.required.map(nameOf),
    };
  }

  const handlers: Handlers = {
    async hello() {
      const settings = await store.read(items.settings);
      const profile = await store.read(items.profile);
      return { version: deps.version, settings, hasProfile: profile !== null };
    },

    async analyse({ listing }, sender) {
      const parsed = Listing.parse(listing);
      // Checked here, not only in the content script, which sends before it knows its settings.
      if ((await store.read(items.settings)).boards[parsed.source] === false) {
        throw new Error(`GapLens is turned off on ${parsed.source}.`);
      }
      const hash = contentHash(`${parsed.title ?? ''}\n${parsed.text}`);
      const [cache, history, profile] = await Promise.all([store.read(items.cache), store.read(items.history), store.read(items.profile)]);
      const hit = cache[hash];
      const req = hit ?? engine.extract(parsed.text, { title: parsed.title });
      const { text: _text, ...meta } = parsed;
      const key = `${parsed.source}:${parsed.jobId}`;
      const analysis: Analysis = { key, listing: meta, requirements: req, gap: profile ? match(req, profile, engine.taxonomy) : null };
      // Stored before it is answered (the worker may be stopped after any answer): the local
      // records and the tab's state side by side, each area in one write.
      await Promise.all([
        saveSeen(hit ? null : cacheWith(cache, hash, req), historyWith(history, parsed, hash, req)),
        sender.tabId !== null ? deps.session.set({ [`tab:${sender.tabId}`]: TabState.parse({ key, hash, listing: meta, requirements: req }) }) : undefined,
      ]);
      return analysis;
    },

    async cards({ source, jobIds }) {
      const history = await store.read(items.history);
      const profile = await store.read(items.profile);
      const byKey = new Map(history.map((e) => [e.key, e]));
      const results = jobIds.flatMap((jobId) => {
        const entry = byKey.get(`${source}:${jobId}`);
        return entry ? [cardResult(entry, profile)] : [];
      });
      return { results };
    },

    async openSteps(_req, sender) {
      // Without a profile there are no steps yet: the way forward is the setup.
      if (!(await store.read(items.profile))) await deps.openOptions?.();
      else if (sender.tabId !== null) await deps.openSteps?.(sender.tabId);
      return { ok: true as const };
    },

    async tabAdvice({ tabId }) {
      const profile = await store.read(items.profile);
      const raw = (await deps.session.get(`tab:${tabId}`))[`tab:${tabId}`];
      const state = TabState.safeParse(raw);
      const empty = { analysis: null, steps: [], path: null, pathSteps: [], hasProfile: profile !== null };
      if (!state.success) return empty;
      const req = state.data.requirements ?? (await store.read(items.cache))[state.data.hash];
      if (!req) return empty;
      const gap = profile ? match(req, profile, engine.taxonomy) : null;
      const analysis: Analysis = { key: state.data.key, listing: state.data.listing, requirements: req, gap };
      if (!gap || !profile) return { ...empty, analysis };
      const history = await store.read(items.history);
      const demand = new Map<string, number>();
      for (const e of history) for (const id of e.required) demand.set(id, (demand.get(id) ?? 0) + 1);
      const advice = advise(gap, profile, deps.paths, { demand, limit: 5, taxonomyNames: nameOf, taxonomy: engine.taxonomy });
      return { analysis, steps: advice.steps, path: advice.path, pathSteps: advice.pathSteps, hasProfile: true };
    },

    async getProfile() {
      return { profile: await store.read(items.profile), setAside: await store.setAsideRecords() };
    },

    async saveProfile({ profile }) {
      if (profile === null) await removeKeys([items.profile.key]);
      else await store.write(items.profile, { ...profile, version: PROFILE_VERSION, updated: now() });
      await refreshTabs();
      return { ok: true as const };
    },

    async saveSettings({ settings }) {
      await store.write(items.settings, settings);
      await refreshTabs();
      return { ok: true as const };
    },

    async history({ limit }) {
      const history = await store.read(items.history);
      const profile = await store.read(items.profile);
      const entries = history.slice(-limit).reverse().map((e) => ({ ...e, score: profile ? cardResult(e, profile).score : null }));
      return { entries };
    },

    async radar(filter): Promise<Radar> {
      const history = await store.read(items.history);
      const profile = await store.read(items.profile);
      return radar(history, profile, engine.taxonomy, filter, now());
    },

    async clearHistory() {
      await removeKeys([items.history.key, items.cache.key]);
      return { ok: true as const };
    },

    async dismissSetAside({ id }) {
      await removeKeys([id]);
      return { ok: true as const };
    },
  };

  return { handlers, store, refreshTabs, forgetTab: (tabId: number) => deps.session.remove(`tab:${tabId}`) };
}
