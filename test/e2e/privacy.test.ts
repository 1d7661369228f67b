// Nothing leaves the browser, checked in real Chromium with the network switched off:
// browsing listings, the popup and every section of the options page make no request from
// any extension context (worker, popup, options); the board pages' own requests are refused
// (only the saved pages we serve answer); and the extension could not send one if it tried,
// because its pages' content security policy blocks every remote load, not only fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../src/core/personas';
import { detailBadge, fixture, launch, listingTabId, openExtensionPage, serve, setProfile, type Harness } from './harness';
import { LISTING_PAGES } from './pages';

const BROWSED = ['LinkedIn guest (OpenAI)', 'Indeed viewjob', 'Greenhouse classic (Anthropic)', 'Workday rendered', 'Lever', 'Glassdoor']
  .map((name) => LISTING_PAGES.find((p) => p.name === name)!);
const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;

let h: Harness;
const answered: string[] = [];
const refused: string[] = [];

beforeAll(async () => {
  h = await launch();
  await serve(h.context, Object.fromEntries(LISTING_PAGES.map((p) => [p.url, fixture(p.file)])));
  h.context.on('response', (r) => answered.push(r.url()));
  h.context.on('requestfailed', (r) => refused.push(r.url()));
});
afterAll(async () => { await h?.close(); });

describe('privacy', () => {
  it('browsing six listings, the popup and every options section: no extension context makes a request', async () => {
    await setProfile(h, engineer);
    const pages = [];
    for (const p of BROWSED) {
      const page = await h.context.newPage();
      await page.goto(p.url);
      expect((await detailBadge(page)).job).toBe(p.jobId);
      pages.push(page);
    }
    const popup = await openExtensionPage(h, `src/popup/index.html?tab=${await listingTabId(h, BROWSED[0]!.url)}`);
    await popup.getByRole('heading', { name: 'Next steps to close the gap' }).waitFor();
    const options = await openExtensionPage(h, 'src/options/index.html');
    const sections = options.getByRole('navigation', { name: 'Sections' });
    for (const [section, title] of [['Import/Export', 'Import and export'], ['Market radar', 'Market radar'], ['Boards', 'Boards'], ['Settings', 'Settings'], ['Profile', 'Your profile']]) {
      await sections.getByRole('link', { name: section }).click();
      await options.getByRole('heading', { level: 1, name: title }).waitFor();
      await options.waitForTimeout(200);
    }
    await options.waitForLoadState('networkidle');
    expect(h.extensionRequests).toEqual([]);
    await Promise.all([...pages, popup, options].map((p) => p.close()));
  });

  it("the board pages' own requests are refused: only the saved pages we serve are answered", () => {
    const served = new Set(LISTING_PAGES.map((p) => p.url));
    const fromNetwork = answered.filter((u) => /^(https?|wss?):/.test(u));
    expect(fromNetwork.filter((u) => !served.has(u))).toEqual([]);
    // The saved pages do reference their boards' scripts, styles and images: all refused.
    expect(h.strayRequests.length).toBeGreaterThan(20);
    for (const url of h.strayRequests) expect(refused).toContain(url);
  });

  it('the extension could not send a request if it tried: fetch fails in the worker, and the pages block every remote load', async () => {
    const blocked = await h.worker.evaluate(() => fetch('https://example.com/from-worker').then(() => 'sent', () => 'blocked'));
    expect(blocked).toBe('blocked');

    for (const path of ['src/popup/index.html?tab=-1', 'src/options/index.html']) {
      const page = await openExtensionPage(h, path);
      const strayBefore = h.strayRequests.length;
      const attemptsBefore = h.extensionRequests.length;
      const violations = await page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
        const fetched = await fetch('https://example.com/fetch').then(() => 'sent', () => 'blocked');
        const img = Object.assign(new Image(), { src: 'https://example.com/pixel.png' });
        const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: 'https://example.com/style.css' });
        const frame = Object.assign(document.createElement('iframe'), { src: 'https://example.com/frame.html' });
        const audio = Object.assign(document.createElement('audio'), { src: 'https://example.com/sound.mp3' });
        const font = new FontFace('x', 'url(https://example.com/font.woff2)');
        document.head.append(css);
        document.body.append(img, frame, audio);
        await font.load().catch(() => undefined);
        navigator.sendBeacon?.('https://example.com/beacon', 'x');
        await new Promise((r) => setTimeout(r, 800));
        return { fetched, seen };
      });
      expect(violations.fetched).toBe('blocked');
      expect(new Set(violations.seen)).toEqual(new Set(['connect-src', 'img-src', 'style-src-elem', 'frame-src', 'media-src', 'font-src']));
      // Chromium reports the attempts; none of them reached the network or got an answer.
      const attempts = h.extensionRequests.slice(attemptsBefore);
      expect(h.strayRequests.slice(strayBefore), path).toEqual([]);
      for (const url of attempts) {
        expect(refused, url).toContain(url);
        expect(answered, url).not.toContain(url);
      }
      await page.close();
    }
  });
});
