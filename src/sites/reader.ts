// The generic reader: the last link of the reader chain (board adapter → JSON-LD → this).
// It reads a job posting from any markup, with no class, id or data-* attribute: boards
// rename those every few months, and company careers pages have none we know. What it
// relies on is what a person sees on a posting:
//   - section lines such as "Requirements", "What you'll do", "About you" (in the
//     languages job ads are commonly written in), which blog articles and home pages lack;
//   - the block that holds them (the description);
//   - a title before that block, repeated in the document title (every board and careers
//     site names the page after the posting).
// Both cues are required: a page with section lines but no matching title, or a title but
// no section lines, is not read (no badge is better than a badge on a wrong page). On a
// results page, whose document title is the search's, the posting shown beside the list is
// the one whose result link the page marks as pressed or selected (aria state, which a
// redesign keeps because assistive technology needs it), else the one the page's address
// names when a heading links to it, else the one result whose title a heading outside any
// link repeats (see selectedResult): its title line is the title.
import { textOf, fieldText } from './dom';
import { clean } from './generic';

/** Section lines asking something of the candidate. */
const ASK = new RegExp('^(?:' + [
  // English
  "(?:(?:key|core|basic|minimum|preferred|desired|required|additional|technical|bonus|professional|your|our|the|job|ideal|education(?:al)?|academic|experience) )*(?:requirements?|qualifications?|skills?(?: (?:and|&) (?:experience|qualifications))?|experience|competenc(?:ies|e))",
  "(?:what|who) (?:you(?:'|’)ll|you will|you) (?:bring|need|have)", 'what (?:we|they)(?:(?:\'|’)re| are) looking for', 'what we look for', 'who (?:you are|we(?:\'|’)re looking for|we are looking for)',
  'about you', 'you(?: may be a good fit if you| should have| have| are| bring)', 'must[- ]haves?', 'nice[- ]to[- ]haves?', 'bonus points', 'your profile', '(?:the )?ideal candidate',
  'strong candidates may also have(?: experience with)?', 'preferred skills', 'education(?: (?:and|&) experience)?(?: required)?',
  'what (?:will )?makes? you successful', 'you (?:might|may|will) thrive in this role if you', '(?:ideally )?you(?:\'|’)d have', 'what you need(?: to succeed)?', 'what (?:skills|experience) do i need', 'what we need from you',
  'what we need to see', 'ways to stand out(?: from the crowd)?',
  // Danish, Norwegian, Swedish
  '(?:dine )?kvalifika(?:tioner|sjoner)', 'krav', 'vi forventer', 'om dig', 'hvem er du', 'din profil', 'du har',
  // German
  'anforderungen', 'qualifikationen', '(?:ihr|dein) profil', 'was (?:du|sie) mitbringst?', 'das bringst du mit',
  // French, Spanish, Portuguese, Italian, Dutch
  'profil recherché', 'votre profil', 'compétences(?: requises)?', 'exigences', 'requisit[oi]s?', 'perfil', 'qualificações', 'diferenciais', 'functie-eisen', 'wie ben (?:jij|je)',
  'che profilo cerchiamo',
].join('|') + ')$', 'iu');

/** Section lines describing the role. */
const ROLE = new RegExp('^(?:' + [
  '(?:key |main |core |your |the |job |primary )*(?:responsibilit(?:y|ies)|duties|tasks)', 'what (?:you(?:\'|’)ll|you will) (?:do|work on|be doing)', 'what the (?:job|role|position) involves', 'day[- ]to[- ]day',
  'about (?:the|this) (?:role|job|position|opportunity|team)', '(?:the|your|this) (?:role|opportunity|position)', 'job description', 'full job description', 'description',
  'role overview', 'overview', 'about the team', 'what will i be doing', 'projects i might work on', 'representative projects', 'how you will make an impact', 'in this role(?:, you will)?', 'you will',
  'benefits', 'perks(?: (?:and|&) benefits)?', 'what we offer', 'compensation', 'how to apply', 'logistics',
  // Danish, Norwegian, Swedish
  '(?:dine )?(?:arbejds)?opgaver', 'arbetsuppgifter', 'ansvarsområder', 'om (?:jobbet|stillingen|rollen)', 'vi (?:tilbyder|tilbyr|erbjuder)', 'jobbeskrivelse',
  // German
  '(?:ihre |deine )?aufgaben', '(?:was )?wir bieten', 'das erwartet dich',
  // French, Spanish, Portuguese, Italian, Dutch
  '(?:vos )?missions', 'responsabilit(?:és|ades|à)', 'description du poste', 'funciones', 'ofrecemos', 'atividades', 'wat ga je doen', 'wat wij bieden', 'taken', 'di cosa ti occuperai',
].join('|') + ')$', 'iu');

