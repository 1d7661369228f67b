// Tokenisation and the one-pass matcher: names found with their exact surface and offsets,
// spellings unified, and ambiguous names (R, Go, C, Spark, Excel, AI, CV…) kept only in context.
import { describe, expect, it } from 'vitest';
import { buildMatcher, lineRanges, scan, MAX_CHUNK } from '../../src/core/matcher';
import { tokenize } from '../../src/core/normalize';
import { loadTaxonomy } from '../../src/core/taxonomy';
import { testTaxonomy } from './extract-taxonomy';
import { measureWork } from './work';

const matcher = buildMatcher(loadTaxonomy(testTaxonomy));
/** Skill ids found in a text, in order. */
const ids = (text: string, company?: string) => scan(matcher, text, { company }).map((m) => m.skill.id);
/** "surface=id" pairs. */
const found = (text: string) => scan(matcher, text).map((m) => `${m.surface}=${m.skill.id}`);

describe('tokenize', () => {
  const norms = (s: string) => tokenize(s).map((t) => t.norm);

  it('keeps C++, C#, F#, .NET, R&D as whole tokens and folds case, accents and plurals', () => {
    expect(norms('C++ C# F# .NET R&D')).toEqual(['c++', 'c#', 'f#', '.net', 'r&d']);
    expect(norms('Naïve Bayes models libraries')).toEqual(['naive', 'baye', 'model', 'library']);
  });

  it('joins dotted names and splits hyphenated ones softly', () => {
    expect(norms('Node.js C3.ai Ph.D.')).toEqual([...norms('NodeJS'), ...norms('c3ai'), 'phd', '.']);
    expect(norms('scikit-learn')).toEqual(['scikit', 'learn']);
  });

  it('parts a sentence end whose space was lost ("databases.He"), not a dotted name', () => {
    const text = 'Git and SQL databases.He/she thinks';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end)).join('|')).toBe('Git|and|SQL|databases|.|He|/|she|thinks');
    expect(norms('Vue.js socket.IO tf.Keras Node.Js Socket.Io')).toEqual([...norms('Vuejs'), ...norms('socketIO'), ...norms('tfKeras'), ...norms('NodeJs'), ...norms('SocketIo')]);
  });

  it('makes punctuation its own token and keeps offsets into the original text', () => {
    const text = 'Use A/B testing, then CI/CD.';
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm)).toEqual(['use', 'a', '/', 'b', 'testing', ',', 'then', 'ci', '/', 'cd', '.']);
    expect(toks.map((t) => text.slice(t.start, t.end)).join('|')).toBe('Use|A|/|B|testing|,|then|CI|/|CD|.');
    expect(text.slice(toks[1]!.start, toks[4]!.end)).toBe('A/B testing');
  });
});

