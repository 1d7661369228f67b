// The badge panel in real Chromium, on saved pages at their real URLs: a selected chip's
// words scrolled into view without the panel being cut off; words the page no longer
// shows reported as not found, with no highlight; "Add a skill this listing asks for"
// from the keyboard (combobox, undo); a result card's badge opening its panel on the
// Ashby board, next to its own card's title. Screenshots: test-results/screenshots/panel-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { detailBadge, fixture, launch, screenshot, serve, setProfile, shotAround, type Harness } from './harness';
import { LISTING_PAGES } from './pages';
import { inBadge, type Box } from './shadow';

const OPENAI = LISTING_PAGES.find((p) => p.name === 'LinkedIn guest (OpenAI)')!;
const ASHBY = LISTING_PAGES.find((p) => p.name === 'Ashby')!;
const ASHBY_BOARD = 'https://jobs.ashbyhq.com/lumenlabs';
const WELLFOUND = LISTING_PAGES.find((p) => p.name === 'Wellfound')!;
const LINKEDIN_ANTHROPIC = LISTING_PAGES.find((p) => p.name === 'LinkedIn guest (Anthropic)')!;
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await serve(h.context, { [OPENAI.url]: fixture(OPENAI.file), [ASHBY.url]: fixture(ASHBY.file), [ASHBY_BOARD]: fixture('ashby/ashby_board_constructed.html'),
    [WELLFOUND.url]: fixture(WELLFOUND.file), [LINKEDIN_ANTHROPIC.url]: fixture(LINKEDIN_ANTHROPIC.file) });
  await setProfile(h, engineer);
});
afterAll(async () => { await h?.close(); });

const run = <T>(page: Page, body: string, kind: 'detail' | 'card' = 'detail') => inBadge<T>(page, `function () { ${body} }`, kind);
const click = (page: Page, selector: string, kind: 'detail' | 'card' = 'detail') =>
  run(page, `const el = this.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('no ${selector}'); el.click();`, kind);
const box = (page: Page, selector: string) => run<Box | null>(page, `const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null; const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };`);
const panelOpen = (page: Page, kind: 'detail' | 'card' = 'detail') => run<boolean>(page, 'return !!this.querySelector(".panel");', kind);
const chipIds = (page: Page) => run<string[]>(page, 'return [...this.querySelectorAll(".chip")].map((c) => c.dataset.skill);');
/** Texts of the ranges in one of our highlights, read in the page's own world. */
const highlighted = (page: Page, name: string) => page.evaluate((n) => {
  const hl = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
  return hl ? [...hl].map((r) => r.toString()) : [];
}, name);
/** The id of the element focused inside the badge (its shadow root's activeElement). */
const focused = (page: Page) => run<string>(page, 'const a = this.activeElement; return a ? (a.id || a.className || a.tagName) : "";');

async function openPanel(page: Page): Promise<void> {
  const badge = await detailBadge(page);
  await badge.host.first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => panelOpen(page)).toBe(true);
}

/** Wait until the page and the panel have stopped moving (a smooth scroll has ended). */
async function settled(page: Page): Promise<void> {
  let last = '';
  await expect.poll(async () => {
    const now = JSON.stringify([await page.evaluate(() => scrollY), await box(page, '.panel')]);
    const same = now === last;
    last = now;
    return same;
  }, { interval: 100, timeout: 10_000 }).toBe(true);
}

