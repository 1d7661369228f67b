// The CV reader on CVs written the way people write them (test/fixtures/cv/), and on the
// hard cases one at a time: degrees by their many names, overlapping and ongoing jobs,
// doctoral research, "learning X", and wishes that are not skills.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptAll, applyCv, cvTextFromJsonResume, readCv, type CvReading } from '../../src/core/cv';
import { periodsIn, unionMonths } from '../../src/core/cv-dates';
import { Profile } from '../../src/core/schema';
import { phdBiologist } from '../../src/core/personas';
import { realEngine, repoRoot } from './helpers';

const engine = realEngine();
const NOW = Date.UTC(2026, 11, 1); // December 2026
const read = (text: string) => readCv(text, engine, { now: NOW });
const fixture = (name: string) => read(readFileSync(`${repoRoot}test/fixtures/cv/${name}`, 'utf8'));
const level = (r: CvReading, id: string) => r.skills.find((s) => s.id === id)?.level ?? null;

describe('readCv on whole CVs', () => {
  it('a biologist postdoc: PhD in molecular biology, life sciences, postdoc years without the PhD, PyTorch only being learnt', () => {
    const r = fixture('biologist-postdoc.md');
    expect(r.education?.value).toEqual({ level: 'phd', field: 'Molecular Biology' });
    expect(r.education?.from[0]).toContain('Dr. rer. nat.');
    expect(r.background.value).toBe('life-sciences');
    expect(r.title?.value).toBe('Postdoctoral Researcher');
    // Postdoc 04/2020–now (6 y 9 m) + research assistant 2013–2015 (2 y); the PhD years are study.
    expect(r.years.value).toBe(8.5);
    expect(r.jobs.find((j) => j.title === 'PhD Candidate')?.doctoral).toBe(true);
    expect(level(r, 'python')).toBe('working');
    expect(level(r, 'crispr')).toBe('working');
    expect(level(r, 'pytorch')).toBe('learning');
    expect(level(r, 'git')).toBe('learning');
    // "moving into machine learning and want to work on deep learning": wishes, not skills.
    expect(level(r, 'machine-learning')).toBeNull();
    expect(level(r, 'deep-learning')).toBeNull();
    expect(r.aspirations.map((a) => a.id)).toEqual(expect.arrayContaining(['machine-learning', 'deep-learning']));
    expect(r.targets.value).toContain('computational-biologist');
    expect(r.unmatched).toContain('GraphPad Prism');
  });

  it('a backend engineer: software engineering, years across three jobs, model serving is a wish', () => {
    const r = fixture('backend-engineer.txt');
    expect(r.background.value).toBe('software-engineering');
    expect(r.education?.value).toEqual({ level: 'bachelor', field: 'Computer Science' });
    expect(r.title?.value).toBe('Senior Backend Engineer');
    // Sep 2014 – now, the 2016 overlap counted once: 12 years 4 months.
    expect(r.years.value).toBe(12);
    expect(r.jobs).toHaveLength(3);
    for (const id of ['go', 'kubernetes', 'postgresql', 'java', 'docker', 'aws']) expect(level(r, id)).toBe('working');
    expect(level(r, 'scikit-learn')).toBe('learning');
    expect(level(r, 'model-serving')).toBeNull();
    expect(r.aspirations.map((a) => a.id)).toContain('model-serving');
    expect(r.targets.value).toEqual(expect.arrayContaining(['ml-engineer', 'mlops-engineer']));
    expect(r.targets.from[0]).toContain('move into ML engineering');
  });

  it('a physicist: PhD in particle physics, the doctorate left out of the years, a completed course is learning', () => {
    const r = fixture('physicist.md');
    expect(r.education?.value).toEqual({ level: 'phd', field: 'Particle Physics' });
    expect(r.background.value).toBe('physics');
    expect(r.years.value).toBe(5.5);
    expect(level(r, 'cpp')).toBe('working');
    expect(level(r, 'xgboost')).toBe('working');
    expect(level(r, 'machine-learning')).toBe('learning');
    expect(level(r, 'data-science')).toBeNull();
    expect(r.targets.value).toEqual(['data-scientist']);
  });

  it('an analyst: data analysis from the titles, "SQL (advanced)" strong, "Python (learning)" not downgraded below work use', () => {
    const r = fixture('analyst.txt');
    expect(r.background.value).toBe('data-analysis');
    expect(r.education?.value).toEqual({ level: 'bachelor', field: 'Economics' });
    expect(level(r, 'sql')).toBe('strong');
    expect(level(r, 'tableau')).toBe('working');
    // Used at work with pandas ("Automating reporting in Python"): working beats the list's "(learning)".
    expect(level(r, 'python')).toBe('working');
    expect(r.targets.value).toEqual(['data-scientist']);
    expect(r.title?.value).toBe('Senior Data Analyst');
  });

  it('a product manager: product background, an MBA is a master in business administration, "ML product manager" is the target', () => {
    const r = fixture('product-manager.md');
    expect(r.background.value).toBe('product');
    expect(r.education?.value).toEqual({ level: 'master', field: 'Business administration' });
    expect(r.targets.value).toEqual(['ml-product-manager']);
    expect(level(r, 'a-b-testing')).toBe('working');
    expect(level(r, 'python')).toBe('learning');
    expect(r.years.value).toBe(10.5);
  });

  it('every finding says which words it came from', () => {
    for (const f of ['biologist-postdoc.md', 'backend-engineer.txt', 'physicist.md', 'analyst.txt', 'product-manager.md']) {
      const r = fixture(f);
      for (const s of r.skills) expect(s.from.length, `${f}: ${s.id}`).toBeGreaterThan(0);
      expect(r.education?.from.length).toBe(1);
      expect(r.background.from.length).toBeGreaterThan(0);
      expect(r.years.from.length).toBe(r.jobs.filter((j) => !j.doctoral).length);
      for (const s of r.skills) expect(s.from.some((q) => q.toLowerCase().includes(s.name.toLowerCase()) || q.length > 0)).toBe(true);
      // No quote carries the person's contact details.
      for (const s of r.skills) for (const q of s.from) expect(q, `${f}: ${s.id}`).not.toMatch(/@|https?:|\+\d{2}/);
    }
  });

  it("a skill inside the employer's name on a job's heading is where the person worked, not what they did", () => {
    const r = read('Jo Doe\n\nExperience\nData Analyst, Center for Computational Biology, Example University\n2019 – present\n- Built dashboards in Tableau\n');
    expect(r.skills.map((s) => s.id)).toContain('tableau');
    expect(r.skills.map((s) => s.id)).not.toContain('computational-biology');
    // The same words in what they did still count.
    const did = read('Jo Doe\n\nExperience\nData Analyst, Example University\n2019 – present\n- Computational biology pipelines in Python\n');
    expect(did.skills.map((s) => s.id)).toContain('computational-biology');
  });

  it('the strongest evidence is the one shown: a skill in the heading and in a job is read from the job', () => {
    const r = read(`Jo Doe\nData Scientist, Cell Biology · Berlin · jo.doe@example.org\n\nExperience\nScientist, Acme Bio\n2019 – present\n- Ran cell culture assays for drug screens\n`);
    const cell = r.skills.find((s) => s.id === 'cell-biology')!;
    expect(cell.reason).toBe('job');
    expect(cell.from[0]).toBe('Ran cell culture assays for drug screens');
    expect(cell.from).toContain('Data Scientist, Cell Biology');
  });
});

