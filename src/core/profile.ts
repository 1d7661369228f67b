// The profile as a record that outlives releases: a blank one, migration from older
// versions, careful repair, import from a GapLens export or a JSON Resume file, and a
// readable diff to show before an import replaces anything. Pure: no DOM, no browser.
import { z } from 'zod';
import {
  PROFILE_VERSION, Profile, ProfileFile, ProfileV1, SkillLevel, type Corrections, type EducationLevel, type Plan,
} from './schema';
import { degreeRank, maxLevel } from './match';
import { migrateCorrections } from './corrections';
import { migratePlan } from './plan';
import { lazy } from './lazy';

/** Import files larger than this are refused before parsing (a profile is a few KB). */
export const MAX_PROFILE_FILE_BYTES = 1_000_000;

/** Issues carry the offending value, so messages can say what was found. */
const REPORT = { reportInput: true } as const;

export const DEFAULT_CONSTRAINTS: Profile['constraints'] = { hoursPerWeek: 5, budget: 'free', fullTimeStudy: false, relocation: false };

export function emptyProfile(updated = 0): Profile {
  return {
    version: PROFILE_VERSION,
    skills: [],
    education: { level: 'none', field: '' },
    years: 0,
    background: 'other',
    targets: [],
    domains: [],
    constraints: { ...DEFAULT_CONSTRAINTS },
    updated,
  };
}

export interface MigrateOptions {
  /** When given, skill ids not in it are dropped (and reported). Without it, no id is judged. */
  knownSkills?: ReadonlySet<string>;
  /** Stamp for `updated` when the record has none (a v1 record never had one). */
  now?: number;
}

export type MigrateResult = { profile: Profile; repairs: string[]; from: number } | { error: string };

/**
 * Read a stored or imported profile record of any version we know.
 *
 * Repaired (and listed in `repairs`): duplicate skills (merged, highest level kept),
 * unknown skill ids (only with `knownSkills`), duplicate targets or domains, unknown
 * extra fields, and a missing `domains`/`constraints`/`updated` (defaults). Never
 * guessed: a number out of range, a wrong type, a missing core field — those are an
 * error naming the field. A record from a newer version is refused, not downgraded.
 */
export function migrateProfile(raw: unknown, opts: MigrateOptions = {}): MigrateResult {
  if (!isRecord(raw)) return { error: `profile: expected an object, got ${kindOf(raw)}` };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { error: `profile.version: expected a whole number, got ${kindOf(version)}` };
  }
  if (version > PROFILE_VERSION) {
    return { error: `profile.version: this profile was saved by a newer GapLens (format ${version}; this version reads up to ${PROFILE_VERSION}). Update GapLens to read it.` };
  }
  if (version < 1) return { error: `profile.version: unknown format ${version}` };
  const repairs: string[] = [];
  const rec: Record<string, unknown> = { ...raw };

  if (version === 1) {
    dropUnknownFields(rec, Object.keys(ProfileV1.shape), repairs);
    if (Array.isArray(rec.skills)) rec.skills = repairIdList(rec.skills, 'skills', opts.knownSkills, repairs);
    if (Array.isArray(rec.targets)) rec.targets = dedupe(rec.targets, 'targets', repairs);
    const v1 = ProfileV1.safeParse(rec, REPORT);
    if (!v1.success) return { error: describeIssues(v1.error, 'profile') };
    const old = v1.data;
    const profile: Profile = {
      version: PROFILE_VERSION,
      // v1 had no levels: "I know it" is closest to 'working'.
      skills: old.skills.map((id) => ({ id, level: 'working' as const })),
      education: { level: old.degree, field: (old.field ?? '').slice(0, 120) },
      years: old.years,
      background: old.background,
      targets: old.targets.slice(0, 9),
      domains: [],
      constraints: { ...DEFAULT_CONSTRAINTS },
      updated: opts.now ?? 0,
    };
    const checked = Profile.safeParse(profile, REPORT);
    if (!checked.success) return { error: describeIssues(checked.error, 'profile') };
    return { profile: checked.data, repairs, from: 1 };
  }

  dropUnknownFields(rec, Object.keys(Profile.shape), repairs);
  // The user's own skills (custom) are known skills too, or an import would drop them.
  const customIds = Array.isArray(rec.custom) ? rec.custom.flatMap((c) => (isRecord(c) && typeof c.id === 'string' ? [c.id] : [])) : [];
  const known = opts.knownSkills && customIds.length ? new Set([...opts.knownSkills, ...customIds]) : opts.knownSkills;
  if (Array.isArray(rec.skills)) rec.skills = repairSkills(rec.skills, known, repairs);
  if (Array.isArray(rec.targets)) rec.targets = dedupe(rec.targets, 'targets', repairs);
  if (Array.isArray(rec.domains)) rec.domains = dedupe(rec.domains, 'domains', repairs);
  if (rec.domains === undefined) { rec.domains = []; repairs.push('domains were missing: set to none'); }
  if (rec.constraints === undefined) { rec.constraints = { ...DEFAULT_CONSTRAINTS }; repairs.push('constraints were missing: set to defaults'); }
  if (rec.updated === undefined) { rec.updated = opts.now ?? 0; repairs.push('update time was missing'); }
  const parsed = Profile.safeParse(rec, REPORT);
  if (!parsed.success) return { error: describeIssues(parsed.error, 'profile') };
  return { profile: parsed.data, repairs, from: version };
}

