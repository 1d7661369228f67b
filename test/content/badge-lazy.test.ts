// @vitest-environment happy-dom
// The badge panel's code is not in the content script: the first open asks the worker for it
// (message "panel"), which injects content/panel.ts into the tab. Here a fake worker does what
// the real one does (e2e/panel.test.ts runs the real one): the panel opens with the kit's
// styles and content, a second open asks nothing, and when the code cannot be had the pill
// says so by itself instead of opening an empty panel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, CardResult } from '../../src/core/wire';
import { pillView } from '../../src/ui/summary';
import { PANEL_KIT } from '../../src/content/panel-types';

const send = vi.fn();
vi.mock('../../src/content/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const { mountBadge } = await import('../../src/content/badge');
const { kit } = await import('../../src/content/panel-kit');

const g = globalThis as unknown as Record<string, unknown>;
const card: CardResult = { jobId: '7', score: 0.5, requiredHave: 1, requiredTotal: 2, have: ['Python'], missing: ['PyTorch'], required: ['Python', 'PyTorch'] };

/** The badge's closed shadow root, reached the way the page cannot: through attachShadow. */
function mountCard(): { root: ShadowRoot; host: HTMLElement } {
  let root: ShadowRoot | null = null;
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) { root = attach.call(this, init); return root; });
  const anchor = document.createElement('h3');
  anchor.textContent = 'ML Engineer';
  document.body.append(anchor);
  const badge = mountBadge({ kind: 'card', jobId: '7', anchor, card, listing: 'linkedin:42', onCorrect: (change) => send('correct', { change }) });
  vi.restoreAllMocks();
  return { root: root!, host: badge.host };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A listing asking Python and PyTorch (required) and 5+ years, for a user with Python and 2 years. */
const hit = (id: string, name: string) => ({ id, name, category: 'framework' as const, section: 'required' as const, mentions: [name], group: null });
const analysis: Analysis = {
  key: 'linkedin:42',
  listing: { source: 'linkedin', url: 'https://www.linkedin.com/jobs/view/42/', jobId: '42', title: 'ML Engineer', company: 'Acme', location: null },
  requirements: { skills: [hit('python', 'Python'), hit('pytorch', 'PyTorch')], years: { min: 5, max: null, section: 'required' }, degree: null, seniority: null },
  gap: {
    score: 0.4, groups: [], degree: null,
    required: { have: [{ id: 'python', name: 'Python', level: 'working', via: null, credit: 1 }], missing: [{ id: 'pytorch', name: 'PyTorch' }] },
    preferred: { have: [], missing: [] },
    years: { required: 5, have: 2, status: 'short', shortBy: 3 },
    explain: { requiredCredit: 1, requiredTotal: 2, preferredCredit: 0, preferredTotal: 0, weights: { required: 0.75, preferred: 0.25, flags: 0.3 }, flagPenalty: 0.1 },
  },
};

function mountDetail(): { root: ShadowRoot; host: HTMLElement } {
  let root: ShadowRoot | null = null;
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) { root = attach.call(this, init); return root; });
  const anchor = document.createElement('h1');
  anchor.textContent = 'ML Engineer';
  document.body.append(anchor);
  const badge = mountBadge({ kind: 'detail', jobId: '42', anchor, listing: 'linkedin:42', pill: pillView(analysis), onSteps: () => {} });
  vi.restoreAllMocks();
  return { root: root!, host: badge.host };
}

beforeEach(() => { delete g[PANEL_KIT]; send.mockReset(); });
afterEach(() => { document.body.replaceChildren(); });

