// A CV's plain text → what it says about the person: skills with a level guess, the highest
// degree and its field, years of professional experience, background, current title and
// likely target roles. Every finding carries the words it was read from, so the person can
// check it before anything is saved. Skills are found by the same engine that reads
// postings; this module adds what only a CV has: its parts, its dated jobs, and how a skill
// is claimed there (used at work, listed, being learnt, or only wished for). Pure.
import { repairMojibake } from './mojibake';
import type { Background, EducationLevel, Profile, SkillLevel, TargetRole } from './schema';
import type { Engine } from './engine';
import { emptyProfile } from './profile';
import { implied, maxLevel } from './match';
import { headingOf, CLUB_ROLE, CLUB_WORDS, DOCTORAL, LEAVE, RESEARCH_ASSISTANT, ROLE_WORD, SIDE_JOB, STUDENT_POST, TEACHING_POST, VOLUNTEER, type CvPart } from './cv-sections';
import { datesIn, fullYears, monthOf, monthText, periodsIn, unionMonths, yearsOf, type Month } from './cv-dates';
import { latexToText } from './cv-latex';

/** The words a finding was read from: whole lines of the CV, shortened around the point. */
export type From = string[];

export interface CvSkill {
  id: string;
  name: string;
  level: SkillLevel;
  /** Why this level: where the skill was found and how it was named. */
  reason: 'job' | 'past-job' | 'skills' | 'summary' | 'education' | 'project' | 'publication' | 'course' | 'learning' | 'other';
  from: From;
}

export interface CvJob {
  title: string | null;
  /** The job's heading lines as written (title, employer). */
  header: string;
  start: string;
  end: string;
  ongoing: boolean;
  /** Doctoral research (PhD student/candidate): not counted as professional experience. */
  doctoral: boolean;
  /** A post held as a student (teaching assistant, tutor, research assistant while studying, a side job while studying): not counted either. */
  student: boolean;
  /** Not employment: volunteering, coaching or instructing at a club or in a sport. Not counted. */
  hobby: boolean;
  from: From;
}

export interface Finding<T> { value: T; from: From }

export interface CvReading {
  skills: CvSkill[];
  /** Skills named only as wishes ("moving into ML", "want to work on model serving"): not skills the person has. */
  aspirations: Array<{ id: string; name: string; from: From }>;
  education: Finding<{ level: EducationLevel; field: string }> | null;
  jobs: CvJob[];
  years: Finding<number>;
  background: Finding<Background>;
  title: Finding<string> | null;
  targets: Finding<TargetRole[]>;
  /** Entries of a skills list that are not in the taxonomy. */
  unmatched: string[];
}

export interface ReadCvOptions {
  /** "Now" for "present" and for degrees still to come, in ms. */
  now?: number;
}

type CvEngine = Pick<Engine, 'extract' | 'taxonomy'>;

// ---------- words that say how a skill is claimed ----------

/** Before the skill, in its clause: learning it, not yet using it. */
const LEARNING = /\b(?:(?:currently\s+|now\s+|am\s+)?(?<!\b(?:machine|deep|reinforcement|transfer|federated|statistical|active|meta|contrastive|representation|supervised|unsupervised|self-supervised|semi-supervised|ensemble|online|incremental|multi-task|few-shot|zero-shot|e|lifelong|continual|in-context|robot|graph|metric|imitation|curriculum|structured|distributed)[\s-])learning(?!\s+(?:engineer|scientist|research|systems?|models?|algorithms?|platform|infrastructure|pipelines?|team|lab))|(?:recently\s+|just\s+)?started\s+(?:to\s+)?(?:learn(?:ing)?|stud(?:y|ying)|using|exploring|with)|self[- ]?(?:taught|study(?:ing)?)|beginner|basic(?:s|\s+knowledge(?:\s+of)?)?|familiar(?:ity)?\s+with|exposure\s+to|introductory|intro(?:duction)?\s+to|course(?:s|work)?\s+(?:in|on)|coursework|mooc|tutorials?\s+(?:in|on)|completed\s+(?:\S+\s+){0,4}course|taking\s+(?:\S+\s+){0,4}course|studying)\b/i;
/** After the skill: "Rust (learning)", "Go – beginner". */
const LEARNED = /\b(?:learn(?:ed|t)|was\s+taught)\b/i;
const LEARNING_AFTER = /^\s*(?:\(\s*(?:learning|beginner|basic|basics|familiar|in\s+progress|currently\s+learning)\s*\)|[-–—:]\s*(?:learning|beginner|basic)\b)/i;
/** A project still being built ("… a car in a simulator. - in progress"): what it uses is being learnt. */
const IN_PROGRESS = /(?:^|[-–—(,.]\s*)(?:still\s+)?(?:in\s+progress|work\s+in\s+progress|ongoing|wip)\s*\)?\.?\s*$/i;
/** The project item on line li, wrapped onto the next line or not, ends "in progress". */
function inProgress(lines: Line[], li: number, text: string): boolean {
  const ln = lines[li]!;
  if (IN_PROGRESS.test(ln.bare)) return true;
  const next = lines[li + 1];
  return next !== undefined && !next.heading && next.bare !== '' && !/[.!?]$/.test(ln.bare)
    && !isBullet(text.slice(next.start, next.end)) && IN_PROGRESS.test(next.bare);
}

/** In a skills list, a label that says the person is strong in what follows it ("Advanced: …", "Expert in …"). */
const STRONG_LABEL = /^(?:(?:expert(?:ise)?|advanced|proficient|fluent|strong)\b[^:]{0,30}:|(?:expert|proficient|fluent)\s+in\b|(?:extensive|deep|in-depth)\s+(?:experience|expertise|knowledge)\s+(?:in|with|of)\b)/i;
/** "SQL (advanced)", "Python – expert". */
const STRONG_AFTER = /^\s*(?:\(\s*(?:advanced|expert|proficient|fluent|strong|\+{3,})\s*\)|[-–—:]\s*(?:advanced|expert)\b)/i;
/** Teaching a course: its "introduction to" or "course in" is what was taught, not a skill being learnt. */
/** How far either side of a skill's mention its line is read. */
const AROUND = 400;

/** A cloud named with its services in parentheses: the forms its services' names take. */
const CLOUD_GROUP = /\b(AWS|Amazon\s+Web\s+Services|Amazon|GCP|Google\s+Cloud(?:\s+Platform)?|Azure|Microsoft\s+Azure)\s*\(([^()\n]{1,300})\)/g;
/** "- Amazon Web Services: IAM, S3, EC2, EMR, RDS": a list line labelled with a cloud; its items are that cloud's services. */
const CLOUD_LABEL = /^[ \t]*(?:[-*+•][ \t]+)?\**(AWS|Amazon\s+Web\s+Services|GCP|Google\s+Cloud(?:\s+Platform)?|Azure|Microsoft\s+Azure)\**[ \t]*:\**[ \t]*([^\n]{1,300})$/gm;
const CLOUD_FORMS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^(?:aws|amazon)/i, ['AWS', 'Amazon']],
  [/^(?:gcp|google)/i, ['Google Cloud', 'Google', 'GCP']],
  [/azure/i, ['Azure', 'Microsoft']],
];
/** At most this many services are read, so a long list costs no more than a line of them. */
const MAX_SERVICES = 200;

/** Each service item in a cloud's parentheses that names a taxonomy skill with the cloud's prefix, or as written (a plural's "s" dropped). */
function cloudServices(text: string, exactNames: ReadonlyMap<string, string>): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  const find = (form: string) => exactNames.get(form.length <= 2 ? form : form.toLowerCase());
  // Where the items start: after the parenthesis, or the line's end less the items.
  const groups = [...text.matchAll(CLOUD_GROUP)].map((g) => ({ g, at: g.index + g[0].indexOf('(') + 1 }))
    .concat([...text.matchAll(CLOUD_LABEL)].map((g) => ({ g, at: g.index + g[0].length - g[2]!.length })));
  for (const { g, at: from } of groups) {
    const prefixes = CLOUD_FORMS.find(([re]) => re.test(g[1]!))?.[1] ?? [];
    let at = from;
    for (const raw of g[2]!.split(/([,;/|])/)) {
      if (/^[,;/|]$/.test(raw)) { at += raw.length; continue; }
      const item = raw.trim();
      const start = at + raw.indexOf(item);
      at += raw.length;
      if (item.length < 2 || item.length > 40) continue;
      const names = /[a-z]s$/.test(item) ? [item, item.slice(0, -1)] : [item];
      let id: string | undefined;
      for (const nm of names) for (const p of prefixes) id ??= find(`${p} ${nm}`);
      for (const nm of names) id ??= find(nm);
      if (id) out.push({ id, start, end: start + item.length });
      if (out.length >= MAX_SERVICES) return out;
    }
  }
  return out;
}