function dropUnknownFields(rec: Record<string, unknown>, known: string[], repairs: string[]) {
  for (const k of Object.keys(rec)) {
    if (!known.includes(k)) {
      delete rec[k];
      repairs.push(`removed unknown field "${k}"`);
    }
  }
}

function repairIdList(list: unknown[], field: string, known: ReadonlySet<string> | undefined, repairs: string[]): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  for (const x of list) {
    if (seen.has(x)) { repairs.push(`${field}: merged duplicate "${String(x)}"`); continue; }
    seen.add(x);
    if (known && typeof x === 'string' && !known.has(x)) { repairs.push(`${field}: dropped unknown skill "${x}"`); continue; }
    out.push(x);
  }
  return out;
}

function repairSkills(list: unknown[], known: ReadonlySet<string> | undefined, repairs: string[]): unknown[] {
  const out: unknown[] = [];
  const index = new Map<string, number>();
  for (const x of list) {
    // Only well-formed entries are merged or dropped; anything else is left for the
    // schema to reject with its path, because we cannot tell what it meant.
    const lvl = isRecord(x) ? SkillLevel.safeParse(x.level) : null;
    if (!isRecord(x) || typeof x.id !== 'string' || !lvl?.success) { out.push(x); continue; }
    if (known && !known.has(x.id)) { repairs.push(`skills: dropped unknown skill "${x.id}"`); continue; }
    const at = index.get(x.id);
    if (at !== undefined) {
      const prev = out[at] as { id: string; level: SkillLevel };
      out[at] = { id: x.id, level: maxLevel(prev.level, lvl.data) };
      repairs.push(`skills: merged duplicate "${x.id}" (kept level ${(out[at] as { level: string }).level})`);
      continue;
    }
    index.set(x.id, out.length);
    out.push({ ...x });
  }
  return out;
}

function dedupe(list: unknown[], field: string, repairs: string[]): unknown[] {
  const out = [...new Set(list)];
  if (out.length < list.length) repairs.push(`${field}: removed ${list.length - out.length} duplicate(s)`);
  return out;
}

/** One line naming the first few problems by path: "profile.years: expected a number ≤ 60, got 75". */
export function describeIssues(error: z.ZodError, root: string): string {
  return error.issues.slice(0, 3).map((i) => `${pathString(root, i.path)}: ${issueText(i)}`).join('; ');
}

function pathString(root: string, path: readonly PropertyKey[]): string {
  let s = root;
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : `${s ? '.' : ''}${String(p)}`;
  return s || '(file)';
}

