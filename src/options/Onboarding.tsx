// First-run setup: background → skills → target roles, in under a minute. Starting from
// an example person (drawn from the seeds) fills all three steps at once; everything
// stays editable. Finishing saves the profile and marks setup done; "Skip for now" only
// marks it done, and "Run setup again" in the header brings it back.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { send } from '../background/client';
import { personas } from '../core/personas';
import { emptyProfile } from '../core/profile';
import type { Profile, Settings } from '../core/schema';
import { draftOf, sameDraft, validateDraft, type Draft, type DraftErrors } from './draft';
import { diffProfiles } from '../core/profile';
import { CvImport } from './CvImport';
import { BackgroundFields, ConstraintsFields, ErrorIcon, SkillsField, TargetsField } from './ProfileFields';
import { skillName } from './taxonomy';
import { BUDGETS, DIFF_WORDS, EDUCATION, labelOf, messageOf, plural } from './text';

interface Props {
  profile: Profile | null;
  settings: Settings;
  onDone: (result: { profile: Profile | null; settings: Settings }) => void;
}

const STEPS = ['Background', 'Skills', 'Goals and time'] as const;
const STEP_FIELDS: ReadonlyArray<ReadonlyArray<keyof DraftErrors>> = [['years', 'field'], ['skills'], ['targets', 'domains', 'hours']];

