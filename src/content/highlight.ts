// Evidence in the page: the words a skill or flag was read from, marked with the CSS Custom
// Highlight API (CSS.highlights + Range). Nothing of the board's page is added, moved or
// rewritten: a highlight is a range the browser paints, styled by ::highlight() rules in the
// content script's manifest stylesheet (highlight.css), because the ranges live in the page's
// document, which the badge's shadow-root styles cannot reach.
//
// Why search the page rather than use offsets from extraction: the worker reads the listing's
// text (an adapter's innerText, or JSON-LD that is not on the page at all), so offsets into it
// are not offsets into the DOM. Looking the words up in the page's own text nodes works for
// both, and where they cannot be found the panel says so instead of marking something else.

/** One kind per highlight name, told apart by colour and underline style in highlight.css. */
export type Kind = 'required' | 'preferred' | 'missing' | 'focus';
const NAME: Record<Kind, string> = {
  required: 'gaplens-required', preferred: 'gaplens-preferred', missing: 'gaplens-missing', focus: 'gaplens-focus',
};

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function api(): { registry: Map<string, unknown>; Highlight: HighlightCtor } | null {
  const css = (globalThis as unknown as { CSS?: Partial<HighlightApi> }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** Whether this browser can show evidence (Chrome 105+, Firefox 140+). */
export const canHighlight = (): boolean => api() !== null;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'GAPLENS-BADGE', 'HEAD', 'TITLE']);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "C++", "ML": letters at the edges need a word boundary, symbols do not. */
function pattern(words: string): RegExp {
  const body = escape(words.trim()).replace(/\s+/g, '\\s+');
  const start = /^\w/.test(words.trim()) ? '(?<![\\w])' : '';
  const end = /\w$/.test(words.trim()) ? '(?![\\w])' : '';
  return new RegExp(`${start}${body}${end}`, 'giu');
}

/**
 * Text nodes of `root` a reader can see, in document order. Hidden ones (display: none,
 * collapsed "show more" copies) are skipped: a highlight nobody can see is no evidence.
 */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const e = node as Element;
        if (SKIP.has(e.tagName) || e.getAttribute('aria-hidden') === 'true') return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return (node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out.filter((t) => {
    const parent = t.parentElement;
    return parent !== null && !parent.closest(NOT_THE_LISTING) && parent.getClientRects().length > 0;
  });
}

/**
 * Text that is never the listing's own words, however often it names the same skills: links
 * (other jobs, "Python Developer jobs" searches, a board's rails and footers) and navigation.
 * Without this, "Python" on the LinkedIn page lit up three related-search links beside the one
 * line of the posting that asks for it. A skill named only inside a link in the description
 * is then reported as not found, rather than marked somewhere it was not read from.
 */
const NOT_THE_LISTING = 'a[href], nav, [role="navigation"]';

/**
 * Where the listing's words are looked for: the page's body, less links and navigation
 * (textNodes). A listing read from JSON-LD is not on the page as such; its words usually are,
 * in the page's description block, which this finds them in without naming it per board.
 */
export function descriptionRoot(doc: Document = document): Element {
  return doc.body ?? doc.documentElement;
}

/** Ranges over every visible occurrence of any of `words` under `root` (within one text node each). */
export function findRanges(words: readonly string[], root: Node = descriptionRoot()): Range[] {
  const wanted = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
  if (!wanted.length) return [];
  const patterns = wanted.map(pattern);
  const ranges: Range[] = [];
  for (const node of textNodes(root)) {
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        const r = document.createRange();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        ranges.push(r);
      }
    }
  }
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

/** Mark these ranges, one set per kind; kinds not given are cleared. Returns whether it could. */
export function showHighlights(sets: Partial<Record<Kind, Range[]>>): boolean {
  const a = api();
  if (!a) return false;
  for (const kind of Object.keys(NAME) as Kind[]) {
    const ranges = sets[kind] ?? [];
    if (ranges.length) a.registry.set(NAME[kind], new a.Highlight(...ranges));
    else a.registry.delete(NAME[kind]);
  }
  return true;
}

export function clearHighlights(): void {
  const a = api();
  if (!a) return;
  for (const name of Object.values(NAME)) a.registry.delete(name);
}

/** Bring the first range into view without moving focus or changing the page. */
export function scrollToRange(range: Range): void {
  const target = range.startContainer.parentElement;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

/** Ranges over every visible match of `re` (a flag's wording: "5+ years", "PhD") under `root`. */
export function findPattern(re: RegExp, root: Node = descriptionRoot()): Range[] {
  const ranges: Range[] = [];
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  for (const node of textNodes(root)) {
    global.lastIndex = 0;
    for (let m = global.exec(node.data); m; m = global.exec(node.data)) {
      if (!m[0]) { global.lastIndex++; continue; }
      const r = document.createRange();
      r.setStart(node, m.index);
      r.setEnd(node, m.index + m[0].length);
      ranges.push(r);
    }
  }
  return ranges;
}
