// The inline badge: a custom-named element whose UI lives in a CLOSED shadow root, so the
// page's CSS cannot reach in and ours cannot leak out. Page text only ever reaches the
// DOM as text nodes (`append` of a string, `textContent`); nothing here parses HTML.
//
// Built with plain DOM calls rather than Preact: the badge is a handful of elements, and
// a framework's code would be compiled and run cold in every board tab before the badge
// could appear (the popup and options pages, which stay open, use Preact).
import type { Analysis, CardResult } from '../core/protocol';
import { el, type Child } from '../ui/dom';
import { flagMark, flagText, pillFlagText } from '../ui/flags';
import { badgeLabel, cardView, listingView } from '../ui/summary';
import { scoreTone } from '../ui/tone';
import { HAVE_WORD, MISSING_WORD, SECTION_TITLE, UNCLEAR_TEXT } from '../ui/vocab';
import css from './badge.css?inline';

export interface BadgeHandle {
  host: HTMLElement;
  ensureAttached: (anchor: Element) => void;
  remove: () => void;
}

type Props =
  | { kind: 'detail'; jobId: string; anchor: Element; analysis: Analysis; onSteps: () => void }
  | { kind: 'card'; jobId: string; anchor: Element; card: CardResult };

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
    view.root.classList.replace(`gl-${theme}`, `gl-${now}`);
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
  return el('button', { type: 'button', class: `pill tone-${tone}`, 'aria-label': label }, el('span', { class: 'mark', 'aria-hidden': 'true' }), ...children);
}

function cardBadge(card: CardResult, theme: string): HTMLElement {
  const label = badgeLabel(card);
  const view = cardView(card);
  return el('div', { class: `root gl-${theme} card`, title: label },
    pill(view.tone, label, view.pill, view.pillWord && ' ', view.pillWord && el('span', { class: 'dim' }, view.pillWord)));
}

/** The pill, and the panel it opens and closes (Escape closes it too). */
function detailBadge(analysis: Analysis, onSteps: () => void, theme: string): { root: HTMLElement; close: () => void } {
  const { gap } = analysis;
  const label = badgeLabel(analysis);
  const view = listingView(analysis);
  const flag = view.pillFlag;

  const button = pill(view.tone, label,
    view.pill, view.pillWord && ' ', view.pillWord && el('span', { class: 'dim' }, view.pillWord),
    flag && el('span', { class: `flag tone-${flag.tone}`, 'data-status': flag.status }, flagMark(flag) && `${flagMark(flag)} `, pillFlagText(flag)));
  button.setAttribute('aria-expanded', 'false');
  const root = el('div', { class: `root gl-${theme}` }, button);

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
    const body: Child[] = view.state === 'unclear'
      ? [el('p', { class: 'hint' }, UNCLEAR_TEXT), group(SECTION_TITLE.other, [], view.mentioned.map((s) => s.name), 'unclear')]
      : view.state === 'asked'
        ? [group(SECTION_TITLE.required, [], view.required.asked.map((s) => s.name), 'neutral'),
          group(SECTION_TITLE.preferred, [], view.preferred.asked.map((s) => s.name), 'neutral'),
          el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')]
        : [group(SECTION_TITLE.required, view.required.have.map((h) => h.name), view.required.missing.map((m) => m.name)),
          group(SECTION_TITLE.preferred, view.preferred.have.map((h) => h.name), view.preferred.missing.map((m) => m.name))];
    panel = el('div', { class: 'panel', tabindex: '-1', role: 'dialog', 'aria-label': 'GapLens: skill gap for this listing' },
      el('header', {}, el('strong', {}, 'GapLens'),
        view.score !== null ? el('span', { class: `score tone-${scoreTone(view.score)}` }, `${Math.round(view.score * 100)}% match`)
          : view.state === 'unclear' && el('span', { class: 'score tone-unclear' }, 'Requirements unclear'),
        closeButton),
      ...body,
      view.flags.length > 0 && el('ul', { class: 'flags', 'aria-label': 'Flags' }, ...view.flags.map((f) =>
        el('li', { class: `tone-${f.tone}`, 'data-status': f.status }, flagMark(f) && el('span', { 'aria-hidden': 'true' }, `${flagMark(f)} `), flagText(f)))),
      steps);
    root.append(panel);
    button.setAttribute('aria-expanded', 'true');
    panel.focus();
    addEventListener('keydown', onKey, true);
  }
  button.addEventListener('click', () => { if (panel) close(); else open(); });
  return { root, close };
}

/** A section's chips: 'have' and 'missing' against a profile, or one tone for what is only asked. */
function group(title: string, have: string[], missing: string[], asked?: 'neutral' | 'unclear'): HTMLElement | null {
  if (!have.length && !missing.length) return null;
  return el('section', {},
    el('h3', {}, `${title} `, el('span', { class: 'dim' }, asked ? String(missing.length) : `${have.length}/${have.length + missing.length}`)),
    el('ul', { class: 'chips' },
      ...have.map((n) => el('li', { class: 'tone-good' }, el('span', { 'aria-hidden': 'true' }, '✓ '), n, el('span', { class: 'sr' }, ` (${HAVE_WORD})`))),
      ...missing.map((n) => el('li', { class: asked ? `tone-${asked}` : 'tone-low' }, !asked && el('span', { 'aria-hidden': 'true' }, '+ '), n, !asked && el('span', { class: 'sr' }, ` (${MISSING_WORD})`)))));
}
