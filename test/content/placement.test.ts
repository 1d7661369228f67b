// Where the badge's panel goes (panelPlacement): inside the window whatever the page's
// scroll, and clear of the words a selected chip scrolled into view.
import { describe, expect, it } from 'vitest';
import { panelPlacement } from '../../src/content/placement';

const pill = (top: number, left = 100) => ({ left, top, bottom: top + 24, height: 24 });
const vp = { width: 1280, height: 900 };
/** The panel's top and bottom in the window, from the placement (relative to the pill). */
function edges(p: ReturnType<typeof panelPlacement>, at: ReturnType<typeof pill>, height: number) {
  const top = p.top !== null ? at.top + p.top : at.bottom - p.bottom! - Math.min(height, p.maxHeight);
  return { top, bottom: top + Math.min(height, p.maxHeight) };
}

describe('panelPlacement', () => {
  it('opens below the pill when it fits', () => {
    const at = pill(100);
    const p = panelPlacement(at, { width: 340, height: 400 }, vp);
    expect(p).toMatchObject({ side: 'below', top: 32, bottom: null });
    expect(edges(p, at, 400).bottom).toBeLessThanOrEqual(900);
  });

  it('a pill scrolled far above the window: the panel stays inside it instead of leaving with the pill', () => {
    const at = pill(-1600);
    const p = panelPlacement(at, { width: 340, height: 1200 }, vp);
    const e = edges(p, at, 1200);
    expect(e.top).toBeGreaterThanOrEqual(0);
    expect(e.bottom).toBeLessThanOrEqual(900);
  });

  it('a pill scrolled below the window: the panel opens above, inside it', () => {
    const at = pill(2000);
    const p = panelPlacement(at, { width: 340, height: 500 }, vp);
    expect(p.side).toBe('above');
    const e = edges(p, at, 500);
    expect(e.top).toBeGreaterThanOrEqual(0);
    expect(e.bottom).toBeLessThanOrEqual(900);
  });

  it('keeps clear of the highlighted words under it: above them when there is room, else below', () => {
    const at = pill(-1600);
    const words = { left: 300, right: 380, top: 440, bottom: 460, height: 20 };
    const p = panelPlacement(at, { width: 340, height: 1200 }, vp, words);
    const e = edges(p, at, 1200);
    expect(e.bottom).toBeLessThanOrEqual(words.top);
    expect(e.top).toBeGreaterThanOrEqual(0);
    const low = { ...words, top: 60, bottom: 80 };
    const q = edges(panelPlacement(at, { width: 340, height: 1200 }, vp, low), at, 1200);
    expect(q.top).toBeGreaterThanOrEqual(low.bottom);
    // Words beside the panel, not under it, change nothing.
    const beside = { ...words, left: 900, right: 980 };
    expect(panelPlacement(at, { width: 340, height: 1200 }, vp, beside)).toEqual(panelPlacement(at, { width: 340, height: 1200 }, vp));
  });
});
