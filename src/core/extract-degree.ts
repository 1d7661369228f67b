// The degree a posting asks for: the lowest level it names as qualifying ("BS/MS" → bachelor,
// "MS required, PhD preferred" → master), whether that is required or preferred, the field
// ("in Computer Science, Statistics or a related field") and whether equivalent experience is
// accepted instead.
import type { DegreeLevel, Section } from './schema';
import { registerRegexps } from './regexps';
import { linkSpans } from './ambiguity';

export interface DegreeMention {
  level: DegreeLevel;
  section: Section;
  at: number;
  /** Index of the field span on the same sentence, if any. */
  field: string | null;
  equivalent: boolean;
  /** The sentence also reads like a requirement (degree word + "in", "required", …). */
  strong: boolean;
  /** Names only the fields ("Preferred Majors: …"), not a level. */
  fieldOnly?: boolean;
  /** "The degree should be in …": a degree the posting named before; no level of its own where another is named. */
  anaphoric?: boolean;
  /** "… a PhD, or an MSc with exceptional experience": a lower degree offered in place of a higher one. */
  instead?: boolean;
}

// Long forms are unambiguous; the short ones (BS, MS, BA, MA) are also words, states and units.
const LONG = /\b(ph\.?\s?d\.?s?|doctorates?|(?:first|second|third)[- ]cycle\s+(?:(?:degrees?|qualifications?)(?:\s*\/\s*(?:degrees?|qualifications?))?|level|studies|education)|doctoral\s+degrees?|d\.?phil|master(?:['’‘´ʼ]s|s|\ss(?=\s+(?:degree|in|or|and)\b|\s*\/))(?:\s+degree)?|master\s+(?:degree|of\s+(?:science|arts|engineering|business|public))|bachelor(?:['’‘´ʼ]s|s)?(?:\s+degree)?|bachelor\s+of|advanced\s+(?:university\s+|academic\s+|college\s+|research\s+)?degrees?|graduate\s+degrees?|post-?graduate\s+degrees?|undergraduate\s+degrees?|(?:4|four)[- ]year\s+degrees?|(?<=\bgraduate\s+of\s+an?\s+)(?:4|four)[- ]year\s+(?:college\s+|university\s+)?(?:courses?|programs?|programmes?)|college\s+degrees?|university\s+degrees?|(?:(?:successfully\s+)?completed|finished)\s+(?:your\s+)?(?:university\s+|academic\s+|higher\s+|technical\s+|scientific\s+)?(?:studies|education)|(?:university|academic)\s+(?:studies|education)|(?:master(?:['’‘´ʼ]s)?|bachelor(?:['’‘´ʼ]s)?|doctoral|ph\.?\s?d)[\s-]+level|graduated\s+(?:in|from)|studied(?<=\b(?:have|has|having)\s+(?:successfully\s+)?studied)(?=\s+(?!(?:the|a|an|how|what|why|this|these|those|our|your|it|them)\b)[a-z])|studies(?<=^[\s\-–•*·]{0,4}studies)(?=\s+(?:in|of)\s)|bac\s?\+\s?[345]|m[aá]ster(?=\s+(?:en|universitari[oa]|oficial)\s)|grado(?=\s+(?:en|universitario)\s)|graduad[oa]\s+universitari[oa]|licenciatura|(?:wo\s?\/\s?)?hbo(?:\s?\/\s?wo)?[\s-]+(?:opleiding|diploma|niveau|denkniveau|werk-\s+en\s+denkniveau|bachelor)|(?:hbo\s?\/\s?)?wo[\s-]+(?:opleiding|diploma|niveau|denkniveau|werk-\s+en\s+denkniveau)|universitaire\s+(?:opleiding|studie)|t[ií]tulo\s+universitario|titulaci[oó]n\s+universitaria|doctorado|doctorat(?![a-z])|dipl[oô]me\s+d['’]\s?ing[ée]nieur|advanced\s+\([^()]{1,30}\)\s+degrees?|(?:abgeschlossenes?\s+)?(?:hochschul|fachhochschul|universitäts)?studium(?=\s+(?:der|des|in|im|als|mit|einer|eines)\b)|(?:hochschul|studien|universitäts)abschlu(?:ss|ß)|post[-\s]?baccalaureate(?:\s+degrees?)?|major(?<=^[\s\-–•*·]{0,4}(?:(?:an?|your)\s+)?major|\b(?:have|has|hold|holds|with)\s+an?\s+major)(?=\s+in\s+[A-Z])|degrees?|tertiary\s+(?:qualifications?|education|studies)|higher\s+education(?<=^[\s\-–•*·]{0,4}(?:(?:a|completed)\s+)?higher\s+education)(?=\s+in\s)|post[-\s]?graduate(?:\s+(?:qualifications?|diplomas?|studies|education|programs?|programmes?))?(?=\s+(?:in|of)\s)|post[-\s]?graduate\s+(?:qualifications?|diplomas?)|undergraduate(?=\s+(?:in|of|students?|studies|programs?|programmes?)\b|\s+(?:or|and|and\/or)\s+(?:an?\s+)?(?:master|graduate|postgraduate|advanced))|any\s+graduate(?!\s+(?:degree|diploma|program|programme|studies|school|qualification))|any\s+graduation|(?:first[- ]class\s+)?honou?rs(?:\s+degree)?(?=\s*(?:\/|\(|\bor\b|\bin\b|\bdegree\b))|(?<=\/\s?)(?:first[- ]class\s+)?honou?rs\b|graduation(?=\s?\/\s?post[-\s]?graduation\b)|(?<=\b(?:qualifications?|education)\s?:\s{0,3})(?:post[-\s]?)?graduation\b|(?:post[-\s]?)?graduation(?=\s+(?:in|from)\s)|(?<!\b(?:will|to|you|must|should|shall|can|who|they|we|i)\s+)graduate(?=\s+(?:in|or)\s|\s?\/\s?post[-\s]?graduate\b)(?!\s+in\s+(?:(?:the\s+)?(?:fall|spring|summer|winter|autumn)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}\b))|master(?=\s*\((?:or\b|M\.?Sc|MA\b|MEng|M[12]\b|equivalent)|\s*\/\s*(?:ph\.?\s?d|bachelor|BSc|MSc|diploma)|\s+or\s+(?:equivalent|higher|above|ph\.?\s?d|doctorate|bachelor|diploma)\b|\s+(?:in|of)\s+[A-Z]|\s+(?:studies|programme|program|diploma|qualification|students?)\b|\s*\)))\b/gi;
const SHORT = /(?<![\w.])([BM]\.\sSc\.?|B\.?[Aa]\.?Sc|B\.?S\.?c?|BSc|[BM]sc|[BM]tech|B\.S\.|B\.A\.?|BA|BEng|B\.Eng|B\.?Tech|BTECH|B\.E\.|BE|M\.?S\.?c?|MSc|M\.S\.|M\.A\.?|MA|MEng|M\.Eng|M\.?Tech|MTECH|M\.E\.|ME|MBA|MPH|BCA|MCA)(?![\w])/g;
/** After "PhD": the post itself ("PhD position", "PhD studentship", "PhD project"). */
const POST_OFFERED_AFTER = /^\.?(?:\s{0,2}(?:\/|or|and)\s{0,2}(?:m\.?a\.?sc|m\.?sc|ms|master['’]?s?|postdoc|ra|research\s+assistant)\b\.?)*[\s-]{0,2}(?:(?:research|doctoral|funded|fully[- ]funded|industrial)\s+)?(?:positions?|students?\s+(?:will|would|shall|is\s+expected|are\s+expected|with\s+(?:an?\s+|strong\s+)?interests?|to\s+(?:develop|work|join|study|investigate|explore|conduct|carry\s+out)|within|in\s+(?:the|our|a)|at\s+(?:the|our)|on\s+(?:the|a|an|our))\b|programs?\s+(?:in|at|of)\b|programmes?\s+(?:in|at|of)\b|studentships?|topics?|opportunit(?:y|ies)|id\b|reference|projects?|school|thesis|theses|fellowships?|scholarships?|vacanc(?:y|ies)|openings?|funding|stipends?|salary|contracts?|supervisors?|supervision)\b/i;
/**
 * A sentence about the employer, its people or its offer, outside any requirements: "Founded by
 * PhDs in Physics", "half the team holds a PhD", "we sponsor Master's degrees", "supervise
 * Master's students". A degree there is nobody's requirement unless the reader is addressed.
 */
const NOT_ASKED = /\b(?:we|we're|we've|our|us|founded|founders?|team\s+(?:of|holds?|has|have|includes?)|half\s+(?:of\s+)?(?:the|our)\s+team|staff|employees|sponsor\w*|supervis\w*|teach\w*|lectur\w*|mentor\w*|students|courses?|budget|reimburs\w*|tuition|scholarships?)\b/i;
const ASKED = /\b(?:you|your|candidates?|applicants?|required|requires?|must|minimum|should|qualif\w*|ideal|looking\s+for|seek\w*|bring)\b/i;
/** After "MS": a Microsoft product, not a master's. */
const MICROSOFT_AFTER = /^[\s-]{1,2}(?:Office|Excel|Word|Access|Project|Teams|SQL|PowerPoint|Power\s?(?:BI|Point|Apps|Automate)|Visio|Outlook|SharePoint|Dynamics|Azure|Fabric|Windows|Exchange|Visual|365)\b/;
/** After a bare "degree": "of autonomy", "degrees Celsius" — a measure, unless "of" names the studies ("degree of Bachelor of Science"). */
const NOT_STUDIES_AFTER = /^(?:s?\s+(?:celsius|fahrenheit|centigrade|certificates?|transcripts?|documents?|copies)\b|\s+of\s+(?!(?:bachelor|master|doctor|science|arts|engineering|philosophy|licen[cs]iate|study|studies|education)\b)[a-z])/i;
/** Before a bare "degree": "to a / to some / to what degree", "360-degree", "a high degree". */
/**
 * Before a degree the reader is not asked to hold: "2+ years of experience after Bachelor's degree"
 * (a point in time), "the CTO (PhD, software engineer …)" (the team's own).
 */
/**
 * A person's own story in a posting: a founder's or a colleague's bio ("He also has a masters in
 * Generative AI"), a reply in a forum thread ("I am a radiologist with 10 years of experience").
 * It asks the reader for nothing, unless it goes on to ("I have 10 years in ML and am looking for
 * someone with 3").
 */
const PERSON_BIO = /^(?:i|i['’](?:m|ve)|he|she)\s+(?:(?:also|previously|currently|already|now|still|myself|himself|herself)\s+)?(?:am|was|have|has|had|hold|holds|held|earned|received|completed|graduated|studied|spent|worked|led|brings?|been)\b(?!\s+to\b)(?![^.;]{0,240}\b(?:you|your|candidates?|applicants?|someone|looking\s+for|seeking|hire|hiring|join)\b)/i;
const MIGHT_HAVE = /^you\s+might\s+(?:already\s+|also\s+)?have\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:degree|ph\.?\s?d|master|bachelor|msc|bsc)/i;
/** Where a sentence's words start, past its bullet, quote or indent. */
function wordsStart(sentence: string): number {
  let i = 0;
  while (i < sentence.length && ' \t\n*•·-–>"“'.includes(sentence[i]!)) i++;
  return i;
}
/** PERSON_BIO on a sentence's first few hundred characters, once its opening marks are passed. */
export function personBio(sentence: string): boolean {
  const i = wordsStart(sentence);
  const c = sentence.charCodeAt(i) | 32;
  return (c === 105 || c === 104 || c === 115) && PERSON_BIO.test(sentence.slice(i, i + 400));
}
/** MIGHT_HAVE on a sentence's first characters, once its opening marks are passed. */
function mightHave(sentence: string): boolean {
  const i = wordsStart(sentence);
  return (sentence.charCodeAt(i) | 32) === 121 && MIGHT_HAVE.test(sentence.slice(i, i + 120));
}
const NOT_HELD_BEFORE = /(?:\b(?:after|since)\s+(?:(?:a|an|the|your|their)\s+)?|\b(?:CEO|CTO|CFO|COO|CSO|founder|co-?founder|director|professor)\s*\(\s*)$/i;
/** After a bare "degree": a level wished for in brackets ("(preferably PhD)", "(ideally a Master's)"). */
const WISHED_LEVEL_AFTER = /^\s*\(\s*(?:(?:preferably|ideally|pref\.)\s|[^()]{1,40}?\s(?:preferred|preferable|desirable|desired|advantageous|(?:is|are|would\s+be)\s+(?:an?\s+)?(?:advantage|plus|bonus|asset)|an?\s+(?:advantage|plus|bonus|asset))\s*\))/i;
/** Just before a degree: a wish ("preferably PhD", "ideally an MSc"). */
const WISHED_BEFORE = /\b(?:preferably|ideally)\s+(?:an?\s+)?$/i;
const NOT_STUDIES_BEFORE = /(?:\bassociate(?:['’]?s)?\s+(?:(?:of|in)\s+(?:applied\s+)?(?:arts|sciences?)\s+)?|\bto\s+(?:a|an|some|any|what|which|the\s+same|a\s+(?:certain|large|great|lesser|greater|high)|this)\s+|(?<![\d:.])\d{1,3}[\s-]?|\b(?:high|certain|large|great|greater|significant|considerable|reasonable|varying|utmost)\s+)$/i;
// "a BS program", "MS students": the word after names the studies.
const SHORT_CONTEXT_AFTER = /^\.?\s*(?:\+\s+in\s|\/|,\s*(?:[BM]\.?[SA]|MSc|BSc|Ph\.?D|or)|or\s+(?:an?\s+)?(?:[BM]\.?[SA]|MSc|BSc|Ph\.?D|higher|equivalent|[Mm]aster|[Bb]achelor|[Dd]octora|[Aa]dvanced\s+degree|[Gg]raduate\s+degree)|\s+(?:in|degree|with|\+|plus|required|preferred|or\s+higher|\(|and\s+\d|\d|program(?:me)?s?\b|students?\b|candidates?\b))/;
const SHORT_CONTEXT_BEFORE = /(?:\/|\(\s*|\b(?:or|and|a|an|your|with|have|hold|holds|requires?d?|minimum|preferred|plus|\(|,)\s*|\b(?:a|an)\s+(?:relevant|related|completed|recognised|recognized|good|strong|first|second)\s+|\b(?:qualifications?|education|degree|studies)\s*:\s*)$/i;
// "in Computer Science, Statistics or a related field": stops at the first word that ends a list of
// fields, or at another degree offered instead ("PhD in Physics, or MS and 3 years"). The dot of "PhD." and a bracketed aside ("Master's or higher degree (may be substituted by
// work experience) in …") may stand before the "in"; "within a STEM discipline (…)" says the same.
const FIELD_AFTER = /^\.?([^.;:\n()]{0,40}?(?:\s*\([^()]{0,120}\))?[^.;:\n()]{0,40}?)\b(?:with)?in\s+([^;\n]{2,220})/i;
/**
 * "Bachelor's degree or equivalent experience (preferably in Mathematics, …)", "… or equivalent
 * practical experience, ideally in CS": the experience offered in place of the degree stands
 * between the degree and its fields (set off by a comma or a bracket: "or equivalent experience in
 * data engineering" is experience, not a field of study).
 */
const EQUIVALENT_GAP = /^(?:['’]?s)?(?:\s+degree)?\s*,?\s*or\s+(?:an?\s+)?(?:equivalent|comparable)\s+(?:[\w-]+\s+){0,2}?experience\s*(?:,\s*|\(\s*)(?=(?:(?:preferably|ideally|especially|typically|usually)\s+)?in\s)/i;
/** "BS+ with concentration in Stats, Math", "a degree with a focus on Statistics": the field named after a concentration. */
const FOCUS_GAP = /^(?:['’]?s)?(?:\s+degree)?\+?\s*,?\s*with\s+(?:an?\s+)?(?:(?:strong|clear|particular)\s+)?(?:concentration|speciali[sz]ation|focus|emphasis|major|minor|specialty|orientation)\s+(?=(?:in|on)\s)/i;
/** Between a degree and its "in": "'s degree", "/ PhD degree", "or equivalent", "from a top university". */
const FIELD_GAP_BAD = /\b(?:with|experience|and|who|years?|background|knowledge|work|working|plus|have|has)\b/i;
/** "Preferred Majors: Computer Science, Physics" — the whole rest of the line is fields. */
/**
 * "Data Scientists from diverse backgrounds such as physics, statistics…", "a quantitative
 * background (e.g. mathematics)", "our employees have backgrounds in physics, chemistry": the list
 * names fields of study, not skills asked for. Only
 * "backgrounds" with a qualifier: "fields such as NLP" and "scientists across multiple disciplines
 * including biochemistry" name areas of work and are left alone.
 */
const BACKGROUNDS = /\b(?:academic|diverse|different|various|varied|quantitative|scientific|STEM|numerate)\s+backgrounds?\s*,?\s*(?:such\s+as|like|including|e\.g\.,?|\(\s*e\.g\.,?|\()\s*|\b(?:have|with|bring|from)\s+backgrounds\s+in\s+/gi;
/**
 * "A background in computer science, applied mathematics, statistics, or a related technical
 * field": a list closed by "or a related field" is a list of fields of study, as after a degree.
 * Without that close ("a background in NLP and search") the list stays skills.
 */
const BACKGROUND_IN = /\bbackground\s+in\s+/gi;
/** Before "background in": the word that makes it one's studies. */
const EDUCATION_BEFORE = /\b(?:educational|academic|education|university|scholastic)\s+$/i;
const OTHERS_HINT = /supervis|mentor|teach|tutor|coach|advis/i;
/** Before a degree: a verb or noun of looking after people, a few words back ("supervise junior (", "co-advising of"). */
const LOOKS_AFTER = /\b(?:(?:co-?)?supervis\w*|mentor\w*|teach\w*|tutor\w*|coach\w*|(?:co-?)?advis\w*)\s+(?:of\s+|with\s+)?(?:(?:the|our|your|several|junior|senior|undergraduate|graduate|other|[\w-]+)\s+){0,3}?\(?\s*(?:(?:[\w.]+)\s*(?:,|and|or|\/)\s*){0,2}$/i;
/** After it, the people: "students", "researchers", "(…) theses". */
const PEOPLE_AFTER = /^\s*\)?\s*(?:(?:,|and|or|\/)\s*(?:[\w.]+\s*){1,2}\)?\s*)?(?:level\s+)?(?:students?|researchers?|candidates?|scholars?|interns?|trainees?|theses|thesis|projects?)\b/i;
/** "Degree: Mathematics, statistics, computer science": a label whose list is the fields a degree may be in. */
const DEGREE_LABEL = /\b(?:degree|diploma)s?(?:\s+(?:fields?|subjects?|areas?|disciplines?))?\s*[:：]\s*(?=[A-Z])/gi;
const RELATED_FIELD_END = /^[^.;:!?]{0,200}?\bor\s+(?:an?\s+|any\s+|other\s+|another\s+)?(?:closely\s+)?(?:related|similar|relevant|equivalent|comparable|allied)\s+(?:[\w-]+\s+){0,2}?(?:fields?|disciplines?|subjects?|areas?)\b/i;
/** The head of a bracket that names another degree: "(PhD a plus)", "(or a Master's)". */
const BRACKET_DEGREE = /^\s*(?:or\s+|and\s+|ideally\s+|preferably\s+|an?\s+)?(?:ph\.?\s?d|doctorate|master|bachelor|M\.?Sc\b|B\.?Sc\b|MS\b|BS\b)/i;
/** An acronym in brackets: "(STEM)", "(CS)". */
const BRACKETED_ACRONYM = /^\([A-Z]{2,8}s?\)/;
/** A bracket of one or two words opening a list item: "(Applied) Math", "(bio)statistics". */
const BRACKETED_PREFIX = /^\([A-Za-z-]{2,20}(?:\s[A-Za-z-]{2,20})?\)\s?(?=(?!(?:or|and)\b)[A-Za-z])/;
const MAJORS = /\b(?:majors?|fields? of study|disciplines?)\s*:\s*(.{2,300})$/i;
const FIELD_STOP = /\.(?:\s|$|(?=[A-Z]))|(?<=\bor\s+(?:an?\s+|any\s+|other\s+)?(?:closely\s+)?(?:related|similar|relevant|equivalent|allied)\s+(?:[\w-]+\s+)?(?:fields?|areas?|disciplines?|subjects?))|,?\s+and\s+(?:will|must|should|shall|have|has|had|be|is|are|experience|knowledge|proficiency|expertise|familiarity)\b|\b(?:with|plus|preferred|required|is|are|who|where|that|focusing|focused|to|and\s+\d|\d+\+?\s+years?|from\s+an?\s|or\s+(?:an?\s+)?equivalent|or\s+(?:an?\s+|the\s+)?(?:b\.?\s?s\.?c?|b\.?\s?a|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?eng|ph\.?\s?d|d\.?\s?phil|masters?|bachelors?|doctorate|doctoral|graduate\s+degree|advanced\s+degree))\b|[;:]/i;
/** After a degree: its fields in a bracket, led by a word that says so ("(preference: STEM degree, statistics, …)", "(e.g. physics, maths)"). */
const BRACKET_FIELDS = /^\s*(?:(?:programs?|programmes?|studies|course)\s*\(\s*(?:(?:preference|preferred|preferably|ideally|e\.\s?g\.?|such\s+as|for\s+example|i\.\s?e\.?|in)\s*[:,]?\s*)?|\(\s*(?:preference|preferred|preferably|ideally|e\.\s?g\.?|such\s+as|for\s+example|i\.\s?e\.?|in)\s*[:,]?\s*)([^()]{2,200})\)/i;
/** A degree accepted as well: "… with a relevant MSc … would also be considered", "… with a Master's are also encouraged to apply". */
const ALSO_CONSIDERED = /\b(?:(?:would|will|may|can|could|shall)\s+also\s+be\s+(?:considered|accepted|eligible)|(?:are|is)\s+also\s+(?:welcome|encouraged|eligible)(?:\s+to\s+apply)?|will\s+be\s+considered\s+as\s+well)\b/i;
/** After a degree: its fields as examples, "a technical degree such as mathematics, statistics, …". */
const FIELDS_SUCH_AS = /^\s*(?:programs?\s+|programmes?\s+)?,?\s*(?:such\s+as|like|e\.\s?g\.,?|including)\s+(?=\S)/i;
/** "an area related to", "a field close to", "disciplines relevant to": a lead before the fields themselves. */
const RELATED_LEAD = /^(?:an?\s+|the\s+|any\s+)?(?:(?:quantitative|technical|scientific)\s+)?(?:areas?|fields?|disciplines?|subjects?|domains?)\s+(?:closely\s+)?(?:related|relevant|close|allied|linked)\s+to\s+/i;
/** A bracket of example fields: "(e.g., Biology with strong quantitative background, Biostatistics)". */
const FIELD_EXAMPLES = /^\(\s*(?:e\.g\.?|i\.e\.?|such\s+as|including|for\s+example|for\s+instance|like)[,:]?\s[^()]{1,200}\)/i;
/** A bracket right after "related fields" holds them without an "e.g.": "or related fields (statistics, applied math)". */
const PLAIN_FIELD_BRACKET = /^\(\s*[A-Za-z][^()]{1,200}\)/;
const RELATED_FIELDS_END = /\b(?:related|relevant|similar|allied|quantitative|technical|scientific|STEM)\s+(?:fields?|disciplines?|areas?|subjects?)\s*$/i;
/** The examples of the fields in a bracket at the head of `rest`, after `before`; null when none. */
function fieldExamples(rest: string, before: string): RegExpExecArray | null {
  return FIELD_EXAMPLES.exec(rest) ?? (RELATED_FIELDS_END.test(before) ? PLAIN_FIELD_BRACKET.exec(rest) : null) ?? SUBJECT_LIST_BRACKET.exec(rest);
}
/** A bracket that only lists subjects, capitalised: "Hard Sciences (Physics, Chemistry, Biology, etc.)". */
const SUBJECT_LIST_BRACKET = /^\(\s*[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}(?:\s*,\s*(?:and\s+|or\s+)?[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}){1,8}(?:\s*,?\s*etc\.?)?\s*\)/;
/** What joins the items of a list of fields. */
const FIELD_SEPARATOR = /\s*(?:[,;/&(]|\b(?:and|or|as\s+well\s+as|plus|including|e\.g\.?|such\s+as)\b)\s*/gi;
const EQUIVALENT = /\bor\s+(?:an?\s+)?equivalent\b|\bequivalent\s+(?:combination|practical|work|professional|industry|relevant|level|experience)\b|\bin\s+lieu\s+of\b/i;
/** A degree word, its field if written ("PhD in a quantitative field"), then "is" / "are". */
const DEGREE_THEN_FIELD = String.raw`\b(?:ph\.?\s?d\.?|doctorate|degree|master(?:['’‘´ʼ]s|s)?|bachelor(?:['’‘´ʼ]s|s)?)(?:\s+(?:in|of)\s+[^.;:,()]{1,60}?)?\s+(?:is\s+|are\s+)?`;
/** "welcome but", "a plus, though": a wish before the waiver. */
const WISH_BUT = String.raw`(?:welcome|nice|helpful|great|useful|a\s+plus|an?\s+(?:advantage|asset|bonus)|preferred|valued|appreciated)\s*,?\s*(?:but|though|although)\s+`;
const NEGATED = new RegExp(String.raw`\b(?:no|not|without)\s+(?:a\s+)?(?:formal\s+)?(?:degree|ph\.?\s?d|master'?s?|bachelor'?s?)\b|${DEGREE_THEN_FIELD}(?:${WISH_BUT})?not\s+(?:strictly\s+)?(?:required|needed|necessary|a\s+requirement|mandatory)\b|\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t|will\s+not)\s+(?:need|require|have\s+to\s+have|expect\s+(?:you\s+to\s+have|an?))\s+(?:(?:a|an|any)\s+)?(?:formal\s+|university\s+|college\s+|advanced\s+)?(?:degree|ph\.?\s?d|master(?:['’]?s)?|bachelor(?:['’]?s)?)\b`, 'i');
/** A waiver that still names the degree wished for ("welcome but not required"), rather than "no degree required". */
const WISHED_WAIVER = new RegExp(String.raw`${DEGREE_THEN_FIELD}${WISH_BUT}not\b`, 'i');
const LOCAL_PREFERRED = /^[^,;]{0,60}?\b(?:preferred|a\s+(?:big\s+|strong\s+|huge\s+)?plus|desired|desirable|nice\s+to\s+have|an?\s+advantage|advantageous|beneficial|an\s+asset|bonus|welcome)\b/i;
const LOCAL_REQUIRED = /^[^,;]{0,60}?\b(?:required|a\s+must|mandatory|minimum)\b/i;
// "someone with a PhD", "you hold a master's", "you will hold a relevant PhD": the degree is asked of the reader.
const STRONG_CONTEXT = /\b(?:degree|required|preferred|qualif\w*|must|minimum|equivalent|plus)\b|\bin\s+[A-Z]|\b(?:with|hold(?:s|ing)?|have|has|possess(?:es|ing)?)\s+an?\s+(?:(?:relevant|related|completed|good|strong|recent|advanced|postgraduate|graduate|university)\s+)?(?:ph\.?\s?d|doctorate|master|bachelor)/i;

/**
 * Cheap first look: most sentences name no degree at all. Every match of LONG, SHORT and MAJORS
 * contains a match of one of these (SHORT's forms are case-sensitive, and so is their check).
 */
const RANK: Record<DegreeLevel, number> = { bachelor: 0, master: 1, phd: 2 };
/** What joins two degrees both asked for: "… as well as a doctorate", "… and a master's degree". */
const BOTH_ASKED = /\b(?:as\s+well\s+as|and|plus|in\s+addition\s+to|followed\s+by)\s+(?:also\s+)?(?:a|an)\s+$/i;
/** A choice between the two, or a cue that gives each its own section ("a BSc required and an MSc preferred"). */
const EITHER = /\bor\b|\/|\balternative|\b(?:required|minimum|preferred|preferably|ideally|desired|desirable|plus)\b/i;
/** "in sociology or a related discipline", "or equivalent": a choice of field, not of degree. */
const ANY_RELATED = /\bor\s+(?:an?\s+|the\s+)?(?:(?:closely\s+)?(?:related|relevant|similar|equivalent|comparable|allied)(?:\s+(?:fields?|disciplines?|subjects?|areas?|degrees?|qualifications?))?|equivalent)\b/gi;
export const QUICK_WORDS = /studium|abschluss|hbo|\bwo[\s-]|universitaire|degree|m[aá]ster|grado|graduad[oa]|licenciatura|t[ií]tulo\s+univ|titulaci|dipl[oô]me|(?:first|second|third)[- ]cycle|tertiary|ph\.?\s?d|bachelor|master|doctor|d\.?phil|major|field|disciplin|studie|education|graduate|graduation|background|\bbac\s?\+/i;
const QUICK_SHORT = /(?<![\w.])[BM](?:\.?[SAET]|\.\sS|BA|PH|CA|sc\b|tech\b)/;

/**
 * A posting written all in lower case ("ms in statistics", "bs/ms in computer science", "b.sc. in
 * chemistry"): the short degrees in a degree's company ("in", "/", "degree", "or", a bracket) put
 * back in the case the reading knows them by, one character for one.
 */
export function recaseShortDegrees(text: string): string {
  return text.replace(LOWER_SHORT, (m) => {
    const up = m.toUpperCase();
    // "BSc", "B.Sc", "MEng", "B.Tech": the case SHORT reads them in.
    return up.replace(/(?<=S)C$|(?<=S\.)C$/, 'c').replace(/ENG$/, 'Eng').replace(/(?<=\.)TECH$/, 'Tech');
  });
}
const LOWER_SHORT = /(?<![\w.])(?:b\.?s\.?c|b\.s\.|bs|b\.a\.|b\.?eng|b\.?tech|m\.?s\.?c|m\.s\.|ms|m\.a\.|m\.?eng|m\.?tech|mba|mph|bca|mca)(?=\.?\s*(?:\/|in\s|degree|or\s|and\s|,|\)|\+|$))/g;

/** Whether a sentence may name a degree at all (false means degreesInSentence finds nothing). */
export function mayNameDegree(sentence: string): boolean {
  return QUICK_WORDS.test(sentence) || QUICK_SHORT.test(sentence);
}

/** The case-sensitive half of mayNameDegree (BS, MSc, MBA…); hints.ts finds the other half. */
export function mayNameShortDegree(sentence: string): boolean {
  return QUICK_SHORT.test(sentence);
}

/** A person's name and a comma right before a degree: "Carlos Rossa, PhD", "**Marco Tognon, Ph.D." */
const SIGNED_BEFORE = /(?:^|[\s*_])[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zà-ÿ'’-]+,\s{0,2}$/;

function levelOf(s: string): DegreeLevel {
  const t = s.toLowerCase().replace(/[’.\s-]/g, '');
  if (/^(?:phd|doctorate|doctoral|dphil|thirdcycle|doctorado|doctorat)/.test(t)) return 'phd';
  // The Dutch higher professional education (HBO) is a bachelor's; university (WO) alone, a master's.
  if (/hbo/.test(t)) return 'bachelor';
  if (/^wo(?:opleiding|diploma|niveau|denkniveau|werk)/.test(t)) return 'master';
  // The French engineer's diploma is a master's-level degree; the Spanish máster a master's.
  if (/^(?:diplômed['’]ingénieur|diplomed['’]ingenieur|máster)/.test(t)) return 'master';
  // The Bologna cycles as Swedish and other European universities name them: second cycle, a master's.
  if (t.startsWith('secondcycle')) return 'master';
  // "A major in Statistics": the subject of a first degree.
  if (t === 'major') return 'bachelor';
  if (t.startsWith('postbaccalaureate')) return 'master';
  // "Graduate in Statistics", "any graduate": someone with a first degree; "graduate degree": a master's.
  // "Any graduation", "Graduation in CS" (Indian English): a first degree.
  if (t === 'graduate' || t === 'anygraduate' || t.startsWith('graduation') || t.startsWith('anygraduation')) return 'bachelor';
  if (/^(?:master|ms|msc|ma|me$|meng|mtech|mba|mph|mca|advanced|graduate(?!d(?:in|from))|postgraduat|bac\+5)/.test(t)) return 'master';
  return 'bachelor';
}

/**
 * The fields of study at the head of `text` (which starts at `at`, in text offsets): up to the first
 * word that ends a list of fields, or to the separator before the first skill no one studies.
 */
function fieldList(text: string, at: number, notFieldAt: (from: number, to: number) => number): string {
  // "in an area related to computational biology, …": the fields come after the lead.
  const lead = RELATED_LEAD.exec(text);
  if (lead) {
    const rest = fieldList(text.slice(lead[0].length), at + lead[0].length, notFieldAt);
    return rest ? lead[0] + rest : lead[0].trimEnd();
  }
  let list = text;
  // A list opened by a bracket ends with it ("a STEM discipline (Computer Science, Statistics,
  // etc.) What you'll do"); a bracket after a list of several is an aside ("…, or computer science
  // (all levels welcome)").
  for (let i = 0, depth = 0; i < list.length; i++) {
    // "in computer science (PhD is a plus)": a bracket that opens on another degree is no field.
    if (list[i] === '(' && depth === 0 && BRACKET_DEGREE.test(list.slice(i + 1, i + 24))) { list = list.slice(0, i); break; }
    // "(Applied) Math", "(bio)statistics": a bracketed word before the next is part of that item.
    // "Mathematics (STEM), such as …": an acronym in brackets names the list, which goes on.
    const prefix = list[i] === '(' && depth === 0 ? BRACKETED_PREFIX.exec(list.slice(i, i + 48)) ?? BRACKETED_ACRONYM.exec(list.slice(i, i + 12)) : null;
    if (prefix) { i += prefix[0].length - 1; continue; }
    if (list[i] === '(') {
      // "…, or relevant fields (e.g., Biology, Biostatistics)": examples of the fields end the list with them.
      const examples = depth === 0 ? fieldExamples(list.slice(i), list.slice(0, i)) : null;
      if (examples) { list = list.slice(0, i + examples[0].length); break; }
      if (depth === 0 && list.slice(0, i).includes(',')) { list = list.slice(0, i); break; }
      depth++;
    } else if (list[i] === ')') {
      if (--depth < 0) { list = list.slice(0, i); break; }
      if (depth === 0) { list = list.slice(0, i + 1); break; }
    }
  }
  // "e.g." and "i.e." inside a list of fields do not end it.
  const stop = list.replace(/\b(e\.g|i\.e|etc)\./gi, (x) => x.replace(/\./g, '_')).search(FIELD_STOP);
  if (stop >= 0) {
    // "or relevant fields (e.g., …)": the stop after "related fields" keeps the examples that follow.
    // (The stop may fall inside "fields", after "field": the rest of the word goes too.)
    const gap = /^\w*\s*/.exec(list.slice(stop))![0].length;
    const examples = fieldExamples(list.slice(stop + gap), list.slice(0, stop + gap));
    list = list.slice(0, examples ? stop + gap + examples[0].length : stop);
  }
  // "Master in Computer Science, Python and SQL": no one studies Python; the fields end where
  // the first such skill begins, and the skills after are read as skills.
  const tool = notFieldAt(at, at + list.length);
  if (tool >= 0) {
    // Back to the separator before it: "Computer Science and strong Python skills" → "Computer Science".
    const head = list.slice(0, tool - at);
    let cut = head.length;
    FIELD_SEPARATOR.lastIndex = 0;
    for (let sm = FIELD_SEPARATOR.exec(head); sm; sm = FIELD_SEPARATOR.exec(head)) cut = sm.index;
    list = head.slice(0, cut);
  }
  return list.replace(/[\s,]+$/, '');
}

/** Degree mentions in one sentence. */
export function degreesInSentence(sentence: string, offset: number, section: Section,
  /** Start (in text offsets) of the first skill in [from, to) that is no field of study (a language, library, tool, platform), or -1. */
  notFieldAt: (from: number, to: number) => number = () => -1): { mentions: DegreeMention[]; fieldSpans: Array<[number, number]> } {
  const mentions: DegreeMention[] = [];
  const fieldSpans: Array<[number, number]> = [];
  if (sentence.length > 3000) sentence = sentence.slice(0, 3000);
  if (!mayNameDegree(sentence)) return { mentions, fieldSpans };
  if (personBio(sentence)) return { mentions, fieldSpans };
  // "You might have a CS degree. You might not.": a possibility, not an ask.
  if (mightHave(sentence)) return { mentions, fieldSpans };
  const found: Array<{ at: number; end: number; text: string; anaphoric?: boolean }> = [];
  const links = linkSpans(sentence);
  LONG.lastIndex = 0;
  for (let m = LONG.exec(sentence); m; m = LONG.exec(sentence)) {
    // A bare "Master in Physics" (European postings) is the degree; "a master of/in" written in
    // lower case is more often a person's mastery ("a master of data storytelling").
    if (m[0] === 'master' && /^\s+(?:in|of)\s/.test(sentence.slice(m.index + 6, m.index + 10))) continue;
    // "a PhD position", "a 3-year PhD studentship": the post offered, not a degree asked of the reader.
    if (/^(?:ph|doc)/i.test(m[0]) && POST_OFFERED_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // A link ("…/PhD/Call-PhD-Programmes/…") and a signature ("Carlos Rossa, PhD") name no degree asked.
    if (links.some(([a, b]) => m!.index >= a && m!.index < b) || (/^ph/i.test(m[0]) && SIGNED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) && /^\.?\s*(?:,|\*|$)/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4)))) continue;
    // "a high degree of autonomy", "to some degree", "a 360-degree view": a measure, not studies.
    // "degrees in physics or maths" asks; "copies of your degrees", "degrees and transcripts" are papers.
    if (/^degrees$/i.test(m[0]) && !/^\s+in\s/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    if (/^degrees?$/i.test(m[0]) && (NOT_STUDIES_AFTER.test(sentence.slice(m.index + m[0].length, m.index + 40)) || NOT_STUDIES_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index)))) continue;
    if (NOT_HELD_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "The department offers bachelor programs in …, master programs in …": what it teaches.
    if (/^\s+(?:programs?|programmes?|courses?)\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 14))
      && /\b(?:offers?|offering|provides?|runs?|teach(?:es)?|hosts?)\b[^.;]{0,60}$/i.test(sentence.slice(Math.max(0, m.index - 70), m.index))) continue;
    // "PhD in ML with Master level training in chemistry", "PhD-level expertise": a depth of knowledge, not a degree.
    if (/[\s-]level$/i.test(m[0]) && /^\s+(?:training|knowledge|expertise|understanding|skills?|experience|proficiency|mathematics|statistics|math|maths|courses?|coursework|classes)\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "Taught undergraduate or graduate level coursework", "undergraduate courses": what one teaches, not a degree held.
    if (/^undergraduate$/i.test(m[0]) && /\b(?:taught|teach(?:es|ing)?|lectur(?:e|ed|ing)|instruct(?:ed|ing)?|tutor(?:ed|ing)?)\s+$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "admitted to third-cycle studies": the doctoral programme the post is in, not a degree held.
    if (/^third[- ]cycle\s+(?:studies|education)$/i.test(m[0])) continue;
    // "The degree should be in Computer Science", "an older degree", "an equivalent degree": a degree named before, told more of.
    const anaphoric = /^degree$/i.test(m[0]) && /\b(?:the|your|this|that|such|said|older|earlier|equivalent|comparable|foreign|similar|same)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index));
    found.push({ at: m.index, end: m.index + m[0].length, text: m[0], ...(anaphoric ? { anaphoric } : {}) });
  }
  SHORT.lastIndex = 0;
  for (let m = SHORT.exec(sentence); m; m = SHORT.exec(sentence)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const before = sentence.slice(Math.max(0, m.index - 18), m.index);
    // "MS Office", "MS Excel", "MS SQL Server": Microsoft's products.
    if (m[0] === 'MS' && MICROSOFT_AFTER.test(after)) continue;
    // "MBA or CFA": an MBA is a degree wherever it stands; the other short forms are also words.
    // "BE Mechanical Engineering": an engineering degree named with its field, no "in" between.
    const engineering = /^(?:BE|ME)$/.test(m[0]) && /^\s(?:[A-Z][a-z]+\s+){1,3}(?:Engineering|Technology)\b/.test(after);
    if (NOT_HELD_BEFORE.test(before)) continue;
    if (m[0] === 'MBA' || engineering || SHORT_CONTEXT_AFTER.test(after) || SHORT_CONTEXT_BEFORE.test(before)) {
      // "Cambridge, MA" is a state: a short form needs a degree nearby or an "in …" after it.
      // "Cambridge, MA or Boston" too: after "or", another degree must follow.
      // "BE/ME in Computer Science": Indian English's engineering degrees without their dots; never
      // in shouted text ("MUST BE IN"), and only beside another degree or before "in" / "degree".
      if (/^(?:BE|ME)$/.test(m[0]) && (/[A-Z]{2,}\s+$/.test(before) || !(/^\s*(?:\/\s*(?:[BM]\.?[A-Z]|Ph)|in\s+[A-Z]|degree)/.test(after) || engineering || /(?:[BM]\.?[A-Z][\w.]*|Ph\.?D)\s*\/\s*$/.test(before)))) continue;
      if (/^(?:MA|BA)$/.test(m[0]) && !/^\s*(?:\/|in\s|degree|with|,\s*(?:[BM]\.?[SA]|Ph)|or\s+(?:an?\s+)?(?:[BM]\.?[SA]|MSc|BSc|Ph\.?D|[Mm]aster|[Bb]achelor|[Dd]octora|equivalent|higher))/.test(after) && !/\/\s*$/.test(before)) continue;
      found.push({ at: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // "supervise MSc and PhD students", "mentoring of junior (MSc and PhD) researchers": the degrees of
  // the people the role looks after, not one asked of the reader.
  if (found.length > 0 && OTHERS_HINT.test(sentence)) {
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      if (LOOKS_AFTER.test(sentence.slice(Math.max(0, f.at - 60), f.at)) && PEOPLE_AFTER.test(sentence.slice(f.end, f.end + 40))) found.splice(i, 1);
    }
  }
  const majors = MAJORS.exec(sentence);
  // Looked for only once something was found: "no degree required" says nothing is asked.
  // "A PhD is welcome but not required", "PhD preferred but not required": the degree is not
  // asked, yet it names the level wished for, so it stands as preferred.
  let waived = false;
  if ((found.length > 0 || majors) && NEGATED.test(sentence)) {
    if (!WISHED_WAIVER.test(sentence)) return { mentions, fieldSpans };
    waived = true;
  }
  if (majors) fieldSpans.push([offset + majors.index + majors[0].length - majors[1]!.length, offset + sentence.length]);
  if (/background|disciplin|field|subject|(?:degree|diploma)s?\s*[:：]/i.test(sentence)) {
    for (const re of [BACKGROUNDS, BACKGROUND_IN, DEGREE_LABEL]) {
      re.lastIndex = 0;
      for (let b = re.exec(sentence); b; b = re.exec(sentence)) {
        const at = b.index + b[0].length;
        const rest = sentence.slice(at, at + 220);
        // "An educational background in Mathematics, Analytics, or Data Science": studies by name.
        if (re === BACKGROUND_IN && !RELATED_FIELD_END.test(rest) && !EDUCATION_BEFORE.test(sentence.slice(Math.max(0, b.index - 24), b.index))) continue;
        const list = fieldList(rest, offset + at, notFieldAt);
        if (list) fieldSpans.push([offset + at, offset + at + list.length]);
      }
    }
  }
  if (found.length === 0) {
    // A "Majors:" line on its own still says which fields count.
    if (majors) mentions.push({ level: 'bachelor', section, at: offset + majors.index, field: majors[1]!.trim().slice(0, 160), equivalent: false, strong: false, fieldOnly: true });
    return { mentions, fieldSpans };
  }
  found.sort((a, b) => a.at - b.at);
  // A bare "degree" says no level when another degree word is near ("PhD degree", "BS degree",
  // "Bachelor's or higher degree"); alone ("a degree in Physics") it means at least a bachelor's.
  const withBare = found.slice();
  // ("A good degree (preferably PhD)": the level in the bracket is a wish; the degree asked stays.)
  const named = found.filter((f) => !/^degrees?$/i.test(f.text) || WISHED_LEVEL_AFTER.test(sentence.slice(f.end, f.end + 64)));
  if (named.length > 0) found.splice(0, found.length, ...named);
  // "University degree (MSc)", "Degree in physics (MSc or PhD)", "Completed studies (Master)": the brackets say which degree.
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    // ("A good degree (preferably PhD)": a wish beside the degree asked, which stays.)
    if (/^(?:university|college)?\s*degrees?$|(?:studies|education)$/i.test(f.text) && /^[^();.]{0,100}\(\s*(?:(?:at\s+least|min(?:imum)?\.?|e\.\s?g\.,?|i\.\s?e\.,?)\s+)?$/i.test(sentence.slice(f.end, next.at))
      && !WISHED_LEVEL_AFTER.test(sentence.slice(f.end, f.end + 64))) found.splice(i, 1);
  }
  // "A university degree in sociology … as well as a doctorate", "a bachelor's degree and a
  // master's degree in CS": both are asked, so the higher one is the requirement; the lower is
  // the step on the way to it ("or" between them is a choice, and the lowest counts).
  // Neighbours only, and one pass: a sentence of a thousand degrees stays linear.
  const both = new Set<number>();
  for (let i = 0; i + 1 < found.length; i++) {
    const lower = found[i]!;
    const higher = found[i + 1]!;
    if (higher.at - lower.end > 160 || RANK[levelOf(higher.text)] <= RANK[levelOf(lower.text)]) continue;
    const between = sentence.slice(lower.end, higher.at).replace(ANY_RELATED, '');
    if (BOTH_ASKED.test(between) && !EITHER.test(between) && !LOCAL_PREFERRED.test(sentence.slice(higher.at, higher.at + 80))) both.add(i);
  }
  if (both.size > 0) found.splice(0, found.length, ...found.filter((_, i) => !both.has(i)));
  const equivalent = EQUIVALENT.test(sentence);
  // Outside the requirements, a sentence about the employer names no degree of the reader's.
  const strong = STRONG_CONTEXT.test(sentence) && !(section === 'other' && NOT_ASKED.test(sentence) && !ASKED.test(sentence));
  // Field lists after the last degree word of a run ("BS/MS in …", "Master's degree from X in …"),
  // a bare "Degree" too where a named level elsewhere gives the level ("Degree in physics, … (from
  // bachelor's to doctorate)").
  let field: string | null = null;
  for (const f of withBare) {
    let rest = sentence.slice(f.end, f.end + 280);
    // Blanked, not cut: the offsets of the fields stay those of the sentence. (Looked for only
    // where the words are: a sentence of a thousand degrees reads each character a bounded number of times.)
    const near = rest.slice(0, 40).toLowerCase();
    if (near.includes('equivalent') || near.includes('comparable')) rest = rest.replace(EQUIVALENT_GAP, (gap) => ' '.repeat(gap.length));
    else if (near.includes('with')) rest = rest.replace(FOCUS_GAP, (gap) => ' '.repeat(gap.length)).replace(/^(\s*)on(?=\s)/, '$1in');
    const m = FIELD_AFTER.exec(rest);
    // A bracketed aside before the "in" ("(or higher, can be substituted by work experience)") is no gap.
    if (!m || FIELD_GAP_BAD.test(m[1]!.replace(/\([^()]*\)/g, ''))) continue;
    const listStart = f.end + m.index + m[0].length - m[2]!.length;
    const list = fieldList(m[2]!, offset + listStart, notFieldAt);
    if (!list || /^(?:(?:a|an|the)\s+(?:similar|related|relevant)?\s*(?:role|position|environment|team|setting)|(?:the\s+)?following)\b/i.test(list)) continue;
    fieldSpans.push([offset + listStart, offset + listStart + list.length]);
    if (field === null && !/^(?:a|an)\s+(?:relevant|related|similar)\s+field$/i.test(list)) field = list.replace(/^(?:a|an|the)\s+/i, '').slice(0, 160);
  }
  // "a bachelor's degree program (preference: STEM degree, statistics, data science, …)": the
  // bracket after the degree names its fields.
  for (const f of withBare) {
    // "a technical degree such as mathematics, statistics, …": the fields as examples. (The pattern
    // runs only where one of its words is: a sentence of a thousand degrees stays cheap to read.)
    const head = sentence.slice(f.end, f.end + 30);
    const lower = head.toLowerCase();
    const such = lower.includes('such') || lower.includes('like') || lower.includes('e.') || lower.includes('includ') ? FIELDS_SUCH_AS.exec(head) : null;
    if (such) {
      const listStart = f.end + such[0].length;
      const list = fieldList(sentence.slice(listStart, listStart + 220).split('\n')[0]!, offset + listStart, notFieldAt);
      if (list) fieldSpans.push([offset + listStart, offset + listStart + list.length]);
    }
    const b = BRACKET_FIELDS.exec(sentence.slice(f.end, f.end + 260));
    if (!b) continue;
    const listStart = f.end + b.index + b[0].length - 1 - b[1]!.length;
    const list = fieldList(b[1]!, offset + listStart, notFieldAt);
    if (list) fieldSpans.push([offset + listStart, offset + listStart + list.length]);
  }
  const multi = new Set(found.map((f) => levelOf(f.text))).size > 1;
  // "Strong candidates with a relevant MSc and research experience would also be considered": a
  // degree the posting accepts as well, in a sentence of its own after the one it asks for.
  const alsoConsidered = !multi && ALSO_CONSIDERED.test(sentence);
  // The degrees in text order, for the neighbours of each (one sort: a sentence of a thousand degrees stays near linear).
  const byAt = [...found].sort((a, b) => a.at - b.at);
  const place = new Map(byAt.map((f, i) => [f, i] as const));
  const firstAfter = (at: number) => {
    let lo = 0;
    let hi = byAt.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byAt[mid]!.at <= at) lo = mid + 1; else hi = mid; }
    return lo < byAt.length ? byAt[lo]! : undefined;
  };
  for (const f of found) {
    let sec = section;
    // "Master's degree in CS (PhD is a plus)": the cue in the next degree's bracket is that degree's.
    // "BS or MS degree (PhD preferred)": nor the cue in a later degree's bracket, past the next one.
    const paren = sentence.indexOf('(', f.end);
    const bracketed = paren >= 0 && paren < f.at + 80 ? firstAfter(paren) : undefined;
    const end = bracketed ? Math.min(bracketed.at, f.at + 80) : f.at + 80;
    const local = sentence.slice(f.at, end);
    if (multi) {
      // "Masters required, Ph.D. preferred": each degree takes the word next to it.
      // "A good degree (preferably PhD)": or the word just before it.
      if (LOCAL_PREFERRED.test(local) || WISHED_BEFORE.test(sentence.slice(Math.max(0, f.at - 16), f.at))) sec = 'preferred';
      else if (LOCAL_REQUIRED.test(local)) sec = 'required';
    } else if (/\b(?:preferred|a\s+(?:big\s+|strong\s+)?plus|desired|desirable|nice\s+to\s+have|bonus|an?\s+advantage)\b/i.test(sentence)) {
      sec = 'preferred';
    } else if (section === 'other' && /\b(?:required|must|minimum)\b/i.test(sentence)) {
      sec = 'required';
    }
    if (waived) sec = 'preferred';
    // "A PhD in ML, or equivalent — or an MSc with exceptional experience": a lower degree offered
    // in place of a higher one named beside it qualifies, wherever the sentence stands.
    const level = levelOf(f.text);
    const i = place.get(f)!;
    const instead = alsoConsidered || [byAt[i - 1], byAt[i + 1]].some((g) => g !== undefined && RANK[levelOf(g.text)] > RANK[level]
      && Math.max(g.at, f.at) - Math.min(g.end, f.end) <= 200 && /\bor\b/i.test(sentence.slice(Math.min(g.end, f.end), Math.max(g.at, f.at))));
    mentions.push({ level, section: sec, at: offset + f.at, field, equivalent, strong, ...(f.anaphoric ? { anaphoric: true } : {}), ...(instead ? { instead: true } : {}) });
  }
  return { mentions, fieldSpans };
}


export function chooseDegree(all: DegreeMention[]): { level: DegreeLevel; section: Section; field: string | null; equivalentExperience: boolean } | null {
  let mentions = all.filter((m) => !m.fieldOnly);
  if (mentions.some((m) => !m.anaphoric)) mentions = mentions.filter((m) => !m.anaphoric);
  let pool = mentions.filter((m) => m.section !== 'other');
  // "PhD required … Nice to have: a Master's degree": a degree wished for beside one required is
  // no qualifying level of its own; the lowest required one is the posting's ("MS required, PhD
  // preferred" → master). A preferred degree counts where none is required ("PhD preferred").
  if (pool.some((m) => m.section === 'required')) pool = pool.filter((m) => m.section === 'required' || m.instead);
  if (pool.length === 0) pool = mentions.filter((m) => m.strong);
  if (pool.length === 0) return null;
  let best = pool[0]!;
  for (const m of pool) {
    if (RANK[m.level] < RANK[best.level]) best = m;
    else if (m.level === best.level && m.section === 'required' && best.section !== 'required') best = m;
  }
  const field = best.field ?? pool.find((m) => m.field)?.field ?? all.find((m) => m.fieldOnly)?.field ?? null;
  return { level: best.level, section: best.section, field, equivalentExperience: pool.some((m) => m.equivalent) };
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(MIGHT_HAVE, SUBJECT_LIST_BRACKET, PERSON_BIO, WISHED_LEVEL_AFTER, WISHED_BEFORE, NOT_HELD_BEFORE, ALSO_CONSIDERED, SIGNED_BEFORE, LOWER_SHORT, FOCUS_GAP, EQUIVALENT_GAP, PLAIN_FIELD_BRACKET, RELATED_FIELDS_END, LONG, SHORT, POST_OFFERED_AFTER, NOT_ASKED, ASKED, MICROSOFT_AFTER, NOT_STUDIES_AFTER, NOT_STUDIES_BEFORE, SHORT_CONTEXT_AFTER, SHORT_CONTEXT_BEFORE, FIELD_AFTER, FIELD_GAP_BAD, BACKGROUNDS, BACKGROUND_IN, EDUCATION_BEFORE, OTHERS_HINT, LOOKS_AFTER, PEOPLE_AFTER, DEGREE_LABEL, RELATED_FIELD_END, BRACKET_DEGREE, BRACKETED_ACRONYM, BRACKETED_PREFIX, MAJORS, FIELD_STOP, BRACKET_FIELDS, FIELDS_SUCH_AS, RELATED_LEAD, FIELD_EXAMPLES, FIELD_SEPARATOR, EQUIVALENT, NEGATED, WISHED_WAIVER, LOCAL_PREFERRED, LOCAL_REQUIRED, STRONG_CONTEXT, BOTH_ASKED, EITHER, ANY_RELATED, QUICK_WORDS, QUICK_SHORT);
