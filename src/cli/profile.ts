// `--profile FILE`: a GapLens profile export or a JSON Resume, and what the CLI adds with
// it: the gap and the top next steps, computed by the same core as the extension. And the
// `profile` command: a CV file (PDF, DOCX, text, JSON Resume) read into a profile.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptAll, applyCv, readCv, type CvReading } from '../core/cv';
import { CV_FILE_ERRORS, MAX_CV_BYTES, readCvFile } from '../core/cv-file';
import type { Engine } from '../core/engine';
import { nodeCvLibs } from './cv-libs';
import { advise } from '../core/advise';
import { match } from '../core/match';
import { parseProfileFile } from '../core/profile';
import { Paths, type Corrections, type Profile, type ProfileFile, type Requirements, type SkillLevel, type TargetRole, type Taxonomy } from '../core/schema';

const fold = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, '');

/** Exact name or alias, ignoring case and separators; an import must not invent skills. */
export function skillFinder(taxonomy: Taxonomy): (text: string) => string | null {
  const byForm = new Map<string, string>();
  for (const s of taxonomy.skills) for (const form of [s.name, s.id, ...s.aliases]) if (!byForm.has(fold(form))) byForm.set(fold(form), s.id);
  return (text) => byForm.get(fold(text)) ?? null;
}

/** The profile, and the corrections a GapLens export carries (null: none in the file). */
export function loadProfile(file: string, taxonomy: Taxonomy): { profile: Profile; corrections: Corrections | null } | { error: string } {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : (err as Error).message };
  }
  const parsed = parseProfileFile(text, { findSkill: skillFinder(taxonomy), knownSkills: new Set(taxonomy.skills.map((s) => s.id)) });
  if ('error' in parsed) return { error: parsed.error };
  return { profile: parsed.profile, corrections: parsed.kind === 'gaplens' ? parsed.corrections : null };
}

let paths: Paths | null = null;
function getPaths(): Paths {
  paths ??= Paths.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../data/paths.json', import.meta.url)), 'utf8')));
  return paths;
}

export function gapAndSteps(req: Requirements, profile: Profile, taxonomy: Taxonomy) {
  const gap = match(req, profile, taxonomy);
  const names = new Map(taxonomy.skills.map((s) => [s.id, s.name]));
  const { steps } = advise(gap, profile, getPaths(), { limit: 5, taxonomyNames: (id) => names.get(id) ?? id, taxonomy });
  return {
    gap: {
      score: gap.score,
      required: { have: gap.required.have, missing: gap.required.missing },
      preferred: { have: gap.preferred.have, missing: gap.preferred.missing },
      groups: gap.groups,
      years: gap.years,
      degree: gap.degree,
    },
    steps: steps.map(({ id, title, kind, why, sources, effort, cost }) => ({ id, title, kind, why, sources, effort, cost })),
  };
}

// ---------- `gaplens profile FILE`: a profile read from a CV ----------

export interface CvSummary {
  file: string;
  background: Profile['background'];
  education: Profile['education'];
  years: number;
  title: string | null;
  skills: Array<{ id: string; name: string; level: SkillLevel }>;
  targets: TargetRole[];
  unmatched: string[];
}

export type CvRead = { ok: true; reading: CvReading; kind: string } | { ok: false; reason: string };

/** A CV file on disk → what the reader finds in it. Refusals are one line a person can act on. */
export async function readCvPath(file: string, engine: Pick<Engine, 'extract' | 'taxonomy'>, now = Date.now()): Promise<CvRead> {
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (st.size > MAX_CV_BYTES) return { ok: false, reason: CV_FILE_ERRORS.tooBig(st.size) };
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    return { ok: false, reason: (err as Error).message };
  }
  const read = await readCvFile(bytes, basename(file), nodeCvLibs);
  if ('error' in read) return { ok: false, reason: read.error };
  return { ok: true, kind: read.kind, reading: readCv(read.text, engine, { now }) };
}

export function cvSummary(file: string, r: CvReading): CvSummary {
  return {
    file,
    background: r.background.value,
    education: r.education ? { ...r.education.value } : { level: 'none', field: '' },
    years: r.years.value,
    title: r.title?.value ?? null,
    skills: r.skills.map(({ id, name, level }) => ({ id, name, level })),
    targets: [...r.targets.value],
    unmatched: [...r.unmatched],
  };
}

/** The GapLens export `analyze --profile` reads: every finding accepted, constraints at their defaults. */
export function cvProfileFile(r: CvReading, now: number): ProfileFile {
  return { format: 'gaplens-profile', exported: new Date(now).toISOString(), profile: applyCv(null, acceptAll(r), now) };
}

/** The reading for a person: each finding, then the words it came from. */
export function cvText(file: string, kind: string, r: CvReading): string {
  const q = (from: string[]) => (from.length ? `  ← "${from[0]!.slice(0, 100)}"` : '');
  const lines = [`${file} (${kind})`];
  lines.push(`  title:       ${r.title?.value ?? 'not found'}${r.title ? q(r.title.from) : ''}`);
  lines.push(`  background:  ${r.background.value}${q(r.background.from)}`);
  lines.push(`  education:   ${r.education ? `${r.education.value.level}${r.education.value.field ? ` in ${r.education.value.field}` : ''}${q(r.education.from)}` : 'no degree found'}`);
  const left = [r.jobs.some((j) => j.doctoral) ? 'doctoral research' : '', r.jobs.some((j) => j.student) ? 'student posts' : '', r.jobs.some((j) => j.hobby) ? 'club or volunteer posts' : ''].filter(Boolean);
  lines.push(`  experience:  ${r.years.value} years from ${r.jobs.filter((j) => !j.doctoral && !j.student && !j.hobby).length} dated job(s)${left.length ? ` (${left.join(', ')} not counted)` : ''}`);
  for (const j of r.jobs) lines.push(`               ${j.start} – ${j.end}  ${j.title ?? j.header}${j.doctoral ? '  [doctoral, not counted]' : j.student ? '  [student post, not counted]' : j.hobby ? '  [club or volunteer post, not counted]' : ''}`);
  lines.push(`  targets:     ${r.targets.value.join(', ')}${q(r.targets.from)}`);
  lines.push(`  skills (${r.skills.length}):`);
  for (const s of r.skills) lines.push(`    ${s.level.padEnd(8)} ${s.name}${q(s.from)}`);
  if (r.aspirations.length) lines.push(`  named as goals, not added: ${r.aspirations.map((a) => a.name).join(', ')}`);
  if (r.unmatched.length) lines.push(`  not recognised: ${r.unmatched.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