describe('degrees by their many names', () => {
  const edu = (line: string) => read(`Jo Doe\n\nEducation\n${line}\n`).education?.value ?? null;
  it.each([
    ['DPhil in Statistics, University of Oxford, 2019', 'phd', 'Statistics'],
    ['Dr. rer. nat. Physik, LMU München, 2018', 'phd', 'Physik'],
    ['Doctor of Philosophy - PhD, Molecular Biology · (2014 - 2019)', 'phd', 'Molecular Biology'],
    ['M.Sc. Chemistry, ETH Zürich, 2016', 'master', 'Chemistry'],
    ['Master of Science (M.Sc.) in Applied Mathematics — TU Delft', 'master', 'Applied Mathematics'],
    ['MS in Computer Science, Stanford University, 2012', 'master', 'Computer Science'],
    ['B.A. Psychology, University of Toronto, 2011', 'bachelor', 'Psychology'],
    ['Bachelor of Engineering in Mechanical Engineering, 2010', 'bachelor', 'Mechanical Engineering'],
    ['Diplom-Physiker (Dipl.-Phys.), Universität Heidelberg, 2008', 'master', 'Physiker'],
  ])('%s', (line, lvl, field) => {
    expect(edu(line)).toEqual({ level: lvl, field });
  });

  it('the highest degree held wins; a doctorate still in progress is not held', () => {
    expect(edu('B.Sc. Biology, 2012\nM.Sc. Neuroscience, 2014\nPhD in Neuroscience, 2019')).toEqual({ level: 'phd', field: 'Neuroscience' });
    expect(edu('PhD candidate in Chemistry, University of Bristol (expected 2027)\nM.Sc. Chemistry, 2022')).toEqual({ level: 'master', field: 'Chemistry' });
    expect(edu('PhD in Chemistry, University of Bristol\n2023 – present\nMSc Chemistry, 2022')).toEqual({ level: 'master', field: 'Chemistry' });
  });

  it('no degree named: null, not a guess', () => {
    expect(edu('Self-taught; evening classes in drawing')).toBeNull();
  });
});

