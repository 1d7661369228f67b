// The user's corrections to what GapLens read, as data: "not asked here", "required" /
// "nice to have" and "add a skill" for one listing, and "never count these words as this
// skill" for every listing. One pure function applies them to a reading; the worker and the
// CLI (`analyze --profile` with an export) both call it, so they agree exactly.
//
// Why the order is what it is: "never count" rules are general and go first; a listing's own
// overrides are specific and go last, so a user who says "Go is required here" on a listing
// gets that even with a rule "never count 'go' as Go" in force elsewhere.
import type {
  AppliedCorrection, CorrectionChange, Corrections, ListingOverride, NeverRule, Requirements, SkillHit, Taxonomy,
} from './schema';
import { CORRECTIONS_VERSION, Corrections as CorrectionsSchema, ListingOverride as OverrideSchema, NeverRule as RuleSchema } from './schema';

export function emptyCorrections(): Corrections {
  return { version: CORRECTIONS_VERSION, listings: [], never: [] };
}

/** Words as a "never count" rule compares them: no case, single spaces, no edge spaces. */
export function foldWords(words: string): string {
  return words.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Applied {
  requirements: Requirements;
  /** What changed this reading, in the order applied. */
  applied: AppliedCorrection[];
}

/**
 * `req` as the user sees it once their corrections are applied. `listing` is the analysis
 * key (`<board>:<jobId>`); null applies only the "never count" rules (a posting read from
 * a file has no listing to key overrides by).
 *
 * - A "never count" rule takes `words` out of the skill's mentions. A skill also read from
 *   other words stays (with those words); one read only from those words is dropped.
 * - A listing override: the newest per skill wins. 'drop' removes the skill; 'required' /
 *   'preferred' moves it there, or adds it (from the taxonomy) when the reading lacks it.
 *   A moved skill leaves its either-or group; a group left with one option is no group.
 * Skill ids the taxonomy no longer knows are skipped, never invented.
 */
export function applyCorrections(req: Requirements, listing: string | null, corrections: Corrections, taxonomy: Taxonomy): Applied {
  const applied: AppliedCorrection[] = [];
  if (corrections.never.length === 0 && (listing === null || corrections.listings.length === 0)) return { requirements: req, applied };
  let skills: SkillHit[] = req.skills.map((s) => ({ ...s }));

  if (corrections.never.length > 0) {
    const rules = new Map<string, NeverRule[]>();
    for (const r of corrections.never) {
      const list = rules.get(r.skill);
      if (list) list.push(r); else rules.set(r.skill, [r]);
    }
    skills = skills.flatMap((hit) => {
      const mine = rules.get(hit.id);
      if (!mine) return [hit];
      const banned = new Set(mine.map((r) => foldWords(r.words)));
      const kept = hit.mentions.filter((m) => !banned.has(foldWords(m)));
      if (kept.length === hit.mentions.length) return [hit];
      for (const r of mine) {
        if (hit.mentions.some((m) => foldWords(m) === foldWords(r.words))) applied.push({ skill: hit.id, name: hit.name, action: 'never', words: r.words });
      }
      return kept.length > 0 ? [{ ...hit, mentions: kept }] : [];
    });
  }

  if (listing !== null) {
    // Newest per skill: a later "required" replaces an earlier "drop", whatever order they are stored in.
    const latest = new Map<string, ListingOverride>();
    for (const o of corrections.listings) {
      if (o.listing !== listing) continue;
      const old = latest.get(o.skill);
      if (!old || o.at >= old.at) latest.set(o.skill, o);
    }
    const ordered = [...latest.values()].sort((a, b) => a.at - b.at);
    let defs: Map<string, Taxonomy['skills'][number]> | null = null;
    for (const o of ordered) {
      const i = skills.findIndex((s) => s.id === o.skill);
      if (o.action === 'drop') {
        if (i < 0) continue;
        applied.push({ skill: o.skill, name: skills[i]!.name, action: 'drop', words: null });
        skills.splice(i, 1);
        continue;
      }
      if (i >= 0) {
        const hit = skills[i]!;
        if (hit.section === o.action && hit.group === null) continue;
        skills[i] = { ...hit, section: o.action, group: null };
        applied.push({ skill: o.skill, name: hit.name, action: o.action, words: null });
        continue;
      }
      defs ??= new Map(taxonomy.skills.map((s) => [s.id, s]));
      const def = defs.get(o.skill);
      if (!def) continue;
      skills.push({ id: def.id, name: def.name, category: def.category, section: o.action, mentions: [], group: null });
      applied.push({ skill: o.skill, name: def.name, action: o.action, words: null });
    }
  }

  if (applied.length === 0) return { requirements: req, applied };
  return { requirements: { ...req, skills: ungroupSingles(skills) }, applied };
}

/** An either-or group needs two options; one left alone is a skill of its own. */
function ungroupSingles(skills: SkillHit[]): SkillHit[] {
  const count = new Map<string, number>();
  for (const s of skills) if (s.group !== null) count.set(s.group, (count.get(s.group) ?? 0) + 1);
  return skills.map((s) => (s.group !== null && count.get(s.group) === 1 ? { ...s, group: null } : s));
}

// ---------- changing the record ----------

export interface Changed {
  corrections: Corrections;
  /** The change that puts the record back as it was. */
  undo: Extract<CorrectionChange, { kind: 'listing' | 'never' }>;
}

/**
 * The record with one change made. One override per (listing, skill) and one rule per
 * (words, skill): a new one replaces the old, and `undo` brings the old one back.
 */
export function changeCorrections(c: Corrections, change: Extract<CorrectionChange, { kind: 'listing' | 'never' }>, now: number): Changed {
  if (change.kind === 'listing') {
    const old = c.listings.find((o) => o.listing === change.listing && o.skill === change.skill);
    const rest = c.listings.filter((o) => o !== old);
    const listings = change.action === 'clear' ? rest : [...rest, { listing: change.listing, skill: change.skill, action: change.action, at: now }];
    return {
      corrections: { ...c, listings },
      undo: { kind: 'listing', listing: change.listing, skill: change.skill, action: old ? old.action : 'clear' },
    };
  }
  const key = foldWords(change.words);
  const old = c.never.find((r) => r.skill === change.skill && foldWords(r.words) === key);
  const rest = c.never.filter((r) => r !== old);
  const never = change.remove ? rest : [...rest, { words: change.words.trim().replace(/\s+/g, ' '), skill: change.skill, at: now }];
  return { corrections: { ...c, never }, undo: { kind: 'never', words: change.words, skill: change.skill, remove: !old } };
}

/**
 * Both records together, as for an import that keeps the user's corrections and adds the
 * file's: where both say something about the same (listing, skill) or (words, skill), the
 * newer one wins.
 */
export function mergeCorrections(a: Corrections, b: Corrections): Corrections {
  const listings = new Map<string, ListingOverride>();
  for (const o of [...a.listings, ...b.listings]) {
    const k = `${o.listing}\u0000${o.skill}`;
    const old = listings.get(k);
    if (!old || o.at >= old.at) listings.set(k, o);
  }
  const never = new Map<string, NeverRule>();
  for (const r of [...a.never, ...b.never]) {
    const k = `${foldWords(r.words)}\u0000${r.skill}`;
    const old = never.get(k);
    if (!old || r.at >= old.at) never.set(k, r);
  }
  return { version: CORRECTIONS_VERSION, listings: [...listings.values()], never: [...never.values()] };
}

export type MigratedCorrections = { corrections: Corrections; repairs: string[] } | { error: string };

/**
 * A stored or imported corrections record of any version we know. Entries that do not
 * validate are left out and named in `repairs` (one bad entry must not cost the others);
 * duplicates are merged (newest kept). A record from a newer GapLens is refused.
 */
export function migrateCorrections(raw: unknown, knownSkills?: ReadonlySet<string>): MigratedCorrections {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'corrections: expected an object' };
  const rec = raw as Record<string, unknown>;
  if (typeof rec.version !== 'number' || !Number.isInteger(rec.version) || rec.version < 1) return { error: 'corrections.version: expected a whole number from 1' };
  if (rec.version > CORRECTIONS_VERSION) {
    return { error: `corrections.version: saved by a newer GapLens (format ${rec.version}; this version reads up to ${CORRECTIONS_VERSION}). Update GapLens to read it.` };
  }
  const repairs: string[] = [];
  const pick = <T>(field: string, list: unknown, parse: (x: unknown) => { success: boolean; data?: T }): T[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) { repairs.push(`corrections.${field}: not a list, left out`); return []; }
    const out: T[] = [];
    list.forEach((x, i) => {
      const r = parse(x);
      if (!r.success) { repairs.push(`corrections.${field}[${i}]: not readable, left out`); return; }
      const skill = (r.data as { skill: string }).skill;
      if (knownSkills && !knownSkills.has(skill)) { repairs.push(`corrections.${field}[${i}]: unknown skill "${skill}", left out`); return; }
      out.push(r.data as T);
    });
    return out;
  };
  const listings = pick<ListingOverride>('listings', rec.listings, (x) => OverrideSchema.safeParse(x));
  const never = pick<NeverRule>('never', rec.never, (x) => RuleSchema.safeParse(x));
  for (const k of Object.keys(rec)) if (!['version', 'listings', 'never'].includes(k)) repairs.push(`corrections: removed unknown field "${k}"`);
  const merged = mergeCorrections(emptyCorrections(), { version: CORRECTIONS_VERSION, listings, never });
  const dupes = listings.length + never.length - merged.listings.length - merged.never.length;
  if (dupes > 0) repairs.push(`corrections: merged ${dupes} duplicate(s), newest kept`);
  const checked = CorrectionsSchema.safeParse({
    version: CORRECTIONS_VERSION, listings: merged.listings.slice(-5000), never: merged.never.slice(-1000),
  });
  if (!checked.success) return { error: `corrections: ${checked.error.issues[0]?.message ?? 'invalid'}` };
  return { corrections: checked.data, repairs };
}

/** How many corrections a record holds (for "your 3 corrections are kept"). */
export const correctionCount = (c: Corrections): number => c.listings.length + c.never.length;
