// Shared by the options page tests: a fake worker behind the mocked `send`, and small DOM
// helpers that drive the page the way a user does (typing fires input events, clicking
// fires click events) inside Preact's act().
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { expect, vi } from 'vitest';
import type { Radar, RadarFilter, Res, SetAsideRecord } from '../../src/core/protocol';
import { radarFilter } from '../../src/core/radar';
import type { HistoryEntry, Profile, Settings } from '../../src/core/schema';

export const allBoards = (on = true) => ({
  linkedin: on, indeed: on, greenhouse: on, lever: on, workday: on, ashby: on, wellfound: on, glassdoor: on, generic: on,
});

export interface WorkerState {
  settings: Settings;
  profile: Profile | null;
  setAside: SetAsideRecord[];
  history: Array<HistoryEntry & { score: number | null }>;
  radar: Radar;
  /** Make one message fail with this error. */
  fail?: Partial<Record<string, string>>;
}

export function workerState(over: Partial<WorkerState> = {}): WorkerState {
  return {
    settings: { boards: allBoards(), cardBadges: true, onboarded: true },
    profile: null,
    setAside: [],
    history: [],
    radar: { listings: 0, unclear: 0, missing: [], nextBest: null, averageScore: null },
    ...over,
  };
}

/** A `send` that answers like the worker from `state`, and records every call. */
export function fakeWorker(send: ReturnType<typeof vi.fn>, state: WorkerState) {
  send.mockImplementation(async (name: string, payload: Record<string, unknown>) => {
    if (state.fail?.[name]) throw new Error(state.fail[name]);
    switch (name) {
      case 'hello': return { version: '0.1.0', settings: state.settings } satisfies Res<'hello'>;
      case 'getProfile': return { profile: state.profile, setAside: state.setAside } satisfies Res<'getProfile'>;
      case 'saveProfile': state.profile = payload.profile as Profile | null; return { ok: true };
      case 'saveSettings': state.settings = payload.settings as Settings; return { ok: true };
      case 'history': {
        // As the worker: the newest `limit` entries that pass the filter, and the whole count.
        const keep = payload.filter ? radarFilter(payload.filter as RadarFilter, Date.now()) : () => true;
        const entries = state.history.filter(keep).sort((a, b) => b.seen - a.seen).slice(0, payload.limit as number);
        return { entries, total: state.history.length } satisfies Res<'history'>;
      }
      case 'radar': return state.radar;
      case 'clearHistory': state.history = []; return { ok: true };
      case 'forgetListing': {
        const entry = state.history.find((e) => e.key === payload.key) ?? null;
        state.history = state.history.filter((e) => e.key !== payload.key);
        return { entry: entry && (({ score: _s, ...rest }) => rest)(entry) };
      }
      case 'restoreListing': state.history.push({ ...(payload.entry as HistoryEntry), score: null }); return { ok: true };
      case 'dismissSetAside': state.setAside = state.setAside.filter((r) => r.id !== payload.id); return { ok: true };
      default: throw new Error(`unexpected message ${name}`);
    }
  });
  return {
    calls: (name: string) => send.mock.calls.filter((c) => c[0] === name).map((c) => c[1] as Record<string, unknown>),
  };
}

export async function mount(node: VNode): Promise<HTMLElement> {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => { render(node, root); });
  await settle();
  return root;
}

export async function unmount(root: HTMLElement): Promise<void> {
  await act(async () => { render(null, root); });
}

/** Let pending promises and Preact effects run. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => { await new Promise((r) => setTimeout(r, ms)); });
  }
}

export async function waitFor<T>(fn: () => T, timeout = 3000): Promise<T> {
  let result!: T;
  await vi.waitFor(async () => {
    await act(async () => { await Promise.resolve(); });
    result = fn();
  }, { timeout, interval: 10 });
  return result;
}

export async function type(el: Element | null, value: string): Promise<void> {
  expect(el, 'input to type into').toBeTruthy();
  const input = el as HTMLInputElement;
  await act(async () => {
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function change(el: Element | null, value?: string | boolean): Promise<void> {
  expect(el, 'control to change').toBeTruthy();
  const input = el as HTMLInputElement;
  await act(async () => {
    if (typeof value === 'boolean') input.checked = value;
    else if (value !== undefined) input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function click(el: Element | null | undefined): Promise<void> {
  expect(el, 'element to click').toBeTruthy();
  await act(async () => { (el as HTMLElement).click(); });
  await settle();
}

export async function key(el: Element | null, k: string): Promise<void> {
  await act(async () => { el!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })); });
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) =>
    (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''))
    || b.getAttribute('aria-label') === name) as HTMLButtonElement | undefined;
}

/** The control a <label> with this text points at (for=… or wrapped). */
export function byLabel(root: ParentNode, text: string | RegExp): HTMLInputElement | null {
  const label = [...root.querySelectorAll('label')].find((l) =>
    typeof text === 'string' ? l.textContent?.trim() === text : text.test(l.textContent ?? ''));
  if (!label) return null;
  const id = label.getAttribute('for');
  return (id ? document.getElementById(id) : label.querySelector('input, select, textarea')) as HTMLInputElement | null;
}

export const text = (root: ParentNode) => (root as HTMLElement).textContent ?? '';
