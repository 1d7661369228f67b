// The worker's side of corrections: a change applies to every later analysis, its undo puts
// things back, open tabs are told (all but the one that asked, which gets its analysis in
// the answer), and nothing lives only in memory: a new worker over the same storage agrees.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import taxonomyJson from '../../data/skills.json';
import pathsJson from '../../data/paths.json';
import { createEngine } from '../../src/core/engine';
import { Paths, type Listing, type Profile } from '../../src/core/schema';
import type { Area } from '../../src/background/store';
import { createService } from '../../src/background/service';
import { personas } from '../../src/core/personas';
import { memoryArea } from './memory-area';

const engine = createEngine(taxonomyJson);
const paths = Paths.parse(pathsJson);
const PROFILE: Profile = personas.find((p) => p.id === 'software-engineer')!.profile;
const TEXT = 'Requirements:\n- 3+ years of Python and SQL\n- Experience with PyTorch and Kubernetes\nNice to have: Spark.';
const LISTING: Listing = { source: 'linkedin', url: 'https://www.linkedin.com/jobs/view/42/', jobId: '42', title: 'ML Engineer', company: 'Acme', location: null, text: TEXT };
const OTHER: Listing = { ...LISTING, url: 'https://www.linkedin.com/jobs/view/43/', jobId: '43' };

// One IndexedDB database per storage area: a "new worker" over the same area reopens it.
const databases = new Map<Area, string>();
let dbCount = 0;
function worker(local = memoryArea({ profile: PROFILE }), session = memoryArea()) {
  const broadcast = vi.fn(async (_tabs: number[]) => {});
  let t = 1_700_000_000_000;
  if (!databases.has(local)) databases.set(local, `corrections-test-${++dbCount}`);
  const svc = createService({ local, session, engine, paths, version: '0', now: () => (t += 1000), broadcast, recordsDb: databases.get(local)! });
  return { ...svc, local, session, broadcast };
}
const tab = (id: number) => ({ kind: 'content' as const, tabId: id });
const page = { kind: 'page' as const, tabId: null };
const required = (a: { requirements: { skills: Array<{ id: string; section: string }> } } | null) => a!.requirements.skills.filter((s) => s.section === 'required').map((s) => s.id);