export function Onboarding({ profile, settings, onDone }: Props) {
  const id = useId();
  const start = profile ?? emptyProfile();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(() => draftOf(start));
  const [example, setExample] = useState<string>(profile ? 'current' : 'blank');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Each step announces itself: focus its heading (not on first open: the page title leads).
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    heading.current?.focus();
  }, [step]);

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((old) => {
      const kept: DraftErrors = {};
      for (const k of Object.keys(old) as Array<keyof DraftErrors>) if (!(k in patch)) kept[k] = old[k];
      return kept;
    });
  };

  function chooseExample(value: string) {
    setExample(value);
    const persona = personas.find((p) => p.id === value);
    const source = persona ? persona.profile : value === 'current' && profile ? profile : emptyProfile();
    setDraft(draftOf(source));
    setErrors({});
  }

  function stepErrors(d: Draft, s: number): DraftErrors {
    const all = validateDraft(d, start).errors ?? {};
    const out: DraftErrors = {};
    for (const k of STEP_FIELDS[s]!) if (all[k]) out[k] = all[k];
    return out;
  }

  function next() {
    const errs = stepErrors(draft, step);
    setErrors(errs);
    if (Object.keys(errs).length === 0) setStep((s) => s + 1);
    else focusFirstInvalid();
  }

  function focusFirstInvalid() {
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.onboarding [aria-invalid="true"]')?.focus());
  }

  async function finish() {
    const checked = validateDraft(draft, start);
    if (checked.errors) {
      setErrors(checked.errors);
      const at = STEP_FIELDS.findIndex((fields) => fields.some((f) => checked.errors[f]));
      if (at >= 0 && at !== step) setStep(at);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    setFailure('');
    try {
      await send('saveProfile', { profile: checked.profile });
      const nextSettings = { ...settings, onboarded: true };
      await send('saveSettings', { settings: nextSettings });
      onDone({ profile: checked.profile, settings: nextSettings });
    } catch (error) {
      setFailure(`Setup was not saved: ${messageOf(error)}`);
      setBusy(false);
    }
  }

  async function skip() {
    setBusy(true);
    setFailure('');
    try {
      const nextSettings = { ...settings, onboarded: true };
      if (!settings.onboarded) await send('saveSettings', { settings: nextSettings });
      onDone({ profile, settings: nextSettings });
    } catch (error) {
      setFailure(`Could not skip setup: ${messageOf(error)}`);
      setBusy(false);
    }
  }

  const fields = { draft, errors, update };
  const last = step === STEPS.length - 1;

  return (
    <section class="onboarding" aria-labelledby={`${id}-title`}>
      <div class="ob-head">
        <div>
          <h1 id={`${id}-title`} tabIndex={-1}>Set up GapLens</h1>
          <p class="lede">Three quick questions so every job listing shows <em>your</em> skill gap. Under a minute; you can change anything later.</p>
        </div>
        <button type="button" class="link-button" onClick={skip} disabled={busy}>Skip for now</button>
      </div>

      <ol class="stepper" aria-label="Setup steps">
        {STEPS.map((name, i) => (
          <li key={name} class={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
            <span class="dot" aria-hidden="true">{i < step ? '✓' : i + 1}</span>
            <span>{name}</span>
            {i < step && <span class="sr"> (done)</span>}
          </li>
        ))}
      </ol>

      <div class="card ob-card">
        <p class="step-count">Step {step + 1} of {STEPS.length}</p>
        {step === 0 && (
          <>
            <h2 ref={heading} tabIndex={-1}>Where are you coming from?</h2>
            <fieldset class="examples">
              <legend class="label">Start from an example <span class="muted">(optional: fills in all three steps)</span></legend>
              {profile && <p class="hint">An example replaces your answers here only; before anything is saved the last step shows what would change in your profile.</p>}
              <div class="example-grid">
                <ExampleOption name={`${id}-example`} value={profile ? 'current' : 'blank'} checked={example === (profile ? 'current' : 'blank')}
                  title={profile ? 'My current profile' : 'Start blank'} detail={profile ? plural(profile.skills.length, 'skill') : 'Fill it in yourself'} onChoose={chooseExample} />
                {personas.map((p) => (
                  <ExampleOption key={p.id} name={`${id}-example`} value={p.id} checked={example === p.id} title={p.label}
                    detail={`${plural(p.profile.skills.length, 'skill')} · ${labelOf(EDUCATION, p.profile.education.level)}`} onChoose={chooseExample} />
                ))}
              </div>
            </fieldset>
            {/* Read from a CV file: fills all three steps' answers (finishing saves them). */}
            <CvImport level={3} profile={cvBase(profile, start, draft)} applyLabel="Use these answers"
              doneText={(file) => `Your answers now include what you kept from ${file}. Check them in the next steps, then finish.`}
              onApply={(next) => { setExample(''); setDraft(draftOf(next)); setErrors({}); return Promise.resolve(); }} />
            <BackgroundFields {...fields} />
          </>
        )}
        {step === 1 && (
          <>
            <h2 ref={heading} tabIndex={-1}>What can you already do?</h2>
            <p class="sub">
              {draft.skills.length > 0
                ? `${plural(draft.skills.length, 'skill')} so far, e.g. ${draft.skills.slice(0, 3).map((s) => skillName(s.id)).join(', ')}. Adjust the levels, remove any that don't fit, add your own.`
                : 'Add the tools and methods you have used: programming languages, libraries, lab or analysis methods.'}
            </p>
            <SkillsField {...fields} />
          </>
        )}
        {step === 2 && (
          <>
            <h2 ref={heading} tabIndex={-1}>Which roles are you aiming for?</h2>
            <p class="sub">Pick one or more. GapLens uses them to choose career paths and next steps.</p>
            <TargetsField {...fields} legend="Target roles" />
            <h3 class="ob-sub">Time and money for learning</h3>
            <p class="sub">
              Next steps are chosen to fit these.
              {!profile && ` Unless you change them: ${start.constraints.hoursPerWeek} hours a week, ${labelOf(BUDGETS, start.constraints.budget).toLowerCase()}.`}
            </p>
            <ConstraintsFields {...fields} />
            {profile && <SetupChanges profile={profile} draft={draft} />}
          </>
        )}
        {failure && <p class="error" role="alert"><ErrorIcon />{failure}</p>}
      </div>

      <div class="ob-actions">
        {step > 0 ? <button type="button" class="secondary" onClick={() => setStep((s) => s - 1)} disabled={busy}>Back</button> : <span />}
        {last
          ? <button type="button" class="primary" onClick={finish} disabled={busy}>{busy ? 'Saving…' : profile ? 'Save and finish' : 'Finish setup'}</button>
          : <button type="button" class="primary" onClick={next} disabled={busy}>Next: {STEPS[step + 1]}</button>}
      </div>
    </section>
  );
}

/** What a CV read during setup is compared with: the answers so far, or nothing for a new user who has given none. */
function cvBase(profile: Profile | null, start: Profile, draft: Draft): Profile | null {
  if (!profile && sameDraft(draft, draftOf(start))) return null;
  return validateDraft(draft, start).profile ?? profile;
}

function ExampleOption({ name, value, checked, title, detail, onChoose }: {
  name: string; value: string; checked: boolean; title: string; detail: string; onChoose: (value: string) => void;
}) {
  return (
    <label class={`example${checked ? ' chosen' : ''}`}>
      <input type="radio" name={name} value={value} checked={checked} onChange={() => onChoose(value)} />
      <span class="example-title">{title}</span>
      <span class="example-detail">{detail}</span>
    </label>
  );
}

/**
 * Setup run again over an existing profile: before anything is saved, what finishing
 * would change in it (the same list an import shows); the page offers Undo after.
 */
function SetupChanges({ profile, draft }: { profile: Profile; draft: Draft }) {
  const checked = validateDraft(draft, profile);
  if (!checked.profile) return null;
  const changes = diffProfiles(profile, checked.profile, skillName, DIFF_WORDS);
  return (
    <div class="diff setup-diff" role="region" aria-label="What finishing will change in your profile">
      <h3>What will change in your profile</h3>
      {changes.length === 0
        ? <p>Nothing: your profile stays as it is.</p>
        : (
          <>
            <ul class="diff-list">{changes.map((c) => <li key={c}>{c}</li>)}</ul>
            <p class="hint">You can undo this right after saving.</p>
          </>
        )}
    </div>
  );
}
