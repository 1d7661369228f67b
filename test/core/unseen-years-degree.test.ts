// Years of experience and degrees as postings GapLens was not tuned on write them (issue 14):
// a figure glued to its unit, a form's label before the figure, a skill's figure in brackets, a
// smaller figure offered against a degree in brackets, degrees named the Indian, British,
// Australian and French ways. One small sentence per class, written here; read with the real
// taxonomy.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const read = (text: string) => realEngine().extract(text);
const years = (line: string) => read(`Requirements\n- ${line}`).years?.min ?? null;
const degree = (line: string) => read(`Requirements\n- ${line}`).degree?.level ?? null;

describe('years written the ways the tuned postings did not', () => {
  it.each([
    ['5yrs of experience', 5],
    ['3yrs+ experience in Python', 3],
    ['2 years+ of experience with AWS', 2],
  ])('the unit glued to the figure or followed by "+": "%s"', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it.each([
    ['Years of experience: 5+', 5],
    ['Years of Experience Required: 3-5', 3],
    ['Experience (years): 2', 2],
  ])('a form\'s label before the figure: "%s"', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('a label with the figure and its unit is read once', () => {
    expect(read('Requirements\n- Years of experience: 4 years\n- Python').years).toEqual({ min: 4, max: null, section: 'required' });
  });

  it.each([
    ['Strong SQL (3+ yrs)', 3],
    ['Python (5 years), SQL (3 years)', 3],
  ])('a skill\'s figure in the bracket after it: "%s"', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('a bracket after a word that is no skill gives no figure', () => {
    expect(read('About the role\nThe programme (2 years) starts in May.\nRequirements\n- Python').years).toBeNull();
  });

  it('a smaller figure offered against a degree, in brackets before the experience word', () => {
    expect(years('5+ years (3+ with a PhD) of experience in machine learning')).toBe(3);
    expect(years('4+ years (2 years for a Master\'s) of industry experience')).toBe(2);
    // No degree in the bracket: the figure stands.
    expect(years('5+ years (3+ in Python) of experience in machine learning')).toBe(5);
  });

  it('"N years as a <role>" and "2 years minimum" are experience', () => {
    expect(years('You have worked for at least 3 years as a machine learning engineer')).toBe(3);
    expect(years('Experience with Python; 2 years minimum')).toBe(2);
    expect(read('About us\nWe have operated for 12 years as a family business.\nRequirements\n- Python').years).toBeNull();
  });

  it('"combined academic and industry experience" is the candidate\'s; a team\'s combined years are not', () => {
    expect(years('4+ years of combined academic and industry experience in ML')).toBe(4);
    expect(read('About us\nOur founders have 25 years of combined experience.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('degrees written the ways the tuned postings did not', () => {
  it.each([
    ['BSc. or MSc. in Mathematics', 'bachelor'],
    ['MSc. in Data Science', 'master'],
    ['Tertiary qualification in Computer Science', 'bachelor'],
    ['Postgraduate qualification in data science', 'master'],
    ['Post Graduate in Statistics', 'master'],
    ['Post-graduate diploma in analytics', 'master'],
    ['Final-year undergraduate in Computer Science', 'bachelor'],
    ['Graduate in Computer Science or Statistics', 'bachelor'],
    ['Any Graduate with strong SQL', 'bachelor'],
    ['Any graduate degree in a STEM field', 'master'],
    ['Master (M2) in computer science or engineering school', 'master'],
    ['MCA / M.Sc (Computer Science)', 'master'],
    ['BCA/MCA with 2 years of experience', 'bachelor'],
    // The apostrophe as other keyboards and converters write it: ‘ ´ ʼ for ’.
    ['Master‘s degree or PhD in Biology', 'master'],
    ['Bachelor´s degree in Computer Science', 'bachelor'],
    ['Masterʼs or PhD in Physics', 'master'],
  ])('"%s"', (line, level) => {
    expect(degree(line)).toBe(level);
  });

  it('graduates who are no degree asked for stay out', () => {
    expect(read('About us\nWe graduate 200 interns a year.\nRequirements\n- Python').degree).toBeNull();
    expect(read('Requirements\n- Recent graduates with a Master\'s degree in CS').degree?.level).toBe('master');
  });
});

describe('degree words and year figures that ask for nothing', () => {
  it.each([
    ['You will work with a high degree of autonomy.'],
    ['Comfortable with a degree of ambiguity.'],
    ['We take a 360-degree view of the customer.'],
    ['Agreeing, to some degree, on the metrics.'],
    ['The servers run at 20 degrees Celsius.'],
  ])('"%s" is no degree', (sentence) => {
    expect(read(`About the role\n${sentence}\nRequirements\n- Python`).degree).toBeNull();
  });

  it('degrees that are still degrees', () => {
    expect(degree('A 2:1 degree in Mathematics')).toBe('bachelor');
    expect(degree('A higher degree in Physics')).toBe('bachelor');
    expect(degree('Degree of Master of Science in Statistics')).toBe('master');
  });

  it('"MS Office", "MS Excel", "MS SQL Server" are Microsoft\'s, not a master\'s', () => {
    expect(read('Requirements\n- Experience with MS Office and MS Excel\n- MS SQL Server').degree).toBeNull();
    expect(degree('MS in Computer Science')).toBe('master');
  });

  it('a team\'s years are not asked of the reader, even in a sentence about "you"', () => {
    expect(read('About the role\nYou will join a team with 30 years of experience in NLP.\nRequirements\n- Python').years).toBeNull();
    expect(years('We seek engineers with 3+ years of experience in NLP')).toBe(3);
  });
});

describe('degrees named by what was studied, and a level in brackets', () => {
  it.each([
    ['You have studied computer science, mathematics or physics', 'bachelor'],
    ['Studies in computer science or a comparable education', 'bachelor'],
    ['A university degree (at least Master level) in statistics', 'master'],
    ['Completed degree (e.g. MSc or PhD) in physics', 'master'],
  ])('"%s"', (line, level) => {
    expect(degree(line)).toBe(level);
  });

  it('studying a problem, or case studies, is no degree', () => {
    expect(degree('You have studied the problem of drift before')).toBeNull();
    expect(degree('Case studies in Python')).toBeNull();
  });

  it('"Graduate/Post Graduate" names a first degree as the lowest (Indian English)', () => {
    expect(degree('Graduate/Post Graduate in any discipline')).toBe('bachelor');
    expect(degree('Graduate / Post-graduate degree')).toBe('bachelor');
  });

  it('"higher education in" a field opening an item is a first degree; the sector is not', () => {
    expect(degree('Higher education in mathematics or physics')).toBe('bachelor');
    expect(degree('We are a higher education institution')).toBeNull();
    expect(degree('Experience in higher education in the UK')).toBeNull();
  });
});

describe('more ways to write a figure of years', () => {
  it.each([
    ['3-year experience in machine learning', 3],
    ['5-years experience with Python', 5],
    ['3+ years in Python', 3],
    ['5 years with Kubernetes and Docker', 5],
    ['Junior (0-2 years)', 0],
    ['Between 2 and 5 years of experience', 2],
  ])('"%s"', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('a figure before what is no skill or experience still asks for nothing', () => {
    expect(read('About the role\nYou will join a 3-year project in Berlin.\nRequirements\n- Python').years).toBeNull();
    expect(read('About us\nWe grew 3x in 2 years with Python.\nRequirements\n- SQL').years).toBeNull();
    expect(read('About the role\nThe Junior (2 years) programme starts in May.\nRequirements\n- SQL').years).toBeNull();
  });
});

describe('"experience in business …" is the candidate\'s when it names a field', () => {
  it('"3 years of experience in Business Intelligence" is asked; "20 years of experience in business" is the company\'s', () => {
    expect(years('3 years of experience in Business Intelligence')).toBe(3);
    expect(years('MS degree in Statistics with +3 years of experience in business analytics')).toBe(3);
    expect(read('About us\nWith 20 years of experience in business, Acme helps retailers.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('the company\'s-years rules do not swallow the candidate\'s', () => {
  it.each([
    ['5+ years of leadership experience in data teams', 5],
    ['3+ years of business analysis experience', 3],
    ['3 years of operational experience with ML systems', 3],
    ['4 years of growth marketing experience', 4],
    ['2 years of successful experience as an analyst', 2],
    ['Help us scale: 3+ years of experience in ML engineering', 3],
  ])('"%s"', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it.each([
    ['Ideally, our new colleague has 3+ years of experience in ML.', 3],
    ['Our ideal hire brings 4 years of experience with Python.', 4],
    ['Our new team member has 2+ years of experience in data engineering.', 2],
  ])('the reader described in the company\'s words: "%s"', (sentence, min) => {
    expect(read(`About the role\n${sentence}`).years?.min).toBe(min);
  });

  it('the company\'s own years stay out', () => {
    for (const blurb of ['Building on 25 years of innovation, we lead.', 'Celebrating 20 years of excellence in service.', 'About us: we have 20 years of experience in retail.']) {
      expect(read(`About us\n${blurb}\nRequirements\n- Python`).years, blurb).toBeNull();
    }
  });
});

describe('degrees in a form\'s fields and as students', () => {
  it.each([
    ['Job description\nData Scientist. Minimum qualification: B.Tech. Skills: Python', 'bachelor'],
    ['Educational Qualification: Graduate or Post Graduate in Statistics', 'bachelor'],
    ['Requirements\n- Master student in computer science', 'master'],
    ['Requirements\n- Currently a Bachelor or Master student', 'bachelor'],
  ])('%s', (text, level) => {
    expect(read(text).degree?.level).toBe(level);
  });
});

describe('a degree outside the requirements that nobody is asked for', () => {
  it.each([
    ['About us\nFounded by PhDs in Physics from MIT, we build forecasting tools.'],
    ['About us\nOur team of PhD scientists in Machine Learning builds models.'],
    ['About the team\nHalf the team holds a PhD in Statistics.'],
    ['Benefits\n- We sponsor Master\'s degrees in Data Science for our staff'],
    ['Benefits\n- Education budget, including a Master\'s degree program'],
    ['Responsibilities\n- Supervise Bachelor\'s and Master\'s students in Computer Science'],
    ['Responsibilities\n- Teach the Master\'s course in Machine Learning'],
    ['PhD position in computational biology\nWe offer a fully funded 4-year PhD position.'],
  ])('%s', (text) => {
    expect(read(`${text}\nRequirements\n- Experience with Python`).degree).toBeNull();
  });

  it('the same words addressed to the reader still ask', () => {
    expect(read('About the role\nThe ideal candidate holds a PhD in Statistics.').degree?.level).toBe('phd');
    expect(read('About the role\nYou hold a Master\'s degree in Data Science and love teaching.').degree?.level).toBe('master');
    expect(read('PhD position in computational biology\nWe offer a PhD position.\nRequirements\n- Master\'s degree in bioinformatics').degree?.level).toBe('master');
  });
});

describe('degree alternatives written with a capital OR or a last option after a semicolon', () => {
  it.each([
    ['Doctorate degree OR Master\'s degree and 2 years of experience OR Bachelor\'s degree and 4 years of experience', 0],
    ['Bachelor\'s degree and two (2) years of experience; or Master\'s degree', 0],
    ['Bachelor\'s degree and 4 years of experience, or a Master\'s degree', 0],
  ])('"%s": a degree alone is an option, so 0', (line, min) => {
    expect(years(line)).toBe(min);
    expect(degree(line)).toBe('bachelor');
  });

  it('a degree that comes with its own years, or a wished one, is no option alone', () => {
    expect(years('Bachelor\'s with 5 years of experience, or Master\'s with 3 years')).toBe(3);
    expect(years('5+ years of experience in ML, or a Master\'s degree in CS preferred')).toBe(5);
    expect(years('PhD OR MS + 3 years of experience')).toBe(3);
  });
});

describe('options by degree split between the requirements and the nice-to-haves', () => {
  it('a degree option among the nice-to-haves is one more option: the smallest figure', () => {
    expect(read('Requirements\n- BSc with 6+ years of experience, or an MSc with 3+ years\nBonus points\n- PhD with 1+ years of experience').years?.min).toBe(1);
  });

  it('a nice-to-have figure that no degree offers does not lower the requirement', () => {
    expect(read('Requirements\n- BSc with 6+ years of experience, or an MSc with 3+ years\nBonus points\n- 1+ years of Rust').years?.min).toBe(3);
    expect(read('Requirements\n- 5+ years of experience\nBonus points\n- PhD with 1+ years of experience').years?.min).toBe(5);
  });
});

describe('an alternative in a sentence of its own', () => {
  it.each([
    ['Applicants should have a PhD in genomics or equivalent. OR an MSc degree with working experience in genomics.', 'master'],
    ['Candidates must hold a PhD in statistics. Alternatively, a master\'s degree and strong Python skills.', 'master'],
  ])('"%s" asks as the sentence before it did, under a heading that says nothing', (text, level) => {
    expect(read(`Details\n\n${text}\n\nAbout us\nWe build tools.`).degree?.level).toBe(level);
  });
});

describe('a figure in brackets with a softening word', () => {
  it.each([
    ['Industry experience (typically 5+ years) in machine learning', 5],
    ['Hands-on experience (approximately 3 years) with Spark', 3],
    ['Professional experience (usually 4 or more years)', 4],
  ])('"%s"', (line, min) => {
    expect(years(line)).toBe(min);
  });
});

describe('degrees in the plural', () => {
  it('"with degrees in X, Y or Z" names the fields of a degree, not skills asked', () => {
    const r = read('Requirements:\n- Applicants must have completed their PhD, with degrees in evolutionary biology, mathematics, statistics, or a related field.');
    expect(r.degree?.level).toBe('phd');
    for (const id of ['evolutionary-biology', 'mathematics', 'statistics']) expect(r.skills.some((s) => s.id === id), id).toBe(false);
  });

  it('"copies of your degrees" is a paper to send, and no degree asked', () => {
    const r = read('Requirements:\n- A doctorate in sociology\nPlease send a CV and copies of academic degrees by mail.');
    expect(r.degree?.level).toBe('phd');
  });
});

describe('a background in a list of fields closed by "or a related field"', () => {
  it('names fields of study, as after a degree', () => {
    const r = read('Requirements:\n- The ideal candidate has a background in computer science, applied mathematics, statistics, or a related technical field.');
    for (const id of ['mathematics', 'statistics']) expect(r.skills.some((s) => s.id === id), id).toBe(false);
  });

  it('without that close the list stays skills asked', () => {
    const r = read('Requirements:\n- A strong background in statistics and NLP.');
    for (const id of ['statistics', 'nlp']) expect(r.skills.find((s) => s.id === id)?.section, id).toBe('required');
  });
});

describe('years offered as the alternative to a degree alone, in a sentence of its own', () => {
  it('"Master degree in X. Alternatively, a bachelor degree with 3 years of experience." asks for none', () => {
    expect(read('Requirements:\nMaster degree in computer science, statistics, or equivalent. Alternatively, a bachelor degree with relevant working experience of 3 years.').years?.min).toBe(0);
  });

  it('the same on a posting flattened onto one long line', () => {
    const filler = 'We build tools for genomics research and share them openly with the community. '.repeat(30);
    expect(read(`${filler}Requirements: Master degree in computer science, statistics, or equivalent. Alternatively, a bachelor degree with relevant working experience of 3 years. ${filler}`).years?.min).toBe(0);
  });

  it('an alternative after a sentence that already names years keeps the smallest figure', () => {
    expect(read('Requirements:\n5+ years of experience with Python. Alternatively, a bachelor degree with 3 years of experience.').years?.min).toBe(3);
  });
});

describe('an experience label with a word before its figure', () => {
  it.each([['Experience Range 6 - 8 Years', 6], ['Experience Level 3+ years', 3]])('"%s"', (line, years) => {
    expect(read(`Job details\n${line}\nRequirements:\n- Python`).years?.min).toBe(years);
  });

  it.each([
    ['Data Scientist Location: Bangalore Experience Range 6 - 8 Years Job Description About Us', 6],
    ['Experience Range: 3 to 5 Years. Requirements: Python', 3],
  ])('"%s": the range label inside a line, its details flattened onto it', (line, years) => {
    expect(read(`${line} We build things with Python.`).years?.min).toBe(years);
  });

  it('"experience range" followed by a figure of something else is no label of it', () => {
    expect(read('Our products cover a wide experience range. 5 years ago we started.\nRequirements:\n- Python').years).toBeNull();
  });
});

describe('a figure a degree lowers, in brackets after the experience word', () => {
  it.each([
    ["7+ years of experience (5+ with a Master's)", 5],
    ['5+ years of industry experience (3+ years with a PhD) in machine learning', 3],
    ['6 years of relevant experience (or 4 with a PhD)', 4],
  ])('"%s" → %i', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it('any other bracket there lowers nothing', () => {
    expect(years('5+ years of experience (3+ in Python)')).toBe(5);
    expect(years('5+ years of experience (including 2 with Spark)')).toBe(5);
  });
});

describe('a figure counted in decades', () => {
  it.each([
    ['Over a decade of experience in machine learning', 10],
    ['Two decades of industry experience', 20],
    ['A decade or more of experience building data platforms', 10],
  ])('"%s" → %i', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it('the company\'s decades ask nothing', () => {
    expect(read('We have two decades of history in retail.\nRequirements\n- 3 years of Python experience').years?.min).toBe(3);
    expect(read('Founded two decades ago, we build tools.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('a bracketed word inside a list of fields', () => {
  const ids = (line: string) => read(`Requirements\n- ${line}\n- PyTorch`).skills.map((s) => s.id);
  it.each([
    ['A PhD in Computer Science, Physics, (Applied) Math, Statistics, Engineering or a related field.'],
    ['A Ph.D. in computer science, applied mathematics, (bio)statistics or a related field.'],
  ])('"%s" names fields, not skills', (line) => {
    expect(ids(line)).toEqual(['pytorch']);
  });

  it('an acronym in brackets names the list, which goes on ("Mathematics (STEM), such as … oceanography")', () => {
    expect(ids('Bachelor’s degree in Science, Technology, Engineering, and Mathematics (STEM), such as computer science, oceanography, or equivalent.')).toEqual(['pytorch']);
  });

  it('"or a related area" ends the fields, and so does ", and will have …"', () => {
    const r = read('Requirements\n- The successful applicants will have a PhD in computer science, statistics or a related area, and will have a strong publication record in machine learning.');
    expect(r.degree?.field).toBe('computer science, statistics or a related area');
    expect(r.skills.map((s) => s.id)).toEqual(['machine-learning']);
  });

  it('a bracket before "or" still closes the field ("Computer Science (ML track) or Statistics")', () => {
    expect(read('Requirements\n- BS in Computer Science (ML track) or Statistics.').degree?.field).toBe('Computer Science (ML track)');
  });
});

describe('degrees named in other words, or of other people', () => {
  it.each([
    ['An advanced university degree in physics', 'master'],
    ['Advanced academic degree in statistics', 'master'],
    ['University degree in physics', 'bachelor'],
    ['Any graduation, preferable if computer science or mathematics related.', 'bachelor'],
    ['Graduation in Computer Science', 'bachelor'],
    ['Post-graduation in statistics', 'master'],
  ])('"%s" → %s', (line, level) => {
    expect(degree(line)).toBe(level);
  });

  it('the degrees of the people the role supervises are not asked of the reader', () => {
    const r = read('Requirements\n- PhD in physics\n- You will assist in supervision of junior (MSc and PhD) researchers\n- Co-supervise MSc students');
    expect(r.degree?.level).toBe('phd');
  });

  it('fields listed after a "Degree:" label are fields, not skills', () => {
    const r = read('Requirements\n- Degree: Mathematics, statistics, computer science, data science\n- Python');
    expect(r.skills.map((s) => s.id)).toEqual(['python']);
    expect(r.degree?.level).toBe('bachelor');
  });
});

describe('a doctorate offered alone after a lower degree with its figure, without a comma', () => {
  it.each([
    ['MS with 3 years of experience or PhD', 0],
    ["Master's degree and 2+ years of experience or a PhD in physics.", 0],
    ['MS or PhD with 3 years of experience', 3],
    ['PhD or MS + 3 years of experience', 3],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });
});

describe('fields of a degree named in other ways are fields, not skills', () => {
  const ids = (text: string) => read(text).skills.map((s) => s.id);
  it.each([
    ["Bachelor's Degree in Computer Science, Bioinformatics, or relevant fields (e.g., Biology with strong quantitative background, Biostatistics)"],
    ["Enrolled in a bachelor's degree program (preference: STEM degree, statistics, data science, software engineering etc.) with a good GPA"],
    ['PhD or equivalent training in an area related to computational biology, biostatistics and genome biology.'],
    ["Master's or PhD in computer science, electrical engineering or related fields (statistics, applied math, computational neuroscience)"],
  ])('"%s"', (line) => {
    expect(ids(`Requirements\n- ${line}\n- Python`)).toEqual(['python']);
  });

  it('a bracket after a list that does not end in "related fields" is still an aside', () => {
    expect(ids('Requirements\n- PhD in physics, chemistry or biology (Python skills a plus)')).toEqual(['python']);
  });

  it('the fields after "related to" end where the next ask starts', () => {
    expect(ids('Requirements\n- PhD in a field related to statistics or genomics, and experience with Python.')).toEqual(['python']);
  });
});

describe('"experience" misspelt', () => {
  it.each([
    ['Seven years related experince required.', 7],
    ['At least 4 years of professional expirience', 4],
    ['Minimum 3 years of experiance', 3],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('words near it in spelling that are no misspelling stay themselves', () => {
    expect(years('A 2 years experiment in the lab')).toBeNull();
  });
});

describe('"N-plus years", with a hyphen', () => {
  it.each([
    ['3-plus years of experience', 3],
    ['five-plus years of experience in ML', 5],
    ['3 plus years of experience', 3],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('a range written with a hyphen is still a range', () => {
    expect(years('3-5 years of experience')).toBe(3);
  });
});

describe('years that credits may substitute for are no ask', () => {
  it.each([
    ['Seven years related experience required (18 graduate degree credits may substitute for one year of experience)', 7],
    ['Three years of experience required; relevant coursework may substitute for 1 year of experience', 3],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });
});

describe('a degree said not to be needed is none asked', () => {
  it.each([
    ['You do not need a PhD'],
    ["You don't need a degree to apply"],
    ["We won't expect a Master's degree"],
  ])('"%s"', (line) => {
    expect(read(`Requirements\n- ${line}\n- Python`).degree).toBeNull();
  });

  it('a wish with its waiver still names the degree, as preferred', () => {
    expect(read('Requirements\n- A PhD is welcome but not required\n- Python').degree).toMatchObject({ level: 'phd', section: 'preferred' });
  });
});

describe('engineering degrees written without their dots', () => {
  it.each([
    ['BE/ME in Computer Science or a related field', 'bachelor'],
    ['BE in Electronics and Communication', 'bachelor'],
    ['ME in Mechanical Engineering', 'master'],
    ['B.Tech/BE degree required', 'bachelor'],
  ])('"%s" → %s', (line, level) => {
    expect(read(`Requirements\n- ${line}\n- Python`).degree).toMatchObject({ level });
  });

  it.each([
    ['CANDIDATES MUST BE IN SINGAPORE'],
    ['Please let ME know if you have questions'],
    ['Must BE able to travel'],
    ['Location: Brussels, BE'],
  ])('"%s" names no degree', (line) => {
    expect(read(`Requirements\n- ${line}\n- Python`).degree).toBeNull();
  });
});

describe('a degree alone, or years in its place: no experience is the least asked', () => {
  it.each([
    ['Degree in Computer Science, Engineering or a related field or 5+ years industry experience'],
    ["M.S. or Ph.D. in a relevant technical field, or 4+ years' experience"],
    ["Bachelor's degree (in CS or a related field), or 4+ years of experience"],
  ])('"%s" → 0', (line) => {
    expect(years(line)).toBe(0);
  });

  it('a degree with years beside it is no such option', () => {
    expect(years('Degree in Statistics and 3+ years of experience')).toBe(3);
  });
});

describe('a newcomer offered beside a figure', () => {
  it.each([
    ['Experience : Fresh or 1 Year experience'],
    ['Fresher or 1-2 years of experience'],
    ['Freshers / 1 year experience'],
    ['1-2 years of experience or fresh graduates'],
  ])('"%s" → 0', (line) => {
    expect(years(line)).toBe(0);
  });

  it('fresh ideas are no newcomer', () => {
    expect(years('3+ years of experience and fresh ideas')).toBe(3);
  });
});

describe('figures written the long way or wrapped apart from their unit', () => {
  it.each([
    ['Three or more (3+) years of experience in analytics', 3],
    ['Two or more (2+) years of experience with SQL', 2],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it.each([
    ['Requirements\nMinimum of 3\nyears of experience in Python', 3],
    ['We need someone with 0-5\nyears of industrial experience and Python.', 0],
    ['Requirements:\n- 3 to\n5 years of experience in data science', 3],
  ])('a line break between figure and unit: %j → %s', (text, min) => {
    expect(read(text).years?.min).toBe(min);
  });

  it('a heading after a figure is not its unit', () => {
    expect(read('Requirements:\n- Python 3\nYears of experience: 2').years?.min).toBe(2);
  });
});

describe('degrees written with a lost apostrophe, a field without "in", or an MBA beside a charter', () => {
  it.each([
    ['Master s degree in statistics', 'master'],
    ['2 years of experience in data science with a Master s or PhD degree in a related field', 'master'],
    ['Diploma Mechanical/ BE Mechanical Engineering', 'bachelor'],
    ['MBA or CFA', 'master'],
  ])('"%s" → %s', (line, level) => {
    expect(degree(line)).toBe(level);
  });
});

describe('which degree counts when several are named', () => {
  it('a degree wished for beside one required is no qualifying level', () => {
    expect(read('Requirements\n- PhD in Computer Science required\nNice to have\n- A Master\'s degree in Statistics').degree).toMatchObject({ level: 'phd', section: 'required' });
    expect(read('Requirements\n- MS required, PhD preferred').degree?.level).toBe('master');
    expect(read('Preferred\n- PhD in Physics').degree?.level).toBe('phd');
  });

  it('"BS or MS degree (PhD preferred)": the bracket is the doctorate\'s alone', () => {
    expect(degree('BS or MS degree (PhD preferred) in computer science or a related field')).toBe('bachelor');
  });

  it.each([
    ['Ph. D. in Chemistry, Biochemistry or Biology', 'phd'],
    ['Applicants must have a Ph. D. in Chemistry', 'phd'],
    ['Major in Computer Science or Statistics', 'bachelor'],
    ['You have a major in Economics', 'bachelor'],
  ])('"%s" → %s', (line, level) => {
    expect(degree(line)).toBe(level);
  });

  it('a company that is a major in its market names no degree', () => {
    expect(read('About us\nWe are a major in European energy.\nRequirements\n- Python').degree).toBeNull();
  });

  it('the fields after a spaced "Ph. D." are the degree\'s, not skills', () => {
    const ids = read('Requirements\n- Applicants must have a Ph. D. in Chemistry, Biochemistry or Biology\n- Python').skills.map((s) => s.id);
    expect(ids).toContain('python');
    expect(ids).not.toContain('chemistry');
  });
});

describe('years: a degree offered alone against a spelled-out figure, and experience in a field', () => {
  it('"Master degree …, or Bachelor degree … and at least four years" → 0', () => {
    expect(years('Master degree in STEM discipline, or Bachelor degree in STEM and at least four years of working experience')).toBe(0);
  });

  it('industry experience in a field is the overall figure, whatever tool follows', () => {
    expect(read('Requirements\n- 5+ years of industry experience in software engineering with Java\n- 3+ years of experience with Kubernetes').years?.min).toBe(5);
    expect(read('Requirements\n- 5+ years of experience with Java\n- 3+ years of experience with Kubernetes').years?.min).toBe(3);
  });
});

describe('a third probe of fresh rows: asked figures after "delivering", "(> 4 years)", shouted and bracketed degrees', () => {
  it.each([
    ['Minimum of 10 years of experience delivering models to production', 10],
    ['5+ years of experience providing analytics solutions', 5],
    ['Proven experience (> 4 years) in AI/ML development', 4],
    ['Proven experience (>4 yrs) in AI/ML development', 4],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('an employer\'s record of delivering is still no ask', () => {
    expect(read('About us\nWith 20 years of experience delivering analytics to banks, Acme grows.\nRequirements\n- Python').years).toBeNull();
  });

  it.each([
    ["BTECH / master's degree in Computer Science", 'bachelor'],
    ['MTECH in Computer Science', 'master'],
    ['Advanced (post-baccalaureate) degree in statistics', 'master'],
  ])('"%s" → %s', (line, level) => {
    expect(degree(line)).toBe(level);
  });

  it('"Ihr berufliches Know-how:" opens the requirements', () => {
    expect(read('Ihr berufliches Know-how:\n- Sie haben ein abgeschlossenes Studium (Bachelor / Master) der Informatik').degree?.level).toBe('bachelor');
  });
});

describe('a fourth probe of fresh rows: ladders, alternatives and kinds of experience', () => {
  it.each([
    ["Bachelor's degree (BA) in a job related area or 2+ years of related work experience", 0],
    ["Bachelor's degree or an equivalent combination of education and 4 years of experience", 0],
    ['3+ years of analytics, consulting, data science experience', 3],
    ['5+ years of software, data, or ML engineering experience', 5],
    ['six or more years experience with a Bachelors degree, four or more years experience with a Masters degree, and two or more with a PhD', 2],
    ['5+ years with a BS, 3+ with an MS, or 1+ with a PhD', 1],
    ['5+ years with a BS, 3+ years with an MS, or a PhD without experience', 0],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it('a comma after the figure is no list of kinds', () => {
    expect(years('5 years, and experience with Python')).toBeNull();
  });

  it('experience in predictive modeling is the role\'s own, beside tools\' figures', () => {
    expect(read('Requirements\n- 5+ years of hands-on experience in predictive modeling and large data analysis\n- 1+ years of experience with R/SAS and SQL').years?.min).toBe(5);
  });

  it('"The degree should be in …" tells more of a degree named before', () => {
    expect(read("Requirements\n- Master's degree required. The degree should be in Computer Science or a related field").degree?.level).toBe('master');
    expect(degree('Your degree in Computer Science or a comparable field')).toBe('bachelor');
  });

  it.each([
    ['3 Jahre praktische Berufserfahrung in Python', 3],
    ['Mindestens 2 Jahre Erfahrung mit SQL', 2],
  ])('German: "%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it.each([['Abgeschlossenes Studium der Informatik'], ['Sehr guter Hochschulabschluss in Mathematik']])('German: "%s" → bachelor', (line) => {
    expect(degree(line)).toBe('bachelor');
  });

  it('a project\'s years in German are no experience', () => {
    expect(years('Das Projekt läuft 3 Jahre')).toBeNull();
  });
});

describe('a figure that ends the clause of the experience it measures', () => {
  it.each([
    ['Professional experience in applied research and regression modelling desired, preferably two years plus', 2],
    ['Professional experience, two years plus', 2],
    ['Experience in Python, 3 years minimum', 3],
    ['Your commercial experience in data science is at least 3 years', 3],
    ['The experience required is 5 years or more', 5],
  ])('"%s" → %s', (line, min) => {
    expect(years(line)).toBe(min);
  });

  it.each([['Our experience in the market is over 20 years'], ['The team experience is 15 years']])('"%s": the employer\'s own experience', (line) => {
    expect(years(line)).toBeNull();
  });
});

describe('the length of a post and the papers of a degree', () => {
  it.each([['This is a 2 year postdoc position in our lab'], ['You will be payed for two years to work on deep learning']])('"%s" asks no years', (line) => {
    expect(years(line)).toBeNull();
  });

  it('"Minimum 3 year postdoc research experience" still does', () => {
    expect(years('Minimum 3 year postdoc research experience')).toBe(3);
  });

  it('"copy of degree certificates" in the application papers names no degree', () => {
    expect(read('Requirements\n- Academic qualifications at PhD level in Statistics\nHow to apply\n- Documentation of academic degrees (copy of degree certificates)').degree?.level).toBe('phd');
  });
});

describe('a lower degree offered in place of a higher one, in the recommended qualifications', () => {
  it('"A PhD … required; Recommended: A PhD in ML, or an MSc with exceptional experience" → master', () => {
    expect(read('Requirements\n- A PhD in machine learning or a related field\nRecommended qualifications:\n- A PhD in ML, Physics, or equivalent, or an MSc with exceptional experience').degree?.level).toBe('master');
  });

  it('a Master\'s that is only wished for beside a required PhD stays no level', () => {
    expect(read('Requirements\n- PhD in Computer Science required\nNice to have\n- A Master\'s degree in Statistics').degree?.level).toBe('phd');
  });
});

describe('a posting in lower case, the length of a postdoc, levels of experience named with their people', () => {
  const pad = ' we are a small team building data products for hospitals and we care about quality, about our people and about learning every day. the work is varied and we like it that way.';
  it.each([
    ['ms in statistics, or equivalent work experience required', 'master'],
    ['bs/ms in computer science or equivalent', 'bachelor'],
    ['b.sc. in chemistry', 'bachelor'],
    ['(phd or ms) is preferred', 'master'],
    ['minimum m.s./m.a. in economics', 'master'],
  ])('"%s" in a lower-case posting → %s', (line, level) => {
    const r = realEngine().extract(`about us${pad}\nrequirements:\n- ${line}\n- experience with python and sql${pad}`);
    expect(r.degree?.level).toBe(level);
  });

  it('"ms office" in a lower-case posting is no degree', () => {
    const r = realEngine().extract(`about us${pad}\nrequirements:\n- ms office and excel\n- experience with python and sql${pad}`);
    expect(r.degree).toBeNull();
  });

  it.each([['The two-year postdoc starts in May'], ['This is a 3-year postdoc'], ['You will finish the three-year PhD with a thesis']])('"%s": the post\'s length', (line) => {
    expect(years(line)).toBeNull();
  });

  it('"Junior Specialists (1–3 years), Middle Experts (3–6 years), Senior SMEs (6+ years)" → 1', () => {
    expect(years('Junior Specialists (1–3 years), Middle Experts (3–6 years), Senior SMEs (6+ years)')).toBe(1);
  });
});

describe('upper bounds, associate degrees, short degrees with dots or in mixed case, a tier\'s own labels', () => {
  it.each([
    ['Less than 2 years of work experience', 0],
    ['< 2 years of work experience in analytics', 0],
    ['Maximum 3 years of experience', 0],
    ['Not less than 5 years of experience', 5],
    ['No less than 3 years of experience in data science', 3],
    ['2 - 5 years of experience (less than 2 years will not be considered)', 2],
    ['Associate\'s degree or one or more years of work experience', 0],
  ])('"%s" → %s', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it.each([
    ['BSc. / MSc. in Computer Science', 'bachelor'],
    ['BS. / MS. in Statistics', 'bachelor'],
    ['Msc degree from a university in Computer Science', 'master'],
    ['Bsc in Computer Science', 'bachelor'],
    ['Mtech or Btech in Computer Science', 'bachelor'],
  ])('"%s" → %s', (line, level) => {
    expect(read(`Requirements\n- ${line}\n- Experience with Python`).degree?.level).toBe(level);
  });

  it('an associate\'s degree is below every level the reader knows: none', () => {
    expect(read('Requirements\n- Associate\'s degree required\n- Experience with Python').degree).toBeNull();
    expect(read('Requirements\n- Associate degree in IT and 2 years of experience').degree).toBeNull();
  });

  it('"Education:" and "Experience:" under "Preferred Qualifications" name preferred things', () => {
    const r = read('Minimum Qualifications\nEducation: Bachelor\'s degree\nExperience: Five years of work experience in data analysis\nPreferred Qualifications\nEducation: Master\'s degree\nExperience: One year of relevant research experience');
    expect(r.years?.min).toBe(5);
    expect(r.degree?.level).toBe('bachelor');
  });

  it('"Preferred Qualifications: 2+ years …" in a long line is preferred, whole', () => {
    const r = read('Minimum qualifications:\n- 5+ years of experience in software engineering\nPreferred Qualifications: 2+ years of experience with Kubernetes in production');
    expect(r.years?.min).toBe(5);
    expect(r.skills.find((s) => s.name === 'Kubernetes')?.section).toBe('preferred');
  });

  it('a preferred heading glued to the sentence before it ("… techniquesPreferred Qualifications:Experience …")', () => {
    const r = read('Requirements: Bachelor\'s degree and 5+ years of experience in analytics techniquesPreferred Qualifications:Experience building models, 2+ years of experience in machine learning');
    expect(r.years?.min).toBe(5);
    expect(r.skills.find((s) => s.name === 'Machine learning')?.section).toBe('preferred');
  });
});

describe('which of several figures is the role\'s own experience', () => {
  it.each([
    ['Requirements:\n- 4+ years of industry software engineering experience\n- 3+ years of experience with PyTorch\n- 1+ years of experience optimizing training pipelines', 4],
    ['Requirements:\n- Track record of at least 4 years in a leadership role\n- At least 8 years of proven experience in data engineering', 8],
    ['Requirements:\n- 3+ years as a data engineer and 8+ years of any software engineering experience', 8],
    ['Requirements:\n- 5+ years in a quantitative role\n- Experience with Python', 5],
  ])('%s → %s', (text, want) => {
    expect(read(text).years?.min).toBe(want);
  });

  it('a figure for a place or a building is no experience', () => {
    expect(years('The team has worked 5 years in the same building')).toBeNull();
  });
});

describe('a fresh probe of 78 rows: a related field, a degree with no experience, a list item that serves clients', () => {
  it('"Proven 2+ years of Related Field" beside "one year ML model building experience" → 2', () => {
    expect(read('Requirements:\n- Proven 2+ years of Related Field\n- Minimum one year ML model building experience').years?.min).toBe(2);
  });

  it('"a Bachelor\'s degree and no experience, or a Master\'s degree plus 1 year" → 0', () => {
    expect(years('Entry is with a Bachelor\'s degree and no experience, or a Master\'s degree plus 1 year of experience')).toBe(0);
  });

  it('"* 1 year of experience delivering solutions in data science" as an item of the asks → 1; the company\'s "20 years of experience delivering solutions" → none', () => {
    expect(read('At a minimum, you\'ll need:\n* Bachelor\'s degree\n* 1 year of experience delivering solutions in data science').years?.min).toBe(1);
    expect(read('With 20 years of experience delivering solutions to clients, we are a leader.').years).toBeNull();
  });
});

describe('years and degrees written in French or Spanish (a probe of Adzuna France and Spain postings)', () => {
  it.each([
    ["Profil recherché : Diplôme d'ingénieur ou Master en data science - 3 ans d'expérience minimum", 3],
    ["Profil : Bac+5 école d'ingénieur, expérience de 2 ans minimum", 2],
    ['Expérience : 4 ans minimum', 4],
    ["Expérimenté (3 à 7 ans d'experience)", 3],
    ["Vous avez au moins 3 ans d'expérience en data engineering.", 3],
    ['Requisitos: Licenciatura o Máster en Matemáticas. Experiencia: 3-5 años.', 3],
    ['Al menos 2 años de experiencia con Python', 2],
    ['Buscamos perfiles de 1 a 3 años de experiencia', 1],
    ['Buscamos un perfil con experiencia mínima de 2 años en analítica.', 2],
    ['Experiencia laboral: al menos 4 años', 4],
  ])('%s → %s', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it.each([
    ["Nous accompagnons nos clients depuis plus de 20 ans d'expérience dans la data."],
    ['Contamos con más de 20 años de experiencia en el sector.'],
    ["L'équipe (25-30 ans) est jeune et dynamique."],
    ['Télétravail 2 à 3 jours par semaine.'],
    ["18 mois qui valent 5 ans d'XP ailleurs"],
    ['Fondée il y a 2 ans, notre startup recrute.'],
  ])('the employer\'s age, a team\'s ages and days a week are no experience: %s', (line) => {
    expect(years(line)).toBeNull();
  });

  it.each([
    ['Titulación : Graduado Universitario', 'bachelor'],
    ['Licenciatura o Máster en Matemáticas', 'bachelor'],
    ['Grado en Ingeniería Informática o similar', 'bachelor'],
    ['Máster en Ciencia de Datos', 'master'],
    ["Diplôme d'ingénieur ou Master en data science", 'master'],
    ['Doctorado en Física', 'phd'],
    ['Doctorat en informatique ou équivalent', 'phd'],
  ])('%s → %s', (line, want) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(want);
  });

  it('"grado" that is no degree and a master class name none', () => {
    expect(read('Requirements\n- Grado de dificultad alto en el proyecto').degree).toBeNull();
    expect(read('Requirements\n- Le master class aura lieu à Paris').degree).toBeNull();
  });
});

describe('a probe of 70 rows (yd9): a leadership part of the whole, a long field list before the other option, short degrees with a space', () => {
  it.each([
    ["PhD Degree in a quantitative field and seven (7) years' experience in data science, including two (2) years' leadership experience", 7],
    ['At least 4 years of experience in developing advanced analytics, AI, and ML solutions. At least 1 year of experience in leading a team', 4],
    ['At least 4 years of experience in analytics; at least 1 year leading a team', 4],
    ['PhD degree in bioinformatics, computer science, computational biology, statistics, mathematics, physics, or related field, or an MS degree and 3+ years of related industry experience', 0],
    ['Minimum of 4 years using scientific methods to solve business problems', 4],
  ])('%s → %s', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it('"a 1-year Master program with the option of conducting a project" is no experience', () => {
    expect(years('This is an instruction-based, 1-year Master program with the option of conducting a supervised research project.')).toBeNull();
  });

  it.each([
    ['Educational level: M. Sc. with equivalent related experience or a minimum of 3 years of work experience', 'master'],
    ['B. Sc. in Computer Science', 'bachelor'],
    ['3+ years of relevant experience with a MSc/BaSc', 'bachelor'],
    ['Graduate of a 4-year course preferably in Statistics', 'bachelor'],
  ])('%s → %s', (line, want) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(want);
  });

  it('"Associates of Arts degree" is below every level the reader knows; "a fully funded 4-year PhD program" is the post', () => {
    expect(read('Requirements\n- Associates of Arts degree. Three (3) or more years of experience.').degree).toBeNull();
    expect(read('Requirements\n- a fully funded 4-year PhD program').degree?.level).toBe('phd');
  });
});

describe('a probe of 70 rows (yd10): rotations, years of study, a tool list\'s figure, the PhD post offered, links and signatures', () => {
  it.each([
    ['The program consists of two one year rotations in analytics'],
    ['The program includes 2 1-year rotations'],
    ['2 years of progressively higher level graduate education leading to a master\'s degree'],
    ['Veterans have as much as six years after degree completion to apply'],
  ])('no experience: %s', (line) => {
    expect(years(line)).toBeNull();
  });

  it.each([
    ['Two years of full time, professional work experience', 2],
    ['A minimum of 7 years\' experience in Data Science. 3+ years of experience with some/all of the following: Python, SQL, Spark', 7],
    ['3+ years of experience with some of the following: Python, SQL, Spark', 3],
    ['7 years software industry experience with one of the following technologies: Java, Go. 2+ years machine learning platform experience', 7],
  ])('%s → %s', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it('"What\'s Required" heads the asks: the firm\'s "more than 30 years of investing experience" above it is not the figure', () => {
    expect(read('Building on more than 30 years of investing experience, we are a global firm.\nWhat\'s Required\n- One to five years of prior research experience').years?.min).toBe(1);
  });

  it.each([
    ['The PhD student will also be part of the PhD School at ITU.'],
    ['Postdoc/RA or PhD/MASc Positions in Haptics/Robotics at Carleton University'],
    ['See https://www.unibz.it/assets/Documents/PhD/Call-PhD-Programmes/Specific-part_PhD-in-Advanced-Systems-Engineering.pdf for details'],
    ['Marco Tognon, PhD'],
  ])('names no degree asked: %s', (line) => {
    expect(read(`Requirements\n- ${line}`).degree).toBeNull();
  });

  it.each([
    ['Applicants must hold a PhD in Computer Science', 'phd'],
    ['Our Data Science Interns are 2nd year PhD students or higher in Computer Science', 'phd'],
    ['Undergraduate or Master\'s degree in quantitative disciplines such as Engineering', 'bachelor'],
  ])('%s → %s', (line, want) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(want);
  });
});

describe('a probe of 34 rows (yd11, European academic posts and graduate schemes): a post\'s length far from its noun, data\'s years, the department\'s programmes', () => {
  it.each([
    ['This project is awarded with a 4-year Norwich Research Park Biosciences Doctoral Training Partnership (NRPDTP) PhD studentship.'],
    ['The cohort includes cases with 25 years of follow-up.'],
  ])('no experience: %s', (line) => {
    expect(years(line)).toBeNull();
  });

  it.each([
    ['We are looking for applicants who have completed a five-year master degree (3+2). The department offers bachelor programs in electrical engineering and master programs in computer science.', 'master'],
    ['Applicants are expected to hold a Swedish doctoral degree or an equivalent degree from another country. The degree should have been completed no more than three years before the deadline. An older degree may be acceptable.', 'phd'],
    ['The programme is open to students in the final year of their undergraduate and graduate level studies.', 'bachelor'],
  ])('%s → %s', (text, want) => {
    expect(read(`Requirements\n- ${text}`).degree?.level).toBe(want);
  });

  it.each([
    ['Ph.D. student with interests in quantitative methodological aspects of data science'],
    ['The doctoral studentship is part of third-cycle studies in computer science.'],
  ])('the doctorate is the post offered: %s', (text) => {
    expect(read(text).degree).toBeNull();
  });
});

describe('a probe of 14 big-tech, SaaS and staffing postings (sec22): a preferred degree with years is a wish, not a way in', () => {
  it('"Bachelor\'s AND 4+ years" required, "Doctorate AND 2+ years" preferred → 4', () => {
    expect(read('Minimum qualifications:\n- Bachelor\'s degree in Computer Science AND 4+ years of experience in software development\nPreferred qualifications:\n- Doctorate in Computer Science AND 2+ years of experience').years?.min).toBe(4);
  });
});

describe('a probe of 33 rows (yd12): a bracketed figure before its word, a degree word as a depth of knowledge, what one taught', () => {
  it.each([
    ['Bachelors degree is required in a related field and (3) three to (10) years of experience', 3],
    ['At least six (6) years of experience with information systems', 6],
    ['three (3) years of experience with Python', 3],
  ])('%s → %s', (line, want) => {
    expect(years(line)).toBe(want);
  });

  it.each([
    ['PhD in machine learning with Master level training in organic chemistry', 'phd'],
    ['Minimum of a Master\'s Degree in a STEM-related field. Taught undergraduate or graduate level coursework in STEM, required.', 'master'],
    ['a Master\'s level degree in statistics', 'master'],
  ])('%s → %s', (line, want) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(want);
  });
});

describe('probes sec24 and sec25: a degree\'s length with its adjective, plural and level labels, "BS+"', () => {
  it('"4-year technical degree or equivalent experience" asks for no years', () => {
    expect(years('4-year technical degree or equivalent experience')).toBeNull();
  });

  it('"Experiences - 0 Yrs." → 0; "Experience level:" then "1 year" → 1', () => {
    expect(years('Experiences - 0 Yrs.')).toBe(0);
    expect(read('Job details\nExperience level:\n1 year').years?.min).toBe(1);
  });

  it.each([['BS+ in Computer Science or related', 'bachelor'], ['MS+ in Statistics', 'master']])('%s → %s', (line, want) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(want);
  });
});

describe('probe sec16: a data file\'s experience field, its value quoted', () => {
  it.each([
    ['experience: "0-1 years"', 0],
    ['"experience": "3-5 years",', 3],
    ["experience: '2 years'", 2],
    ['Experience: (3+ years)', 3],
    ['experience: “4+ years”', 4],
  ])('%s → %s', (line, want) => {
    expect(read(`title: "Data Analyst"\ncompany: "Acme"\n${line}\nlocation: "Pune"\n\nWe analyse data.`).years?.min).toBe(want);
  });

  it('a quoted figure that is no experience stays none', () => {
    expect(read('title: "Data Analyst"\nduration: "2 years"\nlocation: "Pune"\n\nWe analyse data.').years).toBeNull();
  });
});

describe('probe sec26: a form\'s years label without its "of", or in bold', () => {
  it.each([
    ['Minimum years experience: 3', 3],
    ['**Minimum years experience:** 3', 3],
    ['**Years of experience:** 4', 4],
    ['Years experience: 2', 2],
  ])('%s → %s', (line, want) => {
    expect(read(`Job details\n${line}\nWe build data tools.`).years?.min).toBe(want);
  });
});

describe('a figure of years with the skill right after it, no "of"', () => {
  it.each([['3+ years Python', 3], ['5 years SQL Server', 5]] as const)('"%s" asks for %i years', (line, n) => {
    expect(years(line)).toBe(n);
  });

  it('not in a company\'s story', () => {
    expect(read('About us\nFor 20 years Python has powered our products.').years).toBeNull();
  });
});

describe('probe sec28: management experience named with a slash beside the overall figure', () => {
  it('"10 years of relevant work experience" and "5 years of people management / leadership experience" ask for 10', () => {
    expect(read('Minimum Qualifications\n10 years of relevant work experience in data analysis.\n5 years of people management / leadership experience').years?.min).toBe(10);
  });
});
