// @vitest-environment happy-dom
// The badge panel's code is not in the content script: the first open asks the worker for it
// (message "panel"), which injects content/panel.ts into the tab. Here a fake worker does what
// the real one does (e2e/panel.test.ts runs the real one): the panel opens with the kit's
// styles and content, a second open asks nothing, and when the code cannot be had the pill
// says so by itself instead of opening an empty panel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardResult } from '../../src/core/wire';
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
  const badge = mountBadge({ kind: 'card', jobId: '7', anchor, card });
  vi.restoreAllMocks();
  return { root: root!, host: badge.host };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => { delete g[PANEL_KIT]; send.mockReset(); });
afterEach(() => { document.body.replaceChildren(); });

describe('the badge panel, loaded on its first open', () => {
  it('asks the worker for its code once, then opens with the kit\'s styles and content', async () => {
    send.mockImplementation(async (name: string) => { expect(name).toBe('panel'); g[PANEL_KIT] = kit; return { ok: true }; });
    const { root, host } = mountCard();
    expect(root.querySelectorAll('style')).toHaveLength(1);
    const pill = root.querySelector<HTMLButtonElement>('.pill')!;
    pill.click();
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.panel')?.textContent).toContain('PyTorch');
    expect(root.querySelectorAll('style')).toHaveLength(2);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(host.hasAttribute('data-gaplens-open')).toBe(true);
    pill.click();
    expect(root.querySelector('.panel')).toBeNull();
    expect(host.hasAttribute('data-gaplens-open')).toBe(false);
    pill.click();
    await settle();
    expect(root.querySelector('.panel')).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
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
    send.mockImplementation(async () => { g[PANEL_KIT] = kit; return { ok: true }; });
    pill.click();
    await settle();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(root.querySelector('.panel')).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('opens nothing when closed (Escape) while its code was still coming', async () => {
    let answer: () => void = () => {};
    send.mockImplementation(() => new Promise((resolve) => { answer = () => { g[PANEL_KIT] = kit; resolve({ ok: true }); }; }));
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
});
