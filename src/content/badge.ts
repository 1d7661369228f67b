// The inline badge: a custom-named element whose UI lives in a CLOSED shadow root, so the
// page's CSS cannot reach in and ours cannot leak out. Page text only ever reaches the
// DOM as text nodes (`append` of a string, `textContent`); nothing here parses HTML.
//
// Built with plain DOM calls rather than Preact: the badge is a handful of elements, and
// a framework's code would be compiled and run cold in every board tab before the badge
// could appear (the popup and options pages, which stay open, use Preact).
import type { Analysis, CardResult } from '../core/protocol';
import { badgeLabel, flagsOf, scoreTone } from './summary';
import css from './badge.css?inline';

export interface BadgeHandle {
  host: HTMLElement;
  ensureAttached: (anchor: Element) => void;
  remove: () => void;
}

type Props =
  | { kind: 'detail'; jobId: string; anchor: Element; analysis: Analysis; onSteps: () => void }
  | { kind: 'card'; jobId: string; anchor: Element; card: CardResult };

type Child = Node | string | false | null | undefined;

/** One element: attributes set as strings, children appended as nodes or text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Where the badge goes: inside a title heading, but never inside a link (a click would navigate). */
function place(host: HTMLElement, anchor: Element): void {
  const link = anchor.closest('a');
  if (link) link.after(host);
  else if (anchor.tagName === 'A') anchor.after(host);
  else anchor.append(host);
}

