// What the worker does for each message. Everything that matters is in storage, never
// only in memory: MV3 may stop the worker between any two messages.
import { z } from 'zod';
import type { Analysis, CardResult, PlanView, Radar, Res, SkillSetting } from '../core/protocol';
import {
  Board, Corrections, HistoryEntry, Listing, ListingMeta, PROFILE_VERSION, Plan, Profile, Requirements, Settings,
  type CorrectionChange, type Gap, type Paths, type SkillLevel, type Step, type Taxonomy,
} from '../core/schema';
import { contentHash } from '../core/hash';
import { guessLanguage } from '../core/language';
import { match, scoreLine } from '../core/match';
import { buildSkillIndex, searchSkills, type SkillIndex } from '../core/skillSearch';
import { advise, choosePath } from '../core/advise';
import { withCustom } from '../core/custom';
import { compactRequirements, expandCompact, radar, radarFilter } from '../core/radar';
import { emptyProfile, migrateProfile } from '../core/profile';
import { applyCorrections, changeCorrections, emptyCorrections, migrateCorrections } from '../core/corrections';
import { changePlan, emptyPlan, migratePlan, skippedSteps } from '../core/plan';
import { flagEvidence } from '../core/evidence';
import { FlagEvidence } from '../core/protocol';
import type { Handlers } from './router';
import { pillView } from '../ui/summary';
import { Records } from './records';
import { Store, type Area, type Item } from './store';
import { TAB_PREFIX, tabKey } from './shared';
import { lazy } from '../core/lazy';
import { defaultSettings } from '../core/wire';

export { CACHE_CAP, HISTORY_CAP } from './records';

export interface Engine {
  taxonomy: Taxonomy;
  extract: (text: string, opts?: { title?: string | null }) => Requirements;
}

const DAY = 86_400_000;

