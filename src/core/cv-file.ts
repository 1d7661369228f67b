// A CV file's bytes → its plain text, for the CV reader: PDF (its text layer), Word .docx,
// plain text or Markdown, and JSON Resume. The PDF and DOCX libraries are handed in by the
// caller, because loading them differs between Node (the CLI) and the extension's pages;
// what is read, and every refusal, is decided here so both say the same. Pure.
import { decodeText, utf16Of } from './text-decode';
import { htmlToText } from './html-text';
import { cvTextFromJsonResume } from './cv';

/** Larger files are refused before anything is read: a CV is a few hundred KB. */
export const MAX_CV_BYTES = 10 * 1024 * 1024;

export type CvFileKind = 'pdf' | 'docx' | 'text' | 'json-resume';
export type CvFileText = { kind: CvFileKind; text: string } | { error: string };

/** The part of pdfjs-dist's API used here (`getDocument` of pdfjs-dist/legacy/build/pdf.mjs or build/pdf.mjs). */
export interface PdfLib {
  getDocument: (src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; disableFontFace?: boolean; stopAtErrors?: boolean }) => {
    promise: Promise<PdfDocument>;
    destroy: () => Promise<void>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage: (n: number) => Promise<{ getTextContent: () => Promise<{ items: unknown[] }> }>;
}
/**
 * The part of mammoth's API used here: its HTML, not its raw text, because raw text drops
 * line breaks inside a paragraph ("Senior Engineer, Acme⏎Jan 2020 – Present" would run
 * together). `html` must leave images out (they are not read, and would be inlined).
 */
export interface DocxLib {
  html: (input: { arrayBuffer: ArrayBuffer }) => Promise<{ value: string }>;
}

export interface CvFileLibs {
  pdf: () => Promise<PdfLib>;
  docx: () => Promise<DocxLib>;
}

export const CV_FILE_ERRORS = {
  tooBig: (bytes: number) => `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a CV file can be at most 10 MB. Is it the right file?`,
  empty: 'This file is empty.',
  encrypted: 'This PDF is protected with a password, so its text cannot be read. Save a copy without protection (for example with Print → Save as PDF) and import that.',
  scanned: 'This PDF has no text in it: it looks like a scan or a picture of a CV. Export your CV from your word processor as PDF or Word (.docx), or paste its text instead.',
  corruptPdf: 'This PDF could not be read: it looks damaged or incomplete. Try saving or exporting it again.',
  corruptDocx: 'This Word file could not be read: it looks damaged, or it is not a .docx document. Try saving it again as .docx or PDF.',
  oldDoc: 'This is an old Word .doc file, which GapLens cannot read. Save it as .docx or PDF and import that.',
  unknown: 'GapLens cannot read this kind of file as a CV. Choose a PDF, a Word (.docx) file, a text or Markdown file, or a JSON Resume.',
  badJson: (why: string) => `This .json file is not valid JSON (${why}), so it cannot be read as a JSON Resume.`,
  notResume: 'This JSON file is not a JSON Resume (no basics, work, education or skills). A GapLens profile export is imported under "Import a profile file".',
} as const;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** What the bytes are, by their signature first and their name only to tell text kinds apart. */
function kindOf(bytes: Uint8Array, name: string): 'pdf' | 'docx' | 'zip' | 'doc' | 'json' | 'text' | 'binary' {
  // A PDF may have a few bytes of junk before its header; readers allow 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return /\.docx$/i.test(name) || head.includes('word/') || head.includes('[Content_Types].xml') ? 'docx' : 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'doc';
  if (utf16Of(bytes)) return /\.json$/i.test(name) ? 'json' : 'text';
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const c of sample) if (c === 0 || (c < 9) || (c > 13 && c < 32 && c !== 27)) control++;
  if (control > sample.length / 50) return 'binary';
  return /\.json$/i.test(name) ? 'json' : 'text';
}

/** Read a CV file. Never throws: every failure is one message a person can act on. */
export async function readCvFile(bytes: Uint8Array, name: string, libs: CvFileLibs): Promise<CvFileText> {
  if (bytes.length > MAX_CV_BYTES) return { error: CV_FILE_ERRORS.tooBig(bytes.length) };
  if (bytes.length === 0) return { error: CV_FILE_ERRORS.empty };
  const kind = kindOf(bytes, name);
  switch (kind) {
    case 'pdf': return pdfText(bytes, libs);
    case 'docx': return docxText(bytes, libs);
    case 'zip': return { error: CV_FILE_ERRORS.unknown };
    case 'doc': return { error: CV_FILE_ERRORS.oldDoc };
    case 'binary': return { error: CV_FILE_ERRORS.unknown };
    case 'json':
    case 'text': {
      let text = decodeText(bytes);
      // A CV saved as a web page: the text it shows, its head, styles and scripts left out.
      if (/^\s*<(?:!doctype\s+html|html)\b/i.test(text)) text = htmlToText(text);
      if (!text.trim()) return { error: CV_FILE_ERRORS.empty };
      const trimmed = text.trimStart();
      if (kind === 'json' || trimmed.startsWith('{')) {
        let json: unknown;
        try { json = JSON.parse(text); } catch (e) {
          if (kind === 'json') return { error: CV_FILE_ERRORS.badJson(e instanceof Error ? e.message.split('\n')[0]! : 'unreadable') };
          return { kind: 'text', text }; // a text CV that happens to start with a brace
        }
        const isResume = typeof json === 'object' && json !== null && !Array.isArray(json)
          && !('format' in json) && ['basics', 'work', 'education', 'skills'].some((k) => k in json);
        if (!isResume) return { error: CV_FILE_ERRORS.notResume };
        const cv = cvTextFromJsonResume(json);
        if (!cv || !cv.trim()) return { error: CV_FILE_ERRORS.empty };
        return { kind: 'json-resume', text: cv };
      }
      return { kind: 'text', text };
    }
  }
}

