// Helpers every adapter shares: read an element's text the way a person sees it (block
// elements become line breaks, list items keep a bullet), and read schema.org
// JobPosting JSON-LD. Page text is data: nothing here parses a string as HTML.
import { jobParts, jobPostingIn, partsAsText } from '../core/job-json';
import { MAX_LISTING_TEXT } from '../core/wire';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]);
// An inline <svg> reports its tagName in lower case (it is not an HTML element).
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'IFRAME', 'SELECT']);

/** Text of an element with line structure kept; bounded so a huge page cannot stall us. */
export function textOf(root: Node, limit = MAX_LISTING_TEXT): string {
  const out: string[] = [];
  let size = 0;
  // Iterative walk: 10,000-deep nesting must not overflow the stack.
  const stack: Array<Node | null> = [root];
  while (stack.length && size < limit) {
    const node = stack.pop();
    if (node === null) { out.push('\n'); continue; }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      const t = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      out.push(t);
      size += t.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName ?? '';
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) {
      out.push('\n');
      if (tag === 'LI') out.push('• ');
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] ?? null);
  }
  return tidy(out.join('')).slice(0, limit);
}

/** Tags whose text no reader sees: a style sheet or a script inside a field ("AceOne<style>.serp{…}</style>"). */
const UNSEEN = 'style,script,noscript,template';

/**
 * A short field's text on one line (a title, a company, a place), without what a page hides in
 * it: boards put style sheets inside such elements (Indeed's company name holds an emotion
 * `<style>`), whose text `textContent` would read as the name.
 */
export function fieldText(el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.querySelector(UNSEEN)) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) { out.push(n.nodeValue ?? ''); return; }
    if (n.nodeType === 1 && (n as Element).matches(UNSEEN)) return;
    n.childNodes.forEach(walk);
  };
  walk(el);
  return out.join('').replace(/\s+/g, ' ').trim();
}

export function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    // A list item whose words sit in a paragraph (`<li><p>…</p></li>`, as rich-text editors
    // write it: Ashby's JSON-LD) keeps its bullet on the same line as its words.
    .replace(/\n\u2022[ \t]*(?:\n[ \t]*)+(?=[^\s\u2022])/g, '\n\u2022 ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** Plain text of an HTML fragment held in a JSON-LD string, parsed inertly. */
export function htmlToText(html: string, doc: Document): string {
  // DOMParser gives an inert document: no script runs, no image loads.
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<body>${html}</body>`, 'text/html');
  return textOf(parsed.body);
}

export interface JobPostingLd {
  title: string | null;
  company: string | null;
  location: string | null;
  description: string | null;
  identifier: string | null;
  url: string | null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** The first schema.org JobPosting on the page, or null. Broken JSON is skipped, never thrown. */
export function jobPostingLd(doc: Document): JobPostingLd | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 2_000_000) continue;
    let data: unknown;
    try { data = JSON.parse(raw); } catch { continue; }
    const posting = jobPostingIn(data);
    if (!posting) continue;
    const org = posting.hiringOrganization as Record<string, unknown> | string | undefined;
    const company = typeof org === 'string' ? str(org) : str(org?.name);
    const loc = Array.isArray(posting.jobLocation) ? posting.jobLocation[0] : posting.jobLocation;
    const address = (loc as { address?: Record<string, unknown> } | undefined)?.address;
    const location = address
      ? [address.addressLocality, address.addressRegion, address.addressCountry]
        .map((p) => (typeof p === 'string' ? p.trim() : str((p as { name?: unknown } | undefined)?.name)))
        // Ashby repeats the country as the locality of a remote posting ("United States").
        .filter((p, i, all) => p && all.indexOf(p) === i).join(', ') || null
      : null;
    const ident = posting.identifier as Record<string, unknown> | string | undefined;
    const description = str(posting.description);
    // Qualifications, skills, education and experience some boards give beside the description.
    const asText = (s: string) => {
      const decoded = decodeEntitiesIfEscaped(s);
      return /<[a-z]/i.test(decoded) ? htmlToText(decoded, doc) : decoded;
    };
    const parts = description ? partsAsText(jobParts(posting, description), asText) : '';
    return {
      title: str(posting.title),
      company,
      location,
      description: description ? [htmlToText(decodeEntitiesIfEscaped(description), doc), parts].filter(Boolean).join('\n\n') : null,
      identifier: typeof ident === 'string' ? str(ident) : str(ident?.value),
      url: str(posting.url),
    };
  }
  return null;
}

// Some boards double-escape the description (&lt;p&gt;…). Undo exactly one level so the
// inert parser sees the markup the board meant; text stays text either way.
function decodeEntitiesIfEscaped(s: string): string {
  if (!/&lt;\/?[a-z]/i.test(s) || /<[a-z]/i.test(s)) return s;
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function firstText(doc: ParentNode, selectors: string[]): { el: Element; text: string } | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const text = fieldText(el);
    if (el && text) return { el, text };
  }
  return null;
}
