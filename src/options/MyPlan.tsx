// My plan on the options page: the steps in progress with their effort at the user's pace,
// how far along each is and the plan's total; the steps done (with the offer to add their
// skills to the profile); and the steps set aside as "Not for me", which can be suggested
// again. Every change is stored at once and can be undone from the notice.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../background/client';
import type { PlanItem, PlanView } from '../core/protocol';
import type { PlanChange, PlanState } from '../core/schema';
import { PlanList, planTotalText, RaisePrompt, raisedText, type RaiseLevel } from '../ui/plan';
import { ErrorIcon } from './ProfileFields';
import { messageOf, plural } from './text';
import { Toast, type ToastData } from './Toast';

const title = (i: PlanItem) => i.title ?? 'a step GapLens no longer lists';

export function MyPlan({ onProfileChanged }: { onProfileChanged?: () => void }) {
  const [view, setView] = useState<PlanView | null>(null);
  const [error, setError] = useState('');
  const [toast, setToast] = useState<ToastData | null>(null);
  const [raising, setRaising] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Where focus goes once the list has been drawn again: a step's row, or a section heading. */
  const focusNext = useRef<string | null>(null);
  const root = useRef<HTMLElement>(null);

  const load = useCallback(async () => {
    try {
      setView(await send('getPlan', {}));
      setError('');
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target || !root.current) return;
    focusNext.current = null;
    root.current.querySelector<HTMLElement>(target)?.focus();
  });

  async function apply(change: PlanChange): Promise<PlanChange | null> {
    try {
      const r = await send('planStep', { change });
      setView(r.plan);
      return r.undo;
    } catch (e) {
      setToast({ key: Date.now(), message: `Not saved: ${messageOf(e)}` });
      return null;
    }
  }

  async function set(item: PlanItem, state: PlanState | null, said: string) {
    const undo = await apply({ kind: 'set', step: item.step, state });
    if (!undo) return;
    setRaising(state === 'done' && item.skills.length > 0 ? item.step : null);
    focusNext.current = state === null ? '#plan-dismissed-h, #plan-title' : `[data-step="${item.step}"]`;
    setToast({
      key: Date.now(), message: said,
      action: {
        label: 'Undo',
        run: async () => {
          if (await apply(undo)) {
            setRaising(null);
            focusNext.current = `[data-step="${item.step}"]`;
            setToast({ key: Date.now(), message: `Undone: ${said}` });
          }
        },
      },
    });
  }

  async function raise(item: PlanItem, level: RaiseLevel) {
    setBusy(true);
    try {
      const r = await send('setSkills', { skills: item.skills.map((s) => ({ id: s.id, level })), onlyRaise: true });
      setRaising(null);
      focusNext.current = `[data-step="${item.step}"]`;
      const undo = r.undo;
      setToast({
        key: Date.now(), message: raisedText(r.changed),
        ...(undo.length > 0 ? {
          action: {
            label: 'Undo',
            run: async () => {
              try {
                await send('setSkills', { skills: undo, onlyRaise: false });
                onProfileChanged?.();
                setToast({ key: Date.now(), message: 'Undone: your skills are as they were.' });
              } catch (e) {
                setToast({ key: Date.now(), message: `Could not undo: ${messageOf(e)}` });
              }
            },
          },
        } : {}),
      });
      if (r.changed.length > 0) onProfileChanged?.();
    } catch (e) {
      setToast({ key: Date.now(), message: `Your profile was not changed: ${messageOf(e)}` });
    } finally {
      setBusy(false);
    }
  }

  const head = (
    <div class="page-head">
      <div>
        <h1 id="plan-title" tabIndex={-1}>My plan</h1>
        <p class="lede">The next steps you started, finished or set aside. Start a step from the popup on any listing.</p>
      </div>
    </div>
  );

  if (error) {
    return (
      <section class="page" aria-labelledby="plan-title" ref={root}>
        {head}
        <div class="error-box" role="alert">
          <ErrorIcon />
          <div>
            <p><strong>Your plan could not be loaded.</strong> {error}</p>
            <button type="button" class="secondary" onClick={() => void load()}>Try again</button>
          </div>
        </div>
      </section>
    );
  }
  if (!view) return <section class="page" aria-labelledby="plan-title" aria-busy="true" ref={root}>{head}<p class="muted">Loading…</p></section>;

  const pace = view.hoursPerWeek;
  const now = Date.now();
  const of = (s: PlanState) => view.items.filter((i) => i.state === s).sort((a, b) => b.at - a.at);
  const started = of('started');
  const done = of('done');
  const dismissed = of('dismissed');
  const prompt = (item: PlanItem) => raising === item.step && (
    <RaisePrompt item={item} busy={busy} focusOnMount onRaise={(level) => void raise(item, level)}
      onSkip={() => { setRaising(null); focusNext.current = `[data-step="${item.step}"]`; }} />
  );

  return (
    <section class="page my-plan-page" aria-labelledby="plan-title" ref={root}>
      {head}
      {view.items.length === 0 && (
        <div class="card empty-state">
          <p>Nothing in your plan yet</p>
          <p class="muted">Open a job listing, then GapLens's button in the toolbar: each next step there has Start, Done and Not for me.</p>
        </div>
      )}
      {view.items.length > 0 && (
        <div class="card">
          <div class="card-head">
            <h2 id="plan-started-h" tabIndex={-1}>In progress</h2>
            <span class="hint">{plural(started.length, 'step')}</span>
          </div>
          {started.length === 0
            ? <p class="empty-line">Nothing in progress.</p>
            : <PlanList items={started} pace={pace} now={now} label="In progress" actions={(item) => (
              <>
                <button type="button" class="small-button" aria-label={`Done: ${title(item)}`}
                  onClick={() => void set(item, 'done', `Marked done: ${title(item)}.`)}>Done</button>
                <button type="button" class="small-button quiet" aria-label={`Take out of my plan: ${title(item)}`}
                  onClick={() => void set(item, null, `Taken out of your plan: ${title(item)}.`)}>Take out of my plan</button>
              </>
            )} />}
          {started.length > 0 && <p class="plan-total">{planTotalText(view.items, pace)}{pace ? '' : ' (set your hours a week in your profile to see weeks)'}</p>}
        </div>
      )}
      {done.length > 0 && (
        <div class="card">
          <div class="card-head">
            <h2 id="plan-done-h" tabIndex={-1}>Done</h2>
            <span class="hint">{plural(done.length, 'step')}</span>
          </div>
          <PlanList items={done} pace={pace} now={now} label="Done" actions={(item) => (
            <>
              {item.skills.length > 0 && raising !== item.step && (
                <button type="button" class="small-button" aria-label={`Add its skills to my profile: ${title(item)}`}
                  onClick={() => setRaising(item.step)}>Add its skills to my profile</button>
              )}
              <button type="button" class="small-button quiet" aria-label={`Not done yet: ${title(item)}`}
                onClick={() => void set(item, 'started', `Back in progress: ${title(item)}.`)}>Not done yet</button>
              {prompt(item)}
            </>
          )} />
        </div>
      )}
      {dismissed.length > 0 && (
        <div class="card">
          <div class="card-head">
            <h2 id="plan-dismissed-h" tabIndex={-1}>Not for me</h2>
            <span class="hint">{plural(dismissed.length, 'step')}</span>
          </div>
          <p class="sub">GapLens does not suggest these. Suggest one again and it comes back among the next steps.</p>
          <PlanList items={dismissed} pace={pace} now={now} label="Not for me" actions={(item) => (
            <button type="button" class="small-button" aria-label={`Suggest it again: ${title(item)}`}
              onClick={() => void set(item, null, `${title(item)} will be suggested again.`)}>Suggest it again</button>
          )} />
        </div>
      )}
      <Toast toast={toast} onClose={() => setToast(null)} />
    </section>
  );
}
