// The small word sets the reading rules ask about (list glue, team words, tool categories,
// abbreviations). Each word gets a vocabulary id when the automaton is built, with one bit per
// set, so a rule asks "is token k list glue?" by id instead of comparing strings.
import type { Matcher } from './automaton';
import type { Tokens } from './normalize';

/** Sets of words the reading rules look for, as bits of Matcher.rules. */
export const Rule = { ListGlue: 1, GroupGlue: 2, TeamWord: 4, TeamModifier: 8, Abbreviation: 32 } as const;

/** Whether token k's norm is in rule set `bit` (every word of the sets has an id). */
export function isRule(m: Matcher, t: Tokens, k: number, bit: number): boolean {
  const id = t.id[k]!;
  return id >= 0 && (m.rules[id]! & bit) !== 0;
}

/** Glue between the names of one either-or group in extract: "Python or R", "TensorFlow/PyTorch". */
const GROUP_GLUE = new Set([',', '/', 'and', 'or', '&', '(', ')', 'eg', 'etc', 'ie', 'either']);
/** Words and marks that may sit between two items of one list: "Python, R", "R/Python", "PyTorch or JAX". */
export const LIST_GLUE = new Set([',', '/', '(', ')', '[', ']', 'and', 'or', '+', ':', '-', '|', 'eg', 'etc', 'such', 'as', 'like',
  'including', 'ie', 'vs', 'versu', 'either', '"', '“', '”', "'", '&',
  // "Python, and ideally Go", "Python (required), R (nice to have)": a cue between two items of a list.
  'ideally', 'preferably', 'optionally', 'possibly', 'also', 'especially', 'particularly', 'required', 'preferred', 'optional',
  'mandatory', 'essential']);
const TEAM_WORDS = new Set(['team', 'group', 'unit', 'department', 'division', 'practice', 'org', 'organization', 'organisation',
  'lab', 'squad', 'guild', 'chapter', 'pod', 'tribe',
  // "a fintech company", "an AI startup": what the employer is, not what it asks for.
  'company', 'firm', 'startup', 'start-up', 'consultancy', 'scale-up', 'scaleup', 'unicorn']);
const TEAM_MODIFIERS = new Set(['engineering', 'research', 'platform', 'product', 'applied', 'core', 'infrastructure', 'science',
  'solution', 'service', 'operation', 'ops', 'system', 'development', 'analytic', 'data', 'and', 'r&d']);
const ABBREVIATIONS = new Set(['eg', 'ie', 'etc', 'vs', 'incl', 'approx', 'dr', 'mr', 'ms', 'mrs', 'st', 'jr', 'sr', 'inc', 'co', 'no']);

/** Every set with its bit, in the order their words get ids. */
export const RULE_WORDS: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [[Rule.ListGlue, LIST_GLUE], [Rule.GroupGlue, GROUP_GLUE],
  [Rule.TeamWord, TEAM_WORDS], [Rule.TeamModifier, TEAM_MODIFIERS], [Rule.Abbreviation, ABBREVIATIONS]];
