// @vitest-environment happy-dom
// Market radar and settings against a fake worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Radar } from '../../src/core/protocol';
import type { HistoryEntry } from '../../src/core/schema';
import { physicist, softwareEngineer } from '../../src/core/personas';
import {
  button, byLabel, change, click, fakeWorker, mount, text, type, unmount, waitFor, workerState,
} from './helpers';

const send = vi.fn();
vi.mock('../../src/background/client', () => ({
  send: (...args: unknown[]) => send(...args),
  GapLensError: class extends Error {},
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, storage: {} } }));

const { App } = await import('../../src/options/App');

const DAY = 86_400_000;
const now = Date.now();

function entry(n: number, over: Partial<HistoryEntry & { score: number | null }> = {}): HistoryEntry & { score: number | null } {
  return {
    key: `linkedin:${n}`, source: 'linkedin', jobId: String(n), url: `https://www.linkedin.com/jobs/view/${n}/`,
    title: `Machine Learning Engineer ${n}`, company: `Company ${n}`, seen: now - n * DAY, hash: `h${n}`,
    required: ['python', 'kubernetes'], preferred: ['aws'], groups: [], years: null, degree: null, score: 0.5,
    ...over,
  };
}

const radar: Radar = {
  listings: 23,
  unclear: 0,
  missing: [
    { id: 'kubernetes', name: 'Kubernetes', required: 10, preferred: 4, weight: 24 },
    { id: 'pytorch', name: 'PyTorch', required: 6, preferred: 5, weight: 17 },
    { id: 'spark', name: 'Apache Spark', required: 2, preferred: 7, weight: 11 },
  ],
  nextBest: { id: 'kubernetes', name: 'Kubernetes', listings: 14, gain: 0.06 },
  averageScore: 0.58,
};

beforeEach(() => { send.mockReset(); });
afterEach(() => { document.body.replaceChildren(); });

