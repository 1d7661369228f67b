// Postings flattened onto one line (job APIs, scraped datasets) keep their headings' words but
// lose the line breaks, and often the colon or the capital run that marked them. Real sentences
// of tune postings, flattened as the datasets deliver them.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import { inlineHeadings } from '../../src/core/extract-sections';
import taxonomyJson from '../../data/skills.json';

const engine = createEngine(taxonomyJson);
const sections = (text: string) => Object.fromEntries(engine.extract(text).skills.map((s) => [s.id, s.section]));
const labels = (line: string) => inlineHeadings(line, true).map((h) => h.heading.label);

describe('a heading written as a clause ending in a colon, inside a flattened line', () => {
  const line = 'We need someone who stays up to date on best practice. As a software engineer, your responsibilities include: Investigating '
    + 'challenges in image recognition with Docker Prototyping ideas/concepts to prove a solution quickly Your core skills/experience include: '
    + 'Expertise in one of the following: Java, Python, C++ Bonus points if you have experience in any of the following: Kubernetes, Terraform';

  it('is found where its first capital starts it, and placed by its words', () => {
    expect(labels(line)).toEqual([
      'as a software engineer, your responsibilities include',
      'your core skills experience include',
      'bonus points if you have experience in any of the following',
    ]);
    expect(sections(line)).toMatchObject({ docker: 'other', python: 'required', java: 'required', kubernetes: 'preferred', terraform: 'preferred' });
  });

  it('needs words that speak to the reader or announce a list: a lower-case label of the text before it is no heading', () => {
    const page = 'Developing new methods and models for robust gene-tree estimation location: GeoBio-Center, Munich, Germany salary: '
      + 'DFG salary scheme (TVL-E13) and some more words to make the line long enough to be read as flattened text here';
    expect(labels(page)).toEqual([]);
  });
});

describe('a heading in sentence case run on after a flattened list item', () => {
  it('opens its section when it is a heading as a whole, with a capital after it', () => {
    const line = 'Requirements Master degree in computer science or bioinformatics Ability to meet deadlines and manage priorities to handle a '
      + 'diverse workload Desirable but not required Experience in cloud compute infrastructure (OpenStack) Hands-on knowledge about NGS '
      + 'pipelines (NextFlow, snakemake, WDL)';
    expect(labels(line)).toContain('desirable but not required');
    expect(sections(line)).toMatchObject({ openstack: 'preferred', nextflow: 'preferred', snakemake: 'preferred' });
  });

  it('does not cut the last word off a title-case heading ("Job Description You …")', () => {
    const line = 'Job Description You will present results at conferences and write papers with the team Desired experience and expertise: '
      + '- Statistics with R - Python is a plus';
    expect(labels(line)).toEqual(['desired experience and expertise']);
  });

  it('leaves a capitalised word in running text alone', () => {
    const line = 'Our analysts use Python every day and we ship models to production for many clients in retail and banking across '
      + 'Europe Asia and the Americas, which keeps the team busy and the work varied for everyone who joins us here';
    expect(labels(line)).toEqual([]);
  });
});

describe('a middle dot between items of a flattened list', () => {
  it('ends the item before it, so a cue there stays in its item', () => {
    const line = 'Basic Qualifications · Excellent command of one or more programming languages; preferably Python, SAS or R · Familiar '
      + 'with one of the database technologies such as PostgreSQL, MySQL, can write basic SQL queries · Great communication skills';
    expect(sections(line)).toMatchObject({ python: 'preferred', postgresql: 'required', sql: 'required' });
  });
});

describe('a heading that trails off in an ellipsis before a flattened list', () => {
  it('opens its section ("You’ll love this role if you… - Have …")', () => {
    const line = 'We deliver ML models to agreed standards and run them on Docker. You’ll love this role if you… - Have a solid foundation in '
      + 'traditional ML techniques - Have demonstrable experience with Python';
    expect(labels(line)).toContain("you'll love this role if you");
    expect(sections(line)).toMatchObject({ docker: 'other', python: 'required' });
  });
});

