// A posting handed over as an HTML string (a job board's API, a scraped dataset: "<p><b>Requirements</b></p>
// <ul><li>Python</li>…", sometimes escaped once more: "&lt;p&gt;…"), read as the text a browser would
// show: blocks and list items on lines of their own, items as "- " bullets, other tags dropped,
// character references decoded. Text without such markup is returned as it is. Page-derived text
// stays text: nothing here is ever parsed into a DOM.

/** Tags that make a string HTML rather than text that mentions a "<" ("<5 years", "a <b> tag"). */
const TAG = /<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|strong|b|em|i|u|span|font|small|table|thead|tbody|tr|td|th|section|article|header|footer|main|nav|aside|figure|blockquote|pre|code|a)(?:\s[^<>]{0,300})?\/?>/gi;
/** Tags that make lines and lists (not bold, italics, links or rules). */
const LINE_TAG = /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|section|article|blockquote|pre)(?:\s[^<>]{0,300})?\/?>/gi;
/** A markdown heading line. */
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/gm;
const ESCAPED_TAG = /&lt;\/?(?:p|div|br|li|ul|ol|h[1-6]|strong|b|em|span)(?:\s[^<>&]{0,300})?\/?&gt;/gi;
/**
 * How many tags make a text HTML: at least three, and one for every three lines with words (a
 * markdown posting that ends in a small HTML block, "<div><h2>Apply</h2>…", is still markdown).
 */
const MIN_TAGS = 3;
function isHtml(text: string, tag: RegExp): boolean {
  if (count(tag, text, MIN_TAGS) < MIN_TAGS) return false;
  // A markdown page ("### 1. Postdoc in …") with bold and rules written as tags is still
  // markdown: only tags that make lines and lists count there.
  if (tag === TAG && count(MARKDOWN_HEADING, text, 2) >= 2) tag = LINE_TAG;
  let lines = 0;
  for (const m of text.matchAll(/\S[^\n]*/g)) if (m[0].length > 0) lines++;
  return count(tag, text, Math.ceil(lines / 3)) >= Math.ceil(lines / 3);
}

const BLOCK = /<\/?(?:p|div|ul|ol|dl|dt|dd|h[1-6]|table|tr|section|article|header|footer|main|nav|aside|figure|blockquote|pre)(?:\s[^<>]{0,300})?>|<(?:br|hr)(?:\s[^<>]{0,300})?\/?>/gi;
const HEADING = /<h([1-6])(?:\s[^<>]{0,300})?>/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', bull: '•', middot: '·' };
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

function count(re: RegExp, text: string, enough: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < enough && re.exec(text)) n++;
  return n;
}