function issueText(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? issue.input : undefined;
  const gotText = got === undefined ? '' : `, got ${preview(got)}`;
  switch (issue.code) {
    case 'too_big': return `expected ${issue.origin === 'array' ? 'at most' : 'a value ≤'} ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : ''}${gotText}`;
    case 'too_small': return `expected ${issue.origin === 'array' || issue.origin === 'string' ? 'at least' : 'a value ≥'} ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''}${gotText}`;
    case 'invalid_type':
      if (issue.expected === 'nonoptional') return 'is missing';
      return `expected ${issue.expected}${gotText || (got === undefined ? ', but it is missing' : '')}`;
    case 'invalid_value': return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${gotText}`;
    case 'unrecognized_keys': return `unknown field(s) ${issue.keys.join(', ')}`;
    default: return issue.message;
  }
}

function preview(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return kindOf(v);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `text ${preview(v)}`;
  return `${typeof v} ${String(v)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------- JSON Resume ----------

/** The parts of https://jsonresume.org/schema we read; everything else is ignored. */
const JsonResume = lazy(() => z.looseObject({
  basics: z.looseObject({ label: z.string().optional() }).optional(),
  work: z.array(z.looseObject({
    startDate: z.string().optional(),
    endDate: z.string().optional(),
  })).optional(),
  education: z.array(z.looseObject({
    studyType: z.string().optional(),
    area: z.string().optional(),
  })).optional(),
  skills: z.array(z.looseObject({
    name: z.string().optional(),
    level: z.string().optional(),
    keywords: z.array(z.string()).optional(),
  })).optional(),
}));

export interface JsonResumeOptions {
  /** Maps free text ("Pytorch", "scikit learn") to a taxonomy id, or null. */
  findSkill: (text: string) => string | null;
  /** "Now" for ongoing jobs (no endDate), in ms. */
  now?: number;
  /** Fields a résumé cannot say (background, targets, constraints…) come from here. */
  base?: Profile;
}

export type JsonResumeResult = { profile: Profile; unmatched: string[] } | { error: string };

/**
 * JSON Resume → Profile. Skills: each skill's `name` and `keywords` are looked up with
 * `findSkill`; JSON Resume's free-text level maps to ours (Master/Expert/Advanced →
 * strong, Beginner/Novice → learning, anything else → working). Education: the highest
 * recognised `studyType` (Bachelor/BSc/BS…, Master/MSc/MS/MEng…, PhD/Doctorate/DPhil)
 * and its `area`. Years: the union of work periods (overlaps counted once; no endDate =
 * ongoing), rounded down to half a year. Background, targets, domains and constraints
 * are not in a résumé: they are kept from `base` (or blank).
 */
export function profileFromJsonResume(json: unknown, opts: JsonResumeOptions): JsonResumeResult {
  if (!isRecord(json)) return { error: `JSON Resume: expected an object, got ${kindOf(json)}` };
  const parsed = JsonResume.safeParse(json, REPORT);
  if (!parsed.success) return { error: describeIssues(parsed.error, '') };
  const r = parsed.data;
  const now = opts.now ?? Date.now();
  const base = opts.base ?? emptyProfile(now);

  // Skills.
  const levels = new Map<string, SkillLevel>();
  const unmatched: string[] = [];
  for (const s of r.skills ?? []) {
    const level = resumeLevel(s.level);
    for (const text of [s.name, ...(s.keywords ?? [])]) {
      if (!text || !text.trim()) continue;
      const id = opts.findSkill(text.trim());
      if (id === null) { if (!unmatched.includes(text.trim())) unmatched.push(text.trim()); continue; }
      const old = levels.get(id);
      levels.set(id, old ? maxLevel(old, level) : level);
    }
  }

  // Education.
  let education: Profile['education'] = { level: 'none', field: '' };
  for (const e of r.education ?? []) {
    const level = studyLevel(e.studyType ?? '');
    if (level && degreeRank(level) > degreeRank(education.level)) education = { level, field: (e.area ?? '').trim().slice(0, 120) };
  }
  if (education.level === 'none' && base.education.level !== 'none' && !(r.education?.length)) education = base.education;

  // Years of work.
  const periods: Array<[number, number]> = [];
  for (const [i, w] of (r.work ?? []).entries()) {
    if (w.startDate === undefined || w.startDate.trim() === '') continue; // an undated entry cannot be counted
    const start = monthIndex(w.startDate);
    if (start === null) return { error: `work[${i}].startDate: expected a date like 2019-04 or 2019-04-01, got ${preview(w.startDate)}` };
    let end = monthIndex(new Date(now).toISOString().slice(0, 7))!;
    if (w.endDate !== undefined && w.endDate.trim() !== '') {
      const e = monthIndex(w.endDate);
      if (e === null) return { error: `work[${i}].endDate: expected a date like 2021-09 or 2021-09-30, got ${preview(w.endDate)}` };
      end = e;
    }
    if (end < start) return { error: `work[${i}].endDate: ${w.endDate} is before startDate ${w.startDate}` };
    periods.push([start, end]);
  }
  const years = Math.floor((unionMonths(periods) / 12) * 2) / 2;
  if (years > 60) return { error: `work: the dates add up to ${years} years of work, more than 60 — check the startDate values` };

  const profile: Profile = {
    ...base,
    version: PROFILE_VERSION,
    skills: [...levels].map(([id, level]) => ({ id, level })).slice(0, 1000),
    education,
    years: r.work?.length ? years : base.years,
    updated: now,
  };
  const checked = Profile.safeParse(profile, REPORT);
  if (!checked.success) return { error: describeIssues(checked.error, 'profile') };
  return { profile: checked.data, unmatched };
}

function resumeLevel(level: string | undefined): SkillLevel {
  const l = (level ?? '').toLowerCase();
  if (/master|expert|advanced|fluent|strong|senior/.test(l)) return 'strong';
  if (/beginner|novice|basic|learning|elementary|familiar/.test(l)) return 'learning';
  return 'working';
}

/** "M.Sc." → master, "Doctor of Philosophy" → phd; certificates, diplomas, high school → null. */
export function studyLevel(studyType: string): Exclude<EducationLevel, 'none'> | null {
  const s = studyType.toLowerCase().replace(/[.'’\s-]/g, '');
  if (/^(phd|dphil|doctorate|doctoral|doctorofphilosophy)/.test(s)) return 'phd';
  if (/^(master|msc|ms|meng|ma|mba|mres|mphil|mtech|mmath|mstat)/.test(s)) return 'master';
  if (/^(bachelor|bsc|bs|ba|beng|btech|bba|undergrad)/.test(s)) return 'bachelor';
  return null;
}

/** "2019", "2019-04", "2019-04-01" → months since year 0; anything else → null. */
function monthIndex(date: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 31)) return null;
  return year * 12 + (month - 1);
}

/** Months covered by the union of [start, end] month ranges (end month counts as worked). */
function unionMonths(periods: Array<[number, number]>): number {
  const sorted = [...periods].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const [s, e] of sorted) {
    if (cur && s <= cur[1] + 1) cur[1] = Math.max(cur[1], e);
    else {
      if (cur) total += cur[1] - cur[0] + 1;
      cur = [s, e];
    }
  }
  if (cur) total += cur[1] - cur[0] + 1;
  return total;
}

// ---------- import files ----------

export interface ParseFileOptions extends MigrateOptions {
  /** Needed for JSON Resume files; see `profileFromJsonResume`. */
  findSkill?: (text: string) => string | null;
  base?: Profile;
}

export type ParsedFile =
  /** `corrections` is null for a file without any (exported before corrections existed): keep the user's. */
  | { kind: 'gaplens'; profile: Profile; repairs: string[]; corrections: Corrections | null; plan: Plan | null }
  | { kind: 'json-resume'; profile: Profile; unmatched: string[] }
  | { error: string };

/**
 * Text of a file the user chose → a profile. Accepts a GapLens export (any profile
 * version we can migrate) or a JSON Resume. Refuses, with a message a person can act
 * on: files over 1 MB, binary files, invalid JSON (with line and column), and JSON of
 * another shape (with the field path and what was expected).
 */
export function parseProfileFile(text: string, opts: ParseFileOptions = {}): ParsedFile {
  const bytes = utf8Length(text);
  if (bytes > MAX_PROFILE_FILE_BYTES) {
    return { error: 'This file is over 1 MB; a profile file is at most 1 MB (usually a few KB). Is it the right file?' };
  }
  if (text.includes('\u0000')) return { error: 'This is a binary file, not a JSON profile. Choose a .json file exported by GapLens or a JSON Resume.' };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { error: 'This file is empty.' };

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { error: `This file is not valid JSON: ${jsonErrorText(e, body)}` };
  }
  if (!isRecord(json)) return { error: `Expected a JSON object at the top of the file, got ${kindOf(json)}.` };

  if ('format' in json) {
    if (json.format !== 'gaplens-profile') return { error: `format: expected "gaplens-profile", got ${preview(json.format)}` };
    // The wrapper is checked on its own, so the profile inside can be any version we migrate.
    const wrapper = ProfileFile.omit({ profile: true, corrections: true, plan: true })
      .extend({ profile: z.unknown(), corrections: z.unknown().optional(), plan: z.unknown().optional() }).safeParse(json, REPORT);
    if (!wrapper.success) return { error: describeIssues(wrapper.error, '') };
    const m = migrateProfile(wrapper.data.profile, opts);
    if ('error' in m) return { error: m.error };
    const repairs = [...m.repairs];
    let corrections: Corrections | null = null;
    if (wrapper.data.corrections !== undefined) {
      const c = migrateCorrections(wrapper.data.corrections, opts.knownSkills);
      if ('error' in c) return { error: c.error };
      corrections = c.corrections;
      repairs.push(...c.repairs);
    }
    // A file from before the plan existed has none: the user's own plan stays (null, not empty).
    let plan: Plan | null = null;
    if (wrapper.data.plan !== undefined) {
      const p = migratePlan(wrapper.data.plan);
      if ('error' in p) return { error: p.error };
      plan = p.plan;
      repairs.push(...p.repairs);
    }
    return { kind: 'gaplens', profile: m.profile, repairs, corrections, plan };
  }

  const resumeKeys = ['basics', 'work', 'education', 'skills'];
  const looksLikeResume = (typeof json.$schema === 'string' && /jsonresume/i.test(json.$schema))
    || (!('version' in json) && resumeKeys.some((k) => k in json));
  if (looksLikeResume) {
    if (!opts.findSkill) return { error: 'JSON Resume files need the skills list to be loaded; try again in a moment.' };
    const r = profileFromJsonResume(json, { findSkill: opts.findSkill, now: opts.now, base: opts.base });
    if ('error' in r) return r;
    return { kind: 'json-resume', profile: r.profile, unmatched: r.unmatched };
  }
  return { error: 'Not a GapLens profile or a JSON Resume: expected "format": "gaplens-profile", or JSON Resume sections (basics, work, education, skills).' };
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
    if (n > MAX_PROFILE_FILE_BYTES) return n; // enough to refuse
  }
  return n;
}

