// The parts of one posting held as JSON (a board's API record, a page's JobPosting JSON-LD) beside
// its description: responsibilities, qualifications, skills, education and experience, Lever's
// lists. Each comes back under a heading, as the posting's own text would put it, so the reader's
// sections take them as they would a page. Values stay data: strings (plain or HTML, for the
// caller to read as text), never parsed or run here.

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The first schema.org JobPosting in parsed JSON-LD (an object, a list, an "@graph"), or null. */
export function jobPostingIn(node: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = jobPostingIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const rec = node as Record<string, unknown>;
  const type = rec['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return rec;
  return jobPostingIn(rec['@graph'], depth + 1);
}

/** A non-empty string, or a schema.org value's description ({ "@type": …, "description": "…" }). */
export function stringOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (isRecord(v) && typeof v.description === 'string' && v.description.trim()) return v.description;
  return null;
}

// schema.org JobPosting's own names first, then those of boards' APIs (Workable, Lever).
const PART_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['responsibilities', 'Responsibilities'], ['requirements', 'Requirements'], ['qualifications', 'Qualifications'],
  ['skills', 'Skills'], ['experienceRequirements', 'Experience'], ['educationRequirements', 'Education'],
  ['preferredQualifications', 'Preferred qualifications'], ['benefits', 'Benefits'],
];

export interface JobPart {
  heading: string | null;
  /** Plain text or HTML, as the record holds it; list items of an array as "- " lines. */
  text: string;
}

/**
 * The record's parts other than its description, in the order a posting would give them. A part
 * the description already holds (its first 200 characters are in it) is left out.
 */
export function jobParts(job: Record<string, unknown>, description: string): JobPart[] {
  const out: JobPart[] = [];
  const has = (s: string) => description.includes(s.trim().slice(0, 200));
  for (const [key, heading] of PART_KEYS) {
    const text = partText(job[key], key);
    if (text && text.trim().length >= 3 && !has(text)) out.push({ heading, text });
  }
  // Lever: "lists": [{ "text": "What you bring", "content": "<li>…</li>" }].
  if (Array.isArray(job.lists)) {
    for (const l of job.lists) {
      if (!isRecord(l)) continue;
      const content = stringOf(l.content);
      if (content && !has(content)) out.push({ heading: stringOf(l.text)?.trim() ?? null, text: content });
    }
  }
  const additional = stringOf(job.additional) ?? stringOf(job.additionalPlain);
  if (additional && !has(additional)) out.push({ heading: null, text: additional });
  return out;
}

/** A part's text: a string, a list of strings, or a schema.org value (its description, a credential's level, months of experience). */
function partText(v: unknown, key: string): string | null {
  if (Array.isArray(v)) {
    const items = v.map((x) => partText(x, key)).filter((x): x is string => x !== null);
    return items.length ? items.map((x) => `- ${x.trim()}`).join('\n') : null;
  }
  const s = stringOf(v);
  if (s) return s;
  if (!isRecord(v)) return null;
  if (key === 'educationRequirements' && typeof v.credentialCategory === 'string' && v.credentialCategory.trim()) return v.credentialCategory;
  if (key === 'experienceRequirements') {
    const months = Number(v.monthsOfExperience);
    // Whole years only: "18 months" is not a year figure the reader could take as one.
    if (Number.isInteger(months) && months >= 12 && months % 12 === 0 && months <= 600) return `At least ${months / 12} years of experience`;
  }
  return null;
}

/** The parts as posting text, each under its heading ("Qualifications:" on a line of its own); `toText` reads a part's HTML, if any, as text. */
export function partsAsText(parts: readonly JobPart[], toText: (maybeHtml: string) => string): string {
  return parts.map((p) => {
    const body = toText(p.text).trim();
    return p.heading ? `${p.heading}:\n${body}` : body;
  }).join('\n\n');
}
