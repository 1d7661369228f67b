// Requirements × Profile → Gap: what a listing asks for that this profile has, lacks or
// half-has, and one score that ranks listings for this person. Pure: no DOM, no browser.
import type {
  DegreeLevel, EducationLevel, Gap, HaveRef, Profile, Requirements, Section, SkillHit, SkillLevel, SkillRef, Taxonomy,
} from './schema';

/**
 * Credit a listed skill earns, by level. A posting that asks for "experience with X" is
 * met by someone who uses X at work ('working'), but not quite as well as by someone who
 * owns it ('strong'), so working sits just below 1. 'learning' (a course, a tutorial) is
 * real but thin: it should move the score visibly without ever passing for "has it", so
 * it earns well under half.
 */
export const LEVEL_CREDIT: Readonly<Record<SkillLevel, number>> = { learning: 0.4, working: 0.85, strong: 1 };

/**
 * A skill the profile does not list but a listed skill implies (PyTorch ⇒ deep learning
 * ⇒ machine learning) earns this share of its source's credit. Knowing PyTorch does show
 * deep learning, but the person never claimed it in their own words, so a little less.
 * One factor for any depth of the chain: it is a claim about the person, not a decay.
 */
export const IMPLIED_FACTOR = 0.9;

/**
 * Weight of one skill in the score, as a hiring manager reads a listing: every required
 * skill about the same, a preferred one a fraction of that (ten required and one preferred
 * is mostly about the ten), an either-or group once. Per skill, not per section: with the
 * old split (required 75%, preferred 25% of the score) one preferred skill weighed as much
 * as three required ones.
 */
export const WEIGHTS = { required: 1, preferred: 0.3 } as const;

/**
 * Broad skills ("machine learning", "AI", "software engineering") say less about fit than
 * specific ones: nearly every ML listing names them, and nearly anyone in the field claims
 * them. They count this much of a specific skill.
 */
export const UMBRELLA_WEIGHT = 0.5;
export const UMBRELLA_SKILLS: ReadonlySet<string> = new Set([
  'machine-learning', 'artificial-intelligence', 'software-engineering', 'data-science', 'data-analysis', 'computer-science',
]);

/** The weight of one requirement (a skill, or an either-or group by its weightiest option) within its section. */
export function skillWeight(ids: readonly string[]): number {
  return ids.some((id) => !UMBRELLA_SKILLS.has(id)) ? 1 : UMBRELLA_WEIGHT;
}

/**
 * The share taken off the skill score when a *required* degree or number of years is not
 * met. A flag is a real barrier to an interview, but the skills still decide most of the
 * fit, so at most 0.3 in all. It scales the score rather than being subtracted, so two
 * met skills of ten still read as some match, never as 0%. The years penalty scales with the shortfall (1 year short
 * of 5 costs a fifth of it); a degree is met or not. Preferred flags cost nothing.
 */
export const FLAG_PENALTY = { degree: 0.15, years: 0.15 } as const;

/** Years that stand in for a degree when the posting accepts equivalent experience but names no number. */
export const EQUIVALENT_YEARS_DEFAULT = 2;

const DEGREE_RANK: Readonly<Record<EducationLevel, number>> = { none: 0, bachelor: 1, master: 2, phd: 3 };
const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { learning: 0, working: 1, strong: 2 };

// ---------- implication closure ----------

const impliesCache = new WeakMap<Taxonomy, Map<string, readonly string[]>>();

function impliesMap(taxonomy: Taxonomy): Map<string, readonly string[]> {
  let map = impliesCache.get(taxonomy);
  if (!map) {
    map = new Map(taxonomy.skills.map((s) => [s.id, s.implies]));
    impliesCache.set(taxonomy, map);
  }
  return map;
}

/**
 * Every skill `id` implies, directly or through others, excluding `id` itself.
 * Cycle-safe (a broken data file must not hang the worker). Local to this module so the
 * gap does not wait on the extraction engine; same meaning as the taxonomy's closure.
 */
