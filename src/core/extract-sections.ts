// Which part of a posting a line belongs to: the requirements, the nice-to-haves, or the rest
// (company blurb, responsibilities, benefits). Headings come in many dresses — "## Requirements",
// "**What you'll bring**", "QUALIFICATIONS", "Nice to have:", "Skills: Python, SQL" — and the
// words in them are what decide. Every pattern here is bounded and runs on one short line.
import type { Section } from './schema';
import { registerRegexps } from './regexps';
import { misspelling } from './spelling';
import { ASK_LEAD, REQUIRED_CUE } from './cues';

export interface Heading {
  /** Heading text without markup, apostrophes straightened, lower case. */
  label: string;
  /** Offset in the line where content after an inline heading starts ("Skills: Python"), or -1. */
  rest: number;
  /** How sure we are this is a heading: 'marked' (markdown, bold, capitals, own line) or 'inline'. */
  how: 'marked' | 'colon' | 'inline' | 'plain';
}

export type HeadingClass = { section: Section; hard: boolean } | { ideal: true } | null;

const MAX_HEADING = 120;
/** The longest list item read as an ask that opens a sub-list. */
const MAX_ASK_ITEM = 240;
/** A label that ends where a list must follow: "… if you", "you have", "you will bring". */
const DANGLING = /\b(?:if you(?: also)?(?: have| had| are| can| know| bring)?|for you if|you(?:'ll| will| should| must| to)? (?:have|bring|need|possess)|you are)$/;
/** Pictographs (with their joiners and skin tones) at the start of a line. */
const PICTOGRAPHS = /^(?:(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]|\u{20E3})\s*)+/u;
/** A list item's marker and the spaces after it: the item's text starts where the match ends. */
export const BULLET = /^\s*(?:[-*•·▪◦‣●○■□➢►–—]|\+(?=\s)|\d{1,2}[.)])\s+/;

/** Recognise a heading line. Returns null for ordinary lines. */
/** A colon then a dash ending a line: "Desired skills :-", the label style of some boards. */
const COLON_DASH = /[:：]\s*[-–—]+\s*$/;

export function parseHeading(line: string): Heading | null {
  let trimmed = line.trim();
  if (!trimmed) return null;
  // "🎯 Requirements", "✨ What you bring": a pictograph before a heading is decoration.
  if (trimmed.charCodeAt(0) >= 0x2190 && PICTOGRAPHS.test(trimmed)) {
    trimmed = trimmed.replace(PICTOGRAPHS, '');
    if (!trimmed) return null;
    line = trimmed;
  }
  if (trimmed.length > 400) return inlineHeading(line.slice(0, 200));
  const first = trimmed.charCodeAt(0);
  if (first === 35 /* # */) {
    const md = /^#{1,6}\s*(.*)$/.exec(trimmed);
    if (md) {
      const label = cleanLabel(md[1]!);
      return label ? { label, rest: -1, how: 'marked' } : null;
    }
  }
  // "Experience in any of the following areas is a plus.", "Knowledge of the following is
  // desirable": a sentence that says the list after it is a nice-to-have heads that list, with
  // whatever mark it ends on. Not a list item, at most two lines' worth, and no label with its
  // content ("Note: … share your preferred location from the following: Hyderabad, …").
  if (trimmed.length <= 2 * MAX_HEADING && FOLLOWING.test(trimmed) && !BULLET.test(line) && !/[:：]\s*\S/.test(trimmed)) {
    const label = cleanLabel(trimmed);
    if (wordCount(label) <= 30) {
      if (FOLLOWING_RELEVANT.test(label) || FOLLOWING_WISHED.test(label)) return { label: 'a plus', rest: -1, how: 'colon' };
      const c = classifyHeading({ label, rest: -1, how: 'colon' });
      if (c && 'section' in c && c.section === 'preferred') return { label, rest: -1, how: 'colon' };
    }
  }
  if (trimmed.length > MAX_HEADING) return inlineHeading(line);
  // "requirements_technical: [", "plus=[", "nice_to_have:": a key of a data file (YAML front matter,
  // a page's source) that holds the list below it.
  const key = DATA_KEY.exec(trimmed);
  if (key) {
    const label = cleanLabel(key[1]!);
    if (label && wordCount(label) <= 4) return { label, rest: -1, how: PREFERRED_WHOLE.test(label) ? 'plain' : 'marked' };
  }
  // A line wholly in bold or italics: "**What you'll bring**", "*Minimum Qualifications**", "__Perks__:".
  if ((first === 42 || first === 95) /* * _ */ && /^[*_]{1,3}\S/.test(trimmed) && /\S[*_]{1,3}\s*[.…:!?]*\s*$/.test(trimmed) && !BULLET.test(trimmed.replace(/^[*_]+/, ''))) {
    const label = cleanLabel(trimmed);
    if (label && wordCount(label) <= 14) return { label, rest: -1, how: 'marked' };
  }
  if (BULLET.test(line)) return bulletedHeading(trimmed);
  // "Qualifications • Python • SQL": a flattened heading whose list runs on after in-line bullets.
  const run = hasColon(trimmed) ? null : LABEL_THEN_BULLETS.exec(line);
  if (run) {
    const label = cleanLabel(run[1]!);
    if (label && wordCount(label) <= 6 && classifyHeading({ label, rest: -1, how: 'plain' })) return { label, rest: run[0].length, how: 'plain' };
  }
  // "Skills: Python, SQL" — a label, a colon, then content ("Desired skills :-" ends in a dash, no content).
  if (hasColon(trimmed) && /[:：]\s*\S/.test(trimmed) && !COLON_DASH.test(trimmed)) return inlineHeading(line);
  // "Desired qualifications (these are a plus but not required)": a heading with a remark in
  // brackets is the heading; a remark that waives it makes its list a nice-to-have.
  // "Desired Qualifications - a non-exhaustive list of possible assets": so is one after a dash.
  const remark = trimmed.endsWith(')') || trimmed.endsWith(':') ? HEADING_REMARK.exec(trimmed) : DASH_REMARK_HINT.test(trimmed) ? HEADING_DASH_REMARK.exec(trimmed) : null;
  if (remark) {
    const head = cleanLabel(remark[1]!);
    // "Relevant hands-on experience (any subset is valuable):" reads as its label with the colon would.
    const how = trimmed.endsWith(':') ? 'colon' : 'plain';
    const c = head && wordCount(head) <= 6 ? classifyHeading({ label: head, rest: -1, how }) : null;
    // ("Nice to Have (But Not Required)": a nice-to-have heading stays one.)
    if (c && 'section' in c) {
      const waived = c.section !== 'preferred' && PREFERRED.test(remark[2]!.toLowerCase());
      return { label: waived ? `${head} (not required)` : head, rest: -1, how };
    }
  }
  const label = cleanLabel(trimmed);
  if (!label) return null;
  const words = wordCount(label);
  if (words <= 8 && shouted(trimmed)) return { label, rest: -1, how: 'marked' };
  if (words <= 16 && (/[:：]\s*$/.test(trimmed) || COLON_DASH.test(trimmed))) return { label, rest: -1, how: 'colon' };
  // "You might be a fit if you", "Ideally, you have": a lead-in that stops where its list begins.
  // "We're Excited About You Because You Have...": an ellipsis leads into the list, it ends no sentence.
  // "Bonus points!": a short exclamation is a heading's flourish.
  const lead = trimmed.endsWith('...') || trimmed.endsWith('…') || (words <= 4 && trimmed.endsWith('!')) ? trimmed.replace(/[.…!]+$/, '') : trimmed;
  // "What do we look for?", "Who are you?", "Why join us?": a short question is a heading when
  // its words place it (it must read as one as a whole: see classifyHeading for 'plain').
  if (words <= 8 && /\?\s*$/.test(trimmed) && QUESTION_HEAD.test(label)) return { label, rest: -1, how: 'plain' };
  // (Chinese has no capitals: a short line of it may be a heading too, "任职要求".)
  if (!/[.,;!?。，；！？]\s*$/.test(lead) && (/^[A-Z]/.test(trimmed) || (first >= 0x4e00 && first <= 0x9fff))) {
    // "It's Preferred If You Have", "At a Minimum, We'd Like You To Have": a lead-in that stops
    // where its list begins reads like a marked heading, whatever its first word.
    if (words <= 12 && DANGLING.test(label)) return { label, rest: -1, how: 'marked' };
    // "What would make you stand out", "Helpful, but not required", "What you'll bring to the team":
    // a heading in a sentence's words.
    if (words <= 10 && (SOFT_WHOLE.test(label) || SOFT_MORE.test(label) || REQUIRED_HEAD_WHOLE.test(label) || LIKE_TO_SEE.test(label) || KNOW_ABOUT.test(label))) return { label, rest: -1, how: 'plain' };
    if (words <= 5 || (words <= 10 && titleCase(trimmed))) return { label, rest: -1, how: 'plain' };
  }
  return inlineHeading(line);
}

/**
 * "► Requirements", "1. Nice to have", "■ Responsibilities:": an arrow, a square or a number before
 * a label that is a heading as a whole, in four words at most, with nothing after it; a list item
 * is never one ("► Requirements gathering", "1. Nice to have: Docker", "1. Python"). Not after a
 * dash or a dot, which open the items of a list and the labels of its nested lists ("- Nice to
 * have" over "  - Docker").
 */
const HEADING_BULLET = /^(?:[►▶➢➤■□]|\d{1,2}[.)])\s/;
function bulletedHeading(trimmed: string): Heading | null {
  if (trimmed.length > 60 || !HEADING_BULLET.test(trimmed)) return null;
  const rest = trimmed.replace(BULLET, '');
  if (/[:：]\s*\S/.test(rest) || /[.,;!?]\s*$/.test(rest)) return null;
  const label = cleanLabel(rest);
  if (!label || wordCount(label) > 4) return null;
  const heading: Heading = { label, rest: -1, how: 'plain' };
  return classifyHeading(heading) ? heading : null;
}

/** A sentence that points to the list after it: "… of the following (areas) …". */
const FOLLOWING = /\b[Tt]he following\b/;
/** "You preferably have experience in some of the following": a wished-for list ("ideally" is the main ask where no requirements list is, see IDEAL). */
const FOLLOWING_WISHED = /\b(?:preferably|optionally)\b/;
/** "… is relevant to this position": the list helps, it is not asked for. */
const FOLLOWING_RELEVANT = /\b(?:is|are|would be|will be)\s+(?:also\s+|highly\s+|particularly\s+)?relevant\b/;

