// Acting on next steps from the popup: each step can be started, marked done or set aside
// ("Not for me"); started steps form My plan, shown under the steps with its total; "Done"
// offers to put the step's skills in the profile. Every change is stored by the worker at
// once and can be undone for a few seconds from the notice, which also announces it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../background/client';
import type { PlanItem, PlanView, SkillSetting } from '../core/protocol';
import type { Advice, PlanChange, PlanState } from '../core/schema';
import { PlanList, planTotalText, RaisePrompt, raisedText, type RaiseLevel } from '../ui/plan';
import { plural } from '../ui/vocab';

export const UNDO_MS = 8000;

export interface Notice {
  key: number;
  text: string;
  undo?: () => Promise<void>;
  /** The control the user pressed is gone: put focus on Undo. */
  focus?: boolean;
}

/** The finished step whose skills the popup offers to add, and which list it was finished from. */
export interface Raising { step: string; where: 'steps' | 'plan' }

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

/** The popup's plan: loaded once, changed through the worker, with the notice that offers undo. */
export function usePlan(onProfileChanged: () => Promise<void>) {
  const [view, setView] = useState<PlanView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [raising, setRaising] = useState<Raising | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Without the plan the steps still show; only their buttons wait for it.
    send('getPlan', {}).then(setView, (error: unknown) => setNotice({ key: Date.now(), text: `Your plan could not be loaded: ${messageOf(error)}` }));
  }, []);

  const stateOf = (step: string): PlanState | null => view?.items.find((i) => i.step === step)?.state ?? null;
  const itemOf = (step: string): PlanItem | undefined => view?.items.find((i) => i.step === step);

  const apply = useCallback(async (change: PlanChange): Promise<PlanChange | null> => {
    try {
      const r = await send('planStep', { change });
      setView(r.plan);
      return r.undo;
    } catch (error) {
      setNotice({ key: Date.now(), text: `Not saved: ${messageOf(error)}` });
      return null;
    }
  }, []);

  const set = useCallback(async (step: Pick<Advice, 'id' | 'title'>, state: PlanState | null, where: Raising['where'] = 'steps') => {
    const undo = await apply({ kind: 'set', step: step.id, state });
    if (!undo) return;
    setRaising(state === 'done' ? { step: step.id, where } : null);
    const text = state === 'started' ? `Added to My plan: ${step.title}.`
      : state === 'done' ? `Marked done: ${step.title}.`
        : state === 'dismissed' ? `Not for me: ${step.title}. GapLens will not suggest it again.`
          : `Taken out of My plan: ${step.title}.`;
    setNotice({
      key: Date.now(), text,
      // A step set aside leaves the list, and one finished from My plan leaves it: focus goes to Undo.
      focus: state === 'dismissed' || (state === 'done' && where === 'plan' && !(view?.items.find((i) => i.step === step.id)?.skills.length)),
      undo: async () => {
        if (await apply(undo)) {
          setRaising(null);
          setNotice({ key: Date.now(), text: `Undone: ${text}` });
        }
      },
    });
  }, [apply, view]);

  const raise = useCallback(async (step: string, level: RaiseLevel) => {
    const item = itemOf(step);
    if (!item) return;
    setBusy(true);
    try {
      const r = await send('setSkills', { skills: item.skills.map((s) => ({ id: s.id, level })), onlyRaise: true });
      setRaising(null);
      const text = raisedText(r.changed);
      const undo: SkillSetting[] = r.undo;
      setNotice({
        key: Date.now(), text, focus: true,
        ...(undo.length > 0 ? {
          undo: async () => {
            try {
              await send('setSkills', { skills: undo, onlyRaise: false });
              setNotice({ key: Date.now(), text: 'Undone: your skills are as they were.' });
              await onProfileChanged();
            } catch (error) {
              setNotice({ key: Date.now(), text: `Could not undo: ${messageOf(error)}` });
            }
          },
        } : {}),
      });
      if (r.changed.length > 0) await onProfileChanged();
    } catch (error) {
      setNotice({ key: Date.now(), text: `Your profile was not changed: ${messageOf(error)}` });
    } finally {
      setBusy(false);
    }
  }, [view, onProfileChanged]);

  return { view, notice, setNotice, stateOf, itemOf, set, raising, setRaising, raise, busy };
}

export type PlanController = ReturnType<typeof usePlan>;

