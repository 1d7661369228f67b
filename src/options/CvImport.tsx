// A CV file (PDF, Word .docx, text or Markdown, JSON Resume, a LinkedIn profile saved as
// PDF) → a review of everything GapLens read in it, each finding with the CV's own words,
// to keep, change or drop one by one → the profile. Nothing is saved until the person
// says so, and they see first what will change in the profile they have. Used on the
// Import/Export page (saving offers Undo) and in the first-run setup (it fills the setup's
// answers, which finishing saves). The file is read on this page; nothing leaves it.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { applyCv, readCv, type CvChoice, type CvReading, type CvSkill } from '../core/cv';
import { MAX_CV_BYTES, readCvFile, type CvFileKind } from '../core/cv-file';
import { diffProfiles } from '../core/profile';
import type { Background, EducationLevel, Profile, SkillLevel, TargetRole } from '../core/schema';
import { browserCvLibs } from './cv-libs';
import { ErrorIcon } from './ProfileFields';
import { getEngine, skillName } from './taxonomy';
import { BACKGROUNDS, DIFF_WORDS, EDUCATION, LEVELS, TARGETS, labelOf, messageOf, plural } from './text';
import './cv-import.css';

const KIND_WORDS: Readonly<Record<CvFileKind, string>> = { pdf: 'PDF', docx: 'Word file', text: 'text file', 'json-resume': 'JSON Resume' };

const REASON_WORDS: Readonly<Record<CvSkill['reason'], string>> = {
  job: 'used in a job',
  'past-job': 'used at work, but only in a job that ended 8 or more years ago: lower it if you have not used it since',
  skills: 'listed under skills',
  summary: 'named in your summary',
  education: 'named in your education',
  project: 'used in a project',
  publication: 'named in a publication',
  course: 'listed under courses or certificates',
  learning: 'named as something you are learning',
  other: 'named in your CV',
};

const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { learning: 0, working: 1, strong: 2 };
const levelWord = (l: SkillLevel) => labelOf(LEVELS, l).toLowerCase();

interface SkillRow { id: string; name: string; level: SkillLevel; read: SkillLevel; keep: boolean; reason: CvSkill['reason']; from: string[] }
interface Review {
  file: string;
  kind: CvFileKind;
  reading: CvReading;
  skills: SkillRow[];
  education: { keep: boolean; level: EducationLevel; field: string } | null;
  years: { keep: boolean; value: string } | null;
  background: { keep: boolean; value: Background } | null;
  targets: Array<{ id: TargetRole; keep: boolean }>;
}

function reviewOf(file: string, kind: CvFileKind, r: CvReading): Review {
  return {
    file,
    kind,
    reading: r,
    skills: r.skills.map((s) => ({ id: s.id, name: s.name, level: s.level, read: s.level, keep: true, reason: s.reason, from: s.from })),
    education: r.education ? { keep: true, level: r.education.value.level, field: r.education.value.field } : null,
    years: r.jobs.length > 0 ? { keep: true, value: String(r.years.value) } : null,
    background: r.background.value !== 'other' ? { keep: true, value: r.background.value } : null,
    targets: r.targets.value.map((id) => ({ id, keep: true })),
  };
}

/** Years as typed: a number from 0 to 60 in half years, or null when it is not one. */
function yearsValue(text: string): number | null {
  const n = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 60 ? Math.round(n * 2) / 2 : null;
}

function choiceOf(v: Review): CvChoice {
  const targets = v.targets.filter((t) => t.keep).map((t) => t.id);
  return {
    skills: v.skills.filter((s) => s.keep).map((s) => ({ id: s.id, level: s.level })),
    education: v.education?.keep ? { level: v.education.level, field: v.education.field.trim() } : null,
    years: v.years?.keep ? yearsValue(v.years.value) : null,
    background: v.background?.keep ? v.background.value : null,
    targets: targets.length ? targets : null,
  };
}