/** Below this many letters and digits in the whole document, a PDF has no usable text layer. */
const MIN_PDF_CHARS = 40;

async function pdfText(bytes: Uint8Array, libs: CvFileLibs): Promise<CvFileText> {
  const lib = await libs.pdf();
  // pdfjs takes ownership of the buffer it is given: hand it a copy so the caller's stays readable.
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(pageLines(content.items));
    }
    const text = pages.join('\n\n');
    if ((text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_PDF_CHARS) return { error: CV_FILE_ERRORS.scanned };
    return { kind: 'pdf', text };
  } catch (e) {
    const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : '';
    if (name === 'PasswordException') return { error: CV_FILE_ERRORS.encrypted };
    return { error: CV_FILE_ERRORS.corruptPdf };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

interface TextItem { str: string; hasEOL: boolean; x: number; y: number; h: number; w: number }

/**
 * A page's text items → lines. Items follow the content stream, which keeps a side column
 * apart from the main one; but a right-aligned date is often drawn before the words on its
 * left. So consecutive items on one baseline form one line, ordered left to right, and a
 * new baseline (or an item marked end-of-line) starts the next.
 */
export function pageLines(rawItems: unknown[]): string {
  const items: TextItem[] = [];
  for (const it of rawItems) {
    if (typeof it !== 'object' || it === null || !('str' in it)) continue; // marked-content markers
    const o = it as { str: unknown; hasEOL?: unknown; transform?: unknown; height?: unknown; width?: unknown };
    const t = Array.isArray(o.transform) ? o.transform as number[] : [1, 0, 0, 1, 0, 0];
    items.push({
      str: String(o.str), hasEOL: o.hasEOL === true, x: t[4] ?? 0, y: t[5] ?? 0,
      h: typeof o.height === 'number' ? o.height : 0, w: typeof o.width === 'number' ? o.width : 0,
    });
  }
  const lines: string[] = [];
  let run: TextItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    run.sort((a, b) => a.x - b.x);
    let line = '';
    let prevEnd = -Infinity;
    for (const it of run) {
      // Items touching each other are one word (a ligature is often an item of its own: "fl" + "ow");
      // a wide gap on one baseline is a column gap (title … date), kept visible as spaces.
      const gap = it.x - prevEnd;
      const size = Math.max(it.h, 1);
      if (line && !/\s$/.test(line) && !/^\s/.test(it.str) && gap > size * 0.12) line += gap > size * 2 ? '   ' : ' ';
      line += it.str;
      prevEnd = it.x + it.w;
    }
    lines.push(line.replace(/\s+$/, ''));
    run = [];
  };
  let lastY: number | null = null;
  let eol = false;
  for (const it of items) {
    const tolerance = Math.max(2, it.h * 0.4);
    if (run.length > 0 && (lastY === null || Math.abs(it.y - lastY) > tolerance)) flush();
    else if (eol && run.length > 0 && lastY !== null && Math.abs(it.y - lastY) > 0.5) flush();
    if (it.str !== '' || run.length > 0) run.push(it);
    lastY = it.y;
    eol = it.hasEOL;
  }
  flush();
  return lines.join('\n');
}

async function docxText(bytes: Uint8Array, libs: CvFileLibs): Promise<CvFileText> {
  try {
    const lib = await libs.docx();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { value } = await lib.html({ arrayBuffer: buffer });
    const text = textOfDocxHtml(value);
    if (!text.trim()) return { error: CV_FILE_ERRORS.empty };
    return { kind: 'docx', text };
  } catch {
    return { error: CV_FILE_ERRORS.corruptDocx };
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * mammoth's HTML → lines: one per paragraph, heading, list item or line break; list items
 * keep a "- " mark. mammoth writes a small, known set of tags, so this is a string
 * transformation; nothing is ever parsed into a document.
 */
export function textOfDocxHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|h[1-6]|li|tr|table|ul|ol)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '   ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
