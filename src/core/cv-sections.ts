// The parts of a CV: which heading starts which part ("Experience", "Ausbildung", "Top
// Skills"…), and the words that say what a line is (a job title, a degree). Pure.

export type CvPart =
  | 'head' // before the first heading: name, headline, contact
  | 'summary' | 'experience' | 'education' | 'skills' | 'courses' | 'projects' | 'publications'
  | 'ignore' // spoken languages, interests, references, contact: no skills to read there
  | 'other';

const HEADINGS: ReadonlyArray<[CvPart, RegExp]> = [
  ['summary', /^(?:(?:professional\s+|personal\s+|career\s+)?(?:summary|profile|objective|about(?:\s+me)?|overview)|(?:career\s+)?goals?|zusammenfassung|profil|kurzprofil)$/],
  ['experience', /^(?:(?:(?:professional|work|relevant|research|industry|employment|academic|selected|teaching)\s+)*(?:experience|employment|history|positions?)(?:\s+history)?|work|career|berufserfahrung|berufliche\s+erfahrung|employment\s+history)$/],
  ['education', /^(?:education(?:\s+(?:and|&)\s+(?:training|qualifications))?|academic\s+(?:background|qualifications)|qualifications|degrees?|ausbildung|studium|bildungsweg)$/],
  ['skills', /^(?:(?:technical|core|key|top|computational|programming|it|lab(?:oratory)?|relevant|other)\s+)*(?:skills?|competencies|expertise|technologies|tools|skills?\s+(?:and|&)\s+(?:tools|technologies|methods|interests))(?:\s+summary)?|kenntnisse|fähigkeiten|tech(?:nical)?\s+stack$/],
  ['courses', /^(?:(?:online\s+)?courses?(?:work)?|certifications?|certificates?|licenses?\s+(?:and|&)\s+certifications|training|further\s+(?:education|training)|weiterbildung|continuing\s+education)$/],
  ['projects', /^(?:(?:selected|side|personal|open[- ]source)\s+)?projects?$/],
  ['publications', /^(?:(?:selected\s+)?publications?|papers|talks|(?:publications?|papers)\s+(?:and|&)\s+(?:talks|presentations|patents))$/],
  ['ignore', /^(?:languages?|sprachen|interests|hobbies|references|contact|kontakt|personal\s+(?:details|information)|awards?(?:\s+(?:and|&)\s+honou?rs)?|honou?rs(?:\s+(?:and|&)\s+awards?)?|volunteering|memberships?)$/],
];

/**
 * The part a line starts when it is a heading, else null. A heading is short, has no
 * sentence punctuation, and may carry markdown marks, a trailing colon, or capitals.
 */
export function headingOf(line: string): CvPart | null {
  const t = line.trim().replace(/^#{1,6}\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/\s*:$/, '').trim();
  if (t.length < 3 || t.length > 48 || /[.;!?,]|\d/.test(t)) return null;
  const key = t.toLowerCase().replace(/\s+/g, ' ');
  for (const [part, re] of HEADINGS) if (re.test(key)) return part;
  return null;
}

/** Words that make a phrase a job title ("Senior Backend Engineer", "Postdoctoral Researcher"). */
export const ROLE_WORD = /\b(?:engineer|developer|programmer|scientist|researcher|research\s+(?:associate|assistant|fellow)|postdoc(?:toral)?|fellow|analyst|manager|owner|lead|head|director|consultant|architect|specialist|officer|technician|intern|trainee|associate|assistant|professor|lecturer|instructor|teacher|student|candidate|founder|cto|ceo|vp|biologist|chemist|physicist|statistician|mathematician|economist|designer|administrator|sre|devops|doktorand(?:in)?|wissenschaftliche[rs]?\s+mitarbeiter(?:in)?|entwickler(?:in)?|ingenieur(?:in)?)\b/i;

/** Doctoral research as a position: it is study towards the degree, not professional experience (see README). */
export const DOCTORAL = /\b(?:ph\.?\s?d\.?|doctoral|doctorate|dphil|graduate)\s+(?:student|candidate|researcher|research(?:er)?\s+(?:assistant|fellow)|fellow|studies)\b|\bdoktorand(?:in)?\b|\bgraduate\s+research\s+assistant\b/i;