/** An online course's platform: a line outside the jobs that names one ("… specialization on Coursera", "(NLP – Coursera)") lists a course taken. */
/** A skills line's label: the words before a colon, bar or opening parenthesis, a list after it. */
const LIST_LABEL = /^(?:[-*+•]\s*)?\**([^:|()]{3,60}?)\**\s*(?:[:|]|\()\s*\**\s*[^,;|]+[,;|/]/;
/**
 * Tool kinds: taxonomy skills of a tool, cloud, MLOps or data-engineering category that other
 * skills imply and that imply nothing, named as a kind ("Databases", "Version control", "DevOps",
 * "Containerization"), not as a product (".NET", "Excel", "Jupyter").
 */
function kinds(taxonomy: CvEngine['taxonomy']): Set<string> {
  const impliedSome = new Set(taxonomy.skills.flatMap((s) => s.implies));
  return new Set(taxonomy.skills.filter((s) => ['tool', 'cloud', 'mlops', 'data-engineering'].includes(s.category) && s.implies.length === 0
    && impliedSome.has(s.id) && (/\s[a-z]/.test(s.name) || /(?:s|ization|ity|Ops)$/.test(s.name))).map((s) => s.id));
}

const CODE_HOSTS = new Set(['github', 'gitlab', 'bitbucket']);
/** Whether a code host's name, with the words before and after it, says where work is found. */
function codeHostAsPlace(before: string, after: string, alone: boolean): boolean {
  return alone
    || /^\s*(?:repo(?:sitory|sitories)?|profile|page|account|link|handle)\b/i.test(after)
    || /\b(?:available|hosted|published|released|found)\s+(?:\w+\s+){0,2}(?:on|from|at|via)\s*$|\b(?:check\s+out|visit|see|on\s+my)\s*$/i.test(before);
}

/** Words before a mention that make it a degree's focus: "Focus:", "Minor in", "Specialization in", "Concentration:". */
const DEGREE_FOCUS = /(?:^|[;,.(]\s*|\s)(?:focus|minor|major|specialization|specialisation|speciali[sz]ing|concentration|emphasis|track)(?:\s*:|\s+(?:in|on))\s*(?:[\p{L}&-]+\s+){0,3}$/iu;

const MOOC = /\b(?:coursera|edx|udemy|udacity|datacamp|codecademy|harvardx|mitx|linkedin\s+learning|kaggle\s+learn|deeplearning\.ai)\b/i;

const TAUGHT = /\b(?:lectures?\s+(?:for|on|in)|taught|teaching|gave\s+(?:a\s+)?(?:lecture|course|seminar)|lecturer\s+(?:for|of|in))\b/i;
/** A wish, not a skill: only read in the summary, goal or headline. */
const ASPIRATION = /\b(?:moving\s+into|move\s+into|transition(?:ing)?\s+(?:in)?to|pivot(?:ing)?\s+(?:in)?to|want(?:ing)?\s+to|would\s+(?:like|love)\s+to|hop(?:e|ing)\s+to|aim(?:ing)?\s+(?:to|for)|looking\s+(?:to|for)|seeking|keen\s+to|eager\s+to|aspir\w*|goal|interested\s+in|plan(?:ning)?\s+to|next\s+step|grow\s+into|become\s+an?)\b/i;

// ---------- degrees ----------

const PHD = /(?<![\w.])(?:ph\.?\s?d\.?|d\.?\s?phil\.?|doctor\s+of\s+(?:philosophy|science|engineering|natural\s+sciences)|doctor\s+rerum\s+natural(?:ium|is)|doctorate|doctorado|doutorado|dottorato|doctoral\s+(?:degree|thesis)|dr\.?\s*rer\.?\s*(?:nat|medic|pol|oec|physiol)\.?|dr\.?\s*(?:phil|sc\.?\s*(?:nat|techn)?|-?\s?ing)\.?|Promotion(?=\s+(?:in|im|an|zum|zur)\b|\s*\(dr))(?![\w])/i;
/**
 * UK integrated master's degrees are named for their subject (MChem, MPhys, MMath, MSci, MBiol…;
 * MEng is among MASTER's general forms): the field such a degree names when its entry names none.
 */
const INTEGRATED_FIELD: ReadonlyArray<[RegExp, string]> = [
  [/^m\.?\s?chem/i, 'Chemistry'], [/^m\.?\s?biochem/i, 'Biochemistry'], [/^m\.?\s?biomed/i, 'Biomedical Sciences'],
  [/^m\.?\s?(?:phys|mathphys|geophys|physphil)/i, 'Physics'], [/^m\.?\s?maths?/i, 'Mathematics'],
  [/^m\.?\s?biol/i, 'Biology'], [/^m\.?\s?pharm/i, 'Pharmacy'], [/^m\.?\s?geol/i, 'Geology'], [/^m\.?\s?comp/i, 'Computer Science'],
  [/^m\.?\s?inf/i, 'Informatics'], [/^m\.?\s?stat/i, 'Statistics'], [/^m\.?\s?earthsci/i, 'Earth Sciences'], [/^m\.?\s?envsci/i, 'Environmental Science'],
  [/^m\.?\s?natsci/i, 'Natural Sciences'],
];
const MASTER = /(?<![\w.])(?:m\.?(?:chem|phys|maths?|sci|biol|biochem|biomed|pharm|geol|geophys|comp|inf|stat|earthsci|envsci|natsci|physphil|mathphys)\.?|integrated\s+master(?:'s|’s|s)?|m\.?\s?sc\.?|m\.\s?s\.|ms(?=\s+(?:in|of)\b)|m\.\s?a\.|ma(?=\s+(?:in|of)\s)|m\.?\s?eng\.?|m\.?\s?res\.?|m\.?\s?phil\.?|mba|m\.\s?p\.\s?h\.?|mph|m\.?\s?tech\.?|master(?:'s|’s|s)?(?:\s+(?:of|in|degree)\b)?|dipl(?:om)?\.?-?\s?(?:ing|phys|biol|chem|inf|math|kfm)\.?|diplom|magister|maestr[ií]a|m[aá]ster\s+(?:en|in|universitario)|mestrado|m\.\s?com\.?)(?![\w])/i;
const BACHELOR = /(?<![\w.])(?:[as]\.\s?b\.(?=\s*(?:\(|in\s|,))|b\.?\s?sc\.?|b\.\s?s\.|bs(?=\s+(?:in|of)\b)|b\.\s?a\.|ba(?=\s+(?:in|of)\s)|b\.?\s?eng\.?|b\.?\s?tech\.?|bba|b\.\s?com\.?|b\.a(?=\s+(?:with|in|of|\(|\[|hons|[A-Z])|\s*,)|bachelor(?:'s|’s|s)?(?:\s+(?:of|in|degree)\b)?)(?![\w])/i;
const DEGREES: ReadonlyArray<[Exclude<EducationLevel, 'none'>, RegExp]> = [['phd', PHD], ['master', MASTER], ['bachelor', BACHELOR]];
/**
 * "BS Computer Science", "MS Statistics", "BA Economics": capitals without dots right before a
 * capitalised field, as US CVs write them (read in the education part only; not "MS Office").
 */
const BARE_DEGREES: ReadonlyArray<[Exclude<EducationLevel, 'none'>, RegExp]> = [
  ['master', /(?<![\w.])M[SA](?=\s+(?!(?:Office|Excel|Word|Access|Project|Teams|Visio|Dynamics|Azure|Outlook|PowerPoint|Power|Windows|SQL|Exchange|SharePoint)\b)\p{Lu}\p{Ll})/u],
  ['bachelor', /(?<![\w.])B[SA](?=\s+\p{Lu}\p{Ll})/u],
];
/** A field's usual short forms, written out: "CS", "EE", "Comp. Sci.". */
const FIELD_SHORT: ReadonlyArray<[RegExp, string]> = [
  [/^(?:CS|Comp\.?\s?Sci\.?|CompSci)$/i, 'Computer Science'],
  [/^(?:EE|Elec\.?\s?Eng\.?)$/i, 'Electrical Engineering'],
  [/^ECE$/, 'Electrical and Computer Engineering'],
  [/^CSE$/, 'Computer Science and Engineering'],
  [/^(?:Stats?|Statist\.)$/i, 'Statistics'],
  [/^Econ\.?$/i, 'Economics'],
];
/** "Bachelor of Engineering (Electrical)": the branch alone names an engineering field. */
const ENGINEERING_BRANCH = /^(?:electrical|electronic|electronics|mechanical|civil|chemical|software|computer|biomedical|aerospace|industrial|environmental|materials)$/i;
const RANK: Readonly<Record<EducationLevel, number>> = { none: 0, bachelor: 1, master: 2, phd: 3 };
/** A degree not yet held. */
/**
 * "Diploma in Physics, University of Heidelberg", "Diploma studies, biology, Dresden University of
 * Technology": the German Diplom written in English, a master's-level degree. Only with a
 * university in the entry: a college's or polytechnic's diploma is below a bachelor's.
 */
const DIPLOMA = /(?<![\w.])diploma(?![\w])/i;
const universityDiploma = (line: string, next: string): boolean => DIPLOMA.test(line)
  && /universit(?:y|ät|aet|at|é|à|ad|e)|technische|\bTU\b/i.test(`${line} ${next}`)
  && !/\b(?:college|polytechnic|high\s+school|secondary|school\s+diploma|graduate\s+diploma|postgraduate\s+diploma|diploma\s+of\s+higher)\b/i.test(`${line} ${next}`);

/** "Ph.D. Research Visitor", "PhD Student", "MSc Intern": a post or a visit named after the degree, not the degree. */
const AFTER_DEGREE_POST = /^\s*(?:research\s+)?(?:visitor|visiting|researcher|student|candidate|fellow(?:ship)?|position|intern(?:ship)?|exchange)\b/i;
/** "my PhD website", "the PhD supervisor": the degree word names something else, not a degree held. */
const AFTER_DEGREE_THING = /^\s*(?:web\s?site|web\s?page|home\s?page|page|blog|profile|supervisor|advis[eo]r)\b/i;
const UNFINISHED = /\b(?:expected|anticipated|candidate|ongoing|in\s+progress|to\s+be\s+(?:completed|awarded)|pursuing|current(?:ly)?\s+(?:enrolled|studying)|student|voraussichtlich|laufend|en\s+curso|cursando|em\s+andamento|in\s+corso)\b/i;
/** "M.S. in Data Science, expected June 2024" read in 2025: the degree was expected then and is held now. */
const EXPECTED_DATE = /\b(?:expected|anticipated)\b\s*:?\s*(?:in\s+)?((?:[\p{L}.]+\s+){0,2}?(?:19|20)\d{2})\b/iu;
function stillExpected(line: string, now: Month): boolean {
  if (!UNFINISHED.test(line)) return false;
  const m = EXPECTED_DATE.exec(line);
  if (!m || /\b(?:candidate|ongoing|in\s+progress|pursuing|current(?:ly)?|student|present)\b/i.test(line)) return true;
  const when = datesIn(m[1]!, now + 1200);
  return when.length === 0 || Math.max(...when) >= now;
}

// ---------- backgrounds and target roles ----------

const BACKGROUND_WORDS: ReadonlyArray<[Exclude<Background, 'other'>, RegExp]> = [
  ['life-sciences', /\b(?:bio(?!stat|metric)\w*|molecular|cell(?:ular)?\s+\w+|genetic\w*|genomic\w*|neuro\w*|immun\w*|microbio\w*|medic(?:al|ine)|pharmac\w*|physiolog\w*|ecolog\w*|zoolog\w*|botan\w*|virolog\w*|oncolog\w*|life\s+sciences?|wet[- ]lab|lebenswissenschaft\w*|epidemiolog\w*|public\s+health)\b/i],
  ['physics', /\b(?:physic\w*|physik\w*|astro\w*|astronom\w*|quantum|cosmolog\w*|particle|photonics|condensed\s+matter)\b/i],
  ['chemistry', /\b(?:chemi\w*|chemist\w*|chemie)\b/i],
  ['maths-statistics', /\b(?:math\w*|statistic\w*|biostatistic\w*|biometric\w*|actuar\w*|econometric\w*|operations\s+research|mathemati\w*)\b/i],
  ['software-engineering', /\b(?:(?:machine\s+learning|ml)\s+engineer|software|computer\s+science|informatics|informatik|computer\s+engineering|developer|programmer|back[- ]?end|front[- ]?end|full[- ]?stack|devops|site\s+reliability|sre|platform\s+engineer|web\s+engineer|cloud\s+engineer|entwickler\w*)\b/i],
  ['data-analysis', /\b(?:data\s+analy\w*|business\s+analy\w*|bi\s+(?:analyst|developer|engineer)|business\s+intelligence|analytics|insights?\s+analyst|reporting\s+analyst|data\s+scientist|data\s+(?:officer|specialist|coordinator)|research\s+analyst|data\s+science|econom(?:ics|ist))\b/i],
  // "Sr PM", "Senior PM", and a header that starts with it ("PM & Data Scientist | Acme").
  ['product', /\b(?:product\s+(?:manager|owner|lead|director|management)|head\s+of\s+product|vp\s+(?:of\s+)?product|product\s+manag\w*|(?:sr|senior|junior|jr|lead|principal|group|staff|technical|associate)\.?\s+pm)\b|^\s*pm\b(?=\s*[,&|/]|\s+[a-z])/i],
];

const TARGET_WORDS: ReadonlyArray<[TargetRole, RegExp]> = [
  ['ml-product-manager', /\b(?:(?:ml|ai|machine\s+learning)\s+product\s+(?:manager|management|role)|product\s+(?:manager|management|role)s?\s+(?:for|in|on)\s+(?:ml|ai|machine\s+learning))\b/i],
  ['mlops-engineer', /\b(?:mlops|ml\s+(?:ops|platform|infrastructure)|machine\s+learning\s+(?:operations|platform|infrastructure))\b/i],
  ['ml-engineer', /\b(?:ml\s+engineer\w*|machine\s+learning\s+engineer\w*|model\s+serving|serving\s+models|deploying\s+models|ml\s+systems|production\s+ml)\b/i],
  ['research-scientist', /\b(?:research\s+scientist|(?:ml|ai|machine\s+learning)\s+research(?!er\s+in))\b/i],
  ['applied-scientist', /\bapplied\s+scien\w*/i],
  ['computational-biologist', /\b(?:computational\s+biolog\w*|bioinformatic\w*)\b/i],
  ['data-scientist', /\bdata\s+scien\w*/i],
  ['data-analyst', /\bdata\s+analy(?:st|sis|tics)\b/i],
  ['data-engineer', /\bdata\s+engineer\w*/i],
];

/**
 * Where people from each background usually go first, when the CV names no target: the
 * destinations of the curated paths for that background (data/paths.json).
 */
const DEFAULT_TARGETS: Readonly<Record<Background, TargetRole[]>> = {
  'life-sciences': ['computational-biologist'],
  physics: ['data-scientist', 'research-scientist'],
  chemistry: ['applied-scientist', 'data-scientist'],
  'maths-statistics': ['data-scientist', 'applied-scientist'],
  'software-engineering': ['ml-engineer'],
  'data-analysis': ['data-scientist'],
  product: ['ml-product-manager'],
  other: ['data-analyst', 'data-scientist'],
};

// ---------- reading ----------

interface Line {
  start: number;
  end: number;
  /** The line without list marks or markdown emphasis. */
  bare: string;
  part: CvPart;
  heading: boolean;
  job: number;
}

interface JobAcc {
  title: string | null;
  header: string;
  start: Month;
  end: Month;
  ongoing: boolean;
  doctoral: boolean;
  student: boolean;
  hobby: boolean;
  firstLine: number;
  dateLine: number;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', ndash: '–', mdash: '—',
  middot: '·', bull: '•', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bdquo: '„', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß',
};
const BLOCK_TAG = /<\/?(?:div|p|li|ul|ol|tr|table|thead|tbody|section|article|header|footer|main|h[1-6]|dl|dt|dd|blockquote|br|hr)\b[^<>]*>/gi;
const CELL_TAG = /<\/?t[dh]\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * A CV kept as a web page's source (Markdown with front matter, Liquid tags, HTML blocks and
 * tables, as GitHub Pages sites have) → its words, line by line: the front matter, comments
 * and template tags go, block tags become line breaks, a table row becomes its cells joined by
 * " | ", a link its text, entities their characters. Plain text passes through unchanged.
 */
/**
 * `t` without each span from `open` to the next `close` (comments, template tags), found with
 * indexOf: once an opener has no closer after it, no later one has, so the text is read once.
 */
function dropSpans(t: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const a = t.indexOf(open, from);
    if (a < 0) break;
    const b = t.indexOf(close, a + open.length);
    if (b < 0) break;
    out += t.slice(from, a);
    from = b + close.length;
  }
  return from === 0 ? t : out + t.slice(from);
}

/**
 * An HTML table row on one line, as a Markdown one is: its cells are often written one per line
 * ("<td>Technologies</td>" / "<td>Python, Java</td>"), which read apart would make a row's label
 * look like a heading ("Technologies" would start a skills part in the middle of the jobs). Found
 * with indexOf, each row once; a row with no "</tr>" after it is left as it is.
 */
function joinTableRows(t: string): string {
  const lower = t.toLowerCase();
  let out = '';
  let from = 0;
  for (;;) {
    const a = lower.indexOf('<tr', from);
    if (a < 0) break;
    const b = lower.indexOf('</tr>', a);
    if (b < 0) break;
    out += t.slice(from, a) + t.slice(a, b).replace(/\s*\n\s*/g, ' ');
    from = b;
  }
  return from === 0 ? t : out + t.slice(from);
}

function stripMarkup(text: string): string {
  let t = text;
  const front = /^---\n[\s\S]{0,3000}?\n---[ \t]*\n/.exec(t);
  if (front) t = '\n'.repeat(front[0].split('\n').length - 1) + t.slice(front[0].length);
  t = dropSpans(dropSpans(dropSpans(t, '<!--', '-->'), '{%', '%}'), '{{', '}}');
  // A tech stack shown as logos names each tool only in its image's alt text.
  t = t.replace(/<img\b[^<>]*?\balt\s*=\s*"([^"<>\n]{1,60})"[^<>]*>/gi, ' $1 ');
  if (/<\/?(?:div|p|span|br|a|li|ul|ol|strong|em|b|i|h[1-6]|table|tr|td|th|center|section)\b[^<>]*>/i.test(t)) {
    // An HTML block's indentation and the empty lines between blocks carry nothing.
    t = joinTableRows(t).replace(BLOCK_TAG, '\n').replace(CELL_TAG, ' | ').replace(ANY_TAG, '').replace(/^[ \t]+|[ \t]+$/gm, '').replace(/\n{2,}/g, '\n');
  }
  t = t.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
  // [text](address) → text; an image goes.
  // A link's text holds no "[", so a line of many "[" is read once, not once from each.
  t = t.replace(/!\[[^[\]\n]*\]\([^)\n]*\)/g, '').replace(/\[([^[\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1');
  // _Since 2022_, *2019 – 2021*: emphasis marks around words, not part of them.
  t = t.replace(/(^|[\s(|])([_*])(?![_*\s])([^_*\n]+?)(?<!\s)\2(?=$|[\s),.:;|])/gm, '$1$3');
  // Markdown table rows: separator rows go, a row's cells are joined by " | ".
  t = t.replace(/^[ \t]*\|.*\|[ \t]*$/gm, (row) => {
    if (/^[\s|:-]+$/.test(row)) return '';
    return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim()).filter(Boolean).join(' | ');
  });
  // "\| Data Analyst\|": a pipe escaped outside a table is a pipe.
  return t.replace(/\\\|/g, '|');
}

/** Ligatures, non-breaking and zero-width spaces, soft hyphens and CRs that PDF and Word text carry; web-page markup (stripMarkup). */
export function normalizeCvText(raw: string): string {
  return stripMarkup(latexToText(repairMojibake(raw).replace(/\r\n?/g, '\n')))
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/(?:[\u00ad\u200b\u200c\ufeff]|\u200d)/g, '')
    // Hyphen and non-breaking hyphen (U+2010, U+2011), as LaTeX fonts put them in a PDF's text: "2016 ‑ Present".
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\ufb01/g, 'fi').replace(/\ufb02/g, 'fl').replace(/\ufb00/g, 'ff').replace(/\ufb03/g, 'ffi').replace(/\ufb04/g, 'ffl')
    .replace(/\t/g, '  ')
    .replace(/^.*$/gm, (line) => fullYears(smallCapsLine(line)));
}

/** A word in capitals whose i's a small-caps font left lower-case ("EXPERiENCE", "iN"). */
const SMALL_CAPS_WORD = /^(?=[A-Z.]*i)(?=i*[A-Z])[A-Zi.]{2,}$/;
/** Runs of letters and dots: a line's words, found in one pass. */
const WORD_RUNS = /([^\p{L}.]+)/u;
/**
 * LaTeX CV classes set headings and degrees in small capitals, and some fonts give the PDF's
 * text layer a lower-case i among the capitals ("B.SC. iN BiOLOGiCAL SCiENCES"). Where a line
 * has two such words, they are capitals throughout; one alone ("iOS") is left as written.
 * Each word is tested on its own, so a long line costs its length.
 */
function smallCapsLine(line: string): string {
  if (!line.includes('i')) return line;
  const parts = line.split(WORD_RUNS);
  let found = 0;
  for (let k = 0; k < parts.length; k += 2) if (SMALL_CAPS_WORD.test(parts[k]!)) found++;
  if (found < 2) return line;
  for (let k = 0; k < parts.length; k += 2) if (SMALL_CAPS_WORD.test(parts[k]!)) parts[k] = parts[k]!.toUpperCase();
  return parts.join('');
}

/** List marks: - * + • ● ▪ ◦ ‣ ∙ · ■ □ ➢ ► ▶ ✓ and the private-use bullets Word's symbol fonts leave in PDFs. */
const BULLET_CHARS = '[-*+\\u2022\\u25cf\\u25aa\\u25e6\\u2023\\u2219\\u00b7\\u25a0\\u25a1\\u27a2\\u25ba\\u25b6\\u2713\\uf0b7\\uf0a7]';
const BULLET = new RegExp(`^\\s*(?:${BULLET_CHARS}(?:\\s+|$)|\\d{1,2}[.)]\\s+)?`);
const bareOf = (s: string) => (/^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/.test(s) ? '' : s).replace(BULLET, '').replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
const BULLET_LINE = new RegExp(`^\\s*${BULLET_CHARS}\\s+`);
const isBullet = (s: string) => BULLET_LINE.test(s);
const indentOf = (s: string) => /^\s*/.exec(s)![0].length;

/** "Skills: Python, R" — a label that names a part, then its content on the same line. */
function inlinePart(bare: string): CvPart | null {
  const m = /^([A-Za-zÄÖÜäöüß &/]{3,40}):\s*\S/.exec(bare);
  return m ? headingOf(m[1]!) : null;
}

/** Read a CV. `text` is the document's plain text (PDF text layer, DOCX paragraphs, Markdown…). */
export function readCv(raw: string, engine: CvEngine, opts: ReadCvOptions = {}): CvReading {
  const text = normalizeCvText(raw);
  const now = monthOf(opts.now ?? Date.now());
  const names = new Map(engine.taxonomy.skills.map((s) => [s.id, s.name]));
  // Names and aliases, lower-cased; a one- or two-letter form ("R", "C") only as written.
  const exactNames = new Map<string, string>();
  for (const s of engine.taxonomy.skills) {
    for (const form of [s.name, ...s.aliases]) exactNames.set(form.length <= 2 ? form : form.toLowerCase(), s.id);
  }

  const codeLanguages = new Set(engine.taxonomy.skills.filter((s) => s.category === 'language').flatMap((s) => [s.name, ...s.aliases]).map((f) => f.toLowerCase()));

  // 1. Lines and the part of the CV each is in.
  const lines: Line[] = [];
  let part: CvPart = 'head';
  let seenHeading = false;
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const line = text.slice(s, e);
    const bare = bareOf(line);
    let h = headingOf(line);
    // A label column that wrapped "Programming languages" over two lines (LaTeX CV classes
    // do): "languages" under "Programming" starts a skills list, not the spoken languages.
    if (h === 'ignore' && /^languages?:?$/i.test(bare) && /\b(?:programming|scripting|computer|coding|programmier)$/i.test(lines[lines.length - 1]?.bare ?? '')) h = 'skills';
    if (h) { part = h; seenHeading = true; }
    let own = h ? null : inlinePart(bare);
    // "Languages: Python, SQL, R" in a skills list, or naming a programming language anywhere:
    // the programming languages, not the spoken ones an inline "Languages:" usually lists.
    if (own === 'ignore' && /^languages?\s*:/i.test(bare) && (part === 'skills' || bare.slice(bare.indexOf(':') + 1).split(/[,;/|]/).some((w) => codeLanguages.has(w.trim().toLowerCase())))) own = 'skills';
    lines.push({ start: s, end: e, bare, part: own ?? part, heading: h !== null, job: -1 });
    s = e + 1;
  }
  // A "Languages" heading over programming languages ("Java • C++ • R • Python", or "**Python**"
  // on a line of its own) heads a skills list, not the spoken languages.
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.heading || lines[i]!.part !== 'ignore' || !/^\W*languages?\W*$/i.test(lines[i]!.bare)) continue;
    let n = i + 1;
    while (n < lines.length && (lines[n]!.bare === '' || /^[=\-_*]{3,}$/.test(lines[n]!.bare))) n++;
    const first = lines[n];
    if (!first || first.heading) continue;
    const items = first.bare.replace(/<[^<>]*>|[*_`]/g, '').split(/[,;/|•·]|\s+-\s+/).map((w) => w.replace(/\(.*$/, '').trim().toLowerCase()).filter(Boolean);
    if (items.length === 0 || !codeLanguages.has(items[0]!)) continue;
    for (let k = i; k < lines.length && (k === i || !lines[k]!.heading); k++) if (lines[k]!.part === 'ignore') lines[k]!.part = 'skills';
  }
  // "Professional Development" names courses in most CVs and the career in some: a section of
  // that name is the experience when at least two of its dated lines name a role.
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.heading || !/^professional\s+development:?$/i.test(lines[i]!.bare)) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.heading) end++;
    const roles = lines.slice(i + 1, end).filter((ln) => ROLE_WORD.test(ln.bare) && periodsIn(ln.bare, now).length > 0).length;
    if (roles >= 2) for (let k = i; k < end; k++) if (lines[k]!.part === 'courses') lines[k]!.part = 'experience';
  }

  // A two-column PDF's text runs the side column (education, skills, projects) into the middle
  // of the experience: a line after it that starts with a range and a bar, as the experience's
  // own first dated line does ("June 2021 - March 2024 | Sisense"), takes up the experience again.
  const shape = (bare: string): boolean => {
    const p = periodsIn(bare, now)[0];
    return p !== undefined && p.at === 0 && /^\s*\|\s*\S/.test(bare.slice(p.at + p.text.length));
  };
  const firstDated = lines.find((ln) => ln.part === 'experience' && !ln.heading && periodsIn(ln.bare, now).length > 0);
  if (firstDated && shape(firstDated.bare)) {
    const after = lines.indexOf(firstDated);
    for (let i = after + 1; i < lines.length; i++) {
      const ln = lines[i]!;
      if (ln.heading || (ln.part !== 'projects' && ln.part !== 'skills') || !shape(ln.bare)) continue;
      for (let k = i; k < lines.length && !lines[k]!.heading; k++) lines[k]!.part = 'experience';
    }
  }

  // 2. Dated jobs: in the experience part, or anywhere outside education when the CV has no headings.
  const jobs: JobAcc[] = [];
  /** First lines of dated degrees met among the jobs: a job's lines end there. */
  const studies: number[] = [];
  /** The last line a job's heading took from below its date: the next job's heading starts after it. */
  let claimed = -1;
  const jobPart = (ln: Line) => ln.part === 'experience' || (!seenHeading && ln.part === 'head') || ln.part === 'other';
  const column = dateColumns(lines, text, now, jobPart);
  for (const [dateLine, at] of column.pairs) {
    const head = lines[at]!;
    const next = lines[at + 1];
    // The employer often has the line under the title ("Data Analyst" / "Acme GmbH").
    const employer = next && !next.heading && next.bare && !column.dates.has(at + 1) && !isBullet(text.slice(next.start, next.end))
      && next.bare.length <= 90 && !ROLE_WORD.test(next.bare) && !/[.!?]$/.test(next.bare) && periodsIn(next.bare, now).length === 0 ? next.bare : '';
    const header = [head.bare, employer].filter(Boolean);
    const headerText = header.join(' · ');
    if (LEAVE.test(headerText)) continue;
    if (!ROLE_WORD.test(head.bare)) { studies.push(at); continue; }
    const p = periodsIn(lines[dateLine]!.bare, now)[0]!;
    jobs.push({
      title: titleOf(header), header: headerText, start: p.start, end: p.end, ongoing: p.ongoing,
      doctoral: DOCTORAL.test(headerText), student: false, hobby: false, firstLine: at, dateLine: at,
    });
  }
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (!jobPart(ln) || ln.heading || column.dates.has(i)) continue;
    let dated = ln.bare;
    // A date column too narrow for its range wraps it: "04/2020 –" over "present".
    if (/\d\s*[–—-]\s*$/.test(dated) && lines[i + 1]) dated = `${dated} ${lines[i + 1]!.bare}`;
    const periods = periodsIn(dated, now);
    if (periods.length === 0) continue;
    const p = periods[0]!;
    const rest = cleanHeader(dated.slice(0, p.at) + ' ' + dated.slice(p.at + p.text.length));
    if (ln.part === 'other' && !ROLE_WORD.test(rest) && !ROLE_WORD.test(lines[i - 1]?.bare ?? '')) continue;
    const header: string[] = [];
    let first = i;
    if (!ROLE_WORD.test(rest)) {
      // LinkedIn and many templates put employer and title on the lines above the dates.
      // Up to two lines, or three while none of them names a role ("Postdoc, Univ." / "(HKUST)" / "Advisor: …").
      for (let k = i - 1, taken = 0; k >= 0 && (taken < 2 || (taken < 3 && !header.some((h) => ROLE_WORD.test(h)))); k--) {
        const prev = lines[k]!;
        const prevRaw = text.slice(prev.start, prev.end);
        // "* Lead Data Scientist" over "  * May 2019 - Present" over "  * Acme, Oxford": the list
        // item a date's own item is nested under names the job.
        if (taken === 0 && isBullet(prevRaw) && isBullet(text.slice(ln.start, ln.end)) && indentOf(text.slice(ln.start, ln.end)) > indentOf(prevRaw)
          && ROLE_WORD.test(prev.bare) && prev.job < 0 && !prev.heading && periodsIn(prev.bare, now).length === 0 && k > claimed) {
          header.unshift(prev.bare);
          first = k;
          break;
        }
        if (prev.heading || prev.job >= 0 || prev.bare === '' || isBullet(prevRaw)) break;
        // A sentence ends a job's description, not its heading ("… PayFast S.p.A." is a heading).
        const sentence = /[.!?]$/.test(prev.bare) && (!ROLE_WORD.test(prev.bare) || prev.bare.split(/\s+/).length > 12);
        // A heading that names a role right above its dates may be long: "Senior Expert 'Robust
        // Scalable Perception', Bosch Center for Artificial Intelligence (BCAI), Robert Bosch GmbH".
        const longest = taken === 0 && ROLE_WORD.test(prev.bare) ? 160 : 90;
        if (prev.bare.length > longest || sentence || periodsIn(prev.bare, now).length > 0) break;
        if (jobs.some((j) => j.dateLine === k) || k <= claimed) break;
        header.unshift(prev.bare);
        first = k;
        taken++;
        if (ROLE_WORD.test(prev.bare) && taken === 1 && rest !== '') break;
      }
    }
    // A date on a line of its own over its job ("2021-2024" / "Data Analyst" / "Acme"): the
    // words below name it, when those above do not.
    // So do the words below a date line that names only the employer ("**Chevron**, 2017 - 2019" / "Procurement Specialist").
    if (!ROLE_WORD.test(rest) && !header.some((h) => ROLE_WORD.test(h))) {
      const lineRaw = text.slice(ln.start, ln.end);
      const below: string[] = [];
      for (let k = i + 1; k < lines.length && below.length < 2; k++) {
        const next = lines[k]!;
        const nextRaw = text.slice(next.start, next.end);
        // "* September 2020 - present" over "  * Graduate Scientist at …": the list item under a
        // date's own item, as deep or deeper (web pages lose the depth), names the job.
        const nested = isBullet(nextRaw) && isBullet(lineRaw) && indentOf(nextRaw) >= indentOf(lineRaw) && below.length === 0 && ROLE_WORD.test(next.bare);
        if (next.heading || next.bare === '' || (isBullet(nextRaw) && !nested) || next.bare.length > 90 || periodsIn(next.bare, now).length > 0) break;
        if (below.length === 0 && !ROLE_WORD.test(next.bare) && !DEGREES.some(([, re]) => re.test(next.bare))) break;
        if (rest && (below.length > 0 || /[.!?]$/.test(next.bare))) break;
        below.push(next.bare);
      }
      if (below.length > 0) { header.length = 0; header.push(...below); first = i; claimed = i + below.length; }
    }
    if (rest) header.push(rest);
    const headerText = header.join(' · ');
    // A dated degree among the jobs ("10/2004 – 01/2008 Ph.D. in chemistry", "2019–2025 B.Sc.
    // Informatik") is study, not a job, unless it also names a role ("PhD candidate").
    if (!ROLE_WORD.test(headerText) && DEGREES.some(([, re]) => re.test(headerText)) && !/\bscrum\s+master\b/i.test(headerText)) {
      studies.push(Math.min(first, i));
      continue;
    }
    // "Parental leave", "Career break": time away from work, dated like a job but not one.
    if (LEAVE.test(headerText)) continue;
    const title = titleOf(header);
    jobs.push({
      title, header: headerText, start: p.start, end: p.end, ongoing: p.ongoing,
      doctoral: DOCTORAL.test(headerText), student: false, hobby: false, firstLine: first, dateLine: i,
    });
  }
  jobs.sort((a, b) => a.firstLine - b.firstLine);
  studies.sort((a, b) => a - b);
  // Each job owns its lines up to the next job (or the next heading).
  jobs.forEach((job, j) => {
    const stop = Math.min(jobs[j + 1]?.firstLine ?? lines.length, studies.find((k) => k > job.dateLine) ?? lines.length);
    for (let k = job.firstLine; k < stop; k++) {
      const ln = lines[k]!;
      if (k > job.dateLine && ln.heading) break;
      ln.job = j;
    }
  });

  markStudentPosts(jobs, lines, studies, now);

  // 3. Skills: every mention the posting engine counts, judged by where and how it is written.
  const mentions: Array<{ id: string; surface: string; start: number }> = [];
  engine.extract(text, { trace: (m) => mentions.push({ id: m.id, surface: m.surface, start: m.start }) });
  // "Amazon Web Services (EC2, EMR, SQS, Aurora, Lambdas)": inside a cloud's parentheses each item
  // is that cloud's service ("EMR" is Amazon EMR there, not medical records).
  const services = cloudServices(text, exactNames);
  if (services.length > 0) {
    const inItem = (m: { id: string; start: number }) => services.some((v) => m.start >= v.start && m.start < v.end && v.id !== m.id);
    const kept = mentions.filter((m) => !inItem(m));
    for (const v of services) if (!kept.some((m) => m.id === v.id && m.start >= v.start && m.start < v.end)) kept.push({ id: v.id, surface: text.slice(v.start, v.end), start: v.start });
    mentions.splice(0, mentions.length, ...kept);
  }
  mentions.sort((a, b) => a.start - b.start);
  // "Databases: Postgres, MySQL", "Big Data Technologies (Hadoop, Spark)": a skills list's label
  // that names a kind of tool, over items that are of that kind, heads the list; the items are
  // what the person claims (the labelled CVs count them, not the kind). A label naming a method
  // ("Machine Learning: PyTorch, …") or a product ("Amazon Web Services: S3, …") is a claim.
  const kindOf = kinds(engine.taxonomy);
  const headsItsList = (ln: Line, m: { id: string; start: number; surface: string }): boolean => {
    if (ln.part !== 'skills' || !kindOf.has(m.id)) return false;
    const label = LIST_LABEL.exec(ln.bare);
    if (!label) return false;
    const lineText = text.slice(ln.start, ln.end);
    const at = lineText.indexOf(label[1]!);
    const end = ln.start + at + label[1]!.length;
    if (at < 0 || m.start < ln.start + at || m.start + m.surface.length > end) return false;
    return mentions.some((o) => o.start >= end && o.start < ln.end && implied(o.id, engine.taxonomy).includes(m.id));
  };
  /** Line start and skill of each list label read as a heading: the item pass below leaves them too. */
  const heads = new Set<string>();
  const skills = new Map<string, CvSkill>();
  const wishes = new Map<string, { id: string; name: string; from: From }>();
  const mentioned: Array<[number, number]> = [];
  let li = 0;
  for (const m of mentions) {
    while (li < lines.length - 1 && lines[li]!.end < m.start) li++;
    const ln = lines[li]!;
    mentioned.push([m.start, m.start + m.surface.length]);
    if (ln.part === 'ignore') continue;
    if (headsItsList(ln, m)) { heads.add(`${ln.start}:${m.id}`); continue; }
    // A very long line (a PDF's text with no breaks, a pasted list) is read around each mention,
    // AROUND characters either side, so the line costs its length, not its length per mention.
    const long = ln.end - ln.start > 2 * AROUND + m.surface.length;
    const from = long ? Math.max(ln.start, m.start - AROUND) : ln.start;
    const lineText = text.slice(from, long ? Math.min(ln.end, m.start + m.surface.length + AROUND) : ln.end);
    const inLine = m.start - from;
    // "Postdoc, European Molecular Biology Laboratory": a skill inside the employer's name, on
    // a job's heading lines, is where the person worked, not what they did.
    if (ln.job >= 0 && li <= jobs[ln.job]!.dateLine && insideOrganisation(lineText, inLine, m.surface.length)) continue;
    // "Chinese Society of Biochemistry and Molecular Biology Conference", "Journal of Molecular
    // Evolution": a society, meeting or journal named anywhere outside a skills list.
    if (ln.part !== 'skills' && insideName(VENUE, lineText, inLine, m.surface.length)) continue;
    // A citation's venue: after the quoted title ("…" Medicinal Chemistry Research.) or a name
    // with its volume ("Epigenetics Chromatin 13, 2020"). The methods are in the title, not the journal.
    if (ln.part === 'publications' && inVenue(lineText, inLine, m.surface.length)) continue;
    // "Division of Epidemiology, Department of Medicine": the unit someone worked or studied in names where, not what.
    if (ln.part !== 'skills' && insideName(UNIT, lineText, inLine, m.surface.length)) continue;
    // "M.Sc. in Data Science, Eastbay University": a degree's field is what was studied, not a
    // skill the CV shows (as a posting's degree field is no skill either); the school's name is where.
    if (ln.part === 'education' && (inDegreeField(lineText, inLine, m.surface.length) || insideOrganisation(lineText, inLine, m.surface.length))) continue;
    // "Focus: Organic Chemistry", "Minor in Statistics", "Specialization in Crops Science": the
    // degree's own field, told more narrowly, is no more a skill than the field is.
    if (ln.part === 'education' && DEGREE_FOCUS.test(lineText.slice(0, inLine))) continue;
    const clause = clauseBefore(lines, li, text, m.start - ln.start);
    // "Nara Logics is a pioneer in neuroscience-based AI": a job's sentence about its employer.
    if (ln.job >= 0 && li > jobs[ln.job]!.dateLine && aboutEmployer(clause, jobs[ln.job]!.header)) continue;
    const after = lineText.slice(inLine + m.surface.length, inLine + m.surface.length + 30);
    // "Github profile", "available on GitHub", "or check out github.", a contact line "GitHub": the
    // code host named as where work is found, not as a tool the person uses.
    if (CODE_HOSTS.has(m.id) && codeHostAsPlace(lineText.slice(0, inLine), after, lineText.trim() === m.surface)) continue;
    const quote = snippet(lineText, inLine, m.surface.length);
    let level: SkillLevel = 'working';
    let reason: CvSkill['reason'];
    if ((ln.part === 'summary' || ln.part === 'head') && ln.job < 0 && ASPIRATION.test(clause)) {
      const w = wishes.get(m.id) ?? { id: m.id, name: names.get(m.id) ?? m.id, from: [] };
      addFrom(w.from, quote);
      wishes.set(m.id, w);
      continue;
    }
    // "Lecture for course 'Introduction to R'": a course the person taught, not one they took.
    const taught = TAUGHT.test(clause);
    // "Learned how to use numpy and pandas" under a bootcamp in the education: what a course
    // taught (in a job, "learned" is picked up while working and stays working).
    const learnedInStudy = ln.part === 'education' && ln.job < 0 && LEARNED.test(clause);
    if (!taught && (LEARNING.test(clause) || LEARNING_AFTER.test(after) || learnedInStudy || (ln.part === 'projects' && inProgress(lines, li, text)))) { level = 'learning'; reason = 'learning'; }
    else if (ln.part === 'courses' || (ln.job < 0 && MOOC.test(lineText))) { level = 'learning'; reason = 'course'; }
    else if (ln.job >= 0 && longAgo(jobs[ln.job]!, now)) reason = 'past-job';
    else if (ln.job >= 0) reason = 'job';
    else if (ln.part === 'skills') { reason = 'skills'; if (STRONG_LABEL.test(ln.bare) || STRONG_AFTER.test(after)) level = 'strong'; }
    else if (ln.part === 'education') reason = 'education';
    else if (ln.part === 'projects') reason = 'project';
    else if (ln.part === 'publications') reason = 'publication';
    else if (ln.part === 'summary' || ln.part === 'head') reason = 'summary';
    else reason = 'other';
    const old = skills.get(m.id);
    if (!old) {
      skills.set(m.id, { id: m.id, name: names.get(m.id) ?? m.id, level, reason, from: [quote] });
    } else if (maxLevel(old.level, level) !== old.level || (old.level === level && EVIDENCE[reason] > EVIDENCE[old.reason])) {
      // Stronger evidence leads: its reason is the one shown, its words come first.
      old.level = level; old.reason = reason;
      old.from = [quote, ...old.from.filter((q) => q !== quote)].slice(0, 4);
    } else {
      addFrom(old.from, quote);
    }
  }
  // A skills-list item that is exactly a skill's name or alias counts even where the posting
  // reader wants more context for it: "R" alone on a skills line is the language.
  for (const ln of lines) {
    if (ln.part !== 'skills' || ln.heading || !ln.bare) continue;
    const label = /^[^:]{3,40}:\s*/.exec(ln.bare);
    // A cloud's services in parentheses were read as that cloud's (cloudServices), not as items of their own.
    for (const raw of ln.bare.slice(label ? label[0].length : 0).replace(CLOUD_GROUP, '$1').split(/[,;|•·/]|\s+-\s+/)) {
      // "R (expert)", "Python (+++)": the item and the level the person gives it.
      const rated = /^(.+?)\s*(\([^()]{1,20}\))$/.exec(raw.trim());
      const item = rated ? rated[1]! : raw.trim();
      const id = exactNames.get(item) ?? exactNames.get(item.toLowerCase());
      if (!id || heads.has(`${ln.start}:${id}`) || services.some((v) => v.start >= ln.start && v.end <= ln.end)) continue;
      const strong = STRONG_LABEL.test(ln.bare) || (rated !== null && STRONG_AFTER.test(rated[2]!));
      const old = skills.get(id);
      if (old) {
        if (strong && old.level !== 'strong') { old.level = 'strong'; old.reason = 'skills'; old.from = [snippet(text.slice(ln.start, ln.end), 0, 0), ...old.from].slice(0, 4); }
        continue;
      }
      skills.set(id, { id, name: names.get(id) ?? id, level: strong ? 'strong' : 'working', reason: 'skills', from: [snippet(text.slice(ln.start, ln.end), 0, 0)] });
    }
  }
  for (const id of skills.keys()) wishes.delete(id);

  // 4. Education: the highest degree held (not one still being studied for) and its field.
  const education = doctorateDone(readEducation(lines, now), jobs, now);

  // 5. Years: dated jobs, overlaps once, doctoral research and student posts left out.
  // A period running past the CV's "now" ("2025–2026" read in 2025) counts up to now.
  const counted = jobs.filter((j) => !j.doctoral && !j.student && !j.hobby && j.start <= now);
  const months = unionMonths(counted.map((j) => ({ start: j.start, end: Math.min(j.end, now) })));
  const years: Finding<number> = {
    value: Math.min(60, yearsOf(months)),
    from: counted.map((j) => `${j.title ?? j.header}: ${monthText(j.start)} – ${j.ongoing ? 'present' : monthText(j.end)}`),
  };

  // 6. Current title: the ongoing job (the latest-started if several), else the latest one, else the headline.
  // A club or volunteer post is not what the person does for a living: their title only when nothing else is dated.
  const working = jobs.some((j) => !j.hobby) ? jobs.filter((j) => !j.hobby) : jobs;
  const byRecency = [...working].sort((a, b) => Number(b.ongoing) - Number(a.ongoing) || b.end - a.end || b.start - a.start);
  let current = byRecency.find((j) => j.title !== null);
  // A last job that ended months before the CV was read is what the person was, not is.
  if (current && !current.ongoing && now - current.end >= ENDED_MONTHS) current = undefined;
  // A study finished (or begun) after the last job ended — a career changer's master's — says
  // the person is no longer what that job was: their title is the headline's, if any.
  if (current && !current.ongoing && !working.some((j) => j.ongoing)) {
    const studied = lines.filter((l) => l.part === 'education' && !l.heading).flatMap((l) => [
      ...datesIn(l.bare, now + 12), ...periodsIn(l.bare, now).filter((p) => p.ongoing).map(() => now),
    ]);
    if (studied.some((d) => d > current!.end)) current = undefined;
  }
  let title: Finding<string> | null = current ? { value: current.title!, from: [current.header] } : null;
  if (!title) {
    // A headline is a title's line, not a sentence about the person (that one is read for the role it gives).
    // "Aspiring Data Scientist" is where the person is going, not what they are (read as a target).
    const headline = lines.find((l) => l.part === 'head' && l.bare && ROLE_WORD.test(l.bare) && l.bare.length <= 120 && !/[.!?]$/.test(l.bare) && !ASPIRATION.test(l.bare));
    const labelled = currentLabelled(lines);
    const said = headline || labelled ? null : selfDescribed(lines);
    const role = labelled ?? headline ?? (jobs.length === 0 ? undatedRole(lines) : undefined);
    if (said) title = said;
    else if (role) title = { value: titleOf([role.bare]) ?? role.bare, from: [role.bare] };
  }
  // Newest first, the current post sometimes has no dates: an undated role line at the top of the
  // experience, above every dated job ("* Cloud Engineer I" over "* Service Desk Technician, Nov 2023 – Present").
  // Or the ongoing post is named by its area alone ("**HR Data and Evaluations (2022 - current)**").
  if (!title && jobs.length > 0 && !jobs.some((j) => j.ongoing && j.title !== null && !j.hobby)) {
    const top = Math.min(...jobs.map((j) => j.firstLine));
    const undated = lines.find((l, k) => k < top && l.part === 'experience' && !l.heading && l.job < 0 && l.bare && ROLE_WORD.test(l.bare)
      && l.bare.length <= 60 && !/[.!?]$/.test(l.bare) && !ASPIRATION.test(l.bare) && !DEGREES.some(([, re]) => re.test(l.bare)));
    const area = jobs.find((j) => j.ongoing && j.title === null && !j.hobby && !j.student && j.header.length <= 60 && !/[.!?]$/.test(j.header));
    if (undated) title = { value: titleOf([undated.bare]) ?? undated.bare, from: [undated.bare] };
    else if (area) title = { value: area.header.split(/\s*[·,|]\s*/)[0]!, from: [area.header] };
  }

  // 7. Background: job titles (the current one most) and degree fields.
  const background = readBackground(jobs, current ?? null, education, lines, title?.value ?? null);

  // 8. Targets: what the summary says the person is aiming for, else where their background usually leads.
  const targets = readTargets(lines, text, background.value);

  // 9. Skills-list entries that are no known skill.
  const unmatched = readUnmatched(lines, text, mentioned);

  const order: Record<SkillLevel, number> = { strong: 0, working: 1, learning: 2 };
  return {
    skills: [...skills.values()].sort((a, b) => order[a.level] - order[b.level]),
    aspirations: [...wishes.values()],
    education,
    jobs: jobs.map((j) => ({
      title: j.title, header: j.header, start: monthText(j.start), end: j.ongoing ? 'present' : monthText(j.end),
      ongoing: j.ongoing, doctoral: j.doctoral, student: j.student, hobby: j.hobby, from: [lines[j.dateLine]!.bare],
    })),
    years,
    background,
    title,
    targets,
    unmatched,
  };
}

/**
 * Posts held as a student are study, not professional experience (README, "Reading your CV"):
 * a title that says student ("Student Assistant", "Werkstudent"); a teaching assistant, tutor or
 * demonstrator unless it began after every dated study had ended (then it is a teaching job);
 * a research assistant while a dated study lasted (after the degree it is a job and counts).
 * A side job ("Nebenjobs", "summer job") or a dated entry that names no role, while a dated
 * study lasted, is study-time work too. Volunteering and club posts (a coach or instructor at a
 * sports club) are not employment at all: `hobby`, also not counted.
 * "While studying" is half or more of the post's months inside the CV's study periods: dated
 * entries of the education part, dated degrees among the jobs, and doctoral research.
 */
/** How long a bachelor's study runs, for one dated only by its award: three and a half years. */
/** A company's legal form or the word itself in an employer's name. */
const COMPANY = /\b(?:company|companies|ltd\.?|limited|inc\.?|incorporated|gmbh|ag|corp\.?|corporation|llc|plc|s\.?a\.?|s\.?p\.?a\.?|b\.?v\.?|pvt\.?)(?![\w])/i;
const BACHELOR_MONTHS = 42;
/** A university's name as a CV writes it: "Donetsk National University", "University of Reno". */
const SCHOOL_NAME = /(?:[A-Z][\w'’.-]*\s+){0,4}(?:University|Universit(?:ä|a)t|Université|Institute|College)\b(?:\s+of\s+(?:[A-Z][\w'’.-]*(?:\s+|$)){1,4})?/;

function markStudentPosts(jobs: JobAcc[], lines: Line[], studies: number[], now: Month): void {
  const study: Array<{ start: Month; end: Month }> = [];
  /** Study inferred from a bachelor's award date alone: only a research assistant post is judged by it. */
  const awardedOnly: Array<{ start: Month; end: Month }> = [];
  lines.forEach((ln, k) => {
    if (!((ln.part === 'education' && !ln.heading) || studies.includes(k))) return;
    const periods = periodsIn(ln.bare, now);
    for (const p of periods) study.push(p);
    // A bachelor's dated only by when it was awarded ("B.A. in International Relations, …, 2019"):
    // the study ran for the years before it. (A later degree's start is a guess: a research
    // assistant post between a bachelor's and a master's award may be either, and is counted.)
    if (periods.length > 0 || !BACHELOR.test(ln.bare) || MASTER.test(ln.bare) || PHD.test(ln.bare)) return;
    const awarded = datesIn(ln.bare, now).at(-1);
    if (awarded !== undefined) awardedOnly.push({ start: awarded - BACHELOR_MONTHS, end: awarded });
  });
  for (const j of jobs) if (j.doctoral) study.push({ start: j.start, end: j.end });
  const doctorate = undatedDoctorate(lines, now);
  if (doctorate) study.push(doctorate);
  const lastEnd = Math.max(-Infinity, ...study.map((p) => p.end));
  // A dated doctorate and the university it is from: a post there while it lasted ("Scientific
  // Officer, Lecturer in Donetsk National University" under a PhD from Donetsk National University)
  // is the doctorate's own work, as doctoral research is.
  const doctorates = lines.filter((ln) => ln.part === 'education' && !ln.heading && PHD.test(ln.bare)).flatMap((ln) => {
    const school = SCHOOL_NAME.exec(ln.bare)?.[0].trim();
    const p = periodsIn(ln.bare, now)[0];
    return school && p ? [{ school: school.toLowerCase(), period: { start: p.start, end: p.end } }] : [];
  });
  const whileStudying = (j: JobAcc, periods = study) => {
    let inside = 0;
    for (let m = j.start; m <= j.end; m++) if (periods.some((p) => p.start <= m && m <= p.end)) inside++;
    return inside * 2 >= j.end - j.start + 1;
  };
  const studyOrAwarded = [...study, ...awardedOnly];
  for (const j of jobs) {
    if (j.doctoral) continue;
    const h = j.title ?? j.header;
    const teaching = (TEACHING_POST.test(h) || /\bTA\b/.test(h)) && !/\b(?:professor|lecturer|teacher)\b/i.test(h);
    j.student = STUDENT_POST.test(h)
      || (teaching && (study.length === 0 || j.start <= lastEnd))
      // (A research assistant at a company is employed there, study or not: "Research Assistant – A.Z. Pharmaceuticals Company Limited".)
      || ((RESEARCH_ASSISTANT.test(h) || RESEARCHER.test(h)) && !COMPANY.test(j.header) && studyOrAwarded.length > 0 && whileStudying(j, studyOrAwarded))
      // "Verschiedene Nebenjobs", or a dated entry whose words name no role ("IT-Support"),
      // held while a dated study lasted: work that paid for the study, not a career post.
      || ((SIDE_JOB.test(j.header) || j.title === null) && study.length > 0 && whileStudying(j))
      // "Data Analyst (part-time)" while a dated study lasted: a side job.
      || (/\bpart[- ]time\b/i.test(j.header) && study.length > 0 && whileStudying(j))
      || doctorates.some((d) => j.header.toLowerCase().includes(d.school) && whileStudying(j, [d.period]))
      || heldAsStudent(j, jobs.indexOf(j), lines);
    j.hobby = VOLUNTEER.test(j.header) || (CLUB_WORDS.test(j.header) && (j.title === null || CLUB_ROLE.test(j.title)));
  }
}

/** "As a graduate student I assisted with …": the post's own first lines say it was held as a student. */
const AS_STUDENT = /\b(?:as\s+an?|while\s+an?|while\s+(?:i\s+was\s+)?(?:an?\s+)?)\s*(?:(?:under)?graduate|ph\.?\s?d\.?|doctoral|master['’]?s|college|university)?\s*student\b(?!\s+(?:advis|success|affairs|services|counsel|recruit|life|engagement))/i;
function heldAsStudent(job: JobAcc, index: number, lines: readonly Line[]): boolean {
  let seen = 0;
  for (let k = job.dateLine; k < lines.length && seen < 3; k++) {
    const ln = lines[k]!;
    if (ln.job !== index) break;
    if (!ln.bare) continue;
    seen++;
    if (AS_STUDENT.test(ln.bare)) return true;
  }
  return false;
}

/** A researcher's post with no rank ("Scientific Researcher"): while a study lasts, the doctorate's own post. */
const RESEARCHER = /^(?:(?:scientific|junior|academic|wissenschaftliche[rs]?)\s+)?researcher$/i;

/**
 * A doctorate dated by its year alone ("Ph.D. Computer Science (2023)"), after a lower degree
 * also dated by a year ("M.Sc. Physics (2017)"): the doctorate was studied between the two, so
 * research posts held then are doctoral research. Null when either year is missing.
 */
function undatedDoctorate(lines: Line[], now: Month): { start: Month; end: Month } | null {
  const yearsOf = (s: string) => [...s.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  let phd: number | null = null;
  const lower: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    if (ln.part !== 'education' || ln.heading || !ln.bare) continue;
    const level = DEGREES.find(([, re]) => re.test(ln.bare))?.[0];
    if (!level) continue;
    if (periodsIn(ln.bare, now).length > 0 || UNFINISHED.test(ln.bare)) { if (level === 'phd') return null; continue; }
    const ys = yearsOf(ln.bare);
    if (ys.length !== 1) continue;
    if (level === 'phd') phd = phd === null ? ys[0]! : Math.max(phd, ys[0]!);
    else lower.push(ys[0]!);
  }
  if (phd === null) return null;
  const before = lower.filter((y) => y < phd!);
  if (before.length === 0) return null;
  return { start: Math.max(...before) * 12 + 5, end: phd * 12 + 5 };
}

/**
 * Dates in a column of their own: a PDF whose dates stand apart from the jobs gives its text
 * layer as a run of lines that are only dates ("2021 – present" / "2018 – 2021" / …), before or
 * after the jobs they belong to. Two or more such lines in a row (blank lines between allowed)
 * are paired in order with the heading lines of the same part: short lines that name a role or
 * a degree, not list items or sentences. A run without as many headings pairs none (the dates
 * are then read one by one, as before). Returns the run lines and the pairs [date line, heading line].
 */
function dateColumns(lines: Line[], text: string, now: Month, jobPart: (ln: Line) => boolean): { dates: Set<number>; pairs: Array<[number, number]> } {
  const dates = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const dateOnly = (k: number) => {
    const ln = lines[k]!;
    if (!jobPart(ln) || ln.heading || !ln.bare) return false;
    const ps = periodsIn(ln.bare, now);
    return ps.length > 0 && cleanHeader(ln.bare.slice(0, ps[0]!.at) + ' ' + ln.bare.slice(ps[0]!.at + ps[0]!.text.length)) === '';
  };
  for (let i = 0; i < lines.length; i++) {
    if (!dateOnly(i)) continue;
    const run = [i];
    let k = i + 1;
    for (; k < lines.length; k++) {
      if (lines[k]!.bare === '' && !lines[k]!.heading) continue;
      if (!dateOnly(k)) break;
      run.push(k);
    }
    if (run.length >= 2) {
      // The part the run is in: from its heading to the next.
      let from = i;
      while (from > 0 && !lines[from - 1]!.heading) from--;
      let to = k;
      while (to < lines.length && !lines[to]!.heading) to++;
      let heads: number[] = [];
      for (let h = from; h < to; h++) {
        const ln = lines[h]!;
        if (run.includes(h) || !ln.bare || isBullet(text.slice(ln.start, ln.end)) || ln.bare.length > 90 || periodsIn(ln.bare, now).length > 0) continue;
        if (/[.!?]$/.test(ln.bare) && ln.bare.split(/\s+/).length > 8) continue;
        if (ROLE_WORD.test(ln.bare) || DEGREES.some(([, re]) => re.test(ln.bare))) heads.push(h);
      }
      if (heads.length > run.length) heads = heads.filter((h) => lines[h]!.bare.split(/\s+/).length <= 8);
      if (heads.length >= run.length) {
        run.forEach((d, n) => { dates.add(d); pairs.push([d, heads[n]!]); });
      }
    }
    i = k - 1;
  }
  return { dates, pairs };
}

/** With no dated job, the first line of the experience part that names a role ("Experienced Product Manager in …"). */
/** "George is a data scientist with …", "I am a research engineer at …": the role a summary gives the person. */
function selfDescribed(lines: Line[]): Finding<string> | null {
  // "I am a …", "I'm the lead …", "I work as a …", "currently working as a …".
  const re = /\b(?:(?:i\s+am|i['’]m|is)\s+(?:currently\s+|now\s+)?(?:working\s+as\s+)?|i\s+(?:currently\s+|now\s+)?work\s+as\s+|(?:currently|now),?\s+working\s+as\s+)(?:an?|the)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)(?=\s+(?:with|at|in|for|who|based|and|from|specializ\w*|focus\w*)\b|\s*[.,;:!(]|\s*$)/iu;
  // "Currently, I hold a Senior Product Manager position at Fastly": the post itself, named after
  // a general "I am a technical product manager with …" sentence, says more than that one does.
  const post = /\b(?:hold|holds|holding|took\s+up|accepted)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+(?:position|role|post)\s+(?:at|with|in)\b/iu;
  let general: Finding<string> | null = null;
  for (const l of lines) {
    if ((l.part !== 'head' && l.part !== 'summary') || l.job >= 0 || !l.bare) continue;
    const held = post.exec(l.bare);
    if (held && ROLE_WORD.test(held[1]!)) return { value: held[1]!, from: [l.bare] };
    const m: RegExpExecArray | null = general ? null : re.exec(l.bare);
    if (m && ROLE_WORD.test(m[1]!)) general = { value: m[1]!, from: [l.bare] };
  }
  return general;
}

/**
 * "Current work:" / "Postdoctoral researcher at University of Florida", "Current position:
 * Data Scientist, Acme": a post the CV itself calls current, undated. The role on the label's
 * line, or on the next line that is not a sentence.
 */
const CURRENT_LABEL = /^(?:current(?:ly)?\s+(?:work|position|role|job|post|appointment|employment|affiliation)|present\s+(?:position|appointment|post))\s*:?\s*(.*)$/i;
function currentLabelled(lines: Line[]): Line | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = CURRENT_LABEL.exec(lines[i]!.bare);
    if (!m || lines[i]!.part === 'ignore') continue;
    const role = (l: Line) => ROLE_WORD.test(l.bare) && l.bare.length <= 120 && !/[.!?]$/.test(l.bare) && periodsIn(l.bare, 0).length === 0;
    if (m[1]) return role({ ...lines[i]!, bare: m[1] }) ? { ...lines[i]!, bare: m[1] } : undefined;
    let k = i + 1;
    while (k < lines.length && !lines[k]!.bare && !lines[k]!.heading) k++;
    const next = lines[k];
    return next && !next.heading && role(next) ? next : undefined;
  }
  return undefined;
}

function undatedRole(lines: Line[]): Line | undefined {
  return lines.find((l) => l.part === 'experience' && !l.heading && l.bare && ROLE_WORD.test(l.bare) && l.bare.length <= 120);
}

function cleanHeader(s: string): string {
  return s
    // LinkedIn's "(4 years 11 months)", also in its other languages ("(4 år 2 måneder)", "(2 Jahre 1 Monat)", "(1 an 3 mois)").
    .replace(/\(\s*(?:\d+\s+(?:years?|yrs?|months?|mos?|år|måned(?:er)?|månad(?:er)?|mån|jahre?|monate?|monat|ans?|mois|años?|mes(?:es)?|anni|anno|mesi|mese|jaar|maanden?|maand|anos?)\s*)+\)/gi, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s|·,;:–—-]+|[\s|·,;:–—(-]+$/g, '')
    .trim();
}

/** The segment of a job's header that names the role: "Senior Backend Engineer" of "Acme GmbH — Senior Backend Engineer, Berlin". */
function titleOf(header: string[]): string | null {
  for (let i = header.length - 1; i >= 0; i--) {
    const segs = header[i]!.split(/\s+[—–|·@]\s+|\s*\|\s*|\s{2,}|\s+-\s+|,\s+|:\s+|\s+at\s+|\s+bei\s+|(?<!\b(?:Sr|Jr|Dr|St|Prof|Assoc|Asst|Sen|Mgr|Ph\.D|M\.Sc|B\.Sc|M\.S|B\.S|M\.A|B\.A))\.\s+(?=\p{Lu})/u);
    const seg = segs.find((s) => ROLE_WORD.test(s));
    // "***Data Scientist***": emphasis marks around the title are not part of it.
    // "I'm a machine learning engineer" as a headline: the title is what follows "I'm a".
    if (seg) return seg.replace(/^[\s|·,;:–—*_-]+|[\s|·,;:–—*_-]+$/g, '').replace(/^(?:i\s+am|i['’]m)\s+(?:an?\s+)?/i, '').slice(0, 120) || null;
  }
  return null;
}

/**
 * The part of the sentence before the mention at `at` in line `li`: where "learning", "want
 * to"… would be. A sentence wrapped over several lines (prose in a summary or a job) is
 * followed back over them; a list line ("Data: R, Python", "- item") is a sentence of its own.
 */
function clauseBefore(lines: Line[], li: number, text: string, at: number): string {
  // Only the AROUND characters before the mention: a cue further back is another sentence's.
  let before = text.slice(lines[li]!.start + Math.max(0, at - AROUND), lines[li]!.start + at);
  for (let k = li; k > 0 && before.length < 400; k--) {
    const cur = lines[k]!;
    const prev = lines[k - 1]!;
    const curRaw = text.slice(cur.start, cur.end);
    if (cur.part === 'skills' || prev.heading || !prev.bare || isBullet(curRaw) || inlinePart(cur.bare) || /^[^:]{2,30}:\s/.test(cur.bare)) break;
    // Wrapped prose fills its line; a short line before is a heading, a place or a date, not the sentence's start.
    if (/[.!?;:]\s*$/.test(prev.bare) || prev.bare.length < 50) break;
    before = `${text.slice(prev.start, prev.end)} ${before}`;
  }
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return cut >= 0 ? before.slice(cut + 2) : before;
}

/** An organisation's name: capitalised words around Laboratory, Institute, University and the like. */
const ORGANISATION = /(?:\b[A-Z][\w&.'’-]*\s+){0,6}(?:Laborator(?:y|ies)|Institute|Institut|University|Universit(?:ä|a)t|Universit[éy]|Cent(?:er|re)|College|School|Hospital|Clinic|Foundation|Society|Council|Agency|Consortium)\b(?:\s+(?:of|for|für|de)\s+(?:[A-Z][\w&.'’-]*(?:\s+(?:of|and|&)\s+|\s+)?){1,6})?/g;

/** A learned society's, a meeting's or a journal's name. */
const VENUE = /(?:\b[A-Z][\w&.'’-]*\s+){0,6}(?:Society|Conference|Symposium|Congress|Meeting|Journal|Laborator(?:y|ies))\b(?:\s+(?:of|for|on|in)\s+(?:[A-Z][\w&.'’-]*(?:\s+(?:of|and|&)\s+|\s+)?){1,6})?/g;

/** A university's or an employer's unit: "Department of Epidemiology", "Faculty of Economic and Management Sciences". */
const UNIT = /\b(?:Department|Dept\.?|Division|Faculty|Office|Chair|Section)\s+(?:of|for)\s+(?:[A-Z][\w&.'’-]*(?:\s+(?:of|and|&|in)\s+|\s+)?){1,6}/g;

/** Whether text[at, at + len) of a publication's line is in the venue: after a quoted title, or before a volume number. */
function inVenue(line: string, at: number, len: number): boolean {
  const before = line.slice(0, at);
  const closed = /[“"][^“”"]{8,}[”"]/.test(before) && ((before.match(/"/g)?.length ?? 0) % 2 === 0) && !/“[^”]*$/.test(before);
  if (closed) return true;
  return /^[\p{L} ,&:]{0,40}?\s\d{1,4}(?:\.\d{1,3})?\s*(?:[(:]|,(?!\d))/u.test(line.slice(at + len));
}

/** Whether text[at, at + len) lies inside an organisation's name on the line. */
function insideOrganisation(line: string, at: number, len: number): boolean {
  return insideName(ORGANISATION, line, at, len);
}

function insideName(re: RegExp, line: string, at: number, len: number): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m.index <= at && at + len <= m.index + m[0].length) return true;
    if (m.index > at) break;
  }
  return false;
}

/** The sentence so far opens with a name from the job's heading and says what it is or does. */
function aboutEmployer(clause: string, header: string): boolean {
  const m = /^\s*((?:\p{Lu}[\w&.'’-]*)(?:\s+\p{Lu}[\w&.'’-]*){0,4})\s+(?:is|was|are|were|has\s+been|builds?|provides?|offers?|develops?|specializes|helps)\b/u.exec(clause);
  return m !== null && header.toLowerCase().includes(m[1]!.toLowerCase());
}

/**
 * How much a mention tells, at the same level: used in a job says more than a skills list,
 * which says more than a line in the summary or the CV's heading.
 */
const EVIDENCE: Readonly<Record<CvSkill['reason'], number>> = {
  job: 8, project: 7, skills: 6, publication: 5, education: 4, 'past-job': 4, course: 3, learning: 2, summary: 1, other: 0,
};

/**
 * Issue 16 names *working* for a skill used in recent jobs or listed as a skill, and *learning*
 * for one named as being learnt; a skill used only in a job that ended this long ago is neither.
 * It stays *working* (the person did use it at work; the tune CVs' labels agree: all 8 such skills
 * are labelled working, and reading them as learning cost tune level 0.991 -> 0.965) but with
 * its own reason, 'past-job', so the review screen says so and the person can lower it.
 */
const LONG_AGO_MONTHS = 8 * 12;
/** A last job ended this many months before "now" is no longer the person's current post. */
const ENDED_MONTHS = 3;
const longAgo = (j: JobAcc, now: Month) => !j.ongoing && now - j.end >= LONG_AGO_MONTHS;

/** Contact details: never part of a quote shown as evidence for a skill. */
const CONTACT = /@|https?:\/\/|www\.|\+\d[\d ()-]{7,}\d|linkedin\.com|github\.com/i;

function snippet(whole: string, start: number, len: number): string {
  let line = whole;
  let at = start;
  // A heading line such as "Postdoc, Cell Biology · Heidelberg · name@example.org": quote
  // only the part that names the skill, not the contact details beside it.
  if (CONTACT.test(whole)) {
    const parts = [...whole.matchAll(/[^·|•]+/g)];
    const own = parts.find((p) => p.index <= start && start < p.index + p[0].length);
    if (own && parts.length > 1) { line = own[0]; at = start - own.index; }
  }
  const t = line.trim();
  if (t.length <= 140) return bareOf(t);
  const from = Math.max(0, at - 60);
  const to = Math.min(line.length, at + len + 60);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}

function addFrom(list: From, quote: string) {
  if (list.length < 4 && !list.includes(quote)) list.push(quote);
}

function readEducation(lines: Line[], now: Month): CvReading['education'] {
  const found: Array<{ level: Exclude<EducationLevel, 'none'>; field: string; line: string }> = [];
  const scan = (which: (l: Line) => boolean, bare = false) => {
    for (let i = 0; i < lines.length; i++) {
      const ln = lines[i]!;
      if (!which(ln) || ln.heading || !ln.bare) continue;
      const kinds = [...DEGREES, ...(universityDiploma(ln.bare, lines[i + 1]?.bare ?? '') ? [['master', DIPLOMA] as const] : []), ...(bare ? BARE_DEGREES : [])];
      for (const [level, re] of kinds) {
        const m = re.exec(ln.bare);
        if (!m) continue;
        if (AFTER_DEGREE_POST.test(ln.bare.slice(m.index + m[0].length)) || AFTER_DEGREE_THING.test(ln.bare.slice(m.index + m[0].length))) break;
        // An entry is its line and the next (dates often sit on their own line).
        const next = lines[i + 1]?.bare ?? '';
        // The line after the school's may say the degree is not held yet, when neither of the first
        // two has a year ("Doctor of Philosophy, Biostatistics" / "University of X" / "Enrolled: 2017.08 -
        // Expected 2021.06"); only its words count, as a date column may follow the entries.
        const third = lines[i + 2];
        const dated = /\b(?:19|20)\d{2}/.test(`${ln.bare} ${next}`) || !third || third.heading || !lines[i + 1] || lines[i + 1]!.heading
          || DEGREES.some(([, r]) => r.test(next) || r.test(third.bare)) || !/\b(?:19|20)\d{2}/.test(third.bare) ? '' : third.bare;
        const entry = `${ln.bare} ${next}`;
        const periods = periodsIn(entry, now);
        // The school's line just above may say it ("Union University 2016 - present (expected 2020)").
        // Only for an undated degree line whose line above is not another entry's date.
        const above = (k: number) => (k >= 0 && !lines[k]!.heading ? lines[k]!.bare : '');
        const prev = dated === '' && !/\b(?:19|20)\d{2}\b/.test(entry) && above(i - 1) !== '' && !DEGREES.some(([, r]) => r.test(above(i - 1)) || r.test(above(i - 2))) ? above(i - 1) : '';
        const unfinished = stillExpected(ln.bare, now) || (dated !== '' && UNFINISHED.test(dated)) || (periods.length > 0 && periods.every((p) => p.ongoing || p.end > now))
          || startedRecently(ln.bare, level, now)
          || (prev !== '' && (UNFINISHED.test(prev) || periodsIn(prev, now).some((p) => p.ongoing || p.end > now)));
        // An MBA is in business administration whatever school it names. A field on the
        // entry's next line ("Ph.D. University of X" / "Computational Biology, School of…").
        let field = fieldAfter(ln.bare, m.index + m[0].length)
          || (/^mba$/i.test(m[0]) ? 'Business administration' : /^m\.?\s?p\.?\s?h\.?$/i.test(m[0]) ? 'Public health' : '')
          || (INTEGRATED_FIELD.find(([re]) => re.test(m[0]))?.[1] ?? '')
          || (next && !DEGREES.some(([, r]) => r.test(next)) && !lines[i + 1]!.heading ? fieldAfter(next, 0) : '');
        field = FIELD_SHORT.find(([re]) => re.test(field))?.[1] ?? field;
        if (ENGINEERING_BRANCH.test(field) && /engineering|\b[bm]\.?\s?eng\b/i.test(ln.bare)) field = `${field} Engineering`;
        if (!unfinished) found.push({ level, field, line: ln.bare });
        break;
      }
    }
  };
  scan((l) => l.part === 'education', true);
  if (found.length === 0) scan((l) => l.part !== 'experience' && l.part !== 'skills' && l.part !== 'courses' && l.part !== 'publications' && l.job < 0);
  // A degree dated among the jobs ("10/2004 – 01/2008 Ph.D. in chemistry") is still a degree.
  if (found.length === 0) scan((l) => l.part === 'experience' && !ROLE_WORD.test(l.bare));
  if (found.length === 0) return null;
  let best = found[0]!;
  for (const f of found) if (RANK[f.level] > RANK[best.level] || (RANK[f.level] === RANK[best.level] && !best.field && f.field)) best = f;
  if (!best.field) {
    // "I studied physics at the University of Heidelberg … and did my PhD at …": a subject the
    // person says they studied names the field when no degree line does.
    for (const l of lines) {
      if (l.part !== 'head' && l.part !== 'summary' && l.part !== 'education') continue;
      const studied = STUDIED.exec(l.bare);
      if (studied && BACKGROUND_WORDS.some(([, re]) => re.test(studied[1]!))) return { value: { level: best.level, field: studied[1]! }, from: [best.line, l.bare] };
    }
  }
  return { value: { level: best.level, field: best.field }, from: [best.line] };
}

/**
 * "2008-2015: PhD student in Population Biology at UC Davis" with a postdoc after it: doctoral
 * study dated as a post that ended a year or more before now, with no doctorate read elsewhere,
 * was finished. The field is the one the post names ("in Population Biology").
 */
function doctorateDone(education: CvReading['education'], jobs: readonly JobAcc[], now: Month): CvReading['education'] {
  if (education?.value.level === 'phd') return education;
  const done = jobs.filter((j) => j.doctoral && !j.ongoing && now - j.end >= 12 && /\b(?:ph\.?\s?d\.?|doctoral|dphil|doctorate)\b/i.test(j.header)).sort((a, b) => b.end - a.end)[0];
  if (!done) return education;
  const field = /\bin\s+((?:[\p{Lu}][\p{L}-]*\s*){1,4})/u.exec(done.header)?.[1]?.trim() ?? '';
  return { value: { level: 'phd', field }, from: [done.header] };
}

/** How long each degree usually takes, in months: a start with no end more recent than this is a study still going. */
const USUAL_LENGTH: Readonly<Record<Exclude<EducationLevel, 'none'>, number>> = { bachelor: 48, master: 24, phd: 60 };

/**
 * "Master's degree in Physics, Lakeside University, started 2024-09" (a JSON Resume study with a
 * start and no end): in progress while less than the degree's usual length has passed since the
 * start — a current student who leaves the end out — and held after that, where a left-out end
 * is far more often a form filled in halfway than a study of ten years.
 */
function startedRecently(line: string, level: Exclude<EducationLevel, 'none'>, now: Month): boolean {
  const m = /\bstarted\s+((?:19|20)\d{2})(?:-(\d{2}))?/i.exec(line);
  if (!m) return false;
  const start = Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
  return now - start < USUAL_LENGTH[level];
}

const DEGREE_NOISE = /^(?:[\s.,:;(–—·|-]+|\(?hons\)?(?![\w])|(?:science|arts|philosophy|engineering|technology|research)(?:\s+(?:and|&)\s+(?:science|arts|engineering|technology))?\b(?=\s*(?:\(|in\b|[,–—-]|$))|(?:of|in)\s+(?:science|arts|philosophy|engineering|technology|research|natural\s+sciences)(?:\s+(?:and|&)\s+(?:science|arts|engineering|technology))?\b|\(?(?:m\.?\s?sc|b\.?\s?sc|ph\.?\s?d|m\.?\s?s|b\.?\s?s|m\.?\s?a|b\.?\s?a|m\.?\s?eng|b\.?\s?eng|dphil|mba)\.?\)?(?![\w])|degree\b|(?:in|of|en|em)\s+(?=\S))/i;

const INSTITUTION = /\b(?:universit\w*|université|institut\w*|college|school|academy|hochschule|polytechnic|politecnico|eth|epfl|mit)\b/i;

/** Whether [at, at + len) of a degree's line lies inside the field it names ("Data Science" of "M.Sc. in Data Science, 2020"). */
function inDegreeField(line: string, at: number, len: number): boolean {
  for (const [, re] of DEGREES) {
    const m = re.exec(line);
    if (!m) continue;
    const from = m.index + m[0].length;
    const field = fieldAfter(line, from);
    const start = field ? line.indexOf(field, from) : -1;
    return start >= 0 && at >= start && at + len <= start + field.length;
  }
  return false;
}

/** "in Molecular Biology — University of Heidelberg (2014–2019)" → "Molecular Biology". */
/** "I studied physics at …", "majored in mathematics at …": the subject, up to four words. */
const STUDIED = /\b(?:studied|majored\s+in|graduated\s+in)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:at|in|from)\b/iu;

function fieldAfter(line: string, from: number): string {
  // "Bachelor of Science with Honors, Computer Science": the distinction is not the field.
  let rest = line.slice(from).replace(/\s+with\s+(?:(?:high|highest|first[- ]class)\s+)?(?:hono(?:u)?rs|distinction|merit)\b/i, '');
  for (let guard = 0; guard < 8; guard++) {
    const m = DEGREE_NOISE.exec(rest);
    if (!m || m[0].length === 0) break;
    rest = rest.slice(m[0].length);
  }
  // "PhD studies, Group of Prof X, Dept. Environmental Microbiology": the study, its group and
  // its department's words before the field the department names.
  rest = rest.replace(/^\s*(?:stud(?:ies|y)|programm?e?|thesis)\b[\s,]*/i, '');
  for (let guard = 0; guard < 3 && /^\s*(?:(?:research\s+)?group|lab(?:oratory)?|team|supervis[oe]r|advis[oe]r|prof(?:essor)?\.?)\b[^,]*,/i.test(rest); guard++) rest = rest.replace(/^[^,]*,\s*/, '');
  rest = rest.replace(/^\s*(?:dept\.?|department)\s+(?:of\s+)?/i, '');
  // "Dr. rer. nat. at the European Molecular Biology Laboratory": where, not what. "(grade: 1.3)": how well.
  if (/^(?:at|from|with|the|grade|gpa|summa|magna|cum|with\s+distinction)\b/i.test(rest.trimStart())) return '';
  // "Ph.D., 2024 Biostatistics": a table's year column between the degree and its field.
  rest = rest.replace(/^(?:19|20)\d{2}\s+(?=\p{Lu})/u, '');
  // "Comp. Sci.", "Elec. Eng.": a short form's dots are not the field's end.
  rest = rest.replace(/\bComp\.\s?Sci\.?/gi, 'Computer Science').replace(/\bElec\.\s?Eng\.?/gi, 'Electrical Engineering');
  const cut = rest.split(/\s+[—–|·]\s*|\s+-\s+|[,;()]|\s+at\s+|\s{2,}|\b(?:19|20)\d{2}\b|\.\s+(?=\p{Lu})/u)[0] ?? '';
  const field = cut.replace(/[\s.:–—-]+$/, '').trim();
  // "MBA, IE Business School": what follows names where, not what. A PDF's columns run
  // together ("Chemistry Beijing University of …"): a known subject before the school is the field.
  const school = INSTITUTION.exec(field);
  if (school) {
    const before = field.slice(0, school.index);
    let end = 0;
    for (const [, re] of BACKGROUND_WORDS) {
      for (const m of before.matchAll(new RegExp(re.source, 'gi'))) end = Math.max(end, m.index + m[0].length);
    }
    const subject = before.slice(0, end).trim();
    return /^\p{Lu}/u.test(subject) && subject.length <= 60 ? subject : '';
  }
  return /\p{L}{2}/u.test(field) && field.length <= 80 ? field : '';
}

function readBackground(jobs: JobAcc[], current: JobAcc | null, education: CvReading['education'], lines: Line[], title: string | null): Finding<Background> {
  const score = new Map<Background, number>();
  const from = new Map<Background, From>();
  const add = (source: string, weight: number) => {
    for (const [bg, re] of BACKGROUND_WORDS) {
      if (!re.test(source)) continue;
      score.set(bg, (score.get(bg) ?? 0) + weight);
      const f = from.get(bg) ?? [];
      addFrom(f, source);
      from.set(bg, f);
    }
  };
  // The degree says what someone was trained in; the current job what they do now. A
  // career changer's training and job differ, and the job is what hiring reads first.
  // An employer's name says where more than what: "Postdoc, UMass Chan Medical School" counts
  // for life sciences far less than the title's own words would.
  for (const j of jobs) {
    add(j.header.replace(ORGANISATION, ' '), j === current ? 3 : 1);
    for (const org of j.header.match(ORGANISATION) ?? []) add(org, j === current ? 1 : 0.5);
  }
  if (education) add(`${education.value.field} (${education.value.level})`, 2);
  if (jobs.length === 0) {
    // With no dated job, the headline or the first role listed under experience is the work now:
    // it counts as a current job does, so a product manager with a maths degree reads as product.
    // The role itself when one was read: "I am a technical product manager with experience in
    // hardware and software" is a product manager, whatever else the sentence names.
    const headline = lines.find((l) => l.part === 'head' && ROLE_WORD.test(l.bare) && !ASPIRATION.test(l.bare)) ?? undatedRole(lines);
    const role = title ?? headline?.bare;
    if (role) add(role, 3);
  }
  let best: Background = 'other';
  let top = 0;
  for (const [bg, s] of score) if (s > top) { best = bg; top = s; }
  // A tie between the work and the training (a statistician with a PhD working as a data
  // scientist) goes to the training: it is what the person brings to any of the jobs.
  if (education) {
    const trained = BACKGROUND_WORDS.find(([, re]) => re.test(education.value.field))?.[0];
    if (trained && trained !== best && score.get(trained) === top) best = trained;
  }
  return { value: best, from: from.get(best) ?? [] };
}

function readTargets(lines: Line[], text: string, background: Background): Finding<TargetRole[]> {
  const out: TargetRole[] = [];
  const from: From = [];
  // The summary's prose, its wrapped lines joined, so a sentence is read whole.
  const prose = lines
    .filter((ln) => (ln.part === 'summary' || ln.part === 'head') && ln.job < 0 && ln.bare && !ln.heading)
    .map((ln) => text.slice(ln.start, ln.end).trim())
    .join(' ');
  for (const sentence of prose.split(/(?<=[.!?;])\s+/)) {
    const wish = ASPIRATION.exec(sentence);
    if (!wish) continue;
    const aim = sentence.slice(wish.index);
    for (const [role, re] of TARGET_WORDS) {
      if (!re.test(aim) || out.includes(role)) continue;
      // "ML product" is also "ML": the product reading wins over a bare ML engineer match.
      if (role === 'ml-engineer' && out.includes('ml-product-manager')) continue;
      out.push(role);
      addFrom(from, sentence.trim().slice(0, 200));
    }
  }
  if (out.length > 0) return { value: out.slice(0, 9), from };
  return { value: [...DEFAULT_TARGETS[background]], from: [`usual next roles from a ${background.replace(/-/g, ' ')} background`] };
}

function readUnmatched(lines: Line[], text: string, mentioned: Array<[number, number]>): string[] {
  const out: string[] = [];
  for (const ln of lines) {
    if (ln.part !== 'skills' || ln.heading || !ln.bare) continue;
    const lineText = text.slice(ln.start, ln.end);
    const label = /^[^:]{3,40}:\s*/.exec(ln.bare);
    const body = label ? lineText.indexOf(ln.bare) + label[0].length : lineText.indexOf(ln.bare);
    const re = /[^,;|•·/]+/g;
    const content = lineText.slice(Math.max(0, body));
    for (let m = re.exec(content); m; m = re.exec(content)) {
      const raw = m[0];
      const item = raw.replace(/\([^)]*\)/g, '').trim().replace(/^(?:and|&)\s+/i, '').replace(/[.\s]+$/, '');
      if (item.length < 2 || item.length > 40 || !/\p{L}/u.test(item)) continue;
      const s = ln.start + Math.max(0, body) + m.index;
      const e = s + raw.length;
      if (mentioned.some(([a, b]) => a < e && b > s)) continue;
      if (/^(?:expert|advanced|proficient|intermediate|basic|beginner|learning|fluent|native)$/i.test(item)) continue;
      if (!out.includes(item)) out.push(item);
    }
  }
  return out.slice(0, 100);
}

// ---------- JSON Resume: the same reading, from the résumé's own fields ----------

/**
 * JSON Resume's studyType as people fill it in ("Bachelors", "BS", "Undergraduate", "Masters",
 * "MS", "Licenciatura", "Laurea magistrale", "Doctorate"…) → words the degree rules read
 * whatever follows them ("Bachelor's degree" + " in " + area). Anything else as written.
 */
function degreeName(studyType: string): string {
  const t = studyType.trim().replace(/\s+/g, ' ');
  if (/^(?:ph\.?\s?d\.?|d\.?\s?phil\.?|doctor(?:ate|al)?(?:\s+degree)?|doktor(?:at)?|doctorado|doutorado|dottorato)$/i.test(t)) return 'PhD';
  if (/^(?:m\.?\s?s\.?c?\.?|m\.?\s?a\.?|m\.?\s?eng\.?|masters?|master['’]s(?:\s+degree)?|máster|maestr[ií]a|mestrado|laurea\s+magistrale|postgraduate(?:\s+degree)?)$/i.test(t)) return "Master's degree";
  if (/^(?:b\.?\s?s\.?c?\.?|b\.?\s?a\.?|b\.?\s?eng\.?|b\.?\s?tech\.?|bachelors?|bachelor['’]s(?:\s+degree)?|undergrad(?:uate)?(?:\s+degree)?|licenciatura|licence|laurea(?:\s+triennale)?|grado|gradua[cç][aã]o|bacharelado)$/i.test(t)) return "Bachelor's degree";
  return t;
}

/**
 * A JSON Resume (https://jsonresume.org/schema) as the text of a CV, with the headings the
 * reader knows, so a résumé and a PDF of the same person are read by the same rules: work
 * summaries and highlights are job text, education entries name their degree and field,
 * the skills' levels become labels ("Python (learning)"). Null when it is not an object.
 */
export function cvTextFromJsonResume(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const r = json as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const arr = (v: unknown): Array<Record<string, unknown>> => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : []);
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const out: string[] = [];
  const basics = typeof r.basics === 'object' && r.basics !== null ? r.basics as Record<string, unknown> : {};
  if (str(basics.name)) out.push(str(basics.name));
  if (str(basics.label)) out.push(str(basics.label));
  if (str(basics.summary)) out.push('', 'Summary', str(basics.summary));
  const dates = (e: Record<string, unknown>) => {
    const s = str(e.startDate);
    if (!s) return '';
    return `${s} – ${str(e.endDate) || 'present'}`;
  };
  const work = arr(r.work);
  if (work.length) {
    out.push('', 'Experience');
    for (const w of work) {
      out.push('', [str(w.position), str(w.name) || str(w.company)].filter(Boolean).join(', '));
      const d = dates(w);
      if (d) out.push(d);
      if (str(w.summary)) out.push(str(w.summary));
      for (const h of strs(w.highlights)) out.push(`- ${h}`);
    }
  }
  const volunteer = arr(r.volunteer);
  const projects = arr(r.projects);
  if (projects.length) {
    out.push('', 'Projects');
    for (const p of projects) {
      out.push([str(p.name), str(p.description)].filter(Boolean).join(': '));
      for (const h of strs(p.highlights)) out.push(`- ${h}`);
      if (strs(p.keywords).length) out.push(`- ${strs(p.keywords).join(', ')}`);
    }
  }
  const education = arr(r.education);
  if (education.length) {
    out.push('', 'Education');
    for (const e of education) {
      const degree = [degreeName(str(e.studyType)), str(e.area)].filter(Boolean).join(' in ');
      // A study with a start and no end: the start alone, not "– present"; the reader takes it
      // as still going only while the start is more recent than the degree usually takes.
      const when = str(e.endDate) ? dates(e) : str(e.startDate) ? `started ${str(e.startDate)}` : '';
      out.push([degree, str(e.institution), when].filter(Boolean).join(', '));
      if (strs(e.courses).length) out.push(`Coursework: ${strs(e.courses).join(', ')}`);
    }
  }
  const skills = arr(r.skills);
  if (skills.length) {
    out.push('', 'Skills');
    for (const s of skills) {
      const level = str(s.level);
      const tag = /beginner|novice|basic|learning|elementary/i.test(level) ? ' (learning)' : '';
      const kw = strs(s.keywords).map((k) => `${k}${tag}`);
      const lead = /master|expert|advanced/i.test(level) ? 'Advanced ' : '';
      out.push(`${lead}${str(s.name)}${tag}${kw.length ? `: ${kw.join(', ')}` : ''}`);
    }
  }
  const certificates = arr(r.certificates);
  if (certificates.length) {
    out.push('', 'Certifications');
    for (const c of certificates) out.push(str(c.name));
  }
  if (volunteer.length) {
    out.push('', 'Volunteering');
    for (const v of volunteer) out.push([str(v.position), str(v.organization)].filter(Boolean).join(', '));
  }
  return out.join('\n');
}

// ---------- a reading → a profile ----------

/** What the person kept of a reading, after they accepted, changed or dropped each finding. */
export interface CvChoice {
  skills: Array<{ id: string; level: SkillLevel }>;
  /** null: leave the profile's own as it is. */
  education: Profile['education'] | null;
  years: number | null;
  background: Background | null;
  targets: TargetRole[] | null;
}

/** Every finding accepted as read. */
export function acceptAll(r: CvReading): CvChoice {
  return {
    skills: r.skills.map((s) => ({ id: s.id, level: s.level })),
    education: r.education ? { ...r.education.value } : null,
    years: r.jobs.length > 0 ? r.years.value : null,
    background: r.background.value === 'other' ? null : r.background.value,
    targets: r.targets.value.length ? [...r.targets.value] : null,
  };
}

/**
 * The profile after taking `choice` into `base`: skills are added, and one already there
 * keeps the higher of the two levels (a CV does not lower what the person set); targets
 * are added to the ones set; education, years and background are replaced when chosen.
 * Constraints and domains are not in a CV and stay as they were.
 */
export function applyCv(base: Profile | null, choice: CvChoice, now: number): Profile {
  const p = base ? structuredClone(base) : emptyProfile(now);
  const byId = new Map(p.skills.map((s) => [s.id, s]));
  const added: Profile['skills'] = [];
  for (const s of choice.skills) {
    const old = byId.get(s.id);
    if (old) old.level = maxLevel(old.level, s.level);
    else { const n = { id: s.id, level: s.level }; byId.set(s.id, n); added.push(n); }
  }
  p.skills = [...added, ...p.skills].slice(0, 1000);
  if (choice.education) p.education = { level: choice.education.level, field: choice.education.field.slice(0, 120) };
  if (choice.years !== null) p.years = Math.min(60, Math.max(0, choice.years));
  if (choice.background) p.background = choice.background;
  if (choice.targets) p.targets = [...new Set([...p.targets, ...choice.targets])].slice(0, 9);
  p.updated = now;
  return p;
}
