// The worker's service over storage that misbehaves: full, corrupted, written by a newer
// release, interrupted mid-write, and a worker that is stopped and started again between
// messages. Real extraction engine and real curated paths; in-memory storage areas with
// the same copy semantics as storage.local / storage.session, and an in-memory IndexedDB
// (fake-indexeddb) for the history and analysis records.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import taxonomyJson from '../../data/skills.json';
import pathsJson from '../../data/paths.json';
import { createEngine } from '../../src/core/engine';
import { HistoryEntry, Paths, PROFILE_VERSION, Profile, type Listing } from '../../src/core/schema';
import { Analysis } from '../../src/core/protocol';
import { createService, HISTORY_CAP, type ServiceDeps } from '../../src/background/service';
import { contentHash } from '../../src/core/hash';
import type { Area } from '../../src/background/store';
import { memoryArea } from './memory-area';
import { pillView } from '../../src/ui/summary';

const engine = createEngine(taxonomyJson);
const paths = Paths.parse(pathsJson);

const PROFILE: Profile = {
  version: PROFILE_VERSION,
  skills: [{ id: 'python', level: 'strong' }, { id: 'sql', level: 'working' }, { id: 'statistics', level: 'strong' }],
  education: { level: 'phd', field: 'Molecular biology' },
  years: 4,
  background: 'life-sciences',
  targets: ['ml-engineer'],
  domains: ['genomics'],
  constraints: { hoursPerWeek: 8, budget: 'low', fullTimeStudy: false, relocation: false },
  updated: 1_700_000_000_000,
};

const TEXT = 'Requirements:\n- 3+ years of Python and SQL\n- Experience with PyTorch and Kubernetes\nNice to have: Spark.';
const listing = (jobId: string, text = TEXT, source: Listing['source'] = 'linkedin'): Listing => ({
  source, url: `https://www.linkedin.com/jobs/view/${jobId}/`, jobId, title: 'Machine Learning Engineer', company: 'Acme', location: null, text,
});

/** A clock that moves one second per call: set-aside ids and `seen` stamps stay distinct. */
function clock(start = 1_700_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

/** One IndexedDB database per storage.local area: a service over the same area is a restarted worker. */
const databases = new WeakMap<Area, string>();
let dbCount = 0;
const dbFor = (local: Area) => databases.get(local) ?? (databases.set(local, `service-test-${++dbCount}`), databases.get(local)!);

function service(over: Partial<ServiceDeps> = {}) {
  const local = over.local ?? memoryArea();
  const session = over.session ?? memoryArea();
  const spy = vi.fn(engine.extract);
  const svc = createService({ local, session, engine: { taxonomy: engine.taxonomy, extract: spy }, paths, version: '0.1.0', now: clock(), recordsDb: dbFor(local), ...over });
  return { ...svc, local, session, extract: spy };
}

/** Make IndexedDB writes fail as a full disk does, `times` times (Infinity: always). */
function quotaFailures(times: number) {
  let left = times;
  const put = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left > 0) { left--; throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }
    return put.apply(this, args);
  });
  return { restore: () => spy.mockRestore() };
}

/** Seed the history as a worker would have stored it: one listing at a time. */
async function seedHistory(s: ReturnType<typeof service>, entries: HistoryEntry[]): Promise<void> {
  for (const e of entries) await s.records.seen(e, null);
}
const content = (tabId: number | null = 7) => ({ kind: 'content' as const, tabId });
const page = { kind: 'page' as const, tabId: null };

function historyEntries(n: number, start = 1_600_000_000_000): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `indeed:${i.toString(16).padStart(16, '0')}`, source: 'indeed', jobId: i.toString(16).padStart(16, '0'),
    url: `https://www.indeed.com/viewjob?jk=${i.toString(16).padStart(16, '0')}`, title: `Data Scientist ${i}`, company: 'Acme',
    seen: start + i, hash: `h${i}`, required: ['python', 'sql'], preferred: ['spark'], groups: [], years: 3, degree: null,
  }));
}