describe('evidence: the panel after the page scrolls to a chip\'s words', () => {
  it('stays whole inside the window and clear of the highlighted words', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await openPanel(page);
    // The chip whose words are furthest down the page: its scroll takes the pill out of view.
    const ids = await chipIds(page);
    let target = ids[0]!;
    let far = -Infinity;
    for (const id of ids) {
      await click(page, `.chip[data-skill="${id}"]`);
      const y = await page.evaluate(() => {
        const hl = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('gaplens-focus');
        const first = hl ? [...hl][0] : undefined;
        return first ? first.getBoundingClientRect().top + scrollY : -Infinity;
      });
      if (y > far) { far = y; target = id; }
      await click(page, `.chip[data-skill="${id}"]`);
    }
    await page.evaluate(() => scrollTo(0, 0));
    await settled(page);
    await click(page, `.chip[data-skill="${target}"]`);
    await expect.poll(() => highlighted(page, 'gaplens-focus')).not.toEqual([]);
    await settled(page);
    const vh = await page.evaluate(() => innerHeight);
    const pill = (await box(page, '.pill'))!;
    const panel = (await box(page, '.panel'))!;
    const close = (await box(page, '.gl-close'))!;
    expect(pill.bottom, 'the page scrolled the pill out of view').toBeLessThan(0);
    expect(panel.top).toBeGreaterThanOrEqual(0);
    expect(panel.bottom).toBeLessThanOrEqual(vh);
    expect(close.top).toBeGreaterThanOrEqual(0);
    const words = await page.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('gaplens-focus')!;
      const r = [...hl][0]!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    expect(words.top).toBeGreaterThanOrEqual(0);
    expect(words.bottom).toBeLessThanOrEqual(vh);
    const overlaps = words.bottom > panel.top && words.top < panel.bottom && words.right > panel.left && words.left < panel.right;
    expect(overlaps, 'the panel does not cover the words it points to').toBe(false);
    expect(await focused(page)).toContain('chip');
    await screenshot(page, 'panel-scrolled-to-evidence');
    await page.close();
  });

  it('words the page no longer shows: the chip and the flag say so and nothing is highlighted', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await openPanel(page);
    const skill = (await chipIds(page))[0]!;
    await click(page, `.chip[data-skill="${skill}"]`);
    const words = await run<string[]>(page, 'return [...this.querySelectorAll(".menu button")].map((b) => b.textContent).filter((t) => t.startsWith("Never count")).map((t) => t.slice(13, t.indexOf("” as")));');
    expect(words.length).toBeGreaterThan(0);
    await click(page, `.chip[data-skill="${skill}"]`);
    // The board collapses the description (a "show more" pane): the lines with those words are hidden.
    await page.evaluate((ws) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const hide: HTMLElement[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (ws.some((w) => n!.nodeValue!.toLowerCase().includes(w.toLowerCase())) && n.parentElement && !n.parentElement.closest('gaplens-badge')) hide.push(n.parentElement);
      }
      for (const el of hide) el.style.display = 'none';
    }, words);
    await click(page, `.chip[data-skill="${skill}"]`);
    const note = await run<{ text: string; found: string }>(page, 'const e = this.querySelector(".menu .evidence"); return { text: e.textContent, found: e.dataset.found };');
    expect(note.found).toBe('0');
    expect(note.text).toMatch(/^Not found in the page: GapLens read it as “/);
    expect(await highlighted(page, 'gaplens-focus')).toEqual([]);
    // A flag too: with the degree's words hidden, selecting "Master's required" says so and marks nothing.
    await click(page, `.chip[data-skill="${skill}"]`);
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const hide: HTMLElement[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (/master|\bm\.?sc?\b|ph\.?\s?d|doctora/i.test(n.nodeValue!) && n.parentElement && !n.parentElement.closest('gaplens-badge')) hide.push(n.parentElement);
      }
      for (const el of hide) el.style.display = 'none';
    });
    await click(page, '.flagchip[data-flag="degree"]');
    const flagNote = await run<{ text: string; found: string }>(page, 'const e = this.querySelector(".flags ~ .evidence"); return { text: e.textContent, found: e.dataset.found };');
    expect(flagNote.found).toBe('0');
    expect(flagNote.text).toMatch(/^“Master's required.*”: GapLens could not find these words in the page\.$/);
    expect(await highlighted(page, 'gaplens-focus')).toEqual([]);
    await page.close();
  });
});

