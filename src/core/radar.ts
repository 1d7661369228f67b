// The market radar: across every listing the user has viewed, which missing skills are
// asked for most, and which single skill would lift the match on the most listings.
// Built for the whole history (thousands of entries) on each options-page visit. Pure.
import type { RadarFilter, Radar } from './protocol';

type RadarSkill = Radar['missing'][number];
import type { HistoryEntry, Requirements, SkillHit, SkillDef, Taxonomy, Profile } from './schema';
import { rolesOfTitle } from './roles';
import {
  LEVEL_CREDIT, IMPLIED_FACTOR, UMBRELLA_SKILLS, UMBRELLA_WEIGHT, degreeCheck, flagPenalty, implied, profileCredits, scoreValue, yearsCheck,
} from './match';

export type CompactRequirements = Pick<HistoryEntry, 'required' | 'preferred' | 'groups' | 'years' | 'degree'>;

/**
 * Requirements → the compact copy kept in history.
 * - `required` / `preferred`: every skill id of that section, group members included
 *   (so a group's section survives); 'other' skills are dropped.
 * - `groups`: the ids of each either-or group that is asked for (any member required or
 *   preferred), including members found only in passing, which are still options.
 * - `years` / `degree`: kept only when *required*, since only a required flag changes
 *   the score. A degree the posting lets experience stand in for ("or equivalent
 *   experience") is not kept either: the compact record has no room for the waiver, and
 *   a card that penalised it would disagree with the detail view, which usually waives it.
 */
export function compactRequirements(req: Requirements): CompactRequirements {
  const required: string[] = [];
  const preferred: string[] = [];
  const groups = new Map<string, string[]>();
  // A group counts when any member is required or preferred; its members found only in
  // passing ('other') are still options of it, so they are kept in `groups` alone.
  const countedGroups = new Set(req.skills.filter((s) => s.group !== null && s.section !== 'other').map((s) => s.group));
  for (const s of req.skills) {
    if (s.section !== 'other') {
      const list = s.section === 'required' ? required : preferred;
      if (!list.includes(s.id)) list.push(s.id);
    }
    if (s.group !== null && countedGroups.has(s.group)) {
      const g = groups.get(s.group);
      if (!g) groups.set(s.group, [s.id]);
      else if (!g.includes(s.id)) g.push(s.id);
    }
  }
  return {
    required,
    preferred,
    groups: [...groups.values()].filter((g) => g.length > 0),
    years: req.years && req.years.section === 'required' ? req.years.min : null,
    degree: req.degree && req.degree.section === 'required' && !req.degree.equivalentExperience ? req.degree.level : null,
  };
}

const defsCache = new WeakMap<Taxonomy, Map<string, SkillDef>>();
function defs(taxonomy: Taxonomy): Map<string, SkillDef> {
  let m = defsCache.get(taxonomy);
  if (!m) {
    m = new Map(taxonomy.skills.map((s) => [s.id, s]));
    defsCache.set(taxonomy, m);
  }
  return m;
}

/** The compact copy → Requirements that `match` scores exactly as `radar` does. */
export function expandCompact(entry: CompactRequirements, taxonomy: Taxonomy): Requirements {
  const d = defs(taxonomy);
  const groupOf = new Map<string, string>();
  entry.groups.forEach((g, i) => { for (const id of g) if (!groupOf.has(id)) groupOf.set(id, `g${i}`); });
  const hit = (id: string, section: 'required' | 'preferred'): SkillHit => {
    const def = d.get(id);
    return { id, name: def?.name ?? id, category: def?.category ?? 'tool', section, mentions: [], group: groupOf.get(id) ?? null };
  };
  const skills = entry.required.map((id) => hit(id, 'required'));
  for (const id of entry.preferred) if (!entry.required.includes(id)) skills.push(hit(id, 'preferred'));
  // A member kept only in `groups` is an option of its group, in the group's section:
  // the strongest of its listed members', or required when none is listed.
  entry.groups.forEach((g) => {
    const section = g.some((id) => entry.required.includes(id)) || !g.some((id) => entry.preferred.includes(id)) ? 'required' : 'preferred';
    for (const id of g) if (!skills.some((s) => s.id === id)) skills.push(hit(id, section));
  });
  return {
    skills,
    years: entry.years === null ? null : { min: entry.years, max: null, section: 'required' },
    degree: entry.degree === null ? null : { level: entry.degree, section: 'required', field: null, equivalentExperience: false },
    seniority: null,
  };
}

