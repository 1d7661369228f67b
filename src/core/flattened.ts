import { registerRegexps } from './regexps';

// Postings that a dataset keeps with their line breaks turned into something else: the lines as a
// Python list written out ("['Requirements:', '• Python', \"It's a plus\"]", a scraper's list
// saved as its repr), or the lines joined by "|". The separators are read as the line breaks they
// stood for, so that headings start lines again; a posting with real line breaks is left alone.

/** The break between two items of a written-out list: a closing quote, a comma, an opening quote. */
const ITEM_BREAK = /['"],\s?['"]/g;
/** A backslash repr() put before a backslash or a quote. */
const REPR_ESCAPE = /\\(['"\\])/g;
/** A pipe between two lines ("||": a blank line between them); the spaces after it are the next line's indent. */
const PIPE_BREAK = /\|/g;

/** `text` with a written-out list's items, or pipe-joined lines, on lines of their own. */
export function unflatten(text: string): string {
  const lines = countOf(text, '\n', 1000);
  const t = text.trim();
  if ((t.startsWith("['") || t.startsWith('["')) && (t.endsWith("']") || t.endsWith('"]'))) {
    const items = t.slice(2, -2);
    const breaks = items.match(ITEM_BREAK)?.length ?? 0;
    // repr() escapes a backslash and the quote it wraps an item in: undone, one for one.
    if (lines <= breaks) return items.replace(ITEM_BREAK, '\n').replace(REPR_ESCAPE, '$1');
  }
  const pipes = countOf(text, '|', 1000);
  if (pipes < 3 || lines * 2 >= pipes) return text;
  // A markdown table's rows start with "|": those lines keep their pipes.
  return text.split('\n').map((line) => (line.trimStart().startsWith('|') ? line : line.replace(PIPE_BREAK, '\n'))).join('\n');
}

/** How many times `ch` occurs in `text`, counted up to `cap`. */
function countOf(text: string, ch: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0 && n < cap; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(ITEM_BREAK, REPR_ESCAPE, PIPE_BREAK);
