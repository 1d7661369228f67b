// Loading the skills taxonomy (data/skills.json) and the relations the rest of core needs.
import { Taxonomy, type SkillDef } from './schema';

/** Validate a parsed skills.json. Throws one readable error listing what is wrong. */
export function loadTaxonomy(json: unknown): Taxonomy {
  const parsed = Taxonomy.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 10 ? `\n  … and ${parsed.error.issues.length - 10} more` : '';
    throw new Error(`invalid skills taxonomy:\n${issues.join('\n')}${more}`);
  }
  const taxonomy = parsed.data;
  const seen = new Set<string>();
  for (const s of taxonomy.skills) {
    if (seen.has(s.id)) throw new Error(`invalid skills taxonomy: duplicate id "${s.id}"`);
    seen.add(s.id);
  }
  for (const s of taxonomy.skills) {
    for (const p of s.implies) {
      if (!seen.has(p)) throw new Error(`invalid skills taxonomy: "${s.id}" implies unknown id "${p}"`);
    }
  }
  return taxonomy;
}

const byIdCache = new WeakMap<Taxonomy, Map<string, SkillDef>>();

export function skillById(taxonomy: Taxonomy, id: string): SkillDef | undefined {
  let map = byIdCache.get(taxonomy);
  if (!map) {
    map = new Map(taxonomy.skills.map((s) => [s.id, s]));
    byIdCache.set(taxonomy, map);
  }
  return map.get(id);
}

/**
 * For every skill, every broader skill it implies, directly or through others
 * (pytorch → deep-learning → machine-learning). The skill itself is not included.
 * A cycle in the data does not loop forever: each id is visited once per start.
 */
export function impliedClosure(taxonomy: Taxonomy): Map<string, Set<string>> {
  const direct = new Map(taxonomy.skills.map((s) => [s.id, s.implies]));
  const out = new Map<string, Set<string>>();
  for (const s of taxonomy.skills) {
    const seen = new Set<string>();
    const stack = [...s.implies];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id) || id === s.id) continue;
      seen.add(id);
      for (const p of direct.get(id) ?? []) stack.push(p);
    }
    out.set(s.id, seen);
  }
  return out;
}

/** Ids on an implication cycle, if any (empty when the data is sound). */
export function implicationCycles(taxonomy: Taxonomy): string[] {
  const closure = impliedClosure(taxonomy);
  const direct = new Map(taxonomy.skills.map((s) => [s.id, s.implies]));
  const onCycle: string[] = [];
  for (const s of taxonomy.skills) {
    // s is on a cycle when some parent of s reaches s again.
    if ((direct.get(s.id) ?? []).some((p) => p === s.id || closure.get(p)?.has(s.id))) onCycle.push(s.id);
  }
  return onCycle;
}