describe('evidence is looked for in the listing, not in the page around it', () => {
  // Where each range of a highlight sits: inside a link (other jobs, related searches) or not, and in which block.
  const where = (page: Page, name: string) => page.evaluate((n) => {
    const hl = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(n);
    return hl ? [...hl].map((r) => { const e = r.startContainer.parentElement!; return { text: r.toString(), inLink: !!e.closest('a[href]'), block: e.closest('[class*="styles_description"], [class*="styles_similar"], .decorated-job-posting__details, .right-rail, .pre-footer')?.className.split(/[\s_]+/)[0] ?? '' }; }) : [];
  }, name);

  it('Wellfound (the listing read from its JSON-LD): "LLMs" is marked in the description block, not in "Similar jobs"', async () => {
    const page = await h.context.newPage();
    await page.goto(WELLFOUND.url);
    await openPanel(page);
    await click(page, '.chip[data-skill="llms"]');
    await expect.poll(() => highlighted(page, 'gaplens-focus')).not.toEqual([]);
    const ranges = await where(page, 'gaplens-focus');
    expect(ranges.length).toBeGreaterThan(0);
    for (const r of ranges) expect(r, r.text).toMatchObject({ inLink: false, block: 'styles' });
    expect(ranges.map((r) => r.text)).toContain('LLMs');
    expect(await page.evaluate(() => [...document.querySelectorAll('[class*="styles_similar"] a')].map((a) => a.textContent).join(' '))).toMatch(/Machine Learning Engineer, NLP/);
    // "Highlight all" leaves the similar jobs alone too.
    await click(page, '.toggle');
    await expect.poll(async () => (await where(page, 'gaplens-required')).length + (await where(page, 'gaplens-missing')).length).toBeGreaterThan(0);
    for (const name of ['gaplens-required', 'gaplens-preferred', 'gaplens-missing']) {
      for (const r of await where(page, name)) expect(r.inLink, `${name}: ${r.text}`).toBe(false);
    }
    await page.close();
  });

  it('LinkedIn: "Python" is marked on the posting\'s lines, not on the related "Python Developer jobs" links beside it', async () => {
    const page = await h.context.newPage();
    await page.goto(LINKEDIN_ANTHROPIC.url);
    await openPanel(page);
    expect(await page.evaluate(() => [...document.querySelectorAll('a[href*="python-developer-jobs"]')].length)).toBeGreaterThan(0);
    await click(page, '.chip[data-skill="python"]');
    await expect.poll(() => highlighted(page, 'gaplens-focus')).not.toEqual([]);
    const ranges = await where(page, 'gaplens-focus');
    expect(ranges.map((r) => r.block)).toEqual(ranges.map(() => 'decorated-job-posting'));
    expect(ranges.some((r) => r.inLink)).toBe(false);
    await page.close();
  });
});

