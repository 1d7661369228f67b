// `gaplens analyze` on postings saved as PDF or Word files: their text is read as the CV import
// reads such files (pdfjs-dist's text layer, mammoth), then as any posting.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/gaplens';

const FIX = new URL('../fixtures/', import.meta.url).pathname;
const PDF = `${FIX}posting-files/research-engineer.pdf`;
const dir = mkdtempSync(join(tmpdir(), 'gaplens-posting-files-'));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: () => Buffer.from('') });
  return { code, out, err, json: () => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}
const sections = (line: Record<string, unknown>) => Object.fromEntries((line.skills as Array<{ id: string; section: string }>).map((s) => [s.id, s.section]));

/** A minimal Word document: one paragraph per line. */
function docx(lines: string[]): Uint8Array {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

describe('gaplens analyze on a posting saved as a PDF or Word file', () => {
  it('reads a PDF posting\'s text layer: its title, sections, years and degree', async () => {
    const r = await run('analyze', '--json', PDF);
    expect(r.code).toBe(0);
    const [line] = r.json();
    expect(line).toMatchObject({ title: 'Research Engineer, Protein Design', years: { min: 2 }, degree: { level: 'master' } });
    expect(sections(line!)).toMatchObject({ python: 'required', pytorch: 'required', docker: 'required', linux: 'required', 'structural-biology': 'preferred' });
  });

  it('reads a Word posting, and keeps the order of the files given with text files among them', async () => {
    const word = join(dir, 'analyst.docx');
    writeFileSync(word, docx(['Data Analyst, Clinical Operations', 'Requirements', 'Experience with SQL and Tableau', 'Nice to have', 'Knowledge of R']));
    const text = join(dir, 'plain.txt');
    writeFileSync(text, 'Requirements\n- Python\n');
    const r = await run('analyze', '--json', word, text, PDF);
    expect(r.code).toBe(0);
    const lines = r.json();
    expect(lines.map((l) => l.file)).toEqual([word, text, PDF]);
    expect(lines[0]).toMatchObject({ title: 'Data Analyst, Clinical Operations' });
    expect(sections(lines[0]!)).toMatchObject({ sql: 'required', tableau: 'required', r: 'preferred' });
    expect(sections(lines[1]!)).toEqual({ python: 'required' });
  });

  it('says in one line why a scanned, protected or damaged PDF cannot be read, and reads the other files', async () => {
    const damaged = join(dir, 'damaged.pdf');
    writeFileSync(damaged, '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const r = await run('analyze', '--json', `${FIX}cv/scanned.pdf`, `${FIX}cv/encrypted.pdf`, damaged, PDF);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `gaplens: ${FIX}cv/scanned.pdf: the PDF has no text in it (a scan or a picture?): GapLens reads a PDF's text layer only`,
      `gaplens: ${FIX}cv/encrypted.pdf: the PDF is protected with a password, so its text cannot be read`,
      `gaplens: ${damaged}: the PDF could not be read: it looks damaged or incomplete`,
    ]);
    expect(r.json()).toHaveLength(1);
  });
});
