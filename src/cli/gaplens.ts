#!/usr/bin/env -S npx tsx
// gaplens — read saved job postings the way the extension does.
//
//   gaplens analyze [--json] [--url URL] [--profile FILE] FILE...   (FILE "-" reads standard input)
//   gaplens profile [--json] [--out PROFILE.json] FILE              (a CV: PDF, DOCX, text, JSON Resume)
//
// One function per command; each command declares its own options, so a new flag or command
// is one entry in COMMANDS. Exit status: 0 all files read, 1 some file could not be read,
// 2 usage error.
import { readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCustom } from '../core/custom';
import { createEngine, type Engine } from '../core/engine';
import type { Requirements, SkillHit } from '../core/schema';
import { decodeText, utf16Of } from '../core/text-decode';
import { parsePosting } from './posting';
import { isHtmlDocument, readPage, type PageAddress } from './page';
import { cvProfileFile, cvSummary, cvText, gapAndSteps, loadProfile, readCvPath } from './profile';
import { nodeCvLibs } from './cv-libs';
import { CV_FILE_ERRORS, readCvFile } from '../core/cv-file';
import { applyCorrections } from '../core/corrections';
import type { AppliedCorrection, Corrections, Profile } from '../core/schema';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const USAGE = `usage: gaplens <command> [options] FILE...

commands:
  analyze [options] FILE...  read job postings (plain text, markdown, a saved HTML page, a PDF
                             or a Word .docx file, one posting as JSON from a board's API or
                             JSON-LD; "-" is standard input)
                             and print the skills, years, degree and level each asks for
  profile [options] FILE     read a CV (PDF, Word .docx, text or Markdown, JSON Resume, a
                             LinkedIn profile saved as PDF) and print what it says about you:
                             skills with levels, degree, years, background, title, target roles

options:
  --json            one JSON object per line per file
  --url URL         the files are saved board pages (HTML) from URL: read them with
                    GapLens's site adapters, as the extension would on that page.
                    Without it, a whole saved page (<!DOCTYPE html>…) is read at the
                    address it gives itself (a browser's "saved from" note, its
                    canonical link or og:url), else by the generic readers
  --profile FILE    a GapLens profile export or a JSON Resume: add your gap and the
                    top next steps for each posting. An export's corrections apply as
                    in the extension: "never count" rules to every posting, a
                    listing's own corrections with --url (they are keyed by listing)
  --out FILE        (profile) also write the reading as a GapLens profile export, which
                    analyze --profile and the options page import
  -h, --help        show this help
`;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
}

type OptionSpec = { type: 'boolean' | 'string'; short?: string; multiple?: boolean };
interface Command {
  options: Record<string, OptionSpec>;
  run: (args: { values: Record<string, unknown>; files: string[] }, io: Io) => number | Promise<number>;
}

class UsageError extends Error {}

const COMMANDS: Record<string, Command> = {
  analyze: {
    options: { json: { type: 'boolean' }, url: { type: 'string' }, profile: { type: 'string' } },
    run: analyze,
  },
  profile: {
    options: { json: { type: 'boolean' }, out: { type: 'string' } },
    run: profile,
  },
};

let engine: Engine | null = null;
function getEngine(): Engine {
  if (!engine) {
    const path = fileURLToPath(new URL('../../data/skills.json', import.meta.url));
    engine = createEngine(JSON.parse(readFileSync(path, 'utf8')));
  }
  return engine;
}

// ---------- reading files ----------

type Read = { ok: true; text: string; kind?: 'pdf' | 'docx' } | { ok: false; reason: string };

/** A posting saved as PDF (a header within its first KB, as readers allow) or as a Word .docx. */
function documentKind(buf: Buffer, file: string): 'pdf' | 'docx' | null {
  const head = buf.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04 && (/\.docx$/i.test(file) || head.includes('word/') || head.includes('[Content_Types].xml'))) return 'docx';
  return null;
}

/** A document's first line, when it is short enough to be its title. */
function firstLine(text: string): string | null {
  const line = /\S[^\n]*/.exec(text)?.[0].trim() ?? '';
  return line.length > 0 && line.length <= 120 ? line : null;
}