describe('storage full', () => {
  it('quota exceeded while saving a listing: the oldest half goes, the newest stay, the analysis still answers, the profile is untouched', async () => {
    const before = historyEntries(200);
    const local = memoryArea({ profile: PROFILE });
    const s = service({ local });
    await seedHistory(s, before);
    const full = quotaFailures(1);
    const analysis = await s.handlers.analyse({ listing: listing('4000000001') }, content()).finally(full.restore);
    expect(Analysis.safeParse(analysis).success).toBe(true);
    expect(analysis.gap?.required.have.map((h) => h.id)).toContain('python');

    const history = await service({ local }).records.history();
    expect(history).toHaveLength(before.length / 2 + 1);
    // The newest survive, oldest first out, and the listing just seen is among them.
    expect(history.at(-1)!.key).toBe('linkedin:4000000001');
    expect(history.at(-2)!.key).toBe(before.at(-1)!.key);
    expect(history[0]!.key).toBe(before[before.length / 2]!.key);
    expect(local.data.get('profile')).toEqual(PROFILE);
  });

  it('storage so full that nothing more fits: the badge still gets its analysis, nothing already stored is lost', async () => {
    const local = memoryArea({ profile: PROFILE });
    const s = service({ local });
    const before = historyEntries(50);
    await seedHistory(s, before);
    const full = quotaFailures(Infinity);
    const analysis = await s.handlers.analyse({ listing: listing('4000000002') }, content()).finally(full.restore);
    expect(Analysis.safeParse(analysis).success).toBe(true);
    expect(analysis.gap).not.toBeNull();
    // Every failed attempt was rolled back whole, its trimming included.
    expect(await service({ local }).records.history()).toEqual(before);
    expect(local.data.get('profile')).toEqual(PROFILE);
    expect(await s.handlers.getProfile({}, page)).toMatchObject({ profile: PROFILE });
  });
});