/**
 * Section lines that tutorials, articles and CVs have too ("Overview", "Requirements",
 * "Experience"): they count towards a block, but a posting needs at least one line that
 * only job postings carry ("About the role", "Nice to have", "What you'll do").
 */
const COMMON = /^(?:(?:technical |basic |minimum |key )?(?:requirements?|skills? (?:and|&) (?:experience|qualifications)|skills?|experience|education|competenc(?:ies|e)|qualifications?)|overview|description|you will|in this role(?:, you will)?|about the team|logistics|compensation|representative projects|day[- ]to[- ]day|tasks|taken|krav|perfil|aufgaben|du har)$/iu;

const BLOCKS = new Set(['P', 'DIV', 'LI', 'DT', 'DD', 'SECTION', 'HEADER', 'TD', 'TH', 'SPAN', 'STRONG', 'B', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'U', 'EM', 'LABEL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FOOTER', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA']);

/** A section line's words: whitespace collapsed, trailing colon, dash or question mark dropped. */
function cueText(s: string): string {
  return clean(s).replace(/^(?:[\s•·*\-–—#]|\p{Extended_Pictographic}|\uFE0F|\u200D)+|[\s:：.?!\-–—]+$/gu, '').toLowerCase();
}

export type CueKind = 'ask' | 'role';

/** Only job postings carry this section line (see COMMON). */
export function jobOnly(line: string): boolean {
  return cueKind(line) !== null && !COMMON.test(cueText(line));
}

export function cueKind(line: string): CueKind | null {
  const t = cueText(line);
  if (t.length < 3 || t.length > 70) return null;
  return ASK.test(t) ? 'ask' : ROLE.test(t) ? 'role' : null;
}

interface Cue { el: Element; kind: CueKind; jobOnly: boolean }

function skipped(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (SKIP.has(e.tagName)) return true;
  return false;
}

/**
 * Section lines in the page: a short text that is a whole line of its own (its element's
 * text and nothing else), found by walking text nodes, never the page's whole text.
 */
export function cues(root: Element): Cue[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Cue[] = [];
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n && found.length < 200; n = walker.nextNode()) {
    const raw = n.nodeValue ?? '';
    if (raw.length > 200) continue;
    const kind = cueKind(raw);
    if (!kind) continue;
    // The line's own element: climb while the parent holds nothing else.
    let el = n.parentElement;
    while (el?.parentElement && BLOCKS.has(el.parentElement.tagName) && cueText(el.parentElement.textContent ?? '') === cueText(raw)) el = el.parentElement;
    if (!el || seen.has(el) || skipped(el) || cueText(el.textContent ?? '') !== cueText(raw)) continue;
    seen.add(el);
    found.push({ el, kind, jobOnly: jobOnly(raw) });
  }
  return found;
}

/** The section line is followed by something to read (a nav item with the same word is not). */
export function followed(cue: Element): boolean {
  for (let e: Element | null = cue; e && e !== e.ownerDocument.body; e = e.parentElement) {
    if (!e.nextSibling) continue;
    let size = 0;
    for (let n: ChildNode | null = e.nextSibling; n && size < 25; n = n.nextSibling) size += clean(n.textContent).length;
    if (size > 0) return size >= 25;
  }
  return false;
}

function depth(el: Element): number {
  let d = 0;
  for (let e = el.parentElement; e; e = e.parentElement) d++;
  return d;
}

/**
 * The description: the deepest element holding the most section lines (at least two, one
 * of them asking something of the candidate), with enough text to be a posting.
 */
export function descriptionBlock(doc: Document): { block: Element; cues: Cue[] } | null {
  const body = doc.body;
  if (!body) return null;
  const found = cues(body);
  // A line repeated on every result card ("Skills:") is list furniture, not a section.
  const times = new Map<string, number>();
  for (const c of found) times.set(cueText(c.el.textContent ?? ''), (times.get(cueText(c.el.textContent ?? '')) ?? 0) + 1);
  const all = found.filter((c) => (times.get(cueText(c.el.textContent ?? '')) ?? 0) < 3 && followed(c.el));
  if (all.length < 2 || !all.some((c) => c.kind === 'ask')) return null;
  const counts = new Map<Element, Cue[]>();
  for (const c of all) {
    for (let e = c.el.parentElement, i = 0; e && e !== body && i < 12; e = e.parentElement, i++) {
      const list = counts.get(e) ?? [];
      list.push(c);
      counts.set(e, list);
    }
  }
  let best: { block: Element; cues: Cue[] } | null = null;
  for (const [block, inside] of counts) {
    if (inside.length < 2 || !inside.some((c) => c.kind === 'ask') || !inside.some((c) => c.jobOnly)) continue;
    if (!best || inside.length > best.cues.length || (inside.length === best.cues.length && depth(block) > depth(best.block))) {
      best = { block, cues: inside };
    }
  }
  if (!best) return null;
  // One stray section line outside the posting (a board's own "Qualifications" module
  // below it, a "Benefits" link) widens the block to the whole page: step into the child
  // that holds all the others.
  for (let narrowed = true; narrowed;) {
    narrowed = false;
    const { block, cues: inside }: { block: Element; cues: Cue[] } = best;
    for (const child of Array.from(block.children)) {
      const held = inside.filter((c) => child.contains(c.el));
      if (held.length >= Math.max(2, inside.length - 1) && held.length < inside.length && held.some((c) => c.kind === 'ask') && held.some((c) => c.jobOnly)) {
        best = { block: child, cues: held };
        narrowed = true;
        break;
      }
    }
  }
  // A block wrapping its heading line alone ("About the job" + a div): keep the description
  // whole, never shorter than a posting can be.
  return clean(best.block.textContent).length >= 200 ? best : null;
}

function key(text: string | null | undefined): string {
  return clean(text).normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Parts of the document title, the posting's own first: "Data Scientist – Vercel",
 * "Title | Company | LinkedIn", "Title @ Company", "Job Application for Title at Company".
 */
function titleParts(doc: Document): { whole: string[]; parts: string[] } {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const whole = [doc.title, og].map(key).filter(Boolean);
  const parts = [doc.title, og].flatMap((t) => clean(t).split(/\s+[|–—·@-]\s+|\s+at\s+/)).map(key).filter((p) => p.length >= 4);
  return { whole, parts: [...new Set(parts)] };
}

/** The element's own text when it is a short line of its own (no block children). */
function lineText(el: Element): string | null {
  for (const child of Array.from(el.children)) if (!INLINE.has(child.tagName)) return null;
  const text = fieldText(el);
  return text && text.length <= 160 ? text : null;
}

const INLINE = new Set(['SPAN', 'A', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'BR']);
const LINE_TAGS = new Set(['H1', 'H2', 'H3', 'P', 'DIV', 'SPAN', 'A', 'STRONG']);

/** What the board's adapter knows about addresses, for reading its results pages. */
export interface Hints {
  /** The listing a link's address names, by the board's own rule; null for other links. */
  jobIdOf?: (href: string) => string | null;
  /** The listing the page's own address names (a results page's selected listing). */
  urlId?: string | null;
}

/**
 * The result shown beside a results page's list: its link, its title's key, and the links
 * the posting's heading may sit in (only links to the listing the address names).
 */
interface Selected { link: Element; key: string; own: Element[] }

function resultText(a: Element): string | null {
  const text = clean(a.textContent);
  return key(text).length >= 4 && text.length <= 160 && !cueKind(text) ? text : null;
}

/**
 * Which result the page shows beside its list, told by what a redesign keeps:
 *   - the link the page marks as pressed or selected (aria state, which assistive
 *     technology needs) — only when exactly one is;
 *   - else, with the board's rule for links: the listing the address names, when a heading
 *     holds or repeats the title of a link to it;
 *   - else, a heading outside any link that repeats the title of results naming one listing
 *     (a pane's heading repeats its card's title; cards' own titles are links);
 *   - else, when the address names no listing, the last heading above the description
 *     when it is itself a link to a listing (see linkedHeading).
 */
export function selectedResult(doc: Document, hints: Hints = {}, block: Element | null = null): Selected | null {
  const marked = Array.from(doc.querySelectorAll('a[href][aria-pressed="true"], a[href][aria-selected="true"], a[href][aria-current="true"]'))
    .filter((a) => !skipped(a) && a.getAttribute('role') !== 'tab');
  if (marked.length > 1) return null;
  if (marked.length === 1) return resultText(marked[0]!) ? { link: marked[0]!, key: key(marked[0]!.textContent), own: [] } : null;
  const idOf = hints.jobIdOf;
  if (!idOf) return null;
  const results: Array<{ a: Element; id: string; key: string }> = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const id = resultText(a) && !skipped(a) ? idOf(a.getAttribute('href')!) : null;
    if (id && (!hints.urlId || id === hints.urlId)) results.push({ a, id, key: key(a.textContent) });
  }
  const own = hints.urlId ? results.map((r) => r.a) : [];
  const found = repeatedResult(doc, results, own);
  if (found || hints.urlId || !block) return found && { link: found.link, key: found.key, own };
  return linkedHeading(doc, block, idOf);
}

/** The one result whose title a heading outside any link (but the address's own) repeats. */
function repeatedResult(doc: Document, results: Array<{ a: Element; id: string; key: string }>, own: Element[]): { link: Element; key: string } | null {
  let found: { link: Element; key: string; id: string } | null = null;
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
    const link = h.closest('a[href]') ?? h.querySelector('a[href]');
    if (skipped(h) || (link && !own.includes(link))) continue;
    const texts = [key(h.textContent), ...ownTexts(h)];
    for (const r of results.filter((x) => texts.includes(x.key))) {
      // Headings naming two listings (result cards with headings of their own): this cue
      // does not say which one the page shows.
      if (found && found.id !== r.id) return null;
      found ??= { link: r.a, key: r.key, id: r.id };
    }
  }
  return found;
}

/**
 * A results page whose address names no listing (a guest search): the posting's heading is
 * the last heading above its description, and a link to the listing it shows, by the
 * board's rule (the search's count heading and document title name the search instead).
 */
function linkedHeading(doc: Document, block: Element, idOf: (href: string) => string | null): Selected | null {
  let last: Element | null = null;
  for (const h of Array.from(doc.querySelectorAll('h1, h2, h3'))) {
    if (block.contains(h) || !(h.compareDocumentPosition(block) & 4)) continue;
    // Closed dialogs (sign-in prompts, "Save job") sit anywhere in the markup.
    if (!skipped(h) && !h.closest('dialog, [role="dialog"], [aria-modal="true"], [aria-hidden="true"]')) last = h;
  }
  const link = last?.closest('a[href]') ?? null;
  if (!last || !link || key(link.textContent) !== key(last.textContent) || !resultText(link)) return null;
  return idOf(link.getAttribute('href')!) ? { link, key: key(link.textContent), own: [link] } : null;
}

/**
 * The line names the selected result: its whole text, or one text of a heading whose other
 * words are a suffix for screen readers ("Research Data Analyst 1 - job post"); outside any
 * link (the heading of the posting beside the list, not a result card), or in a link to the
 * listing the address names.
 */
function names(el: Element, selected: Selected): boolean {
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  if (link && !selected.own.includes(link)) return false;
  return key(el.textContent) === selected.key || (/^H[1-3]$/.test(el.tagName) && ownTexts(el).includes(selected.key));
}

/**
 * The posting's title: a line before the description (or at its very top) whose text is a
 * part of the document title, or a top heading the document title contains ("OpenAI hiring
 * <title> in …"). Headings before plain lines, the document title's first part before later
 * ones (the company's name is a part too). A page without a document title (a saved pane)
 * falls back on the nearest heading above the description. On a results page, a heading
 * naming the selected result (see selectedResult) counts as well.
 */
export function titleLine(doc: Document, block: Element, selected: Selected | null = null): Element | null {
  const { whole, parts } = titleParts(doc);
  const inBlockTop = (el: Element) => el === block.firstElementChild || el.contains(block.firstElementChild);
  const before = (el: Element) => (block.contains(el) ? inBlockTop(el) : (el.compareDocumentPosition(block) & 4) !== 0);
  let best: { el: Element; rank: number } | null = null;
  let nearest: Element | null = null;
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue ?? '';
    if (raw.length > 400 || !raw.trim()) continue;
    for (let el = n.parentElement, i = 0; el && i < 4 && !seen.has(el); el = el.parentElement, i++) {
      seen.add(el);
      if (!LINE_TAGS.has(el.tagName)) continue;
      const text = lineText(el);
      if (!text) break;
      const k = key(text);
      const level = /^H[1-3]$/.test(el.tagName) ? Number(el.tagName[1]) : 7;
      if (k.length < 4 || skipped(el)) continue;
      // The whole document title counts as its first part: a title with a dash of its own
      // ("Senior Test Engineer - Autonomous Driving") is split into parts that are not the line.
      const part = whole.includes(k) ? 0 : parts.indexOf(k);
      const picked = selected !== null && names(el, selected);
      // The selected result's heading first: a results page's document title (and its count
      // heading) name the search. Inside the document title only for the page's top heading:
      // result cards' titles ("Data Analyst") are inside a search page's title ("Data Analyst
      // Jobs in …") too.
      const rank = picked ? level : part >= 0 ? level * 10 + part : level === 1 && k.includes(' ') && whole.some((w) => w.includes(k)) ? 15 : -1;
      if (rank >= 0 && (!best || rank < best.rank) && before(el)) best = { el, rank };
      if (!whole.length && level <= 2 && !cueKind(text) && before(el)) nearest = el;
    }
  }
  const found = best?.el ?? nearest;
  if (!found) return null;
  // Another top heading between the line and the description (a results page's count
  // heading above a pane with its own title) means the line titles something else.
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    if (h !== found && !h.contains(found) && !found.contains(h) && (found.compareDocumentPosition(h) & 4) && (h.compareDocumentPosition(block) & 4)) return null;
  }
  // The line's own element, not a wrapper with the same text.
  let el: Element = found;
  while (el.children.length === 1 && key(el.children[0]!.textContent) === key(el.textContent) && !/^H[1-6]$/.test(el.tagName)) el = el.children[0]!;
  return el;
}

export interface GenericRead {
  title: string;
  /** The title element, when the reader found one on the page. */
  heading: Element | null;
  text: string;
  /** On a results page, the address of the selected result the title was matched to. */
  selected?: string;
}

/**
 * The description under the one section line only postings carry ("About the job"): the
 * nearest block around it with a posting's length of text. Only asked for on a page that
 * shows, under a heading linked to it, the listing its address names — that is the cue
 * the second section line would otherwise give.
 */
function underOnlyCue(doc: Document): { block: Element; cues: Cue[] } | null {
  const found = cues(doc.body).filter((c) => c.jobOnly && followed(c.el));
  if (found.length !== 1) return null;
  for (let e = found[0]!.el.parentElement; e && e !== doc.body; e = e.parentElement) {
    if (clean(e.textContent).length >= 200) return { block: e, cues: found };
  }
  return null;
}

/** A job posting in any markup, or null when the page does not look like one. */
export function readGeneric(doc: Document, hints: Hints = {}): GenericRead | null {
  let found = descriptionBlock(doc);
  if (!found && !hints.urlId) return null;
  const selected = selectedResult(doc, hints, found?.block);
  if (!found && selected?.own.length) found = underOnlyCue(doc);
  if (!found) return null;
  const heading = titleLine(doc, found.block, selected);
  if (!heading) return null;
  // A heading that names the selected result takes that result's title, without the suffix.
  const picked = selected !== null && names(heading, selected);
  const title = picked ? fieldText(selected.link) : fieldText(heading);
  let text = textOf(found.block);
  // A description that starts with the title repeats it: the title is carried separately.
  if (text.startsWith(title)) text = text.slice(title.length).trimStart();
  if (text.length < 200) return null;
  const href = picked ? selected.link.getAttribute('href') : null;
  return href ? { title, heading, text, selected: href } : { title, heading, text };
}

/** The keys of an element's text nodes, one by one. */
function ownTexts(el: Element): string[] {
  const out: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < 20; n = walker.nextNode()) out.push(key(n.nodeValue));
  return out;
}
