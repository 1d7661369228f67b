// Read a job posting the way a hiring manager would: which skills it asks for and how firmly
// (required / preferred / only mentioned), which of them are alternatives, how many years, which
// degree, what level. The rules are in shared/EXTRACTION.md; every rule here is about how
// postings are written in general, never about one posting.
import type { Requirements, Section, Seniority, SkillDef, SkillHit } from './schema';
import { Rule, isRule, lineRanges, scanLine, sentenceEnd, sortSmall, type LineScan, type Matcher } from './matcher';
import type { Tokens } from './normalize';
import { SectionReader } from './extract-sections';
import { chooseYears, mayNameYears, yearsInSentence, type YearsCandidate } from './extract-years';
import { chooseDegree, degreesInSentence, mayNameDegree, mayNameShortDegree, type DegreeMention } from './extract-degree';
import { Hint, Hits, findHints } from './hints';

export interface ExtractOptions {
  /** The listing's title, when the page gives it apart from the text (seniority comes from it). */
  title?: string | null;
  /** The employer, when known: skills inside its name ("Scale AI") are not asked for. */
  company?: string | null;
  /** Called for every mention counted, with the section it was read in (for eval and debugging). */
  trace?: (mention: { id: string; surface: string; start: number; section: Section; group: string | null }) => void;
}

const RANK: Record<Section, number> = { required: 0, preferred: 1, other: 2 };

// --- sentence cues -----------------------------------------------------------------------------

