// The inline badge: a custom-named element whose UI lives in a CLOSED shadow root, so the
// page's CSS cannot reach in and ours cannot leak out. Page text only ever reaches the
// DOM as text nodes (`append` of a string, `textContent`); nothing here parses HTML.
//
// Built with plain DOM calls rather than Preact: the badge is a handful of elements, and
// a framework's code would be compiled and run cold in every board tab before the badge
// could appear (the popup and options pages, which stay open, use Preact).
import type { Analysis, CardResult } from '../core/protocol';
import type { CorrectionChange } from '../core/wire';
import type { Flag } from '../ui/flags';
import { canHighlight, clearHighlights, findPattern, findRanges, scrollToRange, showHighlights, type Kind } from './highlight';
import { el, type Child } from '../ui/dom';
import { chipActions } from '../ui/chipActions';
import { flagMark, flagText, pillFlagText } from '../ui/flags';
import { badgeLabel, cardSection, cardView, listingView } from '../ui/summary';
import { scoreTone } from '../ui/tone';
import { HAVE_WORD, MISSING_WORD, SECTION_TITLE, UNCLEAR_TEXT, UNCLEAR_TITLE } from '../ui/vocab';
import { holds, placeAt, type Spot } from './anchor';
import css from './badge.css?inline';
import { readingNotes } from './notes';
import { addSkillBox, type Found } from './addSkill';

export interface BadgeHandle {
  host: HTMLElement;
  ensureAttached: (at: Element | Spot) => void;
  remove: () => void;
}

type Props =
  | { kind: 'detail'; jobId: string; anchor: Element | Spot; analysis: Analysis; onSteps: () => void; onCorrect?: Correct; onFind?: (query: string) => Promise<Found[]> }
  | { kind: 'card'; jobId: string; anchor: Element; card: CardResult };

