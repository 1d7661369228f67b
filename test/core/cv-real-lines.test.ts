// The CV reader on the shapes real CVs take (test/fixtures/cvs, tune set): web-page sources with
// front matter, HTML and tables; numbered headings; date conventions of academic and European
// CVs; degrees listed among jobs; and words that say where someone worked rather than what they
// do. Each case is a few lines written for this test in the shape the real CVs use.
import { describe, expect, it } from 'vitest';
import { normalizeCvText, readCv } from '../../src/core/cv';
import { headingOf } from '../../src/core/cv-sections';
import { periodsIn } from '../../src/core/cv-dates';
import { realEngine } from './helpers';

const engine = realEngine();
const NOW = Date.UTC(2025, 10, 15); // November 2025
const read = (text: string) => readCv(text, engine, { now: NOW });
const has = (text: string, id: string) => read(text).skills.some((s) => s.id === id);

describe('a CV kept as a web page\'s source', () => {
  it('drops front matter, template tags and comments, and reads emphasised dates', () => {
    const text = [
      '---', 'layout: archive', 'title: "CV"', '---', '{% include base_path %}',
      'Work experience', '======',
      '* _March 2021 - present_', 'Data Scientist at Northwind Analytics',
      '<!-- Skills', '* Rust', '-->',
    ].join('\n');
    const r = read(text);
    expect(r.jobs).toHaveLength(1);
    expect(r.jobs[0]).toMatchObject({ start: '2021-03', ongoing: true });
    expect(r.title?.value).toBe('Data Scientist');
    expect(r.skills.map((s) => s.id)).not.toContain('rust');
    expect(normalizeCvText(text)).not.toMatch(/layout|base_path|<!--/);
  });

  it('turns HTML blocks into lines and entities into characters, and reads a date above its job', () => {
    const text = '<div class="cv"><div class="year">2022-2024</div><div class="title">Software Developer</div>'
      + '<div class="desc">Built REST APIs &amp; dashboards &#8222;in house&#8220;.</div></div>';
    expect(normalizeCvText(text).split('\n').filter(Boolean)).toEqual(['2022-2024', 'Software Developer', 'Built REST APIs & dashboards „in house“.']);
    const r = read(text);
    expect(r.jobs.map((j) => j.title)).toEqual(['Software Developer']);
    expect(r.years.value).toBe(2);
  });

  it('reads a Markdown table row as its cells', () => {
    const text = '### Professional Career\n| | |\n|---|---|\n| 2020 -- 2023 | **Postdoctoral Researcher**, Ruhr University Bochum |\n|  | Bioinformatics Group |';
    expect(normalizeCvText(text).split('\n')).toContain('2020 -- 2023 | **Postdoctoral Researcher**, Ruhr University Bochum');
    const r = read(text);
    expect(r.jobs.map((j) => j.title)).toEqual(['Postdoctoral Researcher']);
    expect(r.years.value).toBe(3);
  });

  it('keeps a link\'s words and not its address', () => {
    expect(normalizeCvText('Lab of [Ana Ruiz](https://example.org/ruiz-lab) (2019)')).toBe('Lab of Ana Ruiz (2019)');
  });
});

describe('headings as CVs write them', () => {
  it('reads numbered, plural and parenthesised headings', () => {
    expect(headingOf('3. Appointments and Positions')).toBe('experience');
    expect(headingOf('RESEARCH EXPERIENCES')).toBe('experience');
    expect(headingOf('Professional background')).toBe('experience');
    expect(headingOf('### Professional Career')).toBe('experience');
    expect(headingOf('Educational background')).toBe('education');
    expect(headingOf('PUBLICATIONS (more at my Google Scholar profile)')).toBe('publications');
    expect(headingOf('6a. Teaching')).toBe('other');
  });

  it('reads no skill from awards, funding, service or memberships', () => {
    for (const heading of ['FUNDING & AWARDS', 'SERVICE & OUTREACH', '4. Membership in Professional and Scientific Societies']) {
      expect(headingOf(heading)).toBe('ignore');
      expect(has(`Experience\nBiostatistician, 2019 - present\n${heading}\nTravel award, Society for Molecular Biology and Evolution 2023`, 'molecular-biology')).toBe(false);
    }
  });
});