describe('damaged and foreign profile records', () => {
  it('a corrupted profile is set aside intact with a notice, never silently dropped', async () => {
    const corrupt = { version: 2, skills: 'python, sql', education: 'PhD', years: -3 };
    const local = memoryArea({ profile: corrupt });
    const s = service({ local });
    const { profile, setAside } = await s.handlers.getProfile({}, page);
    expect(profile).toBeNull();
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.key).toBe('profile');
    expect(setAside[0]!.reason).not.toBe('');
    expect(JSON.parse(setAside[0]!.original)).toEqual(corrupt);
    // Badges keep working without a profile.
    expect((await s.handlers.analyse({ listing: listing('4000000003') }, content())).gap).toBeNull();
    // Saving a new profile does not touch the set-aside copy; dismissing it is the user's call.
    await s.handlers.saveProfile({ profile: PROFILE }, page);
    expect(JSON.parse((await s.handlers.getProfile({}, page)).setAside[0]!.original)).toEqual(corrupt);
  });

  it('a profile from a newer version is set aside, not overwritten or downgraded', async () => {
    const newer = { ...PROFILE, version: PROFILE_VERSION + 1, skills: [{ id: 'python', level: 'expert', since: 2019 }], portfolio: ['x'] };
    const local = memoryArea({ profile: newer });
    const s = service({ local });
    const { profile, setAside } = await s.handlers.getProfile({}, page);
    expect(profile).toBeNull();
    expect(setAside).toHaveLength(1);
    expect(setAside[0]!.reason).toMatch(/newer/i);
    expect(JSON.parse(setAside[0]!.original)).toEqual(newer);
    await s.handlers.saveProfile({ profile: PROFILE }, page);
    await s.handlers.getProfile({}, page);
    const kept = [...local.data].filter(([k]) => k.startsWith('setAside:profile:'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse((kept[0]![1] as { original: string }).original)).toEqual(newer);
  });

  it('a v1 profile is migrated to the current version and written back', async () => {
    const v1 = { version: 1, skills: ['python', 'sql'], degree: 'master', field: 'Physics', years: 2, background: 'physics', targets: ['data-scientist'] };
    const local = memoryArea({ profile: v1 });
    const s = service({ local });
    const { profile, setAside } = await s.handlers.getProfile({}, page);
    expect(profile).toMatchObject({
      version: PROFILE_VERSION,
      skills: [{ id: 'python', level: 'working' }, { id: 'sql', level: 'working' }],
      education: { level: 'master', field: 'Physics' },
      years: 2, background: 'physics', targets: ['data-scientist'],
    });
    expect(Profile.safeParse(local.data.get('profile')).success).toBe(true);
    expect(setAside).toEqual([]);
  });

  it('a repaired profile keeps its original: the set-aside copy is written before the repaired record', async () => {
    const damaged = { ...PROFILE, skills: [{ id: 'python', level: 'strong' }, { id: 'python', level: 'learning' }], colour: 'blue' };
    // The second write fails, as a worker stopped mid-way would leave it.
    for (const failing of [1, 2]) {
      // Interrupted at the first write (the set-aside copy) or the second (the repaired record).
      const local = flaky(memoryArea({ profile: damaged }), [failing]);
      const s = service({ local });
      const { profile } = await s.handlers.getProfile({}, page);
      expect(profile?.skills).toEqual([{ id: 'python', level: 'strong' }]);
      const originals = [...local.data].filter(([k]) => k === 'profile' || k.startsWith('setAside:profile:')).map(([, v]) =>
        typeof v === 'object' && v && 'original' in v ? JSON.parse((v as { original: string }).original) : v);
      expect(originals, `write ${failing} interrupted`).toContainEqual(damaged);
      // Once writes go through again, the repair is stored and the original is in the set-aside list.
      const again = await s.handlers.getProfile({}, page);
      expect(again.setAside.map((r) => JSON.parse(r.original))).toContainEqual(damaged);
      expect(Profile.parse(local.data.get('profile')).skills).toEqual([{ id: 'python', level: 'strong' }]);
    }
  });

  it('two records set aside in the same millisecond are both kept', async () => {
    const first = { version: 2, skills: 'a' };
    const second = { version: 2, skills: 'b' };
    const local = memoryArea({ profile: first });
    const s = service({ local, now: () => 1_700_000_000_000 });
    await s.handlers.getProfile({}, page);
    await local.set({ profile: second });
    const { setAside } = await s.handlers.getProfile({}, page);
    expect(setAside.map((r) => JSON.parse(r.original))).toEqual(expect.arrayContaining([first, second]));
  });

  it('a corrupted profile is kept in place when even the set-aside copy cannot be written', async () => {
    const corrupt = { version: 2, skills: 42 };
    const local = memoryArea({ profile: corrupt }, { quota: JSON.stringify([['profile', corrupt]]).length });
    const s = service({ local });
    const { profile } = await s.handlers.getProfile({}, page);
    expect(profile).toBeNull();
    expect(local.data.get('profile')).toEqual(corrupt);
  });
});

/** An area whose n-th set() calls (1-based) throw, as an interrupted write does. */
function flaky(area: Area & { data: Map<string, unknown> }, failing: number[]): Area & { data: Map<string, unknown> } {
  let calls = 0;
  return {
    ...area,
    async set(items) {
      calls++;
      if (failing.includes(calls)) throw new Error('The worker was stopped during the write');
      return area.set(items);
    },
  };
}

describe('interrupted writes', () => {
  it('a save that throws mid-way leaves the previous profile readable', async () => {
    const local = flaky(memoryArea({ profile: PROFILE }), [1]);
    const s = service({ local });
    const next = { ...PROFILE, years: 9, skills: [...PROFILE.skills, { id: 'pytorch', level: 'learning' as const }] };
    await expect(s.handlers.saveProfile({ profile: next }, page)).rejects.toThrow(/stopped/);
    expect((await s.handlers.getProfile({}, page)).profile).toEqual(PROFILE);
    // The next save goes through.
    await s.handlers.saveProfile({ profile: next }, page);
    expect((await s.handlers.getProfile({}, page)).profile).toMatchObject({ years: 9 });
  });

  it('a save that leaves a torn record behind is set aside on the next read, not used and not lost', async () => {
    const local = memoryArea({ profile: PROFILE });
    const torn = JSON.stringify(PROFILE).slice(0, 57);
    await local.set({ profile: torn });
    const s = service({ local });
    const { profile, setAside } = await s.handlers.getProfile({}, page);
    expect(profile).toBeNull();
    expect(JSON.parse(setAside[0]!.original)).toBe(torn);
  });
});

