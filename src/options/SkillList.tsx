// The profile's skills, each with its level as a segmented control. The control is a
// group of native radio buttons, so arrow keys, labels and screen readers just work.
import { useId } from 'preact/hooks';
import type { SkillLevel } from '../core/schema';
import { skillName } from './taxonomy';
import { LEVELS } from './text';

interface Props {
  skills: ReadonlyArray<{ id: string; level: SkillLevel }>;
  onLevel: (id: string, level: SkillLevel) => void;
  onRemove: (id: string) => void;
  empty?: string;
}

export function SkillList({ skills, onLevel, onRemove, empty = 'No skills yet. Add the ones you use, even a little.' }: Props) {
  if (skills.length === 0) return <p class="empty-line">{empty}</p>;
  return (
    <ul class="skill-list">
      {skills.map((s) => <SkillRow key={s.id} id={s.id} level={s.level} onLevel={onLevel} onRemove={onRemove} />)}
    </ul>
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