/** Character references decoded: "&amp;" → "&", "&#8217;" → "’"; an unknown name is left as it is. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The text an HTML posting shows; any other text unchanged. */
export function htmlToText(text: string): string {
  if (!text.includes('<') && !text.includes('&lt;')) return text;
  // Escaped once more, as some APIs deliver it: decode the escaping first.
  if (!isHtml(text, TAG)) {
    if (!isHtml(text, ESCAPED_TAG)) return text;
    text = decodeReferences(text);
    if (!isHtml(text, TAG)) return text;
  }
  // A whole document ("<!DOCTYPE html><html><head><style>…"): what is never shown goes first.
  text = dropHidden(text);
  // As a browser shows it: the source's own line breaks and indents are spaces; blocks and
  // items make the lines, an item of a list inside an item indented below it.
  const depth = { lists: 0 };
  const out = text
    // Except where the source breaks as markdown does: a markdown page with HTML blocks in it
    // (a static site's job page, a README) breaks its paragraphs at blank lines and its lists
    // and headings at their own lines, and is read so.
    .replace(SOURCE_BREAK, (b: string) => (b.indexOf('\n') === b.lastIndexOf('\n') ? SOURCE_BREAK_MARK : SOURCE_BREAK_MARK + SOURCE_BREAK_MARK))
    .replace(/\s+/g, ' ')
    // A heading element is a heading: marked as markdown marks one.
    .replace(HEADING, (_, level: string) => `\n${'#'.repeat(Number(level))} `)
    .replace(LIST_PART, (tag: string) => listPart(tag, depth))
    .replace(/<\/li\s{0,3}>/gi, '')
    .replace(BLOCK, '\n')
    .replace(TAG, '')
    .replace(DOCUMENT_TAG, '');
  return decodeReferences(out).replaceAll(SOURCE_BREAK_MARK, '\n').replace(/(?<![ \t])[ \t]+\n/g, '\n').replace(/\n[ \t]+/g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    .replace(/(^|\n)(\uE000+)/g, (_, nl: string, marks: string) => `${nl}${'  '.repeat(marks.length)}`);
}

/**
 * A markdown page with a few tags of its own ("<b>Qualifications:</b> A PhD in …", "<hr>"): bold
 * as markdown writes it, rules and breaks as line breaks; any other text unchanged.
 */
export function markdownWithTags(text: string): string {
  if (!text.includes('</b') && !text.includes('</strong') && !/^[ \t]*<[hb]r/m.test(text)) return text;
  return text.replace(BOLD_PAIR, '**$2**').replace(RULE_LINE, '');
}
/** "<b>Qualifications:</b>": a bold run, opened and closed on one line. */
const BOLD_PAIR = /<(b|strong)\s{0,3}>([^<>\n]{1,120})<\/\1\s{0,3}>/gi;
/** "<hr>" or "<br/>" on a line of its own. */
const RULE_LINE = /^[ \t]*<(?:hr|br)\s{0,3}\/?>[ \t]*$/gim;

/** A blank line, or a line break before a markdown bullet, numbered item or heading. */
const SOURCE_BREAK = /\r?\n[ \t\r]*(?:\n[ \t\r]*)+|\r?\n(?=[ \t]*(?:[-*+•][ \t]+\S|\d{1,2}[.)][ \t]+\S|#{1,6}[ \t]+\S))/g;
/** Where such a break stood, until the source's other whitespace is spaces (a private-use character). */
const SOURCE_BREAK_MARK = '\uE001';

/** The tags that open and close a list, and an item's. */
const LIST_PART = /<(?:\/?(?:ul|ol)|li)(?:\s[^<>]{0,300})?>/gi;
/** Most levels of lists inside items indented: deeper ones stay at this depth. */
const MAX_DEPTH = 6;

/**
 * A list's tags as lines: an item a "- " bullet, indented two spaces for each list it is inside
 * beyond the first (marked with a private-use character until the source's own spaces are gone).
 * Closing tags a page left out or added do not take the depth below none.
 */
function listPart(tag: string, depth: { lists: number }): string {
  const t = tag.toLowerCase();
  if (t.startsWith('<li')) return `\n${'\uE000'.repeat(Math.min(MAX_DEPTH, Math.max(0, depth.lists - 1)))}- `;
  if (t.startsWith('</')) depth.lists = Math.max(0, depth.lists - 1);
  else depth.lists++;
  return '\n';
}

/** A document's own tags, which show nothing: "<html>", "<body>", "<meta …>", "<img …>", a form's controls. */
const DOCUMENT_TAG = /<\/?(?:html|body|meta|link|base|img|picture|source|input|button|label|form|select|option|textarea|iframe|noscript)(?:\s[^<>]{0,1000})?\/?>|<!doctype[^<>]{0,200}>/gi;
/** Elements whose content a browser never shows as text. */
const HIDDEN = ['head', 'script', 'style', 'svg', 'template'] as const;

/**
 * `text` without its comments and the elements a browser does not show (the head with its title
 * and styles, scripts, styles, inline pictures, templates). Found by plain search, so an element
 * left open drops the rest of the text only once, in linear time.
 */
function dropHidden(text: string): string {
  let out = text;
  const lower = () => out.toLowerCase();
  let low = lower();
  for (const [open, close] of [['<!--', '-->'] as const, ...HIDDEN.map((t) => [`<${t}`, `</${t}`] as const)]) {
    if (!low.includes(open)) continue;
    const parts: string[] = [];
    let at = 0;
    for (let i = low.indexOf(open); i >= 0; i = low.indexOf(open, at)) {
      const after = low.charCodeAt(i + open.length);
      // "<header>", "<svgfoo>" are other tags: the name must end there.
      if (open !== '<!--' && !(after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13)) {
        parts.push(out.slice(at, i + open.length));
        at = i + open.length;
        continue;
      }
      parts.push(out.slice(at, i), ' ');
      const end = low.indexOf(close, i + open.length);
      if (end < 0) { at = out.length; break; }
      const gt = open === '<!--' ? end + close.length - 1 : low.indexOf('>', end);
      at = gt < 0 ? out.length : gt + 1;
    }
    parts.push(out.slice(at));
    out = parts.join('');
    low = lower();
  }
  return out;
}
