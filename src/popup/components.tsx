// The popup's building blocks. Everything from a page or from storage is rendered as
// text by Preact; nothing here parses HTML.
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Res } from '../core/protocol';
import type { Advice, CareerPath } from '../core/schema';
import {
  costLabel, effortText, kindLabel, sourcesOf, unconfirmedNote, whyOf,
} from './text';

export type PathStep = Res<'tabAdvice'>['pathSteps'][number];

/** Links opened from the popup go to a new tab and learn nothing about us. */
export function ExternalLink({ href, children, title }: { href: string; children: ComponentChildren; title?: string }) {
  // Buttons answer Space as well as Enter; links only Enter. Make ours answer both.
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLAnchorElement>) => {
    if (e.key === ' ') { e.preventDefault(); e.currentTarget.click(); }
  };
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={title ?? href} onKeyDown={onKeyDown}>
      {children}
      <span class="ext" aria-hidden="true">↗</span>
      <span class="sr"> (opens in a new tab)</span>
    </a>
  );
}

function Sources({ sources }: { sources: string[] }) {
  const list = sourcesOf(sources);
  if (!list.length) return null;
  return (
    <p class="sources">
      <span class="muted">{list.length > 1 ? 'Sources: ' : 'Source: '}</span>
      {list.map((s, i) => (
        <span key={s.kind === 'link' ? s.href : s.label}>
          {i > 0 && <span class="dot" aria-hidden="true"> · </span>}
          {s.kind === 'link' ? <ExternalLink href={s.href}>{s.label}</ExternalLink> : <span class="seed">{s.label}</span>}
        </span>
      ))}
    </p>
  );
}

export function StepCard({ step, index, pace, actions }: { step: Advice; index: number; pace?: number | null; actions?: ComponentChildren }) {
  const view = whyOf(step.why);
  const note = unconfirmedNote(step, view);
  return (
    <li class="step">
      <span class="num" aria-hidden="true">{index + 1}</span>
      <div class="body">
        <div class="meta">
          <span class="kind">{kindLabel(step.kind)}</span>
          <span class={`cost ${step.cost}`}>{costLabel(step.cost)}</span>
        </div>
        <h3>{step.title}</h3>
        {view.why && <p class="why">{view.why}</p>}
        <p class="effort">
          <span class="sr">Effort: </span><ClockIcon />{effortText(step.effort, pace)}
          {!pace && view.effortNote && <span class="effort-note"> ({view.effortNote})</span>}
        </p>
        {note && <p class={`status ${step.status ?? ''}`}><span aria-hidden="true">⚠ </span>{note}</p>}
        <Sources sources={step.sources} />
        {actions}
      </div>
    </li>
  );
}

const SHOWN = 3;

/** `actions` draws a step's plan buttons (src/popup/plan.tsx). */
export function Steps({ steps, pace, actions }: { steps: Advice[]; pace?: number | null; actions?: (step: Advice) => ComponentChildren }) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const shown = all ? steps : steps.slice(0, SHOWN);
  const more = steps.length - SHOWN;
  return (
    <section class="steps-section" aria-labelledby={`${listId}-h`}>
      <h2 class="section-title" id={`${listId}-h`}>Next steps to close the gap</h2>
      <ol class="steps" id={listId}>
        {shown.map((s, i) => <StepCard key={s.id} step={s} index={i} pace={pace} actions={actions?.(s)} />)}
      </ol>
      {more > 0 && (
        <button type="button" class="link-button more" aria-expanded={all} aria-controls={listId} onClick={() => setAll(!all)}>
          {all ? 'Show fewer steps' : `Show ${more} more step${more === 1 ? '' : 's'}`}
        </button>
      )}
    </section>
  );
}

export function PathSection({ path, steps, picker }: { path: CareerPath | null; steps: PathStep[]; picker?: ComponentChildren }) {
  return (
    <section class="path-section">
      <h2 class="section-title">Your path</h2>
      {picker}
      {/* <details> is a disclosure every browser makes keyboard-operable (Enter and Space). */}
      {path && steps.length > 0 && (
        <details class="path">
          <summary>
            <span class="path-title">{path.title}</span>
            <span class="path-count">{steps.length} steps</span>
            <svg class="chev" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </summary>
          {path.summary && <p class="path-summary">{path.summary}</p>}
          <ol class="path-steps">
            {steps.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>
                <p class="why">{s.why}</p>
                <Sources sources={s.sources} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

export function ClockIcon() {
  return (
    <svg class="icon" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg class="icon" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}