export function implied(id: string, taxonomy: Taxonomy): string[] {
  const map = impliesMap(taxonomy);
  const seen = new Set<string>([id]);
  const out: string[] = [];
  const stack = [...(map.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    out.push(next);
    for (const p of map.get(next) ?? []) if (!seen.has(p)) stack.push(p);
  }
  return out;
}

/** What the profile is credited with for one skill id. */
export interface Credit {
  level: SkillLevel;
  credit: number;
  /** The listed skill that implies this one; null when the profile lists it. */
  via: string | null;
}

/**
 * The profile's credit for every skill it lists or implies. Where a skill is both listed
 * and implied, or implied by several, the larger credit wins (a 'learning' entry for
 * deep learning does not hide a 'strong' PyTorch).
 */
export function profileCredits(profile: Pick<Profile, 'skills'>, taxonomy: Taxonomy): Map<string, Credit> {
  const out = new Map<string, Credit>();
  const offer = (id: string, c: Credit) => {
    const old = out.get(id);
    if (!old || c.credit > old.credit || (c.credit === old.credit && old.via !== null && c.via === null)) out.set(id, c);
  };
  for (const s of profile.skills) offer(s.id, { level: s.level, credit: LEVEL_CREDIT[s.level], via: null });
  for (const s of profile.skills) {
    const credit = LEVEL_CREDIT[s.level] * IMPLIED_FACTOR;
    for (const id of implied(s.id, taxonomy)) offer(id, { level: s.level, credit, via: s.id });
  }
  return out;
}

// ---------- flags ----------

export type Status = 'meets' | 'short' | 'waived';

/** Years are met or short; 'waived' is never produced for years (see `degreeStatus`). */
export function yearsCheck(req: Requirements['years'], have: number): Gap['years'] {
  if (!req) return null;
  const shortBy = Math.max(0, round2(req.min - have));
  return { required: req.min, have, status: shortBy > 0 ? 'short' : 'meets', shortBy };
}

/**
 * A degree is met by that level or higher. When the posting accepts equivalent
 * experience, it is waived for someone with at least the years the posting states
 * (or EQUIVALENT_YEARS_DEFAULT when it states none). "PhD or MS + 3 years" arrives as
 * {phd, equivalentExperience} with years.min 3, so an MS with 2 years is still short.
 * The field of study is not checked: postings list fields too loosely to hold against anyone.
 */
export function degreeCheck(req: Requirements['degree'], yearsReq: Requirements['years'], profile: Pick<Profile, 'education' | 'years'>): Gap['degree'] {
  if (!req) return null;
  const have = profile.education.level;
  let status: Status = 'short';
  if (DEGREE_RANK[have] >= DEGREE_RANK[req.level]) status = 'meets';
  else if (req.equivalentExperience && profile.years >= (yearsReq?.min ?? EQUIVALENT_YEARS_DEFAULT)) status = 'waived';
  return { level: req.level, section: req.section, have, status };
}

/** Penalty for required flags not met. */
export function flagPenalty(years: Gap['years'], yearsSection: Section | null, degree: Gap['degree']): number {
  let p = 0;
  if (degree && degree.section === 'required' && degree.status === 'short') p += FLAG_PENALTY.degree;
  if (years && yearsSection === 'required' && years.status === 'short' && years.required > 0) {
    p += FLAG_PENALTY.years * Math.min(1, years.shortBy / years.required);
  }
  return round4(p);
}

// ---------- score ----------

/**
 * The score from its parts. `requiredCredit` / `requiredTotal` (and the preferred pair)
 * are weighted sums over the skills asked: each skill adds its weight (`skillWeight`) to
 * the total and weight × credit to the credit. A preferred skill counts WEIGHTS.preferred
 * of a required one. A listing that names no skills starts from 1 ("nothing asked that you
 * lack") so only its flags can lower it. Flags scale it down by their share; 0..1.
 */
export function scoreFrom(requiredCredit: number, requiredTotal: number, preferredCredit: number, preferredTotal: number, penalty: number): { score: number; weights: { required: number; preferred: number } } {
  return { score: scoreValue(requiredCredit, requiredTotal, preferredCredit, preferredTotal, penalty), weights: { ...WEIGHTS } };
}

/** `scoreFrom`'s score alone, allocating nothing: the radar computes it for every listing and candidate. */
export function scoreValue(requiredCredit: number, requiredTotal: number, preferredCredit: number, preferredTotal: number, penalty: number): number {
  const total = WEIGHTS.required * requiredTotal + WEIGHTS.preferred * preferredTotal;
  const skill = total > 0 ? (WEIGHTS.required * requiredCredit + WEIGHTS.preferred * preferredCredit) / total : 1;
  return round4(Math.min(1, Math.max(0, skill * (1 - penalty))));
}

/**
 * The score in one line, for the panel and the popup: "62%: 5 of 8 required skills, 1 of
 * 2 nice-to-haves (worth 0.3 of a required one each); short of 5+ years (−6%)".
 */
/** `flags: false` leaves out the degree / years part, for a surface that explains it in words of its own (the popup). */
export function scoreLine(gap: Gap, opts: { flags?: boolean } = {}): string {
  const rh = gap.required.have.length;
  const rt = rh + gap.required.missing.length;
  const ph = gap.preferred.have.length;
  const pt = ph + gap.preferred.missing.length;
  const parts: string[] = [];
  if (rt > 0) parts.push(`${rh} of ${rt} required skill${rt === 1 ? '' : 's'}`);
  if (pt > 0) parts.push(`${ph} of ${pt} nice-to-have${pt === 1 ? '' : 's'} (each ${WEIGHTS.preferred} of a required one)`);
  if (rt + pt === 0) parts.push('no skills named');
  // The broad skills this listing names, by name: "such as machine learning" would puzzle
  // someone whose listing's only broad skill is software engineering.
  const broad = [...new Set([...gap.required.have, ...gap.required.missing, ...gap.preferred.have, ...gap.preferred.missing]
    .filter((s) => UMBRELLA_SKILLS.has(s.id)).map((s) => s.name))];
  if (broad.length === 1) parts.push(`${broad[0]} counts ${UMBRELLA_WEIGHT} (a broad skill)`);
  else if (broad.length > 1) parts.push(`broad skills (${broad.slice(0, -1).join(', ')} and ${broad[broad.length - 1]}) count ${UMBRELLA_WEIGHT}`);
  const partial = [...gap.required.have, ...gap.preferred.have].filter((h) => h.credit < 0.8).length;
  if (partial > 0) parts.push(`${partial} only part-way (learning or implied)`);
  let line = `${Math.round(gap.score * 100)}%: ${parts.join(', ')}`;
  const flags: string[] = [];
  if (gap.degree?.section === 'required' && gap.degree.status === 'short') flags.push(`no ${gap.degree.level === 'phd' ? 'PhD' : `${gap.degree.level}'s degree`}`);
  if (gap.years?.status === 'short') flags.push(`${gap.years.shortBy} year${gap.years.shortBy === 1 ? '' : 's'} short of ${gap.years.required}`);
  if (opts.flags !== false && gap.explain.flagPenalty > 0 && flags.length) line += `; ${flags.join(' and ')} (−${Math.round(gap.explain.flagPenalty * 100)}%)`;
  return line;
}

// ---------- match ----------

const SECTION_RANK: Readonly<Record<Section, number>> = { required: 2, preferred: 1, other: 0 };

/**
 * How `profile` stands against `req`.
 *
 * Each standalone skill is one requirement of its section. An either-or group ("PyTorch
 * or TensorFlow") is ONE requirement, met by its best option; in `have` it appears as the
 * option that met it, in `missing` as one entry whose id is its first option and whose
 * name reads "PyTorch or TensorFlow" — so "7 of 9 required" counts it once. `groups`
 * keeps the full detail. Skills in section 'other' never count.
 */
export function match(req: Requirements, profile: Profile, taxonomy: Taxonomy): Gap {
  const credits = profileCredits(profile, taxonomy);
  const lists = {
    required: { have: [] as HaveRef[], missing: [] as SkillRef[], credit: 0, total: 0 },
    preferred: { have: [] as HaveRef[], missing: [] as SkillRef[], credit: 0, total: 0 },
  };
  const seen = new Set<string>();
  const groups = new Map<string, SkillHit[]>();
  for (const hit of req.skills) {
    if (hit.group !== null) {
      const g = groups.get(hit.group);
      if (g) g.push(hit);
      else groups.set(hit.group, [hit]);
      continue;
    }
    if (hit.section === 'other' || seen.has(hit.id)) continue;
    seen.add(hit.id);
    const list = lists[hit.section];
    const w = skillWeight([hit.id]);
    list.total += w;
    const c = credits.get(hit.id);
    if (c) {
      list.have.push(haveRef(hit, c));
      list.credit += w * c.credit;
    } else list.missing.push({ id: hit.id, name: hit.name });
  }

  const gapGroups: Gap['groups'] = [];
  for (const [gid, options] of groups) {
    // A group takes the strongest section any of its options was found in.
    const section = options.reduce<Section>((s, o) => (SECTION_RANK[o.section] > SECTION_RANK[s] ? o.section : s), 'other');
    let best: { hit: SkillHit; c: Credit } | null = null;
    for (const o of options) {
      const c = credits.get(o.id);
      if (c && (!best || c.credit > best.c.credit)) best = { hit: o, c };
    }
    gapGroups.push({ id: gid, section, options: options.map((o) => ({ id: o.id, name: o.name })), metBy: best ? best.hit.id : null });
    if (section === 'other') continue;
    const list = lists[section];
    const w = skillWeight(options.map((o) => o.id));
    list.total += w;
    if (best) {
      list.have.push(haveRef(best.hit, best.c));
      list.credit += w * best.c.credit;
    } else list.missing.push({ id: options[0]!.id, name: joinOr(options.map((o) => o.name)) });
  }

  const years = yearsCheck(req.years, profile.years);
  const degree = degreeCheck(req.degree, req.years, profile);
  const penalty = flagPenalty(years, req.years?.section ?? null, degree);
  const { score, weights } = scoreFrom(lists.required.credit, lists.required.total, lists.preferred.credit, lists.preferred.total, penalty);

  return {
    score,
    required: { have: lists.required.have, missing: lists.required.missing },
    preferred: { have: lists.preferred.have, missing: lists.preferred.missing },
    groups: gapGroups,
    years,
    degree,
    explain: {
      requiredCredit: round4(lists.required.credit), requiredTotal: round4(lists.required.total),
      preferredCredit: round4(lists.preferred.credit), preferredTotal: round4(lists.preferred.total),
      weights: { ...weights, flags: FLAG_PENALTY.degree + FLAG_PENALTY.years },
      flagPenalty: penalty,
    },
  };
}

function haveRef(hit: SkillHit, c: Credit): HaveRef {
  return { id: hit.id, name: hit.name, level: c.level, via: c.via, credit: round4(c.credit) };
}

function joinOr(names: string[]): string {
  if (names.length <= 2) return names.join(' or ');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Higher of two levels (for merging duplicates). */
export function maxLevel(a: SkillLevel, b: SkillLevel): SkillLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

export function degreeRank(level: EducationLevel | DegreeLevel): number {
  return DEGREE_RANK[level];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