/** Start / Done / Not for me under a suggested step. A pressed button shows the state; pressing it again takes it back. */
export function StepActions({ step, plan }: { step: Advice; plan: PlanController }) {
  const state = plan.stateOf(step.id);
  const item = plan.itemOf(step.id);
  const ready = plan.view !== null;
  const toggle = (s: PlanState) => void plan.set(step, state === s ? null : s);
  return (
    <>
      <div class="step-actions" role="group" aria-label={`${step.title}: your plan`}>
        <button type="button" class="small-button" aria-pressed={state === 'started'} disabled={!ready} onClick={() => toggle('started')}>
          {state === 'started' ? <><span aria-hidden="true">✓ </span>In My plan</> : 'Start'}
        </button>
        <button type="button" class="small-button" aria-pressed={state === 'done'} disabled={!ready} onClick={() => toggle('done')}>
          {state === 'done' ? <><span aria-hidden="true">✓ </span>Done</> : 'Done'}
        </button>
        <button type="button" class="small-button quiet" disabled={!ready} onClick={() => toggle('dismissed')}>Not for me</button>
      </div>
      {plan.raising?.step === step.id && plan.raising.where === 'steps' && item && (
        <RaisePrompt item={item} busy={plan.busy} onRaise={(level) => void plan.raise(step.id, level)}
          onSkip={() => { plan.setRaising(null); plan.setNotice({ key: Date.now(), text: 'Your profile stays as it is.', focus: true }); }} />
      )}
    </>
  );
}

/** Options page, My plan section. Pages cannot open it with openOptionsPage() and a hash, so open the URL. */
const openMyPlan = () => { void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html#plan') }); };

/** My plan in the popup: the steps in progress, their total, and where to see the rest. */
export function MyPlanSection({ plan, now = Date.now() }: { plan: PlanController; now?: number }) {
  const view = plan.view;
  if (!view) return null;
  const started = view.items.filter((i) => i.state === 'started');
  const done = view.items.filter((i) => i.state === 'done').length;
  const pace = view.hoursPerWeek;
  // A step finished from this list has left it: its question shows under the list.
  const raised = plan.raising?.where === 'plan' ? plan.itemOf(plan.raising.step) : undefined;
  return (
    <section class="my-plan" aria-labelledby="my-plan-h">
      <h2 class="section-title" id="my-plan-h">My plan <span class="count">{started.length}</span></h2>
      {started.length === 0
        ? <p class="hint">Nothing started yet. Press Start on a step above to plan it.</p>
        : (
          <>
            <PlanList items={started} pace={pace} now={now} label="Steps in progress"
              actions={(item) => (
                <button type="button" class="small-button" aria-label={`Done: ${item.title ?? 'this step'}`}
                  onClick={() => void plan.set({ id: item.step, title: item.title ?? item.step }, 'done', 'plan')}>Done</button>
              )} />
            <p class="plan-total">{planTotalText(view.items, pace)}</p>
          </>
        )}
      {raised && (
        <RaisePrompt item={raised} focusOnMount busy={plan.busy} onRaise={(level) => void plan.raise(raised.step, level)}
          onSkip={() => { plan.setRaising(null); plan.setNotice({ key: Date.now(), text: 'Your profile stays as it is.', focus: true }); }} />
      )}
      <p class="plan-more">
        {done > 0 && <span class="muted">{plural(done, 'step')} done · </span>}
        <button type="button" class="link-button" onClick={openMyPlan}>Open My plan</button>
      </p>
    </section>
  );
}

/** The notice at the bottom: says what just changed (announced), with Undo for a few seconds. */
export function NoticeBar({ notice, onClose }: { notice: Notice | null; onClose: () => void }) {
  const bar = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (notice?.focus) bar.current?.querySelector<HTMLElement>('.undo-action')?.focus();
  }, [notice?.key]);
  useEffect(() => {
    if (!notice || held) return;
    const t = setTimeout(() => {
      // Focus on the notice must not fall to <body> when it goes.
      if (bar.current?.contains(document.activeElement)) document.querySelector<HTMLElement>('main h1')?.focus();
      onClose();
    }, UNDO_MS);
    return () => clearTimeout(t);
  }, [notice?.key, held]);
  return (
    <div class="notice-region" role="status" aria-live="polite" ref={bar}
      onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)} onFocusOut={() => setHeld(false)}>
      {notice && (
        <div class="notice-bar">
          <span>{notice.text}</span>
          {notice.undo && <button type="button" class="small-button undo-action" onClick={() => { const u = notice.undo!; void u(); }}>Undo</button>}
        </div>
      )}
    </div>
  );
}
