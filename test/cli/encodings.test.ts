// Text files as people save them: UTF-16 from Windows' Notepad ("Unicode", with or without its
// byte-order mark) and Windows-1252 from older tools, where "Master’s" is the byte 0x92. A posting
// (gaplens analyze) and a CV (readCvFile: the CLI's profile and the options page's import) are
// read as the characters they hold.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/gaplens';
import { nodeCvLibs } from '../../src/cli/cv-libs';
import { readCvFile } from '../../src/core/cv-file';
import { decodeText, utf16Of } from '../../src/core/text-decode';

const dir = mkdtempSync(join(tmpdir(), 'gaplens-encodings-'));
const POSTING = 'Machine Learning Engineer\n\nRequirements:\n- Master’s degree in Computer Science\n- 3+ years of experience with Python and PyTorch\n\nNice to have:\n- Kubernetes\n';

function utf16le(s: string, bom: boolean): Buffer {
  const body = Buffer.from(s, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}
function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) { be[i] = le[i + 1]!; be[i + 1] = le[i]!; }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}
/** Windows-1252 for the text above: ASCII, and ’ as 0x92. */
const cp1252 = (s: string) => Buffer.from(s.replace(/’/g, '\u0092'), 'latin1');

async function analyze(bytes: Buffer, name: string) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  let out = '';
  let err = '';
  const code = await main(['analyze', '--json', file], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: () => Buffer.from('') });
  return { code, err, line: out.trim() ? JSON.parse(out.trim()) as { skills: Array<{ id: string; section: string }>; degree: { level: string } | null; years: { min: number } | null } : null };
}

describe('decodeText', () => {
  it('reads UTF-16 with and without a byte-order mark, UTF-8, and Windows-1252', () => {
    for (const b of [utf16le(POSTING, true), utf16le(POSTING, false), utf16be(POSTING), Buffer.from(`\ufeff${POSTING}`, 'utf8'), Buffer.from(POSTING, 'utf8'), cp1252(POSTING)]) {
      expect(decodeText(b)).toBe(POSTING);
    }
  });

  it('takes no UTF-8 or Windows-1252 text for UTF-16', () => {
    expect(utf16Of(Buffer.from(POSTING, 'utf8'))).toBeNull();
    expect(utf16Of(cp1252(POSTING))).toBeNull();
    expect(utf16Of(Buffer.from('short', 'utf16le'))).toBeNull();
  });
});

describe('gaplens analyze on postings saved in other encodings', () => {
  for (const [name, bytes] of [['utf16-bom.txt', utf16le(POSTING, true)], ['utf16-nobom.txt', utf16le(POSTING, false)], ['utf16be.txt', utf16be(POSTING)], ['cp1252.txt', cp1252(POSTING)]] as const) {
    it(`reads ${name} as its UTF-8 twin is read`, async () => {
      const r = await analyze(bytes, name);
      expect(r.code, r.err).toBe(0);
      expect(r.line!.degree?.level).toBe('master');
      expect(r.line!.years?.min).toBe(3);
      expect(Object.fromEntries(r.line!.skills.map((s) => [s.id, s.section]))).toMatchObject({ python: 'required', pytorch: 'required', kubernetes: 'preferred' });
    });
  }

  it('still refuses a binary file', async () => {
    const r = await analyze(Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)), 'noise.bin');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/binary file/);
  });
});

describe('a CV saved as UTF-16 or Windows-1252', () => {
  const CV = 'Ada Example\nData Analyst\n\nSkills: Python, SQL, Tableau\n\nEducation\nMaster’s in Statistics, 2018\n';
  it('is read as text, not refused as binary', async () => {
    for (const b of [utf16le(CV, true), utf16le(CV, false), cp1252(CV)]) {
      const r = await readCvFile(new Uint8Array(b), 'cv.txt', nodeCvLibs);
      expect(r).toEqual({ kind: 'text', text: CV });
    }
  });
});

describe('a CV saved as a web page', () => {
  it('is read as the text it shows: no HTML skill from its doctype, nothing from its styles', async () => {
    const page = '<!DOCTYPE html><html><head><title>Jane Doe - CV</title><style>body{font-family:sans}</style></head><body>'
      + '<h1>Jane Doe</h1><p>Data Analyst</p><h2>Skills</h2><p>Python, SQL, Tableau</p></body></html>';
    const r = await readCvFile(new Uint8Array(Buffer.from(page, 'utf8')), 'cv.html', nodeCvLibs);
    expect(r).toEqual({ kind: 'text', text: '# Jane Doe\n\nData Analyst\n\n## Skills\n\nPython, SQL, Tableau' });
  });
});