/** The CV reader's file messages, said of a posting. */
function postingFileError(error: string): string {
  if (error === CV_FILE_ERRORS.scanned) return 'the PDF has no text in it (a scan or a picture?): GapLens reads a PDF\'s text layer only';
  if (error === CV_FILE_ERRORS.encrypted) return 'the PDF is protected with a password, so its text cannot be read';
  if (error === CV_FILE_ERRORS.corruptPdf) return 'the PDF could not be read: it looks damaged or incomplete';
  if (error === CV_FILE_ERRORS.corruptDocx) return 'the Word file could not be read: it looks damaged, or it is not a .docx document';
  if (error === CV_FILE_ERRORS.empty) return 'the file has no text in it';
  return error;
}

/** Text of a posting file, or why it cannot be read; a PDF or Word file's text is read asynchronously. */
export function readPosting(file: string, io: Io): Read | Promise<Read> {
  let buf: Buffer;
  try {
    if (file === '-') {
      buf = io.readStdin();
    } else {
      const st = statSync(file);
      if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
      if (st.size > MAX_FILE_BYTES) return { ok: false, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
      buf = readFileSync(file);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    return { ok: false, reason: (err as Error).message };
  }
  if (buf.length > MAX_FILE_BYTES) return { ok: false, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  const doc = documentKind(buf, file);
  if (doc) {
    return readCvFile(new Uint8Array(buf), basename(file), nodeCvLibs).then((r): Read => {
      if ('error' in r) return { ok: false, reason: postingFileError(r.error) };
      return { ok: true, text: r.text, kind: doc };
    });
  }
  // UTF-16 (Notepad's "Unicode") has a NUL in every other byte and is still text.
  if (utf16Of(buf)) return { ok: true, text: decodeText(buf) };
  if (buf.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not a text posting' };
  const text = buf.toString('utf8');
  let bad = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) control++;
  }
  if (text.length > 0 && (bad > text.length / 2 || (bad + control) / text.length > 0.3)) {
    return { ok: false, reason: 'binary file (mostly invalid UTF-8), not a text posting' };
  }
  // A few bytes that are not UTF-8 in a text: Windows-1252 ("Master\x92s degree").
  return { ok: true, text: bad > 0 ? decodeText(buf) : text };
}

// ---------- analyze ----------

interface Analysis {
  file: string;
  title: string | null;
  company: string | null;
  skills: Array<Pick<SkillHit, 'id' | 'name' | 'category' | 'section' | 'mentions' | 'group'>>;
  years: Requirements['years'];
  degree: Requirements['degree'];
  seniority: Requirements['seniority'];
  /** The export's corrections that changed this reading (only with an export that has some). */
  corrections?: AppliedCorrection[];
  /** For a saved page (--url): which link of the reader chain read it, and its language. */
  read?: { via: string; lang: string | null; address?: PageAddress };
  gap?: ReturnType<typeof gapAndSteps>['gap'];
  steps?: ReturnType<typeof gapAndSteps>['steps'];
}

function analyze({ values, files }: { values: Record<string, unknown>; files: string[] }, io: Io): number | Promise<number> {
  if (files.length === 0) throw new UsageError('analyze: no files given');
  const json = values.json === true;
  const url = typeof values.url === 'string' ? values.url : null;
  const eng = getEngine();
  let profile: Profile | null = null;
  let corrections: Corrections | null = null;
  if (typeof values.profile === 'string') {
    const loaded = loadProfile(values.profile, eng.taxonomy);
    // A bad profile is a usage problem: nothing useful can be printed without it.
    if ('error' in loaded) throw new UsageError(`--profile ${values.profile}: ${loaded.error}`);
    profile = loaded.profile;
    corrections = loaded.corrections;
  }
  const reads = files.map((file) => readPosting(file, io));
  // Text files are read at once; a PDF or Word posting makes the whole run wait for its text,
  // and the files are still reported in the order given.
  if (reads.some((r) => r instanceof Promise)) return Promise.all(reads).then((all) => report(all));
  return report(reads as Read[]);

  function report(all: Read[]): number {
    let failed = 0;
    let first = true;
    for (const [n, file] of files.entries()) {
      const read = all[n]!;
      if (!read.ok) {
        io.stderr(`gaplens: ${file}: ${read.reason}\n`);
        failed++;
        continue;
      }
      let posting: { title: string | null; company: string | null; text: string; via?: string; lang?: string };
      let key: string | null = null;
      let address: PageAddress | null = null;
      if (url) {
        const page = readPage(read.text, url);
        if (!page.ok) {
          io.stderr(`gaplens: ${file}: ${page.reason}\n`);
          failed++;
          continue;
        }
        posting = page.listing;
        key = `${page.listing.source}:${page.listing.jobId}`;
        address = page.address;
      } else if (isHtmlDocument(read.text)) {
        // A whole saved page without --url: read as the extension would read it at the address
        // the page gives itself (else by the generic readers), not as one text with its menus,
        // footer and other listings in it. A page none of them can read is taken as text.
        const page = readPage(read.text, null);
        if (page.ok) {
          posting = page.listing;
          key = `${page.listing.source}:${page.listing.jobId}`;
          address = page.address;
        } else {
          // What the page shows, scripts and styles left out: menus, footers and any other
          // listings on it are read too, which the summary says.
          posting = { title: null, company: null, text: page.text ?? '', via: 'page-text' };
          address = page.address ?? null;
        }
      } else {
        posting = parsePosting(read.text);
        // A PDF or Word posting names itself in its first line ("Research Engineer, Protein Design").
        if (read.kind && !posting.title) posting = { ...posting, title: firstLine(read.text) };
      }
      // As the extension reads it: the user's own skills (profile.custom) are looked for too,
      // then their corrections apply.
      const extracted = withCustom(eng.extract(posting.text, { title: posting.title, company: posting.company }), posting.text,
        { title: posting.title, company: posting.company }, profile?.custom);
      const fixed = corrections ? applyCorrections(extracted, key, corrections, eng.taxonomy) : null;
      const req = fixed ? fixed.requirements : extracted;
      const result: Analysis = {
        file,
        title: posting.title,
        company: posting.company,
        skills: req.skills.map(({ id, name, category, section, mentions, group }) => ({ id, name, category, section, mentions, group })),
        years: req.years,
        degree: req.degree,
        seniority: req.seniority,
        ...(fixed && fixed.applied.length > 0 ? { corrections: fixed.applied } : {}),
        ...(posting.via ? { read: { via: posting.via, lang: posting.lang ?? null, ...(address && address.from !== 'given' ? { address } : {}) } } : {}),
        ...(profile ? gapAndSteps(req, profile, eng.taxonomy) : {}),
      };
      if (json) io.stdout(`${JSON.stringify(result)}\n`);
      else {
        io.stdout(`${first ? '' : '\n'}${summary(result)}`);
        first = false;
      }
    }
    return failed > 0 ? 1 : 0;
  }
}

/** "PyTorch or TensorFlow" for a group, the name alone otherwise; in order of the posting. */
function skillList(skills: Analysis['skills']): string {
  const out: string[] = [];
  const groups = new Map<string, string[]>();
  for (const s of skills) {
    if (!s.group) { out.push(s.name); continue; }
    let g = groups.get(s.group);
    if (!g) { g = []; groups.set(s.group, g); out.push(`\u0000${s.group}`); }
    g.push(s.name);
  }
  return out.map((x) => (x.startsWith('\u0000') ? groups.get(x.slice(1))!.join(' or ') : x)).join(', ') || '—';
}

const READ_BY: Readonly<Record<string, string>> = {
  'json-ld': 'the page\'s JobPosting JSON-LD',
  generic: 'the generic reader',
  'page-text': 'the whole page\'s text: no listing was found on it, so its menus, footer and any other listings are read too',
};

const ADDRESS_FROM = { given: 'given with --url', 'saved-from': 'its "saved from" note', canonical: 'its canonical link', 'og:url': 'its og:url' } as const;

const DEGREE_NAMES = { bachelor: "bachelor's", master: "master's", phd: 'PhD' } as const;

export function summary(r: Analysis): string {
  const head = [r.title ?? '(untitled)', r.company].filter(Boolean).join(' — ');
  const lines = [`${r.file}: ${head}`];
  if (r.read) lines.push(`  read by:   ${READ_BY[r.read.via] ?? 'the board adapter'}${r.read.lang && r.read.lang !== 'en' ? ` (written in ${r.read.lang}: sections and years are read in English only)` : ''}`);
  if (r.read?.address) lines.push(`  page:      ${r.read.address.url ? `${r.read.address.url} (${ADDRESS_FROM[r.read.address.from]})` : 'a saved page that does not say its address (give it with --url)'}`);
  lines.push(`  required:  ${skillList(r.skills.filter((s) => s.section === 'required'))}`);
  lines.push(`  preferred: ${skillList(r.skills.filter((s) => s.section === 'preferred'))}`);
  const other = r.skills.filter((s) => s.section === 'other');
  if (other.length) lines.push(`  mentioned: ${skillList(other)}`);
  const years = r.years
    ? `${r.years.min}${r.years.max !== null ? `–${r.years.max}` : '+'} years${r.years.section === 'required' ? '' : ` (${r.years.section})`}`
    : 'not stated';
  lines.push(`  years:     ${years}`);
  let degree = 'not stated';
  if (r.degree) {
    degree = `${DEGREE_NAMES[r.degree.level]}${r.degree.section === 'required' ? '' : ` (${r.degree.section})`}`;
    if (r.degree.field) degree += ` in ${r.degree.field}`;
    if (r.degree.equivalentExperience) degree += '; or equivalent experience';
  }
  lines.push(`  degree:    ${degree}`);
  lines.push(`  level:     ${r.seniority ?? 'not stated'}`);
  if (r.corrections?.length) lines.push(`  corrected: ${r.corrections.map(correctionText).join('; ')}`);
  if (r.gap) {
    const total = r.gap.required.have.length + r.gap.required.missing.length;
    lines.push(`  match:     ${Math.round(r.gap.score * 100)}% (${r.gap.required.have.length} of ${total} required)`);
    lines.push(`  missing:   ${r.gap.required.missing.map((m) => m.name).join(', ') || 'nothing required'}`);
    if (r.gap.preferred.missing.length) lines.push(`  nice to have: ${r.gap.preferred.missing.map((m) => m.name).join(', ')}`);
  }
  if (r.steps?.length) {
    lines.push('  next steps:');
    r.steps.forEach((s, i) => lines.push(`    ${i + 1}. ${s.title} — ${s.why}\n       ${s.sources[0] ?? ''}`));
  }
  return `${lines.join('\n')}\n`;
}

// ---------- profile ----------

async function profile({ values, files }: { values: Record<string, unknown>; files: string[] }, io: Io): Promise<number> {
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'profile: no CV file given' : 'profile: give one CV file');
  const file = files[0]!;
  const out = typeof values.out === 'string' ? values.out : null;
  if (out === '') throw new UsageError('profile: --out needs a file name');
  const now = Date.now();
  const read = await readCvPath(file, getEngine(), now);
  if (!read.ok) {
    io.stderr(`gaplens: ${file}: ${read.reason}\n`);
    return 1;
  }
  if (values.json === true) io.stdout(`${JSON.stringify(cvSummary(file, read.reading))}\n`);
  else io.stdout(cvText(file, read.kind, read.reading));
  if (out) {
    try {
      writeFileSync(out, `${JSON.stringify(cvProfileFile(read.reading, now), null, 2)}\n`);
    } catch (err) {
      io.stderr(`gaplens: ${out}: ${(err as Error).message}\n`);
      return 1;
    }
  }
  return 0;
}

function correctionText(c: AppliedCorrection): string {
  if (c.action === 'never') return `"${c.words}" not counted as ${c.name}`;
  if (c.action === 'drop') return `${c.name} not asked here`;
  return `${c.name} ${c.action === 'required' ? 'required' : 'nice to have'}`;
}

// ---------- entry ----------

export function main(argv: string[], io: Io): number | Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw new UsageError('no command given');
    if (name === '-h' || name === '--help' || name === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      const msg = (err as Error).message;
      const unknown = /^Unknown option '([^']*)'/.exec(msg);
      throw new UsageError(unknown ? `unknown option '${unknown[1]}'` : msg.split('\n')[0]!.split('. ')[0]!);
    }
    if (parsed.values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const ran = command.run({ values: parsed.values as Record<string, unknown>, files: parsed.positionals }, io);
    return typeof ran === 'number' ? ran : ran.catch((err: unknown) => failed(err, io));
  } catch (err) {
    return failed(err, io);
  }
}

function failed(err: unknown, io: Io): number {
  if (err instanceof UsageError) {
    io.stderr(`gaplens: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  io.stderr(`gaplens: ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}

function isMain(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(fileURLToPath(import.meta.url)) === realpathSync(process.argv[1]);
  } catch {
    return false;
  }
}

if (isMain()) {
  // A closed pipe (`gaplens analyze … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const code = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
  });
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => { process.exitCode = c; });
}
