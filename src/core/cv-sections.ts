// The parts of a CV: which heading starts which part ("Experience", "Ausbildung", "Top
// Skills"…), and the words that say what a line is (a job title, a degree). Pure.

export type CvPart =
  | 'head' // before the first heading: name, headline, contact
  | 'summary' | 'experience' | 'education' | 'skills' | 'courses' | 'projects' | 'publications'
  | 'ignore' // spoken languages, interests, references, contact: no skills to read there
  | 'other';

const HEADINGS: ReadonlyArray<[CvPart, RegExp]> = [
  ['summary', /^(?:(?:professional\s+|personal\s+|career\s+)?(?:summary|profile|objective|about(?:\s+me)?|overview)|(?:career\s+)?goals?|zusammenfassung|profil|kurzprofil)$/],
  ['experience', /^(?:(?:(?:profess?ional|work|working|relevant|research|industry|employment|academic|selected|teaching|product|management|consulting|technical|engineering|software|business|corporate|startup|analytics|data(?:\s+science)?|ai|ml|machine\s+learning)\s+)*(?:experiences?|employments?|history|positions?)(?:\s+(?:history|(?:and|&)\s+(?:employment|appointments?|secondments?|placements?|internships?)))?(?:\s+as\s+(?:an?\s+)?[a-z &/-]{3,40})?|work|(?:professional\s+)?(?:career|background)|(?:academic\s+|professional\s+)?appointments?(?:\s+(?:and|&)\s+positions?)?|positions?\s+(?:and|&)\s+appointments?|berufserfahrung|berufliche\s+erfahrung|beruflicher\s+werdegang|werdegang|employment\s+history|erfaring|experiencia(?:\s+(?:profesional|laboral))?|experi[eê]ncia\s+profissional)$/],
  ['education', /^(?:(?:previous\s+|prior\s+|other\s+)?education(?:al\s+background)?(?:\s+(?:and|&)\s+(?:training|qualifications))?|academic\s+(?:background|qualifications)|qualifications|degrees?|ausbildung|studium|bildungsweg|uddannelse|educaci[oó]n|formaci[oó]n(?:\s+acad[eé]mica)?|forma[cç][aã]o(?:\s+acad[eê]mica)?)$/],
  // Anchored as a whole: "Skills learned/learning:" inside a LinkedIn job is that job's text, not a heading.
  ['skills', /^(?:(?:(?:technical|core|key|top|computational|programming|it|lab(?:oratory)?|relevant|other)\s+)*(?:skills?|competencies|expertise|technologies|tools|(?:skills?|expertise|competencies)\s+(?:and|&)\s+(?:tools|technologies|methods|interests|skills|expertise|qualifications)|qualifications\s+(?:and|&)\s+(?:skills|competencies|expertise))(?:\s+summary)?|kenntnisse|fähigkeiten|tech(?:nical)?\s+stack|(?:(?:developer|software|data|dev|ml|analytics|programming|scientific)\s+)?(?:frameworks?|libraries|packages|tools|platforms)(?:\s+(?:and|&)\s+(?:frameworks?|libraries|packages|tools|platforms))?|skills\s+t[eé]cnicos|habilidades(?:\s+t[eé]cnicas)?|competencias(?:\s+t[eé]cnicas)?)$/],
  ['courses', /^(?:(?:online\s+)?courses?(?:work)?|certifications?|certificates?|licenses?\s+(?:and|&)\s+certifications|training|further\s+(?:education|training)|weiterbildung|continuing\s+education|certified\s+qualifications|professional\s+(?:training|development)|(?:professional\s+)?trainings?\s+(?:and|&)\s+(?:accomplishments|achievements|awards)|(?:trainings?|courses?)\s+(?:and|&)\s+certifi(?:cates|cations)|certifi(?:cates|cations)\s+(?:and|&)\s+(?:trainings?|courses?)|certificaciones(?:\s+destacadas)?|certifica[cç][oõ]es|cursos)$/],
  ['projects', /^(?:(?:selected|side|personal|individual|academic|key|open[- ]source)\s+)?projects?$/],
  ['publications', /^(?:(?:selected\s+|refereed\s+|peer[- ]reviewed\s+)?(?:publications?|papers|articles)(?:\s+list)?|(?:full\s+|complete\s+)?list\s+of\s+(?:publications|papers)|(?:invited\s+)?talks|presentations|posters|(?:publications?|papers)\s+(?:and|&)\s+(?:talks|presentations|patents))$/],
  // Leadership, community and extracurricular posts (a society's treasurer, a club's captain)
  // are not employment, but what was done there shows skills: read like projects, no jobs.
  ['projects', /^(?:volunteer\s+(?:work|experience|activities)|(?:leadership|community|campus)(?:\s+(?:and|&)\s+(?:community\s+)?(?:involvement|service|activities|engagement))?|(?:community|campus)\s+(?:involvement|service|engagement)|leadership\s+(?:experience|activities)|extra-?curricular(?:\s+activities)?|(?:other\s+)?activities)$/],
  // Teaching and mentoring end the experience part without being jobs ("6a. Teaching").
  ['other', /^(?:teaching(?:\s+(?:and|&)\s+(?:mentor(?:ing|ship)|supervision))?|mentor(?:ing|ship)|supervision|(?:academic|research)\s+interests|lehre)$/],
  // Awards, funding, service and memberships name prizes, societies, journals and meetings: no skills to read there.
  ['ignore', /^(?:languages?|sprachen|idiomas|leaves?|(?:parental|family)\s+leaves?|career\s+breaks?|interests|hobbies|references|contact|kontakt|personal\s+(?:details|information)|(?:funding|grants?|fellowships?|scholarships?)(?:\s+(?:and|&)\s+(?:awards?|honou?rs|fellowships?|scholarships?))?|awards?(?:\s+(?:and|&)\s+(?:honou?rs|grants?|funding|fellowships?))?|honou?rs(?:\s+(?:and|&)\s+awards?)?|volunteering|(?:professional\s+)?(?:memberships?|affiliations?)(?:\s+in\s+.+)?|(?:professional\s+)?service(?:\s+(?:and|&)\s+(?:outreach|leadership)|\s+(?:on|to)\s+.+)?|outreach|(?:editorial|reviewing)\s+(?:service|activities)|professional\s+activities)$/],
];