// Where the badge goes (after a title, or fixed to the page corner) is decided in anchor.ts.
const spotOf = (at: Element | Spot): Spot => ('kind' in at ? at : { kind: 'inline', anchor: at });
const near = (spot: Spot): Element | null => (spot.kind === 'inline' ? spot.anchor : null);

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
  let spot = spotOf(props.anchor);
  let theme = pageIsDark(near(spot)) ? 'dark' : 'light';
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
  // A card badge sits by its card's title, which boards often wrap in the card's link: a
  // press on the badge opens its panel and must not follow the link.
  host.addEventListener('click', (e) => { if (host.closest('a[href]')) e.preventDefault(); });
  const view = props.kind === 'detail' ? detailBadge(host, props.analysis, props.onSteps, theme, props.onCorrect, props.onFind) : cardBadge(host, props.card, theme);
  mount.append(view.root);
  placeAt(host, spot);
  // The page's own styles may still be loading when the badge goes in: look again once it has.
  const retheme = () => {
    const now = pageIsDark(near(spot)) ? 'dark' : 'light';
    if (now === theme) return;
    view.root.classList.replace(`gl-${theme}`, `gl-${now}`);
    host.dataset.theme = theme = now;
  };
  if (document.readyState !== 'complete') addEventListener('load', retheme, { once: true });

  return {
    host,
    ensureAttached(next: Element | Spot) {
      spot = spotOf(next);
      // The page re-rendered and dropped us, or the title showed up: put the same badge there.
      if (!holds(host, spot)) placeAt(host, spot);
    },
    remove() {
      removeEventListener('load', retheme);
      view.close();
      host.remove();
    },
  };
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
  const title = SECTION_TITLE[cardSection(card)];
  const body: Child[] = view.state === 'unclear'
    ? [el('p', { class: 'hint' }, UNCLEAR_TEXT)]
    : view.state === 'asked'
      ? [group(title, [], card.required, 'neutral'), el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')]
      : [group(title, card.have, card.missing)];
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

/** Sends one correction; the answer is this tab's listing as now corrected (null: nothing came back). */
export type Correct = (change: CorrectionChange) => Promise<{ undo: CorrectionChange; analysis: Analysis | null }>;

type ChipKind = 'have' | 'missing' | 'asked';
interface ChipData { id: string; name: string; section: 'required' | 'preferred' | 'other'; kind: ChipKind; mentions: string[]; inProfile: boolean }

const UNDO_MS = 8000;

/** The words a chip was read from: its own mentions, or for an either-or group every option's. */
function mentionsOf(analysis: Analysis, id: string): string[] {
  const hit = analysis.requirements.skills.find((s) => s.id === id);
  if (!hit) return [];
  const group = hit.group === null ? [hit] : analysis.requirements.skills.filter((s) => s.group === hit.group);
  return group.flatMap((s) => s.mentions);
}

/** Words to look for in the page for a flag: what such a requirement is written as. */
function flagWords(analysis: Analysis, kind: Flag['kind']): RegExp | null {
  const r = analysis.requirements;
  if (kind === 'years' && r.years) return new RegExp(`(?<![\\w])${r.years.min}\\s*(?:\\+|\\s*(?:-|–|to)\\s*\\d+)?\\s*\\+?\\s*(?:years?|yrs?)\\b`, 'gi');
  if (kind === 'degree' && r.degree) {
    const words = { bachelor: "bachelor(?:'s|’s)?|B\\.?S\\.?c?\\b|B\\.?A\\.?\\b|BSc|undergraduate degree", master: "master(?:'s|’s)?|M\\.?S\\.?c?\\b|MSc", phd: 'Ph\\.?\\s?D\\.?|doctorate|doctoral degree' }[r.degree.level];
    return new RegExp(`(?<![\\w])(?:${words})`, 'gi');
  }
  return null;
}

/**
 * The detail badge: its pill names the worst unmet flag; its panel holds everything. Each
 * chip opens a small menu of corrections (two clicks to any of them) and shows where in the
 * page its words are; flags show theirs too; a toggle marks every skill by kind.
 */
function detailBadge(host: HTMLElement, initial: Analysis, onSteps: () => void, theme: string, onCorrect: Correct | undefined, onFind: ((query: string) => Promise<Found[]>) | undefined): { root: HTMLElement; close: () => void } {
  let analysis = initial;
  const button = el('button', { type: 'button', class: 'pill' });
  function paintPill(): void {
    const label = badgeLabel(analysis);
    const view = listingView(analysis);
    const flag = view.pillFlag;
    button.className = `pill tone-${view.tone}`;
    button.replaceChildren(el('span', { class: 'mark', 'aria-hidden': 'true' }),
      view.pill, ...(view.pillWord ? [' ', el('span', { class: 'dim' }, view.pillWord)] : []),
      ...(flag ? [el('span', { class: `flag tone-${flag.tone}`, 'data-status': flag.status }, flagMark(flag) && `${flagMark(flag)} `, pillFlagText(flag))] : []));
    // The name starts with the words on the pill (WCAG 2.5.3, label in name), then says them in full.
    button.setAttribute('aria-label', `${(button.textContent ?? '').replace(/\s+/g, ' ').trim()}. ${label}`);
    host.setAttribute('aria-label', label);
  }
  paintPill();

  let selected: string | null = null;
  let showAll = false;
  let undo: { text: string; change: CorrectionChange; timer: number } | null = null;
  /** The live region, kept across re-renders so what it says is announced. */
  const live = el('p', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  /** The first highlighted words of the selection: the panel keeps clear of them. */
  let shown: Range | null = null;
  const say = (text: string) => { live.textContent = text; };
  // Built once: what the user is typing survives the panel redrawing around it.
  const adder = onCorrect && onFind && addSkillBox({
    find: onFind,
    asked: (id) => analysis.requirements.skills.find((s) => s.id === id)?.section ?? null,
    add: (skill, where) => void act({ kind: 'listing', listing: analysis.key, skill: skill.id, action: where },
      `${skill.name} added: ${where === 'required' ? 'required' : 'nice to have'} here.`),
    say,
  });

  type View = ReturnType<typeof listingView>;
  function chipsOf(view: View, section: 'required' | 'preferred'): ChipData[] {
    const own = new Set(analysis.gap ? [...analysis.gap.required.have, ...analysis.gap.preferred.have].filter((h) => h.via === null).map((h) => h.id) : []);
    const part = view[section];
    const mk = (ref: { id: string; name: string }, kind: ChipKind): ChipData => ({ id: ref.id, name: ref.name, section, kind, mentions: mentionsOf(analysis, ref.id), inProfile: own.has(ref.id) });
    return [...part.have.map((h) => mk(h, 'have')), ...part.missing.map((m) => mk(m, 'missing')), ...part.asked.map((a) => mk(a, 'asked'))];
  }

  /** Highlights for the selection and the "all" toggle; returns how many ranges the selection found. */
  function paintHighlights(view: View, focusWords: string[] | RegExp | null): number {
    const sets: Partial<Record<Kind, Range[]>> = {};
    if (showAll) {
      for (const section of ['required', 'preferred'] as const) {
        for (const c of chipsOf(view, section)) (sets[c.kind === 'missing' ? 'missing' : section] ??= []).push(...findRanges(c.mentions));
      }
    }
    const focus = focusWords instanceof RegExp ? findPattern(focusWords) : focusWords ? findRanges(focusWords) : [];
    sets.focus = focus;
    showHighlights(sets);
    shown = focus[0] ?? null;
    if (shown) scrollToRange(shown);
    return focus.length;
  }

  async function act(change: CorrectionChange, done: string): Promise<void> {
    if (!onCorrect) return;
    try {
      const answer = await onCorrect(change);
      if (answer.analysis) analysis = answer.analysis;
      if (undo) clearTimeout(undo.timer);
      undo = { text: done, change: answer.undo, timer: window.setTimeout(() => { undo = null; panel.refresh(null); }, UNDO_MS) };
      selected = null;
      say(`${done} Undo is available for a few seconds.`);
      paintPill();
      panel.refresh('.undo-button');
    } catch (error) {
      say(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function takeBack(): Promise<void> {
    if (!undo || !onCorrect) return;
    const u = undo;
    clearTimeout(u.timer);
    undo = null;
    try {
      const answer = await onCorrect(u.change);
      if (answer.analysis) analysis = answer.analysis;
      say(`Undone: ${u.text}`);
      paintPill();
      panel.refresh('.gl-close');
    } catch (error) {
      say(`Could not undo: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function menu(c: ChipData, found: number): HTMLElement {
    const items = chipActions(c, analysis.key);
    const note = c.mentions.length === 0
      ? 'You added this skill to this listing: it has no words in the page.'
      : found > 0 ? `Highlighted ${found === 1 ? 'once' : `${found} times`} in the page.`
        : `Not found in the page: GapLens read it as “${c.mentions.join('”, “')}”.`;
    return el('div', { class: 'menu', id: `gl-menu-${c.id}`, role: 'group', 'aria-label': `${c.name}: what to do` },
      el('p', { class: 'hint evidence', 'data-found': String(found) }, note),
      ...(onCorrect ? items.map(({ label, change, done }) => {
        const b = el('button', { type: 'button', class: 'act' }, label);
        b.addEventListener('click', () => void act(change, done));
        return b;
      }) : []));
  }

  function content(): Child[] {
    const view = listingView(analysis);
    const steps = el('button', { type: 'button', class: 'steps' }, `${analysis.gap ? 'Next steps to close the gap' : 'Set up your profile'} →`);
    steps.addEventListener('click', onSteps);
    const chip = selected ? [...chipsOf(view, 'required'), ...chipsOf(view, 'preferred')].find((c) => `skill:${c.id}` === selected) : undefined;
    const flag = selected?.startsWith('flag:') ? view.flags.find((f) => `flag:${f.kind}` === selected) : undefined;
    const found = paintHighlights(view, chip ? chip.mentions : flag ? flagWords(analysis, flag.kind) : null);

    const section = (s: 'required' | 'preferred'): HTMLElement | null => {
      const chips = chipsOf(view, s);
      if (!chips.length) return null;
      const have = chips.filter((c) => c.kind === 'have').length;
      const list = el('ul', { class: 'chips' }, ...chips.map((c) => {
        const tone = c.kind === 'have' ? 'tone-good' : c.kind === 'missing' ? 'tone-low' : 'tone-neutral';
        const b = el('button', { type: 'button', class: `chip ${tone}`, 'data-skill': c.id, 'aria-expanded': String(selected === `skill:${c.id}`), 'aria-controls': `gl-menu-${c.id}` },
          c.kind === 'have' ? el('span', { 'aria-hidden': 'true' }, '✓ ') : c.kind === 'missing' ? el('span', { 'aria-hidden': 'true' }, '+ ') : null,
          c.name, c.kind !== 'asked' && el('span', { class: 'sr' }, ` (${c.kind === 'have' ? HAVE_WORD : MISSING_WORD})`));
        b.addEventListener('click', () => { selected = selected === `skill:${c.id}` ? null : `skill:${c.id}`; panel.refresh(`[data-skill="${c.id}"]`); });
        return el('li', {}, b);
      }));
      return el('section', {}, el('h3', {}, `${SECTION_TITLE[s]} `, el('span', { class: 'dim' }, view.state === 'scored' ? `${have}/${chips.length}` : String(chips.length))),
        list, chip && chip.section === s ? menu(chip, found) : null);
    };

    const flags = view.flags.length > 0 && el('ul', { class: 'flags', 'aria-label': 'Flags' }, ...view.flags.map((f) => {
      const b = el('button', { type: 'button', class: `flagchip tone-${f.tone}`, 'data-status': f.status, 'data-flag': f.kind, 'aria-pressed': String(selected === `flag:${f.kind}`) },
        flagMark(f) && el('span', { 'aria-hidden': 'true' }, `${flagMark(f)} `), flagText(f));
      b.addEventListener('click', () => { selected = selected === `flag:${f.kind}` ? null : `flag:${f.kind}`; panel.refresh(`[data-flag="${f.kind}"]`); });
      return el('li', { class: `tone-${f.tone}`, 'data-status': f.status }, b);
    }));
    const flagNote = flag && el('p', { class: 'hint evidence', 'data-found': String(found) },
      found > 0 ? `“${flag.text}”: highlighted in the page.` : flag.kind === 'seniority' ? 'Read from the title or the years asked.' : `“${flag.text}”: GapLens could not find these words in the page.`);

    const all = el('button', { type: 'button', class: 'act toggle', 'aria-pressed': String(showAll) }, showAll ? 'Hide highlights' : 'Highlight all in the page');
    all.addEventListener('click', () => {
      showAll = !showAll;
      say(showAll ? 'Skills highlighted in the page: required solid, nice to have dashed, missing for you wavy.' : 'Highlights removed.');
      panel.refresh('.toggle');
    });
    const undoButton = el('button', { type: 'button', class: 'act undo-button' }, 'Undo');
    undoButton.addEventListener('click', () => void takeBack());

    const body: Child[] = view.state === 'unclear'
      ? [el('p', { class: 'hint' }, UNCLEAR_TEXT), group(SECTION_TITLE.other, [], view.mentioned.map((s) => s.name), 'unclear')]
      : [section('required'), section('preferred'), view.state === 'asked' && el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')];
    return [header(view.score, view.state), analysis.why && el('p', { class: 'hint why' }, analysis.why), ...body, flags, flagNote,
      ...readingNotes(analysis.listing).map((n) => el('p', { class: 'hint' }, n)),
      canHighlight() && view.state !== 'unclear' && all, showAll && el('p', { class: 'hint legend' }, 'Solid: required · dashed: nice to have · wavy: missing for you'),
      adder, undo && el('div', { class: 'undo' }, el('span', {}, undo.text), ' ', undoButton), live,
      view.state !== 'unclear' && steps];
  }

  const panel = withPanel(host, theme, 'detail', button, content, () => {
    selected = null;
    showAll = false;
    shown = null;
    clearHighlights();
  }, () => shown?.getBoundingClientRect() ?? null);
  return { root: panel.root, close: () => { if (undo) clearTimeout(undo.timer); panel.close(); } };
}

const GAP = 8;
const EDGE = 8;

type Box = { left: number; top: number; bottom: number; height: number };

/**
 * Where the panel goes, in px from the pill's top-left corner: below the pill, or above
 * when there is more room above; shifted sideways to stay inside the viewport; never
 * taller than the room on its side (it scrolls inside itself instead). The panel stays
 * absolutely positioned in the badge, so a transformed page ancestor cannot move it.
 *
 * When the page has scrolled the pill out of view (a selected chip scrolls to its words),
 * the panel stays inside the viewport instead of leaving with the pill, and keeps clear of
 * `avoid` (those words) when they are under it: above them if there is room, else below.
 */
export function panelPlacement(pillRect: Box, panel: { width: number; height: number }, viewport: { width: number; height: number }, avoid: (Box & { right: number }) | null = null):
  { left: number; top: number | null; bottom: number | null; maxHeight: number; side: 'below' | 'above' } {
  const below = viewport.height - Math.max(pillRect.bottom, 0) - GAP - EDGE;
  const above = Math.min(pillRect.top, viewport.height) - GAP - EDGE;
  const side = panel.height <= below || below >= above ? 'below' : 'above';
  const width = Math.min(panel.width, viewport.width - 2 * EDGE);
  const x = Math.min(Math.max(pillRect.left, EDGE), Math.max(EDGE, viewport.width - EDGE - width));
  // The panel's edges in the viewport: [top, bottom] on its side of the pill, clamped in.
  let top = side === 'below' ? Math.max(pillRect.bottom + GAP, EDGE) : EDGE;
  let bottom = side === 'below' ? viewport.height - EDGE : Math.min(pillRect.top - GAP, viewport.height - EDGE);
  if (avoid && avoid.bottom > top && avoid.top < bottom && avoid.right > x && avoid.left < x + width) {
    if (avoid.top - GAP - top >= 120 || avoid.top - top >= bottom - avoid.bottom) bottom = Math.min(bottom, avoid.top - GAP);
    else top = Math.max(top, avoid.bottom + GAP);
  }
  const room = Math.max(120, bottom - top);
  return {
    left: Math.round(x - pillRect.left),
    top: side === 'below' ? Math.round(top - pillRect.top) : null,
    bottom: side === 'above' ? Math.round(pillRect.bottom - bottom) : null,
    maxHeight: Math.floor(room),
    side,
  };
}

/**
 * A pill that opens and closes a panel. Escape and a click outside close it; focus goes
 * back to the pill when it closes from inside, so keyboard users are never dropped at
 * the top of the page.
 */
function withPanel(host: HTMLElement, theme: string, kind: 'detail' | 'card', button: HTMLButtonElement, content: () => Child[], onClose?: () => void, avoid?: () => (Box & { right: number }) | null):
  { root: HTMLElement; close: () => void; refresh: (focus: string | null) => void } {
  button.setAttribute('aria-expanded', 'false');
  const root = el('div', { class: `root gl-${theme} ${kind}` }, button);
  let panel: HTMLElement | null = null;
  let frame = 0;
  // Escape outside the badge is seen here; inside it, on the root, after a control that
  // uses Escape itself (the skill search closing its list) has had it.
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape' && !e.composedPath().includes(host)) close(true); };
  root.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(true); });
  const onPointer = (e: Event) => { if (!e.composedPath().includes(host)) close(false); };
  const onMove = () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(position); };
  function position(): void {
    if (!panel) return;
    panel.style.maxHeight = '';
    const p = panelPlacement(button.getBoundingClientRect(), { width: panel.offsetWidth, height: panel.scrollHeight },
      { width: document.documentElement.clientWidth || innerWidth, height: innerHeight }, avoid?.() ?? null);
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
    onClose?.();
    if (refocus) button.focus();
  }
  function fill(): void {
    if (!panel) return;
    const closeButton = el('button', { type: 'button', class: 'close gl-close', 'aria-label': 'Close' }, '×');
    closeButton.addEventListener('click', () => close(true));
    panel.replaceChildren(...content().filter((c): c is Node | string => !!c));
    panel.querySelector('header')?.append(closeButton);
  }
  /** Draw the open panel again (after a correction or a selection), focus where the user acted. */
  function refresh(focus: string | null): void {
    if (!panel) return;
    // Redrawing takes the focused control out and back in: keep the user where they were.
    const had = (root.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    fill();
    position();
    const to = focus ? panel.querySelector<HTMLElement>(focus) ?? panel : had?.isConnected ? had : null;
    to?.focus({ preventScroll: true });
  }
  function open(): void {
    panel = el('div', { class: 'panel', tabindex: '-1', role: 'dialog', 'aria-label': 'GapLens: skill gap for this listing' });
    fill();
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
  return { root, close: () => close(false), refresh };
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
