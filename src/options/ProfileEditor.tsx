// The profile editor. There is no Save button: every change is validated and saved
// ~600 ms after the last keystroke, and the status line says what happened. A value the
// schema would refuse is explained next to its field and never sent.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../background/client';
import { emptyProfile } from '../core/profile';
import type { Profile } from '../core/schema';
import { draftOf, sameDraft, validateDraft, type Draft, type DraftErrors } from './draft';
import {
  BackgroundFields, ConstraintsFields, DomainsField, ErrorIcon, SkillsField, TargetsField,
} from './ProfileFields';
import { messageOf, plural } from './text';

export const SAVE_DELAY = 600;

type Status =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'failed'; reason: string };

interface Props {
  profile: Profile | null;
  onSaved: (profile: Profile) => void;
  onRunSetup: () => void;
  saveDelay?: number;
}

const FIELD_NAMES: Record<keyof DraftErrors, string> = {
  years: 'years of experience', hours: 'hours per week', field: 'field of study',
  skills: 'skills', targets: 'target roles', domains: 'domains',
};

function reasonOf(errors: DraftErrors): string {
  const keys = Object.keys(errors) as Array<keyof DraftErrors>;
  if (keys.length === 1) return `check ${FIELD_NAMES[keys[0]!]}.`;
  return `${plural(keys.length, 'field')} need attention (${keys.map((k) => FIELD_NAMES[k]).join(', ')}).`;
}

export function ProfileEditor({ profile, onSaved, onRunSetup, saveDelay = SAVE_DELAY }: Props) {
  const base = useRef<Profile>(profile ?? emptyProfile());
  const [draft, setDraft] = useState<Draft>(() => draftOf(base.current));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const latest = useRef(draft);
  const lastSaved = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const save = useCallback(() => {
    timer.current = null;
    const d = latest.current;
    const checked = validateDraft(d, base.current);
    if (checked.errors) {
      if (mounted.current) {
        setErrors(checked.errors);
        setStatus({ kind: 'invalid', reason: reasonOf(checked.errors) });
      }
      return;
    }
    if (mounted.current) setErrors({});
    if (sameDraft(d, lastSaved.current)) {
      if (mounted.current) setStatus((s) => (s.kind === 'pending' || s.kind === 'invalid' ? { kind: 'saved' } : s));
      return;
    }
    const next = checked.profile;
    if (mounted.current) setStatus({ kind: 'saving' });
    // One save at a time, in order, so an older draft can never land after a newer one.
    queue.current = queue.current.then(async () => {
      try {
        await send('saveProfile', { profile: next });
        lastSaved.current = d;
        base.current = next;
        onSavedRef.current(next);
        if (mounted.current && latest.current === d) setStatus({ kind: 'saved' });
      } catch (error) {
        if (mounted.current) setStatus({ kind: 'failed', reason: messageOf(error) });
      }
    });
  }, []);

  const update = useCallback((patch: Partial<Draft>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    // Errors clear as soon as the field is fixed; new ones wait for the pause in typing.
    setErrors((old) => {
      if (Object.keys(old).length === 0) return old;
      const now = validateDraft(next, base.current).errors ?? {};
      const kept: DraftErrors = {};
      for (const k of Object.keys(old) as Array<keyof DraftErrors>) if (now[k]) kept[k] = now[k];
      return kept;
    });
    setStatus({ kind: 'pending' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(save, saveDelay);
  }, [save, saveDelay]);

  // Leaving the tab or closing the page must not lose the last edit.
  useEffect(() => {
    const flush = () => {
      if (timer.current) { clearTimeout(timer.current); save(); }
    };
    const onHide = () => { if (document.visibilityState === 'hidden') flush(); };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
      mounted.current = false;
    };
  }, [save]);

  const fields = { draft, errors, update };
  return (
    <section class="page" aria-labelledby="profile-title">
      <div class="page-head">
        <div>
          <h1 id="profile-title" tabIndex={-1}>Your profile</h1>
          <p class="lede">GapLens compares every listing with this. Changes save as you go.</p>
        </div>
        <SaveStatus status={status} hasProfile={profile !== null} onRetry={save} />
      </div>

      {profile === null && status.kind === 'idle' && (
        <div class="notice">
          <p>You have no profile yet. Add skills below, or answer three quick questions.</p>
          <button type="button" class="secondary" onClick={onRunSetup}>Run setup</button>
        </div>
      )}

      <div class="card">
        <div class="card-head">
          <h2>Skills</h2>
          <span class="count">{plural(draft.skills.length, 'skill')}</span>
        </div>
        <p class="sub">
          <strong>Learning</strong>: studying it now. <strong>Working</strong>: used it for real work.
          {' '}<strong>Strong</strong>: could teach it.
        </p>
        <SkillsField {...fields} />
      </div>

      <div class="cards-2">
        <div class="card">
          <h2>Background and education</h2>
          <BackgroundFields {...fields} />
        </div>
        <div class="card">
          <h2>Where you are heading</h2>
          <TargetsField {...fields} />
          <DomainsField {...fields} />
        </div>
      </div>

      <div class="card">
        <h2>Time and money</h2>
        <p class="sub">Used to rank next steps: a free weekend course or a full-time programme.</p>
        <ConstraintsFields {...fields} />
      </div>
    </section>
  );
}

function SaveStatus({ status, hasProfile, onRetry }: { status: Status; hasProfile: boolean; onRetry: () => void }) {
  let text = '';
  let tone = 'muted';
  switch (status.kind) {
    case 'idle': text = hasProfile ? 'Saved' : 'Not saved yet'; break;
    case 'pending':
    case 'saving': text = 'Saving…'; tone = 'busy'; break;
    case 'saved': text = 'Saved'; tone = 'good'; break;
    case 'invalid': text = `Not saved: ${status.reason}`; tone = 'bad'; break;
    case 'failed': text = `Not saved: ${status.reason}`; tone = 'bad'; break;
  }
  return (
    <div class="save-status-wrap">
      <p class={`save-status ${tone}`} role="status" aria-live="polite" aria-atomic="true">
        {tone === 'good' && <CheckIcon />}
        {tone === 'bad' && <ErrorIcon />}
        {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
        {text}
      </p>
      {status.kind === 'failed' && <button type="button" class="link-button" onClick={onRetry}>Try again</button>}
    </div>
  );
}

export function CheckIcon() {
  return (
    <svg class="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
