// Stage 5 of reading a posting, one piece: which names of a sentence are alternatives. Consecutive
// names joined only by list glue form a group when "or" or "/" joins them or a "one of" comes
// before them ("PyTorch or JAX", "one of Python, Scala, Java"); "Python, SQL and Spark" is a list,
// not a choice.
import type { Matcher } from './automaton';
import type { Tokens } from './normalize';
import { Rule, isRule } from './rule-words';
import { registerRegexps } from './regexps';

/** A list that offers a choice: "one of", "at least one", "either … or". */
const CHOICE = /\b(?:(?:at\s+least\s+)?one\s+(?:or\s+more\s+)?of|at\s+least\s+one|any\s+(?:one\s+)?of|either)\b/i;

/**
 * Names given as examples are one either-or group: "tools such as PyTorch, TensorFlow, etc.",
 * "(e.g. PyTorch, JAX)", "a framework like PyTorch or JAX". EXAMPLES_BEFORE ends where the
 * first example starts; ETC_AFTER starts where the last ends.
 */
const EXAMPLES_BEFORE = /(?:\bsuch\s+as|\be\.?\s?g\b\.?|\bfor\s+(?:example|instance)|\blike)\s*[:,]?\s*$/i;
const ETC_AFTER = /^\s*[,;]?\s*(?:etc\b|and\s+(?:so\s+on|the\s+like|similar|others|more)\b|or\s+(?:similar|equivalent|comparable|other)\b)/i;

/** What joins two names of a run: only commas, an "and", an "or" (or "/"). */
const Gap = { Comma: 0, And: 1, Or: 2 } as const;
type Gap = (typeof Gap)[keyof typeof Gap];

/** A name on the line: its character offsets in the text and its token range. */
export interface Named {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
}

/**
 * The group of each name (by index in `names`, in text order), numbered by `nextId`; undefined
 * for a name in no group. `from` is where the sentence starts in `text` (a "one of" is looked
 * for only inside it).
 */
export function alternatives(m: Matcher, tokens: Tokens, text: string, from: number, names: readonly Named[], nextId: () => string): Array<string | undefined> {
  const groupOf: Array<string | undefined> = [];
  let run: Named[] = [];
  /** gaps[k]: what joins run[k] and run[k + 1]. */
  let gaps: Gap[] = [];
  let runStart = 0;
  let alt = false;
  const flush = () => {
    if (run.length >= 2) {
      const at = run[0]!.start;
      const before = text.slice(Math.max(from, at - 80), at);
      if (CHOICE.test(before) || EXAMPLES_BEFORE.test(before) || ETC_AFTER.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 30))) {
        const id = nextId();
        for (let k = 0; k < run.length; k++) groupOf[runStart + k] = id;
      } else if (alt) {
        // "R or Python, SQL and forecasting": the choice is the names "or" joins; a comma
        // belongs to the joiner after it ("Python, Scala or Java" is one choice of three,
        // "PyTorch or JAX, Docker and Kubernetes" a choice and two more asks).
        let id: string | undefined;
        let next: Gap = Gap.And;
        const resolved: Gap[] = [];
        for (let k = gaps.length - 1; k >= 0; k--) {
          if (gaps[k] !== Gap.Comma) next = gaps[k]!;
          resolved[k] = next;
        }
        for (let k = 0; k < gaps.length; k++) {
          if (resolved[k] !== Gap.Or) { id = undefined; continue; }
          id ??= nextId();
          groupOf[runStart + k] = id;
          groupOf[runStart + k + 1] = id;
        }
      }
    }
    run = [];
    gaps = [];
    alt = false;
  };
  for (let xi = 0; xi < names.length; xi++) {
    const x = names[xi]!;
    const prev = run[run.length - 1];
    if (run.length === 0) runStart = xi;
    if (prev) {
      // Only list glue between the two (at most four tokens); "or" or "/" makes it a choice.
      let glued = x.tokStart - prev.tokEnd <= 4;
      let choice = false;
      let and = false;
      for (let k = prev.tokEnd; glued && k < x.tokStart; k++) {
        glued = isRule(m, tokens, k, Rule.GroupGlue);
        if (glued) {
          const n = tokens.norm(k);
          if (n === 'or' || n === '/') choice = true;
          else if (n === 'and' || n === '&') and = true;
        }
      }
      if (glued) {
        if (choice) alt = true;
        gaps.push(choice ? Gap.Or : and ? Gap.And : Gap.Comma);
      } else {
        flush();
        runStart = xi;
      }
    }
    run.push(x);
  }
  flush();
  return groupOf;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(CHOICE, EXAMPLES_BEFORE, ETC_AFTER);