describe('years of experience', () => {
  const now = 2026 * 12 + 11;
  it('reads ranges in the usual spellings, "present" as now, and "since"', () => {
    expect(periodsIn('Jan 2019 – Mar 2021', now)[0]).toMatchObject({ start: 2019 * 12, end: 2021 * 12 + 2, ongoing: false });
    expect(periodsIn('03/2019 - present', now)[0]).toMatchObject({ start: 2019 * 12 + 2, end: now, ongoing: true });
    expect(periodsIn('2019-04-01 to 2021-09-30', now)[0]).toMatchObject({ start: 2019 * 12 + 3, end: 2021 * 12 + 8 });
    expect(periodsIn('September 2018 – Present (8 years 3 months)', now)[0]).toMatchObject({ start: 2018 * 12 + 8, ongoing: true });
    expect(periodsIn('since 2020', now)[0]).toMatchObject({ start: 2020 * 12 + 5, end: now });
    expect(periodsIn('seit 04.2021', now)[0]).toMatchObject({ start: 2021 * 12 + 3 });
    expect(periodsIn('phone +49 30 2019 2021', now)).toEqual([]);
    expect(periodsIn('2021 – 2019', now)).toEqual([]);
  });

  it('overlapping jobs count once', () => {
    expect(unionMonths([{ start: 0, end: 23 }, { start: 12, end: 35 }, { start: 48, end: 59 }])).toBe(48);
  });

  it('two jobs at once and a gap: the union, rounded down to half a year', () => {
    const r = read(`Experience
Data Engineer, Acme — 01/2020 – 12/2021
Freelance Developer, self-employed — 06/2021 – 05/2022
Backend Developer, Beta — 01/2024 – present
`);
    // 2020-01..2022-05 (29 months) + 2024-01..2026-12 (36 months) = 65 months = 5.4 years.
    expect(r.years.value).toBe(5);
    expect(r.jobs.map((j) => j.title)).toEqual(['Data Engineer', 'Freelance Developer', 'Backend Developer']);
  });
});

describe('how a skill is claimed', () => {
  it('learning cues lower the level; wishes in the summary are not skills; a job line is working', () => {
    const r = read(`Sam Lee
Summary
Analyst keen to move into MLOps. I would like to learn Kubernetes. Started learning Docker this year.

Experience
Analyst, Foo Ltd — 2020 – present
- Reporting in SQL and Python; basic knowledge of Airflow

Skills
Advanced: SQL
Learning: TypeScript
`);
    expect(level(r, 'kubernetes')).toBeNull();
    expect(level(r, 'mlops')).toBeNull();
    expect(level(r, 'docker')).toBe('learning');
    expect(level(r, 'airflow')).toBe('learning');
    expect(level(r, 'python')).toBe('working');
    expect(level(r, 'sql')).toBe('strong');
    expect(level(r, 'typescript')).toBe('learning');
    expect(r.targets.value).toEqual(['mlops-engineer']);
  });

  it('a LinkedIn profile saved as PDF: employer over title over dates, "Top Skills" in the side column', () => {
    const r = read(`Contact
www.linkedin.com/in/janedoe
Top Skills
PyTorch
Computer Vision
Languages
English
Jane Doe
Machine Learning Engineer at Visionary AI
Berlin, Germany
Summary
I build computer-vision models for retail shelves.
Experience
Visionary AI
Machine Learning Engineer
March 2022 - Present (4 years 10 months)
Berlin, Germany
Trained detection models in PyTorch and served them with Triton.
Shelfware GmbH
Data Scientist
July 2019 - February 2022 (2 years 8 months)
Education
Technische Universität München
Master of Science - MS, Informatics · (2017 - 2019)
`);
    expect(r.title?.value).toBe('Machine Learning Engineer');
    expect(r.jobs.map((j) => j.header)).toEqual(['Visionary AI · Machine Learning Engineer', 'Shelfware GmbH · Data Scientist']);
    // 2019-07 → 2026-12, the two jobs back to back.
    expect(r.years.value).toBe(7.5);
    expect(r.education?.value).toEqual({ level: 'master', field: 'Informatics' });
    expect(level(r, 'pytorch')).toBe('working');
    expect(level(r, 'computer-vision')).toBe('working');
  });
});