/** How many skills the radar lists. */
export const RADAR_LIMIT = 50;
/** Only the most-asked missing skills are tried as "next best": the rest are asked too rarely to win. */
export const NEXT_BEST_CANDIDATES = 30;
const DAY = 86_400_000;
/** Bits of an item's flags in `radar`: asked as a requirement; all its options umbrella skills. */
const REQUIRED = 1;
const BROAD = 2;

/**
 * Whether a history entry passes the radar's filter (board; keyword in title or company,
 * case-insensitive; seen within `days` of `now`; a title of one of `roles`, core/roles.ts):
 * the radar and the options page's list of listings apply the same rule.
 */
export function radarFilter(filter: RadarFilter, now: number): (e: HistoryEntry) => boolean {
  const keyword = filter.keyword.trim().toLowerCase();
  const since = filter.days === null ? -Infinity : now - filter.days * DAY;
  const roles = filter.roles?.length ? new Set(filter.roles) : null;
  return (e) => (filter.board === null || e.source === filter.board)
    && e.seen >= since
    && (keyword === '' || (e.title ?? '').toLowerCase().includes(keyword) || (e.company ?? '').toLowerCase().includes(keyword))
    && (roles === null || rolesOfTitle(e.title).some((r) => roles.has(r)));
}

/**
 * The radar over `entries` that pass `filter` (board; keyword in title or company,
 * case-insensitive; seen within `days` of `now`).
 *
 * `missing`: skills the user neither lists nor implies, by weight (required ×2,
 * preferred ×1, summed over listings); an either-or group the user meets asks for
 * nothing, an unmet one asks for each option. `nextBest`: of the NEXT_BEST_CANDIDATES
 * heaviest missing skills, the one that, added at 'working' level, raises the score of
 * the most listings (ties: the larger gain); `gain` is the mean score gain over all
 * filtered listings with requirements. `unclear` counts the listings with no required or
 * nice-to-have skill read: they have no score and are left out of `averageScore` and
 * `gain`. Scores are exactly `match(expandCompact(entry))`. Without a
 * profile every asked skill is missing and there is neither a next best nor an average.
 *
 * Cost: skill ids are interned to small integers once, the profile's credit for each is
 * looked up once, and every listing is flattened into integer arrays in one pass. The
 * gain of every candidate on a listing then comes from one walk over its requirements
 * with an index option → candidates that would raise it — never a `match` per
 * (listing, candidate) — so the whole is O(listings × requirements).
 */
