// "My plan" as the popup and the options page both draw it: the steps a user started, each
// with its effort at their pace and how far along it is, the plan's total, and the question a
// finished step asks (raise its skills in the profile, as learning or working). Presentational:
// the callers send the messages.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { PlanItem } from '../core/protocol';
import type { PlanState } from '../core/schema';
import { paceText, planTotal, weeksAtPace, weeksWord, type Effort } from './pace';
import { nameList } from './summary';

const WEEK = 7 * 86_400_000;

/** What a state is called wherever the plan is shown. */
export const PLAN_STATE_WORD: Readonly<Record<PlanState, string>> = { started: 'In progress', done: 'Done', dismissed: 'Not for me' };

export function shortDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The effort as the source plans it, or at the user's own pace when it is known. */
export function effortLine(effort: Effort, pace: number | null): string {
  return pace ? paceText(effort, pace) : `~${weeksWord(effort.weeks)} at ${effort.hoursPerWeek} h/week`;
}

/**
 * How far along a started step is, by the calendar: "week 2 of about 7". Past the weeks it
 * should take at the user's pace it says so instead of counting on ("week 9: about 7 planned").
 */
export function progressText(item: Pick<PlanItem, 'state' | 'started' | 'effort' | 'at'>, pace: number | null, now: number): string {
  if (item.state === 'done') return `Done ${shortDate(item.at)}`;
  if (item.state === 'dismissed') return `Set aside ${shortDate(item.at)}`;
  const started = item.started ?? item.at;
  const week = Math.max(1, Math.floor((now - started) / WEEK) + 1);
  const since = `Started ${shortDate(started)}`;
  if (!item.effort) return since;
  const total = pace ? weeksAtPace(item.effort, pace) : item.effort.weeks;
  return week <= total ? `${since} · week ${week} of about ${total}` : `${since} · week ${week}: about ${total} planned`;
}

/** The plan's total for the steps in progress, in the pace words every surface uses. */
export function planTotalText(items: readonly PlanItem[], pace: number | null): string {
  const efforts = items.filter((i) => i.state === 'started' && i.effort).map((i) => i.effort!);
  if (efforts.length === 0) return 'Nothing in progress';
  if (pace) return `In all: ${planTotal(efforts, pace).text}`;
  const hours = Math.round(efforts.reduce((n, e) => n + e.weeks * e.hoursPerWeek, 0));
  return `In all: ${hours} hours`;
}

export function PlanList({ items, pace, now, label, actions }: {
  items: readonly PlanItem[];
  pace: number | null;
  now: number;
  label: string;
  actions?: (item: PlanItem) => ComponentChildren;
}) {
  if (items.length === 0) return null;
  return (
    <ul class="plan-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.step} class={`plan-item ${item.state}`} data-step={item.step} tabIndex={-1}>
          <div class="plan-head">
            <span class="plan-title">{item.title ?? 'A step GapLens no longer lists'}</span>
            <span class={`plan-state ${item.state}`}>{PLAN_STATE_WORD[item.state]}</span>
          </div>
          {item.effort && item.state === 'started' && <p class="plan-effort">{effortLine(item.effort, pace)}</p>}
          <p class="plan-progress">{progressText(item, pace, now)}</p>
          {actions && <div class="plan-actions">{actions(item)}</div>}
        </li>
      ))}
    </ul>
  );
}

export type RaiseLevel = 'learning' | 'working';

/**
 * After "Done": offer to put the step's skills in the profile. The user chooses the level;
 * nothing is changed until they press the button.
 */
export function RaisePrompt({ item, onRaise, onSkip, busy = false, focusOnMount = false, named = focusOnMount }: {
  item: Pick<PlanItem, 'title' | 'skills'>;
  onRaise: (level: RaiseLevel) => void;
  onSkip: () => void;
  busy?: boolean;
  /** The button that led here is gone: take focus so the question is read out. */
  focusOnMount?: boolean;
  /** Say which step it is about (not needed inside the step's own card). */
  named?: boolean;
}) {
  const id = useId();
  const [level, setLevel] = useState<RaiseLevel>('working');
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => { if (focusOnMount) question.current?.focus(); }, []);
  if (item.skills.length === 0) return null;
  const names = nameList(item.skills.map((s) => s.name), 6);
  return (
    <div class="raise" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} class="raise-q" ref={question} tabIndex={-1}>
        {named && item.title ? `Done: ${item.title}. ` : ''}Add what it taught to your profile: {names}?
      </p>
      <fieldset class="raise-levels">
        <legend class="sr">Level</legend>
        {(['learning', 'working'] as const).map((l) => (
          <label key={l} class="raise-level">
            <input type="radio" name={`${id}-level`} value={l} checked={level === l} onChange={() => setLevel(l)} />
            {l === 'learning' ? 'Still learning' : 'Can work with it'}
          </label>
        ))}
      </fieldset>
      <div class="raise-buttons">
        <button type="button" class="small-button primary-small" disabled={busy} onClick={() => onRaise(level)}>
          {busy ? 'Adding…' : 'Add to my profile'}
        </button>
        <button type="button" class="small-button" disabled={busy} onClick={onSkip}>Not now</button>
      </div>
      <p class="hint">A skill you already have at that level or higher stays as it is.</p>
    </div>
  );
}

/** "PyTorch and Deep learning are now in your profile (working)." */
export function raisedText(changed: ReadonlyArray<{ name: string; to: string | null }>): string {
  if (changed.length === 0) return 'Nothing to change: your profile already has these skills at that level or higher.';
  const level = changed[0]!.to ?? '';
  const names = nameList(changed.map((c) => c.name), 6);
  return `${names} ${changed.length === 1 ? 'is' : 'are'} now in your profile (${level}).`;
}