describe('worker: corrections', () => {
  it('"not asked here" drops a skill from that listing only, survives a new worker, and undo brings it back', async () => {
    const w = worker();
    const first = await w.handlers.analyse({ listing: LISTING }, tab(1));
    await w.handlers.analyse({ listing: OTHER }, tab(2));
    expect(required(first)).toContain('kubernetes');

    const answer = await w.handlers.correct({ change: { kind: 'listing', listing: 'linkedin:42', skill: 'kubernetes', action: 'drop' } }, tab(1));
    expect(required(answer.analysis)).not.toContain('kubernetes');
    expect(answer.analysis!.corrections).toEqual([{ skill: 'kubernetes', name: 'Kubernetes', action: 'drop', words: null }]);
    expect(answer.undo).toEqual({ kind: 'listing', listing: 'linkedin:42', skill: 'kubernetes', action: 'clear' });
    // The asking tab got its analysis in the answer; the other tab is told to re-badge.
    expect(w.broadcast).toHaveBeenLastCalledWith([2]);
    // Card badges and the radar read the history: the correction reaches them too.
    const cards = (await w.handlers.cards({ source: 'linkedin', jobIds: ['42', '43'] }, tab(3))).results;
    expect(cards.find((c) => c.jobId === '42')!.required).not.toContain('Kubernetes');
    expect(cards.find((c) => c.jobId === '43')!.required).toContain('Kubernetes');

    // A new worker (the old one was stopped) over the same storage.
    const again = worker(w.local, w.session);
    expect(required(await again.handlers.analyse({ listing: LISTING }, tab(1)))).not.toContain('kubernetes');
    expect(required(await again.handlers.analyse({ listing: OTHER }, tab(2)))).toContain('kubernetes');
    expect((await again.handlers.tabAdvice({ tabId: 1 }, page)).analysis!.requirements.skills.map((s) => s.id)).not.toContain('kubernetes');

    await again.handlers.correct({ change: answer.undo }, page);
    expect(required(await again.handlers.analyse({ listing: LISTING }, tab(1)))).toContain('kubernetes');
    expect((await again.handlers.getCorrections({}, page)).corrections.listings).toEqual([]);
    expect(again.broadcast).toHaveBeenLastCalledWith([1, 2]);
  });

  it('"never count" reaches every listing; "I have this" goes into the profile and its undo takes it out', async () => {
    const w = worker();
    await w.handlers.analyse({ listing: LISTING }, tab(1));
    const mentions = (await w.handlers.analyse({ listing: OTHER }, tab(2))).requirements.skills.find((s) => s.id === 'sql')!.mentions;
    await w.handlers.correct({ change: { kind: 'never', words: mentions[0]!, skill: 'sql', remove: false } }, tab(1));
    for (const l of [LISTING, OTHER]) {
      expect((await w.handlers.analyse({ listing: l }, tab(1))).requirements.skills.map((s) => s.id)).not.toContain('sql');
    }

    const lacking = (await w.handlers.analyse({ listing: LISTING }, tab(1))).gap!.required.missing[0]!.id;
    expect(PROFILE.skills.map((s) => s.id)).not.toContain(lacking);
    const have = await w.handlers.correct({ change: { kind: 'have', skill: lacking, level: 'learning' } }, tab(1));
    expect(have.undo).toEqual({ kind: 'have', skill: lacking, level: null });
    expect(have.analysis!.gap!.required.have.find((h) => h.id === lacking)).toMatchObject({ level: 'learning' });
    expect((await w.handlers.getProfile({}, page)).profile!.skills).toContainEqual({ id: lacking, level: 'learning' });
    await w.handlers.correct({ change: have.undo }, tab(1));
    expect((await w.handlers.getProfile({}, page)).profile!.skills.map((s) => s.id)).not.toContain(lacking);
  });

  it('a damaged corrections record is repaired entry by entry and the original set aside', async () => {
    const local = memoryArea({
      profile: PROFILE,
      corrections: { version: 1, listings: [{ listing: 'linkedin:42', skill: 'kubernetes', action: 'drop', at: 1 }, { bad: true }], never: [] },
    });
    const w = worker(local);
    expect((await w.handlers.getCorrections({}, page)).corrections.listings).toHaveLength(1);
    expect((await w.handlers.getProfile({}, page)).setAside.map((r) => r.key)).toEqual(['corrections']);
  });
});

describe('worker: the panel\'s "Add a skill this listing asks for"', () => {
  it('finds skills by name, alias or typo, as the options page does, and an added skill joins the listing with its score line', async () => {
    const w = worker();
    expect((await w.handlers.findSkills({ query: 'k8s' }, tab(1))).skills[0]).toEqual({ id: 'kubernetes', name: 'Kubernetes', via: 'k8s' });
    expect((await w.handlers.findSkills({ query: 'pytorh' }, tab(1))).skills.map((s) => s.id)).toContain('pytorch');
    expect((await w.handlers.findSkills({ query: '  ' }, tab(1))).skills).toEqual([]);
    expect((await w.handlers.findSkills({ query: 'python' }, tab(1))).skills.length).toBeLessThanOrEqual(8);

    const first = await w.handlers.analyse({ listing: LISTING }, tab(1));
    expect(first.why).toMatch(/^\d+%: \d+ of \d+ required skills/);
    expect(first.requirements.skills.map((s) => s.id)).not.toContain('docker');
    const added = await w.handlers.correct({ change: { kind: 'listing', listing: 'linkedin:42', skill: 'docker', action: 'required' } }, tab(1));
    expect(required(added.analysis)).toContain('docker');
    expect(added.analysis!.why).not.toBe(first.why);
    expect(added.undo).toEqual({ kind: 'listing', listing: 'linkedin:42', skill: 'docker', action: 'clear' });
    await w.handlers.correct({ change: added.undo }, tab(1));
    expect(required(await w.handlers.analyse({ listing: LISTING }, tab(1)))).not.toContain('docker');
  });

  it('without a profile the analysis has no score line', async () => {
    const w = worker(memoryArea());
    expect((await w.handlers.analyse({ listing: LISTING }, tab(1))).why).toBeUndefined();
  });
});