describe('dates as academic and European CVs write them', () => {
  const now = 2026 * 12 + 5;
  it('reads a two-digit end year, and keeps "2019-04" a month', () => {
    expect(periodsIn('2017-19 Research Assistant', now)[0]).toMatchObject({ start: 2017 * 12 + 5, end: 2019 * 12 + 5 });
    expect(periodsIn('2019-04', now)).toEqual([]);
    expect(periodsIn('2010-12', now)).toEqual([]);
  });

  it('reads "2024- Title" as still going, and "2016 - Title" as no range', () => {
    expect(periodsIn('2024- Assistant Professor (tenure stream)', now)[0]).toMatchObject({ start: 2024 * 12 + 5, end: now, ongoing: true });
    expect(periodsIn('2016 - Ph.D., Biophysics', now)).toEqual([]);
  });

  it('reads day-first dates', () => {
    expect(periodsIn('Acme d.o.o. - Data Engineer 01.08.2018 - 01.03.2019', now)[0]).toMatchObject({ start: 2018 * 12 + 7, end: 2019 * 12 + 2 });
  });

  it('counts a period running past the CV\'s date only up to it', () => {
    // Read in November 2025: June–November, not June 2025 to June 2026.
    expect(read('Experience\nSoftware Developer, 2025–2026').years.value).toBe(0.5);
  });

  it('counts a predoctoral fellowship as doctoral research, and a professorship since 2024', () => {
    const r = read('Appointments\n2019-23 Graduate Student Research Assistant\n2023-24 Predoctoral Fellow\n2024- Assistant Professor');
    expect(r.jobs.filter((j) => j.doctoral)).toHaveLength(2);
    expect(r.years.value).toBe(1.5); // June 2024 to November 2025
    expect(r.title?.value).toBe('Assistant Professor');
  });
});

describe('degrees and jobs apart', () => {
  it('does not count a dated degree listed among jobs', () => {
    const r = read('Professional background\n01/2011 – Present Postdoctoral Research Associate. CNRS, Paris.\n10/2004 – 01/2008 Ph.D. in computational chemistry. University of Strasbourg.');
    expect(r.jobs.map((j) => j.title)).toEqual(['Postdoctoral Research Associate']);
    expect(r.education?.value).toEqual({ level: 'phd', field: 'computational chemistry' });
  });

  it('takes a field from the entry\'s next line, or after a table\'s year column', () => {
    expect(read('Education\nPh.D. University of Science and Technology of China\nComputational Biology, School of Life Sciences\nJul 2017').education?.value)
      .toEqual({ level: 'phd', field: 'Computational Biology' });
    expect(read('Education and Training\nUniversity of Michigan, Ann Arbor, MI, USA\nPh.D., 2024 Biostatistics').education?.value)
      .toEqual({ level: 'phd', field: 'Biostatistics' });
  });

  it('reads "expected" on the school\'s line above an undated degree', () => {
    const r = read('Education\nUnion University, Faculty of Computer Science 2016 - present (expected to graduate in June 2026)\nBachelor of Science and Engineering - Computer Science');
    expect(r.education).toBeNull();
    expect(read('Education\nBachelor of Science and Engineering - Computer Science, 2019').education?.value).toEqual({ level: 'bachelor', field: 'Computer Science' });
  });

  it('does not read "promotion" in an English CV as a doctorate', () => {
    expect(read('Center for Healthcare Evaluation, Research, and Promotion, VA Healthcare System').education).toBeNull();
    expect(read('Ausbildung\nPromotion in Biologie, Universität Heidelberg, 2019').education?.value.level).toBe('phd');
  });
});

describe('who the person is', () => {
  it('weighs the employer\'s name below the degree', () => {
    const r = read('Work experience\nPostdoc Research Associate, UMass Chan Medical School, 7.2020 - present\nEducation\nPh.D in chemistry, University of Michigan, 2015 - 2020');
    expect(r.background.value).toBe('chemistry');
  });

  it('names a role from an undated experience line when no job is dated', () => {
    const r = read('## Experience\n* Experienced Product Manager in Networking & Cloud Services\n## Education\n* Master of Business Administration (MBA)');
    expect(r.title?.value).toContain('Product Manager');
    expect(r.background.value).toBe('product');
  });

  it('reads a data officer with an economics degree as data analysis', () => {
    const r = read('Education\nB.A. in Economics, Boston University, 2014\nWork experience\nResearch & Data Officer, Open Data Institute, 2017 - present');
    expect(r.background.value).toBe('data-analysis');
  });

  it('knows -ician and -ologist titles and internships', () => {
    expect(read('Work experience\n* March 2018 - Present: Biometrician').title?.value).toBe('Biometrician');
    expect(read('Experience\n2025-2026\nPraktikum Softwareentwicklung\nDLR, Almería').title?.value).toBe('Praktikum Softwareentwicklung');
  });

  it('reads "Extensive experience in" in a skills list as strong', () => {
    expect(read('Skills\n- Extensive experience in molecular simulations.').skills.find((s) => s.id === 'computational-chemistry')?.level).toBe('strong');
  });

  it('does not read "Ann Arbor" as neural networks', () => {
    expect(has('Education\nPh.D. in Chemistry, University of Michigan, Ann Arbor, 2020', 'neural-networks')).toBe(false);
    expect(has('Skills\nANN, CNN, LSTM', 'neural-networks')).toBe(true);
  });
});

