// Where the open badge panel goes (badge.ts): pure geometry, tested on its own.

const GAP = 8;
const EDGE = 8;

export type Box = { left: number; top: number; bottom: number; height: number };

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
