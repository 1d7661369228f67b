// The same posting in the three shapes it reaches GapLens in (issue 14): markdown from a job
// API, plain text from a page's HTML (markup gone, one line per paragraph or item kept), and the
// whole text flattened onto one line, as scraped datasets deliver it. Test-side converters only.

/**
 * Markdown as a renderer shows it: a line break inside a paragraph or list item is a space
 * (pandoc and many job APIs wrap lines at 72 columns), so the three shapes below differ only in
 * their markup and line structure, not in where a name was wrapped.
 */
export function unwrap(md: string): string {
  const out: string[] = [];
  for (const line of md.split('\n')) {
    const prev = out.length > 0 ? out[out.length - 1]! : '';
    const continues = prev.trim() !== '' && line.trim() !== '' && !/\\$/.test(prev)
      && !/^\s*(?:[-*+•]|\d{1,2}[.)]|#{1,6}|>|\||\*\*)\s*/.test(line) && !/^\s*[-*_=]{3,}\s*$/.test(line)
      && !/^\s*#{1,6}\s/.test(prev) && !/(?:\*\*|__)\s*:?\s*$/.test(prev) && !/:\s*$/.test(prev);
    // "-   … are a\n    > plus.": a converter's quote mark on an item's wrapped part (GapLens
    // joins it to the item too, src/core/extract.ts joinWrappedItems).
    const quotedWrap = prev.trim() !== '' && /^\s+>\s/.test(line);
    if (continues) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else if (quotedWrap) out[out.length - 1] = `${prev.trimEnd()} ${line.replace(/^\s*>\s*/, '')}`;
    else out.push(line);
  }
  return out.join('\n');
}

/** Markdown → plain text: headings, emphasis, bullets, links and escapes removed, lines kept. */
export function toPlain(md: string): string {
  return md
    .split('\n')
    .map((line) => {
      let l = line.replace(/\\([\\`*_{}[\]()#+\-.!$'"&<>|~])/g, '$1');
      l = l.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      l = l.replace(/^(\s*)#{1,6}\s+/, '$1');
      l = l.replace(/^(\s*)(?:[-*+•]|\d{1,2}[.)])\s+/, '$1');
      l = l.replace(/(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1/g, '$2');
      l = l.replace(/\*{2,}|_{2,}/g, '');
      return l.replace(/^\s*>\s?/, '');
    })
    .join('\n');
}

/** The text on one line: every line break and run of blank space one space. */
export function toOneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lines as a scraper's Python list written out by repr(): "['Requirements', '- Python', \"It's a plus\"]". */
export function toListRepr(text: string): string {
  const item = (line: string) => {
    const s = line.replace(/\\/g, '\\\\');
    return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/'/g, "\\'")}'`;
  };
  return `[${text.split('\n').map(item).join(', ')}]`;
}

/** The lines joined by "|", as some datasets store a text's line breaks. */
export function toPiped(text: string): string {
  return text.split('\n').join('|');
}
