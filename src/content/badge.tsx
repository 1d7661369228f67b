// The inline badge: a custom-named element whose UI lives in a CLOSED shadow root, so the
// page's CSS cannot reach in and ours cannot leak out. Page text only ever reaches the
// DOM as text nodes (Preact escapes it); nothing here uses innerHTML.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, CardResult } from '../core/protocol';
import { badgeLabel, flagsOf, scoreTone } from './summary';
import css from './badge.css?inline';

export interface BadgeHandle {
  host: HTMLElement;
  ensureAttached: (anchor: Element) => void;
  remove: () => void;
}

type Props =
  | { kind: 'detail'; jobId: string; anchor: Element; analysis: Analysis; onSteps: () => void }
  | { kind: 'card'; jobId: string; anchor: Element; card: CardResult };

/** Where the badge goes: inside a title heading, but never inside a link (a click would navigate). */
function place(host: HTMLElement, anchor: Element): void {
  const link = anchor.closest('a');
  if (link) link.after(host);
  else if (anchor.tagName === 'A') anchor.after(host);
  else anchor.append(host);
}

function pageIsDark(): boolean {
  const bg = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

export function mountBadge(props: Props): BadgeHandle {
  const host = document.createElement('gaplens-badge');
  host.dataset.gaplens = props.kind;
  host.dataset.gaplensJob = props.jobId;
  host.setAttribute('aria-label', props.kind === 'detail' ? badgeLabel(props.analysis) : badgeLabel(props.card));
  host.setAttribute('role', 'group');
  // Host-page CSS outranks :host rules, so pin the few properties that decide layout.
  for (const [k, v] of [['all', 'initial'], ['display', 'inline-block'], ['position', 'relative'], ['vertical-align', 'middle'], ['margin', '0 0 0 8px'], ['z-index', '2147483000']] as const) {
    host.style.setProperty(k, v, 'important');
  }
  host.dataset.theme = pageIsDark() ? 'dark' : 'light';
  const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  const mount = document.createElement('div');
  shadow.append(mount);
  // Keep the page's own handlers (card clicks, keyboard shortcuts) from seeing our events.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout']) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  render(props.kind === 'detail'
    ? <DetailBadge analysis={props.analysis} onSteps={props.onSteps} theme={host.dataset.theme} />
    : <CardBadge card={props.card} theme={host.dataset.theme} />, mount);
  place(host, props.anchor);

  let anchor = props.anchor;
  return {
    host,
    ensureAttached(next: Element) {
      anchor = next;
      // The page re-rendered and dropped us: put the same badge back.
      if (!host.isConnected || !anchorHolds(anchor, host)) place(host, anchor);
    },
    remove() {
      render(null, mount);
      host.remove();
    },
  };
}

function anchorHolds(anchor: Element, host: Element): boolean {
  const link = anchor.closest('a') ?? (anchor.tagName === 'A' ? anchor : null);
  return link ? link.nextElementSibling === host : host.parentElement === anchor;
}

function Pill({ tone, children, label, expanded, onClick }: {
  tone: string; children: preact.ComponentChildren; label: string; expanded?: boolean; onClick?: () => void;
}) {
  return (
    <button type="button" class={`pill ${tone}`} aria-label={label} aria-expanded={expanded} onClick={onClick}>
      <span class="mark" aria-hidden="true" />
      {children}
    </button>
  );
}

function CardBadge({ card, theme }: { card: CardResult; theme: string | undefined }) {
  const label = badgeLabel(card);
  const tone = card.score === null ? 'neutral' : scoreTone(card.score);
  return (
    <div class={`root ${theme ?? 'light'} card`} title={label}>
      <Pill tone={tone} label={label}>
        {card.score === null ? `${card.requiredTotal} skills` : `${card.requiredHave}/${card.requiredTotal}`}
      </Pill>
    </div>
  );
}

function DetailBadge({ analysis, onSteps, theme }: { analysis: Analysis; onSteps: () => void; theme: string | undefined }) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const { gap, requirements } = analysis;
  const label = badgeLabel(analysis);
  const flags = flagsOf(analysis);
  const required = requirements.skills.filter((s) => s.section === 'required');
  const preferred = requirements.skills.filter((s) => s.section === 'preferred');
  const reqTotal = gap ? gap.required.have.length + gap.required.missing.length : required.length;

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false); };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, [open]);

  return (
    <div class={`root ${theme ?? 'light'}`}>
      <Pill tone={gap ? scoreTone(gap.score) : 'neutral'} label={label} expanded={open} onClick={() => setOpen(!open)}>
        {gap ? <>{gap.required.have.length}/{reqTotal} <span class="dim">required</span></> : <>{reqTotal} <span class="dim">skills asked</span></>}
        {flags.length > 0 && <span class="flag">{flags[0]}</span>}
      </Pill>
      {open && (
        <div class="panel" ref={panel} tabIndex={-1} role="dialog" aria-label="GapLens: skill gap for this listing">
          <header>
            <strong>GapLens</strong>
            {gap && <span class={`score ${scoreTone(gap.score)}`}>{Math.round(gap.score * 100)}% match</span>}
            <button type="button" class="close" aria-label="Close" onClick={() => setOpen(false)}>×</button>
          </header>
          {gap ? (
            <>
              <Group title="Required" have={gap.required.have.map((h) => h.name)} missing={gap.required.missing.map((m) => m.name)} />
              <Group title="Preferred" have={gap.preferred.have.map((h) => h.name)} missing={gap.preferred.missing.map((m) => m.name)} />
            </>
          ) : (
            <>
              <Group title="Required" have={[]} missing={required.map((s) => s.name)} neutral />
              <Group title="Preferred" have={[]} missing={preferred.map((s) => s.name)} neutral />
              <p class="hint">Set up your profile to see what you already have.</p>
            </>
          )}
          {flags.length > 0 && <ul class="flags" aria-label="Flags">{flags.map((f) => <li key={f}>{f}</li>)}</ul>}
          <button type="button" class="steps" onClick={onSteps}>{gap ? 'Next steps to close the gap' : 'Set up your profile'} →</button>
        </div>
      )}
    </div>
  );
}

function Group({ title, have, missing, neutral }: { title: string; have: string[]; missing: string[]; neutral?: boolean }) {
  if (!have.length && !missing.length) return null;
  return (
    <section>
      <h3>{title} <span class="dim">{neutral ? missing.length : `${have.length}/${have.length + missing.length}`}</span></h3>
      <ul class="chips">
        {have.map((n) => <li key={`h${n}`} class="have"><span aria-hidden="true">✓ </span>{n}<span class="sr"> (you have it)</span></li>)}
        {missing.map((n) => <li key={`m${n}`} class={neutral ? 'ask' : 'missing'}>{!neutral && <span aria-hidden="true">+ </span>}{n}{!neutral && <span class="sr"> (missing)</span>}</li>)}
      </ul>
    </section>
  );
}
