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

/** A YAML list item written as a quoted string: `  - "Python"`, `- 'Preferred Skills:'` (group 1: the indent, 2: the text). */
const QUOTED_ITEM = /^([ \t]*)-[ \t]+(["'])([^\n]*?)\2[ \t]*,?[ \t]*$/gm;

/**
 * A data file's list of quoted items (YAML front matter, a config's `skills:` list) as the list it
 * stands for: each item unquoted, and an item that ends in a colon ("Preferred Skills:") the
 * heading of the items after it. Left alone unless three lines or more are such items.
 */
export function unquoteItems(text: string): string {
  QUOTED_ITEM.lastIndex = 0;
  let n = 0;
  while (n < 3 && QUOTED_ITEM.exec(text)) n++;
  if (n < 3) return text;
  return text.replace(QUOTED_ITEM, (_, indent: string, _q: string, item: string) => (/[:：]\s*$/.test(item) ? `${indent}${item}` : `${indent}- ${item}`));
}

/** How many times `ch` occurs in `text`, counted up to `cap`. */
function countOf(text: string, ch: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0 && n < cap; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(ITEM_BREAK, REPR_ESCAPE, PIPE_BREAK, QUOTED_ITEM);
