// The inline badge: a custom-named element whose UI lives in a CLOSED shadow root, so the
// page's CSS cannot reach in and ours cannot leak out. Page text only ever reaches the
// DOM as text nodes (`append` of a string, `textContent`); nothing here parses HTML.
//
// Built with plain DOM calls rather than Preact: the badge is a handful of elements, and
// a framework's code would be compiled and run cold in every board tab before the badge
// could appear (the popup and options pages, which stay open, use Preact).
import type { Analysis, CardResult, PillView } from '../core/protocol';
import { el, type Child } from '../ui/dom';
import { cardLabel, cardView } from '../ui/summary';
import { holds, placeAt, type Spot } from './anchor';
import { panelPlacement, type Box } from './placement';
import css from './badge.css?inline';
import type { Found } from './addSkill';
import { send } from './client';
import { PANEL_KIT, type Correct, type DetailPanel, type PanelKit } from './panel-types';

export interface BadgeHandle {
  host: HTMLElement;
  ensureAttached: (at: Element | Spot) => void;
  remove: () => void;
}

type Props =
  /** `listing` is the analysis key the panel asks the worker for; `pill` is what the worker drew for the badge. */
  | { kind: 'detail'; jobId: string; anchor: Element | Spot; listing: string; pill: PillView; onSteps: () => void; onCorrect?: Correct; onFind?: (query: string) => Promise<Found[]> }
  /** `listing` is the card's analysis key (`<board>:<jobId>`): its panel asks the worker for the listing by it. */
  | { kind: 'card'; jobId: string; anchor: Element; card: CardResult; listing: string; onCorrect?: Correct; onFind?: (query: string) => Promise<Found[]> };

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
  const seen = taskBackgrounds();
  for (let node: Element | null = near ?? document.body; node; node = node.parentElement) {
    let own = seen.get(node);
    if (own === undefined) seen.set(node, (own = backgroundOf(node)));
    if (own !== Background.None) return own === Background.Dark;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
}

const enum Background { None, Light, Dark }

/** An element's own background: none (transparent or nearly), light or dark. */
function backgroundOf(node: Element): Background {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(node).backgroundColor);
  if (!m || (m[4] !== undefined && Number(m[4]) <= 0.5)) return Background.None;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? Background.Dark : Background.Light;
}

/**
 * The backgrounds read in the current task. Each read after the page changed makes the browser
 * work its styles out again: badges going in one after another would do so once per badge, so a
 * task reads each element once (our badges change no page element's background), and a batch of
 * badges is read before any goes in (`readBackgrounds`). Forgotten when the task ends.
 */
let backgrounds: Map<Element, Background> | null = null;
function taskBackgrounds(): Map<Element, Background> {
  if (!backgrounds) {
    backgrounds = new Map();
    setTimeout(() => { backgrounds = null; }, 0);
  }
  return backgrounds;
}

/** Read, before any of them goes in, the backgrounds behind where a batch of badges will go. */
export function readBackgrounds(anchors: readonly Element[]): void {
  for (const a of anchors) pageIsDark(a);
}

export function mountBadge(props: Props): BadgeHandle {
  const host = document.createElement('gaplens-badge');
  host.dataset.gaplens = props.kind;
  host.dataset.gaplensJob = props.jobId;
  host.setAttribute('aria-label', props.kind === 'detail' ? props.pill.label : cardLabel(props.card));
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
  const view = props.kind === 'detail'
    ? listingBadge(host, theme, 'detail', props.pill, {
      ...props, inPage: true,
      load: async () => (await send('tabListing', { key: props.listing })).analysis,
    })
    : listingBadge(host, theme, 'card', cardPill(props.card), {
      ...props, inPage: false,
      load: async () => (await send('cardListing', { key: props.listing })).analysis,
      // The worker answers a correction with the tab's own listing: a card's is asked for again.
      onCorrect: props.onCorrect && (async (change) => {
        const { undo } = await props.onCorrect!(change);
        return { undo, analysis: (await send('cardListing', { key: props.listing })).analysis };
      }),
    });
  mount.append(view.root);
  placeAt(host, spot);
  // The page's own styles may still be loading when the badge goes in: look again once it has.
  const retheme: Retheme = {
    read: () => (pageIsDark(near(spot)) ? 'dark' : 'light'),
    apply: (now) => {
      if (now === theme) return;
      view.root.classList.replace(`gl-${theme}`, `gl-${now}`);
      host.dataset.theme = theme = now;
    },
  };
  if (document.readyState !== 'complete') atLoad(retheme);

  return {
    host,
    ensureAttached(next: Element | Spot) {
      spot = spotOf(next);
      // The page re-rendered and dropped us, or the title showed up: put the same badge there.
      if (!holds(host, spot)) placeAt(host, spot);
    },
    remove() {
      rethemes.delete(retheme);
      view.close();
      host.remove();
    },
  };
}

