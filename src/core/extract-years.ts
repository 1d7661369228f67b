// Years of experience a posting asks for. Rules (shared/EXTRACTION.md): the figure attached to
// overall experience, else the smallest; alternatives by degree ("PhD or MS + 3 years") give the
// smallest figure stated, and 0 when a degree alone is one of the options. Company age ("50+ years
// of innovation"), contracts ("2 year contract") and plans ("within 3 years you will") are not
// experience.
import type { Section } from './schema';
import { registerRegexps } from './regexps';
import { editDistance } from './spelling';
import { personBio } from './extract-degree';

export type YearsKind = 'overall' | 'degree' | 'skill';

export interface YearsCandidate {
  min: number;
  max: number | null;
  kind: YearsKind;
  section: Section;
  /** Offset in the posting, for ties and debugging. */
  at: number;
  /** "6+ years of industry experience" with nothing after: the role's overall experience. */
  bare?: boolean;
  /**
   * A skill's figure whose skill is a field a whole role is in ("5+ years developing machine
   * learning models"): the role's experience when no figure is of experience as such.
   */
  field?: boolean;
  /**
   * "2+ years as senior/staff data engineer" beside "5+ years as a data engineer": the years at a
   * senior level, a part of the role's overall figure when the posting gives one.
   */
  senior?: boolean;
  /**
   * The 0 of "a degree, or N years of experience" (years in the degree's place): it gives way to a
   * figure of the role's overall experience asked apart ("Four or more years of relevant work experience").
   */
  substitute?: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, a: 1,
};
const NUM = String.raw`(\d{1,2}(?:\.\d)?|a(?=\s{1,3}decades?\b)|(?<=\b(?:least|minimum|minimum\s{1,3}of|than)\s{1,3})a(?=\s{1,3}(?:full[- ]time\s{1,3})?years?\b)|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)(?:\s?\(\d{1,2}\+?\))?`;
// "3+ years", "5-7 years", "3 to 5 years", "at least two years", "minimum of 3 years", "3 or more years", "2 yrs".
// A figure glued to the word before it ("… related field5+ years"), where a list lost its line
// breaks, is read too: a digit right after two letters ("SQL3 years" too).
const YEARS = new RegExp(
  String.raw`(?:\b(at\s{1,3}least|minimum(?:\s{1,3}of)?|min\.?|over|more\s{1,3}than|no\s{1,3}less\s{1,3}than|upwards\s{1,3}of|mindestens)\s{1,3})?(?:\b|(?<=[a-z]{2})(?=\d))${NUM}\s{0,3}(\+|-?\s?plus)?` +
  String.raw`(?:\s{0,3}(?:-|–|—|to)\s{0,3}${NUM}\s{0,3}\+?)?(\s{1,3}or\s{1,3}more)?(?:\s{0,2}\(\d{1,2}\s?\+?\))?\s{0,3}-?(?:full[- ]time\s{1,3})?(?:years?|yrs?|decades?|months?|jahren?)\b\+?(['’]s?)?`,
  'gi',
);
// A form's label, then the figure: "Years of experience: 5+", "Years of Experience Required: 3-5",
// "Minimum years experience: 3", "**Years of experience:** 4",
// "Experience (years): 2".
const YEARS_LABEL = new RegExp(String.raw`\b(?:(?:years?|yrs?)\s{1,3}(?:of\s{1,3})?(?:(?:relevant|related|professional|work|industry|total)\s{1,3})?(?:experience|exp\.?)|(?:experience|exp\.?)\s{0,3}\(\s{0,3}(?:in\s{1,3})?(?:years?|yrs?)\s{0,3}\))`
  + String.raw`(?:\s{1,3}(?:required|needed|expected))?[*_]{0,3}\s{0,3}[:=\-–—][*_]{0,3}\s{0,3}(?:at\s{1,3}least\s{1,3}|min(?:imum)?\.?\s{1,3})?${NUM}(?:\s{0,3}(?:-|–|to)\s{0,3}${NUM})?`, 'gi');
/**
 * A line that is only the label of the experience asked, its figure on the next line, as job
 * boards lay out their details ("Experience\n3+ years", "Years of experience\n2-4").
 */
