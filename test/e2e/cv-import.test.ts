// Importing a CV file on the options page in real Chromium (issue 16): the PDF is read by
// pdfjs with its worker from the extension's own files, the Word file by mammoth; the
// review shows each finding with the CV's words; one finding is dropped and one changed;
// what is saved is exactly what was kept; Undo brings the old profile back. A scan, an
// encrypted PDF and a damaged file each get their one message and change nothing.
// Every control is found by its role and accessible name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { productManager } from '../../src/core/personas';
import type { Res } from '../../src/core/protocol';
import type { Profile } from '../../src/core/schema';
import { ROOT, axe, launch, message, openExtensionPage, screenshot, setProfile, type Harness } from './harness';

const OPTIONS = 'src/options/index.html';
const getProfile = async (page: Page) => (await message<Res<'getProfile'>>(page, 'getProfile', {})).profile;

async function shots(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await screenshot(page, `cv-${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
}

const cvBytes = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'cv', name));
const cvFile = (name: string, mimeType: string) => ({ name, mimeType, buffer: cvBytes(name) });

describe('CV import on the options page', () => {
  let h: Harness;
  const network: string[] = [];
  beforeAll(async () => {
    h = await launch();
    // Anything but the extension's own pages and files would be a network request.
    h.context.on('request', (r) => { if (!r.url().startsWith('chrome-extension://') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) network.push(r.url()); });
  });
  afterAll(async () => { await h?.close(); });

  it('reads a PDF, shows every finding with its words, saves only what was kept, and can undo', async () => {
    // A product manager who has started on Python: the biologist's CV raises it.
    await setProfile(h, { ...productManager.profile, skills: [...productManager.profile.skills, { id: 'python', level: 'learning' }] });
    const options = await openExtensionPage(h, `${OPTIONS}#import`);
    await options.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    const before = (await getProfile(options))!;
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(e.message));
    options.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

    const input = options.getByLabel('Choose your CV file…');
    // The file control is reachable from the keyboard (it is a real input, visually hidden behind its label).
    await input.focus();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.setInputFiles(cvFile('biologist-postdoc.pdf', 'application/pdf'));

    const review = options.getByRole('region', { name: /What GapLens read in biologist-postdoc\.pdf/ });
    await review.waitFor({ timeout: 30_000 });
    // Focus moves to the review's heading, so it is announced.
    expect(await options.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^What GapLens read in biologist-postdoc\.pdf/);

    // Every skill has its keep box, its level and the CV's words.
    const skills = review.getByRole('region', { name: /^Skills/ });
    for (const name of ['Python', 'R', 'Microscopy', 'CRISPR', 'PyTorch']) {
      await skills.getByRole('checkbox', { name: `Keep ${name}`, exact: true }).waitFor();
      await skills.getByRole('combobox', { name: `Level for ${name}`, exact: true }).waitFor();
    }
    const pytorch = skills.getByRole('checkbox', { name: 'Keep PyTorch' });
    expect(await pytorch.getAttribute('aria-describedby')).toBeTruthy();
    const pytorchWhy = await options.locator(`[id="${await pytorch.getAttribute('aria-describedby')}"]`).innerText();
    expect(pytorchWhy).toMatch(/Read as learning/);
    expect(pytorchWhy).toMatch(/PyTorch/); // the CV's own line
    expect(await skills.getByRole('combobox', { name: 'Level for PyTorch' }).inputValue()).toBe('learning');
    // Python is already in the profile at "learning": raised, not added.
    expect(await skills.getByRole('listitem').filter({ has: options.getByRole('checkbox', { name: 'Keep Python' }) }).innerText()).toMatch(/Raises learning → working/);

    // The facts about the person, each with where it was read.
    const about = review.getByRole('region', { name: 'About you' });
    expect(await about.getByRole('combobox', { name: 'Degree' }).inputValue()).toBe('phd');
    expect(await about.getByRole('textbox', { name: 'Field of the degree' }).inputValue()).toBe('Molecular Biology');
    expect(await about.getByRole('combobox', { name: 'Background' }).inputValue()).toBe('life-sciences');
    expect(Number(await about.getByRole('spinbutton', { name: 'Years of work experience' }).inputValue())).toBeGreaterThan(5);
    expect(await about.innerText()).toMatch(/doctoral research, not counted/);
    expect(await about.innerText()).toMatch(/In your profile now: Product management/);

    // What will change, before anything is saved.
    const changes = review.locator('.diff');
    expect(await changes.innerText()).toMatch(/Background: Product management → Life sciences/);
    expect(await changes.innerText()).toMatch(/Education: .* → PhD in Molecular Biology/);

    await review.getByRole('heading', { name: /^Skills/ }).scrollIntoViewIfNeeded();
    expect(await axe(options), 'the CV review passes axe-core').toEqual([]);
    await shots(options, 'review-pdf');

    // Drop one finding, change another, keep the rest.
    await skills.getByRole('checkbox', { name: 'Keep CRISPR' }).uncheck();
    expect(await skills.getByRole('listitem').filter({ has: options.getByRole('checkbox', { name: 'Keep CRISPR' }) }).innerText()).toMatch(/Dropped/);
    await skills.getByRole('combobox', { name: 'Level for R', exact: true }).selectOption('strong');
    await about.getByRole('textbox', { name: 'Field of the degree' }).fill('Molecular biology');
    expect(await changes.innerText()).not.toMatch(/CRISPR/);
    expect(await getProfile(options)).toEqual(before); // still nothing saved

    await review.getByRole('button', { name: 'Save to my profile' }).click();
    await options.getByText('Saved what you kept from biologist-postdoc.pdf to your profile.').waitFor();
    const saved = (await getProfile(options))!;
    const level = new Map(saved.skills.map((s) => [s.id, s.level]));
    expect(level.has('crispr')).toBe(false);
    expect(level.get('r')).toBe('strong');
    expect(level.get('pytorch')).toBe('learning');
    expect(level.get('python')).toBe('working');
    expect(level.get('microscopy')).toBe('working');
    expect(saved.education).toEqual({ level: 'phd', field: 'Molecular biology' });
    expect(saved.background).toBe('life-sciences');
    // What a CV does not say is the person's own and stays.
    expect(saved.constraints).toEqual(before.constraints);
    expect(saved.domains).toEqual(before.domains);
    for (const s of before.skills) expect(level.has(s.id)).toBe(true);
    for (const t of before.targets) expect(saved.targets).toContain(t);

    // Undo in the notice brings the previous profile back.
    await options.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await options.getByText('Undone: your previous profile is back.').waitFor();
    expect({ ...(await getProfile(options))!, updated: 0 }).toEqual({ ...before, updated: 0 }); // saving stamps the time
    expect(errors).toEqual([]);
    await options.close();
  });

  it('reads a Word file through the keyboard-reachable picker, into an empty profile', async () => {
    const control = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
    await message(control, 'saveProfile', { profile: null });
    await control.close();
    const options = await openExtensionPage(h, `${OPTIONS}#import`);
    await options.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    await options.getByLabel('Choose your CV file…').setInputFiles(cvFile('backend-engineer.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
    const review = options.getByRole('region', { name: /What GapLens read in backend-engineer\.docx \(Word file\)/ });
    await review.waitFor({ timeout: 30_000 });
    expect(await review.getByRole('heading', { name: 'Your new profile' }).count()).toBe(1);
    const skills = review.getByRole('region', { name: /^Skills/ });
    for (const name of ['Java', 'Go', 'Kubernetes', 'Apache Kafka', 'scikit-learn']) await skills.getByRole('checkbox', { name: `Keep ${name}`, exact: true }).waitFor();
    expect(await skills.getByRole('combobox', { name: 'Level for scikit-learn' }).inputValue()).toBe('learning');
    const about = review.getByRole('region', { name: 'About you' });
    expect(await about.getByRole('combobox', { name: 'Background' }).inputValue()).toBe('software-engineering');
    expect(await about.getByRole('combobox', { name: 'Degree' }).inputValue()).toBe('bachelor');
    const targets = review.getByRole('group');
    expect(await targets.getByRole('checkbox', { name: /^ML engineer/ }).isChecked()).toBe(true);
    // The facts and what will change, further down the review.
    await about.evaluate((el) => { el.scrollIntoView({ block: 'start' }); window.scrollBy(0, -110); }); // clear of the sticky header
    await shots(options, 'review-docx');

    // Drop a target role and the years; keyboard only: Tab to the box, Space to untick.
    await targets.getByRole('checkbox', { name: /^MLOps engineer/ }).focus();
    await options.keyboard.press('Space');
    await about.getByRole('checkbox', { name: 'Use these years of work experience' }).uncheck();
    await review.getByRole('button', { name: 'Save to my profile' }).click();
    await options.getByText('Saved what you kept from backend-engineer.docx to your profile.').waitFor();
    const saved = (await getProfile(options)) as Profile;
    expect(saved.background).toBe('software-engineering');
    expect(saved.targets).toEqual(['ml-engineer']);
    expect(saved.years).toBe(0);
    expect(saved.skills).toContainEqual({ id: 'kubernetes', level: 'working' });
    expect(saved.skills).toContainEqual({ id: 'scikit-learn', level: 'learning' });
    await options.close();
  });

  it('a scan, an encrypted PDF, a damaged file and one over 10 MB each get one plain message and change nothing', async () => {
    await setProfile(h, productManager.profile);
    const options = await openExtensionPage(h, `${OPTIONS}#import`);
    await options.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    const before = await getProfile(options);
    const pdf = cvBytes('biologist-postdoc.pdf');
    const bad: Array<{ name: string; mimeType: string; buffer: Buffer; reason: RegExp; shot?: string }> = [
      { ...cvFile('scanned.pdf', 'application/pdf'), reason: /no text in it: it looks like a scan/, shot: 'scan' },
      { ...cvFile('encrypted.pdf', 'application/pdf'), reason: /protected with a password/ },
      { name: 'cut-off.pdf', mimeType: 'application/pdf', buffer: pdf.subarray(0, 1500), reason: /PDF could not be read: it looks damaged/, shot: 'corrupt' },
      { name: 'broken.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\u0003\u0004 not really a zip'), reason: /Word file could not be read/ },
      { name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]), reason: /at most 10 MB/ },
    ];
    const input = options.getByLabel('Choose your CV file…');
    for (const file of bad) {
      await input.setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
      const alert = options.getByRole('alert').filter({ hasText: `Could not read “${file.name}”.` });
      await alert.waitFor({ timeout: 30_000 });
      const text = await alert.innerText();
      expect(text).toMatch(file.reason);
      expect(text).toContain('Your profile has not been changed.');
      expect(await options.getByRole('alert').count()).toBe(1);
      expect(await input.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
      expect(await options.getByRole('region', { name: /What GapLens read/ }).count()).toBe(0);
      if (file.shot) { await alert.scrollIntoViewIfNeeded(); await shots(options, file.shot); }
      expect(await getProfile(options)).toEqual(before);
    }
    await options.close();
  });

  it('in first-run setup: a CV fills the three steps\' answers, and only finishing saves them', async () => {
    const control = await openExtensionPage(h, 'src/popup/index.html?tab=-1');
    await message(control, 'saveProfile', { profile: null });
    const { settings } = await message<Res<'hello'>>(control, 'hello', {});
    await message(control, 'saveSettings', { settings: { ...settings, onboarded: false } });
    await control.close();
    const options = await openExtensionPage(h, OPTIONS);
    await options.getByRole('heading', { level: 1, name: 'Set up GapLens' }).waitFor();
    await options.getByLabel('Choose your CV file…').setInputFiles(cvFile('linkedin-profile.pdf', 'application/pdf'));
    const review = options.getByRole('region', { name: /What GapLens read in linkedin-profile\.pdf/ });
    await review.waitFor({ timeout: 30_000 });
    const firstSkill = (await review.getByRole('checkbox', { name: /^Keep / }).first().getAttribute('aria-describedby'))!;
    expect(firstSkill).toBeTruthy();
    await shots(options, 'setup-review');
    await review.getByRole('button', { name: 'Use these answers' }).click();
    await options.getByText(/^Your answers now include what you kept from linkedin-profile\.pdf/).waitFor();
    expect(await getProfile(options)).toBeNull(); // not saved yet
    const background = await options.getByRole('combobox', { name: 'Background' }).inputValue();
    expect(background).not.toBe('other');
    await options.getByRole('button', { name: 'Next: Skills' }).click();
    await options.getByRole('heading', { name: 'What can you already do?' }).waitFor();
    expect(await options.getByRole('group', { name: /^Level for / }).count()).toBeGreaterThan(3);
    await options.getByRole('button', { name: 'Next: Goals and time' }).click();
    await options.getByRole('button', { name: 'Finish setup' }).click();
    await expect.poll(async () => (await getProfile(options))?.background ?? null, { timeout: 10_000 }).toBe(background);
    expect((await getProfile(options))!.skills.length).toBeGreaterThan(3);
    await options.close();
  });

  it('made no network request', () => {
    expect(network).toEqual([]);
  });
});
