// Effort at the user's own pace. A step's effort is stated at the pace its source
// assumes (e.g. ~4 weeks at 8 h/week); a person with 5 h/week needs longer. The hours
// are what stays fixed, so weeks scale by the ratio of paces.
export interface Effort { weeks: number; hoursPerWeek: number }

/** Whole weeks at `pace` hours a week (at least 1). */
export function weeksAtPace(effort: Effort, pace: number): number {
  if (!(pace > 0) || !(effort.hoursPerWeek > 0)) return Math.max(1, Math.ceil(effort.weeks));
  return Math.max(1, Math.ceil((effort.weeks * effort.hoursPerWeek) / pace - 1e-9));
}

export function weeksWord(weeks: number): string {
  return weeks === 1 ? '1 week' : `${weeks} weeks`;
}

/** "about 7 weeks at your 5 h/week". */
export function paceText(effort: Effort, pace: number): string {
  return `about ${weeksWord(weeksAtPace(effort, pace))} at your ${pace} h/week`;
}

/** Total hours of several steps, and the weeks they take one after another at `pace`. */
export function planTotal(efforts: readonly Effort[], pace: number): { hours: number; weeks: number; text: string } {
  const hours = Math.round(efforts.reduce((n, e) => n + Math.max(0, e.weeks * e.hoursPerWeek), 0));
  const weeks = efforts.length === 0 ? 0 : pace > 0 ? Math.max(1, Math.ceil(hours / pace - 1e-9)) : 0;
  const text = efforts.length === 0 ? 'Nothing planned yet'
    : `about ${weeksWord(weeks)} at your ${pace} h/week (${hours} hours in all)`;
  return { hours, weeks, text };
}
