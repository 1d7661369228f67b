// Getting a profile in and out: skills from pasted résumé text (confirmed one by one),
// a GapLens export or JSON Resume file (shown as "what will change" before anything is
// replaced), a download of the profile, and a reset that can be undone.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { diffProfiles, emptyProfile, MAX_PROFILE_FILE_BYTES, parseProfileFile } from '../core/profile';
import { MAX_LISTING_TEXT, type Corrections, type Profile, type ProfileFile, type SkillLevel } from '../core/schema';
import { correctionCount, mergeCorrections } from '../core/corrections';
import { mergePlans, planCount } from '../core/plan';
import type { Plan } from '../core/schema';
import type { PlanView } from '../core/protocol';
import { send } from '../background/client';
import { CvImport } from './CvImport';
import { ErrorIcon } from './ProfileFields';
import { findSkill, getEngine, getTaxonomy, rememberCustom, skillName } from './taxonomy';
import { DIFF_WORDS, isoDay, LEVELS, messageOf, plainImportError, plural, wrongFileKind } from './text';

/** Saves a profile (or none) and offers Undo; throws when the worker refused it. */
export type Commit = (next: Profile | null, note: string) => Promise<void>;

interface Props {
  profile: Profile | null;
  commit: Commit;
}

export function ImportExport({ profile, commit }: Props) {
  return (
    <section class="page" aria-labelledby="io-title">
      <div class="page-head">
        <div>
          <h1 id="io-title" tabIndex={-1}>Import and export</h1>
          <p class="lede">Nothing here leaves your browser: text and files are read on this page.</p>
        </div>
      </div>
      <CvImport profile={profile} onApply={(next, note) => commit(next, note)} applyLabel="Save to my profile"
        doneText={(file) => `Saved what you kept from ${file} to your profile.`} />
      <PasteSkills profile={profile} commit={commit} />
      <ImportFile profile={profile} commit={commit} />
      <div class="cards-2">
        <ExportProfile profile={profile} />
        <ResetProfile profile={profile} commit={commit} />
      </div>
    </section>
  );
}

// ---------- (a) paste text ----------

interface Found { id: string; name: string; already: boolean }

