// Where a badge goes, without any board's selectors. A detail badge sits at the listing's
// title: the element the reader chain found (a heading or a title line), if the user can
// see it, or else any visible heading that says the listing's title (pages repeat the title in hidden sticky bars and
// collapsed panes). When no title is visible (a page read from its JSON-LD alone) the badge
// is fixed to the page's corner rather than left out; it is still in its closed shadow
// root and still in the keyboard order (the host is appended to the body).

export type Spot = { kind: 'inline'; anchor: Element } | { kind: 'corner' };

function key(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Rendered and not hidden: it has a box, and no ancestor hides it. */
export function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && !el.closest('[hidden], [aria-hidden="true"], [inert]');
}

/** A visible heading whose text is the title, the most prominent first. */
export function visibleTitle(doc: Document, title: string): Element | null {
  const want = key(title);
  for (const level of ['h1', 'h2', 'h3']) {
    for (const el of Array.from(doc.querySelectorAll(level))) if (want && key(el.textContent) === want && visible(el)) return el;
  }
  return null;
}

/** The spot for a detail badge: the chain's title element if visible, any visible title line, or the corner. */
export function spotFor(found: Element | null, title: string | null): Spot {
  if (found && visible(found)) return { kind: 'inline', anchor: found };
  const shown = title ? visibleTitle(document, title) : null;
  return shown ? { kind: 'inline', anchor: shown } : { kind: 'corner' };
}

// Host-page CSS outranks :host rules, so the few properties that decide layout are pinned.
const INLINE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'], ['display', 'inline-block'], ['position', 'relative'], ['vertical-align', 'middle'], ['margin', '0 0 0 8px'], ['z-index', '2147483000'],
];
// Top left, below the bar most sites keep at the top: the panel opens downwards and to the
// right, so it stays on screen.
const CORNER: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['top', '84px'], ['left', '16px'], ['margin', '0'], ['z-index', '2147483000'],
];

/**
 * The element the badge goes right after: the title's heading (a screen reader would
 * read a badge inside the heading as part of the job title), or the link around the
 * title (a click inside it would navigate); null when it goes inside the title itself.
 */
function outerOf(anchor: Element): Element | null {
  return anchor.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') ?? anchor.closest('a');
}

/** Put the badge at its spot: after the title's heading or link, else as the title's last child. */
export function placeAt(host: HTMLElement, spot: Spot): void {
  for (const [k] of CORNER) host.style.removeProperty(k);
  for (const [k, v] of spot.kind === 'corner' ? CORNER : INLINE) host.style.setProperty(k, v, 'important');
  host.dataset.gaplensSpot = spot.kind;
  if (spot.kind === 'corner') {
    (document.body ?? document.documentElement).append(host);
    return;
  }
  const outer = outerOf(spot.anchor);
  if (outer) outer.after(host);
  else spot.anchor.append(host);
}

/** The badge is still where the spot says (the page may have re-rendered and dropped it). */
export function holds(host: HTMLElement, spot: Spot): boolean {
  if (!host.isConnected) return false;
  if (spot.kind === 'corner') return host.dataset.gaplensSpot === 'corner';
  const outer = outerOf(spot.anchor);
  return outer ? outer.nextElementSibling === host : host.parentElement === spot.anchor;
}