const profileItem: Item<Profile | null> = {
  key: 'profile',
  // Built on first use, as every schema here: the worker's start builds none (core/lazy.ts).
  schema: lazy(() => Profile.nullable()),
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
const correctionsItem: Item<Corrections> = {
  key: 'corrections',
  schema: Corrections,
  fallback: emptyCorrections,
  migrate: (raw: unknown) => {
    // The user's own data: keep every entry that still reads, set the original aside.
    const r = migrateCorrections(raw);
    return 'corrections' in r ? { value: r.corrections, repairs: r.repairs } : { error: r.error };
  },
};

const planItem: Item<Plan> = {
  key: 'plan',
  schema: Plan,
  fallback: emptyPlan,
  migrate: (raw: unknown) => {
    // The user's own data, like corrections: keep every entry that still reads, set the original aside.
    const r = migratePlan(raw);
    return 'plan' in r ? { value: r.plan, repairs: r.repairs } : { error: r.error };
  },
};

// The listing history and the analysis cache are per-entry records in IndexedDB: records.ts.
// Both keep listings as read; the user's corrections apply whenever they are read back.
export const items = { profile: profileItem, settings: settingsItem, corrections: correctionsItem, plan: planItem };

const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { learning: 1, working: 2, strong: 3 };

// The tab keeps its own requirements: the cache may have evicted them (or had no room) by
// the time the popup asks.
const TabState = lazy(() => z.strictObject({
  key: z.string(), hash: z.string(), listing: ListingMeta, requirements: z.optional(Requirements),
  /** The sentences the flags were read from (core/evidence.ts): the text is not kept, so they are found while it is here. */
  evidence: z.optional(FlagEvidence),
}));

export interface ServiceDeps {
  local: Area;
  session: Area;
  engine: Engine;
  paths: Paths;
  version: string;
  /** The IndexedDB database holding the history and the analysis cache (records.ts). */
  recordsDb?: string;
  now?: () => number;
  /** Tell open listing tabs to re-badge (after a profile or settings change). */
  broadcast?: (tabIds: number[]) => Promise<void>;
  /** Show the next steps for a tab (the popup, or the popup page in a tab where it cannot open). */
  openSteps?: (tabId: number) => Promise<void>;
  /** Put the badge panel's code into a tab's isolated world (content/panel.ts). */
  injectPanel?: (tabId: number) => Promise<void>;
  /** Open the options page (profile setup). */
  openOptions?: () => Promise<void>;
}

export function createService(deps: ServiceDeps) {
  const now = deps.now ?? Date.now;
  const store = new Store(deps.local, now);
  const records = new Records({ name: deps.recordsDb ?? 'gaplens', local: deps.local, store, now });
  const removeKeys = async (keys: string[]) => {
    store.forget(keys);
    await deps.local.remove(keys);
  };
  const { engine } = deps;
  // Built on first use: `engine.taxonomy` may be validated only when first asked for (index.ts).
  let names: Map<string, string> | undefined;
  let skillIndex: SkillIndex | undefined;
  const nameOf = (id: string) => (names ??= new Map(engine.taxonomy.skills.map((s) => [s.id, s.name]))).get(id) ?? id;

  let stepsById: Map<string, Step> | undefined;
  /** The plan with what each step is (title, effort, skills), for the popup and the options page. */
  function planView(plan: Plan, profile: Profile | null): PlanView {
    stepsById ??= new Map(deps.paths.steps.map((s) => [s.id, s]));
    const items = plan.steps.map((e) => {
      const s = stepsById!.get(e.step);
      return {
        ...e, title: s?.title ?? null, kind: s?.kind ?? null, effort: s ? { ...s.effort } : null, cost: s?.cost ?? null,
        skills: (s?.skills ?? []).map((id) => ({ id, name: nameOf(id) })), sources: s ? [...s.sources] : [],
      };
    });
    return { items, hoursPerWeek: profile?.constraints.hoursPerWeek ?? null };
  }

  /** The history entry for `listing`, seen now. */
  function entryOf(listing: Listing, hash: string, req: Requirements): HistoryEntry {
    return {
      key: `${listing.source}:${listing.jobId}`, source: listing.source, jobId: listing.jobId, url: listing.url,
      title: listing.title, company: listing.company, seen: now(), hash, ...compactRequirements(req),
      ...(listing.via ? { via: listing.via } : {}),
    };
  }

  async function listingTabs(): Promise<number[]> {
    const all = await deps.session.get(null);
    return Object.keys(all).filter((k) => k.startsWith(TAB_PREFIX)).map((k) => Number(k.slice(TAB_PREFIX.length))).filter(Number.isInteger);
  }

  async function refreshTabs(except: number | null = null): Promise<void> {
    if (deps.broadcast) await deps.broadcast((await listingTabs()).filter((id) => id !== except));
  }

  /** The reading of a listing as the user sees it: their corrections applied. */
  function corrected(req: Requirements, key: string, corrections: Corrections) {
    return applyCorrections(req, key, corrections, engine.taxonomy);
  }

  function analysisOf(key: string, listing: ListingMeta, raw: Requirements, corrections: Corrections, profile: Profile | null): Analysis {
    const { requirements, applied } = corrected(raw, key, corrections);
    const gap = profile ? match(requirements, profile, engine.taxonomy) : null;
    return {
      key, listing, requirements, gap,
      ...(applied.length > 0 ? { corrections: applied } : {}),
      ...(gap ? { why: scoreLine(gap) } : {}),
    };
  }

  /**
   * A history entry as the user sees it: the listing's own overrides applied (a "never count"
   * rule needs the words, which an entry does not keep: it reaches a listing when it is read again).
   */
  function seenAs(entry: HistoryEntry, corrections: Corrections): HistoryEntry {
    if (!corrections.listings.some((o) => o.listing === entry.key)) return entry;
    return { ...entry, ...compactRequirements(corrected(expandCompact(entry, engine.taxonomy), entry.key, corrections).requirements) };
  }

  function cardResult(stored: HistoryEntry, profile: Profile | null, corrections: Corrections): CardResult {
    const entry = seenAs(stored, corrections);
    const req = expandCompact(entry, engine.taxonomy);
    const gap = profile ? match(req, profile, engine.taxonomy) : null;
    // Nothing asked as required but some nice-to-haves: the card counts those (as the detail badge does), not "unclear".
    const reqN = gap ? gap.required.have.length + gap.required.missing.length : entry.required.length;
    const prefN = gap ? gap.preferred.have.length + gap.preferred.missing.length : entry.preferred.length;
    const preferredOnly = reqN === 0 && prefN > 0;
    const part = gap ? (preferredOnly ? gap.preferred : gap.required) : null;
    const ids = preferredOnly ? entry.preferred : entry.required;
    return {
      jobId: entry.jobId,
      score: gap ? gap.score : null,
      requiredHave: part ? part.have.length : 0,
      have: part ? part.have.map((h) => h.name) : [],
      requiredTotal: part ? part.have.length + part.missing.length : ids.length,
      missing: part ? part.missing.map((m) => m.name) : [],
      required: ids.map((id) => profile?.custom?.find((c) => c.id === id)?.name ?? nameOf(id)),
      ...(preferredOnly ? { preferredOnly } : {}),
    };
  }

  /**
   * Reads a tab's listing (or takes the reading cached by its content hash), stores it with
   * the tab's state, and returns it as the user sees it.
   */
  async function analyseListing(listing: Listing, tabId: number | null): Promise<Analysis> {
    // Checked against the protocol by the router before it gets here (once: a second parse
    // of the same listing would only cost the badge time).
    const parsed: Listing = listing;
    const hash = contentHash(`${parsed.title ?? ''}\n${parsed.text}`);
    // The four reads go out together: each is a storage round trip, and the badge waits for them.
    const [settings, hit, profile, corrections] = await Promise.all([store.read(items.settings), records.analysis(hash), store.read(items.profile), store.read(items.corrections)]);
    // Checked here, not only in the content script, which sends before it knows its settings.
    if (settings.boards[parsed.source] === false) {
      throw new Error(`GapLens is turned off on ${parsed.source}.`);
    }
    const base = hit ?? engine.extract(parsed.text, { title: parsed.title });
    // The user's own skills are looked for afresh (they change with the profile); the cache keeps the taxonomy's reading.
    const req = withCustom(base, parsed.text, { title: parsed.title }, profile?.custom);
    const { text: _text, ...read } = parsed;
    // The posting's language, for the panel to say when sections could not be read in it.
    const lang = read.lang ?? guessLanguage(parsed.text);
    const meta = lang ? { ...read, lang } : read;
    const key = `${parsed.source}:${parsed.jobId}`;
    // The records and the tab keep the reading as extracted; corrections apply on the way out.
    const analysis = analysisOf(key, meta, req, corrections, profile);
    // Stored before it is answered (the worker may be stopped after any answer): the
    // listing's own records (one transaction) and the tab's state side by side.
    await Promise.all([
      records.seen(entryOf(parsed, hash, req), hit ? null : { hash, requirements: base }),
      tabId !== null ? deps.session.set({ [tabKey(tabId)]: TabState.parse({ key, hash, listing: meta, requirements: req, ...(req.years || req.degree ? { evidence: flagEvidence(parsed.text, req) } : {}) }) }) : undefined,
    ]);
    return analysis;
  }

  /** A cached reading with the user's own skills the history entry lists (found when the listing was read). */
  function withEntrySkills(cached: Requirements, entry: HistoryEntry, profile: Profile | null): Requirements {
    const have = new Set(cached.skills.map((s) => s.id));
    const own = (ids: string[], section: 'required' | 'preferred') => ids.flatMap((id) => {
      const custom = have.has(id) ? undefined : profile?.custom?.find((c) => c.id === id);
      if (!custom) return [];
      have.add(id);
      return [{ id, name: custom.name, category: 'tool' as const, section, mentions: [custom.name], group: null }];
    });
    const extra = [...own(entry.required, 'required'), ...own(entry.preferred, 'preferred')];
    return extra.length ? { ...cached, skills: [...cached.skills, ...extra] } : cached;
  }

  /** The steps for a gap: weighted by what the user's viewed listings ask, minus steps done or declined. */
  async function adviceFor(gap: Gap, profile: Profile, plan: Plan) {
    const history = await records.history();
    const demand = new Map<string, number>();
    for (const e of history) for (const id of e.required) demand.set(id, (demand.get(id) ?? 0) + 1);
    const declined = new Set(plan.steps.filter((e) => e.state === 'dismissed').map((e) => e.step));
    const advice = advise(gap, profile, deps.paths, {
      demand, limit: 5, taxonomyNames: nameOf, taxonomy: engine.taxonomy, skip: skippedSteps(plan), declined, pathId: profile.path ?? null,
    });
    return { steps: advice.steps, path: advice.path, pathSteps: advice.pathSteps };
  }

  const handlers: Handlers = {
    async hello() {
      return { version: deps.version, settings: await store.read(items.settings) };
    },

    analyse: ({ listing }, sender) => analyseListing(listing, sender.tabId),

    async badge({ listing }, sender) {
      const analysis = await analyseListing(listing, sender.tabId);
      return { key: analysis.key, pill: pillView(analysis) };
    },

    async tabListing({ key }, sender) {
      if (sender.tabId === null) return { analysis: null };
      const analysis = await tabAnalysis(sender.tabId);
      return { analysis: analysis?.key === key ? analysis : null };
    },

    async cardListing({ key }) {
      const [[entry], profile, corrections] = await Promise.all([records.entries([key]), store.read(items.profile), store.read(items.corrections)]);
      if (!entry) return { analysis: null };
      // The reading cached for its text (its sections, flags and words as read), else the
      // history's compact copy; the user's own skills, which the cache does not keep, from the entry.
      const cached = await records.analysis(entry.hash);
      const req = cached ? withEntrySkills(cached, entry, profile) : expandCompact(entry, engine.taxonomy);
      const meta: ListingMeta = { source: entry.source, url: entry.url, jobId: entry.jobId, title: entry.title, company: entry.company, location: null, ...(entry.via ? { via: entry.via } : {}) };
      return { analysis: analysisOf(key, meta, req, corrections, profile) };
    },

    async cards({ source, jobIds }) {
      // Only the entries of these cards are read.
      const [entries, profile, corrections] = await Promise.all([
        records.entries(jobIds.map((jobId) => `${source}:${jobId}`)), store.read(items.profile), store.read(items.corrections),
      ]);
      return { results: entries.map((entry) => cardResult(entry, profile, corrections)) };
    },

    async openSteps(_req, sender) {
      // Without a profile there are no steps yet: the way forward is the setup.
      if (!(await store.read(items.profile))) await deps.openOptions?.();
      else if (sender.tabId !== null) await deps.openSteps?.(sender.tabId);
      return { ok: true as const };
    },

    async panel(_req, sender) {
      if (sender.tabId === null || !deps.injectPanel) throw new Error('the panel can only open in a tab');
      await deps.injectPanel(sender.tabId);
      return { ok: true as const };
    },

    async tabAdvice({ tabId }) {
      const [profile, plan] = await Promise.all([store.read(items.profile), store.read(items.plan)]);
      const raw = (await deps.session.get(tabKey(tabId)))[tabKey(tabId)];
      const state = TabState.safeParse(raw);
      const empty = { analysis: null, steps: [], path: null, pathSteps: [], hasProfile: profile !== null };
      if (!state.success) return empty;
      const req = state.data.requirements ?? await records.analysis(state.data.hash);
      if (!req) return empty;
      const analysis = analysisOf(state.data.key, state.data.listing, req, await store.read(items.corrections), profile);
      const gap = analysis.gap;
      const evidence = state.data.evidence ? { evidence: state.data.evidence } : {};
      if (!gap || !profile) return { ...empty, analysis, ...evidence };
      // The popup's path picker: every curated path, and the one for this person's background and targets.
      const choices = deps.paths.paths.map((p) => ({ id: p.id, title: p.title }));
      const suggestedPath = choosePath(deps.paths.paths, profile)?.id ?? null;
      return { analysis, ...await adviceFor(gap, profile, plan), hasProfile: true, ...evidence, choices, suggestedPath };
    },

    async pasteAdvice({ text }) {
      const [profile, plan, corrections] = await Promise.all([store.read(items.profile), store.read(items.plan), store.read(items.corrections)]);
      // A short first line is the job title in most pasted descriptions ("Data Scientist, Acme").
      const first = text.trim().split('\n', 1)[0]!.trim();
      const title = first.length > 0 && first.length <= 120 ? first : null;
      const read = withCustom(engine.extract(text, { title }), text, { title }, profile?.custom);
      const { requirements, applied } = applyCorrections(read, null, corrections, engine.taxonomy);
      const gap = profile ? match(requirements, profile, engine.taxonomy) : null;
      const analysis = { title, requirements, gap, ...(applied.length > 0 ? { corrections: applied } : {}) };
      if (!gap || !profile) return { analysis, steps: [], path: null, pathSteps: [], hasProfile: profile !== null };
      return { analysis, ...await adviceFor(gap, profile, plan), hasProfile: true };
    },

    async correct({ change }, sender) {
      const undo = await applyChange(change);
      await refreshTabs(sender.tabId);
      return { undo, analysis: sender.tabId !== null ? await tabAnalysis(sender.tabId) : null };
    },

    async findSkills({ query }) {
      skillIndex ??= buildSkillIndex(engine.taxonomy.skills);
      return { skills: searchSkills(skillIndex, query, 8).map((r) => ({ id: r.skill.id, name: r.skill.name, via: r.via })) };
    },

    async getCorrections() {
      return { corrections: await store.read(items.corrections) };
    },

    async saveCorrections({ corrections }) {
      await store.write(items.corrections, corrections);
      await refreshTabs();
      return { ok: true as const };
    },

    async correctionsView() {
      const corrections = await store.read(items.corrections);
      const keys = [...new Set(corrections.listings.map((o) => o.listing))];
      const entries = keys.length ? await records.entries(keys) : [];
      const listings = entries.map((e) => ({ key: e.key, source: e.source, url: e.url, title: e.title, company: e.company }));
      const ids = new Set([...corrections.listings.map((o) => o.skill), ...corrections.never.map((r) => r.skill)]);
      return { corrections, listings, names: Object.fromEntries([...ids].map((id) => [id, nameOf(id)])) };
    },

    async getPlan() {
      const [plan, profile] = await Promise.all([store.read(items.plan), store.read(items.profile)]);
      return planView(plan, profile);
    },

    async planStep({ change }) {
      const [plan, profile] = await Promise.all([store.read(items.plan), store.read(items.profile)]);
      const next = changePlan(plan, change, now());
      await store.write(items.plan, next.plan);
      return { undo: next.undo, plan: planView(next.plan, profile) };
    },

    async savePlan({ plan }) {
      await store.write(items.plan, plan);
      return { ok: true as const };
    },

    async setSkills({ skills, onlyRaise }): Promise<Res<'setSkills'>> {
      const profile = (await store.read(items.profile)) ?? emptyProfile(now());
      const levels = new Map(profile.skills.map((s) => [s.id, s.level]));
      const changed: Res<'setSkills'>['changed'] = [];
      const undo: SkillSetting[] = [];
      for (const { id, level } of skills) {
        const from = levels.get(id) ?? null;
        if (from === level || changed.some((c) => c.id === id)) continue;
        // Raising never lowers: a strong skill stays strong when a course says "working".
        if (onlyRaise && (level === null || (from !== null && LEVEL_RANK[from] >= LEVEL_RANK[level]))) continue;
        changed.push({ id, name: nameOf(id), from, to: level });
        undo.push({ id, level: from });
      }
      if (changed.length > 0) {
        const set = new Map(changed.map((c) => [c.id, c.to]));
        // Changed skills keep their place; new ones go first, as "I have this" adds them.
        const kept = profile.skills.flatMap((s) => {
          if (!set.has(s.id)) return [s];
          const to = set.get(s.id)!;
          return to === null ? [] : [{ id: s.id, level: to }];
        });
        const added = changed.filter((c) => c.from === null && c.to !== null).map((c) => ({ id: c.id, level: c.to! }));
        await store.write(items.profile, { ...profile, skills: [...added, ...kept], version: PROFILE_VERSION, updated: now() });
        await refreshTabs();
      }
      return { changed, undo };
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

    async history({ limit, filter }) {
      // Only the `limit` newest entries that pass the filter are read (a window starts the
      // walk at its first day), and the whole history is counted, not read.
      const t = now();
      const keep = filter ? radarFilter(filter, t) : undefined;
      const since = filter?.days ? t - filter.days * DAY : null;
      const [newest, total, profile, corrections] = await Promise.all([
        records.newest(limit, keep, since), records.count(), store.read(items.profile), store.read(items.corrections),
      ]);
      const entries = newest.map((e) => ({ ...e, score: profile ? cardResult(e, profile, corrections).score : null }));
      return { entries, total };
    },

    async radar(filter): Promise<Radar> {
      // A time window reads only the entries seen within it (the `seen` index).
      const t = now();
      const [history, profile, corrections] = await Promise.all([
        records.history(filter.days === null ? null : t - filter.days * DAY), store.read(items.profile), store.read(items.corrections),
      ]);
      return radar(corrections.listings.length ? history.map((e) => seenAs(e, corrections)) : history, profile, engine.taxonomy, filter, t);
    },

    async clearHistory() {
      await records.clear();
      return { ok: true as const };
    },

    async forgetListing({ key }) {
      return { entry: await records.forget(key) };
    },

    async restoreListing({ entry }) {
      await records.restore(entry);
      return { ok: true as const };
    },

    async dismissSetAside({ id }) {
      await removeKeys([id]);
      return { ok: true as const };
    },
  };

  /** Make one change; answer the change that undoes it. */
  async function applyChange(change: CorrectionChange): Promise<CorrectionChange> {
    if (change.kind === 'have') {
      const profile = (await store.read(items.profile)) ?? emptyProfile(now());
      const old = profile.skills.find((s) => s.id === change.skill);
      const rest = profile.skills.filter((s) => s.id !== change.skill);
      const skills = change.level === null ? rest : [{ id: change.skill, level: change.level }, ...rest];
      await store.write(items.profile, { ...profile, skills, version: PROFILE_VERSION, updated: now() });
      return { kind: 'have', skill: change.skill, level: old ? old.level : null };
    }
    const { corrections, undo } = changeCorrections(await store.read(items.corrections), change, now());
    await store.write(items.corrections, corrections);
    return undo;
  }

  /** The listing in a tab as the user now sees it, or null when the tab has none. */
  async function tabAnalysis(tabId: number): Promise<Analysis | null> {
    const state = TabState.safeParse((await deps.session.get(tabKey(tabId)))[tabKey(tabId)]);
    if (!state.success) return null;
    const req = state.data.requirements ?? await records.analysis(state.data.hash);
    if (!req) return null;
    const [corrections, profile] = await Promise.all([store.read(items.corrections), store.read(items.profile)]);
    return analysisOf(state.data.key, state.data.listing, req, corrections, profile);
  }

  return { handlers, store, records, refreshTabs, forgetTab: (tabId: number) => deps.session.remove(tabKey(tabId)) };
}