/** Engines word JSON errors differently; normalise to "… at line L, column C". */
function jsonErrorText(e: unknown, text: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  const pos = /position (\d+)/.exec(msg);
  let where = '';
  if (lc) where = `line ${lc[1]}, column ${lc[2]}`;
  else if (pos) {
    const p = Number(pos[1]);
    const before = text.slice(0, p);
    const line = before.split('\n').length;
    where = `line ${line}, column ${p - before.lastIndexOf('\n')}`;
  } else if (/end of (JSON )?(input|data)/i.test(msg)) {
    const lines = text.split('\n');
    where = `line ${lines.length}, column ${lines[lines.length - 1]!.length + 1} (the file ends too early)`;
  }
  const reason = msg.replace(/^JSON\.parse:\s*/, '').replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/ at line \d+ column \d+.*$/, '').replace(/^SyntaxError:\s*/, '');
  return where ? `${reason} at ${where}` : reason;
}

// ---------- diff ----------

/**
 * What importing `next` over `current` would change, one line per change, for the
 * "what will change" dialog. `name` turns skill ids into names. No lines = no change.
 */
export interface DiffWords {
  background: (id: string) => string;
  target: (id: string) => string;
  budget: (id: string) => string;
}

/** An id in plain words when no label is given: "life-sciences" → "Life sciences", never the id itself. */
export const plainId = (id: string): string => {
  const w = id.replace(/[-_]+/g, ' ').trim();
  return w ? w[0]!.toUpperCase() + w.slice(1) : id;
};

