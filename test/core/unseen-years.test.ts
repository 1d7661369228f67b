// Years of experience as postings GapLens was not tuned on write them (issue 14), second round:
// a figure followed by the skill alone ("5+ years of Python"), the ask told as a past
// ("have worked … for 4 years"), a label with a word between ("Experience level: 5 years"),
// a narrower figure joined by "and", "up to N years", and figures that are not the reader's
// experience at all (the people the role mentors, a post's length, paid training, study).
// One sentence per class, written here; read with the real taxonomy.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const read = (text: string) => realEngine().extract(text);
const years = (text: string) => read(text).years?.min ?? null;
const asked = (line: string) => years(`Requirements\n- ${line}`);

describe('a figure then the skill itself, with no word for experience', () => {
  it.each([
    ['4+ years of data engineering', 4],
    ['5+ years of Python', 5],
    ['3+ years of machine learning in production', 3],
    ['2 years of hands-on Python and SQL', 2],
  ])('"%s"', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it('is an ask only where asks are: the same words about the employer are not', () => {
    expect(years('About us\n- 10 years of machine learning research at our lab\nRequirements\n- Python')).toBeNull();
  });

  it('a word that is no skill after "of" is no experience', () => {
    expect(asked('3 years of study in data science')).toBeNull();
  });
});

describe('the ask told another way', () => {
  it.each([
    ['Candidates should have worked in data science for at least 4 years', 4],
    ['You\'ve been doing data science for 3+ years', 3],
    ['Experience level: 5 years', 5],
    ['Proven track record (3+ years) in data engineering', 3],
  ])('"%s"', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it('"up to N years" asks for none at the least', () => {
    expect(asked('Fresh graduates or up to 2 years of experience')).toBe(0);
    expect(asked('Up to 3 years of experience in data analytics')).toBe(0);
  });

  it('a degree right before "-" and a figure offers it against that degree: "3+ years post-PhD"', () => {
    expect(asked('5+ years in industry or 3+ years post-PhD')).toBe(3);
  });
});

describe('a narrower figure joined to the first by "and"', () => {
  it.each([
    ['Master\'s degree with 14+ years of engineering or AI/ML experience and 8+ years of AI/ML experience', 14],
    ['10+ years of software engineering experience and 5+ years of machine learning experience', 10],
    ['At least 5 years of ML experience and at least 2 years of experience with LLMs', 5],
  ])('"%s": both are asked, so the first is the role\'s', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it('two skills\' figures stay two, the smaller the posting\'s (EXTRACTION.md)', () => {
    expect(asked('6+ years of Python experience and 3+ years of Spark experience')).toBe(3);
    expect(asked('3 years of Python and 2 years of SQL experience')).toBe(2);
  });
});

describe('a degree alone against years of experience in its place asks for none (EXTRACTION.md)', () => {
  it.each([
    ['Requirements\n- PhD in Statistics or a related field, or 5+ years of equivalent industry experience', 0],
    ['Requirements\n- PhD or equivalent experience (7+ years)', 0],
    ["Requirements\n- A Ph.D. in Computer Science or related field (Master's with 5 years of research experience will also be considered)", 0],
    ["Requirements\n- Bachelor's degree with 5+ years of experience", 5],
    ["Requirements\n- Bachelor's degree in CS\n- 3+ years of experience with Python or Scala", 3],
  ])('%s', (text, min) => {
    expect(years(text)).toBe(min);
  });
});

describe('figures that are not the reader\'s experience', () => {
  it.each([
    ['Responsibilities\n- Mentor engineers with 2-3 years of experience\nRequirements\n- 7+ years of experience in ML', 7],
    ['Responsibilities\n- Lead a team of analysts with 5+ years of experience\nRequirements\n- 3+ years of experience in analytics', 3],
    ['What we offer\n- 30 days of holiday and 2 years of paid training\nRequirements\n- Python', null],
    ['Benefits\n- 3 years of funding for your studies\nRequirements\n- Python', null],
    ['The position\nThis is a 2-year postdoc position in machine learning.\nRequirements\n- PhD in computer science', null],
    ['About\nA 3-year fixed-term research position.\nRequirements\n- Python', null],
    // How long a degree takes is no experience.
    ['Requirements\n- Four-year degree in engineering', null],
    ['Requirements\n- Completion of a 3-year undergraduate degree\n- 2+ years of experience with SQL', 2],
    // A run-in heading: a candidate's age after "Basic Qualifications", with no line break to part them.
    ['Basic Qualifications Are 18 years of age or older Work 40 hours/week', null],
    ['Requirements\n- Must be 21 years or older\n- 3+ years of experience in Python', 3],
  ])('%s', (text, min) => {
    expect(years(text)).toBe(min);
  });

  it('the same words about the reader still ask', () => {
    expect(asked('We are hiring data scientists with 2+ years of experience')).toBe(2);
    expect(asked('5+ years of experience leading teams of engineers')).toBe(5);
    expect(asked('3-year experience in Python')).toBe(3);
  });
});

describe('a job board\'s details: the label, then its figure', () => {
  it.each([
    ['Experience | 3-5 years', 3],
    ['Experience 3+ years', 3],
  ])('on one line: "%s"', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it.each([
    ['Job details\nExperience\n3+ years\nRequirements\n- Python', 3],
    ['Job details\nYears of experience\n2-4\nRequirements\n- Python', 2],
    ['Job details\nWork experience:\nMinimum 2 years\nRequirements\n- Python', 2],
  ])('the figure on the line after its label: %s', (text, min) => {
    expect(years(text)).toBe(min);
  });

  it('only a figure alone is the label\'s, and only on the very next line', () => {
    expect(years('Experience\nPython and SQL\n3 rounds of interviews')).toBeNull();
    expect(years('Experience\n2019 – 2021 Data analyst at Acme')).toBeNull();
    expect(years('Experience level\nMid-Senior level\nRequirements\n- Python')).toBeNull();
  });
});

describe('degrees written with dots inside a list of options', () => {
  it('"Ph.D. + 0-2 years, M.S. + 2-4 years, or B.S. + 4-6 years" is one sentence of options: a PhD with none', () => {
    expect(asked('Ph.D. + 0-2 years, M.S. + 2-4 years, or B.S. + 4-6 years of experience')).toBe(0);
  });

  it('a dotted initialism still ends its sentence before a new one', () => {
    const r = read('About us\nWe are based in the U.S. We use Python.\nRequirements\n- SQL');
    expect(r.skills.find((s) => s.id === 'python')?.section).toBe('other');
  });
});

describe('a figure glued to the word before it, where a list lost its line breaks', () => {
  it.each([
    ['Degree in statistics or a related field5+ years of experience with Python', 5],
    ["Master's degree2+ years of industry experience", 2],
    ['Strong SQL3 years of experience in analytics', 3],
  ])('"%s"', (line, min) => {
    expect(asked(line)).toBe(min);
  });
});

describe('a figure counted in months', () => {
  it.each([
    ['At least 36 months of experience with Spark', 3],
    ['18 months of hands-on experience with Tableau', 1.5],
    ["Minimum 24 months' experience in a similar role", 2],
    ['Experience: 6-12 months in a data role', 0.5],
  ])('"%s"', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it.each([
    ['This is a 6-month internship starting in June.'],
    ['Within 3 months you will own our experiment platform and gain experience with Spark.'],
    ['Probation period: 6 months.'],
    ['Available for at least 6 months.'],
    ['6 months of paid parental leave.'],
  ])('"%s" is no experience', (line) => {
    expect(asked(`${line}\n- Experience with Python`)).toBeNull();
  });
});

describe('degree options, each with its own figure', () => {
  it('a field before the first figure does not make its degree an option alone', () => {
    expect(asked("Bachelor's degree in Engineering plus 5 years of experience, or Master's plus 3 years of experience")).toBe(3);
  });

  it.each([
    ['MSc degree in Computer Science or equivalent (BSc with 3 years of relevant experience)'],
    ["Master's degree in Statistics (or Bachelor's with 2+ years of experience)"],
  ])('"%s": the other option in brackets leaves the first a degree alone', (line) => {
    expect(asked(line)).toBe(0);
  });

  it('a bracket that only names the degree\'s field offers no option', () => {
    expect(asked("Bachelor's degree (BS in CS preferred) and 3 years of experience")).toBe(3);
  });

  it('a degree with its field and no figure still is one', () => {
    expect(asked("PhD in Computer Science, or Master's with 3+ years of experience")).toBe(0);
  });
});

describe('a narrower figure after a comma', () => {
  it.each([
    ['5+ years of experience in software engineering, 2+ years in ML', 5],
    ['6+ years of industry experience, 3+ years with deep learning', 6],
  ])('"%s": the first is the role\'s', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it('two skills\' figures side by side stay the smallest', () => {
    expect(asked('3 years of experience with Python, 2 years with SQL')).toBe(2);
  });
});

describe('more ways to say how long', () => {
  it.each([
    ['You have been working as a data scientist for at least 3 years', 3],
    ['1+ years in analytics', 1],
    ['4 years in consulting or finance', 4],
    ['MS in CS with 1+ years, or BS with 3+ years of experience', 1],
  ])('"%s"', (line, min) => {
    expect(asked(line)).toBe(min);
  });

  it('a figure in a field word\'s place that is no field is no experience', () => {
    expect(asked('3 years in a row we won awards')).toBeNull();
  });
});