/** A sentence that states a requirement even outside a requirements heading. */
export const REQUIRED_CUE = /\b(?:you\s+(?:have|bring|possess|should\s+have|must\s+have|will\s+need|need|are\s+(?:proficient|fluent|skilled|experienced|an?\s+expert|comfortable|familiar))|(?:must|should)\s+(?:have|possess|know|be\s+(?:proficient|fluent|able|familiar|comfortable|skilled|experienced|an?\s+expert|knowledgeable))|(?:is|are)\s+(?:required|a\s+must|mandatory|essential)|required\b|requires?\s+(?:\w+\s+){0,3}?(?:experience|knowledge|expertise|proficiency|familiarity|skills?|background|understanding)|we\s+need\s+(?:someone|a|an|you)|(?:looking|seeking)\s+(?:for\s+)?(?:someone|a\s+candidate|candidates|people|an?\s+(?:\w+\s+){0,3}?(?:engineer|scientist|developer|researcher|analyst))\s+(?:with\s+(?:experience|expertise|knowledge|a\s+(?:strong|solid|deep|proven)|strong|solid|deep|proven|\d)|who\s+(?:has|have|is|knows))|must[- ]have)/i;
/** A sentence that opens by saying what follows is a nice-to-have. */
const PREFERRED_LEAD = /^[\s*•·(\-–[]{0,6}(?:(?:bonus|plus|preferred|nice[- ]to[- ]haves?|optional|desired|desirable)\s*[:)\]–-]|\(?\s*bonus\s*\)|bonus\s+(?:if|points)|(?:the\s+|our\s+)?ideal\s+candidates?\s+(?:(?:will|would|should)\s+(?:also\s+|likely\s+)?(?:have|possess|be|bring)|has|have|possesses|brings)|top\s+candidates\s+(?:will\s+)?(?:also\s+)?(?:have|possess)|strong\s+candidates\s+(?:may|will|would)|preference\s+(?:will\s+be|is)\s+given|(?:it\s+is\s+|it's\s+)?(?:a\s+)?(?:big\s+|huge\s+)?plus\s+if|even\s+better\s+if|it\s+would\s+be\s+(?:great|nice|a\s+plus)\s+if)/i;
/** "… is a plus", "… preferred", "… a bonus": applies to what comes just before it. */
const PREFERRED_TRAIL = /\b(?:an?\s+(?:(?:big|strong|huge|definite|nice|great|real|major|distinct|added|significant|clear)\s+)?(?:plus|bonus|advantage|asset)|pluses|nice[- ]to[- ]have|(?:highly\s+|strongly\s+)?(?:preferred|desir(?:ed|able))|(?:is|are|be|considered)\s+(?:highly\s+|very\s+|also\s+)?(?:advantageous|beneficial|helpful|welcomed?|appreciated|optional))\b/gi;
/** "ideally with X", "preferably in Y": applies to what follows. */
const PREFERRED_FORWARD = /\b(?:ideally|preferably)\b,?\s+(?:with|in|using|on|towards?|including|for|from|at|through|via|a|an|some|experience|familiarity|knowledge|exposure|also)\b/gi;
/** Where the scope of a trailing cue stops, looking back: "containerization - Docker preferred". */
const SCOPE_BREAK = /[():;]|\s[-–—]\s|\bbut\b/g;
/** "no Java needed", "no prior Kubernetes experience required". */
const NEG_NO = /\bno\s+(?:prior\s+|previous\s+|formal\s+)?(?:[\w+#./-]+\s+){0,4}?(?:experience\s+|knowledge\s+|skills?\s+)?(?:is\s+|are\s+)?(?:needed|required|necessary|expected)\b/gi;
/** "… is not required". */
const NEG_NOT = /\b(?:is\s+|are\s+)?not\s+(?:strictly\s+)?(?:required|needed|necessary|expected|mandatory|a\s+(?:must|requirement|prerequisite))\b/gi;
/** "you don't need to know X". */
const NEG_DONT = /\b(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|will\s+not)\s+(?:need|require|have\s+to\s+know|expect\s+you\s+to\s+know)\b/gi;
/** Where a "don't need" scope stops. */
const DONT_STOP = /[,;:]|\bbut\b/g;
/** The keywords of the line being read (see hints.ts), reused from line to line. */
const lineHits = new Hits();
/** "Must have one of the following:" (FOLLOWING is the cheap first look). */
export const FOLLOWING = /ollowing/i;
const ONE_OF_FOLLOWING = /\b(?:one|either)\s+of\s+the\s+following\b/i;
/** A word every match of PREFERRED_TRAIL or PREFERRED_FORWARD contains. */
export const PREFER_HINT = /plus|bonus|advantage|asset|nice|prefer|desir|beneficial|helpful|welcome|appreciated|optional|ideally/i;
/** A word every match of NEG_NO, NEG_NOT or NEG_DONT contains. */
export const NEGATION_HINT = /\bno\b|\bnot\b|\b(?:don|doesn|won)'?t\b/i;
const NO_DEGREES: { mentions: DegreeMention[]; fieldSpans: Array<[number, number]> } = { mentions: [], fieldSpans: [] };
/** A list that offers a choice: "one of", "at least one", "either … or". */
const CHOICE = /\b(?:(?:at\s+least\s+)?one\s+(?:or\s+more\s+)?of|at\s+least\s+one|any\s+(?:one\s+)?of|either)\b/i;

interface Occurrence {
  section: Section;
  group: string | null;
}

interface SkillAcc {
  skill: SkillDef;
  first: number;
  mentions: string[];
  occ: Occurrence[];
}

/**
 * Where a trailing cue's scope starts in sentence `s`: just after the last break before `q`.
 * The breaks are found once per sentence (rescanning for every cue was quadratic in an
 * endless sentence of cues).
 */
function scopeStarts(s: string): (q: number) => number {
  let ends: number[] | null = null;
  const starts: number[] = [];
  return (q) => {
    if (!ends) {
      ends = [];
      SCOPE_BREAK.lastIndex = 0;
      for (let m = SCOPE_BREAK.exec(s); m; m = SCOPE_BREAK.exec(s)) { starts.push(m.index); ends.push(m.index + m[0].length); }
    }
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : ends[lo - 1]!;
  };
}

interface State {
  matcher: Matcher;
  text: string;
  opts: ExtractOptions;
  skills: Map<string, SkillAcc>;
  years: YearsCandidate[];
  degrees: DegreeMention[];
  groupCount: number;
}

interface LineCtx {
  tokens: Tokens;
  matches: LineScan['matches'];
  line: string;
  lineSection: Section;
  /** The line may name a degree / years (false: none of its sentences does). */
  degreeHint: boolean;
  yearsHint: boolean;
  /** The hints were read off the line itself: a sentence that is the whole line needs no check of its own. */
  exact: boolean;
}

/** Read a posting. Runs in well under a millisecond for a typical 5 KB posting. */
export function extract(text: string, matcher: Matcher, opts: ExtractOptions = {}): Requirements {
  const reader = new SectionReader();
  const skills = new Map<string, SkillAcc>();
  const years: YearsCandidate[] = [];
  const degrees: DegreeMention[] = [];
  const st: State = { matcher, text, opts, skills, years, degrees, groupCount: 0 };
  let prevLineEnd = -1;
  // A page often carries its text twice; a repeated paragraph keeps the section it had first.
  const seenLines = new Map<string, Section>();
  // "Must have one of the following:" then indented options; a degree offered on its own means
  // no years are required (EXTRACTION.md: 0 when "PhD with no experience" is an option).
  let choice: { indent: number; section: Section; degreeOnly: boolean } | null = null;

  const scanOpts = { company: opts.company ?? null };
  for (const [s, e] of lineRanges(text)) {
    // A chunk of an over-long line is not a new line: no heading can start inside it.
    const newLine = s === 0 || text.charCodeAt(s - 1) === 10 || s !== prevLineEnd;
    prevLineEnd = e;
    if (e <= s) continue;
    const line = text.slice(s, e);
    const heading = newLine ? reader.feed(line) : null;
    const key = line.trim();
    const indent = newLine && key ? line.length - line.trimStart().length : -1;
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
    if (!long) findHints(text, s, e, lineHits);
    const degreeHint = long || (lineHits.all & Hint.Degree) !== 0 || mayNameShortDegree(line);
    const yearsHint = long || (lineHits.all & Hint.Years) !== 0;
    const following = newLine && (long ? FOLLOWING.test(line) : (lineHits.all & Hint.Following) !== 0) && ONE_OF_FOLLOWING.test(line.slice(0, 300));
    let lineSection = reader.section;
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
      const ln: LineCtx = { tokens, matches, line, lineSection, degreeHint, yearsHint, exact: !long };
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

  }

  // Resolve each skill: the firmest section wins; the group is kept only if every mention in
  // that section is part of a group.
  const resolved = [...skills.values()].map((acc) => {
    let section: Section = 'other';
    for (const o of acc.occ) if (RANK[o.section] < RANK[section]) section = o.section;
    const inBest = acc.occ.filter((o) => o.section === section);
    const group = inBest.some((o) => o.group === null) ? null : inBest[0]!.group;
    return { acc, section, group };
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
      mentions: r.acc.mentions,
      group,
    };
  });

  if (choice?.degreeOnly) years.push({ min: 0, max: null, kind: 'degree', section: choice.section, at: text.length });
  const y = chooseYears(years);
  return {
    skills: hits,
    years: y,
    degree: chooseDegree(degrees),
    seniority: seniorityOf(opts.title ?? null, text, y?.min ?? null),
  };
}

function readSentence(st: State, ln: LineCtx, ta: number, tb: number, inSentence: LineScan['matches']): void {
  const { text, skills, years, degrees, opts } = st;
  const { tokens, matches, line, lineSection } = ln;
  const cs = tokens.start[ta]!;
  const ce = tokens.end[tb - 1]!;
  const sent = text.slice(cs, ce);
  // With the line's hits (a line of at most 2,000 characters), a sentence's first looks are
  // the hits inside it; otherwise the patterns' own.
  const exact = ln.exact;
  const whole = exact && ta === 0 && tb === tokens.n;
  const degree = ln.degreeHint && (whole || (exact ? lineHits.within(Hint.Degree, cs, ce) || mayNameShortDegree(sent) : mayNameDegree(sent)));
  const yearsHint = ln.yearsHint && (whole || (exact ? lineHits.within(Hint.Years, cs, ce) : mayNameYears(sent.length > 2000 ? sent.slice(0, 2000) : sent)));
  // A sentence with no skill, no degree and no years changes nothing: its section is not needed.
  if (inSentence.length === 0 && !degree && !yearsHint) return;

  let base: Section = lineSection;
  if (PREFERRED_LEAD.test(sent)) base = 'preferred';
  else if (base === 'other' && (!exact || lineHits.within(Hint.Required, cs, ce)) && REQUIRED_CUE.test(sent)) base = 'required';

  const { mentions: degreeMentions, fieldSpans } = degree ? degreesInSentence(sent, cs, base) : NO_DEGREES;
  degrees.push(...degreeMentions);
  if (yearsHint) years.push(...yearsInSentence(sent, cs, base, (from, to) => matches.some((m) => m.start >= from && m.start < to), line.length > 2000 ? sent : line));
  if (inSentence.length === 0) return;

  // Scopes, in offsets relative to the sentence.
  const preferred: Array<[number, number]> = [];
  const dropped: Array<[number, number]> = [];
  let hasTrail = false;
  const scopeStart = scopeStarts(sent);
  // The cues are looked for only where one of their words is.
  const preferHint = exact ? lineHits.within(Hint.Prefer, cs, ce) : PREFER_HINT.test(sent);
  const negationHint = exact ? lineHits.within(Hint.Negation, cs, ce) : NEGATION_HINT.test(sent);
  PREFERRED_TRAIL.lastIndex = 0;
  if (preferHint) for (let m = PREFERRED_TRAIL.exec(sent); m; m = PREFERRED_TRAIL.exec(sent)) {
    hasTrail = true;
    const q = m.index;
    const start = scopeStart(q);
    const local: [number, number] = [start, q];
    const any = inSentence.some((x) => x.start - cs >= start && x.end - cs <= q);
    preferred.push(any ? local : [0, q]);
  }
  PREFERRED_FORWARD.lastIndex = 0;
  if (preferHint) for (let m = PREFERRED_FORWARD.exec(sent); m; m = PREFERRED_FORWARD.exec(sent)) {
    const semi = sent.indexOf(';', m.index);
    preferred.push([m.index, semi >= 0 ? semi : sent.length]);
  }
  NEG_NO.lastIndex = 0;
  if (negationHint) for (let m = NEG_NO.exec(sent); m; m = NEG_NO.exec(sent)) dropped.push([m.index, m.index + m[0].length]);
  NEG_NOT.lastIndex = 0;
  if (negationHint) for (let m = NEG_NOT.exec(sent); m; m = NEG_NOT.exec(sent)) {
    // "preferred but not required" is a preference, not a negation.
    if (hasTrail) continue;
    const start = scopeStart(m.index);
    dropped.push([start, m.index]);
  }
  NEG_DONT.lastIndex = 0;
  // The next stop after a cue is the one after the previous cue when that lies ahead of it:
  // searched again only then, so many cues in one sentence cost one pass.
  let stop = -1;
  if (negationHint) for (let m = NEG_DONT.exec(sent); m; m = NEG_DONT.exec(sent)) {
    if (stop < m.index) {
      DONT_STOP.lastIndex = m.index;
      stop = DONT_STOP.exec(sent)?.index ?? sent.length;
    }
    dropped.push([m.index, stop]);
  }
  const inside = (spans: Array<[number, number]>, x: { start: number; end: number }) =>
    spans.some(([p, q]) => x.start - cs >= p && x.end - cs <= q);

  const kept = inSentence.filter((x) => !fieldSpans.some(([p, q]) => x.start >= p && x.end <= q) && !inside(dropped, x));

  // Either-or groups: consecutive names joined only by list glue, with "or" or "/" between
  // them or a "one of" before them. "Python, SQL and Spark" is a list, not a choice.
  // Group of each kept name, by its index in `kept`.
  const groupOf: Array<string | undefined> = [];
  if (base !== 'other' || kept.length > 1) {
    let run: typeof kept = [];
    let runStart = 0;
    let alt = false;
    const flush = () => {
      if (run.length >= 2) {
        const at = run[0]!.start;
        if (alt || CHOICE.test(text.slice(Math.max(cs, at - 80), at))) {
          const id = `g${++st.groupCount}`;
          for (let k = 0; k < run.length; k++) groupOf[runStart + k] = id;
        }
      }
      run = [];
      alt = false;
    };
    for (let xi = 0; xi < kept.length; xi++) {
      const x = kept[xi]!;
      const prev = run[run.length - 1];
      if (run.length === 0) runStart = xi;
      if (prev) {
        // Only list glue between the two (at most four tokens); "or" or "/" makes it a choice.
        let glued = x.tokStart - prev.tokEnd <= 4;
        let choice = false;
        for (let k = prev.tokEnd; glued && k < x.tokStart; k++) {
          glued = isRule(st.matcher, tokens, k, Rule.GroupGlue);
          if (glued) { const n = tokens.norm(k); if (n === 'or' || n === '/') choice = true; }
        }
        if (glued) {
          if (choice) alt = true;
        } else {
          flush();
          runStart = xi;
        }
      }
      run.push(x);
    }
    flush();
  }

  for (let xi = 0; xi < kept.length; xi++) {
    const x = kept[xi]!;
    let section = base;
    if (preferred.length > 0 && inside(preferred, x) && section !== 'preferred') section = 'preferred';
    const group = section === 'other' ? null : groupOf[xi] ?? null;
    let acc = skills.get(x.skill.id);
    if (!acc) {
      acc = { skill: x.skill, first: x.start, mentions: [], occ: [] };
      skills.set(x.skill.id, acc);
    }
    if (!acc.mentions.includes(x.surface)) acc.mentions.push(x.surface);
    acc.occ.push({ section, group });
    opts.trace?.({ id: x.skill.id, surface: x.surface, start: x.start, section, group });
  }
}


// --- seniority ---------------------------------------------------------------------------------

const TITLE_LEVELS: Array<[Seniority, RegExp]> = [
  ['intern', /\b(?:intern(?:ship)?s?|co-?op|trainee|apprentice)\b/i],
  ['principal', /\b(?:principal|distinguished)\b/i],
  ['staff', /\bstaff\b/i],
  ['manager', /\b(?:manager|head\s+of|director|vp|vice\s+president|chief)\b/i],
  ['lead', /\b(?:lead|leader)\b/i],
  ['senior', /\b(?:senior|sr\.?|iii|iv)(?=\W|$)/i],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|new\s+grad|associate|early[- ]career)(?=\W|$)/i],
  ['mid', /\b(?:mid(?:-level)?|intermediate|ii)\b/i],
];
/** Text cues about the hire itself ("we are seeking a senior engineer"), not the team ("with senior scientists"). */
const TEXT_LEVEL = /\b(?:seeking|hiring|looking\s+for|join\s+(?:us|our\s+team)\s+as|we\s+need|this\s+is)\s+(?:an?\s+)?(?:(?:highly|very)\s+)?(?:(?:experienced|motivated|talented|skilled|capable)\s+(?:and\s+\w+\s+)?)?(internship|intern|entry[- ]level|new[- ]grad(?:uate)?|junior|mid[- ]level|senior|staff|principal|lead)\b|\b(entry|junior|mid|senior)[- ]level\s+(?:role|position|candidates?)\b/iy;
/**
 * The words TEXT_LEVEL's matches start with (hints.ts finds them, as Hint.Level). Found first,
 * they tell where TEXT_LEVEL can match; tried only there (sticky), it no longer reads every
 * character the slow way.
 */
export const TEXT_LEVEL_LEAD = /\b(?:seeking|hiring|looking|join|we|this|entry|junior|mid|senior)\b/i;
const headHits = new Hits();

function seniorityOf(title: string | null, text: string, years: number | null): Seniority | null {
  if (title && title.length < 300) {
    // An internship or a manager's job is that whatever else the title says; otherwise the level
    // named first ("Senior/Staff ML Scientist" → senior).
    if (TITLE_LEVELS[0]![1].test(title)) return 'intern';
    if (TITLE_LEVELS[3]![1].test(title)) return 'manager';
    let best: Seniority | null = null;
    let at = Infinity;
    for (const [level, re] of TITLE_LEVELS) {
      const m = re.exec(title);
      if (m && m.index < at) { best = level; at = m.index; }
    }
    if (best) return best;
    if (/\bI\s*$/.test(title)) return 'junior'; // "Data Scientist I"
  }
  const head = text.slice(0, 3000);
  let m: RegExpExecArray | null = null;
  findHints(head, 0, head.length, headHits);
  for (let k = 0; k < headHits.n && !m; k++) {
    if ((headHits.bits[k]! & Hint.Level) === 0) continue;
    TEXT_LEVEL.lastIndex = headHits.start[k]!;
    m = TEXT_LEVEL.exec(head);
  }
  if (m) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    if (w.startsWith('intern')) return 'intern';
    if (w.startsWith('entry') || w.startsWith('new') || w === 'junior') return 'junior';
    if (w.startsWith('mid')) return 'mid';
    return w as Seniority;
  }
  if (years !== null) return years < 2 ? 'junior' : years < 5 ? 'mid' : 'senior';
  return null;
}
