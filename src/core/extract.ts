// Read a job posting the way a hiring manager would: which skills it asks for and how firmly
// (required / preferred / only mentioned), which of them are alternatives, how many years, which
// degree, what level. The rules are in shared/EXTRACTION.md; every rule here is about how
// postings are written in general, never about one posting.
import type { Requirements, Section, SkillDef, SkillHit } from './schema';
import { lineRanges, scanLine, titleNames, sentenceEnd, sortSmall, type LineScan, type Matcher } from './matcher';
import { definedAcronyms } from './ambiguity';
import { lowerCased } from './candidates';
import type { Tokens } from './normalize';
import { BULLET, SectionReader, classifyHeading, hasRequiredHeading, selfTieredLists, inlineHeadings, parseHeading, subHeading, type Heading } from './extract-sections';
import { decodeReferences, htmlToText, markdownWithTags } from './html-text';
import { unflatten, unquoteItems } from './flattened';
import { repairMojibake } from './mojibake';
import { DEGREE_WORD, FIELD_SKILLS, chooseYears, isExperienceLabel, labelledYearsLine, mayNameYears, yearsInSentence, type YearsCandidate } from './extract-years';
import { chooseDegree, degreesInSentence, mayNameDegree, mayNameShortDegree, recaseShortDegrees, type DegreeMention } from './extract-degree';
import { Hint, Hits, findHints } from './hints';
import { NEGATION_HINT, PREFER_HINT, REQUIRED_CUE, cueScopes, labelAlone, roleNameAround, sentenceSection } from './cues';
import { alternatives } from './groups';
import { seniorityOf } from './seniority';
import { impliedClosure } from './taxonomy';
import { registerRegexps } from './regexps';

export { REQUIRED_CUE, PREFER_HINT, NEGATION_HINT } from './cues';
export { TEXT_LEVEL_LEAD } from './seniority';

export interface ExtractOptions {
  /** The listing's title, when the page gives it apart from the text (seniority comes from it). */
  title?: string | null;
  /** The employer, when known: skills inside its name ("Scale AI") are not asked for. */
  company?: string | null;
  /**
   * Called for every mention counted, with the section it was read in (for eval and debugging),
   * and for a field named only in a role's name (section 'other'), which a posting does not count.
   */
  trace?: (mention: { id: string; surface: string; start: number; section: Section; group: string | null }) => void;
}

const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!$'"&<>|~])/g;
/** An HTML comment, closed (an unclosed one is left as text). */
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
/** YAML front matter: a '---' line, short 'key: value' lines, a closing '---' line. */
// Each line must match one way only, or front matter with no closing line is tried that many
// ways per line, 2^lines or worse: a line's text stops before its "\r" (were the "\r" of a
// Windows line end matched by the text or by "\r?" alike, a 21-line CRLF page took 4 s), and an
// indented line is one space or tab then anything (were its indent "[ \t]+" and its text
// "[^\r\n]" both able to take the spaces, a list indented by four took seconds at 20 lines).
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\w-]+:[^\r\n]{0,300}\r?\n|[ \t][^\r\n]{0,300}\r?\n|-[ \t][^\r\n]{0,300}\r?\n|#[^\r\n]{0,300}\r?\n|\r?\n(?=#)){1,40}---[ \t]*(?=\r?\n|$)/;
const RANK: Record<Section, number> = { required: 0, preferred: 1, other: 2 };

// --- sentences ---------------------------------------------------------------------------------

/** The keywords of the line being read (see hints.ts), reused from line to line. */
const lineHits = new Hits();
/** "Must have one of the following:" (FOLLOWING is the cheap first look). */
export const FOLLOWING = /ollowing/i;
/** The last cell of a person specification's row: E(ssential) or D(esirable). */
const SPEC_MARK = /\|\s*(E|D|Essential|Desirable)\s*\|?\s*$/;
const ONE_OF_FOLLOWING = /\b(?:one|either)\s+of\s+the\s+following\b/i;
const NO_DEGREES: { mentions: DegreeMention[]; fieldSpans: Array<[number, number]> } = { mentions: [], fieldSpans: [] };
const NO_YEARS: readonly YearsCandidate[] = [];

interface Occurrence {
  section: Section;
  group: string | null;
}

interface SkillAcc {
  skill: SkillDef;
  first: number;
  mentions: string[];
  /** Where in the text read each of `mentions` was first met (the order asGiven looks for them in). */
  at: number[];
  occ: Occurrence[];
}