describe('history, cache and cards', () => {
  it(`history is capped at HISTORY_CAP (${HISTORY_CAP}), oldest evicted first; a listing seen again moves to the end`, async () => {
    const full = historyEntries(HISTORY_CAP);
    const local = memoryArea({ history: full });
    const s = service({ local });
    await s.handlers.analyse({ listing: listing('4000000004') }, content());
    let history = await service({ local }).records.history();
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]!.key).toBe(full[1]!.key);
    expect(history.at(-1)!.key).toBe('linkedin:4000000004');

    await s.handlers.analyse({ listing: { ...listing(full[500]!.jobId, TEXT, 'indeed'), url: full[500]!.url } }, content());
    history = await service({ local }).records.history();
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history.filter((e) => e.key === full[500]!.key)).toHaveLength(1);
    expect(history.at(-1)!.key).toBe(full[500]!.key);
    expect(history[0]!.key).toBe(full[1]!.key);
    // The worker's own view of the history agrees with storage.
    expect(await s.records.history()).toEqual(history);
  });

  it('analyses are cached by content hash: the same text is read once, across listings and worker restarts', async () => {
    const local = memoryArea();
    const a = service({ local });
    const first = await a.handlers.analyse({ listing: listing('4000000005') }, content());
    expect(a.extract).toHaveBeenCalledTimes(1);
    // Another listing with the same title and text (boards repost): a hit.
    const same = await a.handlers.analyse({ listing: listing('4000000006') }, content());
    expect(a.extract).toHaveBeenCalledTimes(1);
    expect(same.requirements).toEqual(first.requirements);
    // One character more: a miss.
    await a.handlers.analyse({ listing: listing('4000000007', `${TEXT} Go.`) }, content());
    expect(a.extract).toHaveBeenCalledTimes(2);
    // A new worker over the same storage finds the cache.
    const b = service({ local });
    expect((await b.handlers.analyse({ listing: listing('4000000005') }, content())).requirements).toEqual(first.requirements);
    expect(b.extract).not.toHaveBeenCalled();
  });

  it('cards answer from history by board and job id, and only for what was analysed', async () => {
    const local = memoryArea({ profile: PROFILE });
    const s = service({ local });
    await s.handlers.analyse({ listing: listing('4000000008') }, content());
    await s.handlers.analyse({ listing: { ...listing('bf873f62104b48b5', 'Requirements: Java and Scala.', 'indeed'), url: 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5' } }, content());
    const { results } = await s.handlers.cards({ source: 'linkedin', jobIds: ['4000000008', '4000000009', 'bf873f62104b48b5'] }, content());
    expect(results.map((r) => r.jobId)).toEqual(['4000000008']);
    expect(results[0]).toMatchObject({ requiredHave: 2, requiredTotal: 4 });
    expect(results[0]!.missing).toEqual(expect.arrayContaining(['PyTorch', 'Kubernetes']));
    // The card's panel lists what the pill counts: the skills had and the skills missing, apart.
    expect(results[0]!.have).toHaveLength(2);
    expect(results[0]!.have.filter((n) => results[0]!.missing.includes(n))).toEqual([]);
    const indeed = await s.handlers.cards({ source: 'indeed', jobIds: ['4000000008', 'bf873f62104b48b5'] }, content());
    expect(indeed.results.map((r) => r.jobId)).toEqual(['bf873f62104b48b5']);
    // Without a profile a card still names what is asked, with no score.
    await s.handlers.saveProfile({ profile: null }, page);
    expect((await s.handlers.cards({ source: 'linkedin', jobIds: ['4000000008'] }, content())).results[0]).toMatchObject({ score: null, requiredTotal: 4 });
  });
});

describe('worker restarts', () => {
  it('tabAdvice after a restart: a new service over the same storage still answers for the tab', async () => {
    const local = memoryArea({ profile: PROFILE });
    const session = memoryArea();
    const a = service({ local, session });
    const analysed = await a.handlers.analyse({ listing: listing('4000000010') }, content(42));

    const b = service({ local, session });
    const advice = await b.handlers.tabAdvice({ tabId: 42 }, page);
    expect(advice.analysis).toEqual(analysed);
    expect(advice.hasProfile).toBe(true);
    expect(advice.steps.length).toBeGreaterThan(0);
    expect(b.extract).not.toHaveBeenCalled();
    expect((await b.handlers.tabAdvice({ tabId: 43 }, page)).analysis).toBeNull();
  });

  it('tabAdvice still answers for an open tab after many other listings pushed its analysis out of the cache', async () => {
    const local = memoryArea({ profile: PROFILE });
    const session = memoryArea();
    const s = service({ local, session });
    const analysed = await s.handlers.analyse({ listing: listing('4000000011') }, content(5));
    for (let i = 0; i < 310; i++) await s.handlers.analyse({ listing: listing(String(5_000_000_000 + i), `${TEXT}\nListing ${i}.`) }, content(6));
    const restarted = service({ local, session });
    expect((await restarted.handlers.tabAdvice({ tabId: 5 }, page)).analysis).toEqual(analysed);
  });
});

describe('the badge and its panel', () => {
  it('a board tab gets only the pill; its panel gets the listing in full from the tab, and nothing once the tab has moved on', async () => {
    const local = memoryArea({ profile: PROFILE });
    const session = memoryArea();
    const s = service({ local, session });
    const answer = await s.handlers.badge({ listing: listing('4000000012') }, content(9));
    expect(Object.keys(answer).sort()).toEqual(['key', 'pill']);
    expect(answer.key).toBe('linkedin:4000000012');
    // The same listing as a page would see it: the pill is drawn from exactly that.
    const full = await s.handlers.analyse({ listing: listing('4000000012') }, page);
    expect(answer.pill).toEqual(pillView(full));
    expect(answer.pill.text).toMatch(/^\d+\/\d+$/);
    // Stored before it answered: a new worker gives the panel the listing.
    const restarted = service({ local, session });
    expect((await restarted.handlers.tabListing({ key: answer.key }, content(9))).analysis).toEqual(full);
    // Another tab, a stale key, or no tab at all: nothing.
    expect((await restarted.handlers.tabListing({ key: answer.key }, content(10))).analysis).toBeNull();
    await s.handlers.badge({ listing: listing('4000000013', `${TEXT} Go.`) }, content(9));
    expect((await s.handlers.tabListing({ key: answer.key }, content(9))).analysis).toBeNull();
    expect((await s.handlers.tabListing({ key: answer.key }, content(null))).analysis).toBeNull();
  });

  it('a card\'s panel gets its listing from the history, read and corrected as on its own page; a listing never read gets nothing', async () => {
    const s = service({ local: memoryArea({ profile: PROFILE }) });
    const own = await s.handlers.analyse({ listing: listing('4000000014') }, content(3));
    await s.handlers.correct({ change: { kind: 'listing', listing: own.key, skill: 'kubernetes', action: 'drop' } }, content(3));
    const corrected = await s.handlers.analyse({ listing: listing('4000000014') }, page);
    const card = (await s.handlers.cardListing({ key: own.key }, content(4))).analysis!;
    expect(card.requirements).toEqual(corrected.requirements);
    expect(card.gap).toEqual(corrected.gap);
    expect(card.corrections).toEqual(corrected.corrections);
    expect(card.listing).toMatchObject({ source: 'linkedin', jobId: '4000000014' });
    expect((await s.handlers.cardListing({ key: 'linkedin:999' }, content(4))).analysis).toBeNull();
  });
});

describe('the path the user picked (popup "Your path")', () => {
  it('offers every curated path with the one for the background first, and the steps follow a picked path until it is unpicked', async () => {
    const local = memoryArea({ profile: PROFILE });
    const session = memoryArea();
    const s = service({ local, session });
    await s.handlers.analyse({ listing: listing('4000000020') }, content(9));
    const auto = await s.handlers.tabAdvice({ tabId: 9 }, page);
    expect(auto.choices!.length).toBeGreaterThan(5);
    // A life scientist aiming at ML engineering: the bioinformatics path leads there.
    expect(auto.suggestedPath).toBe('bioinformatician-to-ml-scientist-biology-chemistry');
    expect(auto.path!.id).toBe(auto.suggestedPath);

    await s.handlers.saveProfile({ profile: { ...PROFILE, path: 'software-engineer-to-ml-engineer' } }, page);
    const picked = await s.handlers.tabAdvice({ tabId: 9 }, page);
    expect(picked.path!.id).toBe('software-engineer-to-ml-engineer');
    expect(picked.suggestedPath).toBe(auto.suggestedPath);
    expect(picked.pathSteps.map((x) => x.id)).not.toEqual(auto.pathSteps.map((x) => x.id));
    expect(picked.pathSteps.length).toBeGreaterThan(0);

    // Stored with the profile, so it survives a restart; null goes back to the background's path.
    expect((await service({ local, session }).handlers.tabAdvice({ tabId: 9 }, page)).path!.id).toBe('software-engineer-to-ml-engineer');
    await s.handlers.saveProfile({ profile: { ...PROFILE, path: null } }, page);
    expect((await s.handlers.tabAdvice({ tabId: 9 }, page)).path!.id).toBe(auto.suggestedPath);
  });

  it('a path id that is not a well-formed id is refused, not stored', async () => {
    const s = service();
    await expect(s.handlers.saveProfile({ profile: { ...PROFILE, path: '<img src=x>' } as unknown as Profile }, page)).rejects.toThrow();
  });
});

describe('boards turned off', () => {
  it('the worker refuses to analyse a listing from a board the user turned off, and records nothing', async () => {
    const s = service();
    const { handlers } = s;
    const { settings } = await handlers.hello({}, page);
    await handlers.saveSettings({ settings: { ...settings, boards: { ...settings.boards, indeed: false } } }, page);
    await expect(handlers.analyse({ listing: listing('jk1', TEXT, 'indeed') }, content())).rejects.toThrow(/turned off on indeed/);
    expect(await s.records.history()).toEqual([]);
    // Other boards still work.
    await expect(handlers.analyse({ listing: listing('42') }, content())).resolves.toMatchObject({ key: 'linkedin:42' });
  });
});

describe('how a listing was read', () => {
  it('keeps the reader chain link in the history entry and tells the language of a posting not in English', async () => {
    const local = memoryArea({ profile: PROFILE });
    const s = service({ local });
    const pt = 'Buscamos um analista desenvolvedor de software para atuar em projetos de sistemas. Requisitos: experiência com Python e SQL, conhecimento em banco de dados e em desenvolvimento de sistemas para a área de gestão. Oferecemos um ambiente de trabalho com boas oportunidades de crescimento para você e para a sua carreira, em uma empresa que valoriza as pessoas.';
    const read = await s.handlers.analyse({ listing: { ...listing('4000000011', pt), via: 'generic' } }, content());
    expect(read.listing).toMatchObject({ via: 'generic', lang: 'pt' });
    const english = await s.handlers.analyse({ listing: { ...listing('4000000012'), via: 'json-ld' } }, content());
    // Too short to tell: no language rather than a guess.
    expect(english.listing.lang).toBeUndefined();
    const history = await service({ local }).records.history();
    expect(history.map((e) => [e.key, e.via])).toEqual([['linkedin:4000000011', 'generic'], ['linkedin:4000000012', 'json-ld']]);
  });
});

describe('a pasted job description', () => {
  it('is read by the same engine, matched and advised like a listing, and stores nothing', async () => {
    const local = memoryArea({ profile: PROFILE });
    const s = service({ local });
    const text = `Machine Learning Engineer\n${TEXT}`;
    const pasted = await s.handlers.pasteAdvice({ text }, page);
    const asListing = await s.handlers.analyse({ listing: listing('4000000099', text) }, content(9));
    expect(pasted.analysis.title).toBe('Machine Learning Engineer');
    // The same reading and the same gap as the same text on a board.
    expect(pasted.analysis.requirements.skills.map((x) => [x.id, x.section])).toEqual(asListing.requirements.skills.map((x) => [x.id, x.section]));
    expect(pasted.analysis.gap!.score).toBe(asListing.gap!.score);
    expect(pasted.hasProfile).toBe(true);
    expect(pasted.steps.length).toBeGreaterThan(0);
    // Only the board listing is in the history.
    expect((await s.handlers.history({ limit: 10 }, page)).entries.map((e) => e.key)).toEqual(['linkedin:4000000099']);
  });

  it('without a profile: what it asks, no gap and no steps; a "never count" rule applies to it too', async () => {
    const s = service();
    const before = await s.handlers.pasteAdvice({ text: TEXT }, page);
    expect(before.analysis.title).toBe('Requirements:');
    expect(before.analysis.gap).toBeNull();
    expect(before.hasProfile).toBe(false);
    expect(before.steps).toEqual([]);
    expect(before.analysis.requirements.skills.some((x) => x.id === 'kubernetes')).toBe(true);
    await s.handlers.saveCorrections({ corrections: { version: 1, listings: [], never: [{ words: 'kubernetes', skill: 'kubernetes', at: 1 }] } }, page);
    const after = await s.handlers.pasteAdvice({ text: TEXT }, page);
    expect(after.analysis.requirements.skills.some((x) => x.id === 'kubernetes')).toBe(false);
    expect(after.analysis.corrections?.length).toBeGreaterThan(0);
  });
});

describe("the user's own skills", () => {
  it('a custom skill in the profile is found in listings by name, scored, and named in cards; the cache keeps the taxonomy reading', async () => {
    const custom = [{ id: 'x-graphpad-prism', name: 'GraphPad Prism' }];
    const text = 'Requirements:\n- Python and GraphPad Prism\n- SQL';
    const local = memoryArea({ profile: { ...PROFILE, custom, skills: [...PROFILE.skills, { id: 'x-graphpad-prism', level: 'working' }] } });
    const s = service({ local });
    const a = await s.handlers.analyse({ listing: listing('4000000200', text) }, content(3));
    expect(a.requirements.skills.find((x) => x.id === 'x-graphpad-prism')).toMatchObject({ name: 'GraphPad Prism', section: 'required' });
    expect(a.gap!.required.have.map((h) => h.id)).toContain('x-graphpad-prism');
    expect(a.gap!.required.missing).toEqual([]);
    expect((await s.records.analysis(contentHash(`Machine Learning Engineer\n${text}`)))!.skills.some((x) => x.id.startsWith('x-'))).toBe(false);
    const [card] = (await s.handlers.cards({ source: 'linkedin', jobIds: ['4000000200'] }, content())).results;
    expect(card!.required).toContain('GraphPad Prism');
    // Without the custom skill in the profile, the same (cached) listing does not name it.
    await s.handlers.saveProfile({ profile: PROFILE }, page);
    const b = await s.handlers.analyse({ listing: listing('4000000200', text) }, content(3));
    expect(b.requirements.skills.some((x) => x.id.startsWith('x-'))).toBe(false);
  });
});

describe('card badges for a listing asking only nice-to-haves', () => {
  it('count its nice-to-have skills (with and without a profile), not "requirements unclear"', async () => {
    const text = 'Nice to have:\n- Python\n- Kubernetes\n- PyTorch';
    const s = service({ local: memoryArea({ profile: PROFILE }) });
    await s.handlers.analyse({ listing: listing('4000000300', text) }, content(3));
    const [card] = (await s.handlers.cards({ source: 'linkedin', jobIds: ['4000000300'] }, content())).results;
    expect(card).toMatchObject({ preferredOnly: true, requiredHave: 1, requiredTotal: 3, required: ['Python', 'Kubernetes', 'PyTorch'] });
    expect(card!.missing.sort()).toEqual(['Kubernetes', 'PyTorch']);
    await s.handlers.saveProfile({ profile: null }, page);
    const [asked] = (await s.handlers.cards({ source: 'linkedin', jobIds: ['4000000300'] }, content())).results;
    expect(asked).toMatchObject({ preferredOnly: true, score: null, requiredTotal: 3 });
    // A listing with required skills is counted by those, as before.
    await s.handlers.analyse({ listing: listing('4000000301') }, content(3));
    expect((await s.handlers.cards({ source: 'linkedin', jobIds: ['4000000301'] }, content())).results[0]).not.toHaveProperty('preferredOnly');
  });
});
