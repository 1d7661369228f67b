// What a listing comes to for this user, in the words and tones every surface shows:
// the badge's pill, its panel and aria-label, the popup. One place decides, so the
// pill cannot say "0/0" in red while the popup says "Nothing to close".
import type { Analysis, CardResult, PillView } from '../core/protocol';
import type { HaveRef, Requirements, Section, SkillRef } from '../core/schema';
import { flagMark, flagsOf, flagText, pillFlag, pillFlagText, type Flag } from './flags';
import { scoreTone, type Tone } from './tone';
import { countText, SECTION_WORD } from './vocab';

const MAX_NAMED = 3;

export function nameList(names: readonly string[], max = MAX_NAMED): string {
  if (names.length <= 1) return names.join('');
  const shown = names.slice(0, max);
  if (names.length > max) return `${shown.join(', ')} and ${names.length - max} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function joinOr(names: string[]): string {
  if (names.length <= 2) return names.join(' or ');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export interface Asked { required: SkillRef[]; preferred: SkillRef[]; mentioned: SkillRef[] }

/**
 * What the listing asks, counted the way the match counts it (src/core/match.ts): each
 * skill once, an either-or group as one entry ("PyTorch or TensorFlow") in the strongest
 * section any option was found in. So "11 required" without a profile and "2 of 11
 * required" with one name the same eleven things.
 */
export function askedBySection(req: Pick<Requirements, 'skills'>): Asked {
  const out: Asked = { required: [], preferred: [], mentioned: [] };
  const rank: Record<Section, number> = { required: 2, preferred: 1, other: 0 };
  const seen = new Set<string>();
  const groups = new Map<string, { section: Section; options: SkillRef[] }>();
  for (const s of req.skills) {
    if (s.group !== null) {
      const g = groups.get(s.group) ?? { section: 'other' as Section, options: [] };
      if (rank[s.section] > rank[g.section]) g.section = s.section;
      if (!g.options.some((o) => o.id === s.id)) g.options.push({ id: s.id, name: s.name });
      groups.set(s.group, g);
    }
  }
  // In posting order: a group takes the place of its first option.
  const bucket = (section: Section) => (section === 'required' ? out.required : section === 'preferred' ? out.preferred : out.mentioned);
  for (const s of req.skills) {
    const key = s.group !== null ? `group:${s.group}` : s.id;
    if (seen.has(key)) continue;
    seen.add(key);
    if (s.group === null) bucket(s.section).push({ id: s.id, name: s.name });
    else {
      const g = groups.get(s.group)!;
      bucket(g.section).push({ id: g.options[0]!.id, name: joinOr(g.options.map((o) => o.name)) });
    }
  }
  // A skill only mentioned in passing but also asked elsewhere is not "mentioned".
  const asked = new Set([...out.required, ...out.preferred].map((s) => s.id));
  out.mentioned = out.mentioned.filter((s) => !asked.has(s.id));
  return out;
}

/**
 * The state a listing is in for this user:
 * - 'scored': a profile and at least one required or nice-to-have skill: a score.
 * - 'asked': no profile yet: what the listing asks, in neutral blue.
 * - 'unclear': no required or nice-to-have skill read: grey, no score, and the skills it
 *   merely mentions. Such a listing is kept out of averages (see src/core/radar.ts).
 */
export type ListingState = 'scored' | 'asked' | 'unclear';

export interface ListingView {
  state: ListingState;
  tone: Tone;
  /** The pill's main text: "2/5", "5 required", "Requirements unclear". */
  pill: string;
  /** The pill's smaller word after it ("required"), if any. */
  pillWord: string;
  score: number | null;
  required: { have: HaveRef[]; missing: SkillRef[]; asked: SkillRef[] };
  preferred: { have: HaveRef[]; missing: SkillRef[]; asked: SkillRef[] };
  mentioned: SkillRef[];
  flags: Flag[];
  pillFlag: Flag | null;
}

export function listingView(analysis: Pick<Analysis, 'requirements' | 'gap'>): ListingView {
  const { requirements, gap } = analysis;
  const asked = askedBySection(requirements);
  const flags = flagsOf(analysis);
  const base = { flags, pillFlag: pillFlag(flags), mentioned: asked.mentioned };
  const reqTotal = gap ? gap.required.have.length + gap.required.missing.length : asked.required.length;
  const prefTotal = gap ? gap.preferred.have.length + gap.preferred.missing.length : asked.preferred.length;
  if (reqTotal + prefTotal === 0) {
    return {
      ...base, state: 'unclear', tone: 'unclear', pill: 'Requirements unclear', pillWord: '', score: null,
      required: { have: [], missing: [], asked: [] }, preferred: { have: [], missing: [], asked: [] },
    };
  }
  if (!gap) {
    const main = asked.required.length ? asked.required.length : asked.preferred.length;
    return {
      ...base, state: 'asked', tone: 'neutral', pill: String(main), pillWord: asked.required.length ? SECTION_WORD.required : SECTION_WORD.preferred, score: null,
      required: { have: [], missing: [], asked: asked.required }, preferred: { have: [], missing: [], asked: asked.preferred },
    };
  }
  const lead = reqTotal > 0 ? { have: gap.required.have.length, total: reqTotal, word: SECTION_WORD.required }
    : { have: gap.preferred.have.length, total: prefTotal, word: SECTION_WORD.preferred };
  return {
    ...base, state: 'scored', tone: scoreTone(gap.score), pill: `${lead.have}/${lead.total}`, pillWord: lead.word, score: gap.score,
    required: { ...gap.required, asked: [] }, preferred: { ...gap.preferred, asked: [] },
  };
}

/** The badge's aria-label: the result in words, as a sighted user sees it at a glance. */
export function badgeLabel(x: Pick<Analysis, 'requirements' | 'gap'> | CardResult): string {
  if ('requirements' in x) {
    const view = listingView(x);
    const flags = view.flags.filter((f) => f.kind !== 'seniority').map(flagText);
    const tail = flags.length ? `; ${flags.join('; ')}` : '';
    if (view.state === 'unclear') {
      const m = view.mentioned.map((s) => s.name);
      return `GapLens: requirements unclear${m.length ? `; mentions ${nameList(m)}` : ''}${tail}`;
    }
    if (view.state === 'asked') {
      const list = view.required.asked.length ? view.required.asked : view.preferred.asked;
      const word = view.required.asked.length ? 'requires' : 'would like';
      return `GapLens: ${word} ${nameList(list.map((s) => s.name))}${tail}; set up your profile to see your gap`;
    }
    const r = view.required.have.length + view.required.missing.length;
    const missing = [...view.required.missing, ...(r ? [] : view.preferred.missing)].map((m) => m.name);
    const counts = r ? countText(view.required.have.length, r, 'required') : countText(view.preferred.have.length, view.preferred.have.length + view.preferred.missing.length, 'preferred');
    return `GapLens: ${counts} skills${missing.length ? `; missing ${nameList(missing)}` : '; nothing missing'}${tail}`;
  }
  return cardLabel(x);
}

/** A card badge's aria-label (what badgeLabel says of a card). */
export function cardLabel(x: CardResult): string {
  if (x.requiredTotal === 0) return 'GapLens: requirements unclear';
  if (x.score === null) return x.required.length ? `GapLens: ${x.preferredOnly ? 'would like' : 'requires'} ${nameList(x.required)}` : 'GapLens: requirements unclear';
  return `GapLens: ${countText(x.requiredHave, x.requiredTotal, cardSection(x))} skills${x.missing.length ? `; missing ${nameList(x.missing)}` : ''}`;
}

/** The detail badge's pill, drawn by the worker so a board tab waits only for these few words. */
export function pillView(analysis: Pick<Analysis, 'requirements' | 'gap'>): PillView {
  const view = listingView(analysis);
  const f = view.pillFlag;
  return {
    tone: view.tone, text: view.pill, word: view.pillWord, label: badgeLabel(analysis),
    flag: f ? { tone: f.tone, status: f.status, mark: flagMark(f), text: pillFlagText(f) } : null,
  };
}

/** A card badge's look: the same states as the detail badge. */
export function cardView(card: CardResult): { state: ListingState; tone: Tone; pill: string; pillWord: string } {
  if (card.requiredTotal === 0) return { state: 'unclear', tone: 'unclear', pill: 'Unclear', pillWord: '' };
  const pillWord = SECTION_WORD[cardSection(card)];
  if (card.score === null) return { state: 'asked', tone: 'neutral', pill: String(card.requiredTotal), pillWord };
  return { state: 'scored', tone: scoreTone(card.score), pill: `${card.requiredHave}/${card.requiredTotal}`, pillWord };
}

/** The section a card's counts are of: a listing asking nothing as required is counted by its nice-to-haves, as the detail badge does. */
export const cardSection = (card: CardResult): 'required' | 'preferred' => (card.preferredOnly ? 'preferred' : 'required');
