// Preact pieces the popup and the options page share. The content script does not use
// these (it stays framework-free); it builds the same classes with src/ui/dom.ts.
import type { ComponentChildren } from 'preact';
import type { HaveRef, SkillRef } from '../core/schema';
import { flagMark, flagText, type Flag } from './flags';
import { ringArc, scoreTone, type Tone } from './tone';
import { HAVE_WORD, MISSING_WORD } from './vocab';

export function Logo({ size = 22 }: { size?: number }) {
  // The extension icon, drawn inline so it stays crisp at any zoom.
  return (
    <svg class="logo" width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#3b5bdb" />
      <circle cx="56" cy="56" r="31" fill="none" stroke="#fff" stroke-width="15" stroke-linecap="round"
        pathLength={100} stroke-dasharray="76 24" transform="rotate(-14 56 56)" />
      <circle cx="71.5" cy="29.2" r="8" fill="#ffc53d" />
      <line x1="80" y1="80" x2="106" y2="106" stroke="#fff" stroke-width="17" stroke-linecap="round" />
    </svg>
  );
}

/** The match as a ring, like the icon's lens: the part still open is the gap. */
export function ScoreRing({ score, size = 64 }: { score: number; size?: number }) {
  const { pct, dash } = ringArc(score);
  return (
    <div class={`ring ${scoreTone(score)}`} role="img" aria-label={`${pct}% match`} style={{ width: `${size}px`, height: `${size}px` }}>
      <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
        <circle class="track" cx="32" cy="32" r="26" pathLength={100} />
        {dash && <circle class="value" cx="32" cy="32" r="26" pathLength={100} stroke-dasharray={dash} transform="rotate(-90 32 32)" />}
      </svg>
      <span class="pct" aria-hidden="true">{pct}<small>%</small></span>
    </div>
  );
}

export function Chips({ have = [], missing = [], asked = [], label, askedTone = 'neutral' }: {
  have?: HaveRef[]; missing?: SkillRef[]; asked?: SkillRef[]; label: string; askedTone?: Tone;
}) {
  if (!have.length && !missing.length && !asked.length) return null;
  return (
    <ul class="chips" aria-label={label}>
      {have.map((h) => {
        const via = h.via ? `via ${h.via}` : null;
        return (
          <li key={`h-${h.id}`} class={`chip have tone-good${via ? ' via' : ''}`} title={via ? `You have this ${via}` : 'You have this'}>
            <span class="tick" aria-hidden="true">✓</span>{h.name}
            <span class="sr">{via ? ` (${HAVE_WORD} ${via})` : ` (${HAVE_WORD})`}</span>
          </li>
        );
      })}
      {missing.map((m) => (
        <li key={`m-${m.id}`} class="chip missing tone-low" title="Missing from your profile">
          <span class="tick" aria-hidden="true">+</span>{m.name}<span class="sr"> ({MISSING_WORD})</span>
        </li>
      ))}
      {asked.map((a) => <li key={`a-${a.id}`} class={`chip asked tone-${askedTone}`}>{a.name}</li>)}
    </ul>
  );
}

export function Flags({ flags, label = 'What the listing also asks' }: { flags: Flag[]; label?: string }) {
  if (!flags.length) return null;
  return (
    <ul class="flags" aria-label={label}>
      {flags.map((f) => (
        <li key={f.kind} class={`flag ${f.status} tone-${f.tone}`} data-status={f.status}>
          {flagMark(f) && <span class="tick" aria-hidden="true">{flagMark(f)} </span>}
          {flagText(f)}
        </li>
      ))}
    </ul>
  );
}

export function SkillGroup({ title, count, children }: { title: string; count: string; children: ComponentChildren }) {
  return (
    <section class="group">
      <h2 class="label">{title} <span class="count">{count}</span></h2>
      {children}
    </section>
  );
}
