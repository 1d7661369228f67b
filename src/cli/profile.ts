// `--profile FILE`: a GapLens profile export or a JSON Resume, and what the CLI adds with
// it: the gap and the top next steps, computed by the same core as the extension.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advise } from '../core/advise';
import { match } from '../core/match';
import { parseProfileFile } from '../core/profile';
import { Paths, type Profile, type Requirements, type Taxonomy } from '../core/schema';

const fold = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, '');

/** Exact name or alias, ignoring case and separators; an import must not invent skills. */
export function skillFinder(taxonomy: Taxonomy): (text: string) => string | null {
  const byForm = new Map<string, string>();
  for (const s of taxonomy.skills) for (const form of [s.name, s.id, ...s.aliases]) if (!byForm.has(fold(form))) byForm.set(fold(form), s.id);
  return (text) => byForm.get(fold(text)) ?? null;
}

export function loadProfile(file: string, taxonomy: Taxonomy): { profile: Profile } | { error: string } {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : (err as Error).message };
  }
  const parsed = parseProfileFile(text, { findSkill: skillFinder(taxonomy), knownSkills: new Set(taxonomy.skills.map((s) => s.id)) });
  return 'error' in parsed ? { error: parsed.error } : { profile: parsed.profile };
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
