// @vitest-environment happy-dom
// The Boards section against a fake worker: per board, how its last listings were read, a
// drift notice when the newest one fell back from the board's own reader, the empty state,
// and a load error with "Try again".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../src/core/schema';
import { boardReads } from '../../src/options/boardReads';
import { button, click, fakeWorker, mount, waitFor, workerState } from './helpers';

const send = vi.fn();
vi.mock('../../src/background/client', () => ({
  send: (...args: unknown[]) => send(...args),
  GapLensError: class extends Error {},
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, storage: {} } }));

const { App } = await import('../../src/options/App');

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 1);

type Row = HistoryEntry & { score: number | null };
function entry(n: number, over: Partial<Row> = {}): Row {
  return {
    key: `linkedin:${n}`, source: 'linkedin', jobId: String(n), url: `https://www.linkedin.com/jobs/view/${n}/`,
    title: `Listing ${n}`, company: null, seen: now - n * DAY, hash: `h${n}`,
    required: ['python'], preferred: [], groups: [], years: null, degree: null, score: null, via: 'adapter',
    ...over,
  };
}

describe('boardReads', () => {
  it('counts the newest five per board and flags a board whose newest listing fell back', () => {
    const entries = [
      entry(1, { via: 'generic' }), entry(2), entry(3), entry(4), entry(5, { via: 'json-ld' }), entry(6, { via: 'generic' }),
      entry(7, { source: 'indeed', key: 'indeed:7' }), entry(8, { source: 'indeed', key: 'indeed:8', via: undefined }),
      entry(0, { source: 'generic', key: 'generic:0', via: 'generic' }),
    ];
    const reads = boardReads(entries);
    expect(reads.map((r) => r.source)).toEqual(['generic', 'linkedin', 'indeed']);
    const linkedin = reads[1]!;
    expect(linkedin.total).toBe(6);
    expect(linkedin.recent.map((r) => r.title)).toEqual(['Listing 1', 'Listing 2', 'Listing 3', 'Listing 4', 'Listing 5']);
    expect(linkedin.counts).toEqual({ adapter: 3, 'json-ld': 1, generic: 1, unknown: 0 });
    expect(linkedin.drifted).toBe(true);
    // Entries kept before the read was recorded are counted as such, never guessed.
    expect(reads[2]!.counts).toEqual({ adapter: 1, 'json-ld': 0, generic: 0, unknown: 1 });
    expect(reads[2]!.drifted).toBe(false);
    // Pages read on request have no board reader to drift from.
    expect(reads[0]!.drifted).toBe(false);
  });

  it('a board read by its own reader again is no longer flagged', () => {
    expect(boardReads([entry(2, { via: 'generic' }), entry(1)])[0]!.drifted).toBe(false);
  });
});

describe('Boards section', () => {
  beforeEach(() => { send.mockReset(); location.hash = '#boards'; });
  afterEach(() => { document.body.replaceChildren(); location.hash = ''; });

  it('shows per board how the last listings were read, with a drift notice', async () => {
    fakeWorker(send, workerState({
      history: [
        entry(1, { via: 'json-ld', title: 'ML Engineer' }), entry(2),
        entry(3, { source: 'greenhouse', key: 'greenhouse:3', url: 'https://job-boards.greenhouse.io/x/jobs/3' }),
        entry(4, { source: 'generic', key: 'generic:4', url: 'https://vercel.com/careers/data-scientist', via: 'generic' }),
      ],
    }));
    const root = await mount(<App />);
    const linkedin = await waitFor(() => {
      const group = root.querySelector<HTMLElement>('[role="group"][aria-labelledby="board-linkedin"]');
      expect(group).toBeTruthy();
      return group!;
    });
    expect(root.querySelector('h1')!.textContent).toBe('Boards');
    expect(root.querySelector('[aria-current="page"]')!.textContent).toBe('Boards');
    expect(linkedin.querySelector('.board-drift')!.textContent).toContain('LinkedIn may have changed its pages');
    expect(linkedin.querySelector('.board-drift')!.textContent).toContain('read from its job posting data');
    const rows = [...linkedin.querySelectorAll('tbody tr')].map((tr) => [tr.children[0]!.textContent, tr.children[2]!.textContent]);
    expect(rows).toEqual([
      ['ML Engineer (opens in a new tab)', 'Job posting data (JSON-LD)'],
      ['Listing 2 (opens in a new tab)', 'Board reader'],
    ]);
    const greenhouse = root.querySelector('[aria-labelledby="board-greenhouse"]')!;
    expect(greenhouse.querySelector('.board-drift')).toBeNull();
    expect(greenhouse.querySelector('.board-ok')!.textContent).toContain("GapLens's Greenhouse reader");
    const other = root.querySelector('[aria-labelledby="board-generic"]')!;
    expect(other.querySelector('h2')!.textContent).toBe('Other job pages');
    expect(other.querySelector('.board-drift')).toBeNull();
    expect(other.querySelector('tbody td:last-child')!.textContent).toBe('Generic reader');
    // The boards with nothing yet are named once, not shown as empty cards.
    expect(root.textContent).toContain('No listing opened yet on Indeed, Lever, Workday, Ashby, Wellfound, Glassdoor.');
  });

  it('says what to do when no listing has been read', async () => {
    fakeWorker(send, workerState());
    const root = await mount(<App />);
    await waitFor(() => expect(root.querySelector('.empty-state h2')?.textContent).toBe('No listing read yet'));
    expect(root.querySelector('table')).toBeNull();
  });

  it('reports a history that cannot be loaded and loads it again on request', async () => {
    const state = workerState({ history: [entry(1)], fail: { history: 'storage is unavailable' } });
    fakeWorker(send, state);
    const root = await mount(<App />);
    const alert = await waitFor(() => {
      const a = root.querySelector('[role="alert"]');
      expect(a).toBeTruthy();
      return a!;
    });
    expect(alert.textContent).toContain('storage is unavailable');
    state.fail = {};
    await click(button(root, 'Try again'));
    await waitFor(() => expect(root.querySelector('[aria-labelledby="board-linkedin"] tbody tr')).toBeTruthy());
  });
});