interface Props {
  profile: Profile | null;
  /**
   * Takes the reviewed profile: saves it (the Import page, which offers Undo) or puts it
   * into the setup's answers. Throws when that failed; the review stays open.
   */
  onApply: (next: Profile, summary: string) => Promise<void>;
  /** The review's main button, e.g. "Save to my profile". */
  applyLabel: string;
  /** What is said once it is taken, naming the file. */
  doneText: (file: string) => string;
  /** Heading level of the card's title: 2 on a page, 3 inside the setup's card. */
  level?: 2 | 3;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'error'; file: string; message: string }
  | { kind: 'review'; review: Review }
  | { kind: 'done'; message: string };

export function CvImport({ profile, onApply, applyLabel, doneText, level = 2 }: Props) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const token = useRef(0);

  useEffect(() => { if (state.kind === 'review') reviewHeading.current?.focus(); }, [state.kind]);

  async function read(file: File) {
    const mine = ++token.current;
    setSaveError('');
    // Refused before a byte is read: a CV is a few hundred KB.
    if (file.size > MAX_CV_BYTES) {
      setState({ kind: 'error', file: file.name, message: `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a CV file can be at most 10 MB. Is it the right file?` });
      return;
    }
    setState({ kind: 'reading', file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const text = await readCvFile(bytes, file.name, browserCvLibs);
      if (mine !== token.current) return; // another file was chosen meanwhile
      if ('error' in text) { setState({ kind: 'error', file: file.name, message: text.error }); return; }
      const reading = readCv(text.text, getEngine(), { now: Date.now() });
      if (reading.skills.length === 0 && !reading.education && reading.jobs.length === 0) {
        setState({ kind: 'error', file: file.name, message: 'GapLens found no skills, degree or dated jobs in this file. If it is your CV, paste its text into the box below instead, or add your skills on the Profile page.' });
        return;
      }
      setState({ kind: 'review', review: reviewOf(file.name, text.kind, reading) });
    } catch (error) {
      if (mine !== token.current) return;
      setState({ kind: 'error', file: file.name, message: `The file could not be read: ${messageOf(error)}` });
    }
  }

  function onChosen(el: HTMLInputElement) {
    const file = el.files?.[0];
    el.value = ''; // choosing the same file again must read it again
    if (file) void read(file);
  }

  const review = state.kind === 'review' ? state.review : null;
  const set = (f: (r: Review) => Review) => setState((s) => (s.kind === 'review' ? { kind: 'review', review: f(s.review) } : s));

  async function apply() {
    if (!review) return;
    const choice = choiceOf(review);
    const next = applyCv(profile, choice, Date.now());
    const changes = diffProfiles(profile, next, skillName, DIFF_WORDS);
    setSaving(true);
    setSaveError('');
    try {
      await onApply(next, `Profile updated from ${review.file}: ${plural(changes.length, 'change')}.`);
      setState({ kind: 'done', message: doneText(review.file) });
    } catch (error) {
      setSaveError(`Nothing was saved: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  }

  function cancel() {
    token.current++;
    setState({ kind: 'idle' });
    setSaveError('');
    requestAnimationFrame(() => input.current?.focus());
  }

  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const busy = state.kind === 'reading';

  return (
    <div class={level === 2 ? 'card cv-import' : 'cv-import nested'}>
      <H>Import your CV</H>
      <p class="sub">
        A PDF, a Word file (.docx), a text or Markdown file, a JSON Resume, or your LinkedIn profile saved as PDF
        (<em>More → Save to PDF</em>). GapLens reads it on this page and shows what it found; you choose what to keep before anything is saved.
      </p>
      {!review && (
        <div
          class={`cv-drop${dragging ? ' over' : ''}`}
          onDragEnter={(e) => { e.preventDefault(); setDragging(true); }}
          onDragOver={(e) => { e.preventDefault(); if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'; }}
          onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false); }}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) void read(file);
          }}
        >
          <p class="cv-drop-text" aria-hidden="true">Drop your CV file here, or</p>
          <input ref={input} id={`${id}-file`} class="file-input" type="file" disabled={busy}
            accept=".pdf,.docx,.txt,.md,.markdown,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown,application/json"
            aria-describedby={state.kind === 'error' ? `${id}-error` : `${id}-hint`} onChange={(e) => onChosen(e.currentTarget)} />
          <label for={`${id}-file`} class="primary file-label">Choose your CV file…</label>
          <span id={`${id}-hint`} class="hint">PDF, .docx, .txt, .md or .json; up to 10 MB.</span>
        </div>
      )}
      <p class="cv-status" role="status">{state.kind === 'reading' ? `Reading ${state.file}…` : ''}</p>
      {state.kind === 'error' && (
        <div id={`${id}-error`} class="error-box" role="alert">
          <ErrorIcon />
          <div>
            <p><strong>Could not read “{state.file}”.</strong> {state.message}</p>
            <p class="muted">Your profile has not been changed.</p>
          </div>
        </div>
      )}
      {state.kind === 'done' && <p class="ok" role="status">{state.message}</p>}
      {review && (
        <div class="cv-review" role="region" aria-labelledby={`${id}-review`}>
          <Sub id={`${id}-review`} ref={reviewHeading} tabIndex={-1}>
            What GapLens read in {review.file} <span class="muted">({KIND_WORDS[review.kind]})</span>
          </Sub>
          <p class="hint">Each finding shows the words it was read from. Untick what is wrong, change what is not quite right.</p>
          <ReviewBody id={id} review={review} set={set} profile={profile} Sub={level === 2 ? 'h4' : 'h5'} />
          <Changes profile={profile} review={review} Sub={Sub} />
          {saveError && <p class="error" role="alert"><ErrorIcon />{saveError}</p>}
          <div class="actions">
            <button type="button" class="primary" onClick={() => void apply()} disabled={saving || !hasChange(profile, review)}>
              {saving ? 'Saving…' : applyLabel}
            </button>
            <button type="button" class="secondary" onClick={cancel} disabled={saving}>Cancel</button>
          </div>
        </div>
      )}
    </div>
  );
}

const hasChange = (profile: Profile | null, v: Review) =>
  diffProfiles(profile, applyCv(profile, choiceOf(v), 0)).length > 0;

function Quote({ id, from }: { id?: string; from: string[] }) {
  if (from.length === 0) return null;
  return (
    <ul id={id} class="cv-from" aria-label="Read from">
      {from.map((f) => <li key={f}><q>{f}</q></li>)}
    </ul>
  );
}

type Heading = 'h3' | 'h4' | 'h5';

function ReviewBody({ id, review, set, profile, Sub }: { id: string; review: Review; set: (f: (r: Review) => Review) => void; profile: Profile | null; Sub: Heading }) {
  const r = review.reading;
  const have = new Map((profile?.skills ?? []).map((s) => [s.id, s.level]));
  const kept = review.skills.filter((s) => s.keep).length;
  const setSkill = (sid: string, patch: Partial<SkillRow>) => set((v) => ({ ...v, skills: v.skills.map((s) => (s.id === sid ? { ...s, ...patch } : s)) }));
  const yearsBad = review.years?.keep && yearsValue(review.years.value) === null;

  return (
    <>
      <section class="cv-part" aria-labelledby={`${id}-skills`}>
        <Sub id={`${id}-skills`}>Skills <span class="count">{kept} of {review.skills.length} kept</span></Sub>
        {review.skills.length === 0
          ? <p class="empty-line">No skills GapLens knows were found.</p>
          : (
            <ul class="cv-skills">
              {review.skills.map((s) => {
                const before = have.get(s.id);
                const status = !s.keep ? 'Dropped'
                  : before === undefined ? 'New'
                    : LEVEL_RANK[s.level] > LEVEL_RANK[before] ? `Raises ${levelWord(before)} → ${levelWord(s.level)}`
                      : `Already in your profile (${levelWord(before)})`;
                const tone = !s.keep ? 'dropped' : before === undefined ? 'new' : LEVEL_RANK[s.level] > LEVEL_RANK[before] ? 'raised' : 'same';
                return (
                  <li key={s.id} class={`cv-skill${s.keep ? '' : ' off'}`}>
                    <label class="check">
                      <input type="checkbox" checked={s.keep} aria-describedby={`${id}-s-${s.id}`} onChange={(e) => setSkill(s.id, { keep: e.currentTarget.checked })} />
                      <span class="cv-name">Keep {s.name}</span>
                    </label>
                    <select aria-label={`Level for ${s.name}`} value={s.level} disabled={!s.keep}
                      onChange={(e) => setSkill(s.id, { level: e.currentTarget.value as SkillLevel })}>
                      {LEVELS.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
                    </select>
                    <span class={`cv-tag ${tone}`}>{status}</span>
                    <div id={`${id}-s-${s.id}`} class="cv-why">
                      <span class="hint">Read as {levelWord(s.read)}: {REASON_WORDS[s.reason]}.</span>
                      <Quote from={s.from.slice(0, 2)} />
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        {r.aspirations.length > 0 && (
          <p class="hint">Named as goals, so not added as skills you have: {r.aspirations.map((a) => a.name).join(', ')}.</p>
        )}
        {r.unmatched.length > 0 && (
          <p class="hint">In your skills list but not skills GapLens knows (left out): {r.unmatched.slice(0, 15).join(', ')}{r.unmatched.length > 15 ? ` and ${r.unmatched.length - 15} more` : ''}.</p>
        )}
      </section>

      <section class="cv-part" aria-labelledby={`${id}-about`}>
        <Sub id={`${id}-about`}>About you</Sub>
        <div class="cv-facts">
          {review.education && r.education && (
            <Fact keep={review.education.keep} label="Use this degree" onKeep={(keep) => set((v) => ({ ...v, education: v.education && { ...v.education, keep } }))} from={r.education.from} id={`${id}-edu`}
              now={profile ? eduText(profile.education.level, profile.education.field) : null}>
              <select aria-label="Degree" value={review.education.level} disabled={!review.education.keep}
                onChange={(e) => set((v) => ({ ...v, education: v.education && { ...v.education, level: e.currentTarget.value as EducationLevel } }))}>
                {EDUCATION.map((x) => <option key={x.id} value={x.id}>{x.label}</option>)}
              </select>
              <input type="text" aria-label="Field of the degree" value={review.education.field} maxLength={120} disabled={!review.education.keep} placeholder="Field"
                onInput={(e) => set((v) => ({ ...v, education: v.education && { ...v.education, field: e.currentTarget.value } }))} />
            </Fact>
          )}
          {!review.education && <p class="hint">No degree held was found (one still being studied for does not count). Your profile’s degree stays as it is.</p>}
          {review.years && (
            <Fact keep={review.years.keep} label="Use these years of work experience" onKeep={(keep) => set((v) => ({ ...v, years: v.years && { ...v.years, keep } }))} id={`${id}-years`}
              from={[...r.years.from, ...r.jobs.filter((j) => j.doctoral || j.student || j.hobby).map((j) => `${j.title ?? j.header}: ${j.start} – ${j.end} (${j.doctoral ? 'doctoral research' : j.student ? 'student post' : 'club or volunteer post'}, not counted)`)]}
              now={profile ? String(profile.years) : null}>
              <input type="number" aria-label="Years of work experience" min={0} max={60} step={0.5} value={review.years.value} disabled={!review.years.keep}
                aria-invalid={yearsBad ? 'true' : undefined} aria-describedby={yearsBad ? `${id}-years-bad` : undefined}
                onInput={(e) => set((v) => ({ ...v, years: v.years && { ...v.years, value: e.currentTarget.value } }))} />
              {yearsBad && <p id={`${id}-years-bad`} class="error"><ErrorIcon />A number from 0 to 60; your profile’s years stay as they are.</p>}
            </Fact>
          )}
          {!review.years && <p class="hint">No dated jobs were found, so no years of experience. Your profile’s years stay as they are.</p>}
          {review.background && (
            <Fact keep={review.background.keep} label="Use this background" onKeep={(keep) => set((v) => ({ ...v, background: v.background && { ...v.background, keep } }))} from={r.background.from} id={`${id}-bg`}
              now={profile ? labelOf(BACKGROUNDS, profile.background) : null}>
              <select aria-label="Background" value={review.background.value} disabled={!review.background.keep}
                onChange={(e) => set((v) => ({ ...v, background: v.background && { ...v.background, value: e.currentTarget.value as Background } }))}>
                {BACKGROUNDS.map((b) => <option key={b.id} value={b.id}>{b.label}</option>)}
              </select>
            </Fact>
          )}
          {r.title && (
            <div class="cv-fact">
              <p class="label">Current title</p>
              <p>{r.title.value} <span class="hint">(used for your background; GapLens does not store titles)</span></p>
              <Quote from={r.title.from} />
            </div>
          )}
        </div>
      </section>

      {review.targets.length > 0 && (
        <section class="cv-part" aria-labelledby={`${id}-targets`}>
          <Sub id={`${id}-targets`}>Roles to aim for</Sub>
          <fieldset class="checks">
            <legend class="hint">{r.targets.from[0]?.startsWith('usual next roles') ? 'Your CV names no goal; these are where people with your background usually go.' : 'From what your CV says you are aiming for.'} Added to the roles you have set.</legend>
            {review.targets.map((t) => (
              <label key={t.id} class="check">
                <input type="checkbox" checked={t.keep} onChange={(e) => { const keep = e.currentTarget.checked; set((v) => ({ ...v, targets: v.targets.map((x) => (x.id === t.id ? { ...x, keep } : x)) })); }} />
                <span>{labelOf(TARGETS, t.id)}{profile?.targets.includes(t.id) ? <span class="tag-note">already set</span> : null}</span>
              </label>
            ))}
          </fieldset>
          {!r.targets.from[0]?.startsWith('usual next roles') && <Quote from={r.targets.from} />}
        </section>
      )}
    </>
  );
}

const eduText = (level: EducationLevel, field: string) => `${labelOf(EDUCATION, level)}${field ? ` in ${field}` : ''}`;

function Fact({ id, label, keep, onKeep, from, now, children }: {
  id: string; label: string; keep: boolean; onKeep: (keep: boolean) => void; from: string[]; now: string | null; children: ComponentChildren;
}) {
  return (
    <div class={`cv-fact${keep ? '' : ' off'}`}>
      <label class="check">
        <input type="checkbox" checked={keep} aria-describedby={`${id}-from`} onChange={(e) => onKeep(e.currentTarget.checked)} />
        <span class="label">{label}</span>
      </label>
      <div class="cv-fact-fields">{children}</div>
      {now !== null && <p class="hint">In your profile now: {now}</p>}
      <Quote id={`${id}-from`} from={from} />
    </div>
  );
}

function Changes({ profile, review, Sub }: { profile: Profile | null; review: Review; Sub: Heading }) {
  const next = applyCv(profile, choiceOf(review), profile?.updated ?? 0);
  const changes = diffProfiles(profile, next, skillName, DIFF_WORDS);
  const have = new Map((profile?.skills ?? []).map((s) => [s.id, s.level]));
  const unchanged = review.skills.filter((s) => s.keep && have.has(s.id) && LEVEL_RANK[s.level] <= LEVEL_RANK[have.get(s.id)!]).map((s) => s.name);
  return (
    <div class="diff">
      <Sub>{profile ? 'What will change in your profile' : 'Your new profile'}</Sub>
      <p class="sr" role="status">{changes.length === 0 ? 'Nothing would change.' : `${plural(changes.length, 'change')} to your profile.`}</p>
      {changes.length === 0
        ? <p>Nothing would change: your profile already has all you kept.</p>
        : <ul class="diff-list">{changes.map((c) => <li key={c}>{c}</li>)}</ul>}
      {unchanged.length > 0 && <p class="hint">Unchanged (your profile already has them at this level or higher): {unchanged.join(', ')}.</p>}
      {profile && <p class="hint">Skills are only added or raised, never lowered or removed; hours, budget and domains stay as they are. You can undo right after saving.</p>}
    </div>
  );
}
