// The profile's skills, each with its level as a segmented control. The control is a
// group of native radio buttons, so arrow keys, labels and screen readers just work.
//
// A removed skill leaves its row in place as "<skill> removed · Undo" (issue 19 items 3
// and 6): the rows below do not slide up under the pointer (a second click on × would
// otherwise remove the next skill), focus lands on Undo instead of falling to <body>,
// and the removal is announced. The row goes when another skill is removed or added.
import { useEffect, useId, useRef } from 'preact/hooks';
import type { SkillLevel } from '../core/schema';
import { skillName } from './taxonomy';
import { LEVELS } from './text';

/** A skill just removed, where it stood, so Undo puts it back in the same place. */
export interface Removed { id: string; level: SkillLevel; index: number }

interface Props {
  skills: ReadonlyArray<{ id: string; level: SkillLevel }>;
  onLevel: (id: string, level: SkillLevel) => void;
  onRemove: (id: string) => void;
  removed?: Removed | null;
  onUndo?: () => void;
  empty?: string;
}

export function SkillList({ skills, onLevel, onRemove, removed = null, onUndo, empty = 'No skills yet. Add the ones you use, even a little.' }: Props) {
  if (skills.length === 0 && !removed) return <p class="empty-line">{empty}</p>;
  const rows = skills.map((s) => <SkillRow key={s.id} id={s.id} level={s.level} onLevel={onLevel} onRemove={onRemove} />);
  if (removed && onUndo) rows.splice(Math.min(removed.index, rows.length), 0, <RemovedRow key={`removed-${removed.id}`} id={removed.id} onUndo={onUndo} />);
  return <ul class="skill-list">{rows}</ul>;
}

function RemovedRow({ id, onUndo }: { id: string; onUndo: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  // The × that was pressed is gone; Undo, in the same row, is where focus belongs now.
  useEffect(() => { undo.current?.focus(); }, []);
  const name = skillName(id);
  return (
    <li class="skill-row removed">
      <span class="skill-name">{name} removed</span>
      <button type="button" ref={undo} class="link-button" aria-label={`Undo: put ${name} back`} onClick={onUndo}>Undo</button>
    </li>
  );
}

function SkillRow({ id, level, onLevel, onRemove }: { id: string; level: SkillLevel } & Pick<Props, 'onLevel' | 'onRemove'>) {
  const uid = useId();
  const name = skillName(id);
  return (
    <li class="skill-row">
      <span class="skill-name">{name}</span>
      <fieldset class="seg">
        <legend class="sr">Level for {name}</legend>
        {LEVELS.map((l) => (
          <label key={l.id} class={`seg-item level-${l.id}`}>
            <input
              type="radio"
              name={`${uid}-level`}
              value={l.id}
              checked={level === l.id}
              onChange={() => onLevel(id, l.id)}
            />
            <span>{l.label}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" class="icon-button" aria-label={`Remove ${name}`} title={`Remove ${name}`} onClick={() => onRemove(id)}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
      </button>
    </li>
  );
}
