// Work counted, never timed: tests bound how much a piece of code does (automaton lookups,
// characters read by regular expressions), which is the same on every machine and under
// any load. Wall-clock figures belong in `npm run bench`.
import type { Matcher } from '../../src/core/matcher';

export interface Work {
  /** Automaton lookups: one token-id lookup per token plus each transition tried. */
  steps: number;
  /** Characters the regular expressions read: from where each search starts to where it stops. */
  regexChars: number;
}

/**
 * Run `fn` and count its work deterministically. Every regular-expression use (test, exec,
 * search, replace, match, split) goes through RegExp.prototype.exec once it is replaced, so
 * wrapping it sees all of them; the matcher's automaton and vocabulary are wrapped for this
 * run only (own properties shadow the prototype's methods, and are deleted afterwards).
 */
export function measureWork<T>(matcher: Matcher, fn: () => T): Work & { out: T } {
  const work: Work = { steps: 0, regexChars: 0 };
  const exec = RegExp.prototype.exec;
  const { automaton, vocab } = matcher;
  const edge = automaton.edge;
  const get = vocab.get;
  const getSpan = vocab.getSpan;
  const find = vocab.find;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, s);
    const len = String(s).length;
    work.regexChars += m ? Math.max(1, m.index + m[0].length - from) : this.sticky ? 1 : Math.max(1, len - from);
    return m;
  };
  Object.assign(automaton, { edge(this: typeof automaton, node: number, tok: number) { work.steps++; return edge.call(this, node, tok); } });
  Object.assign(vocab, {
    get(this: typeof vocab, w: string) { work.steps++; return get.call(this, w); },
    getSpan(this: typeof vocab, t: string, s: number, n: number, y: boolean) { work.steps++; return getSpan.call(this, t, s, n, y); },
    find(this: typeof vocab, h: number, t: string, s: number, n: number, y?: boolean) { work.steps++; return find.call(this, h, t, s, n, y); },
  });
  try {
    const out = fn();
    return { ...work, out };
  } finally {
    RegExp.prototype.exec = exec;
    delete (automaton as { edge?: unknown }).edge;
    delete (vocab as { get?: unknown }).get;
    delete (vocab as { getSpan?: unknown }).getSpan;
    delete (vocab as { find?: unknown }).find;
  }
}