export function diffProfiles(current: Profile | null, next: Profile, name: (id: string) => string = (id) => id, words: Partial<DiffWords> = {}): string[] {
  const bg = words.background ?? plainId;
  const target = words.target ?? plainId;
  const budget = words.budget ?? plainId;
  const a = current ?? emptyProfile();
  const out: string[] = [];
  const before = new Map(a.skills.map((s) => [s.id, s.level]));
  const after = new Map(next.skills.map((s) => [s.id, s.level]));
  const added = next.skills.filter((s) => !before.has(s.id));
  const removed = a.skills.filter((s) => !after.has(s.id));
  if (added.length) out.push(`Adds ${plural(added.length, 'skill')}: ${added.map((s) => `${name(s.id)} (${s.level})`).join(', ')}`);
  if (removed.length) out.push(`Removes ${plural(removed.length, 'skill')}: ${removed.map((s) => name(s.id)).join(', ')}`);
  for (const s of next.skills) {
    const old = before.get(s.id);
    if (old && old !== s.level) out.push(`${name(s.id)}: ${old} → ${s.level}`);
  }
  if (a.education.level !== next.education.level || a.education.field !== next.education.field) {
    out.push(`Education: ${education(a.education)} → ${education(next.education)}`);
  }
  if (a.years !== next.years) out.push(`Years of experience: ${a.years} → ${next.years}`);
  if (a.background !== next.background) out.push(`Background: ${bg(a.background)} → ${bg(next.background)}`);
  listDiff(out, 'target role', a.targets.map(target), next.targets.map(target));
  listDiff(out, 'domain', a.domains, next.domains);
  const c0 = a.constraints;
  const c1 = next.constraints;
  if (c0.hoursPerWeek !== c1.hoursPerWeek) out.push(`Hours per week: ${c0.hoursPerWeek} → ${c1.hoursPerWeek}`);
  if (c0.budget !== c1.budget) out.push(`Budget: ${budget(c0.budget)} → ${budget(c1.budget)}`);
  if (c0.fullTimeStudy !== c1.fullTimeStudy) out.push(`Full-time study: ${yesNo(c0.fullTimeStudy)} → ${yesNo(c1.fullTimeStudy)}`);
  if (c0.relocation !== c1.relocation) out.push(`Open to relocation: ${yesNo(c0.relocation)} → ${yesNo(c1.relocation)}`);
  return out;
}

function listDiff(out: string[], noun: string, a: readonly string[], b: readonly string[]) {
  const add = b.filter((x) => !a.includes(x));
  const rem = a.filter((x) => !b.includes(x));
  if (add.length) out.push(`Adds ${plural(add.length, noun)}: ${add.join(', ')}`);
  if (rem.length) out.push(`Removes ${plural(rem.length, noun)}: ${rem.join(', ')}`);
}

const DEGREE_WORD: Readonly<Record<Profile['education']['level'], string>> = { none: 'No degree', bachelor: "Bachelor's", master: "Master's", phd: 'PhD' };

function education(e: Profile['education']): string {
  const level = DEGREE_WORD[e.level];
  return e.field ? `${level} in ${e.field}` : level;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
