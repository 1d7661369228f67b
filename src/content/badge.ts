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
import { HAVE_WORD, MISSING_WORD, SECTION_TITLE, UNCLEAR_TEXT, UNCLEAR_TITLE } from '../ui/vocab';
import css from './badge.css?inline';

export interface BadgeHandle {
  host: HTMLElement;
  ensureAttached: (anchor: Element) => void;
  remove: () => void;
}

type Props =
  | { kind: 'detail'; jobId: string; anchor: Element; analysis: Analysis; onSteps: () => void }
  | { kind: 'card'; jobId: string; anchor: Element; card: CardResult };

/**
 * The element the badge goes right after: the title's heading (a screen reader would
 * read a badge inside the heading as part of the job title), or the link around the
 * title (a click inside it would navigate), else the title itself, as its last child.
 */
function outerOf(anchor: Element): Element | null {
  return anchor.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') ?? anchor.closest('a');
}

function place(host: HTMLElement, anchor: Element): void {
  const outer = outerOf(anchor);
  if (outer) outer.after(host);
  else anchor.append(host);
}

/**
 * Whether the badge sits on a dark background: the first opaque background behind where
 * it goes (the title's ancestors up to <html>). The system theme decides only when the
 * page paints no background and itself declares it follows the theme (color-scheme:
 * dark); a light page stays light on a dark system.
 */
export function pageIsDark(near: Element | null = null): boolean {
  for (let node: Element | null = near ?? document.body; node; node = node.parentElement) {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(node).backgroundColor);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
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
  let theme = pageIsDark(props.anchor) ? 'dark' : 'light';
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
  const view = props.kind === 'detail' ? detailBadge(host, props.analysis, props.onSteps, theme) : cardBadge(host, props.card, theme);
  mount.append(view.root);
  place(host, props.anchor);
  let anchor = props.anchor;
  // The page's own styles may still be loading when the badge goes in: look again once it has.
  const retheme = () => {
    const now = pageIsDark(anchor) ? 'dark' : 'light';
    if (now === theme) return;
    view.root.classList.replace(`gl-${theme}`, `gl-${now}`);
    host.dataset.theme = theme = now;
  };
  if (document.readyState !== 'complete') addEventListener('load', retheme, { once: true });

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
  const outer = outerOf(anchor);
  return outer ? outer.nextElementSibling === host : host.parentElement === anchor;
}

function pill(tone: string, label: string, ...children: Child[]): HTMLButtonElement {
  const button = el('button', { type: 'button', class: `pill tone-${tone}` }, el('span', { class: 'mark', 'aria-hidden': 'true' }), ...children);
  // The name starts with the words on the pill (WCAG 2.5.3, label in name), then says them in full.
  button.setAttribute('aria-label', `${(button.textContent ?? '').replace(/\s+/g, ' ').trim()}. ${label}`);
  return button;
}