function pageIsDark(): boolean {
  const bg = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

export function mountBadge(props: Props): BadgeHandle {
  const host = document.createElement('gaplens-badge');
  host.dataset.gaplens = props.kind;
  host.dataset.gaplensJob = props.jobId;
  host.setAttribute('aria-label', props.kind === 'detail' ? badgeLabel(props.analysis) : badgeLabel(props.card));
  host.setAttribute('role', 'group');
  // Host-page CSS outranks :host rules, so pin the few properties that decide layout.
  for (const [k, v] of [['all', 'initial'], ['display', 'inline-block'], ['position', 'relative'], ['vertical-align', 'middle'], ['margin', '0 0 0 8px'], ['z-index', '2147483000']] as const) {
    host.style.setProperty(k, v, 'important');
  }
  let theme = pageIsDark() ? 'dark' : 'light';
  host.dataset.theme = theme;
  const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  const mount = document.createElement('div');
  shadow.append(mount);
  // Keep the page's own handlers (card clicks, keyboard shortcuts) from seeing our events.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  const view = props.kind === 'detail' ? detailBadge(props.analysis, props.onSteps, theme) : { root: cardBadge(props.card, theme), close: () => {} };
  mount.append(view.root);
  place(host, props.anchor);
  // The page's own styles may still be loading when the badge goes in: look again once it has.
  const retheme = () => {
    const now = pageIsDark() ? 'dark' : 'light';
    if (now === theme) return;
    view.root.classList.replace(theme, now);
    host.dataset.theme = theme = now;
  };
  if (document.readyState !== 'complete') addEventListener('load', retheme, { once: true });

  let anchor = props.anchor;
  return {
    host,
    ensureAttached(next: Element) {
      anchor = next;
      // The page re-rendered and dropped us: put the same badge back.
      if (!host.isConnected || !anchorHolds(anchor, host)) place(host, anchor);
    },
    remove() {
      removeEventListener('load', retheme);
      view.close();
      host.remove();
    },
  };
}

function anchorHolds(anchor: Element, host: Element): boolean {
  const link = anchor.closest('a') ?? (anchor.tagName === 'A' ? anchor : null);
  return link ? link.nextElementSibling === host : host.parentElement === anchor;
}

function pill(tone: string, label: string, ...children: Child[]): HTMLButtonElement {
  return el('button', { type: 'button', class: `pill ${tone}`, 'aria-label': label }, el('span', { class: 'mark', 'aria-hidden': 'true' }), ...children);
}

function cardBadge(card: CardResult, theme: string): HTMLElement {
  const label = badgeLabel(card);
  const tone = card.score === null ? 'neutral' : scoreTone(card.score);
  return el('div', { class: `root ${theme} card`, title: label },
    pill(tone, label, card.score === null ? `${card.requiredTotal} skills` : `${card.requiredHave}/${card.requiredTotal}`));
}

/** The pill, and the panel it opens and closes (Escape closes it too). */
function detailBadge(analysis: Analysis, onSteps: () => void, theme: string): { root: HTMLElement; close: () => void } {
  const { gap, requirements } = analysis;
  const label = badgeLabel(analysis);
  const flags = flagsOf(analysis);
  const required = requirements.skills.filter((s) => s.section === 'required');
  const preferred = requirements.skills.filter((s) => s.section === 'preferred');
  const reqTotal = gap ? gap.required.have.length + gap.required.missing.length : required.length;

  const button = pill(gap ? scoreTone(gap.score) : 'neutral', label,
    ...(gap ? [`${gap.required.have.length}/${reqTotal} `, el('span', { class: 'dim' }, 'required')] : [`${reqTotal} `, el('span', { class: 'dim' }, 'skills asked')]),
    flags.length > 0 && el('span', { class: 'flag' }, flags[0]!));
  button.setAttribute('aria-expanded', 'false');
  const root = el('div', { class: `root ${theme}` }, button);

  let panel: HTMLElement | null = null;
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(); };
  function close(): void {
    if (!panel) return;
    removeEventListener('keydown', onKey, true);
    panel.remove();
    panel = null;
    button.setAttribute('aria-expanded', 'false');
  }
  function open(): void {
    const closeButton = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    closeButton.addEventListener('click', close);
    const steps = el('button', { type: 'button', class: 'steps' }, `${gap ? 'Next steps to close the gap' : 'Set up your profile'} →`);
    steps.addEventListener('click', onSteps);
    panel = el('div', { class: 'panel', tabindex: '-1', role: 'dialog', 'aria-label': 'GapLens: skill gap for this listing' },
      el('header', {}, el('strong', {}, 'GapLens'), gap && el('span', { class: `score ${scoreTone(gap.score)}` }, `${Math.round(gap.score * 100)}% match`), closeButton),
      ...(gap
        ? [group('Required', gap.required.have.map((h) => h.name), gap.required.missing.map((m) => m.name)),
          group('Preferred', gap.preferred.have.map((h) => h.name), gap.preferred.missing.map((m) => m.name))]
        : [group('Required', [], required.map((s) => s.name), true),
          group('Preferred', [], preferred.map((s) => s.name), true),
          el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')]),
      flags.length > 0 && el('ul', { class: 'flags', 'aria-label': 'Flags' }, ...flags.map((f) => el('li', {}, f))),
      steps);
    root.append(panel);
    button.setAttribute('aria-expanded', 'true');
    panel.focus();
    addEventListener('keydown', onKey, true);
  }
  button.addEventListener('click', () => { if (panel) close(); else open(); });
  return { root, close };
}

function group(title: string, have: string[], missing: string[], neutral = false): HTMLElement | null {
  if (!have.length && !missing.length) return null;
  return el('section', {},
    el('h3', {}, `${title} `, el('span', { class: 'dim' }, neutral ? String(missing.length) : `${have.length}/${have.length + missing.length}`)),
    el('ul', { class: 'chips' },
      ...have.map((n) => el('li', { class: 'have' }, el('span', { 'aria-hidden': 'true' }, '✓ '), n, el('span', { class: 'sr' }, ' (you have it)'))),
      ...missing.map((n) => el('li', { class: neutral ? 'ask' : 'missing' }, !neutral && el('span', { 'aria-hidden': 'true' }, '+ '), n, !neutral && el('span', { class: 'sr' }, ' (missing)')))));
}