describe('a flattened list whose items run together', () => {
  it('ends an item where the next opens with a capitalised item word after a lower-case word', () => {
    const r = engine.extract('Job Requirements: 7 years software industry experience Experience with Java 2+ years machine learning platform experience');
    expect(r.years?.min).toBe(7);
  });

  it('leaves a name or a title before the word, and a degree option list, as they are', () => {
    expect(engine.extract('Requirements: Bachelor or Master Degree in Computer Science and 3+ years of experience').degree?.level).toBe('bachelor');
    const r = engine.extract('Requirements: 3+ years of experience with Python Experience with Java');
    expect(r.years?.min).toBe(3);
    expect(r.skills.map((s) => [s.id, s.section])).toEqual([['python', 'required'], ['java', 'required']]);
  });
});

describe('a list item that ends in a name runs into the next heading and its colon', () => {
  it.each([
    ['Nice to have', 'nice to have'],
    ['Bonus points', 'bonus points'],
    ['Preferred Qualifications', 'preferred qualifications'],
    ['Pluses', 'pluses'],
  ])('"- Experience with Kubernetes %s: - …": the heading starts at its own first word', (heading, label) => {
    const line = `We build GPUs. Requirements: - 5+ years with C++ - Experience with Kubernetes ${heading}: - Experience with CUDA - Knowledge of Rust`;
    expect(labels(line)).toEqual(['requirements', label]);
    expect(sections(line)).toMatchObject({ cpp: 'required', kubernetes: 'required', cuda: 'preferred', rust: 'preferred' });
  });

  it('a label that is a heading as a whole is not cut ("Key Skills:")', () => {
    expect(labels('We build GPUs and tools for science. Key Skills: - Python - SQL and more words to make it long')).toContain('key skills');
  });
});

describe('a tier in brackets that opened its line, run on in a flattened posting', () => {
  const line = 'We help traditional industries find new solutions. Job Description Technical Skills (Preferred) Python, Scikit-Learn, '
    + 'Keras, prior experience with computer vision (Optional) Django, PostgreSQL, Docker Objectives Students will do research.';

  it('opens the list after it', () => {
    expect(labels(line)).toEqual(expect.arrayContaining(['preferred', 'optional']));
    expect(sections(line)).toMatchObject({ python: 'preferred', keras: 'preferred', django: 'preferred', docker: 'preferred' });
  });

  it('a tier after an item, or before no list, is the item\'s own', () => {
    const trail = 'We build tools for science and more words here. Experience: Python: 1 year (Preferred) SQL: 2 years (Required) Linux: 1 year';
    expect(labels(trail)).not.toContain('preferred');
    expect(labels(trail)).not.toContain('required');
    expect(labels('We build tools for science and more words here. Our stack is Python (Preferred) SQL is fine too, with Docker.')).not.toContain('preferred');
  });
});

describe('a heading in lopsided emphasis ("*Preferred Qualifications**"), run on in a flattened posting', () => {
  it('is found, and a bullet star before a label is not emphasis', () => {
    const line = 'We work with teams across the lab on data. *Minimum Qualifications** + BS/BA with 0-1 years of experience + Knowledge of SQL '
      + '*Preferred Qualifications** + Experience with Kubernetes + Knowledge of Rust';
    expect(labels(line)).toEqual(['minimum qualifications', 'preferred qualifications']);
    expect(sections(line)).toMatchObject({ sql: 'required', kubernetes: 'preferred', rust: 'preferred' });
    expect(labels('We work with teams across the lab on data and more. * Preferred Qualifications are listed below * Python')).not.toContain('preferred qualifications');
  });
});

describe('a heading in emphasis that a converter opened with a space, run on in a flattened posting', () => {
  it('opens its section ("** Requirements:** \\- …")', () => {
    const text = 'We grow materials from cells. ** Requirements:** \\- Experience with Linux bash scripting '
      + '\\- Sufficient background in microbiology/ genetic engineering to interpret the -omics data.';
    expect(labels(text)).toContain('requirements');
    expect(sections(text)).toMatchObject({ microbiology: 'required', 'genetic-engineering': 'required' });
  });

  it('a spaced pair of asterisks before a lower-case word is no heading', () => {
    expect(labels('Our stack: Python ** and more. Great team.')).toEqual([]);
  });
});