describe('"Add a skill this listing asks for"', () => {
  it('from the keyboard: a combobox with the options page\'s search, re-badges at once, and can be undone', async () => {
    const page = await h.context.newPage();
    await page.goto(OPENAI.url);
    await openPanel(page);
    const label0 = (await detailBadge(page)).label;
    expect(await chipIds(page)).not.toContain('tableau');
    await click(page, '.add-open');
    expect(await focused(page)).toBe('gl-add-input');
    const combo = () => run<{ expanded: string | null; active: string | null; options: string[]; selected: string[] }>(page, `
      const i = this.getElementById('gl-add-input');
      const opts = [...this.querySelectorAll('#gl-add-list [role=option]')];
      return { expanded: i.getAttribute('aria-expanded'), active: i.getAttribute('aria-activedescendant'), options: opts.map((o) => o.textContent), selected: opts.filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.id) };`);
    // A typo, as in the options page: "tablau" still finds Tableau first.
    await page.keyboard.type('py');
    await expect.poll(async () => (await combo()).options.length).toBeGreaterThan(1);
    let c = await combo();
    expect(c).toMatchObject({ expanded: 'true', active: 'gl-add-opt-0', selected: ['gl-add-opt-0'] });
    await page.keyboard.press('ArrowDown');
    c = await combo();
    expect(c).toMatchObject({ active: 'gl-add-opt-1', selected: ['gl-add-opt-1'] });
    // Escape closes the list, and only the list: the panel stays open.
    await page.keyboard.press('Escape');
    expect((await combo()).expanded).toBe('false');
    expect(await panelOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.type('tablau');
    await expect.poll(async () => (await combo()).options[0] ?? '').toMatch(/^Tableau/);
    await screenshot(page, 'panel-add-skill');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipIds(page)).toContain('tableau');
    const section = await run<string>(page, 'return this.querySelector(\'.chip[data-skill="tableau"]\').closest("section").querySelector("h3").textContent;');
    expect(section).toMatch(/^Required/);
    expect((await detailBadge(page)).label).not.toBe(label0);
    expect(await run<string>(page, 'return this.querySelector(".undo")?.textContent ?? "";')).toMatch(/Tableau added: required here/);
    expect(await focused(page)).toContain('undo-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => chipIds(page)).not.toContain('tableau');
    expect((await detailBadge(page)).label).toBe(label0);
    await page.close();
  });
});

describe('result cards (issue 19 item 5)', () => {
  it('on the Ashby board a card\'s badge sits by its own card\'s title and opens the detail badge\'s panel by click or Enter; a correction there sticks', async () => {
    const posting = await h.context.newPage();
    await posting.goto(ASHBY.url);
    await detailBadge(posting);
    await openPanel(posting);
    const detailChips = await chipIds(posting);
    const detailFlags = await run<string[]>(posting, 'return [...this.querySelectorAll(".flagchip")].map((f) => f.textContent);');
    await posting.close();
    const page = await h.context.newPage();
    await page.goto(ASHBY_BOARD);
    const host = page.locator(`gaplens-badge[data-gaplens="card"][data-gaplens-job="${ASHBY.jobId}"]`);
    await host.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('gaplens-badge[data-gaplens="card"]').count()).toBe(1);
    const where = await host.evaluate((el) => ({
      before: el.previousElementSibling?.textContent ?? '', link: el.closest('a')?.getAttribute('href') ?? '', inHeading: !!el.closest('h1, h2, h3, h4, h5, h6'),
    }));
    expect(where).toEqual({ before: 'Research Engineer, Model Evaluation', link: `/lumenlabs/${ASHBY.jobId}`, inHeading: false });
    // A click opens the panel and does not follow the card's link.
    await click(page, '.pill', 'card');
    await expect.poll(() => panelOpen(page, 'card')).toBe(true);
    expect(page.url()).toBe(ASHBY_BOARD);
    // The panel counts what the pill counts.
    const counts = await run<{ pill: string; panel: string }>(page, 'return { pill: this.querySelector(".pill").textContent, panel: this.querySelector(".panel h3 .dim").textContent };', 'card');
    expect(counts.pill).toMatch(new RegExp(`^${counts.panel} required`));
    await shotAround(page, host, 'panel-card-ashby', { x: 60, y: 60, w: 760, h: 520 });
    await page.keyboard.press('Escape');
    await expect.poll(() => panelOpen(page, 'card')).toBe(false);
    expect(await run<string>(page, 'return this.activeElement?.className ?? "";', 'card')).toContain('pill');
    // Enter on the focused pill opens it again.
    await page.keyboard.press('Enter');
    await expect.poll(() => panelOpen(page, 'card')).toBe(true);
    expect(page.url()).toBe(ASHBY_BOARD);
    // The same panel as on the listing's own page: its chips, its flags, each chip's corrections.
    const cardChips = await run<string[]>(page, 'return [...this.querySelectorAll(".chip")].map((c) => c.dataset.skill);', 'card');
    expect(cardChips).toEqual(detailChips);
    expect(await run<string[]>(page, 'return [...this.querySelectorAll(".flagchip")].map((f) => f.textContent);', 'card')).toEqual(detailFlags);
    const dropped = cardChips[0]!;
    await click(page, `[data-skill="${dropped}"]`, 'card');
    expect(await run<string>(page, 'return this.querySelector(".menu .evidence").textContent;', 'card')).toBe('Open the listing to see where its words are.');
    const pill0 = await run<string>(page, 'return this.querySelector(".pill").textContent;', 'card');
    await run(page, 'const b = [...this.querySelectorAll(".menu .act")].find((x) => x.textContent === "Not asked here"); if (!b) throw new Error("no Not asked here"); b.click();', 'card');
    await expect.poll(() => run<string[]>(page, 'return [...this.querySelectorAll(".chip")].map((c) => c.dataset.skill);', 'card')).not.toContain(dropped);
    expect(await run<string>(page, 'return this.querySelector(".pill").textContent;', 'card')).not.toBe(pill0);
    await shotAround(page, host, 'panel-card-ashby-corrected', { x: 60, y: 60, w: 760, h: 560 });
    await page.close();
    // The listing's own page reads it without that skill too.
    const again = await h.context.newPage();
    await again.goto(ASHBY.url);
    await openPanel(again);
    expect(await chipIds(again)).not.toContain(dropped);
    await again.close();
  });
});
