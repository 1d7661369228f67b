// A saved posting file: optional header lines ("TITLE: …", "COMPANY: …") closed by a line
// "---", then the posting as plain text or markdown; or one posting as a job board's API or a
// page's JSON-LD gives it (a JSON object with a title and a description). Shared by the CLI and
// `npm run eval`.

import { htmlToText } from '../core/html-text';
import { isRecord, jobParts, jobPostingIn, partsAsText, stringOf } from '../core/job-json';

export interface PostingFile {
  title: string | null;
  company: string | null;
  /** Every header field, upper-cased key → value. */
  fields: Record<string, string>;
  text: string;
}

const FIELD = /^([A-Za-z][A-Za-z_ -]{0,30}):\s?(.*)$/;
const MAX_HEADER_LINES = 40;

export function parsePosting(raw: string): PostingFile {
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  const json = jsonPosting(text);
  if (json) return json;
  const lines = text.slice(0, 20_000).split('\n', MAX_HEADER_LINES + 1);
  const fields: Record<string, string> = {};
  let end = -1;
  for (let i = 0; i < lines.length && i <= MAX_HEADER_LINES; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '---') { end = i; break; }
    if (!line.trim()) continue;
    const m = FIELD.exec(line);
    if (!m) break;
    fields[m[1]!.trim().toUpperCase()] = m[2]!.trim();
  }
  if (end < 1) return { title: firstHeading(text), company: null, fields: {}, text };
  let offset = 0;
  for (let i = 0; i <= end; i++) offset = text.indexOf('\n', offset) + 1;
  const body = text.slice(offset);
  const value = (k: string) => (fields[k] && fields[k] !== 'None' ? fields[k]! : null);
  return { title: value('TITLE') ?? firstHeading(body), company: value('COMPANY'), fields, text: body };
}

/** The first markdown heading ("# Senior ML Engineer"), without its markup. */
function firstHeading(text: string): string | null {
  const m = /^#{1,6}[ \t]+(.{1,200})$/m.exec(text.slice(0, 20_000));
  if (!m) return null;
  const t = m[1]!.replace(/[*_`#]+/g, '').trim();
  return t || null;
}

// ---------- one posting as JSON ----------

// The field names job boards' APIs and schema.org's JobPosting use, most specific first. A
// description may be HTML (Greenhouse escapes it once more): the extractor reads HTML as text.
const TITLE_KEYS = ['title', 'jobTitle', 'job_title', 'positionName', 'position', 'name'];
const COMPANY_KEYS = ['hiringOrganization', 'company', 'companyName', 'company_name', 'employer', 'employer_name', 'organization'];
const BODY_KEYS = ['description', 'content', 'descriptionHtml', 'description_html', 'jobDescription', 'job_description', 'descriptionPlain', 'description_text', 'body', 'text'];
/** A larger JSON file is a dataset, not one posting: it is read as text. */
const MAX_JSON = 2_000_000;

/** The posting in a JSON object (or JSON-LD with a JobPosting in it); null when `text` is no such thing. */
export function jsonPosting(raw: string): PostingFile | null {
  const t = raw.trimStart();
  if (!(t.startsWith('{') || t.startsWith('[')) || raw.length > MAX_JSON) return null;
  let data: unknown;
  try { data = JSON.parse(t); } catch { return null; }
  const job = findPosting(data, 0);
  if (!job) return null;
  const title = titleOf(job);
  const body = bodyOf(job, title);
  if (!body) return null;
  // HTML read as text here, part by part: the parts' own lines must not run into the description's.
  const parts = jobParts(job, body);
  const main = htmlToText(body).trim();
  const text = parts.length ? `${main}\n\n${partsAsText(parts, htmlToText)}` : main;
  const companyValue = COMPANY_KEYS.map((k) => job[k]).find((v) => nameOf(v));
  return { title: title?.trim().slice(0, 300) || null, company: nameOf(companyValue)?.trim().slice(0, 300) || null, fields: {}, text };
}

/**
 * The posting's title: a title field, else a short one-line "text" beside a description (Lever's
 * postings API names its title so).
 */
function titleOf(job: Record<string, unknown>): string | null {
  const named = stringOf(TITLE_KEYS.map((k) => job[k]).find((v) => stringOf(v)));
  if (named) return named;
  const t = job.text;
  return typeof t === 'string' && t.trim() && t.length <= 200 && !t.includes('\n') && bodyOf(job, t) ? t : null;
}

/** The description: the first body field that is not the title itself. */
function bodyOf(job: Record<string, unknown>, title: string | null): string | null {
  for (const k of BODY_KEYS) {
    const v = stringOf(job[k]);
    if (v && v !== title) return v;
  }
  return null;
}

/** A company's name: a string, or an object's name ({ "name": … }, { "display_name": … }). */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (isRecord(v)) for (const k of ['name', 'display_name', 'displayName']) if (typeof v[k] === 'string' && v[k].trim()) return v[k];
  return null;
}

/**
 * The object that is the posting: a JobPosting (JSON-LD), else the first object with a title and a
 * description, looked for a few levels down ({ "data": { "job": { … } } }).
 */
function findPosting(v: unknown, depth: number): Record<string, unknown> | null {
  if (depth > 4) return null;
  if (Array.isArray(v)) {
    // One posting in a list is that posting; a list of many is a dataset.
    return v.length === 1 ? findPosting(v[0], depth + 1) : null;
  }
  if (!isRecord(v)) return null;
  const ld = jobPostingIn(v);
  if (ld) return ld;
  if (titleOf(v) && bodyOf(v, titleOf(v))) return v;
  for (const k of ['data', 'job', 'jobPosting', 'posting', 'result', 'results', 'item']) {
    const inner = findPosting(v[k], depth + 1);
    if (inner) return inner;
  }
  return null;
}