describe('scan: offsets and surfaces', () => {
  it('returns every match with its exact surface and offsets', () => {
    const text = 'We use Python, SQL and scikit-learn daily.';
    const ms = scan(matcher, text);
    expect(ms.map((m) => m.surface)).toEqual(['Python', 'SQL', 'scikit-learn']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('prefers the longest name over the names inside it', () => {
    expect(ids('Hands-on with HF Transformers and Apache Spark')).toEqual(['hugging-face-transformers', 'spark']);
    expect(found('Google Cloud Platform')).toEqual(['Google Cloud Platform=gcp']);
  });

  it('does not match across punctuation or line breaks', () => {
    expect(ids('Google, Cloud')).toEqual([]);
    expect(ids('Google Cloud')).toEqual(['gcp']);
    expect(ids('Apache\nSpark')).toEqual([]);
  });
});

describe('scan: spellings', () => {
  it.each([
    ['scikit-learn'], ['scikit learn'], ['Scikit-Learn'], ['scikitlearn'], ['sklearn'],
  ])('reads %s as scikit-learn', (form) => {
    expect(ids(`Experience with ${form} is required`)).toEqual(['scikit-learn']);
  });

  it('reads a name that ends a sentence whose space was lost ("… SQL databases.He/she is …")', () => {
    expect(ids('Knowledge of Docker and Kubernetes.He/she is an analytical thinker')).toEqual(['docker', 'kubernetes']);
  });

  it('parts two words whose space was lost with a line break ("machine learningProficiency"), keeping offsets', () => {
    expect(found('3 years in machine learningProficiency in Python')).toEqual(['machine learning=machine-learning', 'Python=python']);
    expect(ids('Experience in computer visionMachine learning')).toEqual(['computer-vision', 'machine-learning']);
    expect(ids('Expertise programming in thePython data stack')).toEqual(['python']);
    expect(ids('open source ML libraries egTensorFlow,PyTorch')).toEqual(['machine-learning', 'tensorflow', 'pytorch']);
    // A capitalised word is cut only before a word that opens an ask.
    expect(ids('Familiarity with MLflow and AirflowExperience with AWS')).toEqual(['mlflow', 'airflow', 'aws']);
    const text = 'Python and computer visionMachine learning';
    for (const m of scan(matcher, text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('keeps a name written in camel case whole ("MapReduce", "PyTorch", "DeepLearningCo")', () => {
    expect(ids('MapReduce, PyTorch, TensorFlow, MongoDB and PostgreSQL')).toEqual(['mapreduce', 'pytorch', 'tensorflow', 'mongodb', 'postgresql']);
    expect(ids('Join DeepLearningCo and OpenComputeLabs today')).toEqual([]);
    expect(ids('Experience with pyTorch and mapReduce')).toEqual(['pytorch', 'mapreduce']);
  });

  it('reads a name with its acronym written out ("explainable artificial intelligence")', () => {
    expect(ids('Generative artificial intelligence and edge artificial intelligence')).toEqual(['generative-ai', 'edge-ai']);
    expect(ids('Artificial intelligence')).toEqual(['artificial-intelligence']);
  });

  it.each([['react.js'], ['reactjs'], ['React JS'], ['React.js']])('reads %s as React (not JavaScript)', (form) => {
    expect(ids(`Front end in ${form}`)).toEqual(['react']);
  });

  it('reads Node.js, NodeJS and Node JS alike', () => {
    expect(ids('Node.js; NodeJS; Node JS')).toEqual(['nodejs', 'nodejs', 'nodejs']);
  });

  it('does not read an adjective in -ic as the field in -ics', () => {
    expect(ids('Robotic arms on the line; robotics research')).toEqual(['robotics']);
  });

  it('does not glue common words into a product name', () => {
    const m = buildMatcher(loadTaxonomy({
      version: 1,
      skills: [
        { id: 'ray', name: 'Ray', category: 'mlops', aliases: ['Anyscale'], implies: [] },
        { id: 'hadoop', name: 'Hadoop', category: 'data-engineering', aliases: ['Cloudera'], implies: [] },
      ],
    }));
    expect(scan(m, 'Deploy at any scale in the cloud era.')).toEqual([]);
    expect(scan(m, 'Anyscale and Cloudera').map((x) => x.skill.id)).toEqual(['ray', 'hadoop']);
  });

  it('does not read "regression tests" as statistics', () => {
    const m = buildMatcher(loadTaxonomy({
      version: 1, skills: [{ id: 'regression', name: 'Regression', category: 'method', aliases: [], implies: [] }],
    }));
    expect(scan(m, 'Write regression tests; fit regression models.').map((x) => x.surface)).toEqual(['regression']);
  });

  it('reads plurals and written-apart names', () => {
    expect(ids('large language model, LLM, Map Reduce, data bases')).toEqual(['llms', 'llms', 'mapreduce', 'databases']);
  });

  it('keeps C++, C#, F#, .NET, A/B testing and CI/CD as their own skills', () => {
    expect(ids('C++, C#, F#, .NET, A/B testing, CI/CD')).toEqual(['cpp', 'csharp', 'fsharp', 'dotnet', 'a-b-testing', 'ci-cd']);
  });

  it('does not find ML inside HTML, XML, YAML or MLK', () => {
    expect(ids('HTML, XML and YAML files; MLK day off')).toEqual([]);
    expect(ids('ML and AI')).toEqual(['machine-learning', 'artificial-intelligence']);
  });

  it('needs capitals for a short acronym: "5 ml of buffer" is not machine learning', () => {
    expect(ids('Pipette 5 ml of buffer')).toEqual([]);
  });

  it('does not read a link as prose', () => {
    expect(ids('Apply at https://jobs.example.com/mlops-python-engineer or ml@example.com')).toEqual([]);
  });
});

describe('scan: ambiguous names need a technical context', () => {
  it('R: yes in lists and after "in"; not in R&D or a product name', () => {
    expect(ids('Python or R')).toEqual(['python', 'r']);
    expect(ids('R, Python and SQL')).toEqual(['r', 'python', 'sql']);
    expect(ids('R/Python')).toEqual(['r', 'python']);
    expect(ids('Expert level programming in R required.')).toEqual(['r']);
    expect(ids('Our R&D team is growing.')).toEqual([]);
    expect(ids('Drive the new Ranger R across the desert.')).toEqual([]);
  });

  it('Go: yes as Golang, in a list, or "written in Go"; not "go to market", "on the go", "Go-getter"', () => {
    expect(ids('Backend services in Golang')).toEqual(['go']);
    expect(ids('Go, Python')).toEqual(['go', 'python']);
    expect(ids('Our services are written in Go.')).toEqual(['go']);
    expect(ids('You own our go to market plan.')).toEqual([]);
    expect(ids('Go to market with Python tooling.')).toEqual(['python']);
    expect(ids('Snacks for on the go.')).toEqual([]);
    expect(ids('A Go-getter who ships.')).toEqual([]);
  });

  it('C: yes next to C++ or in a language list; not "Series C" or "C-suite"', () => {
    expect(ids('C/C++')).toEqual(['c', 'cpp']);
    expect(ids('one of the following: Python, Java, C++, C')).toEqual(['python', 'java', 'cpp', 'c']);
    expect(ids('We closed our Series C round.')).toEqual([]);
    expect(ids('You will present to the C-suite.')).toEqual([]);
  });

  it('Spark: the tool, not the verb', () => {
    expect(ids('Experience with Hadoop, Spark, Hive')).toEqual(['hadoop', 'spark', 'hive']);
    expect(ids('Apache Spark')).toEqual(['spark']);
    expect(ids('Ideas that spark innovation.')).toEqual([]);
    expect(ids('Spark innovation across our teams using Python.')).toEqual(['python']);
    expect(ids('Big data work in Spark and Python.')).toEqual(['spark', 'python']);
  });

  it('Excel: the spreadsheet, not "excel at"', () => {
    expect(ids('Proficient in Excel and SQL')).toEqual(['excel', 'sql']);
    expect(ids('Excel at working in a highly collaborative environment')).toEqual([]);
    expect(ids('You will excel in a fast-paced team.')).toEqual([]);
  });

  it('Rust and Julia: the languages, not the word or the person', () => {
    expect(ids('Performance work in C++ or Rust')).toEqual(['cpp', 'rust']);
    expect(ids('Pipes that rust over time.')).toEqual([]);
    expect(ids('Python, R or Julia')).toEqual(['python', 'r', 'julia']);
    expect(ids('Julia Roberts, our recruiter, will call you.')).toEqual([]);
  });

  it('SAS: the statistics package in context', () => {
    expect(ids('SQL, Access, Excel, SAS and other statistical programs')).toEqual(['sql', 'excel', 'sas']);
  });

  it('CV: computer vision, not a résumé', () => {
    expect(ids('Deep learning for CV and NLP')).toEqual(['deep-learning', 'computer-vision', 'nlp']);
    expect(ids('Please send your CV to our recruiter.')).toEqual([]);
  });

  it('AI: the field, not a company name', () => {
    expect(ids('AI and machine learning research')).toEqual(['artificial-intelligence', 'machine-learning']);
    expect(ids('OpenAI and C3.ai are hiring.')).toEqual([]);
    expect(ids('Scale AI is hiring ML engineers.')).toEqual(['machine-learning']);
    expect(ids('At Acme AI we build models.', 'Acme AI')).toEqual([]);
    expect(ids('Large scale AI problems.', 'Scale AI')).toEqual(['artificial-intelligence']);
  });

  it('reads a capitalised tool written in lower case only inside a list', () => {
    expect(ids('hadoop, spark, hive')).toEqual(['hadoop', 'spark', 'hive']);
  });

  it('does not take "cutting-edge AI" for Edge AI', () => {
    expect(ids('using cutting-edge AI')).toEqual(['artificial-intelligence']);
    expect(ids('Edge AI deployment')).toEqual(['edge-ai']);
  });

  it('drops team and company names', () => {
    expect(ids('Join the AI and Data Science team')).toEqual([]);
    expect(ids('Collaborate with Data Science teams. Data science is our craft.')).toEqual(['data-science']);
    // A category and the examples it is given by are a broader and narrower skill: two entries (EXTRACTION.md).
    expect(ids('Experience with cloud platforms such as AWS or GCP')).toEqual(['cloud-computing', 'aws', 'gcp']);
    expect(ids('Significant experience with cloud platforms.')).toEqual(['cloud-computing']);
  });

  it('gives the shared noun to each word before it: "predictive and causal modeling"', () => {
    expect(found('predictive and causal modeling')).toEqual(['predictive=predictive-modeling', 'causal modeling=causal-inference']);
    expect(ids('supervised and unsupervised learning')).toEqual(['supervised-learning', 'unsupervised-learning']);
  });
});

describe('buildMatcher', () => {
  // How long the build takes is a bench figure (`npm run bench`), not a test's.
  it('reports forms two skills share', () => {
    const m = buildMatcher(loadTaxonomy(testTaxonomy));
    expect(m.conflicts).toEqual([]);
    const clash = loadTaxonomy({
      version: 1,
      skills: [
        { id: 'a', name: 'Signal analysis', category: 'method', aliases: [], implies: [] },
        { id: 'b', name: 'Signals', category: 'method', aliases: ['signals analysis'], implies: [] },
      ],
    });
    expect(buildMatcher(clash).conflicts).toHaveLength(1);
  });
});

describe('long and hostile input', () => {
  it('cuts over-long lines into chunks at spaces', () => {
    const text = `${'word '.repeat(MAX_CHUNK)}\nshort`;
    const ranges = lineRanges(text);
    expect(ranges.length).toBeGreaterThan(2);
    for (const [s, e] of ranges) expect(e - s).toBeLessThanOrEqual(MAX_CHUNK);
    expect(text.slice(...ranges[ranges.length - 1]!)).toBe('short');
  });

  it('scans megabytes of repetitive text in linear work', () => {
    const unit = 'R&D Go go-getter C C++ C# .NET spark Spark AI Python, R or SQL; ';
    const tail = 'x'.repeat(300_000) + '-'.repeat(100_000);
    const half = measureWork(matcher, () => scan(matcher, unit.repeat(Math.ceil(1_000_000 / unit.length)) + tail));
    const full = measureWork(matcher, () => scan(matcher, unit.repeat(Math.ceil(2_000_000 / unit.length)) + tail));
    expect(full.out.length).toBeGreaterThan(1000);
    expect(full.out.length).toBeGreaterThan(1.9 * half.out.length);
    // Twice the text, about twice the automaton's lookups and the characters regexes read.
    expect(full.steps / half.steps).toBeLessThan(2.1);
    expect(full.regexChars / half.regexChars).toBeLessThan(2.1);
    expect(full.steps / (2_000_000 + tail.length)).toBeLessThanOrEqual(1.5);
  });
});