function PasteSkills({ profile, commit }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [level, setLevel] = useState<SkillLevel>('working');
  const [state, setState] = useState<{ kind: 'idle' | 'reading' | 'saving' } | { kind: 'error'; message: string } | { kind: 'done'; message: string }>({ kind: 'idle' });
  const results = useRef<HTMLHeadingElement>(null);

  useEffect(() => { if (found) results.current?.focus(); }, [found]);

  function read() {
    if (!text.trim()) { setState({ kind: 'error', message: 'Paste some text first: your résumé, or your LinkedIn About and Skills sections.' }); return; }
    setState({ kind: 'reading' });
    // Let "Reading…" paint: building the matcher the first time takes a moment.
    setTimeout(() => {
      try {
        const have = new Set((profile?.skills ?? []).map((s) => s.id));
        const seen = new Set<string>();
        const list: Found[] = [];
        for (const hit of getEngine().extract(text, { title: null }).skills) {
          if (seen.has(hit.id)) continue;
          seen.add(hit.id);
          list.push({ id: hit.id, name: hit.name, already: have.has(hit.id) });
        }
        setFound(list);
        setChosen(new Set(list.filter((f) => !f.already).map((f) => f.id)));
        setState({ kind: 'idle' });
      } catch (error) {
        setState({ kind: 'error', message: `Could not read the text: ${messageOf(error)}` });
      }
    }, 0);
  }

  async function add() {
    if (!found) return;
    const base = profile ?? emptyProfile();
    const adding = found.filter((f) => !f.already && chosen.has(f.id)).map((f) => ({ id: f.id, level }));
    if (adding.length === 0) return;
    setState({ kind: 'saving' });
    try {
      await commit({ ...base, skills: [...adding, ...base.skills] }, `Added ${plural(adding.length, 'skill')} from your text.`);
      setFound(null);
      setText('');
      setState({ kind: 'done', message: `Added ${plural(adding.length, 'skill')} to your profile.` });
    } catch (error) {
      setState({ kind: 'error', message: `Nothing was added: ${messageOf(error)}` });
    }
  }

  const toggle = (skill: string, on: boolean) => setChosen((old) => {
    const next = new Set(old);
    if (on) next.add(skill); else next.delete(skill);
    return next;
  });

  const fresh = found?.filter((f) => !f.already) ?? [];
  const count = fresh.filter((f) => chosen.has(f.id)).length;

  return (
    <div class="card">
      <h2>Add skills from your résumé</h2>
      <p class="sub">Paste your résumé, or your LinkedIn About and Skills sections. You choose which skills to add.</p>
      {!found && (
        <>
          <div class="field">
            <label for={`${id}-text`} class="label">Résumé or LinkedIn text</label>
            <textarea
              id={`${id}-text`}
              rows={7}
              maxLength={MAX_LISTING_TEXT}
              value={text}
              onInput={(e) => { setText(e.currentTarget.value); if (state.kind === 'error' || state.kind === 'done') setState({ kind: 'idle' }); }}
            />
          </div>
          <div class="actions">
            <button type="button" class="primary" onClick={read} disabled={state.kind === 'reading'}>
              {state.kind === 'reading' ? 'Reading…' : 'Find skills'}
            </button>
          </div>
        </>
      )}
      {found && (
        <div class="found">
          <h3 ref={results} tabIndex={-1}>
            {found.length === 0 ? 'No known skills found in that text' : `Found ${plural(found.length, 'skill')}`}
          </h3>
          {found.length === 0 && <p class="sub">GapLens knows about a thousand ML and data skills. Try pasting a longer part of your résumé.</p>}
          {found.length > 0 && (
            <>
              <fieldset class="checks">
                <legend class="sr">Skills to add</legend>
                <ul class="found-list">
                  {found.map((f) => (
                    <li key={f.id}>
                      <label class={`check${f.already ? ' already' : ''}`}>
                        <input type="checkbox" checked={f.already || chosen.has(f.id)} disabled={f.already}
                          onChange={(e) => toggle(f.id, e.currentTarget.checked)} />
                        <span>{f.name}</span>
                        {f.already && <span class="tag-note">already in profile</span>}
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              {fresh.length > 0 && (
                <div class="field inline-field">
                  <label for={`${id}-level`} class="label">Add them as</label>
                  <select id={`${id}-level`} value={level} onChange={(e) => setLevel(e.currentTarget.value as SkillLevel)}>
                    {LEVELS.map((l) => <option key={l.id} value={l.id}>{l.label}</option>)}
                  </select>
                  <span class="hint">You can change each level in your profile.</span>
                </div>
              )}
            </>
          )}
          <div class="actions">
            {fresh.length > 0 && (
              <button type="button" class="primary" onClick={add} disabled={count === 0 || state.kind === 'saving'}>
                {state.kind === 'saving' ? 'Adding…' : `Add ${plural(count, 'skill')}`}
              </button>
            )}
            <button type="button" class="secondary" onClick={() => { setFound(null); setState({ kind: 'idle' }); }}>
              {fresh.length > 0 ? 'Cancel' : 'Back'}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'error' && <p class="error" role="alert"><ErrorIcon />{state.message}</p>}
      {state.kind === 'done' && <p class="ok" role="status">{state.message}</p>}
    </div>
  );
}

// ---------- (b) import a file ----------

interface Pending {
  file: string;
  kind: 'gaplens' | 'json-resume';
  profile: Profile;
  changes: string[];
  notes: string[];
  /** The file's corrections (null: it has none, the user's stay as they are) and the user's own. */
  corrections: Corrections | null;
  mine: Corrections | null;
  /** The same for the plan (steps started, done, not for me). */
  plan: Plan | null;
  myPlan: Plan | null;
}

/** The plan record behind the worker's view of it. */
const planOf = (v: PlanView): Plan => ({ version: 1, steps: v.items.map(({ step, state, at, started }) => ({ step, state, at, started })) });

type CorrectionChoice = 'keep' | 'merge' | 'replace';

/** Read a chosen file as text; older engines lack Blob.text(). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

function ImportFile({ profile, commit }: Props) {
  const id = useId();
  const [error, setError] = useState<{ file: string; message: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [choice, setChoice] = useState<CorrectionChoice>('merge');
  const [planChoice, setPlanChoice] = useState<CorrectionChoice>('merge');
  const panel = useRef<HTMLHeadingElement>(null);

  useEffect(() => { if (pending) panel.current?.focus(); }, [pending]);

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire another change
    if (!file) return;
    setError(null);
    setPending(null);
    setDone('');
    if (file.size > MAX_PROFILE_FILE_BYTES) {
      setError({ file: file.name, message: `This file is ${(file.size / 1_000_000).toFixed(1)} MB; a profile file is at most 1 MB. Is it the right file?` });
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      setError({ file: file.name, message: `The file could not be read: ${messageOf(e)}` });
      return;
    }
    const wrong = wrongFileKind(text);
    if (wrong) {
      setError({ file: file.name, message: wrong });
      return;
    }
    const parsed = parseProfileFile(text, {
      findSkill,
      base: profile ?? undefined,
      knownSkills: new Set(getTaxonomy().skills.map((s) => s.id)),
      now: Date.now(),
    });
    if ('error' in parsed) {
      setError({ file: file.name, message: parsed.error });
      return;
    }
    rememberCustom(parsed.profile.custom ?? []);
    const notes = parsed.kind === 'gaplens'
      ? parsed.repairs.map((r) => `Repaired: ${r}`)
      : parsed.unmatched.length > 0
        ? [`Not recognised as skills (left out): ${parsed.unmatched.slice(0, 20).join(', ')}${parsed.unmatched.length > 20 ? ` and ${parsed.unmatched.length - 20} more` : ''}`]
        : [];
    const fileCorrections = parsed.kind === 'gaplens' ? parsed.corrections : null;
    // Corrections are the user's data too: never replaced without asking (see the choice below).
    const mine = await send('getCorrections', {}).then((r) => r.corrections, () => null);
    const count = mine ? correctionCount(mine) : 0;
    if (!fileCorrections && count > 0) notes.push(`This file has no corrections: your ${plural(count, 'correction')} stay as they are.`);
    // The plan is the user's data too, asked about the same way.
    const filePlan = parsed.kind === 'gaplens' ? parsed.plan : null;
    const myPlan = await send('getPlan', {}).then(planOf, () => null);
    const planSteps = myPlan ? planCount(myPlan) : 0;
    if (!filePlan && planSteps > 0) notes.push(`This file has no plan: your ${plural(planSteps, 'planned step')} stay as they are.`);
    setChoice('merge');
    setPlanChoice('merge');
    setPending({
      file: file.name, kind: parsed.kind, profile: parsed.profile, changes: diffProfiles(profile, parsed.profile, skillName, DIFF_WORDS), notes,
      corrections: fileCorrections, mine, plan: filePlan, myPlan,
    });
  }

  async function replace() {
    if (!pending) return;
    setBusy(true);
    try {
      await commit(pending.profile, `Profile replaced from ${pending.file}.`);
      const fileC = pending.corrections;
      if (fileC && correctionCount(fileC) > 0) {
        const mine = pending.mine;
        const next = !mine || choice === 'replace' ? fileC : choice === 'merge' ? mergeCorrections(mine, fileC) : null;
        if (next) await send('saveCorrections', { corrections: next });
      }
      const fileP = pending.plan;
      if (fileP && planCount(fileP) > 0) {
        const mine = pending.myPlan;
        const next = !mine || planCount(mine) === 0 || planChoice === 'replace' ? fileP : planChoice === 'merge' ? mergePlans(mine, fileP) : null;
        if (next) await send('savePlan', { plan: next });
      }
      setDone(`Your profile now comes from ${pending.file}.`);
      setPending(null);
    } catch (e) {
      setError({ file: pending.file, message: `The profile was not replaced: ${messageOf(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card">
      <h2>Import a profile file</h2>
      <p class="sub">A file exported from GapLens, or a <a href="https://jsonresume.org/schema" target="_blank" rel="noopener noreferrer">JSON Resume</a>. You will see what changes before anything is replaced.</p>
      <div class="file-pick">
        <input id={`${id}-file`} class="file-input" type="file" accept=".json,application/json"
          aria-describedby={error ? `${id}-error` : `${id}-hint`} onChange={(e) => void onFile(e.currentTarget)} />
        <label for={`${id}-file`} class="secondary file-label">Choose a .json file…</label>
        <span id={`${id}-hint`} class="hint">Up to 1 MB.</span>
      </div>
      {error && (
        <div id={`${id}-error`} class="error-box" role="alert">
          <ErrorIcon />
          <div>
            <p><strong>Could not import “{error.file}”.</strong> {plainImportError(error.message).text}</p>
            {plainImportError(error.message).detail && <p class="hint">Details: {plainImportError(error.message).detail}</p>}
            <p class="muted">Your profile has not been changed.</p>
          </div>
        </div>
      )}
      {pending && (
        <div class="diff" role="region" aria-labelledby={`${id}-diff`}>
          <h3 id={`${id}-diff`} ref={panel} tabIndex={-1}>
            What will change {pending.kind === 'json-resume' ? '(from a JSON Resume)' : ''}
          </h3>
          {pending.changes.length === 0
            ? <p>This file matches your current profile: nothing would change.</p>
            : <ul class="diff-list">{pending.changes.map((c) => <li key={c}>{c}</li>)}</ul>}
          {pending.notes.map((n) => <p key={n} class="hint">{n}</p>)}
          {pending.corrections && correctionCount(pending.corrections) > 0 && pending.mine && correctionCount(pending.mine) > 0 && (
            <fieldset class="checks">
              <legend>The file has {plural(correctionCount(pending.corrections), 'correction')}; you have {plural(correctionCount(pending.mine), 'correction')}.</legend>
              {([['merge', 'Keep mine and add the file’s (the newer wins where both correct the same skill)'], ['keep', 'Keep only mine'], ['replace', 'Replace mine with the file’s']] as const).map(([v, label]) => (
                <label key={v} class="check"><input type="radio" name={`${id}-corr`} value={v} checked={choice === v} onChange={() => setChoice(v)} /> <span>{label}</span></label>
              ))}
            </fieldset>
          )}
          {pending.plan && planCount(pending.plan) > 0 && pending.myPlan && planCount(pending.myPlan) > 0 && (
            <fieldset class="checks plan-choice">
              <legend>The file’s plan has {plural(planCount(pending.plan), 'step')}; yours has {plural(planCount(pending.myPlan), 'step')}.</legend>
              {([['merge', 'Keep mine and add the file’s (the newer wins where both have the same step)'], ['keep', 'Keep only mine'], ['replace', 'Replace mine with the file’s']] as const).map(([v, label]) => (
                <label key={v} class="check"><input type="radio" name={`${id}-plan`} value={v} checked={planChoice === v} onChange={() => setPlanChoice(v)} /> <span>{label}</span></label>
              ))}
            </fieldset>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={replace} disabled={busy || pending.changes.length === 0}>
              {busy ? 'Replacing…' : 'Replace my profile'}
            </button>
            <button type="button" class="secondary" onClick={() => setPending(null)} disabled={busy}>Cancel</button>
          </div>
        </div>
      )}
      {done && <p class="ok" role="status">{done}</p>}
    </div>
  );
}

// ---------- (c) export ----------

export function exportFileName(date: Date): string {
  return `gaplens-profile-${isoDay(date)}.json`;
}

function ExportProfile({ profile }: { profile: Profile | null }) {
  const [note, setNote] = useState('');
  function download() {
    if (!profile) return;
    void (async () => {
      const [corrections, plan] = await Promise.all([
        send('getCorrections', {}).then((r) => r.corrections, () => undefined),
        send('getPlan', {}).then(planOf, () => undefined),
      ]);
      const file: ProfileFile = { format: 'gaplens-profile', exported: new Date().toISOString(), profile, ...(corrections ? { corrections } : {}), ...(plan ? { plan } : {}) };
      const name = exportFileName(new Date());
      saveFile(name, JSON.stringify(file, null, 2));
      const extras = [
        corrections && correctionCount(corrections) > 0 ? `your ${plural(correctionCount(corrections), 'correction')}` : '',
        plan && planCount(plan) > 0 ? `your plan (${plural(planCount(plan), 'step')})` : '',
      ].filter(Boolean);
      setNote(`Saved as ${name} in your downloads${extras.length ? `, with ${extras.join(' and ')}` : ''}.`);
    })();
  }
  return (
    <div class="card">
      <h2>Export</h2>
      <p class="sub">Download your profile as a file, to keep a copy or move it to another browser.</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={download} disabled={!profile}>Download profile</button>
      </div>
      {!profile && <p class="hint">There is no profile to export yet.</p>}
      {note && <p class="ok" role="status">{note}</p>}
    </div>
  );
}

/** Save text as a file: a Blob, an object URL and a temporary link. No network involved. */
export function saveFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------- (d) reset ----------

function ResetProfile({ profile, commit }: Props) {
  const [error, setError] = useState('');
  async function reset() {
    setError('');
    try {
      await commit(null, 'Profile reset.');
    } catch (e) {
      setError(`The profile was not reset: ${messageOf(e)}`);
    }
  }
  return (
    <div class="card">
      <h2>Reset</h2>
      <p class="sub">Remove your profile from this browser. You can undo for a few seconds afterwards.</p>
      <div class="actions">
        <button type="button" class="danger" onClick={reset} disabled={!profile}>Reset profile</button>
      </div>
      {error && <p class="error" role="alert"><ErrorIcon />{error}</p>}
    </div>
  );
}
