// The level of the role: from the title when it says ("Senior", "Staff", "Intern"), else from a
// phrase about the hire near the top ("we are seeking a senior engineer"), else from the years
// asked.
import type { Seniority } from './schema';
import { Hint, Hits, findHints } from './hints';
import { registerRegexps } from './regexps';

const TITLE_LEVELS: Array<[Seniority, RegExp]> = [
  ['intern', /\b(?:intern(?:ship)?s?|co-?op|trainee|apprentice)\b/i],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['staff', /\bstaff\b/i],
  ['manager', /\b(?:manager|head\s+of|director|vp|vice\s+president|chief)\b/i],
  ['lead', /\b(?:lead|leader)\b/i],
  ['senior', /\b(?:senior|sr\.?|iii|iv)(?=\W|$)/i],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|new\s+grad|associate|early[- ]career)(?=\W|$)/i],
  ['mid', /\b(?:mid(?:-level)?|intermediate|ii)\b/i],
];
/** Text cues about the hire itself ("we are seeking a senior engineer"), not the team ("with senior scientists"). */
const TEXT_LEVEL = /\b(?:seeking|hiring|looking\s+for|join\s+(?:us|our\s+team)\s+as|we\s+need|this\s+is)\s+(?:an?\s+)?(?:(?:highly|very)\s+)?(?:(?:experienced|motivated|talented|skilled|capable)\s+(?:and\s+\w+\s+)?)?(internship|intern|entry[- ]level|new[- ]grad(?:uate)?|junior|mid[- ]level|senior|staff|principal|lead)\b|\b(entry|junior|mid|senior)[- ]level\s+(?:role|position|candidates?)\b/iy;
/**
 * The words TEXT_LEVEL's matches start with (hints.ts finds them, as Hint.Level). Found first,
 * they tell where TEXT_LEVEL can match; tried only there (sticky), it no longer reads every
 * character the slow way.
 */
export const TEXT_LEVEL_LEAD = /\b(?:seeking|hiring|looking|join|we|this|entry|junior|mid|senior)\b/i;
const headHits = new Hits();

/**
 * `levelAt`: where Hint.Level words start in the first 3,000 characters, when the caller has
 * already found them (extract reads every line's hints anyway); else they are looked for here.
 */
export function seniorityOf(title: string | null, text: string, years: number | null, levelAt: readonly number[] | null = null): Seniority | null {
  if (title && title.length < 300) {
    // An internship or a manager's job is that whatever else the title says; otherwise the level
    // named first ("Senior/Staff ML Scientist" → senior).
    if (TITLE_LEVELS[0]![1].test(title)) return 'intern';
    if (TITLE_LEVELS[3]![1].test(title)) return 'manager';
    let best: Seniority | null = null;
    let at = Infinity;
    for (const [level, re] of TITLE_LEVELS) {
      const m = re.exec(title);
      if (m && m.index < at) { best = level; at = m.index; }
    }
    if (best) return best;
    if (/\bI\s*$/.test(title)) return 'junior'; // "Data Scientist I"
  }
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  let m: RegExpExecArray | null = null;
  if (levelAt) {
    for (let k = 0; k < levelAt.length && !m; k++) {
      TEXT_LEVEL.lastIndex = levelAt[k]!;
      m = TEXT_LEVEL.exec(head);
    }
  } else {
    findHints(head, 0, head.length, headHits);
    for (let k = 0; k < headHits.n && !m; k++) {
      if ((headHits.bits[k]! & Hint.Level) === 0) continue;
      TEXT_LEVEL.lastIndex = headHits.start[k]!;
      m = TEXT_LEVEL.exec(head);
    }
  }
  if (m) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    if (w.startsWith('intern')) return 'intern';
    if (w.startsWith('entry') || w.startsWith('new') || w === 'junior') return 'junior';
    if (w.startsWith('mid')) return 'mid';
    return w as Seniority;
  }
  if (years !== null) return years < 2 ? 'junior' : years < 5 ? 'mid' : 'senior';
  return null;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(TEXT_LEVEL, TEXT_LEVEL_LEAD);