/** A data file's key opening a list: snake_case, camelCase or one word, then ":" or "=", then an opening bracket, a YAML block mark (">-", "|") or nothing. */
const DATA_KEY = /^["']?([a-z][a-z]*(?:_[a-z]+){0,3}|[a-z]{2,}(?:[A-Z][a-z]+){1,3})["']?\s*[:=]\s*(?:[[({]|[>|][+-]?)?$/;

/** A heading, then a remark in brackets (groups 1 and 2). */
const HEADING_REMARK = /^([A-Z][^()]{2,60}?)\s*\(([^()]{1,80})\)\s*:?$/;
/**
 * The same remark after a dash, in the words of a remark ("- a non-exhaustive list of possible
 * assets", "– all must be met", "- nice to have, not required"), not a list ("Requirements - Python, SQL").
 */
const HEADING_DASH_REMARK = /^([A-Z][^()\-–—:]{2,60}?)\s+[-–—]\s+((?:a|an|the|all|any|these|this|not|nice|optional|must|if|one|some|none|at\s+least|please|for|which|that|we|you|our|your|no|each|every|only|strongly|highly|preferred|required|desired|bonus|plus|good)\b[^()]{0,120}?)\s*:?$/;
const DASH_REMARK_HINT = /\s[-–—]\s/;
/** How a heading written as a question starts ("what do we look for", "is this you"). */
const QUESTION_HEAD = /^(?:what|who|whom|why|how|is this you|(?:does )?this sound like you|is that you|are you (?:the one|a (?:good )?(?:fit|match)|ready))\b/;

/**
 * A label at the start of a line, then an in-line bullet and the list's first item, and a second
 * bullet further on: a list, not a remark after a dash (group 1: the label).
 */
const LABEL_THEN_BULLETS = /^\s*([A-Z][A-Za-z &/'’()-]{1,60}?)\s+[•·▪●–-]\s+(?=\S.*?\s[•·▪●–-]\s+\S)/;

const hasColon = (s: string) => s.includes(':') || s.includes('：');

/** At least three ASCII letters and none of them lower case: "QUALIFICATIONS", "R&D / ML". */
function shouted(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 3;
}

/** "Skills: Python, SQL", "Responsibilities: The applicant will…". */
function inlineHeading(line: string): Heading | null {
  if (!hasColon(line)) {
    // "Minimum Qualifications... Outlined below are …": a careers page's heading with its ellipsis,
    // its paragraph run on after it where the page's lines were joined.
    const e = line.includes('...') || line.includes('…') ? ELLIPSIS_LABEL.exec(line) : null;
    const label = e ? cleanLabel(e[1]!) : '';
    return label && wordCount(label) <= 4 ? { label, rest: e![0].length, how: 'inline' } : null;
  }
  const m = /^\s*[*_]{0,3}([A-Za-z][A-Za-z &/'’()-]{1,48}?)[*_]{0,3}\s*[:：]\s*[*_]{0,3}\s*(?=\S)/.exec(line);
  if (!m) return null;
  const label = cleanLabel(m[1]!);
  // "You'll thrive if you have: - 8+ years …; - Python …": a lead-in that stops where its list
  // begins, its list run on after the colon.
  if (!label || wordCount(label) > (DANGLING.test(label) ? 8 : 5)) return null;
  return { label, rest: m[0].length, how: 'inline' };
}

/** "Preferred Qualifications... Outlined below": a label of capitalised words, an ellipsis, a capital. */
const ELLIPSIS_LABEL = /^\s*([A-Z][a-z']+(?: [A-Z][a-z']+){0,3})(?:\.\.\.|…)\s+(?=[A-Z])/;

/** "You May Be a Good Fit If You": most longer words capitalised. */
function titleCase(s: string): boolean {
  let long = 0;
  let capital = 0;
  for (let i = 0; i < s.length;) {
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    const start = i;
    while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
    if (i - start >= 4) {
      long++;
      const c = s.charCodeAt(start);
      if (c >= 65 && c <= 90) capital++;
    }
  }
  return long > 0 && capital / long >= 0.7;
}

/** Words in a cleaned label (single spaces between them). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** JavaScript's `\s`: white space and line terminators. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028
    || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LINK_TARGET = /\]\([^)\s]*\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/g;
/** [:：.…!?\s-], the marks a label may end with. */
const isTrailCode = (c: number) => c === 58 || c === 0xff1a || c === 46 || c === 0x2026 || c === 33 || c === 63 || c === 45 || isSpaceCode(c);
/** [\s:-], the marks a label may start with. */
const isLeadCode = (c: number) => c === 58 || c === 45 || isSpaceCode(c);

export function cleanLabel(s: string): string {
  // "[Field Research Associate](…/assets/vacancies/…pdf)": a link's address is no part of the
  // label ("assets" in it would make a nice-to-have heading), its text is.
  if (s.includes('](') || s.includes('://') || s.includes('www.')) {
    s = s.replace(LINK_TARGET, ' ').replace(BARE_URL, ' ').replace(/[[\]]/g, ' ');
  }
  if (/[’‘`&*_#/|]/.test(s)) {
    s = s
      .replace(/[’‘`]/g, "'")
      .replace(/\s*&\s*/g, ' and ')
      .replace(/[*_#]+/g, ' ')
      .replace(/[/|]+/g, ' ');
  }
  let end = s.length;
  while (end > 0 && isTrailCode(s.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isLeadCode(s.charCodeAt(start))) start++;
  if (start > 0 || end < s.length) s = s.slice(start, end);
  if (/[^\S ]| {2}/.test(s)) s = s.replace(/\s+/g, ' ');
  // "mustHaves", "niceToHave", "minimumQualifications": a data file's key, one word in camel case.
  if (isCamelKey(s)) s = s.replace(/[A-Z]/g, (c) => ` ${c}`);
  return s.trim().toLowerCase();
}

/** "mustHaves": two or more small letters, then one to three words each of a capital and small letters. (No expression: every label is asked.) */
function isCamelKey(s: string): boolean {
  if (s.length > 40 || s.length < 4) return false;
  let capitals = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      if (i < 2 || ++capitals > 3 || s.charCodeAt(i - 1) < 97) return false;
    } else if (c < 97 || c > 122) return false;
  }
  return capitals > 0 && s.charCodeAt(s.length - 1) >= 97;
}

// A heading that says "nice to have". Checked first: "Preferred Qualifications" is not a requirement.
const PREFERRED = /\b(?:(?:especially|particularly|even more|extra) (?:love|like|keen|happy|excited) to (?:hear from|see|meet) you|(?:you )?(?:don't|do not|won't|will not) need (?:these|all of these|them|this) (?:skills )?to apply|nice[- ]to[- ]haves?|preferred|recommended(?=\s+(?:qualifications?|skills?|experience|knowledge|background|requirements?)\b)|(?:we|we'd|we would) (?:also )?prefer|preferences?|bonus|pluses|a plus|(?:big|huge|strong|major|definite|real|massive)\s+plus(?:es)?|desired|desirable|advantageous|an advantage|beneficial|an asset|nice if|extra credit|even better|(?:great|good)[- ]to[- ]haves?|stand out|set you apart|(?:would|'d|’d) be (?:great|nice|a plus|a bonus)|optional|(?:brownie|bonus|extra) points|points if|may also have|(?:strong|exceptional|outstanding|stand-?out|stellar) (?:candidates|applicants)|additional (?:skills|qualifications|experience)|helpful|useful|assets?|differentiators?|(?:highly )?valued|not (?:strictly )?(?:required|mandatory|essential|necessary)|gives? you an? (?:edge|advantage)|added advantage|(?:good|nice) to know|love to see|love it if|(?:we'?d|we would) (?:also |really |especially )?love (?:applicants|candidates|people|someone|anyone|you to have)\b)\b/;
/** "Should have" / "Could have" as a heading of its own (after "Must have"): the softer tiers. */
const MOSCOW_SOFT = /^(?:should|could)[- ]haves?(?: (?:skills|requirements|qualifications))?$/;
// "Ideally you'd have", "Our ideal candidate will have", "Ideal candidates will possess".
const IDEAL = /\bideal(?:ly)?\b/;
/** "What we'd like to see", "We would like to see": a wish, which IDEAL's rule places. */
const LIKE_TO_SEE = /^(?:(?:what|things|skills) )?(?:we'?d|we would|we'd also|we would also) like to see\b/;
// Requirement headings, anchored on the whole label ("Skills", "Basic Qualifications", "Education Required").
const REQ_NOUN = String.raw`(?:requirements?|qualifications?|skills?|skill ?set|competenc(?:y|ies)|competences?|expectations|experience|education|knowledge|expertise|prerequisites?|must[- ]haves?|abilities|background|criteria|profile|person specification|specification|eligibility)`;
const REQ_QUALIFIER = String.raw`(?:job|technical|tech|basic|minimum|min|required|mandatory|compulsory|key|essential|core|must[- ]have|your|the|our|candidate|position|role|general|professional|selection|entry|eligibility|eligible|education(?:al)?|related|relevant|work|prior|previous|necessary|needed|special|specific|important)`;
const REQUIRED_WHOLE = new RegExp(String.raw`^(?:${REQ_QUALIFIER}\s+)*${REQ_NOUN}(?:,?\s+(?:and\s+)?(?:${REQ_QUALIFIER}\s+)*${REQ_NOUN}|\s+(?:required|needed))*$`);
/**
 * "The right person will have", "Our Ideal Candidate Has": a line of its own that leads into the list.
 * (Inside a paragraph the same words are a sentence's ask, read by cues.ts, and open no section.)
 */
const PERSON_HEAD = /^(?:the|our) (?:right|successful|ideal) (?:candidate|person|applicant) (?:has|have|brings|will (?:have|bring|possess))$/;
/** "Skills & Experience We're Looking For", "Skills and attributes for success": the asks named, then who wants them. */
const REQUIRED_NOUN_TAIL = new RegExp(String.raw`^(?:(?:key|core|technical|the|your)\s+)?${REQ_NOUN}(?:,?\s+(?:and|&)\s+(?:[\w-]+\s+)?${REQ_NOUN}|\s+(?:and|&)\s+attributes)*\s+(?:(?:that\s+|which\s+)?we(?:'re| are)\s+(?:looking|searching)\s+for|(?:that\s+)?we\s+(?:need|want|expect|seek|require)|(?:that\s+)?you(?:'ll| will)?\s+need|(?:(?:required|needed)\s+)?for\s+(?:this|the)\s+(?:role|position|job|post)|for\s+success)$`);
const REQUIRED_PHRASE = /\b(?:what (?:you'll|you will|you|you'd|we need you to) (?:bring|need|have)|what (?:you've|you have) (?:done|accomplished|achieved|built)|what (?:you|can you|you can|will you|you will|you'll) offer(?: us)?$|what (?:we're|we are|we(?:'ll| will|'d| would)?(?: be)?) (?:look(?:ing)? for|need|expect|want)|we (?:look|seek) for|what (?:do|are|will|should) (?:we|you) (?:look(?:ing)? for|need|expect|want|bring|need to have)|(?:who|whom) (?:are|do|will) we (?:look(?:ing)? for|need|want|seek(?:ing)?)|who are you|(?:should|must|will|shall) (?:have|possess|bring|demonstrate) the following|is this you|are you (?:the one|a (?:good )?(?:fit|match)|ready)|we(?:'re| are) looking for|you (?:have|bring|possess|should have|must|will need|need|will bring|will possess)|who you are|about you|your (?:background|profile|skills|qualifications|experience|expertise)|must[- ]haves?|requirements?|qualifications?|please apply if|love to hear from you if|(?:love|enjoy|like) this (?:role|job|position|challenge|opportunity) if|(?:perfect|right|ideal|made|meant) for you if|(?:good|great|strong) fit|(?:candidates?|applicants?|someone|people|individuals?) who|(?:successful|right|qualified|suitable) (?:candidate|applicant)s? (?:will|should|must|would) (?:have|possess|bring|demonstrate)|(?:an?\s+)?(?:\w+\s+)?fit if|(?:candidate|applicant|ideal candidate|required|job|your) profile|thrive|to (?:succeed|shine|excel)|you'?ll need|experience you(?:'ll)? need|you'll bring|knowledge,? skills|minimum|basic qualifications|mandatory|essential skills|what it takes|to be successful|(?:your|core|key|technical|required|the)\s+(?:\w+\s+)?(?:skills|qualifications|requirements))\b/;
const OTHER = /\b(?:about|responsibilit\w*|duties|tasks|what you(?:'ll| will)? do|you will|you'll|in this role|your role|the role|day[- ]to[- ]day|day in the life|benefits|perks|compensation|salary|pay|we offer|our offer|(?<!\b(?:you|you can|can you|will you|you will|you'll)\s)offer|company|who we are|overview|mission|culture|diversity|equal|eeo|inclusion|logistics|how to apply|application (?:process|procedure|instructions)|recruitment|recruiting|interview|hiring process|projects?|objectives|purpose|accountabilit\w*|(?:essential|key|primary|principal|main|core|job)\s+(?:job\s+)?functions?|description|summary|team|contribut\w*|impact|opportunity|position|why (?:join|us|work)|how we(?:'re| are)? (?:different|work|operate|think)|what makes us (?:different|unique|special)|come (?:work|build|grow) with us|life at|location|what we do|the problems|rewards|package|note|disclaimer|additional information|other information|more information|privacy|what to expect|job details|the job|the work|challenges?|topics?|research (?:areas|interests|directions|themes)|(?:this|it|which) (?:could|will|may|might|would|can) (?:typically |also )?involve)\b/;
/**
 * Requirement headings said in other words, read as a whole: "You are", "The candidate", "Your
 * toolbox", "What you can bring", "Does this sound like you?", "What we ask of you", "Hard skills",
 * and "You" alone.
 */
const REQUIRED_HEAD_WHOLE = /^(?:you(?:['’]ll|\s+will|\s+should|\s+must)?\s+(?:be\s+able\s+to|be\s+comfortable(?:\s+with)?)|(?:the\s+)?(?:successful|right|qualified|suitable)\s+(?:candidates?|applicants?)\s+(?:will|should|must)|(?:things|what)\s+you(?:['’]ll|\s+will)?\s+(?:should|need\s+to|must|have\s+to)\s+know(?:\s+about\s+(?:our|the)\s+(?:tech(?:nology)?(?:\s+stack)?|stack|tools))?(?:\s+before\s+(?:applying|you\s+apply))?|you|you are|you(?:'ll| will) have|the (?:ideal )?(?:candidate|person|applicant)|about (?:the )?(?:ideal |successful |right )?(?:candidate|applicant|person)|requisites|your (?:toolbox|strengths|talents|tool ?kit)|what (?:you can|you could|you(?:'ll| will)|you) bring(?: (?:to|into) (?:the|our) (?:team|table|role|job))?|(?:you should|who should|who can|you can) apply(?: if(?: you)?)?|(?:does )?this sound like you|(?:is )?that you|who (?:are we|we are|we're) looking for|what we (?:would like|ask|expect|need|want) (?:from|of|for) you|what we ask(?: for)?|we ask|we expect|we (?:need|require)(?: (?:from )?you(?: to (?:have|bring|know|be))?)?|(?:hard|soft|tech|expected) skills|what makes you a (?:great|good|strong) (?:fit|match|candidate)|what(?:'s| is) (?:required|needed|expected)(?: (?:of|from) you)?|what we require|(?:let['’]?s|we(?:['’]d| would) love to) (?:talk|chat|connect|hear from you) if(?: you)?|talk to us if(?: you)?|what (?:qualities|skills|experience|qualifications|traits) (?:are we|do we|we're|we are|we) (?:look(?:ing)? for|seek(?:ing)?|need|want)|(?:key |desired |required |personal |candidate )?attributes(?: of (?:a|an|the|our) (?:successful|ideal|right|strong|great) (?:candidate|applicant|person|hire))?|(?:(?:data|ml|ai|research|software|machine learning|senior|junior|lead|staff|principal|intern|internship|graduate|student|trainee|engineer|engineering|scientist|science|analyst|analytics|developer|position|role|job|candidate|applicant|programme|program|phd|postdoc|postdoctoral|technical|minimum|basic|general|academic|entry|eligibility|additional)\s+){1,5}(?:requirements|qualifications))$/;
const OUR_OWN = /^our (?:(?:core|key|main|technical|current|collective|combined) )?(?:experience|expertise|skills?|knowledge|competenc(?:y|ies)|profile|background)$/;
/**
 * "Current areas of expertise include:", "Our team's expertise:", "The group's experience": the
 * employer's own know-how introduced, not an ask (only REQUIRED_WEAK's words: "Our requirements"
 * still asks). Bounded: a label of a heading's length.
 */
const EMPLOYER_KNOWHOW = /^(?:(?:our|current|existing)\b(?!.*\byou)|(?:the |our )?(?:team|group|lab|company)(?:'s?)?\b)(?:\s+[\w'-]+){0,3}?\s+(?:expertise|experience|skills?|knowledge|competenc(?:y|ies)|background)\b/;
const REQUIRED_WEAK = /\b(?:skills?|experience|education|competenc(?:y|ies)|expertise|knowledge|qualif\w*|background)\b/;
const HARD = /\b(?:required|requirements?|minimum|must|basic|mandatory|essential)\b/;

// Plain lines (no markup, no colon) are headings only when the whole line reads like one;
// "Mission Management" in a list is not the company's mission.
const PREFERRED_WHOLE = /^(?!additional\s+requirements?$)(?:(?:nice[- ]to[- ]haves?|preferred|recommended|preferences?|bonus|desired|desirable|additional|optional|plus|extras?|advantages?|(?:good|great)[- ]to[- ]haves?|helpful|useful|advantageous|beneficial|assets?|added bonus|secondary)(?:,?\s+(?:and\s+|or\s+|&\s+)?(?:points|skill ?sets?|skills?|qualifications?|experience|education|preferences?|requirements?|knowledge|abilities|capabilities|competenc(?:ies|es)|attributes|expertise|criteria|if you have|to have|preferred|desirable|desired|optional))*|pluses|(?:bonus|extra|brownie) points(?: (?:for|if(?: you(?: have)?)?))?|(?:skills?|qualifications?|experience|knowledge|abilities|requirements?|criteria)(?:\s+(?:and|&)\s+(?:skills?|qualifications?|experience|knowledge|abilities))?\s+(?:desired|preferred|desirable|optional|welcome)|welcomed?\s+(?:skills?|knowledge|experience|qualifications?)|points if(?: you(?: have)?)?|differentiators|even better|extra credit|(?:an?\s+)?(?:big|huge|strong|major|definite|real|massive)\s+(?:plus|bonus)(?:es)?(?:\s+if\s+you\s+have)?|also\s+(?:great|nice|good|welcomed?|helpful|useful|valued|appreciated|a\s+plus|an\s+advantage)|(?:great|nice|good|a\s+plus)\s+if\s+you\s+(?:also\s+)?(?:have|know|bring))$/;
/**
 * A nice-to-have heading written as words of a sentence, read as a whole: "What would make you
 * stand out", "Skills that would be helpful", "Would be a plus", and a heading waived as not
 * required ("Helpful, but not required", "Not required, but nice", "Preferred qualifications
 * (not required)") or said to be learnable ("Helpful skills, but can be learned on the job"). Bounded pieces only: it runs on a label of at most a line's heading length.
 */
const SOFT_WHOLE = /^(?:(?:[a-z']+ ){0,2}(?:helpful|useful|nice[- ]to[- ]have|preferred|bonus|desirable|desired|optional|good to have)(?: (?:skills?|qualifications?|experience|knowledge))?,? but (?:can|could|may|will) be (?:learned|learnt|taught|picked up|acquired|developed|gained)(?: [a-z']+){0,4}|(?:what|things|skills|experience|qualifications|something)\b[\w' ]{0,40}\b(?:stand out|sets? you apart)|(?:(?:additional|other|extra|some)\s+)?(?:skills|experience|knowledge|qualifications|things)\s+(?:that\s+)?(?:would|will|could|might)\s+be\s+(?:helpful|useful|a plus|nice|great|beneficial|an advantage|valued|appreciated)|(?:what |it )?would be (?:a plus|nice|great|helpful|a bonus|an advantage)|(?:you )?(?:might|may|could) also (?:have|bring|know|possess)|(?:the )?(?:skills|things|experience|knowledge) (?:that|which) (?:would|could|might|will) help(?: you)?|(?:(?:[a-z']+ ){0,3}(?:preferred|nice|helpful|useful|good|great|desirable|desired|bonus|skills?|qualifications?|experience|knowledge|requirements?|criteria),? (?:but )?)?\(?not (?:strictly )?(?:required|mandatory|essential|necessary)\)?(?:,? but (?:[a-z']+ ){0,2}[a-z']+)?)$/;
/**
 * More nice-to-have headings as a whole: "What gives you an edge", "Added advantage", "Good to
 * know", "We'd love to see", "Additional desirable skills".
 */
const SOFT_MORE = /^(?:(?:what|things|skills|experience|something)(?: (?:that|which))? (?:will|would|could|might|really)? ?makes? us (?:love|adore) you|(?:(?:highly|very|the most|more) )?competitive (?:candidates?|applicants?)(?: (?:will|would|may|might) (?:also )?(?:have|possess|bring|demonstrate))?|(?:these|this|the following|things|skills|what) (?:are|is|we consider|we'd consider|we would consider|would be|count as) (?:an? )?(?:(?:added|big|real|definite|nice) )?(?:plus|pluses|bonus|advantage|asset)(?:es)?|(?:what|things|skills|experience|something)\b[\w' ]{0,30}\b(?:gives?|give) you an? (?:edge|advantage)|(?:an? )?(?:added|additional) (?:advantage|bonus)s?|(?:good|nice|helpful|useful) to know|(?:(?:what|things|skills) )?(?:we'?d|we would|would) (?:also )?love (?:to see|it if you(?: have)?|(?:applicants|candidates|people|someone|you) who (?:also )?(?:have|bring|know))|(?:added|extra|additional) bonus(?:es)?(?: (?:you have|if you have|points))?|what (?:separates|sets apart|distinguishes) (?:the best|great candidates|you)(?: from the rest)?|(?:what )?(?:would be |is |are )?(?:nice|great|good) to see|(?:[a-z']+ ){1,4}(?:especially|particularly|exceptionally) (?:great|good|strong) (?:fit|match)(?: if you(?: (?:also )?(?:have|bring))?)?|additional (?:desirable|desired|preferred|optional) (?:skills?|qualifications?|experience|criteria)|(?:(?:would|will|could) be|(?:is|are) (?:also )?|(?:considered|seen as|regarded as)) ?(?:an? )?(?:(?:strong|definite|real|big|added) )?(?:assets?|advantages?|bonus|plus)|(?:what|things|skills|experience|something)\b[\w'’ ]{0,30}\b(?:will|would|could|might) (?:also )?help(?: you(?: (?:succeed|stand out|excel|shine))?)?(?: in (?:this|the) (?:role|position|job))?|it (?:would|will|could|might) (?:also )?help if you(?: (?:have|had|bring))?|(?:we['’]?d|we would|we['’]ll|we will) (?:also )?be (?:excited|thrilled|happy|delighted|impressed) (?:if|to see)(?: you)?(?: (?:also )?(?:have|had|bring))?|(?:the )?(?:icing on the cake|cherry on (?:top|the cake)))$/;
const OTHER_WHOLE = /^(?:how we(?:'re| are)? (?:different|work|operate)|what makes us (?:different|unique|special)|come (?:work|build|grow) with us|about(?:\s+[\w&.' -]{1,40})?|(?:key |main |core |job |primary |principal |essential |major |general |your |the |our |position |role |(?:[\w-]+ )?(?:duties|roles|tasks) and )?(?:responsibilities|duties|tasks|benefits|perks(?: and benefits| of (?:joining|working)[\w' ]{0,30})?|compensation(?: and benefits)?|salary(?: range)?|pay(?: range)?|(?:salary|pay|compensation|rewards?)(?:,? (?:and|&) (?:benefits|perks))|benefits (?:and|&) perks|overview|company overview|summary|position summary|role summary|job summary|description|job description|company description|mission|culture|company culture|values|diversity(?: statement)?|(?:diversity,? )?equity(?:,? and)? inclusion|equal (?:employment )?opportunity(?: employer| statement)?|eeo(?: statement)?|logistics|how to apply|what we offer|what (?:do|can|will) we offer(?: you)?|what(?:'s| is) in it for you|we offer|what (?:you(?:'ll| will)|will you|would you) (?:do|be doing|work on)|your impact|impact|pay transparency|(?:our |the )?(?:tech(?:nology)? )?stack|(?:(?:our|the) )?(?:tech(?:nology)? |technical |working |work |development |engineering )?environment|(?:technologies|tools) we use|our tools|who we are|why join us|why us|why [\w'’ ]{1,30}|(?:representative |example )?projects|the role|the team|our team|team|location|locations|country|contract type|working pattern|time type|worker type|additional information|other information|more information|disclaimer|note|what we do|life at [\w ]{1,30}|in this role(?:,? you will)?|the opportunity|opportunity|objectives|purpose|accountabilities|principal duties|(?:essential |key |primary |principal |main |core )?(?:job )?functions(?: of the (?:role|job|position))?|(?:your |the )?day[- ]to[- ]day(?: work| responsibilities)?|a day in the life|interview process|our process|hiring process|recruitment process|what to expect|(?:(?:possible|current|open|our|example|suggested)\s+)?(?:research\s+)?(?:topics|areas|interests|directions|themes)(?:\s+(?:within|of|for)\s+(?:this|the|our)\s+(?:project|group|lab|position))?))$/;

/**
 * Headings of boards and employers that write the posting in English under headings in their own
 * language ("Ihr Profil", "Jouw profiel", "Votre profil", "Requisitos"), read as a whole.
 */
const LOCAL_REQUIRED_PART = String.raw`(?:(?:ihr|dein|unser)(?:e)?\s+(?:profil|qualifikationen|kenntnisse|kompetenzen|voraussetzungen)|anforderungen|anforderungsprofil|voraussetzungen|qualifikationen|(?:was|das)\s+(?:sie|du)\s+(?:mitbringen|mitbringst)|(?:das|was)\s+bringen\s+sie\s+mit|das\s+bringst\s+du\s+mit|(?:jouw|uw)\s+profiel|wat\s+(?:wij|we)\s+(?:vragen|van\s+je\s+vragen|zoeken)|functie-?eisen|wie\s+ben\s+jij|(?:verder\s+|daarnaast\s+|ook\s+)?(?:heb|breng)\s+(?:je|jij)(?:\s+mee)?|wat\s+(?:breng|heb)\s+(?:je|jij)\s+mee|dit\s+(?:breng|heb)\s+(?:je|jij)(?:\s+mee)?|wat\s+(?:vragen|verwachten)\s+(?:wij|we)(?:\s+van\s+(?:jou|je))?|vereisten|(?:votre|ton)\s+profil|profil\s+recherch[ée]|comp[ée]tences\s+requises|(?:tu|su)\s+perfil|requisitos(?:\s+(?:del\s+(?:puesto|cargo)|m[íi]nimos))?|requerimientos(?:\s+del\s+(?:puesto|cargo))?|(?:lo\s+)?que\s+buscamos|perfil\s+(?:buscado|requerido|del\s+(?:puesto|candidato))|(?:岗位|任职|职位|技能|资格|能力)(?:要求|资格)|任职条件|(?:deine|ihre|unsere)\s+(?:fähigkeiten|erwartungen|kompetenzen|skills)|(?:dein|ihr)\s+(?:berufliches\s+|fachliches\s+)?know-how|was\s+wir\s+(?:erwarten|von\s+(?:dir|ihnen)\s+erwarten))`;
const LOCAL_REQUIRED = new RegExp(String.raw`^${LOCAL_REQUIRED_PART}(?:\s*[-–—|/:]\s*${LOCAL_REQUIRED_PART})?$`);
const LOCAL_PREFERRED = /^(?:wünschenswert|von\s+vorteil|idealerweise|pluspunkte|(?:een\s+)?pluspunt(?:en)?|atouts?|un\s+plus|(?:se\s+)?valorar[áa]|deseable|加分项|优先条件)$/;
const LOCAL_OTHER = /^(?:(?:ihre|deine)\s+(?:aufgaben|benefits|vorteile|perspektiven)|aufgaben|aufgabengebiet|(?:wir|was\s+wir)\s+bieten|unser\s+angebot|über\s+uns|stellenbeschreibung|weitere\s+informationen|kontakt|praktische\s+ausbildung|(?:jouw|je)\s+(?:taken|werkzaamheden|functie)|wat\s+(?:wij|we)\s+(?:bieden|je\s+bieden)|over\s+ons|(?:vos|tes)\s+missions|missions|(?:ce\s+que\s+)?nous\s+(?:offrons|proposons)|[àa]\s+propos(?:\s+de\s+nous)?|(?:tus|sus)\s+funciones|funciones|responsabilidades|descripci[óo]n(?:\s+del\s+(?:puesto|cargo))?|beneficios|(?:qu[ée]\s+)?ofrecemos|sobre\s+nosotros|(?:岗位|工作|职位)(?:职责|内容|描述)|公司(?:介绍|简介)|福利待遇)$/;

/**
 * Classify a heading label. `how` limits what counts: a plain line or one that carries content
 * after a colon must read as a heading as a whole ("Requirements", "Skills: …"); a marked heading
 * (markdown, bold, capitals) or a line ending in ':' may match on telling words
 * ("Technical Skills Required", "Bonus points if you have experience in any of the following:").
 */
export function classifyHeading(h: Heading): HeadingClass {
  const label = h.label;
  if (!label) return null;
  // The same few labels come back on every posting ("Experience", "About the role"), and the
  // in-line scans of a flattened posting try many: each is classified once.
  let byHow = CLASSIFIED.get(h.how);
  if (byHow === undefined) CLASSIFIED.set(h.how, (byHow = new Map()));
  const known = byHow.get(label);
  if (known !== undefined) return known;
  if (classifiedCount >= MAX_CLASSIFIED) {
    for (const labels of CLASSIFIED.values()) labels.clear();
    classifiedCount = 0;
  }
  const c = classify(label, h.how);
  byHow.set(label, c);
  classifiedCount++;
  return c;
}
/** Classes of labels already met, by how each heading was marked (a label's own string is the key: no key is built per look). */
const CLASSIFIED = new Map<Heading['how'], Map<string, HeadingClass>>();
let classifiedCount = 0;
const MAX_CLASSIFIED = 20_000;

/** "What you should know about us", "Things to know about the team": the employer's part, told to the reader. */
const KNOW_ABOUT = /^(?:what|things)\s+(?:you\s+should|to)\s+know\s+about\s+(?:us|the\s+(?:company|team|role|job|position)|[\w&'’-]+)$/;
/** The words of headings that postings misspell ("Preferred Qualfications", "Requirments"). */
const HEADING_WORDS = ['qualifications', 'qualification', 'requirements', 'requirement', 'responsibilities', 'responsibility', 'preferred',
  'experience', 'desirable', 'education', 'competencies', 'expectations', 'benefits', 'knowledge', 'background', 'additional', 'mandatory',
  'essential', 'preferable'];

function classify(label: string, how: Heading['how']): HeadingClass {
  const c = classifyLabel(label, how);
  if (c !== null || wordCount(label) > 5) return c;
  // A heading that reads as none with a word misspelt is read with that word written right.
  let fixed = false;
  const words = label.split(' ').map((w) => {
    const right = /^[a-z]+$/.test(w) ? misspelling(w, HEADING_WORDS) : null;
    if (right === null) return w;
    fixed = true;
    return right;
  });
  return fixed ? classifyLabel(words.join(' '), how) : null;
}

function classifyLabel(label: string, how: Heading['how']): HeadingClass {
  const h = { how };
  // "Our expertise", "Our experience": the employer's own, not what it asks.
  if (OUR_OWN.test(label)) return { section: 'other', hard: false };
  // "Don't meet every single requirement?", "We encourage you to apply even if you do not meet
  // every qualification": an invitation to apply, after the asks, not a heading of them.
  if (APPLY_ANYWAY.test(label)) return { section: 'other', hard: false };
  // "## Application", "Applications:": how to apply, where the heading stands on its own line
  // (in running text the word is a product's: "monitor with Application Insights").
  if ((how === 'marked' || how === 'colon') && /^applications?$/.test(label)) return { section: 'other', hard: false };
  // "Where your expertise is needed", "Where you'll make an impact": the work, told to the reader.
  if (/^where (?:you|your)\b/.test(label) || KNOW_ABOUT.test(label)) return { section: 'other', hard: false };
  // "What you will gain", "What you'll learn": what the job gives, not what it asks.
  if (/^what (?:you(?:'ll| will| can)?|will you|can you) (?:gain|learn|get|take away)\b/.test(label)) return { section: 'other', hard: false };
  // "Background" on a line of its own opens the project's or the role's story ("In drug development,
  // toxicological pathology …"); the reader's background is "Your background", or a label with its
  // content on the line ("Background: MSc in statistics").
  if (how !== 'inline' && /^background(?: information)?$/.test(label)) return { section: 'other', hard: false };
  // A posting in English under its board's German, Dutch, French or Spanish headings.
  if (LOCAL_REQUIRED.test(label)) return { section: 'required', hard: false };
  if (LOCAL_PREFERRED.test(label)) return { section: 'preferred', hard: false };
  if (LOCAL_OTHER.test(label)) return { section: 'other', hard: false };
  // "Databases (nice to have): Elasticsearch, Cassandra", "Cloud (preferred): AWS": a label of the
  // kind of tools, its tier in brackets, places the list after it.
  if (h.how === 'inline') {
    const tier = TIER_BRACKET.exec(label);
    if (tier) return { section: /^(?:required|must[- ]haves?|mandatory|essential)$/.test(tier[1]!) ? 'required' : 'preferred', hard: false };
  }
  // "You'll thrive if you have: …", "It's a plus if you know: …": a lead-in before its run-on list reads as it would on a line of its own.
  if (h.how === 'inline' && wordCount(label) > 3 && DANGLING.test(label)) return classifyLabel(label, 'marked');
  if (h.how === 'inline' || h.how === 'plain') {
    if (PREFERRED_WHOLE.test(label) || MOSCOW_SOFT.test(label) || SOFT_WHOLE.test(label) || SOFT_MORE.test(label) || /\b(?:stand out|may also have|(?:strong|exceptional|outstanding|stand-?out|stellar) (?:candidates|applicants)|set you apart)\b/.test(label)) return { section: 'preferred', hard: false };
    if (/^ideal(?:ly)?\b/.test(label) || (h.how === 'plain' && /^(?:the|our) ideal (?:candidate|applicant|profile)$/.test(label))) return { ideal: true };
    // "What we'd like to see": the main ask, or the softer tier after a list that says it is required.
    if (LIKE_TO_SEE.test(label)) return { ideal: true };
    if (REQUIRED_WHOLE.test(label) || REQUIRED_HEAD_WHOLE.test(label) || /^(?:about (?:you|yourself)|essential|mandatory|required)$/.test(label)
      || (h.how === 'plain' && (REQUIRED_NOUN_TAIL.test(label) || PERSON_HEAD.test(label)))) return { section: 'required', hard: HARD.test(label) };
    // "We look for: · …", "What you bring: …": a lead phrase before a colon places the text after it as a plain line would.
    if ((h.how === 'plain' || (h.how === 'inline' && wordCount(label) <= 4)) && REQUIRED_PHRASE.test(label) && /^(?:you|what|who|whom|we|your|please|to|the|our|must|minimum|basic|required|is this|are you)\b/.test(label)) {
      return { section: 'required', hard: HARD.test(label) };
    }
    if (OTHER_WHOLE.test(label)) return { section: 'other', hard: false };
    return null;
  }
  if (PREFERRED.test(label) || MOSCOW_SOFT.test(label) || PREFERRED_WHOLE.test(label) || SOFT_WHOLE.test(label) || SOFT_MORE.test(label)) return { section: 'preferred', hard: false };
  if (IDEAL.test(label) || LIKE_TO_SEE.test(label)) return { ideal: true };
  if (REQUIRED_WHOLE.test(label) || REQUIRED_HEAD_WHOLE.test(label) || REQUIRED_NOUN_TAIL.test(label) || PERSON_HEAD.test(label) || /^(?:essential|mandatory|required)$/.test(label)) return { section: 'required', hard: HARD.test(label) };
  if (REQUIRED_PHRASE.test(label)) return { section: 'required', hard: HARD.test(label) };
  if (OTHER.test(label) || OTHER_WHOLE.test(label)) return { section: 'other', hard: false };
  if (EMPLOYER_KNOWHOW.test(label)) return { section: 'other', hard: false };
  // A telling word is enough in a marked heading, or in a short colon line that is not itself a
  // list item ("Your core skills/experience include:", not "Experience with one of:").
  if (REQUIRED_WEAK.test(label) && (h.how === 'marked' || (wordCount(label) <= 6 && !/^(?:experience|knowledge|familiarity|expertise|proficiency)\s+(?:with|in|of)\b/.test(label)))) {
    return { section: 'required', hard: HARD.test(label) };
  }
  return null;
}

/** An invitation to apply whatever the asks say: "don't meet every single requirement", "we encourage you to apply even if …". */
const APPLY_ANYWAY_PART = String.raw`(?:(?:don['’]t|do\s+not|doesn['’]t|does\s+not|not|won['’]t|will\s+not)\s+(?:believe\s+(?:that\s+)?you\s+)?(?:meet|match|tick|check|fit|have)\s+(?:(?:every|each|all)(?:\s+(?:single|one))?|100\s?%)|apply\s+(?:even|anyway|regardless)|encourage\s+you\s+to\s+apply)`;
/** In a heading's label (see classifyLabel). */
const APPLY_ANYWAY = new RegExp(String.raw`\b${APPLY_ANYWAY_PART}\b`);
/** Opening a line, after its markup (see SectionReader.feed). */
const APPLY_ANYWAY_LINE = new RegExp(String.raw`^[\s*_#>•-]*(?:<[^>]{0,200}>\s*)*(?:[*_]{1,3}\s*)?(?:(?:we|we['’]d|we\s+would)\s+(?:strongly\s+)?|(?:even\s+)?if\s+you\s+)?${APPLY_ANYWAY_PART}`, 'i');

/** A label of a few words ending in its tier in brackets: "databases (nice to have)" (group 1: the tier). */
const TIER_BRACKET = /^[a-z][\w&+./ -]{0,40}\s\((nice[- ]to[- ]haves?|good[- ]to[- ]haves?|optional|preferred|desirable|desired|an?\s+plus|plus|bonus|required|must[- ]haves?|mandatory|essential)\)$/;

/** Words of a list item that make the sub-list it opens optional. */
const SOFT_ITEM = /\b(?:not\s+(?:strictly\s+)?(?:required|mandatory|necessary|essential)|(?:is|are|would\s+be)\s+(?:an?\s+)?(?:(?:big|real|definite)\s+)?(?:plus|bonus|advantage|asset)|nice[- ]to[- ]haves?|desirable|preferred|(?:bonus|extra)\s+points)\b/;

/**
 * The section a list item opens for the items indented below it: "- Nice to have:" inside a
 * requirements list. Null for an ordinary item.
 */
export function subHeading(line: string, section: Section = 'other'): Section | null {
  if (!BULLET.test(line) || line.length > MAX_ASK_ITEM) return null;
  // "- **Nice to have:**": the colon may stand inside the emphasis.
  const colon = /[:：]\s*[*_]{0,3}\s*$/.test(line);
  // "- You are expected to have deep expertise in one or more of the following areas:" (in a
  // list of duties): an item that asks, in words of its own, for the sub-list it opens. Among
  // the nice-to-haves ("Desirable: - Experience or knowledge of AI technologies such as:") the
  // item is one of them, and so is its sub-list.
  if (colon && wordCount(line) > 8 && !SOFT_ITEM.test(line) && (REQUIRED_CUE.test(line) || ASK_LEAD.test(line.replace(BULLET, '')))) return section === 'preferred' ? null : 'required';
  if (line.length > MAX_HEADING) return null;
  const label = cleanLabel(line.replace(BULLET, ''));
  if (!label) return null;
  // "- Helpful tech skills - not required, but they make folks more effective:": an item that
  // opens its sub-list with a colon and says the list is optional, in words of its own.
  if (wordCount(label) > 8) return colon && SOFT_ITEM.test(label) ? 'preferred' : null;
  if (!colon) {
    // "- Nice to have" with its items indented below: without a colon only a label that is a
    // nice-to-have heading as a whole counts (an item "Preferred" alone says nothing else).
    const c = classifyHeading({ label, rest: -1, how: 'plain' });
    return c && 'section' in c && c.section === 'preferred' ? 'preferred' : null;
  }
  const c = classifyHeading({ label, rest: -1, how: 'colon' });
  return c && 'section' in c ? c.section : null;
}

/**
 * Headings inside a line, where a posting was flattened onto one line or a few ("… 5+ years.
 * Nice to have: Kubernetes. Benefits: …", "… **Requirements** - Python - SQL **Nice to have** …"),
 * as job APIs and scraped datasets deliver it. A label counts only when classifyHeading places
 * it (so "Our stack: Python" does not split); a label at the very start of the line is the
 * line's own heading and is left to parseHeading. Offsets are into `line`, in order.
 */
export function inlineHeadings(line: string, fewLines = true): Array<{ at: number; heading: Heading; skip?: number }> {
  const out: Array<{ at: number; heading: Heading; skip?: number }> = [];
  if (line.length < 30) return out;
  // Headings with their marks lost (glued, after an in-line bullet, in capitals, in title case
  // after a sentence) are looked for where a posting may be flattened: a line long enough to
  // hold its sections, or a posting of a few lines only. On every ordinary sentence of a
  // posting with its line breaks these scans cost a fifth of the reading time.
  if (fewLines || line.length >= FLATTENED) {
    gluedHeadings(line, out);
    bulletHeadings(line, out);
    shoutedHeadings(line, out);
    titledHeadings(line, out);
    runOnHeadings(line, out);
    bracketHeadings(line, out);
    if (line.includes('...') || line.includes('…')) ellipsisHeadings(line, out);
    danglingHeadings(line, out);
    followingHeadings(line, out);
    // A heading with nothing but its words to mark it: only in a posting of a few lines or a
    // line long enough to hold several of its sections, not in an ordinary paragraph.
    if (fewLines || line.length >= RUN_ON_LINE) {
      runOnPlainHeadings(line, out);
      clauseHeadings(line, out);
    }
  }
  const hash = line.includes('# ');
  if (!hash && !line.includes(':') && !line.includes('**') && !line.includes('__')) {
    if (out.length > 1) out.sort((a, b) => a.at - b.at);
    return out;
  }
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(line); m && out.length < 200; m = INLINE.exec(line)) {
    const at = m.index + m[1]!.length;
    if (at === 0 || line.slice(0, at).trim() === '') continue;
    const bold = m[3] !== undefined || m[5] !== undefined;
    // After a plain word and one space ("… Power BI reports Required Skills: - SQL"), only a
    // label in title case counts, or one that addresses the reader or speaks as the employer
    // ("… upon agreement Your tasks: …", "We offer:"), and a longer run tried first must not hide it.
    // A label that is a heading as a whole counts there too ("… experience with Python Nice to have: Spark").
    if (m[1] === ' ' && !bold && !TITLE_CASE.test(m[4]!.trim()) && !ADDRESSED_LABEL.test(m[4]!.trim())
      && !classifyHeading({ label: cleanLabel(m[4]!), rest: -1, how: 'plain' })) { INLINE.lastIndex = m.index + 1; continue; }
    // "- Python * Conversational AI: familiarity with …": a list item's own label, as in the
    // posting before it was flattened (a bullet line is no heading), unless a list follows it.
    let raw = bold ? (m[3] ?? m[5])! : m[4]!;
    let start = at;
    // "- Create Power BI reports Required Skills:": a flattened list item runs into the next
    // heading; the heading is the title-case words before the colon.
    if (!bold) {
      const tail = TITLE_TAIL.exec(raw);
      if (tail && tail.index > 0 && classifyHeading({ label: cleanLabel(tail[0]), rest: -1, how: 'colon' })) { start = at + tail.index; raw = tail[0]; }
      // "- Experience with Kubernetes Nice to have:", "- Experience with Kubernetes Preferred
      // Qualifications:": an item (its last word a name) runs into a heading; the heading is the
      // longest run of the label's last words, from a capital, that is one as a whole.
      if (!classifyHeading({ label: cleanLabel(raw), rest: -1, how: 'plain' })) {
        const cut = wholeHeadingTail(raw);
        if (cut > 0) { start += cut; raw = raw.slice(cut); }
      }
    }
    if (!bold && start === at && BULLET_GAP.test(m[1]!) && !BULLET_NEXT.test(line.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const label = cleanLabel(raw);
    // "… at the University.  We'd love to hear from you if:": a lead-in that ends its line after a
    // sentence of its own heads the lines below it, as a whole line would, in as many words.
    const leadIn = !bold && /[.!?]\s+$|\s{2,}$/.test(m[1]!) && line.slice(m.index + m[0].length).trim() === '';
    if (!label || wordCount(label) > (bold ? 8 : leadIn ? 12 : 6)) continue;
    // "Preferred Qualifications: 2+ years …": the tail of the line's own leading label, which
    // parseHeading reads whole, is no heading of its own.
    if (!bold && start <= 45 && LEAD_WORDS.test(line.slice(0, start)) && classifyHeading({ label: cleanLabel(line.slice(0, start) + raw), rest: -1, how: 'colon' })) continue;
    const heading: Heading = { label, rest: -1, how: bold ? 'marked' : 'colon' };
    if (!classifyHeading(heading)) continue;
    // "… techniquesPreferred Qualifications: …": the tail of a glued heading found above is no heading of its own.
    if (out.some((o) => o.skip !== undefined && o.at + 2 < start && start < o.at + o.skip)) continue;
    // A heading the scans above found at the same place is one heading: its longer reading
    // stands ("About You:" over "About"; "… quickly Your core skills include:" once).
    const same = out.findIndex((o) => Math.abs(o.at - start) < 3);
    if (same < 0) out.push({ at: start, heading });
    else if (out[same]!.heading.label.length < label.length) out[same] = { at: start, heading };
  }
  if (hash) hashHeadings(line, out);
  if (out.length > 1) {
    out.sort((a, b) => a.at - b.at);
    // "… located Preferred Experience and Qualifications Advanced degree …": "Qualifications",
    // found again inside the longer heading by another scan, is no heading of its own.
    for (let i = out.length - 1; i > 0; i--) {
      const o = out[i - 1]!;
      if (o.at < out[i]!.at && out[i]!.at < o.at + o.heading.label.length && o.heading.label.length > out[i]!.heading.label.length) out.splice(i, 1);
    }
  }
  return out;
}

/** Labels that name a kind of qualification, not a tier of them ("Education:", "Experience:", "Technical skills:"). */
const KIND_LABEL = /^(?:education|(?:work |relevant |professional )?experience|(?:technical |technology |programming |software |computer )?skills|knowledge|tools|(?:programming )?languages|certifications?|software|technologies|tech stack|degree)$/;

/** Headings of the job's duties. */
const DUTIES = /\b(?:responsibilit|duties|tasks|(?:will|'ll) (?:do|be doing|work on)|day[- ]to[- ]day|what you do\b|the role\b|accountabilit|(?:this|it|which|the (?:work|post|position|job)) (?:could|will|may|might|would|can) (?:typically |also )?involve\b)/;
/** A label's content that tells a duty: "You will …", "You'll …", "You will be expected to …". */
const DUTY_CONTENT = /^\s*you(?:'ll|’ll|\s+will)\s/i;

/** A line's first words, each capitalised, no sentence or list mark among them: the start of a label that runs on to a colon. */
const LEAD_WORDS = /^[\s*_#•·-]{0,4}[A-Z][A-Za-z'’&/-]*\s+(?:(?:[A-Z][A-Za-z'’&/-]*|&|and|of|the|for)\s+){0,4}$/;

/**
 * "… We build tools. Your profile • Python • SQL Nice to have • Docker What we offer • …": a
 * flattened page whose headings lost their line breaks and colons, each now just before the
 * first bullet of its list. The label is the longest run of words (at most seven, after the last
 * sentence end, starting with a capital) that reads as a heading as a whole, as a plain line
 * must ("Preferred Qualifications", not "SQL Preferred Qualifications"). Added to `out`.
 */
function bulletHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  if (!BULLET_IN_LINE.test(line)) return;
  BULLET_AFTER_LABEL.lastIndex = 0;
  let found = 0;
  for (let m = BULLET_AFTER_LABEL.exec(line); m && found < 50; m = BULLET_AFTER_LABEL.exec(line)) {
    const end = m.index + m[1]!.length;
    const head = line.slice(Math.max(0, end - 80), end);
    const clause = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf(': ')) + 1);
    const words = clause.trim().split(/\s+/).slice(-7);
    for (let n = words.length; n > 0; n--) {
      const raw = words.slice(words.length - n).join(' ');
      if (!/^[A-Z]/.test(raw)) continue;
      const heading: Heading = { label: cleanLabel(raw), rest: -1, how: 'plain' };
      const c = heading.label ? classifyHeading(heading) : null;
      if (!c) continue;
      const at = end - raw.length;
      if (at > 0 && line.slice(0, at).trim() !== '' && !out.some((o) => Math.abs(o.at - at) < 3)) { out.push({ at, heading }); found++; }
      break;
    }
  }
}
/**
 * "… tools. REQUIREMENTS 3+ years of Python. NICE TO HAVE Docker. WHAT WE OFFER …": a heading
 * in capitals after a sentence end, its line break lost. The label is the longest run of the
 * capitalised words (at most six) that reads as a heading as a whole. Added to `out`.
 */
function shoutedHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  SHOUTED.lastIndex = 0;
  let found = 0;
  for (let m = SHOUTED.exec(line); m && found < 50; m = SHOUTED.exec(line)) {
    const at = m.index + m[1]!.length;
    // After a plain word (no sentence end), capitals are mostly acronyms ("with AWS and GCP"):
    // only a run holding a heading's own word is tried.
    if (m[1]!.length === 1 && !SHOUTED_WORD.test(m[2]!)) continue;
    const words = m[2]!.split(/\s+/).filter(Boolean).slice(0, 6);
    // The run may start with an acronym that ends the text before it ("… Python, SQL ABOUT THE TEAM"):
    // the heading is the longest run of its words, from the first word that starts one.
    let offset = 0;
    search: for (let first = 0; first < words.length; first++) {
      for (let n = words.length - first; n > 0; n--) {
        const raw = words.slice(first, first + n).join(' ');
        const heading: Heading = { label: cleanLabel(raw), rest: -1, how: 'plain' };
        if (!heading.label || !classifyHeading(heading)) continue;
        if (first > 0 && !SHOUTED_WORD.test(raw)) continue;
        const from = at + m[2]!.indexOf(words[first]!, offset);
        if (!out.some((o) => Math.abs(o.at - from) < 3)) { out.push({ at: from, heading }); found++; }
        break search;
      }
      offset = m[2]!.indexOf(words[first]!, offset) + words[first]!.length;
    }
  }
}
/**
 * "… tools. Your profile You know Python. Nice to have Docker. What we offer …": a heading in
 * title case after a sentence end, its line break and colon lost, with a capital or a figure
 * right after it. The label is the longest run of its first words (at most five) that reads as
 * a heading as a whole; "Requirements gathering is …" (lower case after) is a sentence.
 */
function titledHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  TITLED.lastIndex = 0;
  let found = 0;
  for (let m = TITLED.exec(line); m && found < 50; m = TITLED.exec(line)) {
    const at = m.index + m[1]!.length;
    const words = m[2]!.trim().split(/\s+/);
    for (let n = Math.min(words.length, 5); n > 0; n--) {
      const next = words[n];
      if (next !== undefined && !/^[A-Z0-9•·-]/.test(next)) continue;
      if (next === undefined && !startsCapital(line, m.index + m[0].length)) continue;
      const heading: Heading = { label: cleanLabel(words.slice(0, n).join(' ')), rest: -1, how: 'inline' };
      // "We are looking for Machine Learning Engineers to …" goes on as a sentence.
      // "What we're looking for" and "Who we are looking for" are headings, ending so or not.
      if (!heading.label || (/\b(?:for|to|with|in|of|on|at|a|an|the|you|we|are|is|be)$/.test(heading.label) && !/^(?:what|who)\b/.test(heading.label)) || !classifyHeading(heading)) continue;
      if (!out.some((o) => Math.abs(o.at - at) < 3)) { out.push({ at, heading }); found++; }
      break;
    }
  }
}
/**
 * "… Technical Skills (Preferred) Python, Scikit-Learn, Keras (Optional) Django, Docker …": a
 * line that a tier in brackets opened ("(Preferred) Python, …" on a line of its own is a heading
 * with its list after it), its line break lost. Only a tier written with its capital and followed
 * by a list (a capital, then two commas before the next bracket or stop): a tier after an item,
 * "Python (preferred)", "SQL: 2 years (Required) Docker: 1 year", is that item's own. Added to `out`.
 */
function bracketHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  if (!line.includes(') ')) return;
  BRACKET_TIER.lastIndex = 0;
  let found = 0;
  for (let m = BRACKET_TIER.exec(line); m && found < 50; m = BRACKET_TIER.exec(line)) {
    const after = line.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const list = /^[^.;:!?()]*/.exec(after)![0];
    if ((list.match(/,/g)?.length ?? 0) < 2) continue;
    const heading: Heading = { label: m[1]!.toLowerCase(), rest: -1, how: 'inline' };
    if (!classifyHeading(heading) || out.some((o) => Math.abs(o.at - m!.index) < 3)) continue;
    out.push({ at: m.index, heading, skip: m[0].length });
    found++;
  }
  // "… What you'll need to thrive (Requirements) Experience in …", "A day in the life
  // (Responsibilities) Develop …": a flattened page's heading whose plain words are a slogan and
  // whose bracket names the section. The bracket is a heading as a whole, not a tier a single
  // item carries ("Python (Required)"), and the words before it since the last sentence are a
  // lead-in: at most eight, no comma among them.
  BRACKET_HEAD.lastIndex = 0;
  for (let m = BRACKET_HEAD.exec(line); m && found < 50; m = BRACKET_HEAD.exec(line)) {
    // After a word and a space (the expression starts at the bracket, which it finds fast).
    if (m.index < 2 || !isSpaceCode(line.charCodeAt(m.index - 1)) || isSpaceCode(line.charCodeAt(m.index - 2))) continue;
    const label = cleanLabel(m[1]!);
    if (ITEM_TIER.test(label)) continue;
    const before = line.slice(Math.max(0, m.index - 120), m.index);
    const lead = LEAD_IN.exec(before)?.[1] ?? '';
    if (lead.includes(',') || wordCount(lead) > 8) continue;
    const heading: Heading = { label, rest: -1, how: 'marked' };
    if (!classifyHeading(heading) || out.some((o) => Math.abs(o.at - m!.index) < 3)) continue;
    out.push({ at: m.index, heading, skip: m[0].length });
    found++;
  }
}
/**
 * "…   You Are/Have...   An independent …   Exceptional Candidates Will Have...   Experience with …":
 * a lead-in that ends on an ellipsis, its line break lost, after a run of spaces or a sentence's
 * end; at most eight words, placed by classifyHeading as a marked heading would be. Added to `out`.
 */
function ellipsisHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  ELLIPSIS_RUN.lastIndex = 0;
  let found = 0;
  for (let m = ELLIPSIS_RUN.exec(line); m && found < 50; m = ELLIPSIS_RUN.exec(line)) {
    const at = m.index + m[1]!.length;
    const label = cleanLabel(m[2]!);
    if (at === 0 || !label || wordCount(label) > 8 || out.some((o) => Math.abs(o.at - at) < 3)) continue;
    const heading: Heading = { label, rest: -1, how: 'marked' };
    if (!classifyHeading(heading)) continue;
    out.push({ at, heading, skip: m[0].length - m[1]!.length });
    found++;
  }
}
/** A run of spaces or a sentence's end (group 1), capitalised words and an ellipsis (group 2: the words), a capital after. */
const ELLIPSIS_RUN = /(\s{2,}|[.!?]\s+)([A-Z][A-Za-z'’/ ]{2,60}?)(?:\.\.\.|…)\s+(?=[A-Z])/g;

/**
 * "… practical recommendations. This challenge is perfect for you if - You are a master of
 * Looker …": a lead-in that stops where its list begins (DANGLING), its line break lost. Only
 * after a sentence's end, with its capital, in at most twelve words, with a bullet right after
 * it, and placed by classifyHeading as a marked heading would be. Added to `out`.
 */
function danglingHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  if (!/\b(?:if|you|are|have|bring|need|possess)\s+[-*•·–]\s/i.test(line)) return;
  DANGLING_RUN.lastIndex = 0;
  let found = 0;
  for (let m = DANGLING_RUN.exec(line); m && found < 50; m = DANGLING_RUN.exec(line)) {
    const raw = m[1]!;
    const label = raw.toLowerCase();
    if (wordCount(label) > 12 || !DANGLING.test(label)) continue;
    const at = m.index + m[0].indexOf(raw);
    const heading: Heading = { label, rest: -1, how: 'marked' };
    if (!classifyHeading(heading) || out.some((o) => Math.abs(o.at - at) < 3)) continue;
    out.push({ at, heading, skip: raw.length });
    found++;
  }
}
/**
 * "… mentor engineers and architects You preferably have experience in some of the following (and
 * interest to grow in the others) Cloud AI platforms: …": in a posting flattened to one line, a
 * lead-in that points to the list after it and says the list is a nice-to-have heads that list.
 * It opens on a capital after a word in small letters or a sentence's end; it ends on "the
 * following", with a bracketed aside after it if one follows.
 */
function followingHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  if (!line.includes('following')) return;
  FOLLOWING_RUN.lastIndex = 0;
  let found = 0;
  for (let m = FOLLOWING_RUN.exec(line); m && found < 50; m = FOLLOWING_RUN.exec(line)) {
    const raw = m[1]!;
    const label = cleanLabel(raw.replace(/\s*\([^()]*\)\s*$/, ''));
    if (!label || wordCount(label) > 20) continue;
    const wished = FOLLOWING_RELEVANT.test(label) || FOLLOWING_WISHED.test(label);
    const c = wished ? null : classifyHeading({ label, rest: -1, how: 'colon' });
    if (!wished && !(c && 'section' in c && c.section === 'preferred')) continue;
    const at = m.index + m[0].indexOf(raw);
    if (out.some((o) => Math.abs(o.at - at) < 3)) continue;
    out.push({ at, heading: { label: wished ? 'a plus' : label, rest: -1, how: 'colon' }, skip: raw.length });
    found++;
  }
}
/** A lead-in from a capital (after a small word or a sentence's end) to "the following" and its aside (group 1). */
const FOLLOWING_RUN = /(?:(?<=[a-z)\]]\s)|(?<=[.!?]\s))((?:You|We|Candidates?|Applicants?|Ideally|Preferably|Experience|Knowledge|Familiarity|It|Any|Some)\b[^.!?:;()]{0,120}?\b[Tt]he following\b(?:\s*\([^()]{1,100}\))?)(?=\s*:?\s+[A-Z])/g;

/** After a sentence's end, a capital and the words of a lead-in up to a bullet (group 1: the lead-in). */
const DANGLING_RUN = /(?:^|[.!?]\s+)([A-Z][^.!?;:*•·–-]{0,100}?)\s+(?=[-*•·–]\s)/g;

/** A bracket of words, a colon maybe after it, before a capital or a figure (group 1: its words); the word and space before it are checked apart. */
const BRACKET_HEAD = /\(([A-Za-z][A-Za-z'’&/ -]{2,50})\)\s*:?\s+(?=[A-Z0-9])/g;
/** The words since the last sentence's end (group 1). */
const LEAD_IN = /(?:^|[.!?]\s)([^.!?]*)$/;
/** The tier a single item may carry in brackets ("Python (Required)"), no heading of a section. */
const ITEM_TIER = /^(?:preferred|optional|required|mandatory|essential|desirable|desired|nice[- ]to[- ]have|good[- ]to[- ]have|must[- ]have|bonus|a plus|plus)$/i;
/** "(Preferred) " and the like, after a word and a space, before a capital (group 1: the tier). */
const BRACKET_TIER = /(?<=\S\s)\((Preferred|Optional|Required|Mandatory|Essential|Desirable|Desired|Nice to have|Good to have|Must have|Bonus)\)\s+(?=[A-Z])/g;

/**
 * "… company sponsored events Required Qualifications Experience building models …": a list
 * flattened without its full stops, so a heading follows an item's last word. Only a label
 * ending in a heading's own noun counts (at most four words, the longest run that reads as a
 * heading as a whole), in title case, with a capital, a figure or a bullet right after it.
 */
function runOnHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  RUN_ON.lastIndex = 0;
  let found = 0;
  for (let m = RUN_ON.exec(line); m && found < 50; m = RUN_ON.exec(line)) {
    const words = m[1]!.split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const raw = words.slice(words.length - n).join(' ');
      const at = m.index + m[0].length - raw.length;
      const heading: Heading = { label: cleanLabel(raw), rest: -1, how: 'plain' };
      if (!heading.label || !classifyHeading(heading)) continue;
      if (!out.some((o) => Math.abs(o.at - at) < 3 + raw.length)) { out.push({ at, heading }); found++; }
      break;
    }
  }
}
/**
 * "… prove a solution quickly Your core skills/experience include: Python …", "… Bonus points if
 * you have experience in any of the following: …": a heading written as a clause ending in a
 * colon, its line break lost, so nothing but its capital marks where it starts. The label is the
 * shortest run of words before the colon (at most twelve, after the last sentence end, colon or
 * bullet) that starts with a capital and reads as a heading as a whole. Added to `out`.
 */
function clauseHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  if (!line.includes(': ')) return;
  CLAUSE_COLON.lastIndex = 0;
  let found = 0;
  for (let m = CLAUSE_COLON.exec(line); m && found < 50; m = CLAUSE_COLON.exec(line)) {
    const end = m.index;
    const head = line.slice(Math.max(0, end - 120), end);
    const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf(': '), head.lastIndexOf('; '), head.lastIndexOf(' - '), head.lastIndexOf('•'));
    const clause = head.slice(cut + 1);
    if (!CLAUSE_WORDS_ANY_CASE.test(clause)) continue;
    const words = clause.trim().split(/\s+/).slice(-12);
    for (let n = 2; n <= words.length; n++) {
      const raw = words.slice(words.length - n).join(' ');
      if (!/^[A-Z]/.test(raw)) continue;
      const heading: Heading = { label: cleanLabel(raw), rest: -1, how: 'colon' };
      if (!heading.label || !classifyHeading(heading)) continue;
      // The shortest such run is the label ("… conferences Desired experience and expertise:"),
      // and it must be a clause that speaks so; else it is left to the scans for labels.
      if (!CLAUSE_WORDS.test(heading.label)) break;
      const at = end - raw.length;
      if (at > 0 && !out.some((o) => o.at >= at - 3 && o.at <= end)) { out.push({ at, heading }); found++; }
      break;
    }
  }
}
/**
 * What makes a clause a heading and not a label of the text before it ("… estimation location:",
 * "Höhna salary:"): it speaks to the reader or of the candidate, or announces a list.
 */
const CLAUSE_WORDS = /\b(?:you|your|you'?ll|we|we'?re|our|candidates?|applicants?|includes?|following)\b/;
const CLAUSE_WORDS_ANY_CASE = new RegExp(CLAUSE_WORDS.source, 'i');
/** A colon that ends a clause, before a space (its index is the clause's end). */
const CLAUSE_COLON = /(?<=[a-z)])[*_]{0,2}:(?=\s)/g;

/**
 * "… manage a diverse workload Desirable but not required Experience with OpenStack …", "…
 * at Sartorius About you You have …": a heading in sentence case after a flattened list item's
 * last word, before a capital. Only the whole run (a capitalised word and up to four in lower
 * case) is tried, and only as a plain line would count it: a heading as a whole.
 */
function runOnPlainHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  RUN_ON_PLAIN.lastIndex = 0;
  let found = 0;
  for (let m = RUN_ON_PLAIN.exec(line); m && found < 50; m = RUN_ON_PLAIN.exec(line)) {
    // The run's last letter may be the word before the next run.
    RUN_ON_PLAIN.lastIndex = m.index + m[0].length - 1;
    // "Job Description You …": the run must follow a word in lower case, not end a title.
    const prev = line.lastIndexOf(' ', m.index) + 1;
    if (/[A-Z]/.test(line[prev]!)) continue;
    const heading: Heading = { label: cleanLabel(m[1]!), rest: -1, how: 'plain' };
    // "… the team We’re looking for a Data Science lead that …": no heading ends in an article,
    // nor has one after its verb's preposition ("We’re looking for a senior Data Scientist …").
    if (!heading.label || /\b(?:a|an|the)$/.test(heading.label) || /\blooking\s+for\s+(?:a|an|the|someone)\b/.test(heading.label) || !classifyHeading(heading)) continue;
    const at = m.index + 2;
    if (!out.some((o) => Math.abs(o.at - at) < 3 + m[1]!.length)) { out.push({ at, heading }); found++; }
  }
}
/** A capitalised word and up to four lower-case ones (group 1) after a lower-case word's last letter and a space, before a capital, a figure or a bullet. */
const RUN_ON_PLAIN = /[a-z0-9)\]%]\s([A-Z][a-z'’]+(?:\s+[a-z'’/-]+){0,4})(?=\s+[A-Z0-9•·])/g;

/**
 * Title-case words after an item's last word (not a sentence end), ending in a heading noun
 * ("Nice to Haves": small joining words may stand between them), or
 * one of the commonest heading words alone when no capitalised word stands before it (not the
 * last word of "Preferred Qualifications"), or joined by a slash to another
 * ("Qualifications/Skills Required"); group 1, before a capital, a figure or a bullet.
 */
const RUN_ON = /(?<=[a-z)\]%]\s)((?:[A-Z][a-z'’&/-]*\s+(?:(?:to|of|for|and)\s+)?){1,3}(?:Qualifications|Requirements|Responsibilities|Competencies|Duties|Benefits|Skills|Haves?|Offer)|(?<![A-Z][\w'’&/-]*\s)(?:Requirements|Qualifications|Competencies)(?:\s?\/\s?(?:Skills|Qualifications|Requirements|Experience|Education|Competencies)(?:\s(?:Required|Needed))?)?)(?=\s+[A-Z0-9•·])/g;

/** Whether a capital, a figure or a bullet comes at `from` (after spaces), read in place: no copy of the rest of the line per match. */
function startsCapital(line: string, from: number): boolean {
  AFTER_CAPITAL.lastIndex = from;
  return AFTER_CAPITAL.test(line);
}
const AFTER_CAPITAL = /\s*[A-Z0-9•·-]/y;

/** Up to six words after a sentence end, the first capitalised (group 1: the end, 2: the words). */
const TITLED = /([.!?]\s+)([A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,5})/g;

/** A word that a heading in capitals holds ("WHAT YOU WILL BRING", "REQUIREMENTS", "NICE TO HAVE"). */
const SHOUTED_WORD = /\b(?:REQUIRE\w*|QUALIF\w*|RESPONSIB\w*|BENEFITS?|SKILLS?|PROFILE|OFFER|BRING|HAVE|NEED|EXPECT\w*|LOOKING|ABOUT|YOU|YOUR|DUTIES|TASKS|PERKS|EXPERIENCE|EDUCATION|BONUS|PREFERRED|DESIRED|COMPETENC\w*|ROLE|MISSION|OVERVIEW|SUMMARY|DESCRIPTION)\b/;
/** Capitalised words after a sentence end or a wide gap (group 1: what comes before them, 2: the words). */
const SHOUTED = /([.!?]\s+|\s{2,}|(?<=[a-z)\]%,])\s)((?:[A-Z][A-Z&'’/-]*[A-Z](?:\s+|$|(?=[A-Z][a-z])|(?=\d))){1,6})(?=\S|$)/g;

/** A bullet inside a line: " • ", " · ", " - " between words. */
const BULLET_IN_LINE = /\S\s[•·▪●–*-]\s+\S/;
/** A run of words ending just before an in-line bullet (group 1: its last letter, and an ellipsis: "You'll love this role if you… - Have …"). */
const BULLET_AFTER_LABEL = /([A-Za-z'’)]|[A-Za-z](?:…|\.\.\.))\s[•·▪●–*-]\s+(?=\S)/g;

/** A line at least this long may be a flattened posting (its headings' line breaks lost). */
const FLATTENED = 200;
/** A line at least this long holds several of a posting's sections if it is flattened. */
const RUN_ON_LINE = 600;

/**
 * "… production.Qualifications5+ years of Python.Preferred QualificationsExperience with Spark":
 * text scraped from a page whose headings were blocks lost its line breaks and spaces, so a
 * heading is glued to what follows it. Only a heading's usual words count, and only when a
 * capital or a digit follows with no space; the label itself is skipped (`skip`), so neither
 * "PyTorch.Preferred" nor "Qualifications5" is read as one word. Added to `out`, sorted.
 */
function gluedHeadings(line: string, out: Array<{ at: number; heading: Heading; skip?: number }>): void {
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(line); m && out.length < 100; m = GLUED.exec(line)) {
    // After a sentence's end ("…production.Qualifications", "… SQL. Nice to HaveDocker") or with
    // a figure right after it ("… Qualifications5+ years"); not a product's name after a space
    // ("the RequirementsEngine team").
    const before = m.index === 0 ? '' : line.slice(Math.max(0, m.index - 2), m.index);
    const after = line.charCodeAt(m.index + m[0].length);
    if (before !== '' && !/(?:[.!?:)\]a-z]|[.!?]\s)$/.test(before) && !(after >= 48 && after <= 57)
      // "… business method analysis project QualificationsBachelor's degree …": a list's last item,
      // then the heading glued to its first (a flattened LinkedIn page); not "the RequirementsEngine team".
      && !(/[a-z,]\s$/.test(before) && GLUED_AFTER_WORD.test(line.slice(m.index + m[0].length, m.index + m[0].length + 3))
        && !GLUED_NOT_AFTER.test(line.slice(Math.max(0, m.index - 12), m.index)))) continue;
    // "… techniquesPreferred Qualifications: Experience …": with its colon and a space after it, a
    // label is glued only to a word before it in small letters (else it is an ordinary label).
    if (after === 58 /* : */ && line.charCodeAt(m.index + m[0].length + 1) === 32 && !/[a-z]$/.test(before)) continue;
    const heading: Heading = { label: cleanLabel(m[1]!), rest: -1, how: 'marked' };
    // The piece before ends where the label starts ("PyTorch.Preferred" is not one word), the
    // one after starts where it ends; at the very start of a line it is the line's heading.
    if (classifyHeading(heading)) out.push({ at: Math.max(1, m.index), heading, skip: m.index === 0 ? m[0].length - 1 : m[0].length });
  }
}
/** A word glued on after a heading: a capital, then a small letter or an apostrophe ("Bachelor's", "Strong"). */
const GLUED_AFTER_WORD = /^[A-Z][a-z'’]/;
/** The word before a name made of a heading's word and another ("the RequirementsEngine team", "our SkillsFuture"). */
const GLUED_NOT_AFTER = /\b(?:the|a|an|our|your|their|its|his|her|this|that|these|those|of|for|in|on|with|by|to|from|at|via|using|use|new)\s$/i;
/** A heading's words glued to the text after it, a colon maybe after a space ("daysResponsibilities : - Build"; group 1: the label). */
const GLUED = /(?<![A-Z])((?:(?:Desirable|Preferred|Desired|Mandatory|Required)\/)?(?:(?:Basic|Minimum|Preferred|Required|Desired|Additional|Key|Your|Mandatory) )?(?:Qualifications|Requirements|Responsibilities|Nice[- ]to[- ][Hh]aves?|Bonus [Pp]oints|Benefits|Desirable|Perks|What [Yy]ou(?:'ll| [Ww]ill) (?:[Dd]o|[Bb]ring|[Nn]eed)|About [Yy]ou|Who [Yy]ou [Aa]re|Profile|[Pp]rofile|Tasks|Skills|Experience|Education|What [Ww]e [Oo]ffer|Our [Oo]ffer|Must[- ][Hh]ave|(?:Preferred|Required|Desired|Minimum|Relevant) [Ee]xperience|About (?:[Uu]s|[Tt]he (?:[Jj]ob|[Rr]ole|[Tt]eam|[Cc]ompany|[Pp]osition))|Job [Dd]escription|(?:[A-Z][a-z]+ (?:& |and ))?(?:Eligib(?:le|ility) |Selection |Essential |Key )?Criteria|(?:Required|Preferred|Big [Pp]lus|Bonus|Good to [Hh]ave|Optional|Mandatory|Essential|Desired)(?=\s?:)))(?=[A-Z0-9]|:(?! )|\s[-–—]\s[A-Z]|:\s{1,2}[A-Z0-9]|\s:-?\s{0,2}[A-Z0-9-])/g;

/**
 * "… 4+ years. ## About the Role We are seeking …": a markdown heading whose line break was lost.
 * Its label has no closing mark, so it is the run of capitalised words after the hashes (small
 * words may be lower case: "About the Role"), shortened from the end until classifyHeading
 * places it. Added to `out` in order.
 */
function hashHeadings(line: string, out: Array<{ at: number; heading: Heading }>): void {
  HASH.lastIndex = 0;
  const found: Array<{ at: number; heading: Heading }> = [];
  for (let m = HASH.exec(line); m && found.length < 100; m = HASH.exec(line)) {
    const at = m.index + m[1]!.length;
    if (line.slice(0, at).trim() === '') continue;
    const words: string[] = [];
    // "## **🔍 What we're looking for** …": bold and pictographs open the label, a closing mark ends it.
    let from = at + m[0].length - m[1]!.length;
    HASH_LEAD.lastIndex = from;
    const lead = HASH_LEAD.exec(line);
    if (lead) from += lead[0].length;
    // "## What you must have: …": a colon within a few words ends the label, whatever its case.
    const colon = COLON_LABEL.exec(line.slice(from, from + 100));
    if (colon) words.push(colon[1]!);
    else WORD.lastIndex = from;
    for (let w = colon ? null : WORD.exec(line); w && words.length < 10; w = WORD.exec(line)) {
      const raw = w[0];
      if (/^[-*•·▪●–—#]+$/.test(raw)) break;
      const bare = raw.replace(/^[*_(]+|[*_:.,;!?)…]+$/g, '');
      if (!bare) break;
      if (words.length > 0 && !/^[A-Z0-9&]/.test(bare) && !SMALL_WORD.test(bare)) break;
      words.push(bare);
      if (/[:.,;!?…]$/.test(raw.replace(/[*_]+$/, '')) || /\S[*_]{2}$/.test(raw)) break;
    }
    for (let n = words.length; n > 0; n--) {
      const label = cleanLabel(words.slice(0, n).join(' '));
      const heading: Heading = { label, rest: -1, how: 'marked' };
      if (label && classifyHeading(heading)) {
        found.push({ at, heading });
        break;
      }
    }
  }
  if (found.length === 0) return;
  out.push(...found);
  out.sort((a, b) => a.at - b.at);
}
/** Hashes of a markdown heading inside a line (group 1: the space before them). */
const HASH = /(\s)#{1,6}\s+(?=\S)/g;
const WORD = /\S+/g;
const COLON_LABEL = /^((?:[^\s:*_#•]+ ){0,7}[^\s:*_#•]+)[*_]{0,3}:/;
const HASH_LEAD = /(?:[*_]{1,3}|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\s)+/uy;
/** Words a title-case heading leaves in lower case ("About the Role", "What you'll bring"). */
const SMALL_WORD = /^(?:a|an|the|of|to|for|and|or|in|on|at|with|by|as|is|are|be|do|we|you|your|our|us|what|who|how|will|you'll|you're|we're|we'll|would|can|have|bring|need|looking|expect|offer|join|about)$/i;
/**
 * A label inside a line: after a sentence's end (not a ";": "Minimum: 2; Preferred: 3 years" is
 * one item), a bullet or a wide gap (group 1), either in
 * bold (2: the marks, 3: the label) or followed by a colon (4).
 */
/** "Required Skills", "Key Responsibilities", "Education & Experience": every word capitalised (small joining words aside). */
/** "Your profile", "We offer", "Desired experience and expertise": a label in sentence case that is still a heading's. */
const ADDRESSED_LABEL = /^(?:Your|Our|We|What|Who|About|Desired|Preferred|Required|Minimum|Basic|Key|Technical|Additional|Bonus)(?:\s+[a-z'’]+(?:\/[a-z'’]+)?){1,3}$/;
const TITLE_CASE = /^[A-Z][\w'’/-]*(?:\s+(?:[A-Z][\w'’/-]*|&|and|of|to|for|the|a|an|you|we))*$/;
/** Where in `raw` the longest run of its last words that starts with a capital and reads as a heading as a whole begins (not at 0), else -1. */
function wholeHeadingTail(raw: string): number {
  WORD_START.lastIndex = 0;
  for (let m = WORD_START.exec(raw); m; m = WORD_START.exec(raw)) {
    if (m.index === 0) continue;
    if (classifyHeading({ label: cleanLabel(raw.slice(m.index)), rest: -1, how: 'plain' })) return m.index;
  }
  return -1;
}
/** A word with a capital, after a space: where a heading may start inside a label. */
const WORD_START = /(?<=\s)[A-Z]/g;
/** The title-case words that end a label ("… reports Required Skills"), after a lower-case word. */
const TITLE_TAIL = /(?<=(?:^|\s)[a-z0-9(][^\s]*\s)[A-Z][\w'’/-]*(?:\s+(?:[A-Z][\w'’/-]*|&|and|of|to|for))*\s*$/;
// A label in emphasis a converter left lopsided ("*Preferred Qualifications**") or opened with a
// space ("** Requirements:**") is one too.
const INLINE = /([.!?]\s+|(?<=[\w)][.!?])(?=[A-Z])|\s[•·▪●*–-]\s+|\s{2,}|\s(?=[*_]{2,4} ?[A-Z])|\s(?=\*[A-Z][^*\n]{2,60}?\*\*)|(?<=[\w)]) (?=[A-Z]))(?:([*_]{2,4}) ?([A-Z][^*_\n]{2,60}?)\s*:?\s*\2\s*:?|([A-Z][A-Za-z'’&/ ()-]{2,50}?)\s*:|\*([A-Z][^*_\n]{2,60}?)\*\*\s*:?)(?=\s|[A-Z]|[-–]\s|$)/g;

const BULLET_GAP = /^\s[•·▪●*–-]\s+$/;
const BULLET_NEXT = /^\s*[•·▪●*–-]\s/;

/** A heading whose only nice-to-have word is "desired" / "desirable" ("Desired experience and expertise"). */
const DESIRED_ONLY = /^(?=.*\bdesired\b)(?!.*\b(?:nice|bonus|plus|pluses|preferred|preferences?|optional|additional|advantageous|extra)\b)/;

/**
 * Whether any line of `text` is a heading that opens the requirements. The lines it reads are
 * kept in `parsed`, for the SectionReader that reads them again.
 */
export function hasRequiredHeading(text: string, parsed?: Map<string, Heading | null>): boolean {
  for (const line of text.split('\n')) {
    if (line.length > HEADING_LINE_MAX) continue;
    const h = parseHeading(line);
    if (parsed && parsed.size < 5000) parsed.set(line, h);
    const c = h && classifyHeading(h);
    if (c && ('ideal' in c || c.section === 'required')) return true;
  }
  return false;
}

/** Lines longer than this are not read by hasRequiredHeading nor kept in its parsed lines, so none is looked up there either. */
const HEADING_LINE_MAX = 400;

/** A heading of the tier after the basic one: "Additional Qualifications and Skills", "Additional experience". */
const ADDITIONAL_HEAD = /^additional\b/;
/** An item that marks itself a nice-to-have: "… is desirable", "… strongly preferred", "helpful but not required". */
const OWN_SOFT_MARK = /\b(?:helpful|beneficial|advantageous|a\s+plus)\b/;

/**
 * The heading lines of "Additional Qualifications"-like lists whose items say their own tier:
 * "Additional Qualifications and Skills" over "- Prior supervisory experience", "- Familiarity
 * with Docker is desirable", "- Cloud experience is strongly preferred": where two or more items
 * mark themselves nice-to-haves and others do not, the list holds asks, and only the marked ones
 * are wishes (a nice-to-have heading needs no item to say so). `parsed` holds hasRequiredHeading's
 * headings where it saw them.
 */
export function selfTieredLists(text: string, parsed?: Map<string, Heading | null>): Set<string> | null {
  /** The line's heading (not a label with its content) and its class, else null. */
  const headingOf = (line: string): { h: Heading; c: NonNullable<HeadingClass> } | null => {
    if (line.length > HEADING_LINE_MAX) return null;
    let h = parsed?.get(line);
    if (h === undefined) h = parseHeading(line);
    const c = h && h.how !== 'inline' ? classifyHeading(h) : null;
    return h && c ? { h, c } : null;
  };
  // Only the lines that hold the word, and the list after each that opens such a list, are read:
  // most postings have an "Additional information" line and no list of this kind, many not even that.
  if (!text.includes('dditional') && !text.includes('DDITIONAL')) return null;
  let out: Set<string> | null = null;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('additional'); at >= 0; at = lower.indexOf('additional', at + 10)) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const head = headingOf(line);
    if (!head || 'ideal' in head.c || head.c.section !== 'preferred' || !ADDITIONAL_HEAD.test(head.h.label)) { at = end; continue; }
    let marked = 0;
    let plain = 0;
    let next = end + 1;
    while (next < text.length) {
      let stop = text.indexOf('\n', next);
      if (stop < 0) stop = text.length;
      const item = text.slice(next, stop);
      next = stop + 1;
      if (!item.trim()) continue;
      if (headingOf(item)) break;
      const low = item.toLowerCase();
      if (SOFT_ITEM.test(low) || OWN_SOFT_MARK.test(low)) marked++;
      else plain++;
    }
    if (marked >= 2 && plain >= 1) (out ??= new Set()).add(line);
    at = end;
  }
  return out;
}

/** Headings of the steps to apply and be interviewed: "How to apply", "Application process", "Interview process", "Application". */
/** Headings of what the job gives: "Benefits", "What we offer", "What you will gain", "Perks". */
const OFFERED = /^(?:(?:our |the |your |key |employee |additional )?(?:benefits?|perks|rewards)(?: and (?:benefits|perks|rewards|compensation))?|(?:what )?(?:we|we'll|we will) offer(?: you)?|our offer|what'?s in it for you|what (?:you(?:'ll| will| can)?|will you|can you) (?:gain|learn|get|take away))$/;
const APPLICATION_STEPS = /^(?:(?:the |our )?how to apply|(?:the |our )?(?:application|interview|hiring|recruitment|selection) (?:process|procedure|steps|instructions)|application procedure|applications?|to apply|next steps)$/;

/** Section state while reading a posting top to bottom. */
export class SectionReader {
  section: Section = 'other';
  /** An explicit hard-requirements heading has been seen ("Required", "Minimum qualifications"). */
  hardSeen = false;
  /** Any requirements heading has been seen. */
  requiredSeen = false;
  /** The posting has a requirements heading somewhere (set before reading, see hasRequiredHeading). */
  requiredAnywhere = false;
  /** The last line fed was a heading that set the section. */
  classified = false;
  /** The section is the application's or the interview's steps ("How to apply"): names there are no asks. */
  process = false;
  /** The section is what the job gives ("Benefits", "What you will gain"): its sentences ask nothing. */
  offered = false;
  /** The markdown level ("#" count) of the nice-to-have heading in force, 0 when none. */
  private preferredDepth = 0;
  /** The markdown level of the heading that set the section in force, 0 when none set it. */
  private sectionDepth = 0;
  /** The section in force was opened by a label with its content on the line ("Qualifications: A PhD …"). */
  private labelOpened = false;
  /** The section in force is the job's duties ("What you'll do", "Responsibilities"). */
  private duties = false;

  /** The last line read looked like a heading the words did not decide (for a colon on the next line). */
  private undecided: Heading | null = null;
  /** Lines already parsed (hasRequiredHeading's first pass), with their headings. */
  parsed: Map<string, Heading | null> | null = null;

  /** Heading lines of lists whose items say their own tier (selfTieredLists): they hold asks. */
  selfTiered: Set<string> | null = null;

  /** The section before a label that placed its own line only ("Databases (nice to have): …"), to go back to after it. */
  private restore: Section | null = null;

  /** Feed a line; returns the heading found on it (if any), after updating the section. */
  feed(line: string): Heading | null {
    this.classified = false;
    if (this.restore !== null) {
      this.section = this.restore;
      this.restore = null;
    }
    // "**Don't meet every single requirement?** Studies show …", "We encourage you to apply even
    // if you do not meet every qualification.": the asks have ended, whatever heading comes next.
    if (this.section !== 'other' && APPLY_ANYWAY_LINE.test(line)) {
      this.section = 'other';
      this.sectionDepth = 0;
      this.preferredDepth = 0;
    }
    let h = line.length <= HEADING_LINE_MAX ? this.parsed?.get(line) : undefined;
    if (h === undefined) h = parseHeading(line);
    if (!h) {
      // "Your skills" then ":" on a line of its own: the heading's colon, pushed down by the markup.
      const undecided = this.undecided;
      if (undecided && line.trim() === ':') h = { label: undecided.label, rest: -1, how: 'colon' };
      else {
        if (line.trim()) this.undecided = null;
        return null;
      }
    }
    return this.apply(h, line);
  }

  /** Take `h`, found on `line`, as a heading. */
  apply(h: Heading, line: string): Heading | null {
    this.classified = false;
    const c = classifyHeading(h);
    this.undecided = c ? null : h.how === 'plain' && line.length < 80 ? h : null;
    const depth = /^\s{0,3}(#{1,6})\s/.exec(line)?.[1]!.length ?? 0;
    if (!c) {
      // "## Profile" … "## Place of work": a heading the words do not decide, at the level of the
      // one that opened the section or above, ends that section; one further down divides it.
      // So does one after a section that a label with no markdown level opened ("<b>Qualifications:</b>
      // …" then "### 2. Postdoc in …"): the page's own headings outrank its bold labels.
      if (depth > 0 && (depth <= this.sectionDepth || (this.sectionDepth === 0 && this.labelOpened))) {
        this.section = 'other';
        this.sectionDepth = 0;
        this.preferredDepth = 0;
      }
      return h.how === 'plain' || h.how === 'inline' ? null : h;
    }
    this.classified = true;
    this.process = !('ideal' in c) && c.section === 'other' && APPLICATION_STEPS.test(h.label);
    this.offered = !('ideal' in c) && c.section === 'other' && OFFERED.test(h.label);
    // "Databases (nice to have): Elasticsearch, …" in a list of the stack: the tier is its line's.
    if (!('ideal' in c) && h.how === 'inline' && TIER_BRACKET.test(h.label)) {
      this.restore = this.section;
      this.section = c.section;
      return h;
    }
    if ('ideal' in c) {
      // "Ideally you'd have" is the main ask, unless it comes after an explicit "Required" list,
      // where it is the softer tier.
      this.section = this.hardSeen ? 'preferred' : 'required';
      this.sectionDepth = depth;
      return h;
    }
    // "# Preferred qualifications" then "## Scientific expertise", "## Tools": sub-headings one level
    // down name the kinds of nice-to-haves, unless they say they are required.
    if (this.preferredDepth > 0 && depth > this.preferredDepth && c.section !== 'other' && !(c.section === 'required' && c.hard)) {
      this.section = 'preferred';
      return h;
    }
    // "Preferred Qualifications" then "Education: Master's degree", "Experience: One year of …": a
    // label with its content on the line names a kind of what the list in force holds.
    if (this.section === 'preferred' && h.how === 'inline' && c.section === 'required' && !c.hard && KIND_LABEL.test(h.label)) return h;
    // "What you'll do:" then "Communication Skills: You will present your findings …": a duty's
    // own label, its content a duty, not a requirements heading.
    if (this.section === 'other' && this.duties && h.how === 'inline' && c.section === 'required' && !c.hard && h.rest > 0 && DUTY_CONTENT.test(line.slice(h.rest))) return h;
    this.preferredDepth = c.section === 'preferred' && depth > 0 ? depth : 0;
    this.sectionDepth = depth;
    this.labelOpened = depth === 0 && h.how === 'inline';
    this.duties = c.section === 'other' && DUTIES.test(h.label);
    // "Desired experience and expertise:" as a posting's only qualifications list is what the
    // posting asks for (as "Ideally you'd have" is); beside a requirements list it is the softer tier.
    this.section = c.section === 'preferred' && ((!this.requiredSeen && !this.requiredAnywhere && DESIRED_ONLY.test(h.label)) || this.selfTiered?.has(line)) ? 'required' : c.section;
    if (this.section === 'required') this.requiredSeen = true;
    if (c.section === 'required' && c.hard) this.hardSeen = true;
    return h;
  }
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(ELLIPSIS_RUN, BRACKET_HEAD, LEAD_IN, ITEM_TIER, FOLLOWING_WISHED, FOLLOWING_RUN, ADDITIONAL_HEAD, HEADING_BULLET, OWN_SOFT_MARK, KNOW_ABOUT, APPLY_ANYWAY_LINE, APPLY_ANYWAY, TIER_BRACKET, LINK_TARGET, BARE_URL, FOLLOWING, FOLLOWING_RELEVANT, DUTIES, DUTY_CONTENT, LIKE_TO_SEE, KIND_LABEL, LEAD_WORDS, COLON_DASH, OFFERED, DANGLING, PICTOGRAPHS, BULLET, DATA_KEY, ELLIPSIS_LABEL, LABEL_THEN_BULLETS, HEADING_REMARK, HEADING_DASH_REMARK, DASH_REMARK_HINT, QUESTION_HEAD, PREFERRED, MOSCOW_SOFT, IDEAL, REQUIRED_WHOLE, PERSON_HEAD, REQUIRED_NOUN_TAIL, REQUIRED_PHRASE, OTHER, REQUIRED_HEAD_WHOLE, OUR_OWN, EMPLOYER_KNOWHOW, REQUIRED_WEAK, HARD, PREFERRED_WHOLE, SOFT_WHOLE, SOFT_MORE, OTHER_WHOLE, LOCAL_REQUIRED, LOCAL_PREFERRED, LOCAL_OTHER, SOFT_ITEM, DANGLING_RUN, BRACKET_TIER, CLAUSE_WORDS, CLAUSE_WORDS_ANY_CASE, CLAUSE_COLON, RUN_ON_PLAIN, RUN_ON, AFTER_CAPITAL, TITLED, SHOUTED_WORD, SHOUTED, BULLET_IN_LINE, BULLET_AFTER_LABEL, GLUED, GLUED_AFTER_WORD, GLUED_NOT_AFTER, HASH, WORD, COLON_LABEL, HASH_LEAD, SMALL_WORD, ADDRESSED_LABEL, TITLE_CASE, WORD_START, TITLE_TAIL, INLINE, BULLET_GAP, BULLET_NEXT, DESIRED_ONLY, APPLICATION_STEPS);
