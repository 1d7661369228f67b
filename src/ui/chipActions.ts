// The corrections a skill chip offers, the same in the badge's panel (plain DOM) and the popup
// (Preact): each is a label, the change the worker makes, and the words said once it is done.
// One list, so the two surfaces can never offer different things or name them differently.
import type { CorrectionChange, Requirements } from '../core/wire';

export interface ChipFacts {
  id: string;
  name: string;
  section: 'required' | 'preferred' | 'other';
  /** have: the user has it; missing: they lack it; asked: no profile yet. */
  kind: 'have' | 'missing' | 'asked';
  /** The words it was read from in the posting. */
  mentions: readonly string[];
  /** Listed in the profile itself (not only implied by another skill). */
  inProfile: boolean;
}

export interface ChipAction { label: string; change: CorrectionChange; done: string }

/** At most this many "Never count" offers: one per distinct spelling read. */
const NEVER_MAX = 3;

export function chipActions(c: ChipFacts, listing: string): ChipAction[] {
  const out: ChipAction[] = [];
  if (c.kind !== 'have' || !c.inProfile) {
    out.push({ label: `I have ${c.name}`, change: { kind: 'have', skill: c.id, level: 'working' }, done: `${c.name} added to your profile (working).` });
    out.push({ label: `I'm learning ${c.name}`, change: { kind: 'have', skill: c.id, level: 'learning' }, done: `${c.name} added to your profile (learning).` });
  }
  out.push({ label: 'Not asked here', change: { kind: 'listing', listing, skill: c.id, action: 'drop' }, done: `${c.name}: not asked here.` });
  if (c.section !== 'required') out.push({ label: 'Required here', change: { kind: 'listing', listing, skill: c.id, action: 'required' }, done: `${c.name}: required here.` });
  if (c.section !== 'preferred') out.push({ label: 'Nice to have here', change: { kind: 'listing', listing, skill: c.id, action: 'preferred' }, done: `${c.name}: nice to have here.` });
  for (const words of [...new Set(c.mentions)].slice(0, NEVER_MAX)) {
    out.push({ label: `Never count “${words}” as ${c.name}`, change: { kind: 'never', words, skill: c.id, remove: false }, done: `“${words}” is no longer read as ${c.name}.` });
  }
  return out;
}

/** The words a chip was read from: its own, or for an either-or group every option's. */
export function mentionsOf(requirements: Pick<Requirements, 'skills'>, id: string): string[] {
  const hit = requirements.skills.find((s) => s.id === id);
  if (!hit) return [];
  const group = hit.group === null ? [hit] : requirements.skills.filter((s) => s.group === hit.group);
  return [...new Set(group.flatMap((s) => s.mentions))];
}