/** A paragraph that speaks of the employer: "We …", "Our …", "At Acme, …". */
const EMPLOYER_LEAD = /^(?:we|we're|we’re|we've|our|at\s+[A-Z][\w&.'’-]*)\b/i;

/**
 * The employer's statement under any name: "Fred Hutch is committed to improving diversity in …",
 * "Acme is an equal opportunity employer", or a paragraph of equal-opportunity words.
 */
const EMPLOYER_STATEMENT = /^(?:[A-Z][\w&.'’-]*\s+){1,6}(?:is|are)\s+(?:(?:deeply|strongly|fully)\s+)?(?:(?:an?\s+)?equal\s+(?:opportunity|employment)|committed\s+to|proud\s+to|dedicated\s+to)|^[^.]{0,200}\b(?:equal\s+(?:employment\s+)?opportunit(?:y|ies)|affirmative\s+action|without\s+regard\s+to|regardless\s+of\s+(?:race|gender|age|sex|religion|national))/;

/** "We expect…", "We'd love…", "We also value…": the employer asking, not describing itself. */
const ASKING = /^(?:we|we're|we’re|we'd|we’d)\s+(?:also\s+|really\s+|especially\s+|would\s+|'d\s+)?(?:expect|require|need|want|look|seek|ask|value|prefer|love|hope|welcome|encourage|like)/i;

/** A paragraph that starts by speaking of the employer (by name or as "we") and asks nothing of the reader. */
function employerLead(line: string, company: string | null): boolean {
  const t = line.trimStart();
  const named = company !== null && company.length >= 2 && t.startsWith(company) && !/^[\w&]/.test(t.slice(company.length, company.length + 1));
  return (named || EMPLOYER_LEAD.test(t) || EMPLOYER_STATEMENT.test(t)) && !/\byou(?:r|'re|’re|'ll|’ll)?\b/i.test(t) && !REQUIRED_CUE.test(t) && !ASKING.test(t);
}

/** A line that reads as a heading ("  Nice to have:" under an item opens its own list). */
function isHeading(line: string): boolean {
  const h = parseHeading(line);
  return h !== null && classifyHeading(h) !== null;
}

/** A converter's quote mark at the start of an item's wrapped part ("    > plus."). */
const QUOTED_WRAP = /^\s*>(?=\s)/;

/**
 * List items that a Markdown source wrapped onto indented lines ("-   Experience deploying …
 * production ML\n    models"), as job APIs deliver them: in Markdown such a line goes on the
 * item above it, so here it is joined to it (the break becomes a space, so every offset stays)
 * and a phrase across the break is read whole. Only a line indented at least as far as the
 * item's text, right below it, neither an item nor a heading: a plain text's lines stay lines.
 */
export function joinWrappedItems(text: string): string {
  if (!text.includes('\n ') && !text.includes('\n\t')) return text;
  let out: string[] | null = null;
  let from = 0;
  let column = -1;
  // Indent of the item's bullet, and whether the line above stopped mid-sentence.
  let bullet = -1;
  let open = false;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const item = BULLET.exec(line);
    if (item) { column = item[0].length; bullet = line.length - line.trimStart().length; }
    else if (!line.trim()) column = -1;
    else {
      const indent = line.length - line.trimStart().length;
      // Indented as far as the item's text; or, under an indented bullet, as far as the bullet
      // itself where the line above stopped mid-sentence and this one goes on in lower case.
      const under = indent >= column || (bullet > 0 && indent >= bullet && open && GOES_ON.test(line));
      if (column > 0 && under && start > 0 && !isHeading(line)) {
        (out ??= []).push(text.slice(from, start - 1), ' ');
        // "-   … are a\n    > plus.": a converter's quote mark on the wrapped part is no text.
        const quoted = QUOTED_WRAP.exec(line);
        if (quoted) { out.push(' '.repeat(quoted[0].length)); from = start + quoted[0].length; } else from = start;
      } else column = -1;
    }
    open = endsMidSentence(line);
    start = end + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** A flattened page's header field: its label and colon ("Location:", "Experience:", "Job Types:"); case as written. */
const GLUED_FIELD_LABEL = String.raw`(?:Experience|Location|Job Location|Salary|CTC|Qualifications?|Education|Designation|Job Types?|Work(?:ing)? Hours|Notice Period|Company Brief|Employment Type|Schedule|Shift|Eligibility)\s?:`;
/** A header field's label glued to the value before it ("… AnalystLocation:", "… 3+ YearsLocation:"). */
const GLUED_FIELD = new RegExp(String.raw`(?<=[A-Za-z0-9)])(?=${GLUED_FIELD_LABEL})`, 'g');
/** Whether a text has any (one scan before the replace). */
const GLUED_FIELD_HINT = new RegExp(String.raw`[A-Za-z0-9)]${GLUED_FIELD_LABEL}`);
/** How far from a posting's start or end its header fields may stand. */
const GLUED_FIELDS_WITHIN = 1500;
/** The header fields glued in the first and last GLUED_FIELDS_WITHIN characters of `text`, each put on a line of its own. */
function splitGluedFields(text: string): string {
  const split = (s: string) => (GLUED_FIELD_HINT.test(s) ? s.replace(GLUED_FIELD, '\n') : s);
  if (text.length <= 2 * GLUED_FIELDS_WITHIN) return split(text);
  const tail = text.length - GLUED_FIELDS_WITHIN;
  return split(text.slice(0, GLUED_FIELDS_WITHIN)) + text.slice(GLUED_FIELDS_WITHIN, tail) + split(text.slice(tail));
}

/**
 * Whether a line stops mid-sentence: on a lower-case word, a comma, a semicolon, a colon, a slash
 * or a hyphen, then spaces or tabs and a "\r" at most. Read back from the line's end (an
 * expression anchored at the end would be tried at every character of it).
 */
function endsMidSentence(line: string): boolean {
  let i = line.length - 1;
  if (i >= 0 && line.charCodeAt(i) === 13) i--;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  if (i < 0) return false;
  const c = line.charCodeAt(i);
  return (c >= 97 && c <= 122) || c === 44 || c === 59 || c === 58 || c === 47 || c === 45;
}
/** A line that goes on a sentence: lower case or an opening bracket first. */
const GOES_ON = /^[ \t]*[a-z(]/;

/**
 * Prose a PDF or a mail hard-wrapped at a fixed width ("… experience in image analysis is
 * considered a\n\nplus."): a long line (a list item too) that stops mid-sentence (on a
 * lower-case word or a comma) goes on with the next when that one (after at most one blank
 * line) starts in lower case, as no heading or item does. The breaks become spaces, so
 * offsets stay put.
 */
export function joinWrappedLines(text: string): string {
  // "Minimum of 3\nyears of experience", "3 to\n5 years": a figure and its unit wrapped apart, at
  // any width (a line ends on a figure and the next begins with its unit, as no heading or item does).
  // "2+ years\n building and running generative models": a page's bold figure on a line of its own,
  // its sentence going on, indented and in small letters, on the next.
  if (FIGURE_WRAPPED.test(text)) text = text.replace(FIGURE_BREAK, (b) => b.replace(/\r?\n/g, (x) => ' '.repeat(x.length)));
  // "You have Python, and ideally\nNode.js / TypeScript": a line that ends on a word no clause
  // ends on goes on, whatever the case of the next (a list item's bullet is no letter: it stays).
  if (DANGLING_END.test(text)) {
    text = text.replace(DANGLING_BREAK, (m: string, brk: string) => m.slice(0, m.length - brk.length) + brk.replace(/[\\\r\n]/g, ' '));
  }
  if (!WRAPPED.test(text)) return text;
  return text.replace(WRAPPED_BREAK, (m: string, brk: string, at: number) => m[0]! + wrappedBreak(text, brk, at + 1));
}
/** The break (`brk`, at `offset`) of a line that wraps on, as spaces; or as it is where it ends a short line or goes on into a label. */
function wrappedBreak(text: string, brk: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  if (line.trim().length < MIN_WRAPPED) return brk;
  // A list item wraps the same way ("- … techniques and Natural language\nprocessing/ Speech
  // processing"), but not into a label of its own ("skills:").
  if (BULLET.test(line)) {
    const from = offset + brk.length;
    const to = text.indexOf('\n', from);
    if (/[:：]\s*$/.test(text.slice(from, to < 0 ? text.length : to))) return brk;
  }
  return brk.replace(/[\\\r\n]/g, ' ');
}
/** A line's last word (of either case), comma or closing bracket, its break (a markdown hard break "\\" allowed before it; with one blank line at most), and a lower-case word. */
const WRAPPED = /[A-Za-z,)][ \t]*\\?\r?\n(?:[ \t]*\r?\n)?[ \t]*[a-z]/;
/** The same, its break (group 1) taken with the character before it: an expression that starts with what it matches, not with a look behind, is sought faster. */
const WRAPPED_BREAK = /[A-Za-z,)]([ \t]*\\?\r?\n(?:[ \t]*\r?\n)?[ \t]*)(?=[a-z])/g;
/** A line that ends on a word no clause ends on ("and", "ideally", "such as"), a markdown hard break ("\\") allowed after it. */
const DANGLING_END = /\b(?:and|or|ideally|preferably|especially|including|like|such\s+as|e\.g\.|with|of|the)[ \t]*\\?\r?\n[ \t]*[A-Za-z]/;
/** The same, its break as group 1. */
const DANGLING_BREAK = /\b(?:and|or|ideally|preferably|especially|including|like|such\s+as|e\.g\.|with|of|the)([ \t]*\\?\r?\n[ \t]*)(?=[A-Za-z])/g;
/** Shorter lines are headings, labels or list items, not a paragraph wrapped at a width. */
const MIN_WRAPPED = 50;
const FIGURE_WRAPPED = /\d\+?[ \t]*\r?\n[ \t]*(?:years?|yrs?)\b|\d[ \t]+(?:to|-|–)[ \t]*\r?\n[ \t]*\d|^[ \t]*\d{1,2}\+?[ \t]*(?:years?|yrs?)[ \t]*\r?\n[ \t]+[a-z]/m;
const FIGURE_BREAK = /(?<=\d\+?)[ \t]*\r?\n[ \t]*(?=(?:years?|yrs?)\b)|(?<=\d[ \t]+(?:to|-|–))[ \t]*\r?\n[ \t]*(?=\d{1,2}\s*\+?\s*(?:years?|yrs?)\b)|(?<=^[ \t]*\d{1,2}\+?[ \t]*(?:years?|yrs?))[ \t]*\r?\n(?=[ \t]+[a-z])/gm;

interface State {
  matcher: Matcher;
  text: string;
  opts: ExtractOptions;
  skills: Map<string, SkillAcc>;
  years: YearsCandidate[];
  degrees: DegreeMention[];
  groupCount: number;
  seenSentences: Map<string, Section>;
}

interface LineCtx {
  tokens: Tokens;
  matches: LineScan['matches'];
  line: string;
  /** The whole line when `line` is a piece of it cut at an inline heading (years read across it). */
  whole: string;
  lineSection: Section;
  /** The line may name a degree / years (false: none of its sentences does). */
  degreeHint: boolean;
  yearsHint: boolean;
  /** The hints were read off the line itself: a sentence that is the whole line needs no check of its own. */
  exact: boolean;
  /** A label alone read earlier on the line ("- Nice to have - Docker"): the section of the sentences after it. */
  lead: Section | null;
  /**
   * How far `lead` reaches. null: the rest of the line. On a long line, a list opened after a
   * colon: its items are the sentences after the colon that start with the bullet of its first
   * item (`bullet`, undefined until that sentence is read), up to the next of another bullet.
   * When that bullet is none, or the one of the item that opened the list (`outer`), the list's
   * end is unknown and only the sentence right after the colon is its (`bullet` null).
   */
  leadList: { outer: string | null; bullet?: string | null } | null;
  /** The section of the line's last sentence read, for one that goes on with "Or …" ("… PhD. OR an MSc …"). */
  last: Section | null;
  /** The line's last sentence read named a degree and no years. */
  degreeAlone: boolean;
  /** Under a heading of what the job gives ("Benefits", "What you will gain"): no sentence there asks. */
  offered: boolean;
  /** The line stands under the steps to apply ("How to apply"): a name there is no ask unless its sentence asks. */
  process: boolean;
  /**
   * Where the line's own heading label ends ("**Desired skill set:** When applying …"), -1 when it
   * has none: the label's words set the section as a heading and are no cue of its first sentence.
   */
  labelEnd: number;
}

const LONE_CR = /\r(?!\n)/g;

/** Read a posting. Runs in well under a millisecond for a typical 5 KB posting. */
export function extract(text: string, matcher: Matcher, opts: ExtractOptions = {}): Requirements {
  const given = text;
  // Lines ended by a lone "\r" (an old Mac file, some spreadsheet exports) are lines: one
  // character for one, so offsets hold.
  if (text.includes('\r')) text = text.replace(LONE_CR, '\n');
  // A dataset's JSON or CSV string with its line breaks written out ("Requirements:\\n- Python\\n-
  // SQL"): the breaks put back, where the text has them so and hardly any real ones.
  if (text.includes('\\n')) text = unescapeBreaks(text);
  // A dataset's lines kept as a written-out Python list, or joined by "|": put on lines again.
  if (text.includes('|') || /^\s*\[['"]/.test(text)) text = unflatten(text);
  // A data file's list of quoted items ("- \"Python\"", "- \"Preferred Skills:\""): the list it stands for.
  if (text.includes('- "') || text.includes("- '")) text = unquoteItems(text);
  // A job API's HTML string ("<p><b>Requirements</b></p><ul><li>…"): read as the text it shows.
  const shown = htmlToText(text);
  // Whether markup was taken away: then a name may have been read across it ("AT&T<b>SQL").
  const markup = shown !== text;
  // A dataset's plain text with its HTML escapes left in ("Master&#39;s degree", "5+ years&rsquo;
  // experience", "Python &amp; SQL"): decoded as a browser would show them.
  text = !markup && text.includes('&') ? decodeReferences(text) : shown;
  // A markdown page with a few tags of its own ("<b>Qualifications:</b>", "<hr>"): bold and rules
  // as markdown has them. No name can be read across what this changes, so it is no markup.
  if (!markup && text.includes('<')) text = markdownWithTags(text);
  // "Masterâ€™s degree", "â€¢ Python": a scraped dataset's double-decoded UTF-8, put back.
  text = repairMojibake(text);
  // Markdown escapes ("We\'re looking for", "\$200K", "3\+ years") hide the words the cues
  // read; a page's own text has none, a job API's markdown many.
  if (text.includes('\\')) text = text.replace(MD_ESCAPE, '$1');
  // "<!-- an older call … -->" in a Jekyll or job-API markdown page is not shown to the reader:
  // blanked to spaces (line breaks kept), so nothing inside it is read and offsets stay put.
  if (text.includes('<!--')) text = text.replace(HTML_COMMENT, (c) => c.replace(/[^\n]/g, ' '));
  // A markdown page's front matter ("---\ntitle: … at Just\nposition: …\n---") is the site's
  // metadata, not the posting's words: blanked like a comment.
  // Its keys that hold the posting's lists ("requirements_technical: [ … ]") stay to be read.
  if (text.startsWith('---')) text = text.replace(FRONT_MATTER, frontMatterBlanked);
  // "Designation: Data AnalystLocation: GurgaonSalary: 3- 4 LPAExperience: 1+ Years": a
  // flattened page's header fields glued one to the next, each on a line of its own again.
  // They head or close the posting ("… SSAS preferredLocation: Chicago, IL"): only its first and
  // last parts are looked at.
  if (text.length >= 200) text = splitGluedFields(text);
  text = joinWrappedLines(joinWrappedItems(text));
  const lowerCase = lowerCased(text);
  // "ms in statistics" in a posting the scraper put in lower case: the degree as it is written elsewhere.
  if (lowerCase) text = recaseShortDegrees(text);
  const reader = new SectionReader();
  reader.parsed = new Map();
  reader.requiredAnywhere = hasRequiredHeading(text, reader.parsed);
  // "Additional Qualifications" whose items say which of them are wishes: the others are asks.
  reader.selfTiered = selfTieredLists(text, reader.parsed);
  const skills = new Map<string, SkillAcc>();
  const years: YearsCandidate[] = [];
  const degrees: DegreeMention[] = [];
  const st: State = { matcher, text, opts, skills, years, degrees, groupCount: 0, seenSentences: new Map() };
  let prevLineEnd = -1;
  // A page often carries its text twice; a repeated paragraph keeps the section it had first.
  const seenLines = new Map<string, Section>();
  // "Must have one of the following:" then indented options; a degree offered on its own means
  // no years are required (EXTRACTION.md: 0 when "PhD with no experience" is an option).
  let choice: { indent: number; section: Section; degreeOnly: boolean } | null = null;
  // "- Nice to have:" inside a requirements list: the items indented below it take its section.
  /** A sub-list's own section: items indented below `indent`, or (`bullets`) the list items right after a line. */
  let nested: { indent: number; section: Section; bullets?: boolean } | null = null;
  // Indent of the last heading that set the section (a deeper one inside its list is a sub-heading).
  let headingIndent = 0;
  // The last line with words was a list item, and a blank line has come since (see EMPLOYER_LEAD).
  let afterList = false;
  let gap = false;
  // The last line with words was an experience label alone ("Experience"): its figure is on this one.
  let experienceLabel = false;

  const scanOpts = {
    company: opts.company ?? null, vouched: opts.title ? titleNames(matcher, opts.title, opts.company) : null, acronyms: definedAcronyms(text),
    lowerCase,
  };
  // Starts of Hint.Level words in the first 3,000 characters (null: a long line hid some).
  let levelAt: number[] | null = [];
  for (const [s, e, inline, wholeStart, wholeEnd] of pieces(text, opts.company ?? null)) {
    // A chunk of an over-long line is not a new line: no heading can start inside it, except
    // one found inside the line (inlineHeadings).
    const newLine = s === 0 || text.charCodeAt(s - 1) === 10 || (s !== prevLineEnd && inline === null);
    prevLineEnd = e;
    if (e <= s) continue;
    const line = text.slice(s, e);
    const before = reader.section;
    // The employer's blurb closes a list; elsewhere its name changes nothing.
    const heading = inline === BLURB ? (reader.section === 'required' || reader.section === 'preferred' ? reader.apply(inline, line) : newLine ? reader.feed(line) : null)
      : inline ? reader.apply(inline, line) : newLine ? reader.feed(line) : null;
    const key = line.trim();
    const indent = newLine && key ? line.length - line.trimStart().length : -1;
    // "  Nice to have:" indented inside a requirements list, deeper than the heading that
    // opened it: a sub-list, and the list goes on as required where the indent comes back.
    let nestedHeading: Section | null = null;
    if (heading && reader.classified && indent > headingIndent && before === 'required' && reader.section === 'preferred') {
      nestedHeading = 'preferred';
      reader.section = before;
    } else if (heading && reader.classified && indent >= 0) headingIndent = indent;
    // After a list, a paragraph about the employer ("NVIDIA is widely considered…", "We are a
    // team of…") is the posting's closing blurb, not more of the list's requirements.
    if (newLine && s >= 2 && text.charCodeAt(s - 2) === 10) gap = true;
    if (newLine && !heading && indent === 0 && afterList && gap && (reader.section === 'required' || reader.section === 'preferred')
      && employerLead(line, opts.company ?? null)) reader.section = 'other';
    if (key) { afterList = BULLET.test(line); gap = false; } else if (newLine) gap = true;
    if (choice && indent >= 0 && indent <= choice.indent) {
      if (choice.degreeOnly) years.push({ min: 0, max: null, kind: 'degree', section: choice.section, at: s });
      choice = null;
    }
    const yearsBefore = years.length;
    const degreesBefore = degrees.length;
    const { tokens, matches } = scanLine(matcher, text, s, e, scanOpts);
    // A degree or years can be named in one of the line's sentences only if the line names it.
    // (Lines over 2,000 characters are checked sentence by sentence, by the patterns
    // themselves: their sentences are cut before being read, which can make a word boundary
    // the line does not have.)
    const long = line.length > 2000;
    if (!long) {
      findHints(text, s, e, lineHits);
      // The level phrase near the top ("we are seeking a senior …"), read from the same hits.
      if (s < 3000 && levelAt && (lineHits.all & Hint.Level) !== 0) {
        for (let k = 0; k < lineHits.n; k++) if ((lineHits.bits[k]! & Hint.Level) !== 0 && lineHits.end[k]! <= 3000) levelAt.push(lineHits.start[k]!);
      }
    } else if (s < 3000) levelAt = null;
    const degreeHint = long || (lineHits.all & Hint.Degree) !== 0 || mayNameShortDegree(line);
    const yearsHint = long || (lineHits.all & Hint.Years) !== 0;
    const followingHint = long ? FOLLOWING.test(line) : (lineHits.all & Hint.Following) !== 0;
    const following = newLine && followingHint && ONE_OF_FOLLOWING.test(line.slice(0, 300));
    if (nested && (heading || (indent >= 0 && indent <= nested.indent) || (nested.bullets && indent >= 0 && !BULLET.test(line)))) nested = null;
    if (nestedHeading) nested = { indent: indent - 1, section: nestedHeading };
    let lineSection: Section = nested ? nested.section : reader.section;
    // A person specification as a table, each criterion's row marked in its last cell: "| … SQL | E |"
    // (essential) or "| … D3.js | D |" (desirable).
    if (newLine && key.charCodeAt(0) === 124) {
      const mark = SPEC_MARK.exec(key);
      if (mark && mark.index > 0) lineSection = /^e/i.test(mark[1]!) ? 'required' : 'preferred';
    }
    if (key) {
      const figure = experienceLabel && newLine ? labelledYearsLine(line, s, lineSection) : null;
      if (figure) years.push(figure);
      experienceLabel = newLine && isExperienceLabel(line);
    }
    // A line with no skill, no degree, no years (nor a list of options) asks for nothing, and
    // neither does any later copy of it: its section and sentences need no reading.
    if (matches.length > 0 || following || degreeHint || yearsHint) {
      // Paragraphs (and sub-headings) repeat when a page carries its text twice; a short list
      // item ("Natural Language Generation") may simply be asked for in two places.
      if (!reader.classified && (key.length >= 40 || (heading && key.length >= 20))) {
        const first = seenLines.get(key);
        if (first !== undefined) lineSection = first;
        else if (seenLines.size < 5000) seenLines.set(key, lineSection);
      }
      // Sentences of this line, as token ranges; matches are in order, so one pointer serves.
      const ln: LineCtx = { tokens, matches, line, whole: wholeEnd > e || wholeStart < s ? text.slice(wholeStart, wholeEnd) : line, lineSection, degreeHint, yearsHint, exact: !long, lead: null, leadList: null, last: null, degreeAlone: false, process: reader.process && !nested, offered: reader.offered && !nested,
        labelEnd: heading && !inline && reader.classified && heading.how === 'inline' && heading.rest > 0 ? s + heading.rest : -1 };
      let a = 0;
      let mi = 0;
      for (let i = 0; i <= tokens.n; i++) {
        if (i < tokens.n && !sentenceEnd(matcher, tokens, i, text)) continue;
        const b = i < tokens.n ? i + 1 : i;
        if (b > a) {
          const from = mi;
          while (mi < matches.length && matches[mi]!.tokEnd <= b) mi++;
          readSentence(st, ln, a, b, matches.slice(from, mi));
        }
        a = b;
      }
    }
    if (choice && indent > choice.indent && degrees.length > degreesBefore && years.length === yearsBefore) choice.degreeOnly = true;
    if (following) choice = { indent: Math.max(0, indent), section: lineSection, degreeOnly: false };
    // The options on the same line, as bullets, where the list was flattened onto it.
    if (followingHint && degreeAloneInline(line)) years.push({ min: 0, max: null, kind: 'degree', section: lineSection, at: s });
    if (indent >= 0 && !heading) {
      const sub = subHeading(line, lineSection);
      if (sub !== null && sub !== lineSection) nested = { indent, section: sub };
    }
    // "You are expected to have deep expertise in one or more of the following areas:", "We expect
    // candidates to have:" as a line of its own in the role's description (a label no heading
    // word decides): the list items right after it, and only they, are what it asks for.
    // "Candidates must be:" after a list of nice-to-haves: the list after it is required again.
    if (indent >= 0 && endsWithColon(line) && (!heading || !reader.classified) && !nested && (lineSection === 'other' || (lineSection === 'preferred' && /\bmust\b/i.test(line))) && !reader.offered && !reader.process
      && ASKS_FOR_LIST.test(line) && !BULLET.test(line) && LIST_ASK.test(line) && !/\bresponsib/i.test(line)) nested = { indent: -1, section: 'required', bullets: true };

  }

  // Resolve each skill: the firmest section wins; the group is kept only if every mention in
  // that section is part of a group. A skill read only across markup the reading removed
  // ("AT&T<b>SQL" read as "TSQL") has no mention in the posting as given, and is not kept.
  const inGiven = text === given ? null : presentIn(given, skills.values(), !markup);
  const resolved = [...skills.values()].flatMap((acc) => {
    const mentions = inGiven === null ? acc.mentions : asGiven(acc.mentions, given, !markup, inGiven);
    if (mentions.length === 0) return [];
    let section: Section = 'other';
    for (const o of acc.occ) if (RANK[o.section] < RANK[section]) section = o.section;
    const inBest = acc.occ.filter((o) => o.section === section);
    const group = inBest.some((o) => o.group === null) ? null : inBest[0]!.group;
    return [{ acc, section, group, mentions }];
  });
  const members = new Map<string, number>();
  for (const r of resolved) if (r.group) members.set(r.group, (members.get(r.group) ?? 0) + 1);
  sortSmall(resolved, (x, y) => RANK[x.section] - RANK[y.section] || x.acc.first - y.acc.first);
  const renumber = new Map<string, string>();
  const hits: SkillHit[] = resolved.map((r) => {
    let group: string | null = null;
    if (r.group && (members.get(r.group) ?? 0) >= 2) {
      if (!renumber.has(r.group)) renumber.set(r.group, `g${renumber.size + 1}`);
      group = renumber.get(r.group)!;
    }
    return {
      id: r.acc.skill.id,
      name: r.acc.skill.name,
      category: r.acc.skill.category,
      section: r.section,
      mentions: r.mentions,
      group,
    };
  });

  if (choice?.degreeOnly) years.push({ min: 0, max: null, kind: 'degree', section: choice.section, at: text.length });
  const y = chooseYears(years);
  return {
    skills: hits,
    years: y,
    degree: chooseDegree(degrees),
    seniority: seniorityOf(opts.title ?? null, text, y?.min ?? null, levelAt),
  };
}

/** Written-out line breaks and tabs as the characters, when there are three or more and fewer than a quarter as many real ones. */
function unescapeBreaks(text: string): string {
  let written = 0;
  for (let i = text.indexOf('\\n'); i >= 0 && written < 1000; i = text.indexOf('\\n', i + 2)) written++;
  if (written < 3) return text;
  let real = 0;
  for (let i = text.indexOf('\n'); i >= 0 && real <= written / 4; i = text.indexOf('\n', i + 1)) real++;
  if (real > written / 4) return text;
  return text.replace(WRITTEN_BREAK, (m) => (m === '\\t' ? '\t' : '\n'));
}
/** A mention no unescaping or decoding can have made: ASCII letters, digits and spaces. */
const PLAIN_MENTION = /^[A-Za-z0-9 ]+$/;
/** "\\r\\n", "\\n"; "\\r" and "\\t" only before a non-letter ("\\textbf" stays). */
const WRITTEN_BREAK = /\\r\\n|\\n|\\[rt](?![a-z])/g;

/**
 * A front matter blanked to spaces (line breaks kept), but for the blocks of keys named as a
 * posting's sections ("requirements_technical: [", "nice_to_have:") and the lines under them.
 */
function frontMatterBlanked(block: string): string {
  const lines = block.split('\n');
  let keep = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^[\w-]+:/.test(line)) {
      const h = parseHeading(line);
      keep = h !== null && h.rest < 0 && classifyHeading(h) !== null;
    } else if (/^-{3}/.test(line)) keep = false;
    if (!keep) lines[i] = line.replace(/[^\r]/g, ' ');
  }
  return lines.join('\n');
}

/** Letters, digits and spaces only: a mention as the text gave it, where no markup was taken away. */
function plainMention(m: string, noMarkup: boolean): boolean {
  return noMarkup && PLAIN_MENTION.test(m);
}

/**
 * Which mentions the given text has as they are. Looked for in the order the reading met them:
 * what the reading changed (escapes, references, markup taken away) keeps the order of the text,
 * so each is looked for from where the one before it stood, and the search over a text of
 * megabytes is about one pass, not one per name. One not found from there is looked for before
 * it too: the answer is the same as a search of the whole text.
 */
function presentIn(given: string, accs: Iterable<SkillAcc>, noMarkup: boolean): Set<string> {
  const order: Array<{ m: string; at: number }> = [];
  for (const acc of accs) {
    for (let i = 0; i < acc.mentions.length; i++) {
      const m = acc.mentions[i]!;
      if (!plainMention(m, noMarkup)) order.push({ m, at: acc.at[i]! });
    }
  }
  order.sort((a, b) => a.at - b.at);
  const found = new Set<string>();
  const looked = new Set<string>();
  let from = 0;
  for (const { m } of order) {
    if (looked.has(m)) continue;
    looked.add(m);
    const j = given.indexOf(m, from);
    if (j >= 0) { found.add(m); from = j; } else if (from > 0 && given.lastIndexOf(m, from) >= 0) found.add(m);
  }
  return found;
}

/**
 * Mentions as the given text has them, where the reading unescaped or decoded it (Markdown
 * escapes, HTML): a mention is an exact string of the posting. "Python'" read from "Python\\'"
 * is given as "Python"; one that cannot be found is left out. `inGiven` holds those the given
 * text has as they are (presentIn).
 */
function asGiven(mentions: string[], given: string, noMarkup: boolean, inGiven: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    // Letters, digits and spaces are as the text gave them when no markup was taken away
    // (escapes, references and mis-decoded bytes make other characters): not looked for again,
    // which on a text of megabytes would cost a pass over it per name.
    if (plainMention(m, noMarkup)) {
      if (!out.includes(m)) out.push(m);
      continue;
    }
    const bare = m.replace(/^[\s'"’‘“”]+|[\s'"’‘“”]+$/g, '');
    // Else its escaped form, else its leading word ("Python's" decoded from "Python&#39;s"). Each
    // look is a pass over the posting: none is made twice for the same string (a bare mention of
    // letters, digits and spaces has no escaped form but itself).
    const head = /^[\p{L}\p{N}+#]+/u.exec(bare)?.[0] ?? '';
    const found = inGiven.has(m) ? m : bare !== m && bare && given.includes(bare) ? bare
      : (PLAIN_MENTION.test(bare) ? null : escapedIn(bare, given)) ?? (head.length >= 2 && head !== bare && given.includes(head) ? head : null);
    if (found !== null && !out.includes(found)) out.push(found);
  }
  return out;
}

/** The characters a posting may write as a named reference ("R&amp;D"). */
const NAMED_REFERENCE: Readonly<Record<string, string>> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '(?:apos|#39)' };

/**
 * "C++" as the given text escapes it ("C\\+\\+", "C&#x2B;&#x2B;", "A&#47;B"): the slice of `given`
 * that reads as the mention with Markdown escapes or character references.
 */
function escapedIn(mention: string, given: string): string | null {
  if (!mention || mention.length > 100) return null;
  // Letters, digits and spaces as they are; any other character as its code point, a backslash
  // allowed before it, or as a numeric reference (or a named one, for the few that have names).
  const pattern = [...mention].map((c) => {
    if (/[\p{L}\p{N} ]/u.test(c)) return c;
    const code = c.codePointAt(0)!;
    const hex = code.toString(16);
    const named = NAMED_REFERENCE[c];
    return `(?:\\\\?\\u{${hex}}|&#0*${code};|&#[xX]0*(?:${hex}|${hex.toUpperCase()});${named ? `|&${named};` : ''})`;
  }).join('');
  const m = new RegExp(pattern, 'u').exec(given);
  return m ? m[0] : null;
}

/**
 * "Must have one of the following: * 2+ years of experience * An advanced degree in …" on one
 * line: is a degree offered on its own, against an option with years? The options are the
 * bullets after the lead, up to one that opens a list of its own ("… in the following areas:").
 */
function degreeAloneInline(line: string): boolean {
  const m = ONE_OF_FOLLOWING.exec(line.slice(0, 300));
  if (!m) return false;
  const after = line.slice(m.index + m[0].length, m.index + m[0].length + 600);
  if (!/^\s*:?\s*[•·▪●*–-]\s/.test(after)) return false;
  let degreeOnly = false;
  let withYears = false;
  for (const item of after.split(/\s[•·▪●*–-]\s+/).slice(1, 6)) {
    if (/:\s*$/.test(item)) break;
    const years = mayNameYears(item);
    if (years) withYears = true;
    else if (DEGREE_WORD.test(item)) degreeOnly = true;
  }
  return degreeOnly && withYears;
}

/**
 * Where the employer starts speaking of itself by name: "NVIDIA is widely considered one of …",
 * "Acme's mission is …", at a line's start, after a sentence's end, or straight after a list
 * item's last word in a list flattened onto one line ("… in scientific computing NVIDIA is …"),
 * not after a word that makes the name an object ("experience at NVIDIA is a plus"). The
 * employer's closing paragraph, not more of the list before it; the same in every shape of the
 * posting, unlike the blank line after a list that employerLead needs.
 */
function employerSentence(company: string): RegExp {
  const name = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|(?<=[.!?]["')]?\\s+)|(?<=(?:^|\\W)(?!(?:${NAME_OBJECT})\\s)[a-z][a-z0-9]*\\)?\\s+))${name}(?:'s|’s|\\s+(?:is|are|was|has|have|had|builds|develops|provides|offers|helps|makes|operates|creates|powers|serves|believes|values)\\b)`, 'g');
}

/** Words after which the employer's name is an object, not the subject of its blurb. */
const NAME_OBJECT = 'with|at|for|of|to|and|or|like|join|joining|joined|by|from|in|on|as|than|about|within|across|via|into|the|a|an|our|your|whom|e\\.g|i\\.e';

/** Offsets in `line` where a sentence of the employer's blurb starts (see employerSentence): its first sentence addresses and asks nothing. */
function blurbStarts(line: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m && out.length < 20; m = re.exec(line)) {
    const rest = line.slice(m.index, m.index + 400);
    const first = FIRST_SENTENCE.exec(rest)?.[0] ?? rest;
    if (!/\byou(?:r|'re|’re|'ll|’ll)?\b/i.test(first) && !REQUIRED_CUE.test(first)) out.push(m.index);
  }
  return out;
}

/** The heading a blurb's start stands for: it closes a requirements list as "About us" would. */
const BLURB: Heading = { label: 'about us', rest: -1, how: 'inline' };

/** A paragraph's first sentence: up to a stop followed by a space and a capital. */
const FIRST_SENTENCE = /^[^]*?[.!?](?=\s+["'(]?[A-Z])/;

/** At most this many lines of some length: a posting that may have been flattened. */
const FEW_LINES = 4;

/**
 * The pieces of text read one after another: lines (over-long ones in chunks, see lineRanges),
 * each cut again where a heading stands inside it, with that heading and the whole line's range.
 */
function pieces(text: string, company: string | null): Array<[number, number, Heading | null, number, number]> {
  const out: Array<[number, number, Heading | null, number, number]> = [];
  const ranges = lineRanges(text);
  // A posting of a few lines may have had its line breaks taken away (see inlineHeadings).
  let filled = 0;
  for (const [s, e] of ranges) if (e - s >= 20 && ++filled > FEW_LINES) break;
  const fewLines = filled <= FEW_LINES;
  const blurb = company !== null && company.length >= 2 && text.includes(company) ? employerSentence(company) : null;
  for (const [s, e] of ranges) {
    const inner = e - s >= 60 ? inlineHeadings(text.slice(s, e), fewLines) : [];
    const line = blurb ? text.slice(s, e) : '';
    if (blurb && line.includes(company!)) {
      const before = inner.length;
      for (const at of blurbStarts(line, blurb)) if (!inner.some((h) => Math.abs(h.at - at) < 3)) inner.push({ at, heading: BLURB });
      // inlineHeadings gives its own in order: sorted again only where a blurb joined them.
      if (inner.length > before && before > 0) inner.sort((a, b) => a.at - b.at);
    }
    let from = s;
    let head: Heading | null = null;
    for (const { at, heading, skip } of inner) {
      out.push([from, s + at, head, s, e]);
      from = s + at + (skip ?? 0);
      head = heading;
    }
    out.push([from, e, head, s, e]);
  }
  return out;
}

/** For the years: 0 no skill starts in [from, to), 2 only fields a role is in (FIELD_SKILLS), 1 some other skill. */
function namedIn(matches: LineScan['matches'], from: number, to: number): number {
  let named = 0;
  for (const m of matches) {
    if (m.start < from || m.start >= to) continue;
    if (!FIELD_SKILLS.has(m.skill.id)) return 1;
    named = 2;
  }
  return named;
}

/** Categories of fields a role or a team is named after ("Data Science Intern", "Big Data Architect"; not "Python Developer"). */
const ROLE_FIELD_CATEGORIES: ReadonlySet<string> = new Set(['method', 'domain', 'math', 'data-engineering', 'mlops']);
/** Fields filed as tools that name roles all the same: "business intelligence analysts", "BI developers". */
const ROLE_FIELD_IDS: ReadonlySet<string> = new Set(['business-intelligence']);

/** Categories of names no one takes a degree in: a list of fields ends where one of these is named. */
const NOT_FIELD_CATEGORIES: ReadonlySet<string> = new Set(['language', 'framework', 'tool', 'cloud', 'mlops', 'data-engineering']);
/** …except those of them that name a subject rather than a product ("database", "Data Engineering"). */
const SUBJECTS: ReadonlySet<string> = new Set(['databases', 'relational-databases', 'nosql', 'graph-databases', 'time-series-databases',
  'vector-databases', 'version-control', 'command-line', 'frontend-development', 'microservices', 'business-intelligence', 'web-apis',
  'gui-development', 'cloud-computing', 'serverless', 'data-engineering', 'mlops', 'devops', 'big-data', 'data-architecture',
  'data-warehousing', 'data-modeling', 'data-governance', 'data-quality', 'etl', 'data-pipelines', 'stream-processing',
  'infrastructure-as-code', 'sre', 'observability', 'containerization']);

/**
 * Start of the first skill in [from, to) that is no field of study — a language, or a product
 * written with its capital ("Python", "PyTorch", "Docker") — or -1.
 */
function notFieldAt(matches: LineScan['matches'], from: number, to: number): number {
  for (const m of matches) {
    if (m.start < from || m.start >= to || !NOT_FIELD_CATEGORIES.has(m.skill.category) || SUBJECTS.has(m.skill.id)) continue;
    if (m.skill.category === 'language' || /[A-Z]/.test(m.surface)) return m.start;
  }
  return -1;
}

/** A sentence that opens as the alternative to the one before it. */
const ALTERNATIVE_LEAD = /^[\s*•·\-–]*(?:or|alternatively|otherwise)\b/i;
/** A sentence that ends by opening a list: "…, supervised and unsupervised:", "… as follows: -". */
const OPENS_LIST = /:[\s*_•·\-–]*$/;
/** The ask of such a line: "must / should / are expected to have", "expertise in one or more of". */
const LIST_ASK = /\b(?:(?:must|should|need\s+to|(?:are|will\s+be)\s+expected\s+to|expect\s+(?:you|candidates|applicants|the\s+candidate)\s+to)\s+(?:have|possess|bring|know|demonstrate)|(?:candidates|applicants|you)\s+must\s+be\s*[:：]|(?:seek(?:s|ing)?|searching\s+for|looking\s+for)\s+(?:applicants|candidates|researchers|scientists|people|someone|individuals)\s+(?:who|with|that)\b[^:]{0,200}\b(?:in|of)\s+(?:one|two|some|any|all|several|each|the\s+following)\b|(?:experience|expertise|knowledge|proficiency|background|familiarity)\s+(?:in|with)\s+(?:one|two|some|any|all|at\s+least|several|many|most|multiple|a\s+(?:few|number)|each|the\s+following)\b)/i;
/** Whether the line's last character before trailing spaces is a colon (a cheap first look for ASKS_FOR_LIST). */
function endsWithColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 13)) i--;
  const c = i >= 0 ? line.charCodeAt(i) : 0;
  return c === 58 || c === 0xff1a;
}
/** A line of some words that ends on a colon, opening the list below it ("… in one or more of the following areas:"). */
const ASKS_FOR_LIST = /^\s*\S+(?:\s+\S+){2,60}\s*[:：]\s*$/;
/** Longest line taken as one list item with its inline sub-list. */
const LIST_LINE = 600;
/** The bullet just before the sentence at `at` (the sentence before ends with it: "…: -", "… *"), or null. */
function bulletBefore(text: string, at: number): string | null {
  const m = /\s([*•·\-–])[\s_]*$/.exec(text.slice(Math.max(0, at - 12), at));
  return m ? m[1]! : null;
}

function readSentence(st: State, ln: LineCtx, ta: number, tb: number, inSentence: LineScan['matches']): void {
  const { text, skills, years, degrees, opts } = st;
  const { tokens, matches } = ln;
  const cs = tokens.start[ta]!;
  const ce = tokens.end[tb - 1]!;
  // Curly apostrophes as straight ones ("We’d love it if", "you’ll need"): the cues are written
  // with "'"; one character for one, so offsets into the sentence hold.
  const raw = text.slice(cs, ce);
  const sent = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  // With the line's hits (a line of at most 2,000 characters), a sentence's first looks are
  // the hits inside it; otherwise the patterns' own.
  const exact = ln.exact;
  const whole = exact && ta === 0 && tb === tokens.n;
  const degree = ln.degreeHint && (whole || (exact ? lineHits.within(Hint.Degree, cs, ce) || mayNameShortDegree(sent) : mayNameDegree(sent)));
  const yearsHint = ln.yearsHint && (whole || (exact ? lineHits.within(Hint.Years, cs, ce) : mayNameYears(sent.length > 2000 ? sent.slice(0, 2000) : sent)));
  // A sub-list opened on a long line (see leadList) ends at the first sentence of another bullet.
  if (ln.leadList) {
    const list = ln.leadList;
    const bullet = bulletBefore(text, cs);
    if (list.bullet === undefined) list.bullet = bullet !== list.outer ? bullet : null;
    else if (list.bullet === null || bullet !== list.bullet) { ln.lead = null; ln.leadList = null; }
  }
  // "- Nice to have - Docker": a label alone, parted from the line's next sentences by a flattened
  // list's " - ", gives them its section.
  if (inSentence.length === 0 && !whole) {
    const lead = labelAlone(sent);
    if (lead) { ln.lead = lead; ln.leadList = null; return; }
  }
  // A sentence with no skill, no degree and no years changes nothing: its section is not needed.
  if (inSentence.length === 0 && !degree && !yearsHint) return;

  // A page that carries its text twice, flattened onto one line, repeats sentences rather than
  // lines: a long sentence keeps the section it was first read in (as a repeated line does;
  // ordinary lines are compared whole, so only long ones are looked into).
  let lineSection = ln.lineSection;
  if (ln.whole.length > 1000 && sent.length >= 60 && ln.whole.length > sent.length + 20) {
    const first = st.seenSentences.get(sent);
    if (first !== undefined) lineSection = first;
    else if (st.seenSentences.size < 5000) st.seenSentences.set(sent, lineSection);
  }
  // "Benefits: - Experience with Kubernetes and Terraform": under what the job gives, an ask's
  // words describe what one gains, so they make no requirement.
  const own = ln.offered && lineSection === 'other' ? lineSection
    : sentenceSection(cs < ln.labelEnd ? sent.slice(Math.min(sent.length, ln.labelEnd - cs)) : sent, lineSection, lineSection === 'other' && (!exact || lineHits.within(Hint.Required, cs, ce)), yearsHint);
  let base = ln.lead && own === lineSection && !(ln.lead === 'preferred' && REQUIRED_CUE.test(sent)) ? ln.lead : own;
  // "Applicants should have a PhD in X. OR an MSc with experience in Y": the alternative asks as
  // the sentence before it did.
  if (own === lineSection && ln.last !== null && ALTERNATIVE_LEAD.test(sent)) base = ln.last;
  ln.last = base;
  // "Experience in machine learning: - Forecasting, Classification, …": an ask that opens a list
  // with a colon asks for the list that follows it on the line as well: on a line of one item,
  // the rest of the line; on a long line that carries a whole flattened posting, the items with
  // the bullet of the list's first item, up to the next item of the outer list ("* Exposure to …"),
  // and only after an ask of one clause ("… related field. description: -" ends a label's line).
  if (own !== lineSection && base === own && OPENS_LIST.test(sent)) {
    const short = ln.whole.length <= LIST_LINE;
    if (short || !/[.!?;]\s/.test(sent)) {
      ln.lead = own;
      ln.leadList = short ? null : { outer: bulletBefore(text, cs) };
    }
  }

  const { mentions: degreeMentions, fieldSpans } = degree ? degreesInSentence(sent, cs, base, (from, to) => notFieldAt(inSentence, from, to)) : NO_DEGREES;
  degrees.push(...degreeMentions);
  const found = yearsHint ? yearsInSentence(sent, cs, base, (from, to) => namedIn(matches, from, to), ln.whole.length > 2000 ? sent : ln.whole) : NO_YEARS;
  years.push(...found);
  // "Master degree in CS or equivalent. Alternatively, a bachelor degree with 3 years of
  // experience": the sentence before offered a degree with no years, so none are required.
  if (ln.degreeAlone && ALTERNATIVE_LEAD.test(sent) && found.some((y) => y.kind === 'degree')) years.push({ min: 0, max: null, kind: 'degree', section: base, at: cs });
  ln.degreeAlone = degreeMentions.length > 0 && found.length === 0;
  if (inSentence.length === 0) return;

  // The cues are looked for only where one of their words is.
  const preferHint = exact ? lineHits.within(Hint.Prefer, cs, ce) : PREFER_HINT.test(sent);
  const negationHint = exact ? lineHits.within(Hint.Negation, cs, ce) : NEGATION_HINT.test(sent);
  // Scopes, in offsets relative to the sentence.
  const contextHint = !exact || lineHits.within(Hint.Context, cs, ce);
  const { preferred, dropped, context } = cueScopes(sent, cs, inSentence, preferHint, negationHint, contextHint);
  const inside = (spans: Array<[number, number]>, x: { start: number; end: number }) =>
    spans.some(([p, q]) => x.start - cs >= p && x.end - cs <= q);

  const kept = inSentence.filter((x) => !fieldSpans.some(([p, q]) => x.start >= p && x.end <= q) && !inside(dropped, x));

  // Either-or groups, by index in `kept`.
  const groupOf = base !== 'other' || kept.length > 1 ? alternatives(st.matcher, tokens, text, cs, kept, () => `g${++st.groupCount}`) : [];

  for (let xi = 0; xi < kept.length; xi++) {
    const x = kept[xi]!;
    let section = base;
    if (preferred.length > 0 && inside(preferred, x) && section !== 'preferred') section = 'preferred';
    // "… to join a company that develops ML products": the employer's field, not an ask.
    if (context.length > 0 && inside(context, x)) section = 'other';
    // "our data science interns", "a Big Data Architect": the field in a role's name is no mention
    // of the skill at all (EXTRACTION.md: job titles are no skills). A CV's reader still sees it
    // through `trace`: there a role held is a sign of the field.
    if ((ROLE_FIELD_CATEGORIES.has(x.skill.category) || ROLE_FIELD_IDS.has(x.skill.id)) && roleNameAround(text.slice(Math.max(0, x.start - 40), x.start), text.slice(x.end, x.end + 60))) {
      opts.trace?.({ id: x.skill.id, surface: x.surface, start: x.start, section: 'other', group: null });
      continue;
    }
    // "3. Prepare for a pair programming interview" under "How to apply": a step of the
    // application, not a skill asked for; nor are the papers it asks to send, whatever the words
    // of the ask ("You should supply … the online courses on deep learning you have followed").
    // ("You must know Docker" there is still an ask.)
    if (ln.process && (section === 'other' || APPLICATION_PAPERS.test(ln.line))) {
      opts.trace?.({ id: x.skill.id, surface: x.surface, start: x.start, section: 'other', group: null });
      continue;
    }
    // "databases (SQL or NoSQL)", "database technologies such as PostgreSQL": the kind, named
    // beside its members, is what they are, not one more skill asked for.
    if (KIND_NAMES.has(x.skill.id) && kept.some((y) => y !== x && membersOf(st.matcher, x.skill.id).has(y.skill.id))) {
      opts.trace?.({ id: x.skill.id, surface: x.surface, start: x.start, section: 'other', group: null });
      continue;
    }
    const group = section === 'other' ? null : groupOf[xi] ?? null;
    let acc = skills.get(x.skill.id);
    if (!acc) {
      acc = { skill: x.skill, first: x.start, mentions: [], at: [], occ: [] };
      skills.set(x.skill.id, acc);
    }
    if (!acc.mentions.includes(x.surface)) { acc.mentions.push(x.surface); acc.at.push(x.start); }
    acc.occ.push({ section, group });
    opts.trace?.({ id: x.skill.id, surface: x.surface, start: x.start, section, group });
  }
}

/** Names of a kind of tool that a posting uses for the list of its members beside it. */
const KIND_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['databases', ['databases', 'relational-databases', 'nosql', 'sql']],
]);
const KIND_MEMBERS = new WeakMap<Matcher, Map<string, Set<string>>>();
/** The skills that are members of a kind (those that imply one of its ids, and those ids but the kind's own). */
function membersOf(matcher: Matcher, kind: string): Set<string> {
  let byKind = KIND_MEMBERS.get(matcher);
  if (!byKind) KIND_MEMBERS.set(matcher, (byKind = new Map()));
  let members = byKind.get(kind);
  if (members) return members;
  const heads = KIND_NAMES.get(kind) ?? [];
  members = new Set(heads);
  for (const [id, implied] of impliedClosure(matcher.taxonomy)) if (heads.some((h) => implied.has(h))) members.add(id);
  members.delete(kind);
  byKind.set(kind, members);
  return members;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
/** Words of an application's papers to send: "supply a motivation letter", "send your CV", "attach". */
const APPLICATION_PAPERS = /\b(?:supply|send|submit|attach|enclose|upload|include|provide)\b[^.;]{0,80}\b(?:letter|cv|résumé|resume|transcripts?|grades|list|links?|references?|portfolio|publications?|documents?|certificates?)\b/i;
registerRegexps(APPLICATION_PAPERS, DANGLING_END, DANGLING_BREAK, SPEC_MARK, LIST_ASK, ASKS_FOR_LIST, MD_ESCAPE, HTML_COMMENT, FRONT_MATTER, FOLLOWING, ONE_OF_FOLLOWING, EMPLOYER_LEAD, EMPLOYER_STATEMENT, ASKING, QUOTED_WRAP, GLUED_FIELD, GLUED_FIELD_HINT, GOES_ON, WRAPPED, WRAPPED_BREAK, FIGURE_WRAPPED, FIGURE_BREAK, LONE_CR, PLAIN_MENTION, WRITTEN_BREAK, FIRST_SENTENCE, ALTERNATIVE_LEAD, OPENS_LIST);
