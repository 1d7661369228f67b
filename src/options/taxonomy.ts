// The skills taxonomy as the options page needs it: names by id, the search index, and
// (only when the user pastes text) the extraction engine. Built once, on first use.
// As text, parsed on first use (as the worker does: one copy of the data in the build).
import taxonomyText from '../../data/skills.json?raw';
import { createEngine } from '../core/engine';
import { Taxonomy, type SkillDef } from '../core/schema';
import { buildSkillIndex, EXACT, searchSkills, type SkillIndex } from './skillSearch';

let taxonomy: Taxonomy | undefined;
let byId: Map<string, SkillDef> | undefined;
let index: SkillIndex | undefined;
let engine: ReturnType<typeof createEngine> | undefined;

export function getTaxonomy(): Taxonomy {
  taxonomy ??= Taxonomy.parse(JSON.parse(taxonomyText));
  return taxonomy;
}

export function skillById(id: string): SkillDef | undefined {
  byId ??= new Map(getTaxonomy().skills.map((s) => [s.id, s]));
  return byId.get(id);
}

/** The user's own skills (profile.custom) seen on this page, by id, for their names. */
const customNames = new Map<string, string>();
export function rememberCustom(custom: ReadonlyArray<{ id: string; name: string }>): void {
  for (const c of custom) customNames.set(c.id, c.name);
}

/** A skill id the taxonomy no longer knows (an old import) still shows as its id. */
export const skillName = (id: string): string => skillById(id)?.name ?? customNames.get(id) ?? id;

export function getSkillIndex(): SkillIndex {
  index ??= buildSkillIndex(getTaxonomy().skills);
  return index;
}

/**
 * Resolve free text (a JSON Resume keyword) to a skill id: a name or alias equal to it
 * once case and separators are ignored ("Scikit Learn" = "scikit-learn"). No typo
 * guessing here: an import must not invent skills.
 */
export function findSkill(text: string): string | null {
  const [best] = searchSkills(getSkillIndex(), text, 1);
  return best && best.score >= EXACT ? best.skill.id : null;
}

export function getEngine(): ReturnType<typeof createEngine> {
  engine ??= createEngine(JSON.parse(taxonomyText));
  return engine;
}