export function radar(entries: readonly HistoryEntry[], profile: Profile | null, taxonomy: Taxonomy, filter: RadarFilter, now: number): Radar {
  const listings = entries.filter(radarFilter(filter, now));

  const credits = profile ? profileCredits(profile, taxonomy) : null;
  // Interned skill ids: index → id, credit, counts; `stamp` dedupes ids within a listing.
  const indexOf = new Map<string, number>();
  const idOf: string[] = [];
  const creditOf: number[] = [];
  const reqCount: number[] = [];
  const prefCount: number[] = [];
  const stamp: number[] = [];
  // Whether the skill is an umbrella (machine learning, AI…), weighed less on its own.
  const broadOf: boolean[] = [];
  const intern = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = idOf.length;
      indexOf.set(id, i);
      idOf.push(id);
      creditOf.push(credits?.get(id)?.credit ?? 0);
      reqCount.push(0);
      prefCount.push(0);
      stamp.push(-1);
      broadOf.push(UMBRELLA_SKILLS.has(id));
    }
    return i;
  };

  // Pass 1: flatten each listing into items (a skill, or a group of options) and count
  // what is missing. Listing l owns items itemStart[l]..itemStart[l+1]-1; item k owns
  // options opts[optStart[k]..optStart[k+1]-1].
  // Typed arrays of their greatest possible size, filled in place: arrays grown by push
  // took most of the radar's time in growing and collecting them.
  let cap = 0;
  for (const e of listings) {
    cap += e.required.length + e.preferred.length;
    for (const g of e.groups) cap += g.length;
  }
  const itemStart = new Int32Array(listings.length + 1);
  const optStart = new Int32Array(cap + 1);
  const opts = new Int32Array(cap);
  // Per item: REQUIRED when it is asked as a requirement, BROAD when all its options are
  // umbrella skills (weighed UMBRELLA_WEIGHT); one byte, not a float per item.
  const itemFlags = new Uint8Array(cap);
  let nOpts = 0;
  let nItems = 0;
  const closeItem = (required: boolean) => {
    const from = optStart[nItems]!;
    const to = nOpts;
    if (to === from) return;
    let broad = true;
    for (let k = from; k < to; k++) if (!broadOf[opts[k]!]) broad = false;
    itemFlags[nItems] = (required ? REQUIRED : 0) | (broad ? BROAD : 0);
    optStart[++nItems] = to;
    for (let k = from; k < to; k++) if (creditOf[opts[k]!]! > 0) return; // met: asks for nothing
    for (let k = from; k < to; k++) {
      if (required) reqCount[opts[k]!]! += 1;
      else prefCount[opts[k]!]! += 1;
    }
  };
  for (let l = 0; l < listings.length; l++) {
    const e = listings[l]!;
    // Either-or groups first: a member of an earlier group belongs to that group only.
    for (const g of e.groups) {
      let required = false;
      let listed = false;
      for (const id of g) {
        const i = intern(id);
        if (stamp[i] === l) continue;
        stamp[i] = l;
        opts[nOpts++] = i;
        if (e.required.includes(id)) required = listed = true;
        else if (e.preferred.includes(id)) listed = true;
      }
      // The strongest section of its members; required when listed in neither.
      closeItem(required || !listed);
    }
    for (const id of e.required) {
      const i = intern(id);
      if (stamp[i] === l) continue;
      stamp[i] = l;
      opts[nOpts++] = i;
      closeItem(true);
    }
    for (const id of e.preferred) {
      const i = intern(id);
      if (stamp[i] === l) continue;
      stamp[i] = l;
      opts[nOpts++] = i;
      closeItem(false);
    }
    itemStart[l + 1] = nItems;
  }

  const d = defs(taxonomy);
  const missingAll: RadarSkill[] = [];
  for (let i = 0; i < idOf.length; i++) {
    const required = reqCount[i]!;
    const preferred = prefCount[i]!;
    if (required + preferred === 0) continue;
    const id = idOf[i]!;
    missingAll.push({ id, name: d.get(id)?.name ?? profile?.custom?.find((c) => c.id === id)?.name ?? id, required, preferred, weight: 2 * required + preferred });
  }
  missingAll.sort((a, b) => b.weight - a.weight || b.required - a.required || a.name.localeCompare(b.name));

  if (!profile || listings.length === 0) {
    let unclear = 0;
    for (let l = 0; l < listings.length; l++) if (itemStart[l] === itemStart[l + 1]) unclear++;
    return { listings: listings.length, unclear, missing: missingAll.slice(0, RADAR_LIMIT), nextBest: null, averageScore: null };
  }

  // What each candidate would add: itself at 'working', and what it implies, wherever
  // that beats today's credit — but only on listings that ask for the candidate itself.
  // Otherwise a niche skill (instruction tuning ⇒ LLMs ⇒ NLP ⇒ ML) wins on listings that
  // never name it, and "learn X: it raises N listings" would not be true of X.
  // addsTo[option] = flat [candidate, credit, candidate, credit…].
  const candidates = missingAll.slice(0, NEXT_BEST_CANDIDATES);
  const addsTo: Array<number[] | undefined> = [];
  candidates.forEach((cand, c) => {
    const offer = (id: string, credit: number) => {
      const i = indexOf.get(id);
      if (i === undefined || credit <= creditOf[i]!) return; // asked nowhere, or no better
      (addsTo[i] ??= []).push(c, credit);
    };
    offer(cand.id, LEVEL_CREDIT.working);
    for (const id of implied(cand.id, taxonomy)) offer(id, LEVEL_CREDIT.working * IMPLIED_FACTOR);
  });

  // candidateAt[skill] = its candidate's index, -1 for a skill that is not a candidate.
  const candidateAt = new Int32Array(idOf.length).fill(-1);
  candidates.forEach((cand, c) => { const i = indexOf.get(cand.id); if (i !== undefined) candidateAt[i] = c; });

  // Pass 2: score each listing, and its score with each candidate added.
  const nc = candidates.length;
  const askedIn = new Int32Array(nc).fill(-1);
  const improved = new Int32Array(nc);
  const gainSum = new Float64Array(nc);
  const reqDelta = new Float64Array(nc);
  const prefDelta = new Float64Array(nc);
  const itemBest = new Float64Array(nc);
  // Stacks of candidate indices touched by this listing / this item (each holds a candidate at most once).
  const touched = new Int32Array(nc);
  let nTouched = 0;
  const itemTouched = new Int32Array(nc);
  let nItemTouched = 0;
  let scoreSum = 0;
  let unclear = 0;
  // The penalty of each pair of required years and degree, worked out once: a history
  // repeats a few pairs, and checking them per listing made four objects per listing.
  const penalties = new Map<number, Map<HistoryEntry['degree'], number>>();
  const penaltyFor = (yearsMin: number | null, level: HistoryEntry['degree']): number => {
    const key = yearsMin ?? NaN; // no years asked (a Map finds NaN as itself)
    let byDegree = penalties.get(key);
    if (!byDegree) penalties.set(key, byDegree = new Map());
    let penalty = byDegree.get(level);
    if (penalty === undefined) {
      const years = yearsCheck(yearsMin === null ? null : { min: yearsMin, max: null, section: 'required' }, profile.years);
      const degree = degreeCheck(level === null ? null : { level, section: 'required', field: null, equivalentExperience: false }, null, profile);
      penalty = flagPenalty(years, 'required', degree);
      byDegree.set(level, penalty);
    }
    return penalty;
  };
  for (let l = 0; l < listings.length; l++) {
    const e = listings[l]!;
    // Requirements unclear (no required or nice-to-have skill read): no score, so it is kept
    // out of the average, where it would count as a perfect match (issue 19 item 2).
    if (itemStart[l] === itemStart[l + 1]) { unclear++; continue; }
    let reqCredit = 0, reqTotal = 0, prefCredit = 0, prefTotal = 0;
    for (let k = itemStart[l]!; k < itemStart[l + 1]!; k++) {
      const from = optStart[k]!;
      const to = optStart[k + 1]!;
      let cur = 0;
      const required = (itemFlags[k]! & REQUIRED) !== 0;
      const w = (itemFlags[k]! & BROAD) !== 0 ? UMBRELLA_WEIGHT : 1;
      for (let o = from; o < to; o++) {
        cur = Math.max(cur, creditOf[opts[o]!]!);
        const asked = candidateAt[opts[o]!]!;
        // Only a listing that *requires* the candidate counts towards "raises N listings".
        if (asked >= 0 && required) askedIn[asked] = l;
      }
      if (required) { reqCredit += w * cur; reqTotal += w; } else { prefCredit += w * cur; prefTotal += w; }
      // The best credit each candidate would give this item.
      for (let o = from; o < to; o++) {
        const a = addsTo[opts[o]!];
        if (!a) continue;
        for (let j = 0; j < a.length; j += 2) {
          const c = a[j]!;
          const credit = a[j + 1]!;
          if (credit <= cur) continue;
          if (itemBest[c] === 0) itemTouched[nItemTouched++] = c;
          if (credit > itemBest[c]!) itemBest[c] = credit;
        }
      }
      for (let t = 0; t < nItemTouched; t++) {
        const c = itemTouched[t]!;
        if (reqDelta[c] === 0 && prefDelta[c] === 0) touched[nTouched++] = c;
        if (required) reqDelta[c]! += w * (itemBest[c]! - cur);
        else prefDelta[c]! += w * (itemBest[c]! - cur);
        itemBest[c] = 0;
      }
      nItemTouched = 0;
    }
    const penalty = penaltyFor(e.years, e.degree);
    const base = scoreValue(reqCredit, reqTotal, prefCredit, prefTotal, penalty);
    scoreSum += base;
    for (let t = 0; t < nTouched; t++) {
      const c = touched[t]!;
      const gain = askedIn[c] === l ? scoreValue(reqCredit + reqDelta[c]!, reqTotal, prefCredit + prefDelta[c]!, prefTotal, penalty) - base : 0;
      if (gain > 1e-9) { improved[c]! += 1; gainSum[c]! += gain; }
      reqDelta[c] = 0;
      prefDelta[c] = 0;
    }
    nTouched = 0;
  }

  let best = -1;
  for (let c = 0; c < nc; c++) {
    if (improved[c] === 0) continue;
    if (best < 0 || improved[c]! > improved[best]! || (improved[c] === improved[best] && gainSum[c]! > gainSum[best]! + 1e-12)) best = c;
  }
  const scored = listings.length - unclear;
  const nextBest = best < 0 ? null : {
    id: candidates[best]!.id, name: candidates[best]!.name, listings: improved[best]!, gain: round4(gainSum[best]! / scored),
  };
  return { listings: listings.length, unclear, missing: missingAll.slice(0, RADAR_LIMIT), nextBest, averageScore: scored ? round4(scoreSum / scored) : null };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
