// Under the flags: the posting's own sentence each one was read from, so "PhD required" or
// "5+ years" can be checked before it is trusted. Where no sentence reads as the flag, it says
// so rather than showing a guess.
import type { Res } from '../core/protocol';
import type { Flag } from '../ui/flags';

export function FlagSources({ flags, evidence }: { flags: readonly Flag[]; evidence: Res<'tabAdvice'>['evidence'] }) {
  const shown = flags.filter((f) => f.kind !== 'seniority');
  if (!evidence || shown.length === 0) return null;
  return (
    <div class="flag-sources">
      <p class="flag-sources-title">Where the listing says so</p>
      <ul>
        {shown.map((f) => {
          const sentence = f.kind === 'degree' ? evidence.degree : evidence.years;
          return (
            <li key={f.kind} data-flag={f.kind}>
              <strong>{f.text}:</strong>{' '}
              {sentence ? <q>{sentence}</q> : <span class="muted">GapLens could not point to one sentence for this.</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
