// The profile's form fields, shared by the editor and the onboarding steps so both ask
// the same questions the same way. Each takes the draft, its errors and an updater.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { SkillDef, SkillLevel } from '../core/schema';
import { LIMITS, type Draft, type DraftErrors } from './draft';
import { SkillList, type Removed } from './SkillList';
import { SkillSearch } from './SkillSearch';
import { rememberCustom, skillName } from './taxonomy';
import { customId } from '../core/custom';
import { TagInput } from './TagInput';
import { BACKGROUNDS, BUDGETS, EDUCATION, TARGETS } from './text';

export interface FieldProps {
  draft: Draft;
  errors: DraftErrors;
  update: (patch: Partial<Draft>) => void;
}

function Field({ label, hint, error, children, id }: { label: string; hint?: string; error?: string | undefined; id: string; children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id} class="label">{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} class="hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="error"><ErrorIcon />{error}</p>}
    </div>
  );
}

export function ErrorIcon() {
  return (
    <svg class="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <rect x="7.1" y="3.6" width="1.8" height="5.8" rx=".9" fill="var(--surface)" />
      <circle cx="8" cy="11.8" r="1.1" fill="var(--surface)" />
    </svg>
  );
}

const describedBy = (id: string, hint: boolean, error: string | undefined) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function BackgroundFields({ draft, errors, update }: FieldProps) {
  const id = useId();
  return (
    <div class="grid">
      <Field id={`${id}-bg`} label="Background">
        <select id={`${id}-bg`} value={draft.background} onChange={(e) => update({ background: e.currentTarget.value as Draft['background'] })}>
          {BACKGROUNDS.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
        </select>
      </Field>
      <Field id={`${id}-years`} label="Years of work experience" hint="Any field counts, research included." error={errors.years}>
        <input
          id={`${id}-years`}
          type="number"
          inputMode="decimal"
          min={0}
          max={LIMITS.yearsMax}
          step={0.5}
          value={draft.years}
          aria-invalid={errors.years ? true : undefined}
          aria-describedby={describedBy(`${id}-years`, true, errors.years)}
          onInput={(e) => update({ years: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${id}-edu`} label="Highest degree">
        <select id={`${id}-edu`} value={draft.educationLevel} onChange={(e) => update({ educationLevel: e.currentTarget.value as Draft['educationLevel'] })}>
          {EDUCATION.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
        </select>
      </Field>
      <Field id={`${id}-field`} label="Field of study" hint="For example molecular biology, physics." error={errors.field}>
        <input
          id={`${id}-field`}
          type="text"
          value={draft.field}
          maxLength={LIMITS.fieldMax + 20}
          aria-invalid={errors.field ? true : undefined}
          aria-describedby={describedBy(`${id}-field`, true, errors.field)}
          onInput={(e) => update({ field: e.currentTarget.value })}
        />
      </Field>
    </div>
  );
}

export function SkillsField({ draft, errors, update, label = 'Add a skill' }: FieldProps & { label?: string }) {
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [said, setSaid] = useState('');
  const have = new Set(draft.skills.map((s) => s.id));
  const add = (skill: SkillDef) => {
    setRemoved(null);
    update({ skills: [{ id: skill.id, level: 'working' }, ...draft.skills] });
  };
  // The user's own skill: stored with the profile, looked for in postings by its name. SkillSearch
  // offers it only for a name the taxonomy does not have under any spelling (closeSkill).
  const addCustom = (name: string) => {
    const cid = customId(name);
    if (!cid || have.has(cid)) return;
    rememberCustom([{ id: cid, name }]);
    setRemoved(null);
    update({ skills: [{ id: cid, level: 'working' }, ...draft.skills], custom: [...draft.custom.filter((c) => c.id !== cid), { id: cid, name }] });
  };
  const setLevel = (id: string, level: SkillLevel) => update({ skills: draft.skills.map((s) => (s.id === id ? { ...s, level } : s)) });
  const remove = (id: string) => {
    const index = draft.skills.findIndex((s) => s.id === id);
    if (index < 0) return;
    setRemoved({ id, level: draft.skills[index]!.level, index });
    setSaid(`${skillName(id)} removed. Undo is next to where it was.`);
    update({ skills: draft.skills.filter((s) => s.id !== id) });
  };
  const undo = () => {
    if (!removed) return;
    const skills = [...draft.skills];
    // Added again meanwhile (by search): keep that one, only drop the placeholder.
    if (!skills.some((s) => s.id === removed.id)) skills.splice(Math.min(removed.index, skills.length), 0, { id: removed.id, level: removed.level });
    setRemoved(null);
    setSaid(`${skillName(removed.id)} is back.`);
    update({ skills });
    // Focus goes to the restored row's remove button, the control the user last used there.
    requestAnimationFrame(() => {
      const label = `Remove ${skillName(removed.id)}`;
      [...document.querySelectorAll<HTMLButtonElement>('.skill-row button')].find((b) => b.getAttribute('aria-label') === label)?.focus();
    });
  };
  return (
    <div class="skills-field">
      <SkillSearch have={have} onPick={add} onCustom={addCustom} label={label} />
      {errors.skills && <p class="error"><ErrorIcon />{errors.skills}</p>}
      <SkillList skills={draft.skills} onLevel={setLevel} onRemove={remove} removed={removed} onUndo={undo} />
      <div class="sr" role="status" aria-live="polite">{said}</div>
    </div>
  );
}

export function TargetsField({ draft, errors, update, legend = 'Target roles' }: FieldProps & { legend?: string }) {
  const toggle = (role: Draft['targets'][number], on: boolean) =>
    update({ targets: on ? [...draft.targets, role] : draft.targets.filter((t) => t !== role) });
  return (
    <fieldset class="checks">
      <legend class="label">{legend}</legend>
      <div class="check-grid">
        {TARGETS.map((t) => (
          <label key={t.id} class="check">
            <input type="checkbox" checked={draft.targets.includes(t.id)} onChange={(e) => toggle(t.id, e.currentTarget.checked)} />
            <span>{t.label}</span>
          </label>
        ))}
      </div>
      {errors.targets && <p class="error"><ErrorIcon />{errors.targets}</p>}
    </fieldset>
  );
}

const DOMAIN_IDEAS = ['genomics', 'drug discovery', 'healthcare', 'finance', 'climate', 'e-commerce', 'robotics', 'materials'];

export function DomainsField({ draft, errors, update }: FieldProps) {
  return (
    <TagInput
      label="Domains"
      hint="Areas you know well or want to work in."
      tags={draft.domains}
      onChange={(domains) => update({ domains })}
      max={LIMITS.domainsMax}
      maxLength={LIMITS.domainMax}
      error={errors.domains}
      suggestions={DOMAIN_IDEAS}
    />
  );
}

export function ConstraintsFields({ draft, errors, update }: FieldProps) {
  const id = useId();
  return (
    <div class="grid">
      <Field id={`${id}-hours`} label="Hours per week for learning" hint={`Between ${LIMITS.hoursMin} and ${LIMITS.hoursMax}.`} error={errors.hours}>
        <input
          id={`${id}-hours`}
          type="number"
          inputMode="numeric"
          min={LIMITS.hoursMin}
          max={LIMITS.hoursMax}
          step={1}
          value={draft.hours}
          aria-invalid={errors.hours ? true : undefined}
          aria-describedby={describedBy(`${id}-hours`, true, errors.hours)}
          onInput={(e) => update({ hours: e.currentTarget.value })}
        />
      </Field>
      <fieldset class="checks budget">
        <legend class="label">Budget for courses and programmes</legend>
        <div class="seg seg-wide">
          {BUDGETS.map((b) => (
            <label key={b.id} class="seg-item">
              <input type="radio" name={`${id}-budget`} value={b.id} checked={draft.budget === b.id} onChange={() => update({ budget: b.id })} />
              <span>{b.label}</span>
            </label>
          ))}
        </div>
        <p class="hint">{BUDGETS.find((b) => b.id === draft.budget)?.hint}</p>
      </fieldset>
      <fieldset class="checks">
        <legend class="label">Open to</legend>
        <label class="check">
          <input type="checkbox" checked={draft.fullTimeStudy} onChange={(e) => update({ fullTimeStudy: e.currentTarget.checked })} />
          <span>Full-time study (a degree, bootcamp or residency)</span>
        </label>
        <label class="check">
          <input type="checkbox" checked={draft.relocation} onChange={(e) => update({ relocation: e.currentTarget.checked })} />
          <span>Relocation</span>
        </label>
      </fieldset>
    </div>
  );
}