interface Retheme { read: () => 'dark' | 'light'; apply: (theme: 'dark' | 'light') => void }
/** Badges to look at again once the page has loaded: all read first, then all changed (one style pass, not one per badge). */
const rethemes = new Set<Retheme>();
function atLoad(r: Retheme): void {
  if (rethemes.size === 0) addEventListener('load', rethemeAll, { once: true });
  rethemes.add(r);
}
function rethemeAll(): void {
  const all = [...rethemes];
  rethemes.clear();
  const themes = all.map((r) => r.read());
  all.forEach((r, i) => r.apply(themes[i]!));
}

/** A card's pill, drawn from the worker's card result: counts only, no flag. */
function cardPill(card: CardResult): PillView {
  const view = cardView(card);
  return { tone: view.tone, text: view.pill, word: view.pillWord, flag: null, label: cardLabel(card) };
}

interface ListingOptions {
  listing: string;
  /** The listing in full, asked of the worker on the panel's first open (null: it is gone). */
  load: () => Promise<Analysis | null>;
  inPage: boolean;
  onSteps?: () => void;
  onCorrect?: Correct | undefined;
  onFind?: ((query: string) => Promise<Found[]>) | undefined;
}

/**
 * A badge for one listing, on its detail page or on its card in a result list. Its pill
 * (drawn by the worker) names the worst unmet flag on a detail page, counts only on a
 * card; its panel (panel-kit.ts) holds everything else, made on the first open with the
 * listing in full asked of the worker then. A card's panel is the same panel, without
 * highlights: that listing's words are not in this page.
 */
function listingBadge(host: HTMLElement, theme: string, kind: 'detail' | 'card', initial: PillView, o: ListingOptions): { root: HTMLElement; close: () => void } {
  let pill = initial;
  let analysis: Analysis | null = null;
  const button = el('button', { type: 'button', class: 'pill' });
  function paintPill(): void {
    const flag = kind === 'detail' ? pill.flag : null;
    button.className = `pill tone-${pill.tone}`;
    button.replaceChildren(el('span', { class: 'mark', 'aria-hidden': 'true' }),
      pill.text, ...(pill.word ? [' ', el('span', { class: 'dim' }, pill.word)] : []),
      ...(flag ? [el('span', { class: `flag tone-${flag.tone}`, 'data-status': flag.status }, flag.mark && `${flag.mark} `, flag.text)] : []));
    // The name starts with the words on the pill (WCAG 2.5.3, label in name), then says them in full.
    button.setAttribute('aria-label', `${(button.textContent ?? '').replace(/\s+/g, ' ').trim()}. ${pill.label}`);
    host.setAttribute('aria-label', pill.label);
  }
  paintPill();
  let parts: DetailPanel | null = null;
  const panel = withPanel(host, theme, kind, button, (kit) => (parts ??= kit.detail({
    analysis: () => analysis!,
    setAnalysis: (next) => { analysis = next; pill = kit.pill(next); paintPill(); },
    refresh: (focus) => panel.refresh(focus),
    onSteps: o.onSteps, onCorrect: o.onCorrect, onFind: o.onFind, inPage: o.inPage,
  })).content(), () => parts?.closed(), () => parts?.avoid() ?? null, async () => {
    if (analysis) return;
    const found = await o.load();
    // A detail badge's tab has read another listing since, or a card's listing left the history.
    if (!found) throw new Error(kind === 'detail' ? 'this listing is no longer the one GapLens read in this tab' : 'GapLens no longer has this listing: open it to read it again');
    analysis = found;
  });
  return { root: panel.root, close: () => { parts?.dispose(); panel.close(); } };
}

