// The reader's regular expressions, compiled ahead of the listing that needs them. V8 compiles
// an expression the first time it runs, and for a short subject it first compiles bytecode and
// interprets it, then compiles machine code on a later run: for the reader's large expressions
// that is 2–9 ms each (REQUIRED_CUE, 4 KB of source: 8.7 ms interpreted, then 2.3 ms native),
// some 140 ms in all in Node, paid by whichever listings first reach each one. Run once on a
// subject of 1,000 characters or more, an expression is compiled to machine code at once
// (3.3 ms for REQUIRED_CUE, and nothing after). The modules register their expressions here;
// the worker compiles them a few at a time once it is idle (src/background/index.ts).
const registered: RegExp[] = [];

/** Adds a module's expressions to those compiled ahead. */
export function registerRegexps(...expressions: RegExp[]): void {
  registered.push(...expressions);
}

/** How many expressions are registered. */
export function registeredRegexps(): number {
  return registered.length;
}

/**
 * Long enough for V8 to compile machine code at the first run; matched by almost nothing. V8
 * compiles an expression once for text of one-byte characters and once for text with any other
 * (a posting with a "’", "–" or "•" in it, as most are): both are compiled ahead.
 */
const SUBJECTS = ['\u0000'.repeat(1000), `${'\u0000'.repeat(999)}\uffff`];

/** Compiles the registered expressions from index `from`, `count` of them; answers the index to go on from. */
export function compileRegexps(from: number, count: number): number {
  const to = Math.min(registered.length, from + count);
  for (let i = from; i < to; i++) {
    const re = registered[i]!;
    const last = re.lastIndex;
    for (const subject of SUBJECTS) re.test(subject);
    re.lastIndex = last;
  }
  return to;
}
