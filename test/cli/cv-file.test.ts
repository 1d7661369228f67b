// CV files as people have them: a PDF printed from a browser, a Word file, a LinkedIn
// profile saved as PDF, a JSON Resume; and the ones that cannot be read, each refused with
// its own message (test/fixtures/cv/src/ has the sources the documents were made from).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CV_FILE_ERRORS, MAX_CV_BYTES, pageLines, readCvFile, textOfDocxHtml } from '../../src/core/cv-file';
import { readCv } from '../../src/core/cv';
import { nodeCvLibs } from '../../src/cli/cv-libs';
import { realEngine, repoRoot } from '../core/helpers';

const dir = `${repoRoot}test/fixtures/cv/`;
const bytes = (name: string) => new Uint8Array(readFileSync(dir + name));
const readFile = (b: Uint8Array, name: string) => readCvFile(b, name, nodeCvLibs);
const engine = realEngine();
const NOW = Date.UTC(2026, 11, 1);

describe('readCvFile: what can be read', () => {
  it('a PDF printed from a browser: its text layer, a right-aligned date on its job line', async () => {
    const r = await readFile(bytes('biologist-postdoc.pdf'), 'cv.pdf');
    if ('error' in r) throw new Error(r.error);
    expect(r.kind).toBe('pdf');
    expect(r.text).toContain('PhD Candidate, Max Planck Institute for Biology of Ageing 10/2015 – 02/2020');
    expect(r.text).toContain('flow cytometry'); // the "fl" ligature is its own text item in the PDF
    const cv = readCv(r.text, engine, { now: NOW });
    expect(cv.education?.value).toEqual({ level: 'phd', field: 'Molecular Biology' });
    expect(cv.years.value).toBe(8.5);
    expect(cv.background.value).toBe('life-sciences');
    expect(cv.title?.value).toBe('Postdoctoral Researcher');
    expect(cv.skills.find((s) => s.id === 'pytorch')?.level).toBe('learning');
  });

  it('a Word file: paragraphs and line breaks inside them become lines', async () => {
    const r = await readFile(bytes('backend-engineer.docx'), 'cv.docx');
    if ('error' in r) throw new Error(r.error);
    expect(r.kind).toBe('docx');
    expect(r.text).toContain('Senior Backend Engineer, PayFast S.p.A.\nJan 2020 – Present');
    const cv = readCv(r.text, engine, { now: NOW });
    expect(cv.title?.value).toBe('Senior Backend Engineer');
    expect(cv.background.value).toBe('software-engineering');
    expect(cv.years.value).toBe(12);
    expect(cv.jobs.map((j) => j.title)).toEqual(['Senior Backend Engineer', 'Backend Engineer', 'Software Developer']);
  });

  it('a LinkedIn profile saved as PDF: the side column stays apart from the main one', async () => {
    const r = await readFile(bytes('linkedin-profile.pdf'), 'Profile.pdf');
    if ('error' in r) throw new Error(r.error);
    expect(r.text).toMatch(/Top Skills\nPyTorch\nComputer Vision\nMLOps/);
    const cv = readCv(r.text, engine, { now: NOW });
    expect(cv.title?.value).toBe('Machine Learning Engineer');
    expect(cv.jobs.map((j) => [j.title, j.start, j.end])).toEqual([
      ['Machine Learning Engineer', '2022-03', 'present'], ['Data Scientist', '2019-07', '2022-02'],
    ]);
    expect(cv.education?.value).toEqual({ level: 'master', field: 'Informatics' });
    expect(cv.skills.find((s) => s.id === 'kubernetes')?.level).toBe('working');
  });

  it('text, Markdown and JSON Resume files', async () => {
    const md = await readFile(bytes('physicist.md'), 'physicist.md');
    expect(md).toMatchObject({ kind: 'text' });
    const resume = { basics: { name: 'A B', label: 'Data Analyst' }, work: [{ name: 'X', position: 'Data Analyst', startDate: '2020-01' }] };
    const json = await readFile(new TextEncoder().encode(JSON.stringify(resume)), 'resume.json');
    if ('error' in json) throw new Error(json.error);
    expect(json.kind).toBe('json-resume');
    expect(json.text).toContain('Experience\n\nData Analyst, X\n2020-01 – present');
  });
});

describe('readCvFile: one clear message for each file it cannot read', () => {
  it('a scan (a PDF with no text layer)', async () => {
    expect(await readFile(bytes('scanned.pdf'), 'scan.pdf')).toEqual({ error: CV_FILE_ERRORS.scanned });
  });
  it('a password-protected PDF', async () => {
    expect(await readFile(bytes('encrypted.pdf'), 'locked.pdf')).toEqual({ error: CV_FILE_ERRORS.encrypted });
  });
  it('a damaged PDF (cut short) and a damaged DOCX', async () => {
    const pdf = bytes('biologist-postdoc.pdf');
    expect(await readFile(pdf.subarray(0, 3000), 'cut.pdf')).toEqual({ error: CV_FILE_ERRORS.corruptPdf });
    const docx = bytes('backend-engineer.docx');
    expect(await readFile(docx.subarray(0, 2000), 'cut.docx')).toEqual({ error: CV_FILE_ERRORS.corruptDocx });
  });
  it('over 10 MB, refused before reading', async () => {
    const big = new Uint8Array(MAX_CV_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const r = await readFile(big, 'huge.pdf');
    expect(r).toEqual({ error: CV_FILE_ERRORS.tooBig(MAX_CV_BYTES + 1) });
    expect('error' in r && r.error).toContain('10.0 MB');
  });
  it('an old .doc, an image, an empty file, JSON that is no résumé', async () => {
    expect(await readFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'cv.doc')).toEqual({ error: CV_FILE_ERRORS.oldDoc });
    expect(await readFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'cv.png')).toEqual({ error: CV_FILE_ERRORS.unknown });
    expect(await readFile(new Uint8Array(0), 'cv.txt')).toEqual({ error: CV_FILE_ERRORS.empty });
    expect(await readFile(new TextEncoder().encode('{"format":"gaplens-profile"}'), 'p.json')).toEqual({ error: CV_FILE_ERRORS.notResume });
    const bad = await readFile(new TextEncoder().encode('{"basics": '), 'cv.json');
    expect('error' in bad && bad.error).toMatch(/^This \.json file is not valid JSON/);
  });
});

describe('pageLines and textOfDocxHtml', () => {
  const item = (str: string, x: number, y: number, w = str.length * 5, hasEOL = false) => ({ str, x, transform: [10, 0, 0, 10, x, y], width: w, height: 10, hasEOL });
  it('a date drawn before the words on its left joins them, in reading order', () => {
    expect(pageLines([item('2019 – present', 400, 700), item('Senior Engineer, Acme', 50, 700), item('Built things.', 50, 686)]))
      .toBe('Senior Engineer, Acme   2019 – present\nBuilt things.');
  });
  it('touching items are one word; marked-content entries are skipped', () => {
    expect(pageLines([item('fl', 50, 700, 8), { type: 'beginMarkedContent' }, item('ow cytometry', 58, 700)])).toBe('flow cytometry');
  });
  it('DOCX HTML: breaks, list items and entities', () => {
    expect(textOfDocxHtml('<h1>Jo</h1><p>Engineer, A&amp;B<br />2019 – now</p><ul><li>Go &lt;3</li></ul>'))
      .toBe('Jo\nEngineer, A&B\n2019 – now\n\n- Go <3');
  });
});