/**
 * The part a line starts when it is a heading, else null. A heading is short, has no
 * sentence punctuation, and may carry markdown marks, a trailing colon, or capitals.
 */
export function headingOf(line: string): CvPart | null {
  // "## 3. Appointments and Positions", "**Experience:**", "6a. Teaching".
  // A leading pictograph is decoration ("## 🎓 Educación", "## 🛠️ Skills").
  const t = line.trim().replace(/^#{1,6}\s+/, '').replace(/^[\p{Extended_Pictographic}\uFE0F\u200D]+\s*/u, '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/\s*:$/, '').replace(/^(?:\d{1,2}[a-z]?|[IVX]{1,4})[.)]\s+(?=\p{L})/u, '').replace(/\s*\{#[\w-]+\}$/, '').replace(/\s+\([^()]{1,60}\)$/, '').trim();
  if (t.length < 3 || t.length > 60 || /[.;!?,]|\d/.test(t)) return null;
  const key = t.toLowerCase().replace(/\s+/g, ' ');
  for (const [part, re] of HEADINGS) if (re.test(key)) return part;
  return null;
}

/** Words that make a phrase a job title ("Senior Backend Engineer", "Postdoctoral Researcher"). */
const ROLE_ASCII = '(?:sr|senior|lead|principal|group|staff|technical|associate)\\.?\\s+pm|pm(?=\\s*[&,|/])|engineer|developer|programmer|scientist|researcher|research\\s+(?:associate|assistant|fellow)|postdoc(?:toral)?|fellow|analyst|manager|owner|lead|head|director|consultant|architect|specialist|officer|technician|intern|trainee|associate|assistant|professor|lecturer|instructor|teacher|student|candidate|founder|cto|ceo|vp|biologist|chemist|physicist|statistician|mathematician|economist|designer|administrator|accountant|auditor|bookkeeper|coach|clerk|nurse|pharmacist|leader|expert|buyer|sre|devops|internship|tutor|coordinator|\\w+ologist|\\w+ician|praktikum|praktikant(?:in)?|werkstudent(?:in)?|doktorand(?:in)?|wissenschaftliche[rs]?\\s+mitarbeiter(?:in)?|entwickler(?:in)?|ingenieur(?:in)?';
/**
 * The same in the common European languages, as LinkedIn exports and local CVs write titles
 * ("Dataanalytiker", "Ingeniør", "Chercheur", "Investigadora"); letters on either side keep them whole.
 */
const ROLE_EUROPEAN = [
  'analyste', 'analista', 'développeu(?:r|se)', 'desarrollador(?:a)?', 'sviluppatore', 'desenvolvedor(?:a)?',
  'ingénieur(?:e)?', 'ingeniero/?a?', 'ingegnere', 'engenheir[oa]', 'consultor(?:a)?', 'consulente',
  'chercheu(?:r|se)', 'investigador(?:a)?', 'ricercat(?:ore|rice)', 'pesquisador(?:a)?', 'videnskabelig\\s+assistent',
  'chef', 'direktør', 'direktor', 'directeur', 'director(?:a)?', 'direttore', 'gerente', 'responsable', 'jefe',
  'stagiaire', 'stagiair', 'stagista', 'tirocinante', 'becari[oa]', 'estagiári[oa]', 'praktikant', 'referent(?:in)?', 'adjunkt', 'lektor', 'docent', 'underviser',
];
/**
 * Danish, Norwegian, Swedish, German and Dutch join a title's words into one ("Dataanalytiker",
 * "Softwareudvikler", "Projektleder"). These heads name a person whatever stands before them.
 */
const ROLE_COMPOUND = [
  'analytiker', 'udvikler', 'utvikler', 'utvecklare', 'ontwikkelaar', 'ingeniør', 'ingenjör', 'konsulent', 'konsult', 'berater(?:in)?', 'adviseur', 'rådgiver', 'rådgivare',
  'forsker', 'forskare', 'forscher(?:in)?', 'onderzoeker', 'wissenschaftler(?:in)?', 'medarbejder', 'medarbetare', 'mitarbeiter(?:in)?',
];
/**
 * Heads that also name a thing: German "Leiter" is a conductor ("Halbleiter", "Supraleiter",
 * "Wärmeleiter") and Danish/Norwegian "leder" too ("Halvleder"). Such a head is a title alone
 * ("Leiter Data Science") or after a job-title part: a part joined by the linking s
 * ("Abteilungsleiter", "Afdelingsleder"), or ending in one of the usual team and project words
 * ("Forschungsgruppenleiter"), or a hyphen ("IT-Leiter"); any other compound is not a title.
 */
const ROLE_HEAD_AMBIGUOUS = '(?:leiter(?:in)?|leder|ledare)';
const ROLE_HEAD_PART = '(?:\\p{L}*?(?:\\p{L}{2}s|projekt|project|team|gruppen?|gruppe|labor|lab|produkt|filial|büro|kontor|werk|schicht|fach|lager|studien|daten|data|salg|butik|hold|klinik|bereich|afdeling|avdeling))';
export const ROLE_WORD = new RegExp(
  `\\b(?:${ROLE_ASCII})\\b|(?<![a-zà-ÿ])(?:${ROLE_EUROPEAN.join('|')})(?![a-zà-ÿ])|(?:${ROLE_COMPOUND.join('|')})(?![a-zà-ÿ])`
  + `|(?<![\\p{L}])${ROLE_HEAD_PART}?${ROLE_HEAD_AMBIGUOUS}(?![\\p{L}])|(?<=\\p{L}-)${ROLE_HEAD_AMBIGUOUS}(?![\\p{L}])`,
  'iu',
);

/** Doctoral research as a position: it is study towards the degree, not professional experience (see README). */
export const DOCTORAL = /\b(?:ph\.?\s?d\.?|(?:pre-?)?doctoral|doctorate|dphil|(?:post-?)?graduate)\s+(?:student|candidate|researcher|research(?:er)?\s+(?:assistant|fellow)|fellow|studies)\b|\b(?:doktorand(?:in)?|doctorant(?:e)?|promovendus|dottorand[oa]|doctorand[oa]|doutorand[oa]|ph\.?d\.?-(?:studerende|stipendiat))\b|\bgraduate\s+research\s+assistant\b/i;

/**
 * A post held as a student: not professional experience (see README). A title that says so
 * ("Student Assistant", "Werkstudent", "Undergraduate Researcher", "Graduate Teaching Assistant")
 * is one wherever it stands; TEACHING_POST and RESEARCH_ASSISTANT are judged by when they were held.
 */
export const STUDENT_POST = /\b(?:working\s+student|student(?:ische[rs]?)?\s+(?:teaching\s+|research\s+)?(?:assistant|assistent|researcher|worker|job|employee|helper|hilfskraft|mitarbeiter(?:in)?)|(?:under)?graduate\s+(?:teaching|student)\s+assistant|undergraduate\s+(?:research(?:er)?|research\s+assistant|intern)|summer\s+(?:research\s+)?student|werkstudent(?:in)?|hiwi|(?:wissenschaftliche|studentische)\s+hilfskraft|studentermedhjælper|studentmedhjelper|studentmedarbetare|monitor(?:ia)?\s+de)\b/i;
/** Teaching as students usually do it: teaching assistant (and "TA", matched as written in cv.ts), tutor, demonstrator. */
export const TEACHING_POST = /\b(?:teaching\s+assistant(?:ship)?|tutor(?:in)?|demonstrator|instructional\s+assistant|hjælpelærer|hjelpelærer|övningsassistent)\b/i;
/** A side job as its own title says ("Nebenjobs", "side job", "studiejob"): study-time work, not a career post. */
export const SIDE_JOB = /\b(?:nebenjobs?|nebentätigkeit(?:en)?|aushilfe|aushilfsjobs?|minijobs?|side\s+jobs?|odd\s+jobs|part[- ]time\s+jobs?\s+(?:while|during)\s+(?:studying|school|studies)|student\s+jobs?|studiejob(?:s)?|studenterjob(?:s)?|bijbaan|bijbanen|sommerjob(?:s)?|summer\s+jobs?|ferienjobs?)\b/i;

/**
 * A post outside employment: volunteering, or coaching and instructing at a club or in a sport
 * ("Karate instructor", "Instruktør · Viborg Karate Skole", "Volunteer, Red Cross"). Not
 * professional experience (see README). VOLUNTEER is one wherever it stands; CLUB_WORDS (a sport, or a club: "Svømmeklub", "Turnverein" too) only
 * with a coach's or instructor's title, or none ("Data Analyst, FC Example" is a job).
 */
export const VOLUNTEER = /\b(?:volunteer(?:ing)?|voluntary|frivillig(?:t)?|ehrenamt(?:lich(?:e[rs]?)?)?|bénévole|voluntari[oa]|volontari[oa]|vrijwillig(?:er|ster)|volontär|scout\s+leader|pfadfinder\w*|spejderleder)\b/i;
export const CLUB_WORDS = /\b(?:karate|judo|taekwondo|kung\s+fu|jiu[- ]?jitsu|aikido|boxing|boxen|fencing|martial\s+arts?|football|fodbold|fußball|fussball|soccer|handball|basketball|volleyball|tennis|badminton|swimming|svømning|schwimm\w*|athletics|gymnastics|gymnastik|climbing|klettern|chess|skak|schach|debate|debating|yoga|dance|dans|tanz\w*|choir|orchestra|scouts?|idrettslag)\b|(?:klub|club|verein|forening)(?![\wà-ÿ])/i;
/** A coach's or instructor's title: with CLUB_WORDS, a club post. */
export const CLUB_ROLE = /\b(?:coach|trainer(?:in)?|træner|instructor|instrukt(?:ør|or)|übungsleiter(?:in)?|teacher|leader|leder|leiter(?:in)?)(?![\wà-ÿ])/i;

/** A research assistant post counts after the degree and is study while it lasts. */
export const RESEARCH_ASSISTANT = /\b(?:research\s+assistant|wissenschaftliche[rs]?\s+mitarbeiter(?:in)?|forskningsassistent|assistant\s+de\s+recherche|ayudante\s+de\s+investigaci[oó]n|assistente\s+di\s+ricerca)\b/i;

/** Time away from work written as a dated entry ("Parental leave", "Elternzeit", "Career break"): not a job. */
export const LEAVE = /\b(?:(?:parental|maternity|paternity|family|sick|medical|unpaid)\s+leave|career\s+break|sabbatical|elternzeit|mutterschutz|barsel(?:sorlov)?|föräldraledig(?:het)?|foreldrepermisjon|congé\s+(?:parental|maternité|paternité)|ouderschapsverlof)\b/i;