describe('JSON Resume through the same reader', () => {
  const resume = {
    basics: { name: 'Dana Fox', label: 'Postdoctoral Fellow in Neuroscience', summary: 'Neuroscientist analysing calcium imaging. Eager to move into ML engineering.' },
    work: [
      { name: 'Allen Institute', position: 'Postdoctoral Fellow', startDate: '2021-09-01', summary: 'Two-photon microscopy; analysis in Python with NumPy and scikit-learn.', highlights: ['Spike inference pipeline on AWS Batch'] },
      { name: 'UCL', position: 'PhD Student', startDate: '2016-10', endDate: '2021-08', summary: 'Electrophysiology in MATLAB.' },
    ],
    education: [
      { institution: 'UCL', area: 'Neuroscience', studyType: 'PhD', startDate: '2016-10', endDate: '2021-08' },
      { institution: 'Oxford', area: 'Biology', studyType: 'BA', endDate: '2015-06' },
    ],
    skills: [
      { name: 'Programming', level: 'Advanced', keywords: ['Python', 'MATLAB'] },
      { name: 'Deep learning', level: 'Beginner', keywords: ['PyTorch'] },
      { name: 'Lab', keywords: ['Two-photon imaging', 'Slice electrophysiology'] },
    ],
  };

  it('reads work summaries, titles and education, not only the skills keywords', () => {
    const text = cvTextFromJsonResume(resume)!;
    const r = read(text);
    expect(r.background.value).toBe('life-sciences');
    expect(r.education?.value).toEqual({ level: 'phd', field: 'Neuroscience' });
    expect(r.title?.value).toBe('Postdoctoral Fellow');
    // 2021-09 → 2026-12; the PhD student years are not professional experience.
    expect(r.years.value).toBe(5);
    expect(level(r, 'scikit-learn')).toBe('working'); // from a work summary, not the skills list
    expect(level(r, 'aws')).toBe('working'); // from a highlight
    expect(level(r, 'python')).toBe('strong');
    expect(level(r, 'pytorch')).toBe('learning');
    expect(r.targets.value).toEqual(['ml-engineer']);
  });

  it('is null for what is not an object', () => {
    expect(cvTextFromJsonResume([1, 2])).toBeNull();
    expect(cvTextFromJsonResume('cv')).toBeNull();
  });
});

describe('applyCv', () => {
  it('adds skills, keeps the higher level of one already there, adds targets, keeps constraints and domains', () => {
    const r = fixture('biologist-postdoc.md');
    const base = phdBiologist.profile;
    const next = applyCv(base, acceptAll(r), NOW);
    expect(Profile.safeParse(next).success).toBe(true);
    // The persona has pytorch at 'working'; the CV says 'learning': the person's own level stays.
    expect(next.skills.find((s) => s.id === 'pytorch')?.level).toBe('working');
    expect(next.skills.some((s) => s.id === 'deseq2')).toBe(true);
    expect(next.constraints).toEqual(base.constraints);
    expect(next.domains).toEqual(base.domains);
    expect(next.years).toBe(8.5);
    expect(next.updated).toBe(NOW);
    expect(base.years).toBe(2); // the base is not changed in place
  });

  it('from nothing: a valid profile built from the CV alone; a dropped finding leaves the field as it was', () => {
    const r = fixture('backend-engineer.txt');
    const choice = { ...acceptAll(r), background: null, skills: acceptAll(r).skills.filter((s) => s.id !== 'java') };
    const next = applyCv(null, choice, NOW);
    expect(Profile.safeParse(next).success).toBe(true);
    expect(next.background).toBe('other');
    expect(next.skills.some((s) => s.id === 'java')).toBe(false);
    expect(next.education.level).toBe('bachelor');
  });
});