let loading: Promise<PanelKit> | null = null;
/**
 * The panel's code: already in this page's isolated world, or asked of the worker now,
 * which injects it into this tab (once per page; a failed try may be tried again).
 */
function panelKit(): Promise<PanelKit> {
  const g = globalThis as unknown as Record<string, PanelKit | undefined>;
  const have = g[PANEL_KIT];
  if (have) return Promise.resolve(have);
  // Once in, the kit is read from the global; the promise only joins presses made meanwhile.
  return loading ??= send('panel', {}).finally(() => { loading = null; }).then(() => {
    const kit = g[PANEL_KIT];
    if (!kit) throw new Error('its code did not load');
    return kit;
  });
}

/**
 * A pill that opens and closes a panel. Escape and a click outside close it; focus goes
 * back to the pill when it closes from inside, so keyboard users are never dropped at
 * the top of the page.
 */
function withPanel(host: HTMLElement, theme: string, kind: 'detail' | 'card', button: HTMLButtonElement, content: (kit: PanelKit) => Child[], onClose?: () => void, avoid?: () => (Box & { right: number }) | null, prepare?: () => Promise<void>):
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
    wanted = false;
    if (!panel) return;
    removeEventListener('keydown', onKey, true);
    removeEventListener('pointerdown', onPointer, true);
    removeEventListener('resize', onMove);
    removeEventListener('scroll', onMove, true);
    cancelAnimationFrame(frame);
    panel.remove();
    panel = null;
    button.setAttribute('aria-expanded', 'false');
    delete host.dataset.gaplensOpen;
    onClose?.();
    if (refocus) button.focus();
  }
  function fill(): void {
    if (!panel) return;
    const closeButton = el('button', { type: 'button', class: 'close gl-close', 'aria-label': 'Close' }, '×');
    closeButton.addEventListener('click', () => close(true));
    panel.replaceChildren(...content(kit!).filter((c): c is Node | string => !!c));
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
  let kit: PanelKit | null = null;
  let wanted = false;
  async function open(): Promise<void> {
    wanted = true;
    oops?.remove();
    if (!kit || prepare) {
      button.setAttribute('aria-busy', 'true');
      try {
        if (!kit) {
          const loaded = await panelKit();
          if (!kit) {
            kit = loaded;
            // The panel's styles join the badge's in its shadow root, once.
            const style = el('style');
            style.textContent = kit.css;
            root.before(style);
          }
        }
        // What the panel shows, if it is not here yet (the detail panel's listing in full).
        await prepare?.();
      } catch (error) {
        if (wanted) failed(error);
        wanted = false;
        return;
      } finally {
        button.removeAttribute('aria-busy');
      }
    }
    // Escape or a second press while the code was coming: the user no longer wants it.
    if (!wanted || panel) return;
    panel = el('div', { class: 'panel', tabindex: '-1', role: 'dialog', 'aria-label': 'GapLens: skill gap for this listing' });
    fill();
    root.append(panel);
    position();
    button.setAttribute('aria-expanded', 'true');
    // On the host as well: the panel comes a moment after the press (its code loads on the
    // first open), and the closed shadow root is out of reach of anything that needs to know.
    host.dataset.gaplensOpen = '';
    panel.focus({ preventScroll: true });
    addEventListener('keydown', onKey, true);
    addEventListener('pointerdown', onPointer, true);
    addEventListener('resize', onMove, { passive: true });
    addEventListener('scroll', onMove, { capture: true, passive: true });
  }
  let oops: HTMLElement | null = null;
  /** The panel's code could not be had (the extension was updated or reloaded under the page): say so by the pill. */
  function failed(error: unknown): void {
    const why = error instanceof Error ? error.message : String(error);
    oops = el('p', { class: 'oops', role: 'alert' }, `GapLens could not open its panel (${why}). Reload the page to try again.`);
    root.append(oops);
    const gone = oops;
    setTimeout(() => gone.remove(), 8000);
  }
  button.addEventListener('click', () => { if (panel || wanted) close(true); else void open(); });
  return { root, close: () => close(false), refresh };
}

