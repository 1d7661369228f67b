// The demo behind `npm start`: the built extension in Debian's Chromium, a real ML posting
// served at its real LinkedIn URL (no network), and an example profile. With a display the
// browser stays open for you to explore; without one it runs headless and saves screenshots.
import { personas } from '../src/core/personas';
import { detailBadge, fixture, launch, listingTabId, openExtensionPage, serve, setProfile, SHOTS } from '../test/e2e/harness';

const DEMO = {
  url: 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739',
  file: 'linkedin/linkedin_guest_jobview_openai_ml_engineer_applied_ai_3915648739.html',
};
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const persona = personas.find((p) => p.id === 'software-engineer') ?? personas[0]!;

const h = await launch({ headless });
await serve(h.context, { [DEMO.url]: fixture(DEMO.file) });
await setProfile(h, persona.profile);

const listing = await h.context.newPage();
await listing.goto(DEMO.url);
const badge = await detailBadge(listing);
console.log(`\nGapLens on ${DEMO.url}\n  badge: ${badge.label}\n  profile: example "${persona.label}" (edit it on the options page)`);

const tabId = await listingTabId(h, DEMO.url);
const popup = await openExtensionPage(h, `src/popup/index.html?tab=${tabId}`);
await popup.setViewportSize({ width: 400, height: 900 });
await popup.waitForSelector('main, [role="main"], #app > *', { timeout: 10_000 }).catch(() => undefined);
const options = await openExtensionPage(h, 'src/options/index.html#radar');

if (headless) {
  await listing.bringToFront();
  await badge.host.first().focus();
  await listing.keyboard.press('Enter');
  // The whole window: the panel opens above or below the badge, wherever it fits.
  await listing.waitForTimeout(300);
  await listing.screenshot({ path: `${SHOTS}/demo-badge.png` });
  const shots = [`${SHOTS}/demo-badge.png`];
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: `${SHOTS}/demo-popup.png`, fullPage: true });
  await options.screenshot({ path: `${SHOTS}/demo-options-radar.png`, fullPage: true });
  shots.push(`${SHOTS}/demo-popup.png`, `${SHOTS}/demo-options-radar.png`);
  console.log('\nNo display, so the demo ran headless. Screenshots:');
  for (const s of shots) console.log(`  ${s}`);
  await h.close();
} else {
  await listing.bringToFront();
  console.log('\nChromium is open: click the badge next to the title, open the popup page tab, or the options tab.');
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
}