const EXPERIENCE_LABEL_LINE = /^[\s*•·\-–#]{0,6}(?:(?:total|overall|work|working|professional|relevant|industry|required|minimum)\s{1,3}){0,2}(?:(?:years?|yrs?)\s{1,3}of\s{1,3}(?:(?:relevant|related|professional|work|industry|total)\s{1,3})?)?(?:experiences?|exp\.?)(?:\s{1,3}(?:required|needed|level|\(\s{0,2}(?:in\s{1,3})?(?:years?|yrs?)\s{0,2}\)))?[\s:*_]{0,6}$/i;
/** The figure alone on the line after that label: "3+ years", "2-4", "Minimum 2 years". */
const LABEL_VALUE_LINE = new RegExp(String.raw`^[\s*•·\-–]{0,6}(?:(?:at\s{1,3}least|minimum|min\.?)\s{1,3})?${NUM}\s{0,2}\+?(?:\s{0,2}(?:-|–|to)\s{0,2}${NUM}\s{0,2}\+?)?(?:\s{0,2}(?:years?|yrs?)\b\.?)?(?:\s{0,2}(?:\+|or\s{1,3}more|minimum))?\s{0,3}$`, 'i');
/** A line of that label alone: its figure comes on the next line. */
export function isExperienceLabel(line: string): boolean {
  return line.length <= 80 && EXPERIENCE_LABEL_LINE.test(line);
}
/** The figure on the line after an experience label, as the role's overall figure; null when the line is not one. */
export function labelledYearsLine(line: string, at: number, section: Section): YearsCandidate | null {
  if (line.length > 60) return null;
  const m = LABEL_VALUE_LINE.exec(line);
  const lo = m ? toNumber(m[1]) : null;
  if (!m || lo === null || lo > 30) return null;
  const hi = toNumber(m[2]);
  return { min: lo, max: hi !== null && hi > lo ? hi : null, kind: 'overall', section, at, bare: true };
}
// "Minimum Level: 2-3" in a sentence about years of experience.
const MINIMUM_LEVEL = new RegExp(String.raw`\bminimum(?:\s{1,3}level)?\s{0,3}[:=]\s{0,3}${NUM}(?:\s{0,3}(?:-|–|to)\s{0,3}${NUM})?`, 'gi');
const EXPERIENCE_AFTER = /^[\s'’]*(?:(?:using|utili[sz]ing|conducting|performing|implementing)\s|of\s+full[- ]time,?\s+(?:[\w-]+,?\s+){0,3}?experience\b|(?:of\s+(?:[\w/&+.-]+,\s+(?:(?:and|or)\s+)?){1,6}(?:[\w/&+.-]+\s+){0,3}?experience\b)|(?:[\w/&+.-]+\s+){0,2}?(?:berufs|arbeits|praxis|projekt|industrie|fach)?erfahrung|(?:of\s+)?(?:[\w/&+.-]+\s+){0,7}?(?:experience|exp\b|expertise|industry|professional|post-?doc|postdoctoral|hands-on|track record|background|working|work\b|developing|building|programming|coding|designing|applying|leading|managing|shipping|writing|deploying|delivering|operating|maintaining|training|researching|analy[sz]ing|in\s+(?:a\s+|the\s+)?(?:similar|related|relevant|industry|field|role|position|data|software|machine|ml|ai|research|analytics|engineering|tech|technology|consulting|finance|banking|fintech|statistics|academia|healthcare|biotech|pharma|e-?commerce|product|marketing|start-?ups?)|in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}(?:roles?|positions?|capacity|capacities|functions?|environments?|professions?|sectors?)\b|of\s+(?:an?\s+)?(?:related|relevant|similar)\s+(?:fields?|areas?|roles?|domains?|industr(?:y|ies)|disciplines?)\b|as\s+an?\s+[\w-]))/i;
/** "(3+ with a PhD)", "(or 2 years with a Master's)" right after a figure: the figure a degree lowers it to (group 1). */
const DEGREE_BRACKET_AFTER = new RegExp(String.raw`^\s{0,2}\(\s{0,2}(?:or\s{1,3})?${NUM}\s{0,2}\+?\s{0,2}(?:(?:years?|yrs?)\s{1,3})?(?:with|for|given|if\s+you\s+(?:have|hold))\s{1,3}(?:an?\s{1,3})?(?:ph\.?\s?d|doctorate|master|m\.?sc?\b|m\.s\.|advanced\s+degree|graduate\s+degree|relevant\s+degree)[^()]{0,40}\)`, 'i');
/** "7+ years of experience (5+ with a Master's)": the same bracket after the experience word (group 1: the lowered figure). */
const DEGREE_BRACKET_AFTER_EXPERIENCE = new RegExp(String.raw`^\s{0,3}(?:of\s{1,3})?(?:(?:relevant|related|professional|industry|work|hands-on|practical)\s{1,3}){0,2}(?:experience|exp\.?)`
  + DEGREE_BRACKET_AFTER.source.slice(1), 'i');
/** An opening bracket right after a skill's name: "SQL (", "Python (", "engineer (+" (a plus before the figure); not after an experience word (EXPERIENCE_CLAUSE's). */
const SKILL_BRACKET_BEFORE = /[\w#+.]\s{0,2}\(\s{0,2}(?:\+\s?)?$/;
/** The bracket closes after the figure: "(3+ yrs)", "(5 years of experience)". */
const BRACKET_CLOSE_AFTER = /^\s{0,2}(?:of\s+(?:\w+\s+)?experience\s{0,2})?(?:,?\s{0,2}(?:minimum|min\.?|preferred|required))?\s{0,2}\)/i;
/** What a "2-year …" lasts: the post itself, or a course of study ("a four-year degree"), not experience. */
const POST_AFTER = /^\s{1,3}(?:(?:postdoc(?:toral)?|post-doc(?:toral)?|research|fixed[- ]term|full[- ]time|part[- ]time|(?:fully[- ])?funded|ph\.?\s?d|doctoral|graduate|undergraduate|university|college|bachelor['’]?s|training|rotational)\s{1,3}){0,2}(?:position|role|project|programme|program|studentship|scholarship|placement|residency|fellowship|appointment|contract|degree|course|curriculum|apprenticeship|rotations?\b|post\b(?!\s*-?\s*(?:doc|ph|grad|qual))|(?:postdoc(?:toral)?|post-doc(?:toral)?|ph\.?\s?d|internship|traineeship)s?\b(?!\s+(?:or\s+)?(?:industry\s+|work\s+|research\s+)?experience))/i;
/** "up to" before a figure: "up to 2 years of experience" asks for none at the least. */
const UP_TO_BEFORE = /\bup\s{1,3}to\s{1,3}$/i;
/**
 * Another upper bound: "less than 2 years", "< 2 years", "maximum 3 years" ask for none at the
 * least, unless a floor stands before it in the sentence ("at least 2, but less than 5 years";
 * "not less than 5 years" is a floor itself).
 */
const BELOW_BEFORE = /(?:(?<!\b(?:not|no)\s{1,3})\b(?:less|fewer)\s{1,3}than|(?<!\b(?:not|no)\s{1,3})\bunder|\bno\s{1,3}more\s{1,3}than|\bmax(?:imum|\.)?(?:\s{1,3}of)?|[<≤])\s{0,3}$/i;
/** A figure of years before: the floor that a later upper bound only closes. */
const FIGURE_EARLIER = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*\+?\s*(?:years?|yrs?)\b/i;
/** "between 2 and" before a figure (group 1: the lower end). */
const BETWEEN_BEFORE = new RegExp(String.raw`\bbetween\s{1,3}${NUM}\s{1,3}and\s{1,3}$`, 'i');
/** "in", "with", "using" right after the figure: "3+ years in analytics", "5 years with Python". */
const IN_SKILL_AFTER = /^\s{0,2}(?:of\s+)?(?:(?:hands-on|practical|professional|applied)\s+)?(?:in|with|using|doing)\s/i;
/** "of" and a skill's name right after the figure: "4+ years of data engineering", "5 years of Python". */
const OF_SKILL_AFTER = /^\s{0,2}of\s{1,3}(?:(?:hands-on|practical|professional|applied|commercial|production|industrial|industry|solid|strong|advanced)\s{1,3})?/i;
/** "Experience with Python; 2 years minimum": the figure's own "minimum" after it. */
const MINIMUM_AFTER = /^\s{0,3}(?:minimum|min\b\.?|at\s+(?:the\s+)?(?:least|minimum))/i;
const DEGREE_AFTER = /^\s{0,3}(?:(?:with|and|plus|\+|post|after|following)\s{1,3}|post-)(?:an?\s{1,3})?(?:ph\.?\s?d|master|m\.?s\.?c?\b|bachelor|b\.?s\.?c?\b|advanced\s+degree|graduate\s+degree|degree)/i;
const DEGREE_BEFORE = /(?:ph\.?\s?d\.?|master'?s?|masters|\bm\.?s\.?c?|bachelor'?s?|\bb\.?s\.?c?|degree)(?:\s{1,3}in\s{1,3}[A-Za-z][\w ,/&-]{0,30}?)?\s{0,3}(?:\+|plus|and|with)\s{0,3}(?:at\s+least\s+)?$/i;
// "Experience: 2+ years", "Proven track record of 4+ years in analytics", and a job board's
// "Experience Range 6 - 8 Years" inside a line its details were flattened onto.
const EXPERIENCE_BEFORE = /^[\s*•·\-–]{0,6}(?:(?:total|overall|work|working|professional|relevant|industry|required|minimum)\s{1,3}){0,2}(?:experience|exp\.?)(?:\s{1,3}(?:range|level|required|needed))?\s{1,3}$|\b(?:(?:experiences?|exp)(?:\s+(?:level|range|required|needed|requirements?))?[*_"']{0,3}\s*(?:of|:|-|–|—|\(|\||\t)|(?:experience|exp\.?)\s+range|track\s+record\s*(?:of|:|\()|history\s+of)\s{0,3}[*_"'“(]{0,3}\s*$/i;
/**
 * "have worked … for", "You have been working as a data scientist for (at least) 3 years": the verb
 * up to 60 characters before the "for", read on the 110 characters before the figure.
 */
const WORKED_FOR = /\b(?:have|has|having|['’]ve)\s+(?:worked|been\s+(?:working|doing|building|developing|practi[sc]ing))\b[^.;:]{0,60}?\bfor[*_]{0,3}\s*$/i;
/** An opening bracket, and an option that is not years before "or" ("(internship or 1 year)"). */
const OPEN_BRACKET = String.raw`\(\s*(?:(?:an?\s+)?(?:internship|apprenticeship|traineeship|work[- ]study|thesis|phd|ph\.d\.?|master'?s?(?:\s+thesis)?)\s+or\s+)?(?:(?:typically|usually|ideally|generally|approx\.?|approximately|around|about|roughly|at\s+least|min\.?|minimum(?:\s+of)?|more\s+than|over)\s+|[>≥~+]\s*)?$`;
const BRACKET_BEFORE = new RegExp(OPEN_BRACKET, 'i');
/** An experience word (or "knowledge", "expertise"), then the rest of its clause up to an opening bracket (group 1: that rest). */
const EXPERIENCE_CLAUSE = new RegExp(String.raw`\b(?:experience|exp|knowledge|expertise)\b([^.;:()]{1,80})` + OPEN_BRACKET, 'i');
/** Seniority levels a posting may give a figure for each ("Senior: 5+ years; Medior: 2+ years"). */
const LEVEL = String.raw`(?:junior|medior|middle|mid(?:[- ]?level)?|intermediate|senior|lead|principal|staff|entry[- ]level|(?:early|mid)[- ]career|experienced)`;
const LEVEL_NUM = String.raw`\+?\s{0,2}(\d{1,2})\s{0,2}\+?(?:\s{0,2}(?:-|–|to)\s{0,2}\d{1,2}\s{0,2}\+?)?`;
/** The people of a level: "Junior Specialists (1–3 years)", "Senior engineers: 5+ years". */
const LEVEL_NOUN = String.raw`(?:level|profiles?|roles?|positions?|candidates?|engineers?|developers?|scientists?|specialists?|experts?|analysts?|consultants?|researchers?|professionals?|SMEs?)`;
/**
 * The same with up to two words of their field between, before a bracket that says years:
 * "Experienced Data Scientist (3+ years)" (not "lead ML engineers - 4 years in management",
 * where "lead" is the verb).
 */
const LEVEL_PERSON_BRACKET = String.raw`\b${LEVEL}\s+(?:[\w-]+\s+){0,2}?${LEVEL_NOUN}\s{0,2}\(\s{0,2}${LEVEL_NUM}\s{0,2}(?:years?|yrs?)\s{0,2}\)`;
/** "Junior (0-2 years)" in a list of requirements: the level's experience, though the line never says "experience". */
const LEVEL_YEARS_BRACKET = new RegExp(String.raw`\b${LEVEL}(?:\s+${LEVEL_NOUN})?\s{0,2}\(\s{0,2}${LEVEL_NUM}\s{0,2}(?:years?|yrs?)\s{0,2}\)|${LEVEL_PERSON_BRACKET}`, 'i');
/** A word every match of LEVEL_FIGURE contains. */
const LEVEL_HINT = new RegExp(String.raw`\b${LEVEL}\b`, 'i');
/**
 * A figure given for one level: "5+ years (Senior)", "1+ (Junior)", "Senior: 5+ years",
 * "Medior (2+ years)", "Junior profile - 1 year", "Experienced Data Scientist (3+ years)". Group 1, 2 or 3: the figure.
 */
const LEVEL_FIGURE = new RegExp(
  String.raw`\b${LEVEL_NUM}\s{0,2}(?:years?|yrs?)?\s{0,2}\(\s{0,2}${LEVEL}\b[^()]{0,20}\)`
  + String.raw`|\b${LEVEL}(?:\s+${LEVEL_NOUN})?\s{0,2}(?::|-|–|\()\s{0,2}(?:at\s+least\s+|min(?:imum)?\.?\s+)?${LEVEL_NUM}\s{0,2}(?:years?|yrs?)?`
  + `|${LEVEL_PERSON_BRACKET}`,
  'gi',
);
const NOT_EXPERIENCE_AFTER = /^[\s'’]*(?:old\b|of\s+age\b|or\s+older\b|ago\b|contract|term\b|grant|appointment|fellowship|(?:,\s*)?(?:with\s+(?:the\s+|a\s+)?(?:possibility|option|possible|chance)\s+(?:of|for|to)\s+(?:an?\s+)?(?:extension|renewal|extend|renew|prolong)|renewable|extendable|extensible)|warranty|of\s+(?:innovation|history|excellence|service|heritage|tradition|growth|operation|success|leadership|collective|business|existence)\b(?![^.;,]{0,40}\b(?:experience|expertise)\b)|experience\s+credit|credit\b|(?:of\s+)?(?:(?:university|undergraduate|graduate|full[- ]time|part[- ]time)\s+)?(?:study|studies|education|schooling|coursework)\b|(?:of\s+)?(?:paid|funded|fully[- ]funded|sponsored|free|structured|formal|on[- ]the[- ]job|in[- ]house)\s+(?:training|study|studies|education|funding|support|leave)\b|(?:of\s+)?(?:funding|salary|pay|stipend|tuition)\b|-?year[- ]?(?:end|old)|(?:(?:one|1)[- ]year\s+)?rotations?\b|of\s+(?:[\w-]+\s+){0,4}?(?:graduate|undergraduate|university|college|post-?secondary|higher)\s+(?:level\s+)?(?:study|studies|education|schooling|coursework)\b|after\s+(?:(?:your|their|the|his|her)\s+)?(?:degree|graduation|graduating|completion|completing)\b|of\s+(?:patient\s+)?(?:follow[- ]?up|records?|observations?|measurements?|monitoring\s+data)\b)/i;
/** "20 years of experience serving clients": an employer's record, unless the figure is asked ("Minimum of 10 years of experience delivering models"). */
/** After a figure: the end of its clause, perhaps with "plus" ("two years plus."). */
const TRAILING_FIGURE = /^\s*(?:plus|\+|or\s+more|minimum|at\s+least)?\s*(?:[.;)]|$)/i;
/** Before it, in its sentence: the experience it measures, no other figure or clause between. */
const EXPERIENCE_EARLIER = /\b(?:experience|exp)\b[^.;:()\d]{0,140}[,–—-]\s*(?:preferably|ideally|optimally|at\s+least|minimum(?:\s+of)?|approximately|around|about|ca\.)?\s*$/i;
/** "Your commercial experience in data science is at least 3 years", "The experience required is 5 years or more" (not the employer's own). */
const EXPERIENCE_IS = /(?<!\b(?:our|company['’]?s?|firm['’]?s?|team['’]?s?|we|us)\s+(?:[\w-]+\s+){0,2})\b(?:experience|exp)\b[^.;:()\d]{0,100}?\s(?:is|are|should\s+be|must\s+be)\s+(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|more\s+than|over)?\s*$/i;
const SERVED_AFTER = /^[\s'’]*(?:of\s+)?(?:combined\s+)?experience\s+(?:serving|helping|providing|delivering|supporting\s+(?:clients|customers)|in\s+business(?![\s-]+[a-z]))/i;
/** A company's name and then its verb or apposition, after a "With N years of experience," lead. */
const COMPANY_NAMED_AFTER = /^[^.;]{0,100}?,\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*(?:,|\b(?:is|has|have|are|was|helps|offers|provides)\b)/;
/** "N years of (industry) experience" and nothing more specific after it. */
/** "of industry experience in software engineering": a kind of experience, then its field. */
const OVERALL_IN_FIELD = /^\s*(?:of\s+)?(?:industry|professional|total|overall|work)\s+experience\s+(?:in|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:with|using|in|and|,)|[.;,]|$)/i;
/**
 * "5+ years in insurance analytics", "10+ years across ML engineering, data engineering and
 * production" opening an item of the asks: the field after "in" need not be
 * one the reader knows. Not a firm's age ("in business", "in operation") nor a run ("in a row").
 */
const OPENS_ITEM_IN = /^\s{1,2}(?:in|across|within|spanning)\s+(?!(?:business|operation|existence|service|succession|advance|a\s+row|the\s+(?:market|making|business|past|last|next|future))\b)(?:an?\s+|the\s+)?[\w-]{2,}/i;
const BARE_OVERALL = /^[\s'’]*(?:of\s+)?(?:(?:relevant|related|industry|professional|work|working|full[- ]time|hands-on|post-?graduate|total|overall|practical)\s+){0,2}(?:experience|exp)\b\s*(?:[.;,)]|$|\(|[-–—*•·]\s|in\s+(?:the\s+)?(?:industry|a\s+similar\s+(?:role|position)|a\s+related\s+(?:role|field)))/i;
/** "… of professional experience in data engineering or a related role": the role's field, so overall. */
const OR_RELATED_ROLE = /^[^.;:]{0,80}?\bor\s+(?:an?\s+|any\s+)?(?:related|similar|equivalent|comparable)\s+(?:roles?|fields?|positions?|capacity|capacities|areas?|disciplines?|functions?)\b/i;
/** A sentence that asks for a skill, then gives its figure: "Proficiency with Python …, with at least 2 years". */
const SKILL_ASK_THEN_YEARS = /^[\s*•·\-–]*(?:(?:solid|strong|good|excellent|proven|advanced|deep)\s+)?(?:proficiency|proficient|experience|expertise|knowledge|skills?|fluency|familiarity)\s+(?:with|in|of|using)\s+[^.;:]{1,120}?,?\s+with\s+(?:at\s+least\s+|over\s+|more\s+than\s+|a\s+minimum\s+of\s+)?$/i;
/** "3+ years experience as an ML engineer": years in a role are the role's overall experience. */
/** Experience "of any / total / overall" kind, then its field. */
const ANY_FIELD = /^\s*(?:of\s+)?(?:any|total|overall)\s/i;
/** "of experience with some/all of the following:", "of experience in one or more of the following": a list of tools comes after. */
const FOLLOWING_AFTER = /^[\s'’]*(?:\+\s*)?(?:of\s+)?(?:(?:hands-on|practical|solid)\s+)?(?:experience|exp)\s+(?:with|in|using|on)\s+(?:some|all|any|one|two|three|several|many|most|each|the)\b[^.;:]{0,30}?\bof\s+the\s+following\b/i;
/** Experience that names what was done: "of experience optimizing training pipelines" (not "working", "in", "as"), "of developing, training and deploying ML models" (not a field: "of engineering", "of consulting"). */
const ACTIVITY_AFTER = /^[\s'’]*(?:\+\s*)?(?:of\s+)?(?:(?:relevant|related|professional|industry|hands-on|proven|practical|work|demonstrated)\s+){0,2}experience\s+(?!(?:working|being|having)\b)[a-z]{3,}ing\b|^[\s'’]*(?:\+\s*)?of\s+(?!(?:working|being|having|engineering|programming|consulting|banking|marketing|accounting|computing|manufacturing|networking|auditing|teaching|nursing|trading|investing|lending|publishing|advertising|retailing|recruiting|training)\b)[a-z]{3,}ing\b(?![\s-]+(?:experience|exp|expertise|background)\b)/i;
/** A figure in a leading or managing role: "4 years in a leadership role", "3 years of people management (/ leadership) experience". */
const LEAD_ROLE_AFTER = /^[\s'’]*(?:\+\s*)?(?:(?:in|within)\s+(?:an?\s+)?(?:(?:senior|technical|team)(?:\s*\/\s*|\s+))?(?:leadership|management|managerial|supervisory|people[- ]management|team[- ]lead(?:ership)?|lead)\s+(?:roles?|positions?|capacity|capacities)|(?:of\s+)?(?:(?:team|people|technical|senior|executive|line|direct)\s+)?(?:leadership|management|managerial|supervisory|people[- ]management)(?:\s*(?:\/|,|and|or|&)\s*(?:(?:team|people|technical)\s+)?(?:leadership|management|managerial|supervisory|people[- ]management))?\s+experience|(?:of\s+(?:experience\s+)?)?(?:in\s+)?(?:leading|managing|supervising)(?:\s*(?:or|and|\/|,)\s*(?:leading|managing|supervising|mentoring|building))?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:teams?|people|groups?|staff)|(?:of\s+(?:[\w-]+\s+)?experience\s+)?(?:in|with)\s+(?:team|people|staff|line)\s+(?:management|leadership|supervision))\b/i;
/** Experience as, or in, a senior level of a role: "of experience as senior/staff/principal data engineer", "as a team lead". */
const SENIOR_ROLE_AFTER = /^[\s'’]*(?:\+\s*)?(?:(?:of\s+)?(?:(?:relevant|related|professional|industry|work|hands-on|proven|prior|previous)\s+){0,2}(?:experience|exp)\s+)?(?:(?:working\s+)?as|in)\s+(?:an?\s+)?(?:(?:senior|sr\.?|staff|principal|lead)(?:\s*\/\s*(?:senior|sr\.?|staff|principal|lead))*\s+[a-z]|(?:team|tech(?:nical)?|engineering)\s+(?:lead|leader|manager)\b|(?:people\s+)?manager\b)/i;
const AS_ROLE = /^[\s'’]*s?\s*(?:of\s+)?(?:(?:relevant|related|professional|industry|work|working|hands-on|proven|prior|previous|full[- ]time|practical)\s+){0,2}(?:experience|exp)\s+(?:working\s+)?as\s+(?:an?\s+)?[\w/-]/i;
/** A figure that is part of the one before it: "…, including 4+ years", "of which at least 2". */
/**
 * "14+ years of engineering or ML experience and 8+ years of ML experience": a second, smaller
 * figure joined to the first's experience by "and" narrows it (both are asked, so the first is
 * the role's overall figure). Not after a skill ("3 years of Python and 2 years of SQL").
 */
const AND_NESTED_BEFORE = /\b(?:experience|exp)(?:\s{1,3}(?:in|with|as|of)\s{1,3}[^,;.:()\d]{1,60}?)?(?:\s{0,2},?\s{1,3}and|\s{0,2},)\s{1,3}(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?$/i;
const NESTED_BEFORE = /\b(?:including|incl\.|of\s+which|with|among\s+(?:them|which))\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?$/i;
/** A figure marked as a nice-to-have in its own phrase. */
const YEARS_PREFERRED_AFTER = /^(?:(?!,\s+(?:and|but|while|whereas)\b|\band\s+(?:experience|knowledge|familiarity|exposure)\b)[^.;:(\d]){0,80}?\b(?:preferred|(?:is|are|would\s+be)\s+(?:an?\s+)?(?:big\s+)?(?:plus|bonus|advantage)|would\s+be\s+(?:nice|great|ideal)|desired|desirable|nice\s+to\s+have)\b/i;
const LISTED_BEFORE = /^(?:.*[,;]\s*)?[\w#+./ -]{1,40}:\s*$/;
const LISTED_AFTER = /^\s*(?:\((?:preferred|required)\)\s*)?$/i;
/** "With over 20 years of experience in the field, our firm…": the sentence goes on about the company. */
const COMPANY_AFTER = /^[^.;]{0,100}?,\s*(?:we|we've|our|the\s+(?:company|firm|team))\b/i;
const NOT_EXPERIENCE_BEFORE = /\b(?:(?:team|company|firm|group|lab|founders?|colleagues|organi[sz]ation|business)\s+(?:with|that\s+has|which\s+has|bringing|boasting)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?|within|in\s+(?:the\s+)?(?:next|first|coming)|(?:the\s+)?(?:past|last|next|first|coming|previous)|for\s+(?:the\s+)?(?:past|last)|founded|since|celebrating|ago|every|per|after|age|aged|older\s+than|substitut(?:e|es|ed|ing)\s+for)\s*$/i;
/** The years of people the role works with: "Mentor engineers with 2-3 years of experience", "lead a team of analysts with 5+ years". */
const OTHERS_BEFORE = /\b(?:mentor(?:s|ing)?|coach(?:es|ing)?|lead(?:s|ing)?|manag(?:e|es|ing)|supervis(?:e|es|ing)|oversee(?:s|ing)?|guid(?:e|es|ing)|onboard(?:s|ing)?)\s+(?:(?:a|the|our|your)\s+)?(?:[\w-]+\s+){0,4}?(?:engineers?|scientists?|analysts?|developers?|researchers?|colleagues|staff|people|team\s+members?|members|hires|juniors?|peers|teams?)\s+(?:with|having|who\s+have)\s+(?:at\s+least\s+|over\s+|up\s+to\s+)?$/i;
const POST_DEGREE_WINDOW = /\b(?:no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|within|at\s+most|(?:a\s+)?maximum\s+of|up\s+to)\s+(?:(?:\w+|\d{1,2})\s+)?(?:\(\d{1,2}\)\s+)?(?:\d{1,2}[\s-]*)?(?:years?|yrs?)\s+(?:post|after|since|of|from)\s+(?:(?:completing|completion\s+of|receiving|obtaining|the\s+award\s+of|award\s+of|their|your|the|a|his|her)\s+){0,2}(?:ph\.?\s?d|doctora)/i;
/** Years pooled by a team: "combined experience", "between them". */
const COMBINED = /\b(?:combined|collective|cumulative)\s+(?:experience|expertise|track\s+record)|\bexperience\s+combined\b|\bbetween\s+(?:them|us)\b/i;
const COMPANY_SUBJECT = /\b(?:we|we've|we have|our|us|company|firm|organization|organisation|founded|history|legacy|heritage|team has|has been|have been|serving)\b/i;
const CANDIDATE_SUBJECT = /\b(?:you|your|candidates?|applicants?|experience|required|requires?|minimum|must|should|at least|preferred|seek(?:s|ing)?|looking\s+for|hiring|to\s+hire|need|someone|individuals?|professionals?|colleagues?|teammates?|team\s+members?|hires?|persons?|ideal(?:ly)?)\b/i;
/**
 * A degree, then ", or" and another degree with a year figure: "PhD, or MS and 3 years"; or a
 * degree with its own field, then "or": "PhD in ML or Master's with 2+ years". Without either
 * ("PhD or MS + 3 years") the years may belong to both, and the figure stands.
 */
const DEGREE_ALONE_OR = /\b(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|master(?:['’]?s)?(?:\s+degree)?|m\.?sc?\.?|bachelor(?:['’]?s)?(?:\s+degree)?|b\.?sc?\.?)(?:(?:\s+degree)?\s+in\s+(?:(?!\d)[\w\s,/&-]){1,160}?\s*(?:\([^)]{0,60}\)\s*)?,?|(?:\s+degree)?\s*(?:\([^)]{0,60}\)\s*)?,|(?<=degree)(?=\s+or\s+an?\s))\s*or\s+(?:an?\s+|with\s+an?\s+)?(?:ph\.?\s?d|doctorate|master|m\.?sc?\b|m\.s\.|bachelor|b\.?sc?\b|b\.s\.|b\.?a\b)[^.;]{0,60}?(?:\+|\band\b|\bwith\b|\bplus\b|,)\s*(?:at\s+least\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/**
 * The same with the bare degree last: "Bachelor's and 4+ years, or Master's and 2+ years, or PhD".
 * It must end its clause, so "3+ years with an MS, or a PhD in ML preferred" is not it.
 */
const DEGREE_ALONE_LAST = /\d[^.;\d]{0,120}?[,;]\s*or\s+(?:an?\s+|with\s+an?\s+)?(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|master(?:['’‘´ʼ]s|s)?|m\.?sc\.?)(?:\s+degree)?(?:\s+in\s+(?:(?!preferred|desired|desirable|plus|bonus|advantage)[^.;,()\d]){1,60}?)?\s*(?:[.;)]|$)/i;
/** "MS with 3 years of experience or PhD": a lower degree with its figure, then a doctorate alone ending the clause (no comma needed). */
const DOCTORATE_ALONE_LAST = /\b(?:master(?:['’‘´ʼ]s|s)?|m\.?sc?\b|m\.s\.|bachelor(?:['’‘´ʼ]s|s)?|b\.?sc?\b|b\.s\.|b\.?a\b)[^.;\d]{0,40}?(?:\+|\band\b|\bwith\b|\bplus\b)\s*(?:at\s+least\s+)?\d[^.;\d]{0,80}?\s+or\s+(?:an?\s+)?(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree)(?:\s+degree)?(?:\s+in\s+(?:(?!preferred|desired|desirable|plus|bonus|advantage)[^.;,()\d]){1,60}?)?\s*(?:[.;)]|$)/i;
/** The other option in brackets after a degree: "MSc in CS or equivalent (BSc with 3 years of experience)", "Master's (or Bachelor's and 2+ years)". */
const DEGREE_ALONE_BRACKET = /\b(?:ph\.?\s?d\.?|doctorate|master|m\.?sc?\b|m\.s\.|bachelor|b\.?sc?\b|b\.s\.)[^.;()\d]{0,80}\(\s{0,2}(?:or\s+)?(?:an?\s+)?(?:ph\.?\s?d|doctorate|master|m\.?sc?\b|m\.s\.|bachelor|b\.?sc?\b|b\.s\.|b\.?a\b)[^()\d]{0,40}?(?:\+|\band\b|\bwith\b|\bplus\b)\s{0,2}(?:at\s+least\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/**
 * A degree offered alone, then years of experience in its place: "PhD in Statistics or a related
 * field, or 5+ years of equivalent industry experience", "PhD or equivalent experience (7+ years)".
 * No figure stands between the degree and the "or".
 */
const DEGREE_OR_YEARS = /(?:\b(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|master(?:['’‘´ʼ]s|s)?(?:\s+degree)?|bachelor(?:['’‘´ʼ]s|s)?(?:\s+degree)?|(?:university|college|advanced|graduate)\s+degree|m\.?sc?\b\.?|b\.?sc?\b\.?|m\.s\.|b\.s\.)|(?:^[\s*•·\-–]{0,6}|\b(?:an?|relevant|associate(?:['’]?s)?)\s+)degree)(?:\s*\([A-Za-z.\s/]{1,12}\))?(?:\s+in\s+[^.;\d()]{1,160}?)?(?:\s*\([^()\d]{1,80}\))?\s*,?\s+or\s+(?:an?\s+)?(?:equivalent\s+combination\s+of\s+(?:education|training)\s+and\s+(?:at\s+least\s+)?\d{1,2}\s*\+?\s*(?:years?|yrs?)|(?:(?:an?\s+)?equivalent\s+(?:(?:industry|professional|practical|work|relevant)\s+)?experience\s*\(\s*(?:at\s+least\s+)?\d{1,2}\s*\+?\s*(?:years?|yrs?)|(?:at\s+least\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:or\s+more\s+)?(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:(?:equivalent|relevant|related|professional|industry|work|practical|hands-on|demonstrated|demonstrable|proven|research)\s+){0,3}(?:experience|work)))/i;
/** "Fresher or 1-2 years", "Fresh or 1 year experience", "Freshers / 1 year": a newcomer is one option, so nothing is the least asked. */
const FRESHER_OR = /\bfresh(?:ers?|\s+graduates?)?\s*(?:or|\/)\s*(?:up\s+to\s+|at\s+least\s+|min(?:imum)?\.?\s+)?\d|\b(?:recent|new)\s+(?:graduates?|grads?)\s*,?\s*(?:or|\/)\s*(?:(?:someone|somebody|anyone|candidates?|people|those|applicants?)\s+(?:with|who\s+(?:has|have))\s+)?(?:up\s+to\s+|about\s+|around\s+)?\d|\d\s*\+?\s*(?:years?|yrs?)\b[^.;\d]{0,30}?\s(?:or|\/)\s*fresh(?:ers?\b|\s+graduates?\b)/i;
/** A later rung of a degree ladder, its unit left out: ", 4+ with an MS", "and two or more with a PhD". */
const LADDER_RUNG = /(?:[,;]|\b(?:and|or))\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+|or\s+more)?\s+(?:with|and|plus)\s+(?:an?\s+)?(?:ph\.?\s?d|doctorate|master|m\.?s\.?c?\b|bachelor|b\.?s\.?c?\b|advanced\s+degree|graduate\s+degree)/gi;
/** "or a PhD without experience", "Master's with no prior experience": a degree that needs no years. */
const DEGREE_WITHOUT_EXPERIENCE = /\b(?:ph\.?\s?d|doctorate|doctoral|master(?:['’]?s)?|bachelor(?:['’]?s)?|m\.?sc?)\b\.?(?:\s+degree)?\s+(?:with\s+no|without(?:\s+any)?|and\s+no)\s+(?:prior\s+|professional\s+|industry\s+|work\s+|relevant\s+)?experience\b/i;
export const DEGREE_WORD = /\b(?:ph\.?\s?d\.?s?|doctorate|doctoral|master'?s?|master’s|masters|bachelor'?s?|bachelor’s|bachelors|b\.?s\.?c?|m\.?s\.?c?|b\.?a\.?|m\.?a\.?|b\.?eng|m\.?eng|mba|degree|graduate)\b/i;

function toNumber(s: string | undefined): number | null {
  if (s === undefined) return null;
  const w = WORD_NUMBERS[s.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A skill's name starts right after "of" (and an adjective or none) in `after`, which starts at `at`. */
function ofSkill(after: string, at: number, skillAt: (from: number, to: number) => number): boolean {
  const of = OF_SKILL_AFTER.exec(after);
  return of !== null && skillAt(at + of[0].length, at + of[0].length + 1) !== 0;
}

/** Whether a skill's name starts right after the figure, one or two spaces on. */
function nextToSkill(after: string, at: number, skillAt: (from: number, to: number) => number): boolean {
  const gap = after.charCodeAt(0) === 32 ? (after.charCodeAt(1) === 32 ? 2 : 1) : 0;
  return gap > 0 && skillAt(at + gap, at + gap + 1) !== 0;
}

/** Whether a sentence may state years at all (false means yearsInSentence finds nothing). */
export function mayNameYears(sentence: string): boolean {
  return YEARS_WORD.test(sentence) || MINIMUM_WORD.test(sentence) || ROMANCE_YEARS_WORD.test(sentence) || DUTCH_YEARS_WORD.test(sentence);
}
/** Years in French or Spanish: "ans", "années", "años", and the Spanish "experiencia" that every such ask names. */
const ROMANCE_YEARS_WORD = /\b(?:ans|ann[ée]es)\b|a[ñn]os\b|\bexperiencia\b/i;
/**
 * A figure of years in French or Spanish: "5 ans d'expérience", "3 à 7 ans", "4 ans minimum",
 * "al menos 3 años de experiencia", "de 1 a 3 años". Groups: 1 the figure, 2 the range's end,
 * 3 the experience word after it.
 */
const ROMANCE_YEARS = /(?:\b(?:au\s{1,3}moins|minimum(?:\s{1,3}de)?|al\s{1,3}menos|(?:como\s{1,3})?m[ií]nimo(?:\s{1,3}de)?|plus\s{1,3}de|m[aá]s\s{1,3}de)\s{1,3})?\b(\d{1,2})\s{0,2}\+?(?:\s{0,3}(?:-|–|à|a)\s{0,3}(\d{1,2})\s{0,2}\+?)?\s{0,3}(?:ans|ann[ée]es|a[ñn]os)(?![\wÀ-ÿ])(?:\s{1,3}(?:minimum|m[ií]nimo))?(?:\s{1,3}(?:d['’]\s{0,2}|de\s{1,3})(exp[ée]rience|experiencia)(?![\wÀ-ÿ]))?/gi;
/** The experience asked, right before the figure: "Expérience : minimum", "Experiencia :", "expérience de", "experiencia mínima de". */
const ROMANCE_LABEL_BEFORE = /(?:\bexp[ée]riences?(?:\s{1,3}professionnelles?)?|\bexperiencia(?:\s{1,3}(?:profesional|laboral|m[ií]nima))?)(?:\s{0,3}(?::|-|–)\s{0,3}|\s{1,3}(?=[dm]))(?:d['’]\s{0,2}au\s{1,3}moins|au\s{1,3}moins|minimum(?:\s{1,3}de)?|al\s{1,3}menos|m[ií]nim[oa](?:\s{1,3}de)?|de)?\s{0,3}$/i;
/** The employer speaking of itself before the figure: "depuis plus de 45 ans", "contamos con más de 20 años de experiencia". */
const ROMANCE_EMPLOYER = /\b(?:nous|notre|nos|depuis|fond[ée]e|cr[ée]{2}e|nuestr[ao]s?|somos|contamos|llevamos|fundad[ao]|desde|empresa|entreprise|soci[ée]t[ée]|compa[ñn][ií]a|groupe|grupo|cabinet|[ée]quipe|equipo)\b/i;
/** The candidate asked, which the employer's words do not outweigh: "vous", "profil", "buscamos". */
const ROMANCE_CANDIDATE = /\b(?:vous|tu|candidat(?:e|s)?|profil|perfil|recherchons|cherchons|buscamos|requis|requise|exig[ée]e?s?|requerid[ao]s?|imprescindible|valorar[áa]|souhait[ée]e?s?|deseable|poss[ée]dez|cuentas|tienes|avez)\b/i;

/** Years in Dutch: "jaar" ("5 jaar werkervaring", "minimaal 3 jaar ervaring"). */
const DUTCH_YEARS_WORD = /\bjaar\b/i;
/**
 * A figure of years in Dutch, beside the word for experience: "Minimaal 5 jaar werkervaring",
 * "3+ jaar relevante ervaring", "ten minste 2 tot 4 jaar ervaring". Groups: 1 the figure, 2 the
 * range's end, 3 the experience word after it (up to two words between).
 */
const DUTCH_YEARS = /\b(\d{1,2})\s{0,2}\+?(?:\s{0,3}(?:-|–|tot)\s{0,3}(\d{1,2})\s{0,2}\+?)?\s{1,3}jaar\b(?:\s{1,3}(?:[a-zà-ÿ-]+\s{1,3}){0,2}?((?:werk|praktijk|relevante\s{1,3})?ervaring))?/gi;
/** The employer speaking of itself: "wij bestaan al 40 jaar", "sinds", "opgericht". */
const DUTCH_EMPLOYER = /\b(?:wij|we|ons|onze|sinds|opgericht|bestaan|bestaat)\b/i;
/** The candidate asked: "je", "jij", "jouw", "u", "heb", "vereist", "profiel", "kandidaat". */
const DUTCH_CANDIDATE = /\b(?:je|jij|jouw|u|heb|hebt|vereist|profiel|kandidaat|minimaal|ervaring)\b/i;

/** "years", "yrs" as words, or glued to their figure ("5yrs"). */
export const YEARS_WORD = /(?:\b|(?<=\d))(?:years?|yrs?|decades?|months?|jahren?)\b/i;
/** A figure counted in decades. */
const DECADES = /decades?\b/i;
/** A figure counted in months ("36 months of experience"): read as years only beside an experience word. */
const MONTHS = /months?\b/i;
export const MINIMUM_WORD = /\bminimum\b/i;

/** "(3) three", or "(10)" right before "years" (not "six (6) years", read as it stands): a figure in brackets (group 1) before its word (group 2) or its unit. */
const BRACKET_FIGURE = /(?<!\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s?)\((\d{1,2})\)\s?(?:(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|(?=(?:years?|yrs?)\b))/gi;
/** A word that may be "experience" misspelt: "exp" and a few letters ("experince", "expirience"). */
const EXPERIENCE_LIKE = /\bexp[a-z]{5,8}\b/gi;
/** Real words near "experience" in spelling. */
const NOT_MISSPELT = new Set(['experienced', 'experiences', 'expedience', 'experiment', 'expertise', 'experiencia']);
/**
 * The sentence with "experience" misspelt written right ("Seven years related experince required"),
 * so that the rules below, which look for the word, read it; a word counts as misspelt when at most
 * two letters are changed, added or dropped. A fix may lengthen the sentence by a letter or two,
 * which shifts the offsets after it by as much: they only place the figure.
 */
function spellExperience(sentence: string): string {
  if (!/\bexp/i.test(sentence)) return sentence;
  return sentence.replace(EXPERIENCE_LIKE, (w) => {
    const lower = w.toLowerCase();
    return lower !== 'experience' && !NOT_MISSPELT.has(lower) && editDistance(lower, 'experience') <= 2 ? 'experience' : w;
  });
}


/**
 * Year figures in one sentence. `skillAt(a, b)` says whether a skill was found in text[a, b)
 * (to tell "3 years of experience" from "3 years of Python experience").
 */
export function yearsInSentence(
  sentence: string,
  offset: number,
  section: Section,
  /**
   * What the posting names in [from, to): 0 nothing, 1 a skill, 2 only a field a whole role is
   * in ("machine learning", "data science", "software engineering": see FIELD_SKILLS).
   */
  skillAt: (from: number, to: number) => number,
  /** The whole line, for "Minimum Level: 2-3; Preferred Level: 3+ years of experience". */
  line: string = sentence,
): YearsCandidate[] {
  if (sentence.length > 2000) sentence = sentence.slice(0, 2000);
  const out: YearsCandidate[] = [];
  if (!mayNameYears(sentence)) return out;
  // A founder's bio or a reply in a forum thread: the person's own years, not the role's.
  if (personBio(sentence)) return out;
  // "No more than 5 years post PhD", "within 3 years of completing their PhD": a postdoc's
  // window of eligibility, not experience asked.
  if (POST_DEGREE_WINDOW.test(sentence.slice(0, 600))) return out;
  sentence = spellExperience(sentence);
  // "(3) three to (10) years": a figure in brackets before its word, or alone before "years", read
  // as the word or the figure; the same length, so every offset stays.
  if (sentence.includes('(')) sentence = sentence.replace(BRACKET_FIGURE, (all, d: string, word?: string) => (word ? ' '.repeat(all.length - word.length) + word : ' ' + d + ' '.repeat(all.length - d.length - 1)));
  let hasDegree: boolean | null = null;
  YEARS.lastIndex = 0;
  for (let m = YEARS.exec(sentence); m; m = YEARS.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 90);
    let lo = toNumber(m[2]);
    if (lo === null) continue;
    let hi = toNumber(m[4]);
    // "Over a decade of experience", "two decades in ML".
    if (DECADES.test(m[0])) { lo *= 10; hi = hi === null ? null : hi * 10; }
    // "At least 36 months of experience", "Experience: 6-12 months": months are a twelfth of a year, and
    // only an experience's length ("a 6-month contract", "within 3 months" are not).
    // "Experience: 2+ years", "have been working … for 3 years": the experience named before the figure.
    const labelBefore = EXPERIENCE_BEFORE.test(before) || (/\bfor[*_]{0,3}\s*$/i.test(before) && WORKED_FOR.test(sentence.slice(Math.max(0, m.index - 110), m.index)));
    if (MONTHS.test(m[0])) {
      if (!/\b(?:experience|exp)\b/i.test(after.slice(0, 60)) && !labelBefore) continue;
      lo = Math.round((lo / 12) * 10) / 10;
      hi = hi === null ? null : Math.round((hi / 12) * 10) / 10;
    }
    // "Between 2 and 5 years": the range starts before the match.
    const between = BETWEEN_BEFORE.exec(before);
    if (between && hi === null) { hi = lo; lo = toNumber(between[1]) ?? lo; }
    if (lo > 30) continue; // nobody asks for 50 years: that is the company's age
    if (NOT_EXPERIENCE_BEFORE.test(before) || NOT_EXPERIENCE_AFTER.test(after) || OTHERS_BEFORE.test(before)) continue;
    // (Not a figure that opens its sentence, an item of a list of asks: "- 1 year of experience delivering solutions".)
    if (SERVED_AFTER.test(after) && m[1] === undefined && m[3] === undefined && !/\b(?:you|your|candidates?|applicants?|required|must|should|minimum|at\s+least)\b/i.test(before)
      && !/^[\s*•·\-–]*$/.test(before)) continue;
    // "A 2-year postdoc position": how long the post lasts.
    if (/-\s?(?:years?|yrs?|months?)$/i.test(m[0]) && POST_AFTER.test(after)) continue;
    // "a 4-year Norwich Research Park … PhD studentship", "a 4-year PhD research project": the post's length, its noun further on.
    if (/-\s?(?:years?|yrs?)$/i.test(m[0]) && /^[^.;:]{0,90}?\b(?:studentship|fellowship|scholarship|ph\.?\s?d\.?\s+(?:research\s+)?(?:project|position|programme|program))/i.test(after)) continue;
    // "4-year technical degree", "a 4-year engineering degree": a course of study, whatever its adjective.
    if (/-\s?(?:years?|yrs?)$/i.test(m[0]) && /^\s{1,3}(?:[A-Za-z-]+\s{1,3}){1,2}degrees?\b/i.test(after)) continue;
    // "This is a 2 year postdoc position", "a 2--3 year post-doc position", "paid for two years to work on …": how long the post lasts.
    if (m[1] === undefined && m[3] === undefined && /^\s{1,3}(?:(?:post-?doc(?:toral)?|research|fixed[- ]term|full[- ]time|funded|ph\.?\s?d|doctoral)\s{1,3}){1,2}(?:position|post|role|project|contract|fellowship|appointment|programme|program)\b/i.test(after)) continue;
    if (/\b(?:paid|payed|funded|employed|hired|appointed|contracted|supported)\s+for\s+$/i.test(before)) continue;
    // "Fresh graduates or up to 2 years of experience": nothing is the least asked.
    if (UP_TO_BEFORE.test(before) && m[1] === undefined) { hi = hi ?? lo; lo = 0; }
    if (BELOW_BEFORE.test(before) && m[1] === undefined) {
      if (FIGURE_EARLIER.test(sentence.slice(0, m.index))) continue;
      hi = hi ?? lo;
      lo = 0;
    }
    // "5+ years (3+ with a PhD) of experience": the bracket offers a smaller figure against a
    // degree, and the experience word stands after it.
    const alt = DEGREE_BRACKET_AFTER.exec(after);
    // Any other short aside there is stepped over too: "5+ years (3+ in Python) of experience".
    const rest = alt ? after.slice(alt[0].length) : after.replace(/^\s{0,2}\([^()]{0,60}\)/, '');
    const mEnd = offset + m.index + m[0].length;
    const expAfter = EXPERIENCE_AFTER.test(rest) || (MINIMUM_AFTER.test(rest) && /\b(?:experience|exp)\b/i.test(line))
      // "3+ years in analytics", "5 years with Python": a skill or field right after.
      || (IN_SKILL_AFTER.test(rest) && skillAt(mEnd, mEnd + Math.min(rest.length, 50)) !== 0)
      || (section !== 'other' && /^[\s*•·\-–]*$/.test(before) && OPENS_ITEM_IN.test(rest))
      || (rest === after && section !== 'other' && ofSkill(after, mEnd, skillAt))
      // "3+ years Python", "5 years SQL Server": a skill named right after, in an ask.
      || (rest === after && section !== 'other' && nextToSkill(after, mEnd, skillAt));
    // "Industry experience for the Junior Bioinformatician (1-3 years) and Senior (3-5 years)":
    // a bracketed figure in the clause of an experience word is that experience's length.
    const bracketed = !labelBefore && BRACKET_BEFORE.test(before) ? EXPERIENCE_CLAUSE.exec(sentence.slice(Math.max(0, m.index - 100), m.index)) : null;
    // "Professional experience in applied research desired, preferably two years plus": the
    // figure ends the clause of the experience it measures.
    const earlier = sentence.slice(Math.max(0, m.index - 160), m.index);
    const trailing = !labelBefore && bracketed === null && TRAILING_FIGURE.test(after) && (EXPERIENCE_EARLIER.test(earlier) || EXPERIENCE_IS.test(earlier));
    const expBefore = labelBefore || bracketed !== null || trailing;
    // "…, or 3+ years with a PhD", "MS + 2 years": years offered against a degree.
    const withDegree = DEGREE_AFTER.test(after) || DEGREE_BEFORE.test(before);
    // "Python: 1 year (Preferred)": a job board's experience list, one skill per line.
    const listed = !expAfter && !expBefore && !withDegree && LISTED_BEFORE.test(before) && LISTED_AFTER.test(after)
      && (/\S/.test(after) || skillAt(offset + Math.max(0, m.index - 40), offset + m.index));
    // "Strong SQL (3+ yrs)", "Python (5 years), SQL (3 years)": a skill's figure in the bracket after it.
    const skillBracket = !expAfter && !expBefore && !withDegree && !listed && SKILL_BRACKET_BEFORE.test(before) && BRACKET_CLOSE_AFTER.test(after)
      && skillAt(offset + Math.max(0, m.index - 40), offset + m.index) !== 0;
    if (!expAfter && !expBefore && !withDegree && !listed && !skillBracket) continue;
    if (listed || skillBracket) {
      out.push({ min: lo, max: hi !== null && hi > lo ? hi : null, kind: 'skill', section: /preferred/i.test(after) ? 'preferred' : section, at: offset + m.index });
      continue;
    }
    // "With over 20 years of experience, our firm…": the company's, not the candidate's.
    hasDegree ??= DEGREE_WORD.test(sentence);
    // After a colon comes the ask itself: "Help us scale: 3+ years of …".
    const head80 = sentence.slice(Math.max(0, m.index - 80), m.index);
    const head = head80.slice(head80.lastIndexOf(':') + 1);
    if (COMPANY_SUBJECT.test(head) && !CANDIDATE_SUBJECT.test(head) && !hasDegree) continue;
    // "We have combined experience of 20+ years of building fintech": the founders' pooled years.
    if (COMPANY_SUBJECT.test(head) && COMBINED.test(sentence) && !/\byou|candidate/i.test(sentence)) continue;
    if (COMPANY_AFTER.test(after) && !/\byou|candidate/i.test(sentence) && !hasDegree) continue;
    // "With millions of diners and 25+ years of experience, OpenTable is …".
    if (/^\s*with\b/i.test(sentence) && COMPANY_NAMED_AFTER.test(after) && !/\byou|candidate/i.test(sentence)) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    let kind: YearsKind = 'overall';
    let named = 0;
    if (hasDegree) kind = 'degree';
    else {
      // Is a skill named between "years" and "experience", or right after "experience in/with"?
      const expIdx = after.search(/\bexperience\b/i);
      const upTo = expIdx >= 0 ? expIdx + 'experience'.length + 40 : 50;
      const window = after.slice(0, upTo);
      const cut = window.search(/[.;,]\s/);
      const span = cut >= 0 ? window.slice(0, cut) : window;
      // "5+ years of experience developing machine learning models" in an ML posting is the
      // role's own experience; "2 years building NLP systems" is one skill's.
      named = skillAt(end, end + span.length);
      // "Experience with Python (3+ years)": the skill stands between the word and the bracket.
      if (named === 0 && bracketed) {
        const clauseEnd = start - 1;
        named = skillAt(clauseEnd - bracketed[1]!.length, clauseEnd);
      }
      // "5+ years of industry experience in software engineering with Java": experience of a kind
      // (industry, professional, total) in a field is the role's own, whatever tool follows.
      if (named !== 0 && OVERALL_IN_FIELD.test(after) && skillAt(end, end + (OVERALL_IN_FIELD.exec(after)?.[0].length ?? 0)) === 2) named = 0;
      // "8+ years of any software engineering experience": experience of any kind in a field is the role's own.
      if (named === 2 && ANY_FIELD.test(after)) named = 0;
      if (named !== 0) kind = 'skill';
      // "1+ years of experience optimizing training pipelines", "4 years in a leadership role": one
      // activity's or one kind of role's experience, not the role's overall experience.
      // "3+ years of experience with some/all of the following:": the figure of the tools listed.
      else if (ACTIVITY_AFTER.test(after) || LEAD_ROLE_AFTER.test(after) || FOLLOWING_AFTER.test(after)) kind = 'skill';
    }
    // "2+ years of C++ experience preferred": the figure is a nice-to-have, whatever the heading.
    const sec = section === 'required' && YEARS_PREFERRED_AFTER.test(after) ? 'preferred' : section;
    // "10+ years of software or ML experience, including 4+ years in deep learning": the
    // second figure is a part of the first, which is the overall one.
    const outer = NESTED_BEFORE.test(before) ? out[out.length - 1] : undefined;
    // "PhD and seven (7) years' experience, including two (2) years' leadership experience": with a
    // degree in the sentence too, the part stays a part of the whole.
    if (outer && outer.kind === 'degree' && kind === 'degree' && /\b(?:including|incl\.|of\s+which)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?$/i.test(before)) kind = 'skill';
    else if (outer && outer.kind !== 'degree' && kind !== 'degree') {
      outer.kind = 'overall';
      outer.bare = true;
      kind = 'skill';
    }
    const joined = !outer && AND_NESTED_BEFORE.test(before) ? out[out.length - 1] : undefined;
    if (joined && joined.min > lo && (joined.kind !== 'skill' || joined.field) && (kind !== 'degree' || joined.kind === 'degree')) {
      if (joined.kind === 'skill') { joined.kind = 'overall'; joined.bare = true; }
      kind = 'skill';
      named = 0;
    }
    if (kind === 'skill' && (AS_ROLE.test(after) || OR_RELATED_ROLE.test(after))) kind = 'overall';
    // "Solid proficiency with Python for data processing, with at least 2-3 years of hands-on
    // experience": the figure measures the skill asked for before it in its sentence.
    if (kind === 'overall' && m.index <= 160 && SKILL_ASK_THEN_YEARS.test(sentence.slice(0, m.index)) && skillAt(offset, offset + m.index) === 1) kind = 'skill';
    const lowered = alt ?? DEGREE_BRACKET_AFTER_EXPERIENCE.exec(after);
    if (lowered) {
      const altMin = toNumber(lowered[1]);
      if (altMin !== null && altMin < lo) out.push({ min: altMin, max: null, kind: 'degree', section: sec, at: start });
      kind = 'degree';
    }
    out.push({ min: lo, max: hi !== null && hi > lo ? hi : null, kind, section: sec, at: start, bare: kind === 'overall' && (BARE_OVERALL.test(after) || AS_ROLE.test(after)),
      ...(kind === 'overall' && SENIOR_ROLE_AFTER.test(after) ? { senior: true } : {}),
      ...(kind === 'skill' && named === 2 ? { field: true } : {}) });
  }
  // "PhD, or MS and 3 years": a degree offered alone against a degree with years means no
  // experience is required of the first (EXTRACTION.md: 0 when "PhD with no experience" is an option).
  // "Doctorate degree OR Master's degree and 2 years OR Bachelor's degree and 4 years": a list of
  // options in capitals separates them as ", or" does (one "OR" alone is the plain "PhD or MS + 3
  // years"); "…; or Master's degree": the last option may stand after the sentence's semicolon.
  const options = (x: string) => x.indexOf(' OR ') !== x.lastIndexOf(' OR ') ? x.replace(/ OR /g, ', or ') : x;
  // "PhD, or 5+ years of equivalent experience": years in the degree's place, no degree beside them.
  if (out.some((c) => c.kind === 'degree') && (DEGREE_ALONE_OR.test(options(sentence)) || DEGREE_ALONE_LAST.test(options(sentence)) || DEGREE_ALONE_BRACKET.test(sentence) || DOCTORATE_ALONE_LAST.test(sentence)
    || (line !== sentence && line.length <= 400 && DEGREE_ALONE_LAST.test(options(line))))) {
    out.push({ min: 0, max: null, kind: 'degree', section, at: out[0]!.at });
  } else if (out.length > 0 && FRESHER_OR.test(sentence)) {
    out.push({ min: 0, max: null, kind: 'degree', section, at: out[0]!.at });
  } else if (out.length > 0 && DEGREE_OR_YEARS.test(sentence)) {
    // "Bachelor's degree or four years of work experience": the years stand in for the degree.
    out.push({ min: 0, max: null, kind: 'degree', section, at: out[0]!.at, substitute: true });
  }
  // "6+ years with a BS, 4+ with an MS, or 2+ with a PhD": a ladder of degrees whose later rungs
  // leave out the unit; "or a PhD without experience": a rung of none.
  if (out.some((c) => c.kind === 'degree')) {
    LADDER_RUNG.lastIndex = 0;
    for (let m = LADDER_RUNG.exec(sentence); m; m = LADDER_RUNG.exec(sentence)) {
      const lo = toNumber(m[1]);
      if (lo !== null && lo <= 30) out.push({ min: lo, max: null, kind: 'degree', section, at: offset + m.index });
    }
    if (DEGREE_WITHOUT_EXPERIENCE.test(sentence)) out.push({ min: 0, max: null, kind: 'degree', section, at: out[0]!.at });
  }
  // "Senior: 5+ years; Medior: 2+ years", "3+ years (Senior) or 1+ (Junior)": one figure per
  // level, each the role's overall experience at that level; the smallest is the posting's.
  if (LEVEL_HINT.test(sentence) && (/\b(?:experience|exp)\b/i.test(line) || (section === 'required' && LEVEL_YEARS_BRACKET.test(sentence)))) {
    LEVEL_FIGURE.lastIndex = 0;
    const levels: YearsCandidate[] = [];
    for (let m = LEVEL_FIGURE.exec(sentence); m; m = LEVEL_FIGURE.exec(sentence)) {
      const lo = toNumber(m[1] ?? m[2] ?? m[3]);
      if (lo === null || lo > 30) continue;
      levels.push({ min: lo, max: null, kind: 'overall', section, at: offset + m.index, bare: true });
    }
    // A figure with no unit ("1+ (Junior)") counts only beside one that says years.
    if (levels.length > 0 && YEARS_WORD.test(sentence)) out.push(...levels);
  }
  if (ROMANCE_YEARS_WORD.test(sentence)) romanceYears(sentence, offset, section, out);
  if (DUTCH_YEARS_WORD.test(sentence)) dutchYears(sentence, offset, section, out);
  // "Years of experience: 5+" (a form's label, the role's overall figure unless already read);
  // "Minimum Level: 2-3" in a line about years of experience.
  labelled(YEARS_LABEL, sentence, offset, section, true, out);
  if (/\byears?\b/i.test(line) && /\bexperience\b/i.test(line)) labelled(MINIMUM_LEVEL, sentence, offset, section, false, out);
  return out;
}

/**
 * The figures a label pattern (groups 1 and 2: from, to) gives in a sentence, added to `out`.
 * A form's label (`form`) gives the role's overall figure, once: not where one was read already.
 */
function labelled(re: RegExp, sentence: string, offset: number, section: Section, form: boolean, out: YearsCandidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const lo = toNumber(m[1]);
    const at = offset + m.index;
    if (lo === null || lo > 30 || (form && out.some((c) => c.at >= at && c.at < at + m![0].length))) continue;
    const hi = toNumber(m[2]);
    out.push({ min: lo, max: hi !== null && hi > lo ? hi : null, kind: 'overall', section, at, ...(form ? { bare: true } : {}) });
  }
}

/**
 * Figures of years in a French or Spanish sentence, added to `out`: only beside the word for
 * experience ("3 ans d'expérience", "Experiencia : 3 años", "(3 à 7 ans d'experience)"), and
 * not where the employer speaks of itself ("nous accompagnons nos clients depuis plus de 20 ans",
 * "contamos con más de 20 años de experiencia") unless the sentence asks the candidate too. A team's
 * ages ("L'équipe (25-30 ans)") and days a week are not figures of experience.
 */
function romanceYears(sentence: string, offset: number, section: Section, out: YearsCandidate[]): void {
  ROMANCE_YEARS.lastIndex = 0;
  for (let m = ROMANCE_YEARS.exec(sentence); m; m = ROMANCE_YEARS.exec(sentence)) {
    const lo = toNumber(m[1]);
    if (lo === null || lo > 30) continue;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (m[3] === undefined && !ROMANCE_LABEL_BEFORE.test(before)) continue;
    const head = sentence.slice(0, m.index);
    if (ROMANCE_EMPLOYER.test(head) && !ROMANCE_CANDIDATE.test(sentence)) continue;
    const hi = toNumber(m[2]);
    out.push({ min: lo, max: hi !== null && hi > lo ? hi : null, kind: 'overall', section, at: offset + m.index, bare: true });
  }
}

/**
 * Figures of years in a Dutch sentence, added to `out`: only with the word for experience right
 * after ("5 jaar werkervaring in een soortgelijke functie"), and not where the employer speaks of
 * itself ("wij bestaan al 40 jaar") unless the sentence asks the candidate too.
 */
function dutchYears(sentence: string, offset: number, section: Section, out: YearsCandidate[]): void {
  DUTCH_YEARS.lastIndex = 0;
  for (let m = DUTCH_YEARS.exec(sentence); m; m = DUTCH_YEARS.exec(sentence)) {
    const lo = toNumber(m[1]);
    if (lo === null || lo > 30 || m[3] === undefined) continue;
    if (DUTCH_EMPLOYER.test(sentence.slice(0, m.index)) && !DUTCH_CANDIDATE.test(sentence.slice(0, m.index))) continue;
    const hi = toNumber(m[2]);
    out.push({ min: lo, max: hi !== null && hi > lo ? hi : null, kind: 'overall', section, at: offset + m.index, bare: true });
  }
}

/** Skills that are fields a whole role is in: years of experience in one are the role's experience. */
export const FIELD_SKILLS: ReadonlySet<string> = new Set(['machine-learning', 'artificial-intelligence', 'data-science', 'software-engineering',
  'data-analysis', 'statistics', 'data-engineering', 'bioinformatics', 'computational-biology', 'predictive-modeling', 'statistical-modeling',
  'data-analytics', 'quantitative-analysis']);

/** Choose the posting's figure from every candidate found. */
export function chooseYears(cands: YearsCandidate[]): { min: number; max: number | null; section: Section } | null {
  if (cands.length === 0) return null;
  // A figure that is only a nice-to-have gives way to a required one.
  let pool = cands.filter((c) => c.section === 'required');
  // "BS + 6 years or MS + 3 years" required, then "Bonus: PhD with 1+ years": one more option by
  // degree, offered apart (EXTRACTION.md: of the options by degree, the smallest figure).
  // Only where the requirements themselves offer options by degree: "Bachelor's and 4+ years"
  // required, then "Preferred: Doctorate and 2+ years" is a wish, not a way in.
  if (pool.filter((c) => c.kind === 'degree').length >= 2) pool = pool.concat(cands.filter((c) => c.kind === 'degree' && c.section === 'preferred'));
  if (pool.length === 0) pool = cands.filter((c) => c.section !== 'other');
  if (pool.length === 0) pool = cands;
  // "5+ years as a data engineer" and "2+ years as senior/staff data engineer", "8+ years in machine
  // learning" and "3+ years as a team lead": the first is the role's.
  if (pool.some((c) => c.senior) && pool.some((c) => !c.senior && (c.kind !== 'skill' || c.field))) pool = pool.filter((c) => !c.senior);
  // "6+ years of industry experience" beside "4+ years of experience building X": the overall one.
  const bare = pool.filter((c) => c.bare);
  if (bare.length > 0 && !pool.some((c) => c.kind === 'degree')) pool = bare;
  const primary = pool.filter((c) => c.kind !== 'skill');
  const fields = primary.length ? primary : pool.filter((c) => c.field);
  let from = fields.length ? fields : pool;
  if (from.some((c) => c.substitute) && from.some((c) => c.kind === 'overall' && c.section === 'required')) from = from.filter((c) => !c.substitute);
  let best = from[0]!;
  for (const c of from) {
    if (c.min < best.min || (c.min === best.min && sectionRank(c.section) < sectionRank(best.section))) best = c;
  }
  return { min: best.min, max: best.max, section: best.section };
}

function sectionRank(s: Section): number {
  return s === 'required' ? 0 : s === 'preferred' ? 1 : 2;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(POST_DEGREE_WINDOW, SENIOR_ROLE_AFTER, COMBINED, DUTCH_YEARS_WORD, DUTCH_YEARS, DUTCH_EMPLOYER, DUTCH_CANDIDATE, OPENS_ITEM_IN, BRACKET_FIGURE, FOLLOWING_AFTER, ROMANCE_YEARS_WORD, ROMANCE_YEARS, ROMANCE_LABEL_BEFORE, ROMANCE_EMPLOYER, ROMANCE_CANDIDATE, TRAILING_FIGURE, EXPERIENCE_EARLIER, EXPERIENCE_IS, LADDER_RUNG, DEGREE_WITHOUT_EXPERIENCE, SERVED_AFTER, OVERALL_IN_FIELD, YEARS, YEARS_LABEL, EXPERIENCE_LABEL_LINE, LABEL_VALUE_LINE, MINIMUM_LEVEL, EXPERIENCE_AFTER, DEGREE_BRACKET_AFTER, DEGREE_BRACKET_AFTER_EXPERIENCE, SKILL_BRACKET_BEFORE, BRACKET_CLOSE_AFTER, POST_AFTER, UP_TO_BEFORE, BELOW_BEFORE, FIGURE_EARLIER, BETWEEN_BEFORE, IN_SKILL_AFTER, OF_SKILL_AFTER, MINIMUM_AFTER, DEGREE_AFTER, DEGREE_BEFORE, EXPERIENCE_BEFORE, WORKED_FOR, BRACKET_BEFORE, EXPERIENCE_CLAUSE, LEVEL_YEARS_BRACKET, LEVEL_HINT, LEVEL_FIGURE, NOT_EXPERIENCE_AFTER, COMPANY_NAMED_AFTER, BARE_OVERALL, OR_RELATED_ROLE, SKILL_ASK_THEN_YEARS, AS_ROLE, ANY_FIELD, ACTIVITY_AFTER, LEAD_ROLE_AFTER, AND_NESTED_BEFORE, NESTED_BEFORE, YEARS_PREFERRED_AFTER, LISTED_BEFORE, LISTED_AFTER, COMPANY_AFTER, NOT_EXPERIENCE_BEFORE, OTHERS_BEFORE, COMPANY_SUBJECT, CANDIDATE_SUBJECT, DEGREE_ALONE_OR, DEGREE_ALONE_LAST, DOCTORATE_ALONE_LAST, DEGREE_ALONE_BRACKET, DEGREE_OR_YEARS, FRESHER_OR, DEGREE_WORD, YEARS_WORD, DECADES, MONTHS, MINIMUM_WORD, EXPERIENCE_LIKE);