function cardBadge(host: HTMLElement, card: CardResult, theme: string): { root: HTMLElement; close: () => void } {
  const label = badgeLabel(card);
  const view = cardView(card);
  const missing = new Set(card.missing);
  const have = card.required.filter((n) => !missing.has(n));
  const body: Child[] = view.state === 'unclear'
    ? [el('p', { class: 'hint' }, UNCLEAR_TEXT)]
    : view.state === 'asked'
      ? [group(SECTION_TITLE.required, [], card.required, 'neutral'), el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')]
      : [group(SECTION_TITLE.required, have, card.missing)];
  const score = card.score !== null && view.state === 'scored' ? card.score : null;
  return withPanel(host, theme, 'card',
    pill(view.tone, label, view.pill, view.pillWord && ' ', view.pillWord && el('span', { class: 'dim' }, view.pillWord)),
    () => [header(score, view.state), ...body, el('p', { class: 'hint' }, 'Open the listing for its flags and the steps that close the gap.')]);
}

function header(score: number | null, state: string): HTMLElement {
  return el('header', {}, el('strong', {}, 'GapLens'),
    score !== null ? el('span', { class: `score tone-${scoreTone(score)}` }, `${Math.round(score * 100)}% match`)
      : state === 'unclear' && el('span', { class: 'score tone-unclear' }, UNCLEAR_TITLE));
}

/** The detail badge: its pill names the worst unmet flag; its panel holds everything. */
function detailBadge(host: HTMLElement, analysis: Analysis, onSteps: () => void, theme: string): { root: HTMLElement; close: () => void } {
  const label = badgeLabel(analysis);
  const view = listingView(analysis);
  const flag = view.pillFlag;
  const button = pill(view.tone, label,
    view.pill, view.pillWord && ' ', view.pillWord && el('span', { class: 'dim' }, view.pillWord),
    flag && el('span', { class: `flag tone-${flag.tone}`, 'data-status': flag.status }, flagMark(flag) && `${flagMark(flag)} `, pillFlagText(flag)));
  return withPanel(host, theme, 'detail', button, () => {
    const steps = el('button', { type: 'button', class: 'steps' }, `${analysis.gap ? 'Next steps to close the gap' : 'Set up your profile'} →`);
    steps.addEventListener('click', onSteps);
    const body: Child[] = view.state === 'unclear'
      ? [el('p', { class: 'hint' }, UNCLEAR_TEXT), group(SECTION_TITLE.other, [], view.mentioned.map((s) => s.name), 'unclear')]
      : view.state === 'asked'
        ? [group(SECTION_TITLE.required, [], view.required.asked.map((s) => s.name), 'neutral'),
          group(SECTION_TITLE.preferred, [], view.preferred.asked.map((s) => s.name), 'neutral'),
          el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')]
        : [group(SECTION_TITLE.required, view.required.have.map((h) => h.name), view.required.missing.map((m) => m.name)),
          group(SECTION_TITLE.preferred, view.preferred.have.map((h) => h.name), view.preferred.missing.map((m) => m.name))];
    return [header(view.score, view.state), ...body,
      view.flags.length > 0 && el('ul', { class: 'flags', 'aria-label': 'Flags' }, ...view.flags.map((f) =>
        el('li', { class: `tone-${f.tone}`, 'data-status': f.status }, flagMark(f) && el('span', { 'aria-hidden': 'true' }, `${flagMark(f)} `), flagText(f)))),
      // An unclear listing has no gap to close: no button promising steps.
      view.state !== 'unclear' && steps];
  });
}

const GAP = 8;
const EDGE = 8;

/**
 * Where the panel goes, in px from the pill's top-left corner: below the pill, or above
 * when there is more room above; shifted sideways to stay inside the viewport; never
 * taller than the room on its side (it scrolls inside itself instead). The panel stays
 * absolutely positioned in the badge, so a transformed page ancestor cannot move it.
 */
export function panelPlacement(pillRect: { left: number; top: number; bottom: number; height: number }, panel: { width: number; height: number }, viewport: { width: number; height: number }):
  { left: number; top: number | null; bottom: number | null; maxHeight: number; side: 'below' | 'above' } {
  const below = viewport.height - pillRect.bottom - GAP - EDGE;
  const above = pillRect.top - GAP - EDGE;
  const side = panel.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(120, side === 'below' ? below : above);
  const width = Math.min(panel.width, viewport.width - 2 * EDGE);
  const x = Math.min(Math.max(pillRect.left, EDGE), Math.max(EDGE, viewport.width - EDGE - width));
  return {
    left: Math.round(x - pillRect.left),
    top: side === 'below' ? pillRect.height + GAP : null,
    bottom: side === 'above' ? pillRect.height + GAP : null,
    maxHeight: Math.floor(room),
    side,
  };
}

/**
 * A pill that opens and closes a panel. Escape and a click outside close it; focus goes
 * back to the pill when it closes from inside, so keyboard users are never dropped at
 * the top of the page.
 */
function withPanel(host: HTMLElement, theme: string, kind: 'detail' | 'card', button: HTMLButtonElement, content: () => Child[]): { root: HTMLElement; close: () => void } {
  button.setAttribute('aria-expanded', 'false');
  const root = el('div', { class: `root gl-${theme} ${kind}` }, button);
  let panel: HTMLElement | null = null;
  let frame = 0;
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(true); };
  const onPointer = (e: Event) => { if (!e.composedPath().includes(host)) close(false); };
  const onMove = () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(position); };
  function position(): void {
    if (!panel) return;
    panel.style.maxHeight = '';
    const p = panelPlacement(button.getBoundingClientRect(), { width: panel.offsetWidth, height: panel.scrollHeight },
      { width: document.documentElement.clientWidth || innerWidth, height: innerHeight });
    panel.style.left = `${p.left}px`;
    panel.style.top = p.top === null ? 'auto' : `${p.top}px`;
    panel.style.bottom = p.bottom === null ? 'auto' : `${p.bottom}px`;
    panel.style.maxHeight = `${p.maxHeight}px`;
    panel.dataset.side = p.side;
  }
  function close(refocus: boolean): void {
    if (!panel) return;
    removeEventListener('keydown', onKey, true);
    removeEventListener('pointerdown', onPointer, true);
    removeEventListener('resize', onMove);
    removeEventListener('scroll', onMove, true);
    cancelAnimationFrame(frame);
    panel.remove();
    panel = null;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  }
  function open(): void {
    const closeButton = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    closeButton.addEventListener('click', () => close(true));
    panel = el('div', { class: 'panel', tabindex: '-1', role: 'dialog', 'aria-label': 'GapLens: skill gap for this listing' }, ...content());
    panel.querySelector('header')?.append(closeButton);
    root.append(panel);
    position();
    button.setAttribute('aria-expanded', 'true');
    panel.focus({ preventScroll: true });
    addEventListener('keydown', onKey, true);
    addEventListener('pointerdown', onPointer, true);
    addEventListener('resize', onMove, { passive: true });
    addEventListener('scroll', onMove, { capture: true, passive: true });
  }
  button.addEventListener('click', () => { if (panel) close(true); else open(); });
  return { root, close: () => close(false) };
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