describe('the badge panel, loaded on its first open', () => {
  it('asks the worker for its code once, then opens with the kit\'s styles and content', async () => {
    send.mockImplementation(async (name: string, payload: unknown) => {
      if (name === 'panel') { g[PANEL_KIT] = kit; return { ok: true }; }
      // A card's panel is the detail panel, for that card's listing from the history.
      expect([name, payload]).toEqual(['cardListing', { key: 'linkedin:42' }]);
      return { analysis };
    });
    const { root, host } = mountCard();
    expect(root.querySelectorAll('style')).toHaveLength(1);
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    pill.click();
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(root.querySelector('.panel')?.textContent).toContain('PyTorch');
    // Its flags and corrections, as on the detail page; no highlights (its words are not in this page).
    expect(root.querySelector('.panel [data-flag="years"]')?.textContent).toContain('5+ years');
    expect(root.querySelector('.panel .toggle')).toBeNull();
    root.querySelector<HTMLButtonElement>('.panel [data-skill="pytorch"]')!.click();
    expect(root.querySelector('.panel .menu')?.textContent).toContain('Open the listing to see where its words are.');
    expect(root.querySelector('.panel .menu')?.textContent).toContain('Not asked here');
    expect(root.querySelectorAll('style')).toHaveLength(2);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(host.hasAttribute('data-gaplens-open')).toBe(true);
    pill.click();
    expect(root.querySelector('.panel')).toBeNull();
    expect(host.hasAttribute('data-gaplens-open')).toBe(false);
    pill.click();
    await settle();
    expect(root.querySelector('.panel')).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll('style')).toHaveLength(2);
  });

  it('says plainly when the code cannot be had, opens nothing, and tries again on the next press', async () => {
    send.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    const { root } = mountCard();
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    pill.click();
    await settle();
    expect(root.querySelector('.panel')).toBeNull();
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not open its panel (Extension context invalidated.)');
    expect(pill.hasAttribute('aria-busy')).toBe(false);
    send.mockImplementation(async (name: string) => { if (name !== 'panel') return { analysis }; g[PANEL_KIT] = kit; return { ok: true }; });
    pill.click();
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('.panel')).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('opens nothing when closed (Escape) while its code was still coming', async () => {
    let answer: () => void = () => {};
    send.mockImplementation((name: string) => name === 'panel'
      ? new Promise((resolve) => { answer = () => { g[PANEL_KIT] = kit; resolve({ ok: true }); }; })
      : Promise.resolve({ analysis }));
    const { root } = mountCard();
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    pill.click();
    await settle();
    expect(pill.getAttribute('aria-busy')).toBe('true');
    pill.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    answer();
    await settle();
    expect(root.querySelector('.panel')).toBeNull();
    expect(pill.hasAttribute('aria-busy')).toBe(false);
  });

  it('a detail badge is drawn from the worker\'s pill alone; its first open asks for the listing in full, once', async () => {
    send.mockImplementation(async (name: string, payload: unknown) => {
      if (name === 'panel') { g[PANEL_KIT] = kit; return { ok: true }; }
      expect(name).toBe('tabListing');
      expect(payload).toEqual({ key: 'linkedin:42' });
      return { analysis };
    });
    const { root, host } = mountDetail();
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    expect(pill.textContent).toBe('1/2 required! 5+ years (short by 3 years)');
    expect(pill.className).toBe('pill tone-low');
    expect(host.getAttribute('aria-label')).toBe(pillView(analysis).label);
    expect(host.getAttribute('aria-label')).toContain('missing PyTorch');
    expect(send).not.toHaveBeenCalled();
    pill.click();
    await settle();
    expect(send.mock.calls.map((c) => c[0])).toEqual(['panel', 'tabListing']);
    expect(root.querySelector('.panel')?.textContent).toContain('PyTorch');
    pill.click();
    pill.click();
    await settle();
    expect(root.querySelector('.panel')).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('a detail badge whose tab has since read another listing says so instead of opening a wrong panel', async () => {
    send.mockImplementation(async (name: string) => {
      if (name === 'panel') { g[PANEL_KIT] = kit; return { ok: true }; }
      return { analysis: null };
    });
    const { root } = mountDetail();
    root.querySelector<HTMLButtonElement>('.pill')!.click();
    await settle();
    expect(root.querySelector('.panel')).toBeNull();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no longer the one GapLens read in this tab');
  });

  it('a correction from a card\'s panel asks for that card\'s listing again (not the tab\'s) and repaints the card\'s pill', async () => {
    const dropped: Analysis = {
      ...analysis,
      requirements: { ...analysis.requirements, skills: analysis.requirements.skills.filter((x) => x.id !== 'pytorch') },
      gap: { ...analysis.gap!, score: 0.7, required: { have: analysis.gap!.required.have, missing: [] } },
    };
    let listing = analysis;
    send.mockImplementation(async (name: string) => {
      if (name === 'panel') { g[PANEL_KIT] = kit; return { ok: true }; }
      if (name === 'correct') { listing = dropped; return { undo: { kind: 'listing', listing: 'linkedin:42', skill: 'pytorch', action: 'clear' }, analysis: null }; }
      return { analysis: listing };
    });
    const { root } = mountCard();
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    expect(pill.textContent).toBe('1/2 required');
    pill.click();
    await settle();
    root.querySelector<HTMLButtonElement>('.panel [data-skill="pytorch"]')!.click();
    const notAsked = [...root.querySelectorAll<HTMLButtonElement>('.panel .menu .act')].find((b) => b.textContent === 'Not asked here')!;
    notAsked.click();
    await settle();
    await settle();
    expect(send.mock.calls.map((c) => c[0])).toEqual(['panel', 'cardListing', 'correct', 'cardListing']);
    expect(pill.textContent).toBe('1/1 required');
    expect(root.querySelector('.panel [data-skill="pytorch"]')).toBeNull();
    expect(root.querySelector('.panel .undo')?.textContent).toContain('Undo');
  });
});