describe('more shapes from the tune CVs', () => {
  it('looks three lines up for a job whose title is above a place and an advisor, and sees doctoral studies there', () => {
    const r = read([
      'Research experiences',
      'Postdoctoral Researcher, Hong Kong University of Science and Technology', '(HKUST)', 'Advisor: Dr. A. Li', 'Oct 2017 – Jun 2019',
      'Graduate studies, University of Science and Technology of China', 'School of Life Sciences', 'Advisor: Dr. B. Wu', 'Sep 2012 – Jun 2017',
    ].join('\n'));
    expect(r.jobs.map((j) => [j.title, j.doctoral])).toEqual([['Postdoctoral Researcher', false], [null, true]]);
    expect(r.years.value).toBe(1.5); // October 2017 to June 2019
  });

  it('reads a biometrician as maths and statistics', () => {
    expect(read('Work experience\n* March 2018 - Present: Biometrician\nEducation\n* B.S. in Mathematics, 2015').background.value).toBe('maths-statistics');
  });

  it('ends a job where a dated degree starts, so the degree is read as one', () => {
    const r = read('2025-2026\nPraktikum Softwareentwicklung\nDLR, Almería\n2019-2025\nB.Sc. Informatik\nUniversität Bonn');
    expect(r.education?.value).toEqual({ level: 'bachelor', field: 'Informatik' });
    expect(r.background.value).toBe('software-engineering');
    expect(r.jobs.map((j) => j.title)).toEqual(['Praktikum Softwareentwicklung']);
  });

  it('takes a skills-list item that is exactly a skill\'s name, one letter only as written', () => {
    const r = read('Skills\n* R\n  * Data analysis; data wrangling\n* SQL\nProgramming languages: Python, C, Go');
    expect(r.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['r', 'sql', 'python', 'c', 'go']));
    expect(has('Skills\n* r', 'r')).toBe(false);
    expect(has('Interests\nR', 'r')).toBe(false);
  });
});

describe('names that are not the person\'s skills', () => {
  it('reads no skill inside a society\'s, meeting\'s or journal\'s name, but does in the person\'s own words', () => {
    expect(has('Presentations\nOral, Chinese Society of Biochemistry and Molecular Biology Conference, Xiamen, 2014', 'molecular-biology')).toBe(false);
    expect(has('Publications\nReviewer for the Journal of Molecular Evolution', 'phylogenetics')).toBe(false);
    expect(has('Talks\nMolecular evolution of de novo genes, invited talk, 2023', 'phylogenetics')).toBe(true);
  });

  it('reads no skill from a job\'s sentence about the employer', () => {
    const text = 'Experience\nPrincipal Developer, Nara Logics, Inc\n2016-03 – 2016-10\nNara Logics is a pioneer in neuroscience-based AI providing personalized recommendations.\n- Built a Django web application in Python';
    expect(has(text, 'neuroscience')).toBe(false);
    expect(has(text, 'personalization')).toBe(false);
    expect(has(text, 'django')).toBe(true);
    // The person's own sentence naming the employer is still theirs.
    expect(has('Experience\nData Scientist, Acme\n2019 – 2021\nBuilt personalized recommendations for Acme customers.', 'personalization')).toBe(true);
  });

  it('reads no skill from service on students\' committees', () => {
    expect(headingOf('Service on Masters or Doctoral Committees')).toBe('ignore');
  });
});

describe('fields and projects', () => {
  it('finds a known subject before a school its PDF column ran into', () => {
    expect(read('Education\nMS in Chemistry Beijing University of Chemical Technology Beijing, China 2013 –2016').education?.value)
      .toEqual({ level: 'master', field: 'Chemistry' });
    expect(read('Education\nMBA, IE Business School, 2018').education?.value).toEqual({ level: 'master', field: 'Business administration' });
  });

  it('reads what a project still in progress uses as being learnt', () => {
    const r = read('Individual Projects\nBehavioral Cloning for Self-Driving Car - neural network that learns to drive in a simulator from pixel data of\nearlier drives. - in progress\nTraffic Signs Classifier - LeNet5 and VGG16 for traffic sign classification.');
    expect(r.skills.find((s) => s.id === 'autonomous-vehicles')).toMatchObject({ level: 'learning' });
    expect(r.skills.find((s) => s.id === 'vgg')).toMatchObject({ level: 'working', reason: 'project' });
  });
});