describe('market radar', () => {
  beforeEach(() => { location.hash = '#radar'; });

  it('names the next best skill and gives the chart a text alternative', async () => {
    fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar, history: [entry(1), entry(2, { source: 'greenhouse', title: 'Data Scientist', score: 0.81 })] }));
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelector('.callout')).toBeTruthy());
    expect(root.querySelector('.callout')!.textContent).toContain('Learning Kubernetes would raise your match on 14 of 23 listings');

    const chart = root.querySelector('[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toMatch(/Bar chart/);
    const table = root.querySelector('table')!;
    expect(table.classList.contains('sr')).toBe(true);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['Kubernetes', '10', '4'], ['PyTorch', '6', '5'], ['Apache Spark', '2', '7']]);

    // Recently analysed: links open in a new tab without handing over window.opener.
    const link = root.querySelector<HTMLAnchorElement>('.history a')!;
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/jobs/view/1/');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(text(root)).toContain('81%');
    await unmount(root);
  });

  it('sends the filters to the worker and filters the listing list the same way', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar, history: [entry(1), entry(40, { source: 'greenhouse', title: 'Data Scientist' })] }));
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(2));
    expect(w.calls('radar')[0]).toEqual({ board: null, keyword: '', days: null });

    await change(byLabel(root, 'Board'), 'greenhouse');
    await waitFor(() => expect(w.calls('radar').at(-1)).toEqual({ board: 'greenhouse', keyword: '', days: null }));
    expect(root.querySelectorAll('.history-row')).toHaveLength(1);

    await change(byLabel(root, 'Time window'), '30');
    await waitFor(() => expect(w.calls('radar').at(-1)).toEqual({ board: 'greenhouse', keyword: '', days: 30 }));
    expect(root.querySelectorAll('.history-row')).toHaveLength(0);

    await change(byLabel(root, 'Board'), '');
    await type(byLabel(root, 'Role keyword'), 'engineer');
    await waitFor(() => expect(w.calls('radar').at(-1)).toEqual({ board: null, keyword: 'engineer', days: 30 }));
    expect(root.querySelectorAll('.history-row')).toHaveLength(1);
    // The worker applies the filters and reads one page of listings (and one more, to know
    // whether there are others), never the whole history.
    expect(w.calls('history').at(-1)).toEqual({ limit: 21, filter: { board: null, keyword: 'engineer', days: 30 } });
    expect(w.calls('history').every((c) => c.limit === 21)).toBe(true);
    await unmount(root);
  });

  it('filters by role, read from each listing title: one role, or the profile\'s target roles', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar, history: [entry(1), entry(40, { source: 'greenhouse', title: 'Data Scientist' }), entry(41, { title: 'Frontend Engineer' })] }));
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(3));
    const role = byLabel(root, 'Role') as unknown as HTMLSelectElement;
    expect(role.value).toBe('all');
    const mine = [...role.options].find((o) => o.value === 'targets');
    expect(mine?.textContent).toMatch(/^My target roles \(.+\)$/);
    await change(role, 'data-scientist');
    await waitFor(() => expect(w.calls('radar').at(-1)).toEqual({ board: null, keyword: '', days: null, roles: ['data-scientist'] }));
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(1));
    expect(text(root.querySelector('.history-row')!)).toContain('Data Scientist');
    await change(role, 'targets');
    await waitFor(() => expect(w.calls('radar').at(-1)).toEqual({ board: null, keyword: '', days: null, roles: softwareEngineer.profile.targets }));
    // The frontend listing is no target role of anyone's: it is out whatever the targets.
    await waitFor(() => expect(text(root)).not.toContain('Frontend Engineer'));
    await change(role, 'all');
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(3));
    await unmount(root);
  });

  it('asks the worker for one more page of listings at a time', async () => {
    const history = Array.from({ length: 45 }, (_, i) => entry(i + 1));
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar: { ...radar, listings: 45 }, history }));
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(20));
    expect(text(root)).toContain('45 listings');
    expect(root.querySelector('.history-row a')!.textContent).toContain('Machine Learning Engineer 1');
    await click(button(root, 'Show 20 more'));
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(40));
    expect(w.calls('history').at(-1)).toEqual({ limit: 41, filter: { board: null, keyword: '', days: null } });
    await click(button(root, 'Show 5 more'));
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(45));
    expect(button(root, /^Show \d+ more$/)).toBeUndefined();
    // A new filter starts from the first page again.
    await change(byLabel(root, 'Board'), 'linkedin');
    await waitFor(() => expect(w.calls('history').at(-1)).toEqual({ limit: 21, filter: { board: 'linkedin', keyword: '', days: null } }));
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(20));
    await unmount(root);
  });

  it('sorts the bars by what they show (listings asking), not by a hidden weight', async () => {
    // Kubernetes: weight 2×3+1 = 7 over 4 listings; SQL: weight 2×1+5 = 7 over 6 listings; Rust 2×3 = 6 over 3.
    const sorted: Radar = { ...radar, missing: [
      { id: 'kubernetes', name: 'Kubernetes', required: 3, preferred: 1, weight: 7 },
      { id: 'sql', name: 'SQL', required: 1, preferred: 5, weight: 7 },
      { id: 'rust', name: 'Rust', required: 3, preferred: 0, weight: 6 },
      { id: 'go', name: 'Go', required: 0, preferred: 4, weight: 4 },
    ] };
    fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar: sorted, history: [entry(1)] }));
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelector('.chart')).toBeTruthy());
    const shown = [...root.querySelectorAll('.bar-row')].map((r) => [r.querySelector('.bar-name')!.textContent, Number(r.querySelector('.bar-value')!.textContent)]);
    expect(shown).toEqual([['SQL', 6], ['Kubernetes', 4], ['Go', 4], ['Rust', 3]]);
    // Every value is at most the one above it.
    for (let i = 1; i < shown.length; i++) expect(shown[i]![1]).toBeLessThanOrEqual(shown[i - 1]![1] as number);
    await unmount(root);
  });

  it('says how many listings with unclear requirements are left out of the average', async () => {
    fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar: { ...radar, unclear: 3 }, history: [entry(1)] }));
    const root = await mount(<App />);
    await waitFor(() => expect(text(root)).toContain('(3 with requirements unclear left out)'));
    await unmount(root);
  });

  it('"Next best skill" lists the curated steps that build it, at the user\'s pace, with links', async () => {
    // A physicist, who lacks Kubernetes (the radar's next best skill here).
    fakeWorker(send, workerState({ profile: physicist.profile, radar, history: [entry(1)] }));
    const root = await mount(<App />);
    const steps = await waitFor(() => { const r = root.querySelector('.callout .next-steps'); expect(r).toBeTruthy(); return r!; });
    expect(steps.querySelector('h2')?.textContent).toBe('Steps that build Kubernetes');
    const items = [...steps.querySelectorAll('li')];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    for (const li of items) expect(li.textContent).toContain(`at your ${physicist.profile.constraints.hoursPerWeek} h/week`);
    for (const a of steps.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.target).toBe('_blank');
    }
    await unmount(root);
  });

  it('takes one listing out of the radar with Undo where its row was, and asks the radar again', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar, history: [entry(1), entry(2, { title: 'Sales Manager' }), entry(3)] }));
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelectorAll('.history-row')).toHaveLength(3));
    const radarCalls = w.calls('radar').length;
    await click(button(root, 'Remove Sales Manager from the radar'));
    await waitFor(() => expect(w.calls('forgetListing')).toEqual([{ key: 'linkedin:2' }]));
    const rows = [...root.querySelectorAll('.history-row')];
    expect(rows).toHaveLength(3);
    expect(rows[1]!.classList.contains('removed')).toBe(true);
    expect(rows[1]!.textContent).toContain('Sales Manager: removed from the radar');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Undo: put Sales Manager back');
    await waitFor(() => expect(w.calls('radar').length).toBe(radarCalls + 1));
    expect(root.querySelector('.history')?.closest('.card')?.querySelector('.count')?.textContent).toBe('2 listings');

    await click(document.activeElement);
    await waitFor(() => expect(w.calls('restoreListing')).toHaveLength(1));
    expect((w.calls('restoreListing')[0]!.entry as HistoryEntry).key).toBe('linkedin:2');
    expect(w.calls('restoreListing')[0]!.entry).not.toHaveProperty('score');
    await waitFor(() => expect(root.querySelectorAll('.history-row:not(.removed)')).toHaveLength(3));
    expect(root.querySelector('.history-row.removed')).toBeNull();
    await waitFor(() => expect(w.calls('radar').length).toBe(radarCalls + 2));
    await unmount(root);
  });

  it('shows the empty state when nothing has been analysed yet', async () => {
    fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App />);
    await waitFor(() => expect(text(root)).toContain('Browse a few ML listings and your radar fills in'));
    expect(root.querySelector('[role="img"]')).toBeNull();
    await unmount(root);
  });

  it('clears the history only after confirming', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile, radar, history: [entry(1), entry(2)] }));
    const root = await mount(<App />);
    await waitFor(() => expect(button(root, 'Clear history…')).toBeTruthy());
    await click(button(root, 'Clear history…'));
    expect(text(root)).toContain('Clear all 2 analysed listings?');
    await click(button(root, 'Cancel'));
    expect(w.calls('clearHistory')).toHaveLength(0);

    await click(button(root, 'Clear history…'));
    await click(button(root, 'Clear history'));
    await waitFor(() => expect(w.calls('clearHistory')).toHaveLength(1));
    await waitFor(() => expect(text(root)).toContain('Browse a few ML listings and your radar fills in'));
    await unmount(root);
  });
});

