// One colour per meaning, everywhere (pill, panel, popup, options). A tone is a CSS
// class; its colours are the custom properties of the same name in src/ui/tokens.css.
//   good    — you have it / you meet it / strong match
//   fair    — partial match / a nice-to-have you do not meet
//   low     — missing / a requirement you do not meet / big gap
//   neutral — what the listing asks, before there is a profile to compare with
//   unclear — the listing states no requirements GapLens can read (grey, never a score)
export type Tone = 'good' | 'fair' | 'low' | 'neutral' | 'unclear';

export const STRONG_MATCH = 0.75;
export const PARTIAL_MATCH = 0.45;

export function scoreTone(score: number): 'good' | 'fair' | 'low' {
  return score >= STRONG_MATCH ? 'good' : score >= PARTIAL_MATCH ? 'fair' : 'low';
}

/** The word for a score; it sits next to the percentage wherever a score is shown. */
export function matchWord(score: number): string {
  return score >= STRONG_MATCH ? 'Strong match' : score >= PARTIAL_MATCH ? 'Partial match' : 'Big gap';
}

/** The score ring's arc: how much of a 100-long circle is drawn (a sliver at least, so 1% shows). */
export function ringArc(score: number): { pct: number; dash: string | null } {
  const pct = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return { pct, dash: pct > 0 ? `${Math.max(pct, 2)} 100` : null };
}
