// The popup's skill chips, each a button that opens the same corrections the badge's panel
// offers (src/ui/chipActions.ts): I have it / I'm learning it, Not asked here, Required or Nice
// to have here, Never count '<words>'. Two clicks to any of them. The popup cannot mark the
// page, so the menu names the words the skill was read from instead.
import type { TargetedKeyboardEvent } from 'preact';
import { useState } from 'preact/hooks';
import { send } from '../background/client';
import type { Analysis } from '../core/protocol';
import type { HaveRef, SkillRef } from '../core/schema';
import { chipActions, mentionsOf, type ChipAction, type ChipFacts } from '../ui/chipActions';
import { HAVE_WORD, MISSING_WORD } from '../ui/vocab';
import type { Notice } from './plan';

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

/**
 * A correction from the popup: the worker stores it and re-badges the listing's tab; the popup
 * reads the listing again and offers Undo (the worker's answer carries the change that undoes it).
 */
export function useChipCorrections(refresh: () => Promise<void>, notify: (n: Notice) => void) {
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (a: ChipAction) => {
    setBusy(true);
    try {
      const { undo } = await send('correct', { change: a.change });
      setOpen(null);
      await refresh();
      notify({
        key: Date.now(), text: a.done, focus: true,
        undo: async () => {
          try {
            await send('correct', { change: undo });
            await refresh();
            notify({ key: Date.now(), text: `Undone: ${a.done}` });
          } catch (error) {
            notify({ key: Date.now(), text: `Could not undo: ${messageOf(error)}` });
          }
        },
      });
    } catch (error) {
      notify({ key: Date.now(), text: `Not saved: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return { open, setOpen, act: (a: ChipAction) => void act(a), busy };
}

const menuId = (section: string, id: string) => `chip-menu-${section}-${id}`;

export function CorrectableChips({ analysis, section, label, have = [], missing = [], asked = [], open, onOpen, onAct, busy }: {
  /** No key: pasted text, which no listing correction can name (the rest still apply). */
  analysis: Pick<Analysis, 'requirements'> & { key?: string };
  section: 'required' | 'preferred';
  label: string;
  have?: HaveRef[];
  missing?: SkillRef[];
  asked?: SkillRef[];
  /** `${section}:${id}` of the chip whose menu is open. */
  open: string | null;
  onOpen: (key: string | null) => void;
  onAct: (action: ChipAction) => void;
  busy: boolean;
}) {
  if (!have.length && !missing.length && !asked.length) return null;
  const facts = (ref: SkillRef, kind: ChipFacts['kind'], via: string | null = null): ChipFacts & { via: string | null } => ({
    id: ref.id, name: ref.name, section, kind, mentions: mentionsOf(analysis.requirements, ref.id), inProfile: kind === 'have' && via === null, via,
  });
  const chips = [...have.map((h) => facts(h, 'have', h.via)), ...missing.map((m) => facts(m, 'missing')), ...asked.map((a) => facts(a, 'asked'))];
  const current = chips.find((c) => `${section}:${c.id}` === open);

  const onKey = (e: TargetedKeyboardEvent<HTMLElement>, c: ChipFacts) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onOpen(null);
    // Back to the chip that opened it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`button[aria-controls="${menuId(section, c.id)}"]`)?.focus());
  };

  return (
    <>
      <ul class="chips" aria-label={label}>
        {chips.map((c) => {
          const tone = c.kind === 'have' ? 'have tone-good' : c.kind === 'missing' ? 'missing tone-low' : 'asked tone-neutral';
          const key = `${section}:${c.id}`;
          return (
            <li key={key}>
              <button type="button" class={`chip ${tone}${c.via ? ' via' : ''}`} data-skill={c.id}
                aria-expanded={open === key} aria-controls={menuId(section, c.id)}
                title={c.via ? `You have this via ${c.via}` : c.kind === 'have' ? 'You have this' : c.kind === 'missing' ? 'Missing from your profile' : undefined}
                onClick={() => onOpen(open === key ? null : key)}>
                {c.kind !== 'asked' && <span class="tick" aria-hidden="true">{c.kind === 'have' ? '✓' : '+'}</span>}
                {c.name}
                {c.kind !== 'asked' && <span class="sr">{c.kind === 'have' ? ` (${HAVE_WORD}${c.via ? ` via ${c.via}` : ''})` : ` (${MISSING_WORD})`}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {current && (
        <div class="chip-menu" id={menuId(section, current.id)} role="group" aria-label={`${current.name}: what to do`} onKeyDown={(e) => onKey(e, current)}>
          <p class="hint">
            {current.mentions.length > 0
              ? <>Read from the posting as “{current.mentions.join('”, “')}”.</>
              : 'You added this skill to this listing: the posting does not name it.'}
          </p>
          {!analysis.key && <p class="hint">Pasted text is not kept, so corrections for one listing (Not asked here, Required or Nice to have here) do not apply to it.</p>}
          <div class="chip-menu-actions">
            {chipActions(current, analysis.key ?? '').filter((a) => analysis.key || a.change.kind !== 'listing').map((a) => (
              <button key={a.label} type="button" class="small-button" disabled={busy} onClick={() => onAct(a)}>{a.label}</button>
            ))}
          </div>
        </div>
      )}
    </>
  );
}