describe('settings', () => {
  beforeEach(() => { location.hash = '#settings'; });

  it('turning a board off and card badges off saves the settings', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App />);
    const indeed = byLabel(root, 'Indeed')!;
    expect(indeed.getAttribute('role')).toBe('switch');
    expect(indeed.checked).toBe(true);
    expect(byLabel(root, /Generic|Job page/)).toBeNull(); // not a board one can switch

    await change(indeed, false);
    await waitFor(() => expect(w.calls('saveSettings')).toHaveLength(1));
    expect(w.calls('saveSettings')[0]!.settings).toMatchObject({ boards: { indeed: false, linkedin: true }, cardBadges: true });

    await change(byLabel(root, /match badge on result cards/), false);
    await waitFor(() => expect(w.calls('saveSettings')).toHaveLength(2));
    expect(w.calls('saveSettings')[1]!.settings).toMatchObject({ boards: { indeed: false }, cardBadges: false });
    await waitFor(() => expect(root.querySelector('.save-status')?.textContent).toBe('Saved'));
    await unmount(root);
  });

  it('states what is stored and that nothing is sent', async () => {
    fakeWorker(send, workerState());
    const root = await mount(<App />);
    const privacy = root.querySelector('.privacy')!.textContent!;
    expect(privacy).toContain('3,000');
    expect(privacy).toContain('Nothing is sent anywhere');
    expect(privacy).toContain('no network requests');
    await unmount(root);
  });

  it('lists records set aside; Download saves the original, Dismiss removes it', async () => {
    const original = '{"version":9,"skills":[]}';
    const w = fakeWorker(send, workerState({
      setAside: [{ id: 'setAside:profile:1700000000000', key: 'profile', original, reason: 'profile.version: this profile was saved by a newer GapLens', at: 1_700_000_000_000 }],
    }));
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => { blobs.push(b); return 'blob:x'; }), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const root = await mount(<App />);
    const row = root.querySelector('.set-aside-row')!;
    expect(row.textContent).toContain('newer GapLens');
    await click(row.querySelector('button'));
    expect(await blobs[0]!.text()).toBe(original);
    await click(button(row, /^Dismiss/));
    await waitFor(() => expect(w.calls('dismissSetAside')).toEqual([{ id: 'setAside:profile:1700000000000' }]));
    await waitFor(() => expect(root.querySelector('.set-aside-row')).toBeNull());
    vi.restoreAllMocks();
    await unmount(root);
  });
});
