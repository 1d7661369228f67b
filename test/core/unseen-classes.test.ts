// The ways postings GapLens was not tuned on are written (issue 14), one small realistic sentence
// each, read with the real taxonomy: headings in other dresses, nice-to-have cues, skills named
// as verb phrases, field words used as context, year figures about other things, waivers, wishes
// and examples. Each case is a class of writing, not one posting.
import { describe, expect, it } from 'vitest';
import { Requirements } from '../../src/core/schema';
import { realEngine } from './helpers';

const read = (text: string) => {
  const r = realEngine().extract(text);
  expect(Requirements.safeParse(r).success).toBe(true);
  return r;
};
/** id → section. */
const sections = (text: string) => Object.fromEntries(read(text).skills.map((s) => [s.id, s.section]));
/** Sections of the ids asked about, so a growing taxonomy does not change the test's meaning. */
const sectionsOf = (text: string, ids: string[]) => {
  const all = sections(text);
  return Object.fromEntries(ids.map((id) => [id, all[id] ?? 'absent']));
};

describe('1. headings in other dresses', () => {
  it.each([
    ['**Your profile**'], ['*Your profile*'], ['__Requirements__'], ['🎯 Requirements'], ['✨ What you bring'],
    ['Your profile'], ['What we expect'], ['Candidate profile'], ['Selection criteria'], ['Essential criteria'],
    ['Who you are'], ['You might be a fit if you'], ['Person specification'], ['Your qualifications:'],
    ['Ihr Profil'], ['**Was du mitbringst**'], ['Jouw profiel'], ['Wat wij vragen:'], ['Votre profil'], ['Requisitos'],
    ['岗位要求：'], ['任职要求'], ['**职位要求**'],
    ["Skills & Experience We're Looking For"], ['About the Candidate'], ['To be successful in this role you will have:'], ['Our Ideal Candidate Has'],
    ['Skills and attributes for success'], ['The right person will have'], ['Tech Requirements'],
    ['Requirements for the position'], ['What you bring to the team'], ['Competences'], ['Our expectations'], ['Expectations'],
  ])('%s opens the requirements', (heading) => {
    expect(sectionsOf(`About us\nWe run Kafka at scale.\n${heading}\n- Python and SQL`, ['python', 'sql', 'kafka'])).toEqual({
      python: 'required', sql: 'required', kafka: 'other',
    });
  });

  it('"the successful candidate will have" inside a paragraph asks in its sentence and opens no section', () => {
    const text = 'General Summary\nThe analyst joins our team. The successful candidate will have 3+ years of experience with Python. Our mission is care.\nPrincipal Tasks\n- Develops Spark jobs';
    expect(sectionsOf(text, ['python', 'spark'])).toEqual({ python: 'required', spark: 'other' });
  });

  it('"Would be an asset" as a heading of its own opens the nice-to-haves', () => {
    expect(sectionsOf('Requirements\n- Python\nWould be an asset\n- Kafka', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'preferred' });
  });

  it('a heading with its colon on a line of its own', () => {
    expect(sectionsOf('About the company\nWe use Kafka.\nYour skills\n:\n- Python', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it.each([
    ['Your tasks'], ['**Your tasks**'], ['🚀 What you will do'], ['What we offer'], ['Your mission'], ['Ihre Aufgaben'], ['Wir bieten'],
    ['Wat wij bieden'], ['Vos missions'], ['岗位职责'], ['工作内容：'], ['Your Day-to-Day'], ["Why You'll Love Working Here"], ['Salary and benefits'],
  ])('%s closes the requirements', (heading) => {
    expect(sectionsOf(`Your profile\n- Python\n${heading}\n- Build Spark jobs`, ['python', 'spark'])).toEqual({ python: 'required', spark: 'other' });
  });

  it.each([
    ['Desirable criteria'], ['**Nice to have**'], ['💡 Bonus points'], ['What Gives You An Edge'], ['**What gives you an edge:**'],
    ['Added advantage'], ['Good to know'], ["We'd love to see"], ['Additional desirable skills'], ['### Love to see'],
    ['Wünschenswert'], ['Von Vorteil:'], ['Pluspunten'], ['加分项：'], ['Additional Skills That Would Be Helpful'], ["We'd love it if you also have"],
  ])('%s opens the nice-to-haves', (heading) => {
    expect(sectionsOf(`Essential criteria\n- Python\n${heading}\n- Kubernetes`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'preferred' });
  });

  it.each([
    ['5+ years of experience with Python.'], ['Proficiency in Python.'], ['Strong Python skills.'], ['Solid knowledge of Python.'],
    ['Hands-on experience with Python is essential.'], ['Demonstrated experience in Python.'],
    ['Hands on experience with Python.'], ['Strong in Python and its data libraries.'], ['Good at Python.'],
    ['Requires great data visualization and Python skills.'], ['This position demands expertise in Python.'], ['The role calls for Python.'],
  ])('"%s" is a requirement under a heading that does not say so', (sentence) => {
    expect(sectionsOf(`About the role\nWe use Kafka. ${sentence}`, ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it('an ask that opens a list with a colon asks for the list after it on the same line', () => {
    const text = 'Key Responsibilities:\n * Experience in machine learning, supervised and unsupervised: - Forecasting, Regression, Decision Trees\n * Run our Kafka clusters';
    expect(sectionsOf(text, ['machine-learning', 'regression', 'decision-trees', 'kafka'])).toEqual({
      'machine-learning': 'required', regression: 'required', 'decision-trees': 'required', kafka: 'other',
    });
  });

  it('splits the sections of a posting flattened onto one line', () => {
    const flat = 'We are a data company using Kafka. Requirements: 3+ years of experience with Python and SQL. '
      + 'Nice to have: Kubernetes, Docker. Benefits: AWS credits and a gym.';
    expect(sectionsOf(flat, ['python', 'sql', 'kubernetes', 'docker', 'aws', 'kafka'])).toEqual({
      python: 'required', sql: 'required', kubernetes: 'preferred', docker: 'preferred', aws: 'other', kafka: 'other',
    });
    expect(read(flat).years?.min).toBe(3);
  });

  it('splits flattened bullets and bold headings', () => {
    const flat = '**About us** We run Kafka. **Requirements** - Python - SQL **Nice to have** - Kubernetes';
    expect(sectionsOf(flat, ['python', 'sql', 'kubernetes', 'kafka'])).toEqual({
      python: 'required', sql: 'required', kubernetes: 'preferred', kafka: 'other',
    });
  });
});

describe('1b. names written beside Chinese or Japanese text', () => {
  it('a Latin name touching Han characters is a word of its own, and an ideographic comma lists', () => {
    expect(sectionsOf('岗位要求：\n1. 熟练掌握和使用Java、C++、Python、Go等编程语言\n2. 熟悉GAN、Stable Diffusion等，了解LoRA微调',
      ['java', 'cpp', 'python', 'go', 'gans', 'stable-diffusion', 'lora'])).toEqual({
      java: 'required', cpp: 'required', python: 'required', go: 'required', gans: 'required', 'stable-diffusion': 'required', lora: 'required',
    });
  });
});

describe('2. nice-to-have cues', () => {
  it.each([
    ['Kubernetes is a plus'], ['Kubernetes would be a bonus'], ['Nice to have: Kubernetes'], ['Ideally Kubernetes experience'],
    ['Familiarity with Kubernetes would be great'], ['Experience with Kubernetes is desirable'], ['Knowledge of Kubernetes is helpful'],
    ['Experience in Kubernetes is advantageous'], ['Preferably Kubernetes'], ["We'd love it if you know Kubernetes"],
    ['Kubernetes experience would be nice'], ['Bonus if you have used Kubernetes'],
    ['Priority will be given to applicants with Kubernetes experience'], ['Precedence is given to those who know Kubernetes'],
    ['Great if you have worked with Kubernetes'], ["It's nice if you know Kubernetes"], ['Not required but helpful: Kubernetes'],
    ['Kubernetes: not required, but a plus'], ['Ideally, you know Kubernetes'], ["Ideally you'd have worked with Kubernetes"],
    ['Experience with Kubernetes is preferable.'], ['Some exposure to Kubernetes would be handy'], ['Kubernetes would come in handy'],
    ['Kubernetes experience (or a willingness to learn)'], ['Kubernetes (or be willing to learn it)'],
    ['Experience with Kubernetes as a nice extra'], ['Kubernetes would be a welcome addition'], ['If you know Kubernetes, even better.'],
    ["You'll stand out if you have experience with Kubernetes."], ['Extra credit for experience with Kubernetes'],
    ["We don't expect you to know Kubernetes, but it would help."], ["You don't need Kubernetes, but it helps."],
    ['Experience with Kubernetes is particularly relevant.'], ['Knowledge of Kubernetes would be especially valuable.'],
    ['Experience with Kubernetes would be of particular interest.'],
  ])('"%s" is a nice-to-have inside a requirements list', (item) => {
    expect(sectionsOf(`Requirements:\n- Python\n- ${item}`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'preferred' });
  });

  it('examples in brackets right after a trailing cue share it', () => {
    expect(sectionsOf('Qualifications:\n* Python\n* Familiarity with deep learning is desired (including use of frameworks such as PyTorch, TensorFlow).',
      ['python', 'pytorch', 'tensorflow'])).toEqual({ python: 'required', pytorch: 'preferred', tensorflow: 'preferred' });
  });

  it('"particularly relevant" closing the sentence is a wish; "relevant experience" and "relevant to this role" ask', () => {
    expect(sectionsOf('Requirements:\n- Python\n- 3+ years of relevant experience with Kubernetes', ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'required' });
    expect(sectionsOf('Requirements:\n- Python\n- Kubernetes is particularly relevant to this role', ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'required' });
  });

  it('a lead that says the nice-to-haves follow, inside a sentence or on a line of its own', () => {
    expect(sectionsOf('You have strong Python skills. Nice-to-haves include Kubernetes and Docker.', ['python', 'kubernetes', 'docker'])).toEqual({
      python: 'required', kubernetes: 'preferred', docker: 'preferred',
    });
    for (const lead of ["It'd be great if you also had", 'It would be great if you also had', "It'd be great if you also had:"]) {
      expect(sectionsOf(`What you'll need\n- Python\n${lead}\n- Kubernetes`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'preferred' });
    }
  });

  it('a bracketed requirement before a bracketed cue keeps what it follows required', () => {
    expect(sectionsOf('Skills: Python (essential), Rstats (desirable)', ['python'])).toEqual({ python: 'required' });
  });

  it("a waiver without a wish still drops what it waives", () => {
    expect(sectionsOf("Requirements\n- Python\n- You don't need Kubernetes.", ['kubernetes'])).toEqual({ kubernetes: 'absent' });
  });

  it('"Ideally you have:" opening a list of its own is still the main ask', () => {
    expect(sectionsOf('Ideally you have:\n- Kubernetes\n- Python', ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'required' });
  });

  it("a board's boilerplate about highlighted preferred key skills makes nothing before it preferred", () => {
    const text = 'Requirements:\n- Python\nKey Skills Python Kubernetes SQL Skills highlighted with ‘‘ are preferred keyskills';
    expect(sectionsOf(text, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'required' });
    expect(sectionsOf(`About us\nWe build ML tools.\n${text.slice(text.indexOf('Key'))}`, ['kubernetes'])).toEqual({ kubernetes: 'other' });
  });

  it('a nice-to-have sub-list nested in the requirements', () => {
    expect(sectionsOf('Requirements:\n- Python\n- Nice to have:\n  - Kubernetes\n  - Docker\n- SQL', ['python', 'kubernetes', 'docker', 'sql'])).toEqual({
      python: 'required', kubernetes: 'preferred', docker: 'preferred', sql: 'required',
    });
  });
});

describe('3. skills named as verb phrases', () => {
  it.each([
    ['Experience deploying models to production', 'model-deployment'],
    ['Experience deploying trained models into production', 'model-deployment'],
    ['Tuning hyperparameters of large models', 'hyperparameter-tuning'],
    ['Labelling data for supervised learning', 'data-labeling'],
    ['Annotating data with domain experts', 'data-labeling'],
    ['Writing unit tests', 'unit-testing'],
    ['Models are deployed to production by you', 'model-deployment'],
    ['Hyperparameter tuned models', 'hyperparameter-tuning'],
    ['Labelling images for model training', 'data-labeling'],
    ['Writing prompts for LLM applications', 'prompt-engineering'],
    ['Versioning data and models', 'data-versioning'],
    ['Modelling time-to-event data', 'survival-analysis'],
    ['Deploying ML systems at scale', 'model-deployment'],
    ['Testing hypotheses with real-world data', 'hypothesis-testing'],
  ])('"%s" names %s', (item, id) => {
    expect(sectionsOf(`Requirements:\n- ${item}`, [id])).toEqual({ [id]: 'required' });
  });

  it.each([
    ['You will be asked to preprocess and analyze large datasets', 'data-preprocessing'],
    ['Your job is to clean, label and curate data', 'data-cleaning'],
    ['Your role is to train and deploy machine learning models', 'model-training'],
    ['You will help us to deploy and monitor ML models on Kubernetes', 'model-deployment'],
    ['Your task is to label and curate datasets', 'data-labeling'],
  ])('base forms after "to" share the object after the last: "%s" names %s', (item, id) => {
    expect(sectionsOf(`Responsibilities:\n- ${item}`, [id])).toEqual({ [id]: 'other' });
  });

  it('a base form not after "to" names nothing, nor does a vague object that only modifies', () => {
    expect(sectionsOf('Responsibilities:\n- Our engineers deploy models weekly', ['model-deployment'])).toEqual({ 'model-deployment': 'absent' });
    expect(sectionsOf('Responsibilities:\n- You will be asked to augment data collection procedures', ['data-augmentation'])).toEqual({ 'data-augmentation': 'absent' });
  });

  it('the kind of model in a verb phrase is a skill of its own', () => {
    for (const item of ['Experience deploying ML models into production', 'Experience deploying machine learning models', 'Training ML models on large datasets']) {
      expect(sectionsOf(`Requirements:\n- ${item}`, ['machine-learning'])).toEqual({ 'machine-learning': 'required' });
    }
  });

  it('does not join a verb and a noun across a sentence or a list', () => {
    expect(sectionsOf('Requirements:\n- We are deploying. Models matter.\n- Tuning, data', ['model-deployment', 'data-labeling'])).toEqual({
      'model-deployment': 'absent', 'data-labeling': 'absent',
    });
  });
});

describe('5. field words used as context', () => {
  it.each([
    ['We are an AI company building tools for lawyers.', 'artificial-intelligence'],
    ['We are an AI-first startup.', 'artificial-intelligence'],
    ['Join an analytics-driven culture.', 'data-analysis'],
  ])('"%s" does not ask for the field', (blurb, id) => {
    expect(sectionsOf(`${blurb}\nRequirements:\n- Python`, [id, 'python'])).toEqual({ [id]: 'absent', python: 'required' });
  });

  it.each([
    ['Experience with a Unix-based environment', 'unix'],
    ['Familiarity with Linux-based environments', 'linux'],
    ['Hands-on experience in AWS-based environments', 'aws'],
    // A later item of the ask's list, and a non-breaking hyphen (U+2011) as a page may write it.
    ['Experience in automation, AWS\u2011based environments, and Snowflake', 'aws'],
    ['Familiarity with Airflow, dbt, and Linux-based environments', 'linux'],
  ])('"%s" asks for the tool: the setting is the candidate\'s', (item, id) => {
    expect(sectionsOf(`Requirements:\n- Python\n- ${item}`, [id, 'python'])).toEqual({ [id]: 'required', python: 'required' });
  });

  it('a kind of employer after such a list is still context, not an ask', () => {
    expect(sectionsOf('Requirements:\n- Python\n- Experience in a young, remote, AWS-based company', ['aws', 'python'])).toEqual({ aws: 'other', python: 'required' });
  });

  it.each([['Current areas of expertise include:'], ["Our team's expertise:"], ['The group has experience in:'], ['Our core competencies:']])(
    '"%s" introduces the team\'s own know-how, not an ask', (heading) => {
      expect(sectionsOf(`We are hiring.\n${heading}\n- Kubernetes clusters for genomics\n- Airflow pipelines\nApply by mail.`, ['kubernetes', 'airflow'])).toEqual({
        kubernetes: 'other', airflow: 'other',
      });
    });

  it.each([['Your areas of expertise:'], ['Our requirements:'], ['Required experience:']])('"%s" still opens the requirements', (heading) => {
    expect(sectionsOf(`We are hiring.\n${heading}\n- Kubernetes\n- Airflow`, ['kubernetes', 'airflow'])).toEqual({ kubernetes: 'required', airflow: 'required' });
  });
});

describe('5c. the employer speaking of itself after a list, and names of institutions', () => {
  it.each([
    ['Fred Hutch is committed to improving diversity in the computational sciences and encourages applications from women.'],
    ['Acme Corp is an equal opportunity employer; we apply machine learning to hiring fairly.'],
    ['All qualified applicants will receive consideration without regard to race, color or religion. We use machine learning.'],
  ])('"%s" closes the list above it', (paragraph) => {
    const got = sections(`Preferred qualifications\n- Docker\n\n${paragraph}`);
    expect(got.docker).toBe('preferred');
    for (const [id, sec] of Object.entries(got)) if (id !== 'docker') expect(sec, id).toBe('other');
  });

  it.each([['Submit a coding challenge using GitHub.'], ['Make sure your resume has github, linkedin, kaggle links.'], ['Share links to your GitHub repositories in your application.']])(
    '"%s" says how to apply, and asks for no tool', (sentence) => {
      expect(sectionsOf(`Requirements\n- Python\n- ${sentence}`, ['github', 'kaggle'])).toEqual({ github: 'absent', kaggle: 'absent' });
    });

  it('GitHub or Hugging Face asked for as a tool stays ("CV" there is computer vision, not a résumé)', () => {
    expect(sectionsOf('Requirements\n- Experience with Git and GitHub', ['github'])).toEqual({ github: 'required' });
    expect(sectionsOf('Requirements\n- Experience training CV models and sharing them through Hugging Face', ['hugging-face'])).toEqual({ 'hugging-face': 'required' });
  });

  it('a university named by its field is no ask', () => {
    expect(sectionsOf('MBZUAI (Mohamed bin Zayed University of Artificial Intelligence) is hiring.\nRequirements\n- Python', ['artificial-intelligence', 'python']))
      .toEqual({ 'artificial-intelligence': 'absent', python: 'required' });
  });
});

describe('5e. from an eleventh probe: glued headings, lists in asides, adjectives before brackets', () => {
  it('a heading glued to the word before it and the one after it', () => {
    const text = 'Requirements: transcriptomics and metabolic integrationPreferred ExperienceFamiliarity with Kubernetes.About UsWe do cybersecurity for the Navy.';
    expect(sectionsOf(text, ['transcriptomics', 'kubernetes', 'cybersecurity'])).toEqual({ transcriptomics: 'required', kubernetes: 'preferred', cybersecurity: 'other' });
  });

  it('an aside that is a list keeps its last item ", and a …"; a new ask after ", and a strong …" ends it', () => {
    expect(sectionsOf('Requirements\n- Strong programming skills, preferably Python, Unix, and a Deep Learning framework (e.g., PyTorch).', ['python', 'unix', 'deep-learning', 'pytorch']))
      .toEqual({ python: 'preferred', unix: 'preferred', 'deep-learning': 'preferred', pytorch: 'preferred' });
    expect(sectionsOf('Requirements\n- Coding, ideally with Python, SQL, and a strong background in machine learning', ['python', 'sql', 'machine-learning']))
      .toEqual({ python: 'preferred', sql: 'preferred', 'machine-learning': 'required' });
  });

  it('a field adjective before a bracketed aside still names the field', () => {
    expect(sectionsOf('Requirements\n- Experience with genomic (e.g. NGS) data sets', ['genomics'])).toEqual({ genomics: 'required' });
  });

  it('"You might also have …" is a nice-to-have, not "you may also have the opportunity"', () => {
    expect(sectionsOf('About You\nYou have strong Python skills. You might also have experience with Kafka.', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'preferred' });
  });
});

describe('5f. a posting a scraper wrote all in lower case', () => {
  const blurb = 'who we are: we are a small education company that builds games which help children learn mathematics, and we are '
    + 'growing quickly across north america and europe with a friendly team of teachers, designers and engineers who care about kids. ';
  it('short acronyms and names told apart by their case are still read', () => {
    const text = `${blurb}\nwhat you will do: build dashboards and reports for our product teams every week.\nrequirements:\n- proficiency in sql, r and python\n- experience with aws and tableau\n- strong statistics skills`;
    expect(sectionsOf(text, ['sql', 'r', 'python', 'aws', 'tableau'])).toEqual({ sql: 'required', r: 'required', python: 'required', aws: 'required', tableau: 'required' });
  });

  it('in a posting with its capitals, "sql" in lower case still needs them, and "r" is a letter', () => {
    expect(sectionsOf('Requirements\n- proficiency in sql\n- grade r or better', ['sql', 'r'])).toEqual({ sql: 'absent', r: 'absent' });
  });
});

describe('5d. lists kept in a data file\'s keys', () => {
  it('a YAML or source key names the list below it', () => {
    expect(sectionsOf('requirements_technical: [\n  "Programming experience with SQL and Python",\n  "Proficient with Git",\n]\nplus=[\n  "Knowledge of Hadoop and Spark",\n]',
      ['sql', 'python', 'git', 'hadoop', 'spark'])).toEqual({ sql: 'required', python: 'required', git: 'required', hadoop: 'preferred', spark: 'preferred' });
  });
});

describe('5b. a field in the name of a role or a team', () => {
  it.each([
    ['We are looking for a Big Data Architect with strong skills in Kafka.', 'big-data', 'kafka'],
    ['Requirements:\n- Docker\n- Our NLP interns present their work every week', 'nlp', 'docker'],
    ['Requirements:\n- PyTorch\n- You join a Machine Learning and Computer Vision Expert in her studies', 'computer-vision', 'pytorch'],
    ['Requirements:\n- Kubernetes\n- You will report to our Data Science Lead', 'data-science', 'kubernetes'],
    ['Requirements:\n- Kubernetes\n- Mentoring by senior reinforcement learning researchers', 'reinforcement-learning', 'kubernetes'],
    // A kind of role between the field and the role word, and engineers among the roles.
    ['The Bioinformatics Data Scientist will be responsible for our pipelines.\nRequirements:\n- Kubernetes', 'bioinformatics', 'kubernetes'],
    ['We are seeking a Senior NLP Research Scientist.\nRequirements:\n- PyTorch', 'nlp', 'pytorch'],
    ['Requirements:\n- Airflow\n- You will pair with our MLOps engineers every day', 'mlops', 'airflow'],
    ['Title: Computer Vision Software Engineer\nRequirements:\n- C++', 'computer-vision', 'cpp'],
  ])('"%s" names a role: no mention of the field at all', (text, field, asked) => {
    expect(sectionsOf(text, [field, asked])).toEqual({ [field]: 'absent', [asked]: 'required' });
  });

  it.each([
    ['Requirements:\n- Design predictive models and algorithms that lead to better decisions', 'predictive-modeling'],
    ['Requirements:\n- Experience with data science. Report to our Data Science Lead', 'data-science'],
  ])('"%s": a verb "lead", or the field asked elsewhere, keeps it', (text, field) => {
    expect(sectionsOf(text, [field])).toEqual({ [field]: 'required' });
  });

  it.each([
    ['Requirements:\n- Proven experience as an NLP researcher', 'nlp'],
    ['Requirements:\n- 3+ years of work as Computer Vision specialist', 'computer-vision'],
    ['Requirements:\n- Strong NLP skills', 'nlp'],
    ['Requirements:\n- Hands-on NLP engineering in production', 'nlp'],
    ['Requirements:\n- NLP engineer experience', 'nlp'],
    // A role held before, named second in an either-or, is asked as much as the first.
    ['Requirements:\n- 7+ years of experience as a data scientist or machine learning engineer', 'machine-learning'],
    ['Requirements:\n- 3+ years of experience as a Machine Learning and Data Science expert', 'data-science'],
  ])('"%s" still asks for the field', (text, field) => {
    expect(sectionsOf(text, [field])).toEqual({ [field]: 'required' });
  });

  it.each([
    ['Requirements:\n- Familiarity with version control and deployment practices', 'version-control'],
    ['Requirements:\n- Familiarity with modern DevOps and security practices', 'devops'],
    ['Responsibilities:\n- Keep quality high through code reviews and CI/CD practices', 'ci-cd'],
  ])('"%s": practices are ways of working, not a practice that is a team', (text, id) => {
    expect(sectionsOf(text, [id])[id]).not.toBe('absent');
  });

  it('"the Data Science practice" is still a team', () => {
    expect(sectionsOf('Requirements:\n- Kubernetes\n- You will join our Data Science practice', ['data-science', 'kubernetes'])).toEqual({
      'data-science': 'absent', kubernetes: 'required',
    });
  });
});

describe('5g. a head shared by two words, where only the first pair is a name', () => {
  it.each([
    ['Agile and Lean methodologies and practices', 'agile'],
    ['Identify weaknesses in Python services by performing code and design reviews', 'code-review'],
  ])('"%s" names %s', (item, id) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${item}`, [id])).toEqual({ [id]: 'required' });
  });

  it.each([
    ['Python: implementing models and associated training and evaluation stacks', 'model-training'],
    ['Experience with Python, data and related engineering tools', 'data-engineering'],
  ])('a participle in the second slot keeps "%s" from naming %s', (item, id) => {
    expect(sectionsOf(`Requirements\n- ${item}`, [id])).toEqual({ [id]: 'absent' });
  });
});

describe('6. year figures about other things', () => {
  it.each([
    ['We were founded 15 years ago.'], ['You will join a 3-year project.'], ['Building on 50+ years of innovation.'],
    ['Our 10-year-old platform serves millions.'],
  ])('"%s" is not the experience asked', (blurb) => {
    expect(read(`${blurb}\nRequirements:\n- 2+ years of experience with Python`).years?.min).toBe(2);
  });

  it.each([
    ['PhD, or MS and 3 years of experience in machine learning', 0],
    ['PhD or MS + 3 years of industry experience', 3],
    ['PhD (any field), or a Master’s degree with 2+ years of experience', 0],
    ['MS with 2+ years of experience, or BS with 5+ years of experience', 2],
  ])('"%s": the smallest figure of the degree alternatives', (item, years) => {
    expect(read(`Requirements:\n- ${item}`).years?.min).toBe(years);
  });
});

describe('7. waivers, wishes and examples', () => {
  it('a waived PhD is not required, and the waiver does not soften the rest of the sentence', () => {
    const r = read('You might be a fit if you\nHave 2+ years of experience with PyTorch or JAX.\n'
      + 'Have shipped work on RLHF or interpretability (a PhD is welcome but not required).');
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toMatchObject({ pytorch: 'required', jax: 'required', rlhf: 'required' });
    expect(r.degree?.section).not.toBe('required');
  });

  it.each([['Want to learn more about machine learning?'], ['Enjoy pair programming'], ['Eager to learn Kubernetes'], ['Curious about reinforcement learning']])(
    '"%s" is a wish, not a requirement', (line) => {
      const r = sections(`Requirements:\n- Python\n- ${line}`);
      expect(r.python).toBe('required');
      for (const [id, section] of Object.entries(r)) if (id !== 'python') expect([id, section]).toEqual([id, 'other']);
    });

  it.each([
    ['Experience with frameworks such as PyTorch, TensorFlow, JAX, etc.'], ['Deep learning frameworks (e.g. PyTorch, TensorFlow, JAX)'],
    ['Experience with a framework like PyTorch, TensorFlow or JAX'],
  ])('"%s": the examples are one either-or group', (item) => {
    const r = read(`Requirements:\n- ${item}`);
    const groups = new Set(r.skills.filter((s) => ['pytorch', 'tensorflow', 'jax'].includes(s.id)).map((s) => s.group));
    expect(groups.size).toBe(1);
    expect([...groups][0]).not.toBeNull();
  });

  it('a plain list stays a list', () => {
    const r = read('Requirements:\n- Python, SQL and Docker');
    expect(r.skills.filter((s) => s.group !== null)).toEqual([]);
  });
});

describe('8. structure that survives flattening', () => {
  it('a markdown heading inside a line still opens its section', () => {
    const flat = '## About Us We run Kafka at scale. ## What you must have: - Python and SQL ## Nice to have - Kubernetes ## What We Offer - AWS credits';
    expect(sectionsOf(flat, ['kafka', 'python', 'sql', 'kubernetes', 'aws'])).toEqual({
      kafka: 'other', python: 'required', sql: 'required', kubernetes: 'preferred', aws: 'other',
    });
  });

  it('a heading in four emphasis marks inside a line', () => {
    expect(sectionsOf('****RESPONSIBILITIES:**** * Build Kafka jobs ****QUALIFICATIONS:**** * Python', ['kafka', 'python'])).toEqual({ kafka: 'other', python: 'required' });
  });

  it('a bullet inside a line ends the sentence a cue is read in', () => {
    expect(sectionsOf('Requirements: * Strong Python, preferably in production * Expert in SQL * Docker', ['python', 'sql', 'docker'])).toEqual({
      python: 'required', sql: 'required', docker: 'required',
    });
  });

  it("a list item's own label after a bullet is not a heading", () => {
    expect(sectionsOf('Nice to have: * Conversational AI knowledge: familiarity with dialogue systems * Python', ['dialogue-systems', 'python'])).toEqual({
      'dialogue-systems': 'preferred', python: 'preferred',
    });
  });

  it('markdown escapes do not hide a cue', () => {
    expect(sectionsOf("About the team\nWe use Kafka.\n**What You\\'ll Bring**\n- Python", ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it.each([["It's Preferred If You Have"], ['Bonus points!']])('"%s" on a line of its own opens the nice-to-haves', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Kubernetes`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'preferred' });
  });

  it('"We\'re Excited About You Because You Have..." opens the requirements', () => {
    expect(sectionsOf('About us\nWe use Kafka.\nWe\'re Excited About You Because You Have...\n- Python', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it('years under a bold "Experience" label', () => {
    expect(read('**Location**: Remote.\n**Experience**: 4+ years.').years?.min).toBe(4);
  });

  it('a degree offered alone in a flattened "one of the following" list means 0 years', () => {
    const r = read('Required Experience: * Must have one of the following: * 2+ years experience in bioinformatics * An advanced degree in a scientific field. * Computational experience in the following areas: * Python');
    expect(r.years?.min).toBe(0);
    expect(read('Required Experience: * Must have one of the following: * 2+ years experience in bioinformatics * 3+ years in software').years?.min).not.toBe(0);
  });
});

describe('9. degrees, years and lists in other words', () => {
  it.each([
    ['University degree (MSc) in computer science', 'master'],
    ['University degree in physics (MSc or PhD)', 'master'],
    ['Engineering degree (Master level) in computer science', 'master'],
    ['Degree (e.g. BSc) in CS', 'bachelor'],
    ["Master's or PhD in Computer Science", 'master'],
  ])('"%s" → %s', (line, level) => {
    expect(read(`Your profile\n- ${line}`).degree?.level).toBe(level);
  });

  it('"Python: 1 year (Preferred)", a job board\'s experience list: the years and the preference', () => {
    // The preferred figure gives way to the required one.
    expect(read('Qualifications\nPython: 1 year (Preferred)\nSQL: 2 years (Required)').years?.min).toBe(2);
    expect(read('Qualifications\nPython: 1 year (Preferred)').years?.min).toBe(1);
    expect(sectionsOf('Qualifications\nPython: 1 year (Preferred)\nSQL: 2 years (Required)', ['python', 'sql'])).toEqual({ python: 'preferred', sql: 'required' });
    expect(read('Contract\nDuration: 2 years').years).toBeNull();
  });

  it('a bracket holding only the cue applies to what stands before it', () => {
    expect(sectionsOf('Requirements\n- Python (preferred)\n- SQL', ['python', 'sql'])).toEqual({ python: 'preferred', sql: 'required' });
    expect(sectionsOf('Requirements\n- Python and SQL (a PhD is welcome but not required)', ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });

  it('"**Preferences:**" opens the nice-to-haves', () => {
    expect(sectionsOf('**Requirements:** Python\n**Preferences:** Kubernetes, Docker', ['python', 'kubernetes', 'docker'])).toEqual({
      python: 'required', kubernetes: 'preferred', docker: 'preferred',
    });
  });

  it('an "or" groups the names it joins, not the rest of the list', () => {
    const groups = (text: string) => Object.fromEntries(read(text).skills.map((s) => [s.id, s.group]));
    const r = groups('Requirements:\nExpert in R or Python, SQL and time-series forecasting.');
    expect(r.r).not.toBeNull();
    expect(r.python).toBe(r.r);
    expect([r.sql, r['time-series-forecasting']]).toEqual([null, null]);
    const k = groups('Requirements:\n- Experience with PyTorch or TensorFlow, and Kubernetes');
    expect(k.pytorch).not.toBeNull();
    expect(k.tensorflow).toBe(k.pytorch);
    expect(k.kubernetes).toBeNull();
    const three = groups('Requirements:\n- Python, Scala or Java');
    expect(three.python).not.toBeNull();
    expect([three.scala, three.java]).toEqual([three.python, three.python]);
  });

  it('"optimizing performance" is no skill of its own', () => {
    expect(read('Requirements\n- Experience optimizing performance of ML models').skills.map((s) => s.id)).not.toContain('performance-profiling');
  });
});

describe('10. requirements stated in other words, outside a requirements heading', () => {
  it.each([
    ['You are well versed in Python.'], ['You will bring a strong command of Python.'], ["You'll have solid knowledge of Python."],
    ['The successful candidate will have a working knowledge of Python.'], ['Candidates should be well-versed in Python.'],
  ])('"%s" asks for Python', (sentence) => {
    expect(sectionsOf(`About the role\nWe use Kafka. ${sentence}`, ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it.each([['You will have the opportunity to work with Python.'], ['Our team is well versed in Python.']])('"%s" asks for nothing', (sentence) => {
    expect(sectionsOf(`About the role\nWe use Kafka. ${sentence}`, ['python'])).toEqual({ python: 'other' });
  });

  // Asked, not wished for (decided from the tune labels: see extract.test.ts, "what the ideal candidate has").
  it('"Ideal candidates are well-versed in …" is asked for', () => {
    expect(sectionsOf('About the role\nWe use Kafka. Ideal candidates are well-versed in PyTorch.', ['pytorch'])).toEqual({ pytorch: 'required' });
  });
});

describe('11. which of several year figures', () => {
  it('the overall figure over one for a narrower activity', () => {
    expect(read('Requirements\n- 6+ years of industry experience\n- 4+ years of experience in building recommender systems').years?.min).toBe(6);
  });
  it('a required figure over a preferred one', () => {
    expect(read('Requirements\n- 5+ years of software development experience in Python\n- 2+ years of C++ development experience preferred').years?.min).toBe(5);
  });
  it('else the smallest (of two skills\' figures; a field a whole role is in counts as the role\'s: section 17)', () => {
    expect(read('Requirements\n- 5+ years of experience developing computer vision models\n- 2 years of experience building NLP systems').years?.min).toBe(2);
  });
  it('a degree with its own field, then "or" a degree with years: 0', () => {
    expect(read("Requirements\n- PhD in ML or Master's with 2+ years of industry experience").years?.min).toBe(0);
    expect(read('Requirements\n- PhD or MS + 3 years of experience').years?.min).toBe(3);
  });
  it('the company\'s years after a "With …" lead', () => {
    expect(read('With millions of diners and 25+ years of experience, OpenTable is an industry leader.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('12. a verb taking a name as its object', () => {
  it('"deploying forecasting models" is model deployment, and the forecasting stays', () => {
    const r = sectionsOf('Requirements\n- Experience developing and deploying forecasting models', ['model-deployment', 'time-series-forecasting']);
    expect(r).toEqual({ 'model-deployment': 'required', 'time-series-forecasting': 'required' });
  });

  it('verbs joined by commas and "and" share the object after the last', () => {
    expect(sectionsOf('Requirements\n- Experience deploying, maintaining and evaluating production ML models', ['model-deployment', 'model-evaluation'])).toEqual({
      'model-deployment': 'required', 'model-evaluation': 'required',
    });
    expect(sectionsOf('About us\nWe are building, growing and hiring a team.', ['model-deployment'])).toEqual({ 'model-deployment': 'absent' });
  });
});

describe('13. degrees, headings and years written the European, question and MoSCoW ways', () => {
  it.each([
    ['Master in Computer Science, Mathematics or a related field', 'master', 'Computer Science, Mathematics or a related field'],
    ['Completed Master (or equivalent) in Data Science', 'master', 'Data Science'],
    ['Master or PhD in Physics', 'master', 'Physics'],
    ['Master/PhD in Bioinformatics', 'master', 'Bioinformatics'],
  ])('a bare "Master": "%s"', (line, level, field) => {
    const d = read(`Your profile\n- ${line}\n- Python`).degree;
    expect(d?.level).toBe(level);
    expect(d?.field).toBe(field);
  });

  it('"a master of/in …" in lower case is mastery, not a degree', () => {
    expect(read('Requirements\n- You are a master of data storytelling\n- Python').degree).toBeNull();
    expect(read('Requirements\n- A master in SQL and Python').degree).toBeNull();
  });

  it.each([['What do we look for?'], ['What are we looking for?'], ['Is this you?'], ['Who are you?']])('"%s" opens the requirements', (heading) => {
    expect(sectionsOf(`About us\nWe run Kafka at scale.\n${heading}\n- Python and SQL`, ['python', 'sql', 'kafka'])).toEqual({ python: 'required', sql: 'required', kafka: 'other' });
  });

  it('"What do we offer?" closes them', () => {
    expect(sectionsOf('What do we look for?\n- Python\nWhat do we offer?\n- Training on Kafka', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it('a question that is a sentence is not a heading', () => {
    expect(sectionsOf('Requirements\n- Python\nDo you like Kafka?\n- SQL', ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });

  it('Must have / Should have / Could have: the last two are the softer tiers', () => {
    expect(sectionsOf('Must have\n- Python\nShould have\n- Docker\nCould have\n- Kafka', ['python', 'docker', 'kafka'])).toEqual({ python: 'required', docker: 'preferred', kafka: 'preferred' });
  });

  it('"should have the following" in a lead-in stays a requirement', () => {
    expect(sectionsOf('The engineer should have the following attributes:\n- Python\n- Docker', ['python', 'docker'])).toEqual({ python: 'required', docker: 'required' });
  });

  it('the employer\'s years are not an ask, and do not make what they name required', () => {
    const r = read('About us\nWe have 10+ years of experience building fintech products.\nOur team brings 20 years of experience in Kafka.\nRequirements\n- Python');
    expect(r.years).toBeNull();
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toMatchObject({ fintech: 'other', kafka: 'other', python: 'required' });
  });
});

describe('14. year figures inside one another, and sub-lists inside a list', () => {
  it('"10+ years …, including 4+ years in X": the overall figure', () => {
    expect(read('Requirements\n- 10+ years of software engineering or ML experience, including 4+ years of experience in deep learning').years?.min).toBe(10);
    expect(read('Requirements\n- 8 years of experience in data roles, of which at least 3 in machine learning').years?.min).toBe(8);
  });

  it('a preferred figure beside a required one does not make the required one preferred', () => {
    expect(read('Requirements\n- 3+ years of experience as a data scientist (5+ preferred)').years).toEqual({ min: 3, max: null, section: 'required' });
    expect(read('Requirements\n- At least 3 years of hands-on experience, 5 years preferred').years).toEqual({ min: 3, max: null, section: 'required' });
  });

  it('an indented "Nice to have:" inside a requirements list holds only its own items', () => {
    expect(sectionsOf('Requirements\n- Python\n  Nice to have:\n  - Kafka\n  - Airflow\n- SQL', ['python', 'kafka', 'airflow', 'sql'])).toEqual({
      python: 'required', kafka: 'preferred', airflow: 'preferred', sql: 'required',
    });
  });

  it('a posting indented as a whole still reads its headings', () => {
    expect(sectionsOf('  Requirements\n  - Python\n  Nice to have\n  - Kafka', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'preferred' });
  });
});

describe('15. the fields of a degree are not skills, however the degree is written', () => {
  it.each([
    ['M.S., or PhD. in Statistics, Computer Science, Math, Operations Research, or a related field', 'Statistics, Computer Science, Math, Operations Research, or a related field'],
    ['Bachelor’s degree (or higher, can be substituted by relevant work experience) in applied mathematics, physics, computer science', 'applied mathematics, physics, computer science'],
  ])('%s', (line, field) => {
    const r = read(`Requirements\n- ${line}\n- Python`);
    expect(r.degree?.field).toBe(field);
    expect(r.skills.map((s) => s.id)).toEqual(['python']);
  });

  it('mathematics asked as a skill is still read', () => {
    expect(sectionsOf('Requirements\n- Highly analytical, with a knack for analysis, math and statistics', ['mathematics', 'statistics'])).toEqual({ mathematics: 'required', statistics: 'required' });
  });
});

describe('16. headings glued to their text where a scraped page lost its breaks and spaces', () => {
  it('"…production.Qualifications5+ years…PyTorch.Preferred QualificationsExperience with Spark"', () => {
    const r = read('About the role\nYou will build models for ranking and search at scale for our customers.\nQualifications5+ years of experience with Python. Experience with PyTorch.Preferred QualificationsExperience with Spark and Kafka for streaming at scale.');
    expect(r.years).toEqual({ min: 5, max: null, section: 'required' });
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toEqual({ python: 'required', pytorch: 'required', spark: 'preferred', kafka: 'preferred' });
  });

  it('on one line: requirements, nice to have, benefits', () => {
    expect(sectionsOf('About the role We build models for search at scale for customers.Requirements3+ years of SQL. Nice to HaveDocker and Kubernetes experience in production.BenefitsFree Kafka training for everyone',
      ['sql', 'docker', 'kubernetes', 'kafka'])).toEqual({ sql: 'required', docker: 'preferred', kubernetes: 'preferred', kafka: 'other' });
  });

  it('a heading word inside a name or a sentence is not a heading', () => {
    expect(sectionsOf('About us\nWe build the RequirementsEngine product and the QualificationsDB service for hiring teams, with Kafka and Python at scale.', ['python', 'kafka'])).toEqual({ python: 'other', kafka: 'other' });
  });
});

describe('17. years in the field a whole role is in', () => {
  it('"5+ years developing machine learning models" beside "2 years building NLP systems": the field\'s figure', () => {
    expect(read('Qualifications\n- Minimum of 5+ years of experience developing machine learning models for the business\n- Minimum of 2 years of experience building NLP systems').years?.min).toBe(5);
  });

  it('a figure of experience as such still wins over the field\'s', () => {
    expect(read('Requirements\n- 5+ years of industry experience in engineering.\n- 2+ years of industry experience working on machine learning modeling or infrastructure.').years?.min).toBe(5);
    expect(read('Requirements\n7 years software industry experience\n2+ years machine learning platform experience').years?.min).toBe(7);
  });

  it('two skills\' figures and no field: the smallest, as before', () => {
    expect(read('Requirements\n- 4+ years of experience with Python\n- 2+ years of experience with Kubernetes').years?.min).toBe(2);
  });
});

describe('18. everyday names of skills, and the settings that only look like them', () => {
  it('"software development" asked of the candidate is software engineering', () => {
    expect(sectionsOf('Requirements\n- Top-notch software development skills in Python', ['software-engineering', 'python'])).toEqual({ 'software-engineering': 'required', python: 'required' });
  });

  it.each([
    ['Understanding of product and software development life cycles'],
    ['Experience with the Android software development kit'],
    ['You will join our software development team in Berlin'],
  ])('"%s": the setting, not the skill', (line) => {
    expect(sectionsOf(`Requirements\n- ${line}`, ['software-engineering'])).toEqual({ 'software-engineering': 'absent' });
  });

  it('"personalization" in a posting is the product\'s, read without a list around it', () => {
    expect(sectionsOf('About the role\nYou will build models for home feed personalization.', ['personalization'])).toEqual({ personalization: 'other' });
  });

  it('"we use Go and Python" lists Go; "go and see" does not', () => {
    expect(sectionsOf('Requirements\n- In our stack, we use Go and Python most heavily.', ['go', 'python'])).toEqual({ go: 'required', python: 'required' });
    expect(sectionsOf('Requirements\n- Python. Go and see the Kafka meetup.', ['go'])).toEqual({ go: 'absent' });
  });
});

describe('19. list items a Markdown source wrapped onto indented lines', () => {
  it('a phrase across the break is read whole, in the item\'s section', () => {
    const r = read('Responsibilities\n-   Own the ranking stack\n\nRequirements\n-   Experience deploying, maintaining and evaluating production ML\n    models at scale\n-   Strong background in data structures and\n    algorithms\n\nNice to have\n1.  Experience with Kubernetes and\n    Terraform');
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toMatchObject({
      'model-deployment': 'required', 'model-evaluation': 'required', 'data-structures-and-algorithms': 'required', kubernetes: 'preferred', terraform: 'preferred',
    });
  });

  it('only a line indented to the item\'s text, right below it, joins: plain lines and new items stay lines', async () => {
    const { joinWrappedItems } = await import('../../src/core/extract');
    const text = '- Python and\n  SQL\n- Spark\nRequirements\n  Docker\n\n  - Go\n\n    Rust';
    const joined = joinWrappedItems(text);
    expect(joined).toHaveLength(text.length);
    expect(joined.split('\n')).toEqual(['- Python and   SQL', '- Spark', 'Requirements', '  Docker', '', '  - Go', '', '    Rust']);
    expect(joinWrappedItems('Requirements\nPython\nSQL')).toBe('Requirements\nPython\nSQL');
  });

  it('under an indented bullet, a line as deep as the bullet goes on the item only where the item stopped mid-sentence', async () => {
    const { joinWrappedItems } = await import('../../src/core/extract');
    const text = '    - Experience with simulations\n    (weather & climate;\n    physics types) is a big plus\n    - Python.\n    Docker';
    expect(joinWrappedItems(text).split('\n')).toEqual(['    - Experience with simulations     (weather & climate;     physics types) is a big plus', '    - Python.', '    Docker']);
    expect(sectionsOf(`Requirements\n${text.replace('simulations', 'Kubernetes')}`, ['kubernetes', 'python'])).toEqual({ kubernetes: 'preferred', python: 'required' });
  });
});

describe('20. line ends of every kind', () => {
  it('a lone "\\r" (an old Mac file, a spreadsheet export) ends a line as "\\n" does', () => {
    const text = 'About us\nWe run Kafka.\n\n## Desired Skills\n    - Docker\n\n## Experience Requirements\n    - Programming experience in Python';
    const want = { kafka: 'other', python: 'required', docker: 'preferred' };
    expect(sectionsOf(text, ['kafka', 'python', 'docker'])).toEqual(want);
    expect(sectionsOf(text.replace(/\n/g, '\r'), ['kafka', 'python', 'docker'])).toEqual(want);
    expect(sectionsOf(text.replace(/\n/g, '\r\n'), ['kafka', 'python', 'docker'])).toEqual(want);
  });
});

describe('20. degrees as European postings write them', () => {
  it.each([
    ['Completed studies in business informatics, statistics or a comparable field', 'bachelor', 'business informatics, statistics or a comparable field'],
    ['Successfully completed university studies in computer science', 'bachelor', 'computer science'],
    ['University education in economics or mathematics', 'bachelor', 'economics or mathematics'],
    ['Completed university studies (Master) in physics', 'master', 'physics'],
  ])('"%s": %s in %s, and its fields are not skills', (line, level, field) => {
    const r = read(`Your profile\n- ${line}\n- Very good knowledge of SQL`);
    expect(r.degree).toMatchObject({ level, field, section: 'required' });
    expect(r.skills.map((s) => s.id)).toEqual(['sql']);
  });

  it('"case studies in Python" is not a degree', () => {
    expect(read('Requirements\n- Case studies in Python').degree).toBeNull();
  });
});

describe('21. who the posting is looking for, and how big a plus is', () => {
  it.each([
    ['The group is seeking one or more staff scientists (Associate Professor equivalent) with multidisciplinary experience in cheminformatics and machine learning.'],
    ['We are hiring an engineer with expertise in cheminformatics and machine learning.'],
    ['We are looking for talented people with a strong background in cheminformatics and machine learning.'],
  ])('"%s": what they must bring is required wherever it stands', (sentence) => {
    expect(sectionsOf(`Job Description\n${sentence}\nThe team uses Kafka.`, ['cheminformatics', 'machine-learning', 'kafka'])).toEqual({
      cheminformatics: 'required', 'machine-learning': 'required', kafka: 'other',
    });
  });

  it('"Big Plus:" opens the nice-to-haves, as a heading or an item of the list', () => {
    expect(sectionsOf('Requirements\n-   Python\n-   Big Plus:\n\n    -   Experience with Airflow and Kubeflow\n-   SQL', ['python', 'airflow', 'kubeflow', 'sql'])).toEqual({
      python: 'required', airflow: 'preferred', kubeflow: 'preferred', sql: 'required',
    });
    expect(sectionsOf('Requirements\n- Python\nHuge plus:\n- Airflow', ['python', 'airflow'])).toEqual({ python: 'required', airflow: 'preferred' });
  });
});

describe('22. the employer\'s closing paragraph after the last list', () => {
  /** id → section, read with the employer's name known. */
  const bySection = (text: string) => Object.fromEntries(realEngine().extract(text, { company: 'NVIDIA' }).skills.map((s) => [s.id, s.section]));

  it('"NVIDIA is …" / "We are …" after a list is the blurb, not more of the list', () => {
    expect(bySection('Ways to stand out\n\n-   Experience with CUDA\n\nNVIDIA is widely considered one of the most\ndesirable employers. It revolutionized parallel computing.\n')).toEqual({ cuda: 'preferred', 'parallel-computing': 'other' });
    expect(sectionsOf('Requirements\n\n- Python\n\nWe are a team that built Kafka at scale.', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });

  it('the employer asking ("We expect …", "We also value …") or speaking to the reader is still the list\'s', () => {
    expect(sectionsOf('Requirements\n\n- Python\n\nWe expect solid SQL.\nWe also value Kafka.', ['sql', 'kafka'])).toEqual({ sql: 'required', kafka: 'required' });
    expect(sectionsOf('Requirements\n\n- Python\n\nOur ideal hire: you have shipped Kafka pipelines.', ['kafka'])).toEqual({ kafka: 'required' });
  });

  it('without a blank line, or inside the list, nothing changes', () => {
    expect(sectionsOf('Requirements\n- Python\nWe use Kafka daily.', ['kafka'])).toEqual({ kafka: 'required' });
  });

  it('the employer speaking of itself by name closes the list in every shape of the posting', () => {
    const blurb = 'NVIDIA is widely considered one of the most desirable employers. If you\'re creative and autonomous, we want to hear from you! It revolutionized parallel computing.';
    const want = { cuda: 'preferred', 'parallel-computing': 'other' };
    // A paragraph of its own after the list, after a list without bullets, and run on after the list's last word.
    expect(bySection(`Requirements\n\n- Python\n\nNice to have\n\n- Experience with CUDA\n\n${blurb}\n`)).toMatchObject(want);
    expect(bySection(`Requirements\n\nPython\n\nNice to have\n\nExperience with CUDA\n\n${blurb}\n`)).toMatchObject(want);
    expect(bySection(`Requirements: - Python - SQL Nice to have: - Experience with CUDA - Published papers in the field ${blurb}`)).toMatchObject(want);
  });

  it('the employer\'s name as an object, or a first sentence that asks, closes nothing', () => {
    expect(bySection('Nice to have\n- Experience at NVIDIA is a plus, as is parallel computing.\n')).toMatchObject({ 'parallel-computing': 'preferred' });
    expect(bySection('Requirements\n- Python\nNVIDIA is looking for someone with parallel computing experience.\n')).toMatchObject({ 'parallel-computing': 'required' });
    expect(bySection('Requirements\n- Python\n\nNVIDIA is where you will master parallel computing.\n')).toMatchObject({ 'parallel-computing': 'required' });
  });
});

describe('23. "nice, but not required"', () => {
  it.each([
    ['Experience with Spark is nice but not required.'],
    ['Knowledge of Spark is excellent but not a core requirement of the role.'],
    ['Experience with Spark would be great, though not required.'],
  ])('"%s": a nice-to-have, not dropped and not required', (line) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${line}`, ['python', 'spark'])).toEqual({ python: 'required', spark: 'preferred' });
  });

  it('"not a hard requirement" alone drops it; "Good SQL skills" stays required', () => {
    expect(sectionsOf('Requirements\n- Python\n- Kafka is not a hard requirement.\n- Good SQL skills.', ['python', 'kafka', 'sql'])).toEqual({ python: 'required', kafka: 'absent', sql: 'required' });
  });
});

describe('24. a flattened list running into the next heading', () => {
  it('"- Create Power BI reports Required Skills: - SQL …": the heading is the title-case words before the colon', () => {
    const r = read('Job Summary: We are seeking a Data Analyst. Key Responsibilities: - Analyze data using Excel - Create Power BI reports Required Skills: - Proficiency in SQL - Strong Python skills Preferred Skills: - Experience with Snowflake - Knowledge of dbt Education: Bachelor’s degree in Computer Science.');
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toEqual({ excel: 'other', 'power-bi': 'other', sql: 'required', python: 'required', snowflake: 'preferred', dbt: 'preferred' });
    expect(r.degree).toMatchObject({ level: 'bachelor', section: 'required' });
  });

  it('"Minimum Qualifications:" and "Preferred Qualifications:" keep their first word', () => {
    expect(sectionsOf('About us: we ship Kafka at scale for everyone. Minimum Qualifications: - Python - SQL. Preferred Qualifications: - Experience with Airflow for pipelines', ['python', 'airflow', 'kafka'])).toEqual({
      kafka: 'other', python: 'required', airflow: 'preferred',
    });
  });
});

describe('25. skills named by their parts or their acts', () => {
  it.each([
    ['tinkering with model architectures, feature transformations, and hyperparameters', ['feature-engineering', 'hyperparameter-tuning']],
    ['Experience writing high-performance, parallelized code', ['parallel-computing']],
    ['building and productionizing end-to-end ranking systems', ['model-deployment']],
    ['Develop data models and algorithms to apply to data sets', ['data-modeling']],
    ['frame business needs as statistical problems', ['statistics']],
    ['pipeline tools like Dataflow, Kubeflow and Airflow', ['dataflow']],
  ])('"%s"', (line, ids) => {
    const all = sections(`Requirements\n- ${line}`);
    for (const id of ids) expect(all[id], id).toBe('required');
  });

  it('"mathematical/statistical programming package" is not read as mathematical programming', () => {
    expect(sections('Requirements\n- Familiar with at least one mathematical/statistical programming package (e.g., Python)').optimization).toBeUndefined();
  });
});

describe('26. years written with what was done, not "experience"', () => {
  it.each([['5+ years shipping software in production', 5], ['3+ years writing production Python', 3], ['4 years deploying models at scale', 4]])('"%s"', (line, min) => {
    expect(read(`What We're Looking For\n- ${line}`).years?.min).toBe(min);
  });
  it('the company\'s own years are still not asked', () => {
    expect(read('About us\nWe have been shipping software for 20 years.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('27. qualification lists under headings that do not say "requirements"', () => {
  it.each([['## Eligibility'], ['Eligibility:'], ['Essential'], ['Essential:']])('%s opens the requirements', (heading) => {
    expect(sectionsOf(`About the lab\nWe run Kafka at scale.\n${heading}\n- Python and SQL`, ['python', 'sql', 'kafka'])).toEqual({
      python: 'required', sql: 'required', kafka: 'other',
    });
  });

  it('"We look for:" before a list flattened onto its line opens it', () => {
    expect(sectionsOf('Responsibilities: · Build tools for Kafka users\nWe look for: · Strong research capability in computer vision · Experience with Python',
      ['computer-vision', 'python', 'kafka'])).toEqual({ 'computer-vision': 'required', python: 'required', kafka: 'other' });
  });

  it('"Desired experience and expertise" as the only qualifications list holds the requirements, its "a plus" items stay nice-to-haves', () => {
    const text = 'Job responsibilities include\n- Run Kafka pipelines\nDesired experience and expertise:\n- Knowledge of genomics\n- Experience with Python\n- Docker is a plus';
    expect(sectionsOf(text, ['genomics', 'python', 'docker', 'kafka'])).toEqual({ genomics: 'required', python: 'required', docker: 'preferred', kafka: 'other' });
  });

  it.each([['Desired skills:'], ['Desirable:']])('beside a requirements list, "%s" is the softer tier', (heading) => {
    expect(sectionsOf(`Requirements:\n- Python\n${heading}\n- Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
    expect(sectionsOf(`${heading}\n- Docker\nRequirements:\n- Python`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });

  it('"Essential" and "Desirable" side by side', () => {
    expect(sectionsOf('Essential\n- Python\nDesirable\n- Docker', ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('28. laboratory-science and modelling vocabulary (bioinformatics, food biotech, computational biology postings)', () => {
  it.each([
    ['Experience of creating mechanistic models, metabolic network models and stochastic models', ['mechanistic-modeling', 'metabolic-modeling', 'stochastic-processes']],
    ['Solid experience in strain development and fermentation', ['strain-engineering', 'fermentation']],
    ['Background in microbiology/ genetic engineering', ['genetic-engineering']],
    ['Experience with DNA/RNA library preparation and DNA/RNA extraction', ['ngs-library-preparation', 'nucleic-acid-extraction']],
    ['Experience analyzing deep sequencing data', ['ngs']],
    ['Knowledge of gene association studies and nonparametric techniques', ['gwas', 'nonparametric-statistics']],
    ['Proficiency in mathematical statistics', ['statistics']],
    ['Experience with Django, Scrapy or Celery', ['celery']],
    ['Research experience with weakly supervised learning', ['weak-supervision']],
    ['Experience with neural architecture search', ['neural-architecture-search']],
    ['Build a graphical user interface for the modelling tool', ['gui-development']],
  ])('"%s"', (line, ids) => {
    const all = sections(`Requirements\n- ${line}`);
    for (const id of ids) expect(all[id], id).toBe('required');
  });

  it('"celery" in a recipe is not the task queue', () => {
    expect(sections('Requirements\n- You will chop celery and carrots for the soup').celery).toBeUndefined();
  });
});

describe('29. degrees named by the studies or asked of "someone"', () => {
  it.each([
    ['About you:\n- Enrolled in a mechanical engineering BS program (or related)', 'bachelor'],
    ['Requirements:\n- Current MS students in statistics or physics', 'master'],
    ['We are looking for someone with a PhD and a record of publications.', 'phd'],
    ['Ideal for people who hold a master\'s and like Python.', 'master'],
  ])('"%s"', (text, level) => {
    expect(read(text).degree?.level).toBe(level);
  });

  it('a team of PhDs asks for none', () => {
    expect(read('Our team has PhDs from top schools.\nRequirements:\n- Python').degree).toBeNull();
  });

  it('"MS" as a unit or a company suffix is still no degree', () => {
    expect(read('Requirements:\n- Latency under 5 MS per request\n- Python').degree).toBeNull();
  });
});

describe('30. years in brackets after the experience they measure', () => {
  it.each([
    ['Industry/Research experience for the Junior Analyst (1-3 years) and Senior Analyst (3-5 years)', 1],
    ['Relevant work experience (2+ years) in a data team', 2],
  ])('"%s"', (line, min) => {
    expect(read(`Requirements\n- ${line}`).years?.min).toBe(min);
  });

  it('a skill\'s bracketed figure gives way to the overall one', () => {
    expect(read('Requirements\n- Experience with Python (3+ years)\n- 5+ years of experience in industry').years?.min).toBe(5);
  });

  it('a bracket that is not about experience is not read', () => {
    expect(read('About us\nOur fund (15 years old) trades equities.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('31. a trailing nice-to-have cue reaches back only to its own clause', () => {
  it('", with …" opens a clause of its own', () => {
    expect(sectionsOf('Qualifications\n- Strong programming skills in Python, with experience in Django or Celery a plus', ['python', 'django', 'celery'])).toEqual({
      python: 'required', django: 'preferred', celery: 'preferred',
    });
  });
  it('a list before the cue is still one clause', () => {
    expect(sectionsOf('Qualifications\n- Python\n- Docker, Kubernetes and Terraform preferred', ['python', 'docker', 'kubernetes', 'terraform'])).toEqual({
      python: 'required', docker: 'preferred', kubernetes: 'preferred', terraform: 'preferred',
    });
  });
});

describe('32. what the page does not show, and what a group works on', () => {
  it('an HTML comment in a markdown page is not read', () => {
    const text = 'Eligibility:\n- Python\n<!-- an older call\nRequirements:\n- Kubernetes and Docker\n-->\nHow to apply: send a CV.';
    expect(sectionsOf(text, ['python', 'kubernetes', 'docker'])).toEqual({ python: 'required', kubernetes: 'absent', docker: 'absent' });
  });

  it.each([['### Topics:'], ['**Possible Research Topics within this project:**'], ['Research areas'], ['Current research interests:']])('%s lists the work, not requirements', (heading) => {
    expect(sectionsOf(`Requirements\n- Good coding skills in Python are required.\n${heading}\n- Efficient machine learning\n- Representation learning`,
      ['python', 'machine-learning', 'representation-learning'])).toEqual({ python: 'required', 'machine-learning': 'other', 'representation-learning': 'other' });
  });
});

describe('33. flattened headings that lost their colon, just before a bullet', () => {
  it.each([
    ['About us We build Kafka tools. Your profile • Python • SQL Nice to have • Docker What we offer • AWS credits'],
    ['We build Kafka tools. Requirements - 3+ years of Python - SQL Preferred Qualifications - Docker Benefits - AWS credits'],
  ])('"%s"', (flat) => {
    expect(sectionsOf(flat, ['python', 'sql', 'docker', 'kafka', 'aws'])).toEqual({
      python: 'required', sql: 'required', docker: 'preferred', kafka: 'other', aws: 'other',
    });
  });

  it('a list item that only starts with a capital is no heading', () => {
    expect(sectionsOf('Requirements: - Python - Strong SQL skills - Docker experience - Kubernetes', ['python', 'sql', 'docker', 'kubernetes'])).toEqual({
      python: 'required', sql: 'required', docker: 'required', kubernetes: 'required',
    });
  });
});

describe('34. headings glued to their text, as scraped text keeps them', () => {
  it('"Heading:Text" with no space after the colon splits the sections', () => {
    expect(sectionsOf('We build Kafka tools. Your profile:Python and SQL. Nice to have:Docker. What we offer:AWS credits',
      ['python', 'sql', 'docker', 'kafka', 'aws'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred', kafka: 'other', aws: 'other' });
  });
  it('a sentence end with no space before the heading', () => {
    expect(sectionsOf('We build Kafka tools.Requirements:Python and SQL.Nice to have:Docker.Benefits:AWS credits',
      ['python', 'sql', 'docker', 'kafka', 'aws'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred', kafka: 'other', aws: 'other' });
  });
  it('a degree\'s field list ends at a glued sentence end', () => {
    expect(read('Requirements:Master in Physics.Nice to have:Docker').degree?.field).toBe('Physics');
  });
});

describe('35. a markdown page\'s front matter is metadata', () => {
  it('keys and tags above the closing --- are not read', () => {
    const text = '---\ntitle: Kubernetes Engineer at Acme\ntags:\n  - docker\nlayout: job\n---\nRequirements:\n- Python';
    expect(sectionsOf(text, ['python', 'kubernetes', 'docker'])).toEqual({ python: 'required', kubernetes: 'absent', docker: 'absent' });
  });
  it('a posting that starts with a horizontal rule is read whole', () => {
    expect(sectionsOf('---\nRequirements:\n- Python and Docker', ['python', 'docker'])).toEqual({ python: 'required', docker: 'required' });
  });
});

describe('36. capitalised headings inside a flattened line', () => {
  it('"… REQUIREMENTS … NICE TO HAVE … WHAT WE OFFER …" splits the sections', () => {
    expect(sectionsOf('We build Kafka tools. REQUIREMENTS 3+ years of Python and SQL. NICE TO HAVE Docker. WHAT WE OFFER AWS credits.',
      ['python', 'sql', 'docker', 'kafka', 'aws'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred', kafka: 'other', aws: 'other' });
  });
  it('acronyms after a sentence end are not a heading', () => {
    expect(sectionsOf('Requirements: Python. AWS GCP experience is needed. SQL too.', ['python', 'aws', 'gcp', 'sql'])).toEqual({
      python: 'required', aws: 'required', gcp: 'required', sql: 'required',
    });
  });
});

describe('37. title-case headings inside a flattened line, colon lost', () => {
  it.each([
    ['We build Kafka tools. Requirements Python and SQL. Nice to have Docker. What we offer AWS credits.'],
    ['We build Kafka tools. Your profile You know Python and SQL. Nice to have Docker. What we offer AWS credits.'],
  ])('"%s"', (flat) => {
    expect(sectionsOf(flat, ['python', 'sql', 'docker', 'kafka', 'aws'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred', kafka: 'other', aws: 'other' });
  });
  it.each([
    ['We use Kafka. Requirements gathering with Python users is part of the job.'],
    ['We use Kafka. We are looking for visionary Python Engineers to join us.'],
  ])('a sentence that starts like a heading stays a sentence: "%s"', (text) => {
    expect(sectionsOf(text, ['kafka'])).toEqual({ kafka: 'other' });
    expect(sections(text).python).not.toBe('preferred');
  });
});

describe('38. more heading words glued to the text after them', () => {
  it('"tools.Your profileYou know …Nice to haveDocker.What we offerAWS"', () => {
    expect(sectionsOf('We build Kafka tools.Your profileYou know Python and SQL.Nice to haveDocker.What we offerAWS credits.',
      ['python', 'sql', 'docker', 'kafka', 'aws'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred', kafka: 'other', aws: 'other' });
  });
  it('a class name is not a glued heading', () => {
    expect(sectionsOf('Requirements: Python. Extend the UserProfileService in Kafka.', ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'required' });
  });
});

describe('39. European ways of naming a degree, and years after a track record', () => {
  it.each([
    ['Graduated in Computer Science', 'bachelor'], ['Bac+5 in computer science', 'master'], ['Master-level education in data science', 'master'],
    ['A graduate degree in statistics', 'master'],
  ])('"%s"', (line, level) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(level);
  });
  it('"Proven track record of 4+ years in analytics"', () => {
    expect(read('Requirements\n- Proven track record of 4+ years in analytics').years?.min).toBe(4);
  });
  it('a company\'s history of years is not asked', () => {
    expect(read('About us\nWe have a history of 30 years in banking.\nRequirements\n- Python').years).toBeNull();
  });
});

describe('40. a list of degree fields runs into the skills after it', () => {
  it.each([
    ['Master in Computer Science, Python and SQL', 'Computer Science', ['python', 'sql']],
    ['MSc in Physics or Mathematics, Docker, Kubernetes', 'Physics or Mathematics', ['docker', 'kubernetes']],
    ['Bachelor’s degree in Statistics, PyTorch or TensorFlow experience', 'Statistics', ['pytorch', 'tensorflow']],
    ['Master’s in Applied Mathematics and strong Python skills', 'Applied Mathematics', ['python']],
  ])('"%s": the fields end at the first tool or language, which is still read', (line, field, ids) => {
    const r = read(`Requirements\n- ${line}`);
    expect(r.degree?.field).toBe(field);
    expect(Object.fromEntries(r.skills.filter((s) => (ids as string[]).includes(s.id)).map((s) => [s.id, s.section])))
      .toEqual(Object.fromEntries((ids as string[]).map((id) => [id, 'required'])));
  });

  it.each([
    ['PhD in Bioinformatics, Data Engineering or Cloud Computing'],
    ['Degree in a relevant field, e.g. mathematics, database, computer science, Artificial Intelligence'],
  ])('"%s": subjects that are also skills stay fields', (line) => {
    const r = read(`Requirements\n- ${line}\n- Python`);
    expect(r.skills.map((s) => s.id)).toEqual(['python']);
  });
});

describe('41. coordinated prefixes of one head ("semi- and self-supervised learning")', () => {
  it.each([
    ['semi-supervised or supervised learning', ['semi-supervised-learning', 'supervised-learning']],
    ['semi- and self-supervised learning', ['semi-supervised-learning', 'self-supervised-learning']],
    ['self-supervised, semi-supervised and weakly supervised learning', ['self-supervised-learning', 'semi-supervised-learning', 'weak-supervision']],
    ['weakly- or semi-supervised learning', ['weak-supervision', 'semi-supervised-learning']],
  ])('"%s"', (phrase, ids) => {
    const got = read(`Requirements\n- Experience with ${phrase}`).skills.map((s) => s.id);
    expect([...got].sort()).toEqual([...ids].sort());
  });
});

describe('42. years given per level, or with no figure', () => {
  it.each([
    ['Senior: 6+ years of experience; Medior: 3+ years of Python experience', 3],
    ['Medior (2+ years) or Senior (5+ years) experience building data products', 2],
    ['4+ years (Senior) or 1+ (Junior) of hands-on experience', 1],
    ['1+ (Junior) or 3+ years (Senior) of professional experience', 1],
    ['A first experience (internship or 1 year) in data analysis', 1],
    ['Some professional experience (apprenticeship or 2 years) in software', 2],
  ])('"%s" → %i', (line, min) => {
    expect(read(`Requirements\n- ${line}\n- Python`).years?.min).toBe(min);
  });

  it.each([['Several years of experience with Python'], ['Many years of professional experience'], ['A few years of industry experience']])(
    '"%s": no figure is stated, so none is made up', (line) => {
      expect(read(`Requirements\n- ${line}`).years).toBeNull();
    });

  it('a level with no figure beside a stated one leaves it alone', () => {
    expect(read('Requirements\n- Senior level: 5+ years of experience with Python').years?.min).toBe(5);
  });
});

describe('43. the employer\'s field words inside an ask (issue 14 item 5)', () => {
  it.each([
    ['We are seeking an engineer with Python skills to join a company that develops machine learning products for hospitals.', 'machine-learning'],
    ['You will join a fast-growing startup building computer vision tools for farms, and you have strong Python skills.', 'computer-vision'],
    ['You have experience with Python and want to become part of a team that builds NLP products.', 'nlp'],
    ['You have experience with Python and are excited about our AI-powered platform.', 'artificial-intelligence'],
    ['Passion for our NLP-based products; you have experience with Python.', 'nlp'],
    ['You have 3+ years of Python experience in an AI-first or data-driven company.', 'artificial-intelligence'],
  ])('"%s": only Python is asked', (sentence, id) => {
    const got = sectionsOf(`Requirements\n- ${sentence}`, ['python', id]);
    expect(got.python).toBe('required');
    expect(['other', 'absent']).toContain(got[id]);
  });

  it.each([
    ['Experience with machine learning-based approaches to ranking', 'machine-learning'],
    ['You have experience building NLP-based products', 'nlp'],
    ['You have deep learning experience and want to join a team that ships it', 'deep-learning'],
  ])('"%s": a field the candidate is asked for stays asked', (line, id) => {
    expect(sectionsOf(`Requirements\n- ${line}`, [id])).toEqual({ [id]: 'required' });
  });
});

describe('44. skills named as an action noun "of" its object', () => {
  it.each([
    ['Own the deployment of machine learning models to production.', 'model-deployment'],
    ['You will take care of the development and deployment of forecasting models.', 'model-deployment'],
    ['Rigorous validation of predictive models before launch.', 'model-evaluation'],
    ['Support the training and evaluation of deep models.', 'model-evaluation'],
  ])('"%s"', (sentence, id) => {
    expect(read(`Responsibilities\n- ${sentence}`).skills.map((s) => s.id)).toContain(id);
  });

  it('"the training of new colleagues" names no model training', () => {
    expect(read('Responsibilities\n- Help with the training of new colleagues and the deployment of resources.').skills.map((s) => s.id)).toEqual([]);
  });
});

describe('45. years of experience as a role are the role\'s overall experience', () => {
  it.each([
    ['- 3+ years of experience as a Machine Learning Engineer\n- 2+ years of experience working in a startup', 3],
    ['- 4+ years of professional experience as an NLP engineer\n- 2+ years of experience shipping search systems', 4],
    ['- 6 years’ experience as a data scientist\n- 1+ year of experience leading a small team', 6],
  ])('%s', (list, min) => {
    expect(read(`Requirements\n${list}`).years?.min).toBe(min);
  });
});

describe('46. "visualization" on its own is data visualization', () => {
  it.each([
    ['Data summary and visualization in Excel.'], ['Integration and visualization of sequencing results.'], ['Build visualisation dashboards for the lab.'],
  ])('"%s"', (sentence) => {
    expect(read(`Responsibilities\n- ${sentence}`).skills.map((s) => s.id)).toContain('data-visualization');
  });
});

describe('47. an acronym that is also a word prefix ("Bi-weekly")', () => {
  it('"Bi-weekly pay", "bi-annual offsites" name no business intelligence', () => {
    expect(read('Benefits\n- Bi-weekly pay and bi-annual offsites\n- Bi-Monthly team weeks').skills).toEqual([]);
  });
  it.each([['Experience with BI and SQL'], ['You build BI dashboards for the sales team'], ['Strong BI background']])('"%s" still asks for BI', (line) => {
    expect(read(`Requirements\n- ${line}`).skills.map((s) => s.id)).toContain('business-intelligence');
  });
});

describe('48. an ambiguous name as the subject of the ask ("R is a plus")', () => {
  it.each([
    ['Python and SQL coding skills are required; R is a plus', 'r'], ['Python is required. Go is highly desirable.', 'go'],
    ['Python is a must. Julia is nice to have.', 'julia'],
  ])('"%s"', (line, id) => {
    expect(sectionsOf(`Requirements\n- ${line}`, ['python', id])).toEqual({ python: 'required', [id]: 'preferred' });
  });
  it('a name in ordinary English stays out ("Go is where we meet")', () => {
    expect(read('About us\nGo is where we meet. R is our founder.').skills).toEqual([]);
  });
});

describe('49. a nice-to-have reaches back only past clauses that state no requirement of their own', () => {
  it.each([
    ['SQL skills required, Docker is nice to have', 'sql', 'docker'], ['Kubernetes is mandatory, Terraform a plus', 'kubernetes', 'terraform'],
  ])('"%s"', (line, req, pref) => {
    expect(sectionsOf(`Requirements\n- ${line}`, [req, pref])).toEqual({ [req]: 'required', [pref]: 'preferred' });
  });
  it('"Docker is not required but a plus" stays a nice-to-have', () => {
    expect(sectionsOf('Requirements\n- Python. Docker is not required but a plus.', ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('50. "you should be <adept> with X" outside a requirements heading', () => {
  it.each([
    ['In this role, you should be highly analytical with a knack for statistics.', 'statistics'],
    ['You must be very comfortable with SQL.', 'sql'], ['You should be adept at Python.', 'python'],
    ['Candidates should be competent in Tableau.', 'tableau'],
  ])('"%s"', (sentence, id) => {
    expect(sectionsOf(`About the role\nWe run Kafka. ${sentence}`, ['kafka', id])).toEqual({ kafka: 'other', [id]: 'required' });
  });
});

describe('51. fields of study named as a degree\'s or a background\'s field are no skills', () => {
  it.each([
    ['A degree in a technical or quantitative discipline, like statistics, mathematics, physics or computer science (any level, from bachelor\'s to doctorate)', 'bachelor'],
    ['Bachelor\'s degree within a numerate discipline (Statistics, Mathematics, Physics, etc.)', 'bachelor'],
    ['Master\'s or a higher degree (can be replaced by relevant work experience) in mathematics, physics or statistics', 'master'],
  ])('"%s"', (line, level) => {
    const r = read(`Requirements\n- ${line}\n- Python`);
    expect(sectionsOf(`Requirements\n- ${line}\n- Python`, ['statistics', 'mathematics', 'physics', 'python'])).toEqual({
      statistics: 'absent', mathematics: 'absent', physics: 'absent', python: 'required',
    });
    expect(r.degree?.level).toBe(level);
  });
  it('a team "from diverse backgrounds such as physics, statistics, econometrics" names no skill', () => {
    expect(sectionsOf('About us\nOur analysts come from diverse backgrounds such as physics, statistics, econometrics and astrophysics.\nRequirements\n- Python', ['statistics', 'econometrics', 'astrophysics', 'python'])).toEqual({
      statistics: 'absent', econometrics: 'absent', astrophysics: 'absent', python: 'required',
    });
  });
  it('work areas after "disciplines including" and "fields such as" stay skills', () => {
    expect(sectionsOf('About us\nYou will work with scientists across many disciplines including biochemistry.\nRequirements\n- Experience in fields such as NLP', ['biochemistry', 'nlp'])).toEqual({
      biochemistry: 'other', nlp: 'required',
    });
  });
});

describe('52. an employer\'s hiring statement names roles, not asks', () => {
  it.each([
    ['The analytics team expects to hire machine learning engineers next year.', 'machine-learning'],
    ['We are hiring NLP researchers in Berlin as well.', 'nlp'],
    ['Later we plan to recruit two computer vision engineers.', 'computer-vision'],
  ])('"%s"', (sentence, id) => {
    const got = sectionsOf(`Requirements\n- Python and SQL. ${sentence}`, ['python', id]);
    expect(got.python).toBe('required');
    // Not asked: read as the employer's context, or (a field in a role's name) not at all.
    expect(['other', 'absent']).toContain(got[id]);
  });
  it('a skill asked beside it still counts ("We are hiring engineers with PyTorch experience")', () => {
    expect(sectionsOf('Requirements\n- We are hiring engineers with PyTorch experience.', ['pytorch'])).toEqual({ pytorch: 'required' });
  });
});

describe('53. a trailing nice-to-have: its own subject starts its clause, examples after it share it', () => {
  it.each([
    ['You are fluent in Python, exposure to Airflow and Docker is a plus', 'python', 'airflow'],
    ['Strong skills in SQL, some experience with Kubernetes would be a bonus', 'sql', 'kubernetes'],
  ])('"%s"', (line, req, pref) => {
    expect(sectionsOf(`Requirements\n- ${line}`, [req, pref])).toEqual({ [req]: 'required', [pref]: 'preferred' });
  });
  it.each([
    ['Deep learning experience preferred, including transformers and reinforcement learning.', ['transformers', 'reinforcement-learning']],
    ['Cloud experience is a plus, such as AWS or GCP', ['aws', 'gcp']],
  ])('"%s"', (line, ids) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${line}`, ['python', ...ids])).toEqual({ python: 'required', ...Object.fromEntries(ids.map((id) => [id, 'preferred'])) });
  });
});

describe('54. a bracket closed before a trailing cue is an aside, not the end of its reach', () => {
  it.each([
    ['Some experience in programming (Java, Python or R) and Bayesian statistics is beneficial.', ['java', 'python', 'bayesian-statistics']],
    ['Familiarity with orchestration (Airflow, Dagster) or Docker would be a plus', ['airflow', 'dagster', 'docker']],
  ])('"%s"', (line, ids) => {
    expect(sectionsOf(`Requirements\n- SQL\n- ${line}`, ['sql', ...ids])).toEqual({ sql: 'required', ...Object.fromEntries(ids.map((id) => [id, 'preferred'])) });
  });
  it('a cue inside the brackets stays inside: "SQL; Python (preferred) and Docker"', () => {
    expect(sectionsOf('Requirements\n- SQL; Python (preferred) and Docker', ['sql', 'python'])).toEqual({ sql: 'required', python: 'preferred' });
  });
});

describe('55. a ";" or an in-line dash inside brackets parts an aside\'s items, not sentences', () => {
  it('"(areas - genomics, proteomics; methods - CFD, optics) and/or robotics is a big plus"', () => {
    expect(sectionsOf('Requirements\n- Python\n- Experience in simulation (areas - genomics, proteomics; methods - CFD, optics) and/or robotics is a big plus',
      ['python', 'genomics', 'proteomics', 'cfd', 'optics', 'robotics'])).toEqual({
      python: 'required', genomics: 'preferred', proteomics: 'preferred', cfd: 'preferred', optics: 'preferred', robotics: 'preferred',
    });
  });
  it('a full stop inside brackets too: "(tools such as Weka, R. Tableau or others) strongly desired"', () => {
    expect(sectionsOf('Requirements\n- Python\n- Analytics experience (tools such as Weka, R. Tableau or others) strongly desired',
      ['python', 'weka', 'r', 'tableau'])).toEqual({ python: 'required', weka: 'preferred', r: 'preferred', tableau: 'preferred' });
  });
  it('outside brackets a ";" still ends the sentence: "Python; Docker is a plus"', () => {
    expect(sectionsOf('Requirements\n- Python; Docker is a plus', ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('56. "you\'ll love this role if you…" and "this job is perfect for you if" open the requirements', () => {
  it.each([['You’ll love this role if you…'], ['This challenge is perfect for you if'], ['This job is made for you if you']])('%s', (heading) => {
    expect(sectionsOf(`About us\nWe run Kafka at scale.\n${heading}\n- Know Python and SQL well`, ['python', 'sql', 'kafka'])).toEqual({
      python: 'required', sql: 'required', kafka: 'other',
    });
  });
});

describe('57. "preferably" or "ideally" ending its clause reaches back; "as is X" after a trailing cue shares it', () => {
  it.each([
    ['- Docker experience preferably', 'docker'],
    ['- Familiarity with Kubernetes, ideally.', 'kubernetes'],
    ['- Knowledge of Terraform (optionally)', 'terraform'],
  ])('"%s" is a nice-to-have beside a plain requirement', (line, id) => {
    expect(sectionsOf(`Requirements\n- 3+ years of Python\n${line}`, ['python', id])).toEqual({ python: 'required', [id]: 'preferred' });
  });

  it('a forward "preferably in X" is unchanged: "Strong SQL, preferably with Snowflake"', () => {
    expect(sectionsOf('Requirements\n- Strong SQL, preferably with Snowflake', ['sql', 'snowflake'])).toEqual({ sql: 'required', snowflake: 'preferred' });
  });

  it.each([
    ['Experience with Fivetran is a plus, as is familiarity with Python.', 'fivetran', 'python'],
    ['Airflow knowledge would be a bonus, as would be some exposure to Spark.', 'airflow', 'spark'],
  ])('"%s"', (line, first, second) => {
    expect(sectionsOf(`Who you are\nYou write clean SQL. ${line}`, ['sql', first, second])).toEqual({ sql: 'required', [first]: 'preferred', [second]: 'preferred' });
  });
});

describe('58. a degree\'s field ends where another degree is offered instead', () => {
  it.each([
    ['PhD in Computer Science, or MS and 3 years of industry experience', 'Computer Science'],
    ['Master’s in Statistics or a PhD in a related discipline', 'Statistics'],
    ['BSc in Physics, Mathematics or an MSc with a thesis on optimisation', 'Physics, Mathematics'],
  ])('"%s" → field "%s"', (line, field) => {
    expect(read(`Requirements\n- ${line}\n- Python`).degree?.field).toBe(field);
  });

  it('a plain list keeps every field: "MS in Computer Science, Statistics, or a related field"', () => {
    expect(read('Requirements\n- MS in Computer Science, Statistics, or a related field').degree?.field).toBe('Computer Science, Statistics, or a related field');
  });
});

describe('59. a waiver reaches a degree written with its field', () => {
  it.each([
    ['A PhD in a quantitative field is welcome but not required.', 'phd'],
    ['A degree in Computer Science is helpful but not necessary.', 'bachelor'],
  ])('"%s": the degree wished for, as preferred (group 61)', (line, level) => {
    expect(read(`Requirements\n- 2+ years of Python\n- ${line}`).degree).toMatchObject({ level, section: 'preferred' });
  });

  it('"A Master’s degree in Statistics is not required.": no degree asked', () => {
    expect(read('Requirements\n- 2+ years of Python\n- A Master’s degree in Statistics is not required.').degree).toBeNull();
  });

  it('a degree asked in its own sentence before a waiver of something else stays: "PhD in Physics. Java is not required."', () => {
    expect(read('Requirements\n- PhD in Physics. Java is not required.').degree?.level).toBe('phd');
  });
});
describe('60. a bracket that names another degree belongs to that degree', () => {
  it.each([
    ['Master’s degree in computer science (PhD is a plus)'],
    ['MSc in Statistics (PhD preferred)'],
  ])('"%s": the first degree stays required and its field ends at the bracket', (line) => {
    const d = read(`Requirements:\n- ${line}`).degree;
    expect(d?.level).toBe('master');
    expect(d?.section).toBe('required');
    expect(d?.field).not.toMatch(/\(|PhD/);
  });

  it('a cue right after the degree is still its own', () => {
    expect(read('Requirements:\n- Python\n- Masters required, PhD preferred').degree).toMatchObject({ level: 'master', section: 'required' });
    expect(read('Requirements:\n- Python\n- MS or PhD preferred').degree).toMatchObject({ level: 'master', section: 'preferred' });
  });
});

describe('61. a degree welcome but not required is a wish: preferred, not absent', () => {
  it.each([
    ['A PhD is welcome but not required', 'phd'],
    ['PhD preferred but not required', 'phd'],
    ['A Master’s degree is a plus, though not required', 'master'],
  ])('"%s"', (line, level) => {
    expect(read(`Requirements:\n- Python\n- ${line}`).degree).toMatchObject({ level, section: 'preferred' });
  });

  it.each([['No degree required'], ['A degree is not required'], ['You don\'t need a degree']])('"%s" names none', (line) => {
    expect(read(`Requirements:\n- Python\n- ${line}`).degree).toBeNull();
  });
});

describe('62. a bare doctorate as the last alternative means no years', () => {
  it.each([
    ['Bachelor’s degree and 4+ years of experience, or Master’s degree and 2+ years, or PhD', 0],
    ['MS with 3+ years of experience, or a PhD in Computer Science.', 0],
    ['5+ years of experience with a Master’s or PhD', 5],
    ['3+ years of experience with an MS, or a PhD in ML preferred', 3],
  ])('"%s"', (line, years) => {
    expect(read(`Requirements:\n- ${line}\n- Python`).years?.min).toBe(years);
  });
});

describe('63. asks written about the candidate from the employer\'s side', () => {
  it.each([
    ['With a strong background in statistics and SQL, the successful candidate will build our models.'],
    ['With solid experience in statistics and SQL, our ideal candidate will shape the roadmap.'],
    ['We want to see a passion for statistics and SQL.'],
    ['We would like to see hands-on experience with statistics and SQL.'],
  ])('"%s" under a heading that is no requirements heading', (line) => {
    expect(sectionsOf(`About the role\n${line}`, ['statistics', 'sql'])).toEqual({ statistics: 'required', sql: 'required' });
  });

  it.each([
    ['We want to see our customers succeed with SQL.'],
    ['Our team has a strong background in statistics and SQL, and we ship every week.'],
  ])('"%s" asks nothing', (line) => {
    expect(sectionsOf(`About us\n${line}`, ['sql'])).toEqual({ sql: 'other' });
  });
});

describe('64. nice-to-have headings in the words of a sentence', () => {
  it.each([
    ['What would make you stand out'], ['What Would Make You Stand Out:'], ['It would be great if you also have'], ['Points if you have'],
    ['Bonus points for'], ['Extra points for'], ['Added bonus'], ['Assets'], ['Asset qualifications'], ['Advantageous'], ['Helpful skills'],
    ['Differentiators'], ['Would be a plus'], ['Skills that would be helpful'], ['Not required but nice'], ['Not required, but helpful'],
    ['Helpful but not required'], ['Preferred, but not required'], ['Preferred Qualifications (not required)'],
  ])('%s opens the nice-to-haves', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });

  it.each([['Python (not required)'], ['Docker is a plus'], ['Python would be a plus']])('"%s" in a list without bullets is no heading', (line) => {
    expect(sectionsOf(`Requirements\nSQL\n${line}\nKubernetes`, ['sql', 'kubernetes'])).toEqual({ sql: 'required', kubernetes: 'required' });
  });
});

describe('65. a nice-to-have label or cue inside a requirements list', () => {
  it.each([
    ['Pluses: Docker, Kubernetes'], ['Good to have: Docker, Kubernetes'], ['Extra credit: Docker, Kubernetes'], ['_Bonus_: Docker, Kubernetes'],
    ['Docker (bonus), Kubernetes (optional)'], ['Docker and Kubernetes (good to have)'], ['Docker and Kubernetes (plus)'],
    ['Docker and Kubernetes are good to have'], ['Docker and Kubernetes are highly valued'], ['Docker and Kubernetes knowledge is a differentiator'],
    ['Docker and Kubernetes skills will set you apart'], ['Docker and Kubernetes skills make you stand out'],
    ['Docker and Kubernetes experience not required but helpful'], ['Extra points for Docker and Kubernetes'],
    ['You get bonus points for Docker and Kubernetes'], ['It is an advantage if you know Docker and Kubernetes'],
    ['We’d be thrilled if you know Docker and Kubernetes'],
    ['Knowing Docker and Kubernetes gives you a head start'], ['Docker and Kubernetes experience will give you a leg up'],
    ['You have a great head start if you know Docker and Kubernetes'], ['It counts in your favour if you know Docker and Kubernetes'],
    ['Docker and Kubernetes skills count in your favor'],
    ['Extra plus: hands-on experience with Docker and Kubernetes'], ['Big plus - Docker and Kubernetes'], ['Added bonus: Docker and Kubernetes'],
  ])('"- %s"', (item) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${item.replace('’', "'")}`, ['python', 'docker', 'kubernetes'])).toEqual({
      python: 'required', docker: 'preferred', kubernetes: 'preferred',
    });
  });

  it.each([['Python (required), Docker (preferred)'], ['Python (must have), Docker (nice to have)'], ['Python (must), Docker (nice)']])(
    '"%s": a bracket cue does not reach back over a stated requirement', (item) => {
      expect(sectionsOf(`Requirements\n- ${item}`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
    });

  it.each([['The role requires Python.'], ['This position also requires Python.']])('"%s" outside a requirements heading', (line) => {
    expect(sectionsOf(`About the role\n${line}`, ['python'])).toEqual({ python: 'required' });
  });
});

describe('66. requirement headings said in other words', () => {
  it.each([
    ['You are'], ['The ideal candidate'], ['What makes you a great fit'], ['Requisites'], ['Hard skills'], ['Tech skills'], ['Your toolbox'],
    ['What you can bring'], ['What you’ll bring to the team'], ['You should apply if'], ['Does this sound like you?'], ['What we would like from you'],
    ['Who are we looking for?'], ['The Candidate'], ['The person'], ['Your strengths'], ['Who should apply'], ['You will have'], ['We expect'],
    ['What we ask for'], ['Your talents'], ['Expected skills'], ['**What we ask of you**'], ['YOUR TOOLBOX'], ['## The candidate'],
  ])('%s opens the requirements', (heading) => {
    expect(sectionsOf(`About us\nWe run Kafka at scale.\n${heading}\n- Python and SQL`, ['python', 'sql', 'kafka'])).toEqual({
      python: 'required', sql: 'required', kafka: 'other',
    });
  });

  it('flattened: "… The candidate: Python and SQL. Benefits: …"', () => {
    expect(sectionsOf('We are a company building great data tools for everyone. The candidate: Python and SQL. Benefits: lunch and a laptop.', ['python', 'sql']))
      .toEqual({ python: 'required', sql: 'required' });
  });
});

describe('67. duties and benefits written to "you" ask nothing', () => {
  it.each([
    ['You have the opportunity to work with Spark and Kafka.'], ['You have access to a Spark and Kafka cluster.'],
    ['You will have the freedom to choose Spark or Kafka.'], ['You will need to build Spark and Kafka pipelines.'],
    ['The successful candidate will be responsible for Spark and Kafka pipelines.'], ['Experience the thrill of running Spark and Kafka at scale.'],
    ['Knowledge sharing sessions on Spark and Kafka every week.'],
  ])('"%s"', (line) => {
    for (const heading of ['What you will do', 'Benefits']) {
      expect(sectionsOf(`${heading}\n- ${line}`, ['spark', 'kafka'])).toEqual({ spark: 'other', kafka: 'other' });
    }
  });

  it.each([
    ['You will need strong Spark and Kafka skills.'], ['You need to be fluent in Spark and Kafka.'], ['You will need to know Spark and Kafka.'],
    ['The successful candidate will be proficient in Spark and Kafka.'], ['You have the skills to run Spark and Kafka.'],
  ])('"%s" still asks', (line) => {
    expect(sectionsOf(`About the role\n${line}`, ['spark', 'kafka'])).toEqual({ spark: 'required', kafka: 'required' });
  });
});

describe('68. asks outside a requirements heading, in CV words or said to "you"', () => {
  it.each([
    ['Comfortable with Python and SQL.'], ['Familiar with Python and SQL.'], ['Skilled in Python and SQL.'], ['Expert in Python and SQL.'],
    ['Well-versed in Python and SQL.'], ['Hands-on with Python and SQL.'], ['Highly proficient with Python and SQL.'],
    ['Proven ability to write Python and SQL.'], ['Able to program in Python and SQL.'], ['A solid grasp of Python and SQL.'],
    ['Good command of Python and SQL.'], ['A strong foundation in Python and SQL.'], ['Exposure to Python and SQL.'],
    ['Minimum 3 years of Python and SQL.'], ['At least 3 years with Python and SQL.'], ['3+ years Python and SQL.'],
    ['You know Python and SQL.'], ['You’re fluent in Python and SQL.'], ['You’ve worked with Python and SQL.'], ['You have built pipelines in Python and SQL.'],
    ['You master Python and SQL.'], ['We’re looking for someone with Python and SQL.'],
  ])('"%s"', (line) => {
    for (const heading of ['About the role', 'Job description']) {
      expect(sectionsOf(`${heading}\n${line.replace(/’/g, "'")}`, ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
      expect(sectionsOf(`${heading}\n${line}`, ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
    }
  });

  it.each([
    ['Assist in model training in Python and SQL as required.'], ['Apply Python and SQL where required by the client.'],
    ['We are looking for engineers who are excited about Python and SQL.'], ['You know what it takes to scale Python and SQL.'],
    ['The company was founded 3 years ago on Python and SQL.'],
  ])('"%s" asks nothing', (line) => {
    expect(sectionsOf(`What you will do\n- ${line}`, ['python', 'sql'])).toEqual({ python: 'other', sql: 'other' });
  });

  it.each([['Our expertise'], ['Our experience'], ['**Our skills**']])('%s is the employer\'s, not an ask', (heading) => {
    expect(sectionsOf(`Requirements\n- Kafka\n${heading}\n- Python and SQL`, ['python', 'sql'])).toEqual({ python: 'other', sql: 'other' });
  });
});

describe('69. a degree, an applicant\'s needs or a list of requirements named in a sentence outside a requirements heading', () => {
  it.each([
    ['Degree in statistics and experience with Python and SQL.'], ['MSc or PhD in statistics, with Python and SQL.'],
    ['A Master’s degree in statistics, with Python and SQL.'], ['Applicants will need Python and SQL.'], ['Candidates would need Python and SQL.'],
    ['Requirements include Python and SQL.'], ['Qualifications are Python and SQL.'],
  ])('"%s"', (line) => {
    expect(sectionsOf(`About the role\n${line}`, ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });

  it.each([['Applicants will need to build Python and SQL services.'], ['Degree programmes at our university teach Python and SQL.']])('"%s" asks nothing', (line) => {
    expect(sectionsOf(`What you will do\n- ${line}`, ['python', 'sql'])).toEqual({ python: 'other', sql: 'other' });
  });
});

describe('70. where a trailing cue stops, and a nested nice-to-have label without a colon', () => {
  it.each([
    ['Python and SQL, Docker preferred'], ['Python and SQL, Docker a plus'], ['Python and SQL, with Docker preferred'],
    ['Python and SQL, while Docker is a plus'], ['Python and SQL, whereas Docker is a plus'], ['Python and SQL, although Docker would be a plus'],
  ])('"- %s"', (item) => {
    expect(sectionsOf(`Requirements\n- ${item}`, ['python', 'sql', 'docker'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred' });
  });

  it.each([
    ['Python, SQL and Docker, ideally'], ['Python and SQL, including Docker, are a plus'], ['Python, SQL, and Docker are a plus'],
  ])('"- %s": one list, one cue', (item) => {
    expect(sectionsOf(`Requirements\n- Kafka\n- ${item}`, ['python', 'sql', 'docker'])).toEqual({ python: 'preferred', sql: 'preferred', docker: 'preferred' });
  });

  it.each([
    ['Requirements\n- Python\n- Nice to have\n  - Docker\n  - Kubernetes\n- SQL'], ['Requirements\n- Python\n- Bonus points\n  - Docker\n  - Kubernetes\n- SQL'],
    ['Requirements\n- Python\n- **Nice to have:**\n  - Docker\n  - Kubernetes\n- SQL'],
  ])('%j', (text) => {
    expect(sectionsOf(text, ['python', 'sql', 'docker', 'kubernetes'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });

  it('a bullet "Preferred" in a flat list opens nothing', () => {
    expect(sectionsOf('Requirements\n- Python\n- Preferred\n- SQL', ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });
});

describe('an aside ", preferably X," ends where the next ask of its sentence starts', () => {
  it.each([
    ['Requirements:\n- Experience with Python, preferably PyTorch, and solid knowledge of SQL.', { python: 'required', pytorch: 'preferred', sql: 'required' }],
    ['Requirements:\n- Programming experience, preferably in C++, and a background in machine learning with TensorFlow.', { cpp: 'preferred', 'machine-learning': 'required', tensorflow: 'required' }],
    // A list after the cue is all of it wished for.
    ['Requirements:\n- Experience with data tools, ideally Python, R, and SQL.', { python: 'preferred', r: 'preferred', sql: 'preferred' }],
  ])('%s', (text, want) => {
    expect(sectionsOf(text, Object.keys(want))).toEqual(want);
  });
});

describe('a wish ("ideally …") ends where a flattened list runs on into its next ask', () => {
  it('"… ideally towards myeloid cells You have experience in lentiviral transduction …"', () => {
    expect(sectionsOf('We would love to hear from you if: You have expertise in stem cells, ideally towards myeloid cell types You have experience in cell culture and lentiviral transduction, ideally with CRISPR screens You have a working knowledge of RNA-seq', ['lentiviral-transduction', 'crispr', 'rna-seq'])).toEqual({
      'lentiviral-transduction': 'required', crispr: 'preferred', 'rna-seq': 'required',
    });
  });
});

describe('the steps to apply name no skill asked for', () => {
  it('"How to apply: … Prepare for a pair programming interview" is no mention; an ask there still is', () => {
    const text = 'Requirements:\n- Python\n\n## How to apply\n\n1. Email us your CV.\n2. Prepare for a pair programming interview.\n3. Share your GitHub profile.\n4. You must know Docker.\n';
    expect(sections(text)).toEqual({ python: 'required', docker: 'required' });
  });

  it('a heading after the steps reads names again', () => {
    expect(sectionsOf('How to apply\n- Send your GitHub profile\nAbout us\n- We build with Kubernetes', ['github', 'kubernetes'])).toEqual({ github: 'absent', kubernetes: 'other' });
  });
});

describe('a sub-list opened by an ask inside a list item, on a long flattened line', () => {
  // Over LIST_LINE characters: the posting flattened onto one line.
  const FILLER = ' We value teamwork and growth.'.repeat(25);

  it('the items with the sub-list\'s bullet are asked; the next item of the outer list is not', () => {
    const text = `Key Responsibilities: * Experience in machine learning, supervised and unsupervised: - Forecasting, Classification - Clustering * Build dashboards in Tableau * Maintain Airflow jobs.${FILLER}`;
    expect(sectionsOf(text, ['time-series-forecasting', 'classification', 'clustering', 'tableau', 'airflow'])).toEqual({
      'time-series-forecasting': 'required', classification: 'required', clustering: 'required', tableau: 'other', airflow: 'other',
    });
  });

  it('with the outer list\'s own bullet, only the sentence after the colon is asked (where the sub-list ends is unknown)', () => {
    const text = `Responsibilities: - Experience in machine learning: - Forecasting, Classification - Build dashboards in Tableau.${FILLER}`;
    expect(sectionsOf(text, ['time-series-forecasting', 'classification', 'tableau'])).toEqual({
      'time-series-forecasting': 'required', classification: 'required', tableau: 'other',
    });
  });

  it('a colon that ends a label after the ask\'s sentence opens no list', () => {
    const text = `About the post: requirements: - A Master's degree in computer science or a related field. description: - Support the development of our Kubernetes tooling - Maintain our Airflow jobs.${FILLER}`;
    expect(sectionsOf(text, ['kubernetes', 'airflow'])).toEqual({ kubernetes: 'other', airflow: 'other' });
  });
});

describe('a lead-in that stops where its list begins, its line break lost', () => {
  it.each([
    ['Responsibilities: - Partner closely with product teams. This challenge is perfect for you if - You are a master of Looker, with deep expertise in data modeling. - You are fluent in English.', ['looker', 'data-modeling']],
    ['What you will do: - Build reports for the sales team. You might be a great fit if you have - Hands-on Kubernetes - Some Terraform', ['kubernetes', 'terraform']],
  ])('"%s": the list after it is asked', (text, ids) => {
    expect(sectionsOf(text, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 'required'])));
  });

  it('not inside an item, after its bullet rather than a sentence\'s end', () => {
    expect(sectionsOf('Responsibilities: - Partner with teams that are perfect for you if - you like Kubernetes', ['kubernetes'])).toEqual({ kubernetes: 'other' });
  });
});

describe('a lead-in sentence that ends in a colon, and the list it opens', () => {
  it.each([
    ['The successful applicant will have experience in:'],
    ['I anticipate that a successful applicant will have an interest or experience in:'],
  ])('"%s" asks for the items below it', (lead) => {
    expect(sectionsOf(`About the lab\nWe study cells.\n${lead}\n- Kubernetes\n- Docker`, ['kubernetes', 'docker'])).toEqual({ kubernetes: 'required', docker: 'required' });
  });

  it.each([['We prefer, but do not require, that you:'], ['We prefer that you:'], ['We would also prefer that you have:']])('"%s" opens a nice-to-have list', (lead) => {
    expect(sectionsOf(`Requirements\n- Python\n${lead}\n- Have experience with Terraform\n- Know Kafka`, ['python', 'terraform', 'kafka'])).toEqual({
      python: 'required', terraform: 'preferred', kafka: 'preferred',
    });
  });

  it.each([['Developer duties and responsibilities'], ['Duties and responsibilities'], ['Roles and responsibilities'], ['What will you do?']])('"%s" lists the work, not asks', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Build pipelines in Airflow`, ['python', 'airflow'])).toEqual({ python: 'required', airflow: 'other' });
  });
});

describe('a year written as "a year", and the Bologna cycles of a degree', () => {
  it.each([
    ['At least a year of professional experience with Python.', 1],
    ['A minimum of a year of experience in SQL.', 1],
    ['More than a year of full-time experience in data engineering.', 1],
  ])('"%s" asks for %i year', (line, min) => {
    expect(read(`Requirements\n- ${line}`).years?.min).toBe(min);
  });

  it.each([['We meet twice a year.'], ['We have run this course for more than a year.'], ['The project lasts a year.']])('"%s" asks for no years', (line) => {
    expect(read(`About us\n${line}\nRequirements\n- Python`).years).toBeNull();
  });

  it.each([
    ['A second-cycle qualification/degree in computer science.', 'master'],
    ['You must hold a second-cycle degree, or 60 credits at second-cycle level.', 'master'],
    ['A third-cycle degree in statistics.', 'phd'],
    ['A first-cycle degree in physics.', 'bachelor'],
  ])('"%s" names a %s degree', (line, level) => {
    expect(read(`Requirements\n- ${line}`).degree?.level).toBe(level);
  });
});

describe('a nice-to-have heading that says the skills can be learned', () => {
  it.each([['Helpful Skills, but can be learned on the job'], ['Nice to have, but can be taught'], ['Preferred experience, but can be picked up here']])('"%s"', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Terraform\n- Kafka`, ['python', 'terraform', 'kafka'])).toEqual({
      python: 'required', terraform: 'preferred', kafka: 'preferred',
    });
  });
});

describe('kinds of learning named by their adjective after the field', () => {
  it.each([
    ['Solid knowledge of machine learning algorithms (supervised and unsupervised), such as regression'],
    ['ML: supervised, unsupervised'],
    ['Experience in Machine Learning, supervised and unsupervised'],
  ])('"%s"', (line) => {
    expect(sectionsOf(`Requirements\n- ${line}`, ['supervised-learning', 'unsupervised-learning'])).toEqual({
      'supervised-learning': 'required', 'unsupervised-learning': 'required',
    });
  });

  it('not a word that starts a phrase of its own ("Machine learning, transfer of knowledge")', () => {
    expect(sectionsOf('Requirements\n- Machine learning, transfer of knowledge to the team', ['transfer-learning', 'machine-learning'])).toEqual({
      'transfer-learning': 'absent', 'machine-learning': 'required',
    });
  });
});

describe('an ambiguous name as a later item of a list of examples', () => {
  it.each([
    ['Experience working with data formats (e.g., CSV, JSON, Parquet).', 'parquet'],
    ['Event trackers such as Freshpaint, Heapster or Snowplow.', 'snowplow'],
  ])('"%s" names %s', (line, id) => {
    expect(sectionsOf(`Requirements\n- ${line}`, [id])).toEqual({ [id]: 'required' });
  });

  it.each([
    ['We would like you to know our values, and Parquet floors in the office.', 'parquet'],
    ['Snowplow the drive after the storm.', 'snowplow'],
  ])('"%s" names no %s', (line, id) => {
    expect(sectionsOf(`Requirements\n- ${line}`, [id])).toEqual({ [id]: 'absent' });
  });
});

describe('what a successful candidate will likely have, and a heading that is only "You"', () => {
  it('"A successful candidate will likely have some experience in …" asks', () => {
    expect(sectionsOf('About the project\nWe study Salmonella. A successful candidate will likely have some experience in version control and Keras.', ['version-control', 'keras'])).toEqual({
      'version-control': 'required', keras: 'required',
    });
  });

  it.each([['You'], ['You:']])('"%s" heads what the candidate brings', (heading) => {
    expect(sectionsOf(`About us\nWe use Kafka.\n${heading}\n- Python and SQL`, ['python', 'sql', 'kafka'])).toEqual({ python: 'required', sql: 'required', kafka: 'other' });
  });
});

describe('a shared head after a word and its "non-" negation', () => {
  it('"relational and non-relational databases" names both', () => {
    expect(sectionsOf('Requirements\n- Familiarity with relational and non-relational databases', ['relational-databases', 'nosql'])).toEqual({
      'relational-databases': 'required', nosql: 'required',
    });
  });
});

describe('which figure is the role\'s: a field "or a related role", and a skill asked before its figure', () => {
  it.each([
    ['3+ years of professional experience in data engineering or a related role.\nSolid proficiency with Python for data processing and automation, with at least 2-3 years of hands-on experience.', 3],
    ['Requirements Required Qualifications 3+ years of professional experience in data engineering or a related role. Solid proficiency with Python for data processing, with at least 2-3 years of hands-on experience. Strong SQL skills.', 3],
    ['Experience with Spark, with at least 2 years of hands-on experience.', 2],
  ])('"%s" asks for %i years', (text, min) => {
    expect(read(`Requirements\n${text}`).years?.min).toBe(min);
  });
});

describe('a posting flattened onto one line: a run-on heading with its colon, and a sentence that only looks like a lead-in', () => {
  it('"… and optimization Role & Responsibilities: • …" heads the work', () => {
    const text = 'Requirements: • Python and SQL. Our focus covers forecasting and optimization Role & Responsibilities: • Build pipelines in Airflow • Maintain Kafka topics';
    expect(sectionsOf(text, ['python', 'airflow', 'kafka'])).toEqual({ python: 'required', airflow: 'other', kafka: 'other' });
  });

  it('"… the team We’re looking for a Data Science lead that …" is a sentence, not a heading over what follows', () => {
    const text = 'Apply Now Become part of the team We’re looking for a Data Science lead that relishes new ideas. The group works with computer vision and recommender engines. Role & Responsibilities: • Present to clients Requirements: • Python';
    expect(sectionsOf(text, ['computer-vision', 'recommender-systems', 'python'])).toEqual({ 'computer-vision': 'other', 'recommender-systems': 'other', python: 'required' });
  });
});

describe('a preference stated as a noun, an "advantageous if", and a heading with a remark in brackets', () => {
  it.each([
    ['Preference for distributed tools (e.g. Apache Spark)'],
    ['A strong preference for candidates with Spark experience'],
    ['Advantageous if you have used Apache Spark'],
    ['Solid experience with Python, with preference for distributed tools (e.g. Apache Spark)'],
  ])('"%s" would like Spark', (line) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${line}`, ['python', 'spark'])).toEqual({ python: 'required', spark: 'preferred' });
  });

  it.each([
    ['Desired qualifications (these are a plus but not required)', 'preferred'],
    ['Skills (nice to have):', 'preferred'],
    ['Minimum qualifications (all required)', 'required'],
    ['Responsibilities (what you will do)', 'other'],
    ['Desired Qualifications - a non-exhaustive list of possible assets for the position', 'preferred'],
    ['Qualifications – nice to have, not required', 'preferred'],
    ['Required Qualifications - all must be met', 'required'],
  ])('"%s" heads a %s list', (heading, section) => {
    expect(sectionsOf(`About us\nWe build things.\nRequirements\n- Python\n${heading}\n- Terraform`, ['python', 'terraform'])).toEqual({ python: 'required', terraform: section });
  });
  it('"Requirements - Python, SQL" is a label and its list, not a heading with a remark', () => {
    expect(sectionsOf('About us\nWe build things.\nRequirements - Python, SQL', ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });
});

describe('an acronym the posting defines as something else is not the skill it spells', () => {
  it('a team, a programme and a form named by their initials', () => {
    const got = sections(['About the team',
      'You will join the Digital Analytics and Research Team (DART). The DART works with hospitals.',
      'The Strategic Programme for Analytics and Research Knowledge (SPARK) funds this post.',
      '', 'Requirements', '- Python and SQL.'].join('\n'));
    expect(got.dart).toBeUndefined();
    expect(got.spark).toBeUndefined();
    expect(got.python).toBe('required');
  });

  it('an acronym defined as the skill itself stays the skill', () => {
    const got = sections(['Requirements',
      '- Experience with Natural Language Processing (NLP) and Amazon Web Services (AWS).',
      '- Knowledge of Large Language Models (LLMs) and Retrieval-Augmented Generation (RAG).',
      '- Apps in Dart and Flutter.'].join('\n'));
    for (const id of ['nlp', 'aws', 'llms', 'rag', 'dart']) expect(got[id], id).toBe('required');
  });
});

describe('nice-to-have headings and what follows their lists (sixth probe)', () => {
  it('a nice-to-have heading with a waiver in brackets stays a nice-to-have', () => {
    const got = sections(['What You Bring', '- Python and SQL.', '', 'Nice to Have (But Not Required)', '- Experience with PyTorch.', '',
      'Nice to Haves (not required):', '- Kubernetes'].join('\n'));
    expect(got).toMatchObject({ python: 'required', sql: 'required', pytorch: 'preferred', kubernetes: 'preferred' });
  });

  it('a sentence after the list that says the candidate must have something asks for it', () => {
    const got = sections(['Desirable experience that is not required, but will be considered very favorably, includes:',
      '- deep learning', '- reinforcement learning', '',
      'Finally, you should have demonstrable experience programming in languages such as Java, MATLAB or R. Experience with Docker is also very valuable.',
    ].join('\n'));
    expect(got).toMatchObject({ 'deep-learning': 'preferred', 'reinforcement-learning': 'preferred', java: 'required', matlab: 'required', r: 'required' });
    // A duty is no requirement: "should ensure" asks nothing of the candidate.
    expect(sections('Nice to have:\n- Go\n\nThe candidate should ensure that Kafka topics stay healthy.').kafka).toBe('preferred');
  });

  it('"Nice to Haves" in title case run on after a flattened list item', () => {
    const got = sections('Skills & Requirements: Must Haves Strong working knowledge of machine learning techniques and Python, comfortable juggling '
      + 'multiple projects, strong communication skills Nice to Haves Experience with NLP techniques and tools a plus. Prior experience building '
      + 'recommendation systems with Spark or Kafka. Benefits include health insurance.');
    expect(got).toMatchObject({ 'machine-learning': 'required', python: 'required', nlp: 'preferred', 'recommender-systems': 'preferred', spark: 'preferred' });
  });
});

describe('a list item hard-wrapped inside a name, and a head shared with two words', () => {
  it('a long list item that stops mid-name goes on with the next line', () => {
    const got = sections(['What we are looking for:',
      '- Strong working knowledge of Machine learning/Deep learning techniques and Natural language',
      'processing/ Speech processing', '- 2+ years of commercial experience in ML solutions'].join('\n'));
    expect(got).toMatchObject({ nlp: 'required', 'speech-processing': 'required' });
  });

  it('but not into a label of its own', () => {
    const got = sections(['Duties', '- Working with data engineers to build our machine learning models to production',
      'skills:', '- skill: Understanding of statistics'].join('\n'));
    expect(got.statistics).toBe('required');
  });

  it('"Natural language and speech processing tools" names both', () => {
    const got = sections('Requirements\n- Hands-on experience with Natural language and speech processing tools such as NLTK and Kaldi.');
    expect(got).toMatchObject({ nlp: 'required', 'speech-processing': 'required', nltk: 'required' });
  });
});

describe('two modifiers of one noun', () => {
  it('"predictive and inferential models" are predictive models', () => {
    expect(sections('Requirements\n- Experience building predictive and inferential models.')['predictive-modeling']).toBe('required');
  });

  it.each([
    ['Build predictive and machine-learning models.', 'predictive-modeling'],
    ['Experience with statistical and machine learning models.', 'statistical-modeling'],
  ])('"%s": the second modifier may be a name of its own', (line, id) => {
    expect(sections(`Requirements\n- ${line}`)).toMatchObject({ [id]: 'required', 'machine-learning': 'required' });
  });

  it('"relational and non relational databases" name both kinds, with or without the hyphen', () => {
    for (const text of ['relational and non relational databases', 'relational and non-relational databases']) {
      const got = sections(`Requirements\n- Knowledge of ${text}.`);
      expect(got, text).toMatchObject({ 'relational-databases': 'required', nosql: 'required' });
    }
  });
});

describe('a site named as the place where the employer\'s work is kept', () => {
  it.each([
    ['Contribute to our projects, which can be found on GitHub.'],
    ['See our GitHub page for the tools we maintain.'],
    ['Our models are available on Hugging Face.'],
  ])('"%s" asks for no tool', (line) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${line}`, ['python', 'github', 'hugging-face'])).toEqual({ python: 'required', github: 'absent', 'hugging-face': 'absent' });
  });

  it('experience with the site itself is still asked', () => {
    expect(sectionsOf('Requirements\n- Python\n- Experience with GitHub and publishing models on Hugging Face', ['github', 'hugging-face'])).toEqual({ github: 'required', 'hugging-face': 'required' });
  });
});

describe('method names used for ordinary work', () => {
  it.each([
    ['Experience fine-tuning batch and real-time big data integration frameworks', 'fine-tuning'],
    ['Fine-tune SQL queries and ETL performance', 'fine-tuning'],
    ['Developed 2 or more automated machine learning models for production use', 'automl'],
  ])('"%s" is no %s', (line, id) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${line}`, [id])).toEqual({ [id]: 'absent' });
  });

  it.each([
    ['Experience fine-tuning LLMs and fine-tuning the model', 'fine-tuning'],
    ['Fine-tuning pipelines for large language models', 'fine-tuning'],
    ['Automated machine learning (AutoML) tools', 'automl'],
  ])('"%s" is %s', (line, id) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${line}`, [id])).toEqual({ [id]: 'required' });
  });
});

describe('a unit\'s or a chair\'s name says where, not what is asked', () => {
  it('departments, schools, centres and professorships', () => {
    const got = sections(['Requirements', '- Python.', 'About the post',
      'You will join the Department of Biostatistics and Data Science at the School of Public Health, working with a Professor of Biomedical Informatics at the Center for Machine Learning.'].join('\n'));
    expect(got).toEqual({ python: 'required' });
  });

  it('a unit named by its own words before its kind', () => {
    const got = sections(['Requirements', '- Python.', 'About the post',
      'The lab sits within the Single-Cell Spatial Analysis Program, the Michigan Neuroscience Institute, and faculty in the Artificial Intelligence Laboratory.'].join('\n'));
    expect(got).toEqual({ python: 'required' });
  });

  it('the same fields asked for in words of their own are still read', () => {
    expect(sectionsOf('Requirements\n- Knowledge of biostatistics and machine learning.', ['biostatistics', 'machine-learning'])).toEqual({
      biostatistics: 'required', 'machine-learning': 'required',
    });
  });
});

describe('business intelligence in a role\'s name', () => {
  it('"business intelligence analysts" among colleagues is a role', () => {
    expect(sectionsOf('Requirements\n- Python\n- Work with data engineers, data modelers, business intelligence analysts and product owners.', ['python', 'business-intelligence'])).toEqual({
      python: 'required', 'business-intelligence': 'absent',
    });
  });

  it('experience as a BI developer still asks for business intelligence', () => {
    expect(sectionsOf('Requirements\n- 3 years as a BI developer.', ['business-intelligence'])).toEqual({ 'business-intelligence': 'required' });
  });
});

describe('a role word on the next paragraph names no role with the list item before it', () => {
  it('"- hypothesis testing and forecasting" then "Analysts report to …"', () => {
    expect(sectionsOf('Example projects include:\n  - hypothesis testing and forecasting\n\nAnalysts report to the Director.', ['hypothesis-testing', 'time-series-forecasting'])).toEqual({
      'hypothesis-testing': 'other', 'time-series-forecasting': 'other',
    });
  });

  it('a role\'s name wrapped onto the next line is still one', () => {
    expect(sectionsOf('About us\nWe are hiring two machine learning\nengineers for our team.\nRequirements\n- Python', ['machine-learning'])).toEqual({ 'machine-learning': 'absent' });
  });
});

describe('from an eighth probe of unseen postings', () => {
  it('"…, and it would be advantageous if you have experience with X" would like X', () => {
    expect(sectionsOf('Requirements\n- You should be familiar with web technologies, and it would be advantageous if you have experience with Django and/or Docker.', ['django', 'docker'])).toEqual({
      django: 'preferred', docker: 'preferred',
    });
  });

  it('"Whom are we looking for?" heads the asks', () => {
    expect(sectionsOf('About\nWe do data analytics.\n\nWhom are we looking for?\n- Data analytics and machine learning experience\n- Docker', ['machine-learning', 'docker'])).toEqual({
      'machine-learning': 'required', docker: 'required',
    });
  });

  it.each([['Background'], ['Background:'], ['**Background**']])('"%s" on its own line opens the project\'s story, not the asks', (heading) => {
    expect(sectionsOf(`About\nWe are a lab.\n${heading}\nDigital pathology and machine learning are changing toxicology.\nRequirements\n- Python`, ['machine-learning', 'python'])).toEqual({
      'machine-learning': 'other', python: 'required',
    });
  });

  it('"Your background" still heads the asks', () => {
    expect(sectionsOf('About\nWe are a lab.\nYour background\n- Machine learning', ['machine-learning'])).toEqual({ 'machine-learning': 'required' });
  });

  it('"you need to be an R expert" asks for R', () => {
    expect(sectionsOf('About the role\nThis is the classic data role - you need to be an R expert or quickly become one.', ['r'])).toEqual({ r: 'required' });
  });
});

describe('71. "expected to have" asks, as academic postings write it; "expected to develop" is a duty', () => {
  it.each([
    ['Candidates are expected to have strong programming skills in Python.', 'python'],
    ['Applicants are expected to be familiar with R.', 'r'],
    ['The successful candidate is expected to have a background in statistics.', 'statistics'],
    ['You will be expected to know SQL.', 'sql'],
    ['We expect you to have experience with Spark.', 'spark'],
    ['We also expect the successful candidate to be proficient in Scala.', 'scala'],
  ])('"%s"', (line, id) => {
    expect(sectionsOf(`The project\n${line}`, [id])).toEqual({ [id]: 'required' });
  });

  it('a duty the holder is expected to do asks for nothing', () => {
    expect(sectionsOf('The project\nThe postdoc is expected to develop methods in Julia.', ['julia'])).toEqual({ julia: 'other' });
  });

  it('"Go and Rust": two capitalised names after a cue vouch for each other', () => {
    expect(sectionsOf('The project\nWe expect candidates to be proficient in Go and Rust.', ['go', 'rust'])).toEqual({ go: 'required', rust: 'required' });
    expect(sectionsOf('The project\nYou will go and see customers.', ['go'])).toEqual({ go: 'absent' });
  });
});

describe('72. what the employer will teach is not asked', () => {
  it.each([
    ['You will learn Kafka on the job', 'kafka'],
    ["We'll teach you Kafka", 'kafka'],
    ['Training in Kafka will be provided', 'kafka'],
    ['You get the chance to learn Kafka and Flink', 'kafka'],
  ])('"%s"', (item, id) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${item}`, ['python', id])).toEqual({ python: 'required', [id]: 'other' });
  });
});

describe('73. a short name after a cue inside a list', () => {
  it.each([
    ['Python, and ideally Go', { python: 'required', go: 'preferred' }],
    ['Python (required), R (nice to have)', { python: 'required', r: 'preferred' }],
    ['Python, preferably also R', { python: 'required', r: 'preferred' }],
  ])('"%s"', (item, want) => {
    expect(sectionsOf(`Requirements\n- ${item}`, Object.keys(want))).toEqual(want);
  });

  it('the cue words are no list outside one: "go also" stays ordinary English', () => {
    expect(sectionsOf('About us\nYou should go also to the office on Fridays.', ['go'])).toEqual({ go: 'absent' });
  });
});

describe('74. nice-to-have headings in other words, with or without a colon', () => {
  it.each([
    ['What will help you succeed:'], ['What will help you succeed in this role'], ['It would help if you have:'], ['Considered an asset'],
    ["We'd be excited if you also have"], ['We’d be excited if you also have:'], ['Good-to-have skills'], ['Good-to-have:'],
    ['Secondary Skills:'], ['Icing on the cake'], ['Cherry on top'],
  ])('"%s"', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Rust`, ['python', 'rust'])).toEqual({ python: 'required', rust: 'preferred' });
  });

  it('the requirement headings beside them stay requirements', () => {
    expect(sectionsOf('Responsibilities\n- Build dashboards in Tableau\nSkills:\n- Python', ['python', 'tableau'])).toEqual({ python: 'required', tableau: 'other' });
    expect(sectionsOf('About the role\n- Build dashboards in Tableau\nWhat you need to succeed:\n- Python', ['python', 'tableau'])).toEqual({ python: 'required', tableau: 'other' });
  });
});

describe('75. more trailing nice-to-have cues on a list item', () => {
  it.each([
    ['Kotlin is good to know'], ['Experience in Kotlin is highly regarded'], ['Kotlin experience highly regarded'], ['Kotlin experience: optional'],
    ['Kotlin: bonus'],
  ])('"- %s"', (item) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${item}`, ['python', 'kotlin'])).toEqual({ python: 'required', kotlin: 'preferred' });
  });

  it('"regarded as essential" still asks, and a highly regarded employer asks nothing', () => {
    expect(sectionsOf('Requirements\n- Python\n- Kotlin is highly regarded as essential', ['python', 'kotlin'])).toEqual({ python: 'required', kotlin: 'required' });
    expect(sectionsOf('About us\nWe are a highly regarded Kotlin shop.\nRequirements\n- Python', ['python', 'kotlin'])).toEqual({ python: 'required', kotlin: 'other' });
  });
});

describe('76. more asks written as sentences outside the requirements', () => {
  it.each([
    ['Applicants must demonstrate Kotlin expertise.'], ['3 years with Kotlin.'], ['Competence in Kotlin.'], ['Expert-level Kotlin.'],
    ['You must show strong Kotlin skills.'],
  ])('"%s"', (sentence) => {
    expect(sectionsOf(`About the role\nWe build apps for banks. ${sentence} We offer great benefits.`, ['kotlin'])).toEqual({ kotlin: 'required' });
  });

  it('a company\'s years with a name ask nothing', () => {
    expect(sectionsOf('About the role\nWe build apps for banks. We were funded 3 years with Kotlin money.', ['kotlin'])).toEqual({ kotlin: 'other' });
  });
});

describe('77. an offer inside a requirements list asks nothing', () => {
  it.each([
    ['Kotlin training provided'], ['Opportunity to work with Kotlin'], ["You'll get to use Kotlin"], ['Exposure to Kotlin will be provided'],
  ])('"- %s"', (item) => {
    expect(sectionsOf(`Requirements\n- Python\n- ${item}`, ['python', 'kotlin'])).toEqual({ python: 'required', kotlin: 'other' });
  });

  it('the ask beside the offer stays an ask', () => {
    expect(sectionsOf('Requirements\n- Experience with Kotlin; opportunity to grow into Scala', ['kotlin', 'scala'])).toEqual({ kotlin: 'required', scala: 'other' });
    expect(sectionsOf('Requirements\n- Kotlin (training provided if needed)', ['kotlin'])).toEqual({ kotlin: 'required' });
  });
});

describe('78. a flattened heading at the start of a line, its list after in-line bullets', () => {
  it('"Qualifications • Python • SQL Preferred Qualifications • Kotlin • Scala Perks • Snacks"', () => {
    expect(sectionsOf('Qualifications • Python • SQL Preferred Qualifications • Kotlin • Scala Perks • Snacks', ['python', 'sql', 'kotlin', 'scala']))
      .toEqual({ python: 'required', sql: 'required', kotlin: 'preferred', scala: 'preferred' });
    expect(sectionsOf('Skills - Python - SQL', ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });

  it('a title with dashes or an about line with bullets opens no requirements', () => {
    expect(sectionsOf('About us • We love Kotlin • Remote', ['kotlin'])).toEqual({ kotlin: 'other' });
  });
});

describe('79. the employer\'s environment, and desirable areas of experience', () => {
  it('"Our Environment" after the requirements lists the stack, not asks', () => {
    expect(sectionsOf('About You\n- Expertise in Python.\nOur Environment\nAWS hosted infrastructure\nLinux', ['python', 'aws', 'linux']))
      .toEqual({ python: 'required', aws: 'other', linux: 'other' });
  });

  it('"Desirable areas of experience include …" leads nice-to-haves', () => {
    expect(sectionsOf('Requirements\n- SQL\nDesirable areas of experience include facility with Tableau and classroom teaching.', ['sql', 'tableau']))
      .toEqual({ sql: 'required', tableau: 'preferred' });
  });
});

describe('80. nice-to-haves marked by a label, a trailing remark or a bracket', () => {
  it('"Extra:" and "Added advantage:" lead an item as a nice-to-have', () => {
    expect(sectionsOf('Requirements\n- Python and SQL\n- Extra: experience with Kubernetes', ['python', 'sql', 'kubernetes']))
      .toEqual({ python: 'required', sql: 'required', kubernetes: 'preferred' });
    expect(sectionsOf('Qualifications\n- Strong Python\n- Added advantage: knowledge of Terraform', ['python', 'terraform']))
      .toEqual({ python: 'required', terraform: 'preferred' });
  });

  it('"… would be useful" and "… is useful." end an ask as a nice-to-have', () => {
    expect(sectionsOf('About you\nYou know your way around Python and pandas. Exposure to Kubernetes would be useful.', ['python', 'pandas', 'kubernetes']))
      .toEqual({ python: 'required', pandas: 'required', kubernetes: 'preferred' });
    expect(sectionsOf('Requirements\n- Python\n- Terraform experience is useful', ['python', 'terraform'])).toEqual({ python: 'required', terraform: 'preferred' });
  });

  it('"(not required)" after a skill makes it a nice-to-have, not a drop', () => {
    expect(sectionsOf('Requirements\n- Python\n- Experience with Kubernetes (not required)\n- Familiarity with Terraform (not mandatory)', ['python', 'kubernetes', 'terraform']))
      .toEqual({ python: 'required', kubernetes: 'preferred', terraform: 'preferred' });
  });

  it('a useful tool in a duty is still a duty', () => {
    expect(sectionsOf('Requirements\n- Python is useful for automating our reports', ['python'])).toEqual({ python: 'required' });
  });
});

describe('81. headings misspelt, the candidate\'s offer, the work told as "where you …"', () => {
  it('a misspelt heading is read as the heading meant', () => {
    expect(sectionsOf('Basic Qualifications\n- SQL\nPreferred Qualfications\n- Kubernetes\nResponsibilites\n- Build with Airflow', ['sql', 'kubernetes', 'airflow']))
      .toEqual({ sql: 'required', kubernetes: 'preferred', airflow: 'other' });
    expect(sectionsOf('About the team\nWe build things with Airflow.\nRequirments\n- SQL', ['sql', 'airflow'])).toEqual({ sql: 'required', airflow: 'other' });
  });

  it('a real word near a heading word is not taken for it', () => {
    expect(sectionsOf('Requirements\n- SQL\nExperiment\n- Kubernetes', ['sql', 'kubernetes'])).toEqual({ sql: 'required', kubernetes: 'required' });
  });

  it('"What you offer" is the candidate\'s profile; "What we offer" the employer\'s', () => {
    expect(sectionsOf('About us\nWe love Airflow.\nWhat you offer\n- Experience in computer vision\n- Python', ['airflow', 'computer-vision', 'python']))
      .toEqual({ airflow: 'other', 'computer-vision': 'required', python: 'required' });
    expect(sectionsOf('Requirements\n- SQL\nWhat we offer\n- Training in deep learning', ['sql', 'deep-learning'])).toEqual({ sql: 'required', 'deep-learning': 'other' });
  });

  it('"Where your expertise is needed" lists the work', () => {
    expect(sectionsOf('WHERE YOUR EXPERTISE IS NEEDED\n- Build data pipelines with Airflow\nWHAT YOU NEED\n- Python', ['airflow', 'python']))
      .toEqual({ airflow: 'other', python: 'required' });
  });

  it('"X and Y are plus" without an article', () => {
    expect(sectionsOf('Requirements\n- SQL\n- Experience with Hadoop and Kubernetes are plus.', ['sql', 'hadoop', 'kubernetes']))
      .toEqual({ sql: 'required', hadoop: 'preferred', kubernetes: 'preferred' });
  });

  it('a trailing "familiarity with … is a plus" keeps to its clause, whatever it names', () => {
    expect(sectionsOf('Requirements\n- Experience in cheminformatics and biostatistics, familiarity with Genedata Screener or ActivityBase is a plus', ['cheminformatics', 'biostatistics']))
      .toEqual({ cheminformatics: 'required', biostatistics: 'required' });
  });
});

describe('82. a tool named by a word that ends in "s" is no plural', () => {
  it('"a panda", "polar", "a lifeline", "a diffuser" name no tool', () => {
    expect(sectionsOf('Requirements\n- Join PANDA, a logistics firm\n- Work near polar regions\n- A lifeline for a diffuser', ['pandas', 'polars', 'lifelines', 'diffusers']))
      .toEqual({ pandas: 'absent', polars: 'absent', lifelines: 'absent', diffusers: 'absent' });
  });

  it('the names themselves, and tools named by a common noun, still read', () => {
    expect(sectionsOf('Requirements\n- Python with pandas, Polars and lifelines\n- Design a database and deploy a microservice', ['pandas', 'polars', 'lifelines', 'databases', 'microservices']))
      .toEqual({ pandas: 'required', polars: 'required', lifelines: 'required', databases: 'required', microservices: 'required' });
  });
});

describe('83. German cues in a posting written in German', () => {
  it('"… sind von Vorteil", "… wünschenswert" end an ask as a nice-to-have', () => {
    expect(sectionsOf('Qualifikation\n- Erfahrung mit Python und SQL\n- Kenntnisse in Docker sind von Vorteil', ['python', 'sql', 'docker']))
      .toEqual({ python: 'required', sql: 'required', docker: 'preferred' });
    expect(sectionsOf('Ihr Profil\n- Sehr gute Kenntnisse in Python\n- Erfahrung mit Kubernetes wünschenswert', ['python', 'kubernetes']))
      .toEqual({ python: 'required', kubernetes: 'preferred' });
  });
});

describe('84. an acronym defined by its own name written with another spacing', () => {
  it('"software development life cycle (SDLC)" names SDLC ("lifecycle" in the taxonomy)', () => {
    expect(sectionsOf('Requirements\n- Experience with the software development life cycle (SDLC)', ['sdlc'])).toEqual({ sdlc: 'required' });
  });

  it('an acronym defined as something else is still no skill', () => {
    expect(sectionsOf('About us\nThe Digital Analytics and Research Team (DART) builds tools.\nRequirements\n- SQL', ['dart', 'sql'])).toEqual({ dart: 'absent', sql: 'required' });
  });
});

describe('85. what the job gives, German requirement headings, shared heads after "and/or", an experience list', () => {
  it('under "Benefits" or "What you will gain?" an ask\'s words ask nothing', () => {
    expect(sectionsOf('Requirements\n- SQL\nBenefits\n- Experience with Kubernetes and Terraform', ['sql', 'kubernetes', 'terraform']))
      .toEqual({ sql: 'required', kubernetes: 'other', terraform: 'other' });
    expect(sectionsOf('Requirements\n- SQL\nWhat you will gain?\n- Experience with Kubernetes', ['sql', 'kubernetes'])).toEqual({ sql: 'required', kubernetes: 'other' });
  });

  it('"The role" still holds asks that say so', () => {
    expect(sectionsOf('The role\nExperience with Kubernetes is required.', ['kubernetes'])).toEqual({ kubernetes: 'required' });
  });

  it('"Unsere Erwartungen - Deine Fähigkeiten" opens the requirements', () => {
    expect(sectionsOf('Über uns\nWir lieben Daten.\nUnsere Erwartungen - Deine Fähigkeiten\n- Erfahrung mit Python', ['python'])).toEqual({ python: 'required' });
    expect(sectionsOf('Deine Fähigkeiten\n- Python', ['python'])).toEqual({ python: 'required' });
  });

  it('"Google and/or Adobe Analytics" shares the head', () => {
    expect(sectionsOf('Requirements\n- Experience with Google and/or Adobe Analytics', ['google-analytics', 'adobe-analytics']))
      .toEqual({ 'google-analytics': 'required', 'adobe-analytics': 'required' });
  });

  it('"Excel: 1 year (Preferred)" in a job board\'s experience list names Excel', () => {
    expect(sectionsOf('Experience:\n- Excel: 1 year (Preferred)\n- Tableau: 1 year (Preferred)', ['excel', 'tableau'])).toEqual({ excel: 'preferred', tableau: 'preferred' });
    expect(sectionsOf('Requirements\n- SQL\n- You will excel: 3 years of growth', ['excel'])).toEqual({ excel: 'absent' });
  });
});

describe('86. Microsoft Access by its bare name', () => {
  it('"Excel and Access", "SQL, Access, Excel" name it', () => {
    expect(sectionsOf('Requirements\n- Proficient in Office (Excel / Access)', ['excel', 'ms-access'])).toEqual({ excel: 'required', 'ms-access': 'required' });
    expect(sectionsOf('Requirements\n- SQL, Access, Excel, SAS', ['ms-access'])).toEqual({ 'ms-access': 'required' });
  });

  it('"Access to GPUs", "data access", "Access to our learning budget" do not', () => {
    expect(sectionsOf('Requirements\n- You will have Access to GPUs and Python\n- Data access and SQL\n- Access to our learning budget', ['ms-access'])).toEqual({ 'ms-access': 'absent' });
  });
});

describe('87. a preference cue inside brackets keeps to them', () => {
  it('"Python (preferably OOP), PySpark and scikit-learn"', () => {
    expect(sectionsOf('Requirements\n- Python (preferably OOP), PySpark and Scikit-learn\n- Cloud experience (ideally AWS or GCP) and Docker', ['python', 'object-oriented-programming', 'pyspark', 'scikit-learn', 'aws', 'docker']))
      .toEqual({ python: 'required', 'object-oriented-programming': 'preferred', pyspark: 'required', 'scikit-learn': 'required', aws: 'preferred', docker: 'required' });
  });
});

describe('88. optimization as engineering work', () => {
  it('"training and optimization", "profiling and optimization tools" name no mathematical optimization', () => {
    expect(sectionsOf('Requirements\n- Experience in distributed training and optimization\n- Profiling and optimization tools with CUDA', ['optimization'])).toEqual({ optimization: 'absent' });
  });

  it('"statistics, linear algebra and optimization" still does', () => {
    expect(sectionsOf('Requirements\n- Statistics, linear algebra and optimization', ['optimization'])).toEqual({ optimization: 'required' });
  });
});

describe('89. a duty item that asks for the sub-list it opens', () => {
  it('"- You are expected to have deep expertise in one or more of the following areas:" then indented items', () => {
    expect(sectionsOf('Responsibilities\n- Build models for our products.\n- You are expected to have deep domain expertise in one or more of the following areas:\n  - Computer vision\n  - Reinforcement learning\n- Write reports with Tableau',
      ['computer-vision', 'reinforcement-learning', 'tableau'])).toEqual({ 'computer-vision': 'required', 'reinforcement-learning': 'required', tableau: 'other' });
  });

  it('a duty item opening a sub-list of tools stays a duty', () => {
    expect(sectionsOf('Responsibilities\n- Build and maintain our data platform on the following tools:\n  - Airflow\n  - dbt', ['airflow', 'dbt']))
      .toEqual({ airflow: 'other', dbt: 'other' });
  });
});

describe('90. a line of the role\'s description that asks for the list after it', () => {
  it('"You are expected to have deep expertise in one or more of the following areas:" then items', () => {
    expect(sectionsOf('Responsibilities\nBuild models for our products. You are expected to have deep domain expertise in one or more of the following areas:\n- Computer vision\n- Reinforcement learning\nWe use Tableau for reporting.\n- Dashboards in Looker',
      ['computer-vision', 'reinforcement-learning', 'tableau', 'looker'])).toEqual({ 'computer-vision': 'required', 'reinforcement-learning': 'required', tableau: 'other', looker: 'other' });
  });

  it('a duty line that opens a list, even one with "required" in it, stays a duty', () => {
    expect(sectionsOf('Role\nYou will be responsible for performing the following to meet required project expectations:\n- Applying bioinformatics techniques\n- Building Airflow pipelines',
      ['bioinformatics', 'airflow'])).toEqual({ bioinformatics: 'other', airflow: 'other' });
  });
});

describe('91. "To shine / excel in this role" holds the asks', () => {
  it.each([['TO SHINE IN THIS ROLE'], ['To excel in this role, you need:']])('%s', (h) => {
    expect(sectionsOf(`About the role\nYou will build models with Airflow.\n${h}\n- Hands-on tuning with PyTorch`, ['airflow', 'pytorch'])).toEqual({ airflow: 'other', pytorch: 'required' });
  });
});

describe('92. a comma alone parts a list\'s items, each with its own head', () => {
  it('"categorical data, linear models" names no data models', () => {
    expect(sectionsOf('Requirements\n- Experience with categorical data, linear models and GLMs', ['data-modeling'])).toEqual({ 'data-modeling': 'absent' });
  });

  it('"supervised, semi-supervised and unsupervised learning" shares the head', () => {
    expect(sectionsOf('Requirements\n- Experience with supervised, semi-supervised and unsupervised learning', ['supervised-learning', 'semi-supervised-learning', 'unsupervised-learning']))
      .toEqual({ 'supervised-learning': 'required', 'semi-supervised-learning': 'required', 'unsupervised-learning': 'required' });
  });
});

describe('93. prose asks of academic and European postings', () => {
  it('"… are key; … would also be useful": the first required, the second preferred', () => {
    expect(sectionsOf('The post\nWe are looking for a research software engineer. Experience with Python, version control with Git and software testing are key; experience with web services and databases would also be useful.',
      ['python', 'git', 'databases'])).toEqual({ python: 'required', git: 'required', databases: 'preferred' });
  });

  it('"Next Generation Sequences (NGS)": an acronym defined by its own name in other inflections', () => {
    expect(sectionsOf('Requirements\n- Experience with Next Generation Sequences (NGS) data', ['ngs'])).toEqual({ ngs: 'required' });
  });

  it('"high performance, parallel, or distributed computing": the last comma before "or"', () => {
    expect(sectionsOf('Requirements\n- Experience in high performance, parallel, or distributed computing', ['high-performance-computing', 'parallel-computing']))
      .toEqual({ 'high-performance-computing': 'required', 'parallel-computing': 'required' });
  });
});

describe('94. "… are key" states a requirement', () => {
  it('"**Python** development experience, … **software testing** are key; … would be useful"', () => {
    expect(sectionsOf('About the post\n**Python** development experience, a working knowledge of version control with **git** and of **software testing** are key; experience of **web services** would be useful.',
      ['python', 'git', 'software-testing', 'web-apis'])).toEqual({ python: 'required', git: 'required', 'software-testing': 'required', 'web-apis': 'preferred' });
  });

  it('"Data is key to us" in a blurb asks nothing', () => {
    expect(sectionsOf('About us\nData is key to us. We love Python and Airflow.', ['python'])).toEqual({ python: 'other' });
  });
});

describe('95. asks of university advertisements', () => {
  it('"Applicants should be excellent software developers with experience of … C or C++"', () => {
    expect(sectionsOf('About the post\nWe build research software.\nApplicants should be excellent software developers with experience of writing performance-oriented code in C or C++.', ['cpp']))
      .toEqual({ cpp: 'required' });
  });

  it('"… especially from individuals who have … programming knowledge (especially Python, R or MATLAB)"', () => {
    expect(sectionsOf('The position\nApplications are encouraged, especially from individuals who have demonstrable programming knowledge (especially Python, R or MATLAB).', ['python', 'matlab']))
      .toEqual({ python: 'required', matlab: 'required' });
  });

  it('"Applicants should be based in the UK" asks nothing of Python named beside it', () => {
    expect(sectionsOf('The position\nApplicants should be based in the UK; our team uses Python.', ['python'])).toEqual({ python: 'other' });
  });

  it('a question wrapped after a closing bracket keeps its ask', () => {
    expect(sectionsOf('About the post\nWe are growing.\n* **Do you have experience of developing software in a lower-level language (e.g. C++)\nand a sound understanding of parallelisation technologies, HPC and/or cloud?**', ['cpp', 'high-performance-computing']))
      .toEqual({ cpp: 'required', 'high-performance-computing': 'required' });
  });
});

describe('96. "sift" is a verb, SIFT a descriptor', () => {
  it('"tools to sift through large amounts of data" names no feature matching; "SIFT and ORB features" does', () => {
    expect(sectionsOf('Requirements\n- Build tools to sift through large amounts of data', ['feature-matching'])).toEqual({ 'feature-matching': 'absent' });
    expect(sectionsOf('Requirements\n- Experience with SIFT and ORB features in OpenCV', ['feature-matching'])).toEqual({ 'feature-matching': 'required' });
  });
});

describe('97. European wordings of a nice-to-have, sub-headings of one, "we seek"', () => {
  it('"… is meriting", "The following will be positively evaluated:"', () => {
    expect(sectionsOf('Requirements\n- Python\n- Experience with software containers (e.g. Docker/Singularity) is meriting\n- The following will be positively evaluated: experience with Kubernetes',
      ['python', 'docker', 'kubernetes'])).toEqual({ python: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });

  it('"## Scientific expertise" under "# Preferred qualifications" names kinds of nice-to-haves', () => {
    expect(sectionsOf('# Requirements\n- Python\n# Preferred qualifications\n## Scientific expertise\n- Experience with PyTorch\n## Collaboration tools\n- Git and JIRA\n# Benefits\n- Training in Kubernetes',
      ['python', 'pytorch', 'git', 'kubernetes'])).toEqual({ python: 'required', pytorch: 'preferred', git: 'preferred', kubernetes: 'other' });
  });

  it('"## Required" under a nice-to-have heading still requires', () => {
    expect(sectionsOf('# Preferred qualifications\n- Docker\n## Required\n- Python', ['docker', 'python'])).toEqual({ docker: 'preferred', python: 'required' });
  });

  it('"We seek a skilled bioinformatician with experience in next-generation sequencing"', () => {
    expect(sectionsOf('Your mission\nWe seek a skilled bioinformatician with experience in next-generation sequencing (RNA-seq, ATAC-seq).', ['ngs'])).toEqual({ ngs: 'required' });
  });
});

describe('98. "We expect candidates to have:" and its list', () => {
  it('the items right after the label are asked; a paragraph after them is not', () => {
    expect(sectionsOf('Your role\nYou will do research.\nWe expect candidates to have:\n- Strong mathematical foundation (Linear Algebra, Optimization)\n- Python\n\nBelow are funding opportunities for students using Docker.',
      ['linear-algebra', 'python', 'docker'])).toEqual({ 'linear-algebra': 'required', python: 'required', docker: 'other' });
  });
});

describe('99. job-board API postings: recommended qualifications, "Candidates must be:"', () => {
  it('"Recommended qualifications:" is a nice-to-have heading', () => {
    expect(sectionsOf('Requirements\n- Python\nRecommended qualifications:\n- Experience with JAX', ['python', 'jax'])).toEqual({ python: 'required', jax: 'preferred' });
  });

  it('"Candidates must be:" after nice-to-haves asks again', () => {
    expect(sectionsOf('Strong candidates may also have:\n- Experience with JAX\nCandidates must be:\n- Fluent in Python\n\nAbout us\n- We use Docker', ['jax', 'python', 'docker']))
      .toEqual({ jax: 'preferred', python: 'required', docker: 'other' });
  });
});

describe('100. career pages: more nice-to-have headings, cues with their verb in brackets, requirements in the third person', () => {
  it.each([['Extras'], ['Extras:'], ['Advantage:'], ['Advantages'], ['Skills Desired'], ['Experience and skills preferred']])('"%s" opens the nice-to-haves', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Terraform`, ['python', 'terraform'])).toEqual({ python: 'required', terraform: 'preferred' });
  });

  it.each([
    ['- Building ETL jobs with SSIS or Informatica (is a plus)'],
    ['- Loading data with SSIS or Informatica (would be a plus)'],
    ['- Some SSIS or Informatica (if you have used them, that\'s a plus!)'],
    ['- SSIS and Informatica, an obvious plus'],
  ])('a bracketed or trailing cue reaches the whole item: %s', (item) => {
    expect(sectionsOf(`Requirements\n- Strong SQL\n${item}`, ['sql', 'ssis', 'informatica'])).toEqual({ sql: 'required', ssis: 'preferred', informatica: 'preferred' });
  });

  it('"(a PhD is welcome but not required)" stays a remark about itself', () => {
    expect(sectionsOf('Requirements\n- Experience with PyTorch (a PhD is welcome but not required)', ['pytorch'])).toEqual({ pytorch: 'required' });
  });

  it.each([['They are fluent in Python and Scala.'], ['He/she is proficient in Python and Scala.'], ['S/he is experienced with Python and Scala.']])('"%s" asks, in the third person', (sentence) => {
    expect(sectionsOf(`The position\nWe study soil microbes. ${sentence}`, ['python', 'scala'])).toEqual({ python: 'required', scala: 'required' });
  });

  it('"the successful candidate will have the opportunity to work on X" offers, it does not ask', () => {
    expect(sectionsOf('The position\nThe successful candidate will have the opportunity to contribute to Snakemake, a Python workflow tool.', ['python'])).toEqual({ python: 'other' });
  });

  it('a markdown heading the words do not decide ends a section opened at its level, and divides one opened above it', () => {
    expect(sectionsOf('## Profile\n- Strong Python\n## Place of work\nThe lab runs Kubernetes clusters.', ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'other' });
    expect(sectionsOf('## Requirements\n- Strong Python\n### Cloud\n- Kubernetes', ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'required' });
  });
});

describe('101. fields of study after "or equivalent experience", and a person specification as a table', () => {
  it.each([
    ['Bachelor\'s degree or equivalent experience (preferably in Statistics, Data Science or Economics).'],
    ['Bachelor\'s degree or equivalent practical experience, ideally in Statistics, Data Science or Economics.'],
  ])('the fields after the experience offered instead are studies, not skills: %s', (sentence) => {
    const r = read(`Requirements\n- ${sentence}`);
    expect(r.skills.map((s) => s.id)).not.toContain('statistics');
    expect(r.skills.map((s) => s.id)).not.toContain('data-science');
    expect(r.degree).toMatchObject({ level: 'bachelor', equivalentExperience: true });
  });

  it('"or equivalent experience in data engineering" is experience asked for, not a field of study', () => {
    expect(sectionsOf('Requirements\n- Bachelor\'s degree or equivalent experience in data engineering and Python.', ['data-engineering', 'python']))
      .toEqual({ 'data-engineering': 'required', python: 'required' });
  });

  it('a row marked E is essential, one marked D (or "Desirable") is desirable, wherever the table stands', () => {
    expect(sectionsOf('About the team\n\n| Criteria | Essential/Desirable |\n| --- | --- |\n| Knowledge of SQL | E |\n| Experience with D3.js | D |\n| Familiar with Tableau | Desirable |',
      ['sql', 'd3', 'tableau'])).toEqual({ sql: 'required', d3: 'preferred', tableau: 'preferred' });
  });
});

describe('102. a person\'s page on a code site is application material, not a tool', () => {
  it.each([
    ['Applicants should email a CV (and project links, e.g. github repo) to jobs@lab.example.'],
    ['Please include your publications, GitHub account, etc.'],
    ['A link to your Kaggle profile helps.'],
  ])('%s', (sentence) => {
    expect(sectionsOf(`Requirements\n- Python\n${sentence}`, ['python', 'github', 'kaggle'])).toEqual({ python: 'required', github: 'absent', kaggle: 'absent' });
  });

  it('GitHub as a tool is still read', () => {
    expect(sectionsOf('Requirements\n- Experience with Git and GitHub', ['github'])).toEqual({ github: 'required' });
  });
});

describe('103. "the ideal candidate may have", and a posting in English under Spanish headings', () => {
  it('"The ideal candidate may have built …" wishes, it does not ask', () => {
    expect(sectionsOf('About the role\nWe build tools for unions. The ideal candidate may have built and deployed their own ETL pipeline.', ['etl'])).toEqual({ etl: 'preferred' });
  });

  it.each([['# Requerimientos del Puesto'], ['Requisitos del puesto:'], ['## Lo que buscamos'], ['Perfil del candidato']])('"%s" opens the requirements', (heading) => {
    expect(sectionsOf(`# Descripción del Puesto\nWe use Docker.\n${heading}\n- Python and SQL`, ['docker', 'python'])).toEqual({ docker: 'other', python: 'required' });
  });
});

describe('104. a head noun shared on a line that names nothing else', () => {
  it('"functional and object programming": the first word takes the head too', () => {
    expect(sectionsOf('Requirements\n- Interest in functional and object programming', ['functional-programming'])).toEqual({ 'functional-programming': 'required' });
  });

  it('not in a unit\'s name written in capitals', () => {
    expect(sectionsOf('Directorate: Earth & Biological Sciences', ['earth-sciences'])).toEqual({ 'earth-sciences': 'absent' });
  });
});

describe('105. flattened datasets: labels ending in ":-", slashes between nice-to-have words, "Welcome knowledge:", lines kept as list items or pipes', () => {
  it('"Desirable/Preferred Skills :-" on a line of its own opens the nice-to-haves', () => {
    expect(sectionsOf('Requirements\n- Java\nDesirable/Preferred Skills :-\nSQL, Python', ['java', 'sql'])).toEqual({ java: 'required', sql: 'preferred' });
  });

  it('in the middle of a flattened line too', () => {
    expect(sectionsOf('Job description for the analyst role at our firm. Responsibilities :- Data Analysis and reporting Desirable/Preferred Skills :- SQL, Tableau',
      ['data-analysis', 'sql', 'tableau'])).toEqual({ 'data-analysis': 'other', sql: 'preferred', tableau: 'preferred' });
  });

  it('"Welcome knowledge:" wishes, a bare "Welcome" heading does not', () => {
    expect(sectionsOf('Requirements: Java and a lot more text here, long enough for a flattened line. Welcome knowledge: Kubeflow, FastAPI', ['java', 'kubeflow'])).toEqual({ java: 'required', kubeflow: 'preferred' });
    expect(sectionsOf('Welcome\nRequirements\n- Python', ['python'])).toEqual({ python: 'required' });
  });

  it.each([
    ["['We build tools with Docker.', 'REQUIRED QUALIFICATIONS:', '• Python and SQL']"],
    ['We build tools with Docker.|REQUIRED QUALIFICATIONS:|• Python and SQL|• Linux'],
  ])('a dataset\'s lines as list items or joined by pipes: %s', (text) => {
    expect(sectionsOf(text, ['docker', 'python', 'sql'])).toEqual({ docker: 'other', python: 'required', sql: 'required' });
  });
});

describe('106. asks about "the candidate" or "this person" in prose, and "… is ideal"', () => {
  it.each([
    ['Candidate has expertise in machine learning and clustering.'],
    ['To succeed, this person will need to have a background in machine learning and clustering.'],
    ['This individual will have experience with machine learning and clustering.'],
  ])('%s', (sentence) => {
    expect(sectionsOf(`About the role\nWe are a clinic in Rochester. ${sentence}`, ['machine-learning', 'clustering'])).toEqual({ 'machine-learning': 'required', clustering: 'required' });
  });

  it('"the candidate has the opportunity to learn X" offers, it does not ask', () => {
    expect(sectionsOf('About the role\nThe candidate has the opportunity to learn Docker.', ['docker'])).toEqual({ docker: 'other' });
  });

  it('"Experience with X is ideal" wishes', () => {
    expect(sectionsOf('Requirements\n- Python\n- Experience with Docker is ideal.', ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('107. an ambiguous name inside a hyphenated compound', () => {
  it('"X-ray crystallography" is no Ray', () => {
    expect(sectionsOf('Requirements\n- Experience with X-ray crystallography and cryo-EM', ['ray', 'cryo-em'])).toEqual({ ray: 'absent', 'cryo-em': 'required' });
  });
});

describe('108. a trailing ", preferred" after a list that goes on past a comma', () => {
  it('"… languages such as Java, PySpark or Scala, preferred": the whole list is wished for', () => {
    expect(sectionsOf('Requirements\n- Go\n- Experience with languages such as Java, PySpark or Scala, preferred', ['go', 'java', 'pyspark', 'scala']))
      .toEqual({ go: 'required', java: 'preferred', pyspark: 'preferred', scala: 'preferred' });
  });

  it('"Python and SQL, Docker preferred": the list closed by "and" before the comma stays asked', () => {
    expect(sectionsOf('Requirements\n- Python and SQL, Docker preferred', ['python', 'sql', 'docker'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred' });
  });
});

describe('109. a bare "beneficial" or "advantageous" closing an item', () => {
  it.each([['- Coursework in statistics and calculus beneficial'], ['- Knowledge of statistics and calculus advantageous.']])('%s', (item) => {
    expect(sectionsOf(`Requirements\n- Python\n${item}`, ['python', 'statistics', 'calculus'])).toEqual({ python: 'required', statistics: 'preferred', calculus: 'preferred' });
  });
});

describe('110. fields of study after "with a concentration / specialization / focus"', () => {
  it.each([
    ['Education: BS+ with concentration in Statistics, Mathematics, or Economics.'],
    ['Bachelor\'s degree with a specialization in Statistics, Mathematics or Economics.'],
    ['Master\'s degree with a focus on Statistics, Mathematics or Economics.'],
  ])('%s', (sentence) => {
    const r = read(`Requirements\n- ${sentence}`);
    expect(r.skills.map((s) => s.id)).toEqual([]);
    expect(r.degree?.field).toMatch(/^Statistics, Mathematics,? or Economics$/);
  });

  it('"a degree with experience in Python" still asks for Python', () => {
    expect(sectionsOf('Requirements\n- Bachelor\'s degree with experience in Python.', ['python'])).toEqual({ python: 'required' });
  });
});

describe('111. the employer\'s own headings after the requirements, and an acronym\'s plural', () => {
  it.each([['**How we\'re different**'], ['How we work'], ['Come work with us!'], ['What makes us different']])('"%s" closes the requirements', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n\n${heading}\nWe believe in Kubernetes and big science.`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'other' });
  });

  it('"senior TLs" (team leads) is no TLS; "TLS" is', () => {
    expect(sectionsOf('Requirements\n- Work with senior TLs and PMs.\n- Python', ['tls'])).toEqual({ tls: 'absent' });
    expect(sectionsOf('Requirements\n- Knowledge of TLS and SSL.', ['tls'])).toEqual({ tls: 'required' });
  });
});

describe('112. everyday senses of tool and method names', () => {
  it.each([
    ['Experience with Spark optimisation and pipeline optimization.', 'optimization'],
    ['This Classification must have three years of relevant experience.', 'classification'],
    ['We expect the next step function change in quality.', 'aws-step-functions'],
  ])('%s', (sentence, id) => {
    expect(sectionsOf(`Requirements\n- ${sentence}`, [id])).toEqual({ [id]: 'absent' });
  });

  it('"AWS Lambda and Step Functions" is still the service', () => {
    expect(sectionsOf('Requirements\n- Experience with AWS Lambda and Step Functions.', ['aws-step-functions'])).toEqual({ 'aws-step-functions': 'required' });
  });
});

describe('113. a shared head of one word after a name of three', () => {
  it('"functional and object-oriented programming" → functional programming too', () => {
    expect(sectionsOf('Requirements\n- Good functional and Object oriented programming skills', ['functional-programming', 'object-oriented-programming'])).toEqual({ 'functional-programming': 'required', 'object-oriented-programming': 'required' });
  });
});

describe('114. people\'s backgrounds named by the employer', () => {
  it('"our employees have backgrounds in physics, mathematics, chemistry": fields of study, not skills', () => {
    expect(sectionsOf('About us\nOur employees have backgrounds in engineering, physics, mathematics, chemistry and computer science.\nRequirements\n- Python', ['mathematics', 'chemistry', 'python']))
      .toEqual({ mathematics: 'absent', chemistry: 'absent', python: 'required' });
  });
});

describe('115. headings that wish, and a tier\'s heading with a longer tail', () => {
  it.each([
    ['What we\'d like to see:', 'preferred'],
    ['What we would like to see', 'preferred'],
    ['What we\'d love to see', 'preferred'],
    ['What would be nice to see', 'preferred'],
    ['Preferred qualifications, capabilities, and skills', 'preferred'],
    ['YOU COULD BE AN ESPECIALLY GREAT FIT IF YOU HAVE', 'preferred'],
  ])('after a requirements list, "%s" opens the %s tier', (heading, section) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Kubernetes`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: section });
  });

  it('"What we\'d like to see" as the only list is the main ask', () => {
    expect(sectionsOf('What we\'d like to see:\n- Kubernetes', ['kubernetes'])).toEqual({ kubernetes: 'required' });
  });

  it('"Good to have ETL experience" in a requirements list is a nice-to-have', () => {
    expect(sectionsOf('Requirements\n- Python\n- Good to have ETL/ELT experience, specifically on Microsoft SSIS.', ['python', 'etl', 'ssis']))
      .toEqual({ python: 'required', etl: 'preferred', ssis: 'preferred' });
  });
});

describe('116. senses: the idiom "cutting edge", software regressions, a model made faster, the reader\'s own list', () => {
  it('"cutting edge ML research" is machine learning, not Edge AI', () => {
    expect(sectionsOf('Requirements\n- Experience with cutting edge ML research', ['edge-ai', 'machine-learning'])).toEqual({ 'edge-ai': 'absent', 'machine-learning': 'required' });
  });

  it.each([['Detect performance regressions in accuracy', 'regression'], ['Experience with model optimization for inference', 'optimization']])('"%s": no %s', (line, id) => {
    expect(sectionsOf(`Requirements\n- ${line}`, [id])).toEqual({ [id]: 'absent' });
  });

  it('"regression models" are still regression', () => {
    expect(sectionsOf('Requirements\n- Experience with regression models', ['regression'])).toEqual({ regression: 'required' });
  });

  it('"a strong mathematical background and programming skills" asks for no mathematical programming', () => {
    expect(sectionsOf('Requirements\n- A strong mathematical background and programming skills (C++/Python)', ['optimization', 'cpp'])).toEqual({ optimization: 'absent', cpp: 'required' });
  });

  it('"model training and evaluation experience" still hands the head on', () => {
    expect(sectionsOf('Requirements\n- At least 3 years of model training and evaluation experience', ['model-evaluation'])).toEqual({ 'model-evaluation': 'required' });
  });
});

describe('117. the employer\'s own software, references in plain text, a front matter that holds the lists', () => {
  it('"if you\'ve used software we\'ve built, such as Optuna or CuPy": the employer\'s, asked of no one', () => {
    expect(sectionsOf('About us\nIf you\'ve used software we\'ve built, such as Optuna or CuPy, you know our work.\nRequirements\n- Python', ['optuna', 'cupy', 'python']))
      .toEqual({ optuna: 'other', cupy: 'other', python: 'required' });
  });

  it('"A&#x2F;B tests", "C&#x2B;&#x2B;": names written with character references are read, and given as written', () => {
    const r = read('Requirements\n- Experience with A&#x2F;B tests and C&#x2B;&#x2B;');
    expect(r.skills.map((s) => [s.id, s.mentions])).toEqual([['a-b-testing', ['A&#x2F;B tests']], ['cpp', ['C&#x2B;&#x2B;']]]);
  });

  it('a front matter\'s "requirements_technical: [ … ]" is read; its title and layout are not', () => {
    const r = read('---\ntitle: "Junior Data Scientist at Acme Kubernetes"\nlayout: job\nrequirements_technical: [\n\t"Programming experience with SQL and Python",\n\t"* 1 year practical experience",\n\t]\n---\n\nWe are a small team.');
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toEqual({ sql: 'required', python: 'required' });
    expect(r.years?.min).toBe(1);
  });
});

describe('118. a markdown page with a few tags, its sections opened by bold labels', () => {
  const page = '### 1. Postdoc in deep learning x genomics\n\nDevelop model interpretability tools in functional genomics.\n\n<b>Qualifications:</b> A PhD in Computer Science is required. Strong machine learning experience is required.\n\n<hr>\n\n### 2. Postdoc in deep learning x digital pathology\n\nDevelop machine learning solutions in digital pathology.\n\n<b>Qualifications:</b> A PhD in Physics is required. Strong computer vision experience is required.';
  it('keeps its lines: each opening\'s description is about the work, its qualifications are asked', () => {
    expect(sectionsOf(page, ['deep-learning', 'genomics', 'digital-pathology', 'machine-learning', 'computer-vision'])).toEqual({
      'deep-learning': 'other', genomics: 'other', 'digital-pathology': 'other', 'machine-learning': 'required', 'computer-vision': 'required',
    });
  });
});

describe('119. a duty\'s own label, and a head in -stion shared along a list', () => {
  it('"What you\'ll do:" then "Communication Skills: You will …": the duties stay duties', () => {
    expect(sectionsOf('What you\'ll do:\nAnalytical Skills: You will work with large amounts of data.\nComputer Programming: You will be expected to develop scripts for ETL and model training\nWhat you\'ll need:\n- Python', ['etl', 'model-training', 'python']))
      .toEqual({ etl: 'other', 'model-training': 'other', python: 'required' });
  });

  it('"Technical skills: Python" after an about-the-role paragraph still asks', () => {
    expect(sectionsOf('About the role\nYou will build models.\nTechnical skills: Python and SQL', ['python', 'sql'])).toEqual({ python: 'required', sql: 'required' });
  });

  it('"data extraction, ingestion, and processing" → data ingestion too', () => {
    expect(sectionsOf('Requirements\n- Experience with data extraction, ingestion, and processing', ['data-extraction', 'data-ingestion'])).toEqual({ 'data-extraction': 'required', 'data-ingestion': 'required' });
  });
});

describe('120. a lead-in that asks for a list, and the role nouns a "looking for … with" ask names', () => {
  it('"… and experience with many/most of the following:" then bullets: the bullets are asked', () => {
    expect(sectionsOf('We are looking for a research assistant with a strong foundation in R programming, and experience with many/most of the following:\n* Unix/Linux command line\n* Docker\n* Python/Jupyter', ['r', 'docker', 'python']))
      .toEqual({ r: 'required', docker: 'required', python: 'required' });
  });

  it.each(['research assistant', 'data engineering intern', 'ML consultant'])('"We are looking for a %s with experience in Python" asks for Python', (role) => {
    expect(sectionsOf(`We are looking for a ${role} with experience in Python.`, ['python'])).toEqual({ python: 'required' });
  });
});

describe('121. flattened pages: glued headings, glued names, a YAML list of quoted items', () => {
  it('"… experiment trackingDesirable - Experience with Deep Learning": the glued heading opens the nice-to-haves', () => {
    expect(sectionsOf('Requirements: Experience with Python and experiment trackingDesirable - Experience with Deep Learning and PyTorch', ['python', 'deep-learning', 'pytorch']))
      .toEqual({ python: 'required', 'deep-learning': 'preferred', pytorch: 'preferred' });
  });

  it('"… Python, SQL ABOUT THE TEAMThe Big Data team builds Kafka pipelines": a shouted heading after an acronym, glued to the next word', () => {
    expect(sectionsOf('Requirements: Python, SQL ABOUT THE TEAMThe Big Data team builds Kafka pipelines', ['sql', 'kafka'])).toEqual({ sql: 'required', kafka: 'other' });
  });

  it('"- Docker andKubernetes Perks of joining us: …": the perks are no asks', () => {
    expect(sectionsOf('Requirements:\n- Python\n- Docker andKubernetes Perks of joining us: free lunch and Spark training', ['kubernetes', 'spark'])).toEqual({ kubernetes: 'required', spark: 'absent' });
  });

  it('a YAML list of quoted items, one of them a sub-heading', () => {
    expect(sectionsOf('skills:\n  - "Python"\n  - "Excel"\n  - "Preferred Skills:"\n  - "PostgreSQL"\n  - "Snowflake"', ['python', 'excel', 'postgresql', 'snowflake']))
      .toEqual({ python: 'required', excel: 'required', postgresql: 'preferred', snowflake: 'preferred' });
  });

  it.each([['Strong XGBoost.With good SQL', ['xgboost', 'sql']], ['Experience with AWSDeep learning', ['aws', 'deep-learning']], ['SQLStrong Python', ['sql', 'python']]])('"%s": the names either side of a lost break', (line, ids) => {
    expect(sectionsOf(`Requirements\n- ${line}`, ids as string[])).toEqual(Object.fromEntries((ids as string[]).map((i) => [i, 'required'])));
  });

  it('"AIOps", "NVLink": a name in capitals and a short or unknown tail stays one word', () => {
    expect(sectionsOf('Requirements\n- MLOps and AIOps', ['artificial-intelligence'])).toEqual({ 'artificial-intelligence': 'absent' });
  });

  it('"fine-tune hyperparameters" is no fine-tuning of a model', () => {
    expect(sectionsOf('Requirements\n- Experience with fine-tune hyperparameters', ['fine-tuning', 'hyperparameter-tuning'])).toEqual({ 'fine-tuning': 'absent', 'hyperparameter-tuning': 'required' });
  });
});

describe('122. a line that ends on a word no clause ends on, and more nice-to-have headings', () => {
  it('"… and ideally\\\\\\nNode.js / TypeScript": the hard break goes on, and "ideally" is about what follows', () => {
    expect(sectionsOf('**How will you make a difference?**\\\n● You have experience with Python and SQL, and ideally\\\nNode.js / TypeScript', ['python', 'nodejs', 'typescript']))
      .toEqual({ python: 'required', nodejs: 'preferred', typescript: 'preferred' });
  });

  it('"3 years of experience with Python, and experience with Spark is a plus": the plus is Spark\'s', () => {
    expect(sectionsOf('Requirements:\n- 3 years of experience with Python, and experience with Spark is a plus', ['python', 'spark'])).toEqual({ python: 'required', spark: 'preferred' });
  });

  it.each(['We would love applicants who also have', 'Added bonuses you have', 'What separates the best from the rest'])('after a requirements list, "%s" opens the nice-to-haves', (heading) => {
    expect(sectionsOf(`Requirements\n- Python\n${heading}\n- Kubernetes`, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'preferred' });
  });
});

describe('123. duties headed "Essential functions", and dashboards', () => {
  it.each(['Essential Functions', 'Essential Job Functions:', 'Key functions of the role'])('"%s" heads duties: the names under it are other', (heading) => {
    expect(sectionsOf(`${heading}\n- Build predictive models and maintain the data architecture\nQualifications\n- Python`, ['predictive-modeling', 'python']))
      .toEqual({ 'predictive-modeling': 'other', python: 'required' });
  });

  it('"Essential skills" still asks', () => {
    expect(sectionsOf('Essential skills\n- Python', ['python'])).toEqual({ python: 'required' });
  });

  it('"You have designed and built interactive dashboards" asks for data visualization', () => {
    expect(sectionsOf('Who are we looking for?\n+ You have designed and built a number of impactful interactive dashboards.', ['data-visualization']))
      .toEqual({ 'data-visualization': 'required' });
  });
});

describe('124. a nice-to-have cue that opens a colon list mid-line, a hiring sentence after a URL, studies named as a background', () => {
  const long = '## Qualifications:\n\n+ Strong problem-solving and analytical skills\n+ Excellent communication and collaboration skills\n+ Experience with machine learning frameworks such as TensorFlow, PyTorch\n+ Experience with GPU programming using CUDA\n';
  it.each([
    ['+ Experience with one or more of the following is an asset: distributed systems and Kubernetes', ['distributed-systems', 'kubernetes']],
    ['+ Experience with the following is a plus: Kafka, Spark', ['kafka', 'spark']],
    ['+ Python. Nice to have: Rust, Go', ['rust', 'go']],
  ])('in a long list, "%s" makes what follows the colon preferred', (item, ids) => {
    const got = sectionsOf(long + item + '\n', [...ids, 'cuda']);
    expect(got).toEqual({ ...Object.fromEntries(ids.map((id) => [id, 'preferred'])), cuda: 'required' });
  });

  it('"URL: https://… We’re looking for a senior Data Scientist to join …" is a sentence, not a requirements heading', () => {
    const text = 'Headquarters: Acireale, Italy URL: https://example.com We’re looking for a senior Data Scientist to join our growing team and tackle problems in the renewable energy space. '
      + 'You’ll lead projects that apply statistical modelling to forecasting power demand. What You Will Do Lead data science initiatives.';
    expect(sectionsOf(text, ['statistical-modeling'])).toEqual({ 'statistical-modeling': 'other' });
  });

  it('"Educational background in Mathematics and Statistics, Analytics, or Data Science" names studies, not skills', () => {
    const ids = read('Requirements:\n- Educational background in Mathematics and Statistics, Analytics, Actuarial Science, or Data Science.\n- Python').skills.map((s) => s.id);
    expect(ids).toEqual(['python']);
  });
});

describe('125. a nice-to-have after a flattened requirement: it does not reach back over "required"', () => {
  it('"Python proficiency required (Sklearn, numpy), PyTorch Experience or knowledge with tools would be a plus: …"', () => {
    expect(sectionsOf('Requirements:\n- Python proficiency required (Sklearn, numpy), PyTorch Experience or knowledge with some of the following toolswould be a plus: Kubernetes, Docker', ['python', 'numpy', 'kubernetes']))
      .toEqual({ python: 'required', numpy: 'required', kubernetes: 'preferred' });
  });

  it('"Knowledge or experience with Airflow would be a plus" keeps to its own clause', () => {
    expect(sectionsOf('Requirements:\n- SQL is required, knowledge or experience with Airflow would be a plus', ['sql', 'airflow'])).toEqual({ sql: 'required', airflow: 'preferred' });
  });
});

describe('126. requirements headings: a role title before "Requirements", a successful candidate\'s attributes', () => {
  it.each(['Data Scientist Intern Requirements', '### Attributes of a successful candidate', 'Key attributes', 'What\'s Required'])('"%s" heads the asks', (heading) => {
    expect(sectionsOf(`We build search.\n${heading}\n- Experience with Python`, ['python'])).toEqual({ python: 'required' });
  });
});

describe('127. labels glued to the text before them in a flattened page, and a question heading that asks', () => {
  it('"…first-principlesRequired: Depth in ML…productionPreferred: Experience with big data…skillsBig plus: Experience in e-commerce"', () => {
    const text = 'What qualities are we looking for?Bachelors degree in a quantitative fieldRequired: Excellent problem solving skills from first-principlesRequired: Strong proficiency in Python, SQL, SparkPreferred: Experience working with Kubernetes and shipping models to productionRequired: Strong communication skillsBig plus: Experience in the space of ecommerce';
    expect(sectionsOf(text, ['python', 'kubernetes', 'e-commerce'])).toEqual({ python: 'required', kubernetes: 'preferred', 'e-commerce': 'preferred' });
  });

  it.each(['What qualities are we looking for?', 'What skills do we need'])('"%s" heads the asks', (heading) => {
    expect(sectionsOf(`We build search.\n${heading}\n- Experience with Python`, ['python'])).toEqual({ python: 'required' });
  });

  it('"The objective of the Ph.D. research project is … including LIDAR": the project offered, its topics no field of study', () => {
    const r = read('A Ph.D. studentship is now available in the School of Computer Science. The objective of the Ph.D. research project is to develop algorithms for sensing in outdoor environments using technologies, including LIDAR, imaging, and UWB radar.');
    expect(r.skills.map((s) => s.id)).toContain('lidar');
    expect(r.degree).toBeNull();
  });
});

describe('128. "Desired, but not strictly required, skills include …", and an adjective before a field', () => {
  it.each([
    ['Desired, but not strictly required, skills include experience with pandas and sklearn', ['pandas', 'scikit-learn']],
    ['Preferred skills include Docker and Kubernetes', ['docker', 'kubernetes']],
  ])('%s → preferred', (line, ids) => {
    expect(sectionsOf(`Requirements:\n- Python\n- ${line}`, ['python', ...ids])).toEqual({ python: 'required', ...Object.fromEntries(ids.map((id) => [id, 'preferred'])) });
  });

  it('"an accurate and efficient deep learning framework" names deep learning, not inference optimization', () => {
    const ids = read('Requirements:\n- Develop an accurate and efficient deep learning framework').skills.map((s) => s.id);
    expect(ids).toContain('deep-learning');
    expect(ids).not.toContain('inference-optimization');
  });
});

describe('129. "LET\'S TALK IF", "You are deeply knowledgeable with …"', () => {
  it('"LET\'S TALK IF" heads the asks', () => {
    expect(sectionsOf('We build developer tools.\nLET\'S TALK IF\n- You have shipped Python services', ['python'])).toEqual({ python: 'required' });
  });

  it('"You are deeply knowledgeable with automated testing and TDD" asks, under any heading', () => {
    expect(sectionsOf('About the role\n- You are deeply knowledgeable with automated testing and TDD', ['test-driven-development'])).toEqual({ 'test-driven-development': 'required' });
  });
});

describe('130. "The preferred candidate will have …"', () => {
  it('makes what it names preferred, under a plain heading or a requirements one', () => {
    expect(sectionsOf('About the job\nThe preferred candidate will have familiarity with Spark.', ['spark'])).toEqual({ spark: 'preferred' });
    expect(sectionsOf('Requirements\n- Python\n- The preferred candidate will have familiarity with Spark.', ['python', 'spark'])).toEqual({ python: 'required', spark: 'preferred' });
  });
});

describe('131. "About the Successful Candidate", "These are an added plus:", "Things We Consider a Plus"', () => {
  it('"About the Successful Candidate" heads the asks, not the company', () => {
    expect(sectionsOf('About the company\nWe build trading systems.\nAbout the Successful Candidate\n- Experience with C++', ['cpp'])).toEqual({ cpp: 'required' });
  });

  it.each(['These are an added plus:', 'Things We Consider a Plus'])('"%s" opens the nice-to-haves', (heading) => {
    expect(sectionsOf(`Requirements\n- Experience with C++\n${heading}\n- Python`, ['cpp', 'python'])).toEqual({ cpp: 'required', python: 'preferred' });
  });
});

describe('132. an item among the nice-to-haves that opens a sub-list in words of its own', () => {
  it('keeps its sub-list preferred ("Desirable: - Experience or knowledge of AI technologies such as:")', () => {
    const text = 'Requirements\n- SQL\n\nDesirable Qualifications\n- Experience or knowledge of AI technologies such as:\n  - Docker\n  - Kubernetes';
    expect(sectionsOf(text, ['sql', 'docker', 'kubernetes'])).toEqual({ sql: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });

  it('still makes it required in a list of duties', () => {
    const text = 'Responsibilities\n- Build data pipelines\n- You are expected to have deep expertise in one or more of the following areas:\n  - Docker';
    expect(sectionsOf(text, ['docker'])).toEqual({ docker: 'required' });
  });
});

describe('133. "required for" after a noun in a duty', () => {
  it('the infrastructure required for a task is no ask; a skill required for the role is', () => {
    const text = 'Responsibilities\n- Build the infrastructure required for optimal extraction of data using SQL and AWS\n- Python is required for this role\n- Tableau required for the position';
    expect(sectionsOf(text, ['sql', 'aws', 'python', 'tableau'])).toEqual({ sql: 'other', aws: 'other', python: 'required', tableau: 'required' });
  });
});

describe('134. a three-letter acronym written in lower case in a text that has capitals', () => {
  it('is read beside other tools ("Python, sql, Tableau", "aws and Azure")', () => {
    const text = 'Requirements\n- Experience with Python, sql, Tableau\n- Hands-on with aws and Azure';
    expect(sectionsOf(text, ['python', 'sql', 'tableau', 'aws', 'azure'])).toEqual({ python: 'required', sql: 'required', tableau: 'required', aws: 'required', azure: 'required' });
  });

  it('is an ordinary word by itself, and one or two letters never count', () => {
    expect(read('About us\nWe clean every rag we use and care for the elk in our park.').skills.map((s) => s.id)).toEqual([]);
    expect(read('Requirements\n- Python, r and c').skills.map((s) => s.id)).toEqual(['python']);
  });
});

describe('135. a heading that is a link', () => {
  it('is read by its text, not its address ("…/assets/…" is no "Assets" heading)', () => {
    const text = '#### [Field Research Associate, Malawi](https://example.org/assets/vacancies/Field_RA.pdf)\n\nThe associate will analyse survey data in Stata.';
    expect(sectionsOf(text, ['stata'])).toEqual({ stata: 'other' });
    expect(sectionsOf('Role: https://example.org/assets/jobs/123\n\nYou will analyse survey data in Stata.', ['stata'])).toEqual({ stata: 'other' });
  });

  it('still heads its list when its text says so', () => {
    expect(sectionsOf('Requirements\n- SQL\n## [Nice to have](https://example.org/jobs/nice)\n- Stata', ['sql', 'stata'])).toEqual({ sql: 'required', stata: 'preferred' });
  });
});

describe('136. a sentence that says the list after it is a nice-to-have', () => {
  it.each([
    'Experience in any of the following areas is relevant to this position and should be highlighted in your application.',
    'Experience in any of the following areas is a plus.',
    'Knowledge of the following is desirable',
  ])('"%s" heads the list below it', (lead) => {
    expect(sectionsOf(`Requirements\n- Python\n\n${lead}\n- Docker\n- Kubernetes`, ['python', 'docker', 'kubernetes'])).toEqual({ python: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });

  it('not a sentence that looks back ("one of these"), nor a label with its content', () => {
    expect(sectionsOf('Requirements\n- Python or R. Excellence in at least one of these is highly desirable\n- Docker', ['docker'])).toEqual({ docker: 'required' });
    expect(sectionsOf('Requirements\nYou may share your preferred location from the following: Berlin, Paris.\n- Docker', ['docker'])).toEqual({ docker: 'required' });
  });
});

describe('137. "We would love applicants who also have the following:"', () => {
  it('opens the nice-to-haves', () => {
    expect(sectionsOf('Skills we want\n- Python\n\nWe would love applicants who also have the following:\n* Experience with D3', ['python', 'd3'])).toEqual({ python: 'required', d3: 'preferred' });
    expect(sectionsOf('Requirements\n- Python\nWe\'d love candidates with:\n- Docker', ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });

  it('"We\'d love to hear from you if:" still asks', () => {
    expect(sectionsOf('About you\nWe\'d love to hear from you if:\n- You have 3 years of Python', ['python'])).toEqual({ python: 'required' });
  });
});

describe('138. names of a longer product that starts with another product\'s name', () => {
  it('"Oracle Clinical" is no Oracle Database, "SAP BusinessObjects" is a BI tool of its own', () => {
    const ids = read('Requirements\n- Working knowledge of clinical databases such as Oracle Clinical and Medidata Rave\n- Reporting in SAP BusinessObjects').skills.map((s) => s.id);
    expect(ids).toContain('oracle-clinical');
    expect(ids).toContain('sap-businessobjects');
    expect(ids).not.toContain('oracle-database');
    expect(ids).not.toContain('sap');
  });
});

describe('139. "optimization" as the last of a list of engineering work, or after a product', () => {
  it.each([
    'Responsibilities include software development, implementation, and optimization.',
    'Experience with MySQL administration/optimization',
    'Identify areas for improvement and optimization of our chatbots.',
    'MySQL optimization',
  ])('"%s" asks for no mathematical optimisation', (line) => {
    expect(read(`Requirements\n- ${line}`).skills.map((s) => s.id)).not.toContain('optimization');
  });

  it('the field itself still counts, also after a method whose name ends on such a word', () => {
    expect(read('Requirements\n- Knowledge of statistics, optimization and simulation').skills.map((s) => s.id)).toContain('optimization');
    expect(read('Requirements\n- Knowledge of statistics, experimental design, and optimization').skills.map((s) => s.id)).toContain('optimization');
  });
});

describe('140. "Experience" and "Education" glued to the text after them in a flattened posting', () => {
  it('"Experience5 to 7 years …" heads its asks', () => {
    const text = 'ResponsibilitiesLeading AI strategy.Executing experiments.\nExperience5 to 7 years of relevant experience.Strong statistical skills (e.g., Python, R, SQL).';
    expect(sectionsOf(text, ['python', 'r', 'sql'])).toEqual({ python: 'required', r: 'required', sql: 'required' });
  });

  it('not "User Experience Design" or "Experience Cloud" in a sentence', () => {
    expect(sectionsOf('About us\nWe build tools for User Experience Design teams. Our Experience Cloud work uses Python.', ['python'])).toEqual({ python: 'other' });
  });
});

describe('141. an item of the nice-to-haves marked as a must', () => {
  it('"Azure (mandatory)", "Kubernetes (required)", "SQL – required" ask; the rest stay nice to have', () => {
    const text = 'Requirements\n- Python\nPreferred Skills And Qualifications\n- Azure (mandatory)\n- Experience with Kubernetes (required)\n- SQL – required\n- Docker';
    expect(sectionsOf(text, ['python', 'azure', 'kubernetes', 'sql', 'docker'])).toEqual({ python: 'required', azure: 'required', kubernetes: 'required', sql: 'required', docker: 'preferred' });
  });

  it('"(not required)" is no such mark', () => {
    expect(sectionsOf('Nice to have\n- Docker (not required)', ['docker'])).toEqual({ docker: 'preferred' });
  });
});

describe('142. a run-on heading of two words joined by a slash', () => {
  it('"… weekly reports Qualifications/Skills Required MSc …": the duties before it stay duties, the asks after it ask', () => {
    const text = 'Key Duties Maintain the pricing models Publish weekly reports in Tableau for the desk Qualifications/Skills Required MSc in Economics Strong Python and SQL';
    expect(sectionsOf(text, ['tableau', 'python', 'sql'])).toEqual({ tableau: 'other', python: 'required', sql: 'required' });
  });

  it('"Requirements / Experience" heads its asks the same way', () => {
    const text = 'What you will do Build dashboards in Looker for the sales team Requirements / Experience Three years of R and Spark';
    expect(sectionsOf(text, ['looker', 'r', 'spark'])).toEqual({ looker: 'other', r: 'required', spark: 'required' });
  });
});

describe('143. a years figure in brackets after the person or the knowledge asked for', () => {
  it('"Experienced Data Scientist (3+ years)", "early-career professional (0–2 years)", "Expert-level knowledge (4+ years) of …"', () => {
    expect(read('Requirements\n- Experienced Machine Learning Engineer (3+ years) with a Master’s degree\n- Python').years?.min).toBe(3);
    expect(read('Who you are\n- A recent graduate or early-career professional (0–2 years) with a degree in Statistics\n- SQL').years?.min).toBe(0);
    expect(read('Requirements\n- Expert-level knowledge (4+ years) of relational databases\n- Python').years?.min).toBe(4);
  });

  it('not a verb before the bracket ("lead data projects (2+ years)" says no level), nor a contract\'s length', () => {
    expect(read('Responsibilities\n- You will lead data projects (2+ years of roadmap)\nRequirements\n- SQL').years).toBeNull();
    expect(read('This is a 12 month (1 year) contract.\nRequirements\n- SQL').years).toBeNull();
  });

  it('"lead" as a verb before a team and a figure is no level: "lead ML engineers - 4 years in management" beside 6+ years overall', () => {
    expect(read('Requirements\n- 6+ years of experience; you will lead ML engineers - 4 years in management\n- Python').years?.min).toBe(6);
  });
});

describe('144. an item that says the list after its colon "will be preferred"', () => {
  it('"… in one of the following areas will be preferred: A, B" makes A and B nice to have, not the items around it', () => {
    const text = 'Requirements\n- A PhD in a life science\n- Experience in one of the following areas will be preferred: cancer genomics, CRISPR.\n- Python\n- Git\n'
      + Array.from({ length: 24 }, (_, i) => `Our lab runs study number ${i + 1} with partners.`).join('\n');
    expect(sectionsOf(text, ['cancer-genomics', 'crispr', 'python', 'git'])).toEqual({ 'cancer-genomics': 'preferred', crispr: 'preferred', python: 'required', git: 'required' });
  });

  it('"… will be required: A" still asks', () => {
    const text = 'Requirements\n- Experience in the following will be required: Docker, Kubernetes.\n- Python\n'
      + Array.from({ length: 24 }, (_, i) => `Our lab runs study number ${i + 1} with partners.`).join('\n');
    expect(sectionsOf(text, ['docker', 'kubernetes', 'python'])).toEqual({ docker: 'required', kubernetes: 'required', python: 'required' });
  });
});

/** Lines of no skill, so that a short example is read as a posting of many lines, not a flattened one. */
const padding = Array.from({ length: 24 }, (_, i) => `Our lab runs study number ${i + 1} with partners.`).join('\n');

describe('145. "You will bring to the role:" heads the asks', () => {
  it('the items under it ask, also those with no cue of their own', () => {
    const text = `About the position\nWe build planning tools.\nYou will bring to the role:\nBachelor's Degree in an analytical discipline\nExcellent numerical, analytical and data visualisation and storytelling skills\nTableau\n${padding}`;
    expect(sectionsOf(text, ['data-visualization', 'tableau'])).toEqual({ 'data-visualization': 'required', tableau: 'required' });
  });

  it('"What you will get:" still does not', () => {
    const text = `What you will get:\nA Tableau licence and training\n${padding}`;
    expect(sectionsOf(text, ['tableau'])).toEqual({ tableau: 'other' });
  });
});

describe('146. a years figure that opens an item of the asks, "in" a field the reader does not know', () => {
  it('"5+ years in insurance analytics" is the experience asked', () => {
    expect(read('Skills & Experience\n5+ years in insurance analytics\nKnowledge of SQL').years?.min).toBe(5);
    expect(read('Requirements\n- 3 years in retail banking\n- SQL').years?.min).toBe(3);
  });

  it('not a firm\'s age, a run of years or a figure in the company\'s story', () => {
    expect(read('Requirements\n- 50 years in business\n- SQL').years).toBeNull();
    expect(read('Requirements\n- 3 years in a row we won awards\n- SQL').years).toBeNull();
    expect(read('About us\n20 years in retail analytics\nRequirements:\nKnowledge of SQL').years).toBeNull();
  });
});

describe('147. a list sharing its head noun, one word of which makes no name with it', () => {
  it('"supervised, unsupervised, reinforced and deep learning": the words before the odd one still take "learning"', () => {
    const ids = read('Requirements\n- An understanding of supervised, unsupervised, reinforced and deep learning models').skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['supervised-learning', 'unsupervised-learning', 'deep-learning']));
  });

  it('a list of names of their own lends no head: "Python, SQL and deep learning"', () => {
    expect(read('Requirements\n- Python, SQL and deep learning').skills.map((s) => s.id).sort()).toEqual(['deep-learning', 'python', 'sql']);
  });
});

describe('148. a lead-in that ends its line after a sentence of its own', () => {
  it('"… at the University.  We\'d love to hear from you if:" heads the list below; "… This could involve:" opens duties again', () => {
    const text = `We are looking for a new member of the growing team here at the University.  We'd love to hear from you if:\n\n - You're passionate about robust software;\n - Python and Docker\n\nInitially, you will work on research projects with the department. This could involve:\n\n- Running jobs on Slurm clusters\n${padding}`;
    expect(sectionsOf(text, ['python', 'docker', 'slurm'])).toEqual({ python: 'required', docker: 'required', slurm: 'other' });
  });

  it('a label of the text before it is none: "… for the team. Our stack:" does not ask', () => {
    const text = `Intro\nWe build tools for the team. Our stack:\n- Python\n${padding}`;
    expect(sectionsOf(text, ['python'])).toEqual({ python: 'other' });
  });
});

describe('149. "excel skills" in lower case', () => {
  it('names Excel (the verb never takes "skills")', () => {
    expect(read('Requirements\n- Advanced Microsoft Office knowledge, with expert excel skills').skills.map((s) => s.id)).toContain('excel');
    expect(read('Requirements\n- You will excel in a fast-paced team').skills.map((s) => s.id)).not.toContain('excel');
  });
});

describe('150. a page\'s front matter with YAML comments in it', () => {
  it('its tags and title are the site\'s metadata, as without the comments', () => {
    const text = `---\ntitle: Bioinformatics Research Assistant\ntags:\n- Data Science\n#- Bioinformatics\ncategories:\n- Data Science\n\n# list the projects here\n---\n\n## Required skills:\n- Python\n${padding}`;
    expect(read(text).skills.map((s) => s.id).sort()).toEqual(['python']);
  });

  it('front matter that holds the posting\'s own words with blank lines between them is still read', () => {
    const text = `---\nlayout: job\ntitle: Data Engineer\n\nresponsibilities:\n- Build pipelines in Airflow\n---\n\nWe use SQL.\n${padding}`;
    expect(read(text).skills.map((s) => s.id)).toContain('airflow');
  });
});

describe('151. years and degrees asked in Dutch', () => {
  it('"Minimaal 5 jaar werkervaring", "3+ jaar relevante ervaring"', () => {
    expect(read('Wat wij vragen:\nMinimaal 5 jaar werkervaring in een soortgelijke functie;\nPython').years?.min).toBe(5);
    expect(read('Jouw profiel\n- 3+ jaar relevante ervaring met Python').years?.min).toBe(3);
  });

  it('not the employer\'s own years: "Wij bestaan al 40 jaar en hebben ervaring met klanten"', () => {
    expect(read('Over ons\nWij bestaan al 25 jaar en hebben ervaring met klanten.\nWat wij vragen:\nPython').years).toBeNull();
  });

  it('"een WO/HBO opleiding", "hbo-opleiding": a bachelor\'s; "een WO-opleiding": a master\'s', () => {
    expect(read('Wat wij vragen:\nEen WO/HBO opleiding in Kunstmatige Intelligentie of Informatica.\nPython').degree?.level).toBe('bachelor');
    expect(read('Wat wij vragen:\nMinimaal een afgeronde hbo-opleiding richting Business IT;\nPython').degree?.level).toBe('bachelor');
    expect(read('Wat wij vragen:\nJe hebt een WO-opleiding in econometrie.\nPython').degree?.level).toBe('master');
  });

  it('"Informatica" as the field of study is no Informatica (the ETL tool) unless listed with tools', () => {
    expect(read('Wat wij vragen:\nEen WO/HBO opleiding in Kunstmatige Intelligentie, Informatica of een vergelijkbaar vakgebied.').skills.map((s) => s.id)).not.toContain('informatica');
    expect(read('Requirements\n- ETL experience with Informatica, Talend or SSIS').skills.map((s) => s.id)).toContain('informatica');
  });
});

describe('152. a years figure opening an item "across" or "within" the fields it spans', () => {
  it('"10+ years across ML engineering, data engineering, and production systems"', () => {
    expect(read('Must-have\n- 10+ years across ML engineering, data engineering, and production systems\n- Python').years?.min).toBe(10);
  });
});

describe('153. asks written in Dutch (and German) items', () => {
  it('"Ruime ervaring met X", "Kennis van X", "Fundierte Kenntnisse in X" ask, under no heading that says so', () => {
    const text = `Over de functie\nJe werkt in een klein team.\nRuime ervaring met ETL/ELT zoals dbt en Airflow hebt;\nKennis van Terraform\nFundierte Kenntnisse in Python\n${padding}`;
    expect(sectionsOf(text, ['dbt', 'airflow', 'terraform', 'python'])).toEqual({ dbt: 'required', airflow: 'required', terraform: 'required', python: 'required' });
  });

  it.each([['Verder heb je'], ['Wat vragen wij'], ['Dit breng je mee:'], ['Vereisten']])('"%s" heads the asks', (heading) => {
    expect(sectionsOf(`${heading}\nDocker en Kubernetes\n${padding}`, ['docker', 'kubernetes'])).toEqual({ docker: 'required', kubernetes: 'required' });
  });
});

describe('154. a label of a kind of tools with its tier in brackets', () => {
  it('"Databases (nice to have): Elasticsearch, Cassandra" makes its own line nice to have, not the lines after it', () => {
    const text = `Requirements\n- Python\nDatabases (nice to have): Elasticsearch, Cassandra\nGit, Docker\n${padding}`;
    expect(sectionsOf(text, ['python', 'elasticsearch', 'cassandra', 'git', 'docker'])).toEqual({ python: 'required', elasticsearch: 'preferred', cassandra: 'preferred', git: 'required', docker: 'required' });
  });

  it('"Languages (required): Scala" under the nice-to-haves asks for its line only', () => {
    const text = `Nice to have\n- Go\nLanguages (required): Scala\n- Rust\n${padding}`;
    expect(sectionsOf(text, ['go', 'scala', 'rust'])).toEqual({ go: 'preferred', scala: 'required', rust: 'preferred' });
  });
});

describe('155. "Your toolbox includes …"', () => {
  it('names what the candidate is asked to bring, wherever it stands', () => {
    const text = `About the job\nWe move money for merchants.\nYour toolbox includes advanced SQL, Terraform and Python (Airflow, PySpark).\n${padding}`;
    expect(sectionsOf(text, ['sql', 'terraform', 'python', 'airflow'])).toEqual({ sql: 'required', terraform: 'required', python: 'required', airflow: 'required' });
  });
});

describe('156. "We\'d especially love to hear from you if you:" after "You should apply if you:"', () => {
  it('the "especially" list is the nice-to-haves, the first the asks', () => {
    const text = `You should apply if you:\n- Have experience with SQL\nWe’d especially love to hear from you if you:\n- Have used dbt and Snowflake\n${padding}`;
    expect(sectionsOf(text, ['sql', 'dbt', 'snowflake'])).toEqual({ sql: 'required', dbt: 'preferred', snowflake: 'preferred' });
  });

  it('"We\'d love to hear from you if you:" alone still heads the asks', () => {
    expect(sectionsOf(`We'd love to hear from you if you:\n- Have used dbt\n${padding}`, ['dbt'])).toEqual({ dbt: 'required' });
  });
});

describe('157. a years figure "in the IT profession" in a flattened list', () => {
  it('is the overall experience, beside a tool\'s smaller figure', () => {
    const text = 'Job Summary We are hiring an architect for the delivery project. Required Qualifications: Minimum 10 years in the IT profession Minimum 2+ years of hands on experience with Data Management using Big Data Technologies Preferred Qualifications: Experience with Talend';
    expect(read(text).years?.min).toBe(10);
  });
});

describe('158. "databases" named beside the databases it means', () => {
  it('"Experience with databases (SQL or NoSQL)", "database technologies such as PostgreSQL": the members are the asks', () => {
    const ids = (text: string) => read(text).skills.map((s) => s.id);
    expect(ids('Requirements\n- Experience with databases (SQL or NoSQL)')).not.toContain('databases');
    expect(ids('Requirements\n- Knowledge of database technologies such as PostgreSQL and MySQL')).toEqual(expect.arrayContaining(['postgresql', 'mysql']));
    expect(ids('Requirements\n- Knowledge of database technologies such as PostgreSQL and MySQL')).not.toContain('databases');
  });

  it('alone, or beside no database, "databases" is still asked', () => {
    expect(read('Requirements\n- Experience with Python and databases').skills.map((s) => s.id)).toContain('databases');
  });
});

describe('159. the employer\'s customers, partners and backers named in its blurb', () => {
  it('"industry leaders such as … MongoDB, New Relic … and Salesforce", "customers on board (including … New Relic)", "trusted by Snowflake": organisations, not tools', () => {
    const ids = (text: string) => read(`About us\n${text}\nRequirements\n- Python\n${padding}`).skills.map((s) => s.id).sort();
    expect(ids('We work with industry leaders such as Asurion, Google, Intuit, MongoDB, New Relic, Revolut and Salesforce.')).toEqual(['python']);
    expect(ids('Over 1000 customers on board (including Google, Netflix and New Relic). We grow fast.')).toEqual(['python']);
    expect(ids('Our partners include AWS and Databricks.')).toEqual(['python']);
  });

  it('a tool the work runs on stays: "backed by CoreOS and Kubernetes", "databases such as MongoDB", a clause after "trusted by …,"', () => {
    expect(read('About us\nOur cluster is backed by CoreOS and Kubernetes.').skills.map((s) => s.id)).toContain('kubernetes');
    expect(read('Requirements\n- Experience with databases such as MongoDB').skills.map((s) => s.id)).toContain('mongodb');
    expect(read('About us\nTrusted by 70,000 organizations, we secure both AI agents and humans.').skills.map((s) => s.id)).toContain('llm-agents');
  });
});

describe('160. "cutting-edge" after an action noun', () => {
  it('"deployment of cutting-edge tools" is no edge deployment; "deployment of edge models" still is', () => {
    const ids = (text: string) => read(text).skills.map((s) => s.id);
    expect(ids('Requirements\n- development and deployment of cutting-edge open-source tools')).not.toContain('edge-ai');
    expect(ids('Requirements\n- deployment of edge models')).toContain('edge-ai');
  });
});

describe('161. "WHAT YOU\'VE DONE" glued to the figure after it, in a posting flattened to one line', () => {
  it('heads the asks: "… decisions.   WHAT YOU’VE DONE5-7 years of … Hadoop, Cassandra …"', () => {
    const text = 'WHAT YOU’LL DO      Build data analytics applications for customers.Advising customers on better data driven decisions.   WHAT YOU’VE DONE5-7 years of progressive experience in data management.Big Data technologies such as Hadoop, Cassandra or BigQuery.   PERKS & BENEFITS Competitive pay';
    expect(sectionsOf(text, ['hadoop', 'cassandra', 'bigquery'])).toEqual({ hadoop: 'required', cassandra: 'required', bigquery: 'required' });
    expect(read(text).years?.min).toBe(5);
  });

  it('"What You\'ve Done" heads the asks on a line of its own', () => {
    expect(sectionsOf(`About us\nWe build pipelines.\nWhat You've Done\n- Spark and Kafka\n${padding}`, ['spark', 'kafka'])).toEqual({ spark: 'required', kafka: 'required' });
  });
});

describe('162. the titles of a team\'s past work', () => {
  it('"… directions our team worked on prior to Anthropic, including: GPT-3, Circuit-Based Interpretability, … Scaling Laws" names no skills', () => {
    const text = `About us\nThis research continues many of the directions our team worked on prior to Anthropic, including: GPT-3, Circuit-Based Interpretability, Multimodal Neurons, Scaling Laws, AI & Compute, and Learning from Human Preferences.\nRequirements\n- Python\n${padding}`;
    expect(read(text).skills.map((s) => s.id)).toEqual(['python']);
    expect(read(`About us\nOur recent papers include Scaling Laws and Multimodal Neurons.\nRequirements\n- Python\n${padding}`).skills.map((s) => s.id)).toEqual(['python']);
  });

  it('the team\'s work itself, or what the candidate worked on before, is still read', () => {
    expect(read(`About us\nOur team works on scaling laws and interpretability.\n${padding}`).skills.map((s) => s.id)).toContain('scaling-laws');
    expect(read('Requirements\n- You have worked on recommender systems before.').skills.map((s) => s.id)).toContain('recommender-systems');
  });
});

describe('163. an invitation to apply whatever the asks say', () => {
  it('"**Don\'t meet every single requirement?**" after the asks opens no list of asks', () => {
    const text = `Requirements\n- Python\n**Don't meet every single requirement?** Studies show that many people only apply when they tick every box.\nWe use Kubernetes across the company.\n${padding}`;
    expect(sectionsOf(text, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'other' });
  });

  it('"We encourage you to apply even if you do not meet every single qualification." neither', () => {
    const text = `Requirements\n- Python\n**We encourage you to apply even if you do not believe you meet every single qualification.**\nOur teams work on Kubernetes.\n${padding}`;
    expect(sectionsOf(text, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'other' });
  });
});

describe('164. "Additional Requirements" after the basic ones', () => {
  it('asks for what it lists; a cue in its sentence still makes one item a nice-to-have', () => {
    const text = `#### Basic Requirements\nA PhD in a quantitative field.\n\n#### Additional Requirements\nExperience with Python, JavaScript, and web application development are expected. Cloud computing skills are desirable.\n\n#### Terms\nThe position can be renewed annually.\n${padding}`;
    expect(sectionsOf(text, ['python', 'javascript', 'cloud-computing'])).toEqual({ python: 'required', javascript: 'required', 'cloud-computing': 'preferred' });
  });

  it('"Additional qualifications" stays a nice-to-have heading', () => {
    expect(sectionsOf(`Requirements\n- SQL\nAdditional Qualifications\n- Docker\n${padding}`, ['sql', 'docker'])).toEqual({ sql: 'required', docker: 'preferred' });
  });
});

describe('165. the fields of a degree given as examples', () => {
  it('"a technical degree such as mathematics, statistics, …" and "degree program (mathematics and statistics, …)" name fields of study, not skills', () => {
    const ids = (line: string) => read(`Requirements\n- ${line}\n- Experience with Python`).skills.map((s) => s.id).sort();
    expect(ids('Be pursuing a technical degree such as mathematics, statistics, computer science, or engineering')).toEqual(['python']);
    expect(ids('Completed a relevant undergraduate degree program (mathematics and statistics, computer science, engineering)')).toEqual(['python']);
  });

  it('statistics asked for beside a degree is still read', () => {
    expect(read('Requirements\n- A degree, and strong skills in statistics such as regression').skills.map((s) => s.id)).toContain('statistics');
  });
});

describe('166. a figure of leadership experience beside the overall one', () => {
  it('"12+ years of experience in data engineering … and 7+ years of senior leadership experience" → 12', () => {
    expect(read('Requirements\n- 12+ years of progressive experience in data engineering, preferably in life sciences, and 7+ years of senior leadership experience.').years?.min).toBe(12);
    expect(read('Requirements\n- 10 years of experience in analytics and 4 years of executive management experience.').years?.min).toBe(10);
  });
});

describe('167. a lead-in with its list run on after the colon', () => {
  it('"You’ll thrive if you have: - 8+ years …; - Strong Python and libraries such as Ray, numpy …"', () => {
    const text = 'Flow - Research Engineer - London\n\nWe build trading models and drive end-to-end research.\n\nYou’ll thrive if you have: - 8+ years in ML; - Strong Python and libraries such as Ray, numpy, PyTorch, and pandas; - Experience with modern dev practices.\n\nApply on our site.';
    expect(sectionsOf(text, ['python', 'ray', 'numpy', 'pytorch', 'pandas'])).toEqual({ python: 'required', ray: 'required', numpy: 'required', pytorch: 'required', pandas: 'required' });
  });

  it('"It would be a plus if you know: Docker, Kubernetes" makes its list a nice-to-have', () => {
    expect(sectionsOf(`Requirements\n- Python\nIt would be a plus if you know: Docker, Kubernetes and Helm.\n${padding}`, ['python', 'docker', 'kubernetes'])).toEqual({ python: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });
});

describe('168. a trailing nice-to-have cue over a long list whose items have "and" inside', () => {
  it('"Familiarity with bioinformatics, Galaxy, Docker, REST API design and implementation, Bootstrap, Terraform, as well as … will be helpful."', () => {
    const text = `Requirements\n- Python\nFamiliarity with Galaxy, Docker, Vagrant, REST API design and implementation, Bootstrap, continuous integration, Terraform, as well as configuration management tools (e.g. Puppet, Ansible or Chef) will be helpful.\n${padding}`;
    expect(sectionsOf(text, ['python', 'docker', 'vagrant', 'terraform', 'ansible'])).toEqual({ python: 'required', docker: 'preferred', vagrant: 'preferred', terraform: 'preferred', ansible: 'preferred' });
  });

  it('a new clause after "X and Y," still ends the cue\'s reach: "Python and R, experience with Docker is a plus"', () => {
    expect(sectionsOf('Requirements\n- Strong Python and R, experience with Docker is a plus.', ['python', 'r', 'docker'])).toEqual({ python: 'required', r: 'required', docker: 'preferred' });
  });
});

describe('169. a heading glued to the first item after the last item of a list, on one flattened line', () => {
  it('"… for each business method analysis project QualificationsBachelor\'s degree … Proficient in SQL Job Types: …"', () => {
    const text = "About the job The ideal candidate will use their passion for big data to provide insights. Responsibilities• Use statistical methods to analyze data• Work with departmental managers to outline the data needs for each analysis project QualificationsBachelor's or Master's degree in Statistics or equivalent experience1 - 2 years' Data Analysis experienceProficient in SQL Job Types: Fresher, Full-time";
    expect(sectionsOf(text, ['sql'])).toEqual({ sql: 'required' });
    expect(read(text).degree?.level).toBe('bachelor');
  });

  it('not a product named after "the": "the RequirementsEngine team uses Kafka"', () => {
    const text = `Requirements\n- Python\nAbout us\nOur platform is built by many teams and the RequirementsEngine team runs Kafka across all of the services we own today, with more than fifty engineers.\n${padding}`;
    expect(sectionsOf(text, ['python', 'kafka'])).toEqual({ python: 'required', kafka: 'other' });
  });
});

describe('170. a flattened page\'s header fields glued one to the next', () => {
  it('"Designation: Data AnalystLocation: GurgaonSalary: 3- 4 LPAQualification: Graduation/Post GraduationExperience: 1+ Years Company Brief: …"', () => {
    const text = 'About the job Designation: Data AnalystLocation: GurgaonSalary: 3- 4 LPAWork Hours: 9:30 am - 6:30 pmQualification: Graduation/Post GraduationExperience: 1+ Years Company Brief:This Company is a B2B marketplace in the textile industry. Responsibilities: build dashboards in Power BI and write SQL.';
    const r = read(text);
    expect(r.years?.min).toBe(1);
    expect(r.degree?.level).toBe('bachelor');
  });

  it('closing a posting: "… Experience with SSAS and data modeling preferredLocation: Chicago, IL"', () => {
    const text = `Responsibilities: Develop reports with Power BI. Requirements: 5+ years of SQL experience. Experience with SSAS and data modeling preferredLocation: Chicago, ILWork to be performed onsite. ${'We are an equal opportunity employer and value diversity at our company. '.repeat(50)}`;
    expect(sectionsOf(text, ['sql', 'ssas', 'data-modeling'])).toEqual({ sql: 'required', ssas: 'preferred', 'data-modeling': 'preferred' });
  });

  it('"Profile: ML EngineersExperience: 3+ YearsLocation: Permanent Remote" → 3 years', () => {
    expect(read('About the job Profile: ML EngineersExperience: 3+ YearsLocation: Permanent Remote What is our Talent Network? A place where top talent meets top companies and gets hired for full-time remote roles. Requirements: PyTorch and statistics.').years?.min).toBe(3);
  });
});

describe('171. "Things you should know about our tech before applying:" heads the asks', () => {
  it('its list is required, "First hand experience working with … Pandas, numpy" too', () => {
    const text = `About us\nWe build products.\nThings you should know about our tech before applying:\n\nFamiliarity with Python, SQL\nFirst hand experience working with popular Python libraries such as Pandas, numpy and Jupyter\nExcellent communicator\n${padding}`;
    expect(sectionsOf(text, ['python', 'pandas', 'numpy', 'jupyter'])).toEqual({ python: 'required', pandas: 'required', numpy: 'required', jupyter: 'required' });
  });

  it('"What you should know about us" stays the employer\'s part', () => {
    expect(sectionsOf(`Requirements\n- SQL\nWhat you should know about us\nWe run Kubernetes.\n${padding}`, ['sql', 'kubernetes'])).toEqual({ sql: 'required', kubernetes: 'other' });
  });
});

describe('172. the employer\'s own name, where it is also a name of a skill', () => {
  it('"as Anthropic continues to scale" in Anthropic\'s posting names no Anthropic API', () => {
    const r = realEngine().extract(`Requirements\n- Python\n- You are eager to help shape the best practices of a growing data science team as Anthropic continues to scale.\n${padding}`, { title: 'Data Scientist', company: 'Anthropic' });
    expect(r.skills.map((s) => s.id)).not.toContain('anthropic-api');
  });

  it('an unambiguous tool named as the employer stays: Databricks asking for "experience with Databricks"', () => {
    const r = realEngine().extract('Requirements\n- Experience with Databricks and Spark SQL.', { title: 'Data Engineer', company: 'Databricks' });
    expect(r.skills.map((s) => s.id)).toContain('databricks');
  });
});

describe('173. an "Additional Qualifications" list whose items say their own tier', () => {
  const list = (items: string[]) => `#### Basic Qualifications\n- Minimum of seven years post-secondary education or relevant work experience\n\n#### Additional Qualifications and Skills\n${items.map((i) => `- ${i}`).join('\n')}\n\n#### Working Conditions\nOn site.\n${padding}`;

  it('the unmarked items are asks, the marked ones wishes', () => {
    const text = list(['Prior supervisory experience', 'Ability to produce high quality code in Python and JavaScript', 'Familiarity with search engines (e.g., Elasticsearch) is desirable', 'Experience with cloud computing is strongly preferred', 'Understanding of molecular biology is helpful but not required']);
    expect(sectionsOf(text, ['python', 'javascript', 'elasticsearch', 'cloud-computing', 'molecular-biology'])).toEqual({ python: 'required', javascript: 'required', elasticsearch: 'preferred', 'cloud-computing': 'preferred', 'molecular-biology': 'preferred' });
  });

  it('with no item marked (or one), the heading keeps its items nice-to-haves', () => {
    expect(sectionsOf(list(['Experience with Python', 'Experience with Docker']), ['python', 'docker'])).toEqual({ python: 'preferred', docker: 'preferred' });
    expect(sectionsOf(list(['Experience with Python', 'Docker is desirable']), ['python', 'docker'])).toEqual({ python: 'preferred', docker: 'preferred' });
  });
});

describe('174. a nice-to-have lead-in pointing to the list after it, in a posting flattened to one line', () => {
  it('"… and architects You preferably have experience in some of the following (and interest to grow in the others) Cloud AI platforms: Azure OpenAI …"', () => {
    const text = 'Join our team to design AI architectures for customers. Governance & reuse: Contribute to architecture boards and mentor engineers and architects You preferably have experience in some of the following (and interest to grow in the others) Cloud AI platforms: AWS Bedrock & SageMaker, Google Vertex AI Orchestration & agents: LangChain, LlamaIndex Qualification To succeed in this role, we expect the following key qualifications: 7+ years designing distributed systems Solid software engineering skills: Git, CI/CD Why Acme? Because people enjoy working here.';
    expect(sectionsOf(text, ['sagemaker', 'vertex-ai', 'langchain', 'llamaindex', 'git'])).toEqual({ sagemaker: 'preferred', 'vertex-ai': 'preferred', langchain: 'preferred', llamaindex: 'preferred', git: 'required' });
  });

  it('on a line of its own: "Preferably, you have worked with some of the following:"', () => {
    expect(sectionsOf(`Requirements\n- Python\nPreferably, you have worked with some of the following:\n- Docker\n- Kubernetes\n${padding}`, ['python', 'docker', 'kubernetes'])).toEqual({ python: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });
});

describe('175. "AI" made into an adjective of what it describes', () => {
  it('"AI-powered functions", "AI-driven data work", "AI-enhanced data solutions" ask for no AI', () => {
    const ids = (line: string) => sectionsOf(`Requirements\n- ${line}\n${padding}`, ['artificial-intelligence'])['artificial-intelligence'];
    expect(ids('Strong proficiency in Power BI, SQL, and advanced Excel (including automation and AI-powered functions).')).not.toBe('required');
    expect(ids('4+ years in BI roles, preferably with a focus on AI-enhanced data solutions.')).not.toBe('required');
    expect(ids('Be part of leading the change toward AI-driven data work.')).not.toBe('required');
  });

  it('"AI" asked for stays: "experience in AI research", "AI and ML experience"', () => {
    expect(sectionsOf('Requirements\n- 4+ years of experience in data science, applied ML, or AI research', ['artificial-intelligence'])).toEqual({ 'artificial-intelligence': 'required' });
  });
});

describe('176. "You will be able to:" lists what the candidate can do', () => {
  it('its items are asks: "Use open-source data analysis software. Examples include: R or Python with Pandas."', () => {
    const text = `## What we're looking for:\n\n* You help teams measure how well a product solves problems.\n\n## You will be able to:\n\n* Design and validate survey questions using psychometric methods.\n* Use open-source data analysis software. Examples include: R or Python with Pandas.\n\n## Benefits\nWe offer flexible hours.\n${padding}`;
    expect(sectionsOf(text, ['psychometrics', 'python', 'pandas'])).toEqual({ psychometrics: 'required', python: 'required', pandas: 'required' });
  });

  it('"TTS Core Values Alignment" is no AI alignment', () => {
    expect(read('- **TTS Core Values Alignment:** The ability to work with integrity, transparency and respect.').skills.map((s) => s.id)).not.toContain('ai-alignment');
    expect(read('Requirements\n- Research on LLM alignment and value alignment of agents').skills.map((s) => s.id)).toContain('ai-alignment');
  });
});

describe('177. "Eligible Criteria" and "Profile & Eligible Criteria" head the asks, glued to the first item too', () => {
  it('"… the organization. Profile & Eligible Criteria2 to 7 years … 1. Understand, implement, and automate ETL pipelines …"', () => {
    const text = 'About the organization: We build renewable energy plants across India and run analytics on them every day. Profile & Eligible Criteria2 to 7 years of demonstrable experience designing solutions to complex data problems 1. Understand, implement, and automate ETL pipelines with better industry standards2. Familiarity with JIRA and clear understanding of how Git works3. Bachelor\'s degree in Computer Science Main Interfaces1. The role would require interfacing with a tech lead.';
    expect(sectionsOf(text, ['etl', 'jira', 'git'])).toEqual({ etl: 'required', jira: 'required', git: 'required' });
  });

  it('"Eligible Criteria" on a line of its own', () => {
    expect(sectionsOf(`About us\nWe use Kafka.\nEligible Criteria\n- Spark, Hive\n${padding}`, ['spark', 'kafka'])).toEqual({ spark: 'required', kafka: 'other' });
  });
});

describe('178. degrees and figures from research postings', () => {
  it('"PhD in …, or at least three years of demonstrated experience in the same areas" → 0 years', () => {
    expect(read('Requirements\n* PhD in physical oceanography, data assimilation, physics, applied mathematics or related relevant fields, or at least three years of demonstrated experience in the same areas').years?.min).toBe(0);
  });

  it('a team-management figure beside the overall one: "Bachelor\'s degree and at least seven years …", "At least 2 years of experience in team management" → 7', () => {
    expect(read("Requirements\n- Bachelor's degree and at least seven years of professional experience,\n- At least 2 years of experience in team management").years?.min).toBe(7);
  });

  it('"MSc/First-class Honours (or equivalent)" and "Honours / Master\'s degree" ask for a first degree', () => {
    expect(read('Requirements\n* MSc/First-class Honours (or equivalent) in physical oceanography').degree?.level).toBe('bachelor');
    expect(read('Requirements\n* Honours / Master’s degree in oceanography').degree?.level).toBe('bachelor');
    expect(read('About us\nWe value honours and awards.').degree).toBeNull();
  });

  it('"PhD in … Strong candidates with a relevant MSc … would also be considered" → master', () => {
    expect(read('Requirements\n- PhD in a field related to physical oceanography or coastal ocean modelling. Strong candidates with a relevant MSc and appropriate research or work experience would also be considered.').degree?.level).toBe('master');
  });
});

describe('179. "What Will Make Us Love You" heads the nice-to-haves', () => {
  it('its figure is a nice-to-have, the one before it the requirement', () => {
    const text = `What You'll Need\n- 5+ years of experience in Machine Learning\n- Python\nWhat Will Make Us Love You\n- 3+ years of experience in engineering and systems\n- Kubernetes\n${padding}`;
    expect(read(text).years?.min).toBe(5);
    expect(sectionsOf(text, ['python', 'kubernetes'])).toEqual({ python: 'required', kubernetes: 'preferred' });
  });
});

describe('180. "Successful candidates will:" heads the asks', () => {
  it('its list is required; "The successful candidate will have 3+ years …" inside a paragraph opens no section', () => {
    expect(sectionsOf(`About us\nWe use Kafka.\nSuccessful candidates will:\n- Spark, Hive\n${padding}`, ['spark', 'kafka'])).toEqual({ spark: 'required', kafka: 'other' });
    const text = `I. General Summary\n\nThe Data Scientist position will join our analytics group. The successful candidate will have 3+ years of experience with Machine Learning. This position will report to the VP.\n\nII. Principal Responsibilities and Tasks\n\n• Develops predictive and prescriptive analytic models.\n${padding}`;
    expect(sectionsOf(text, ['machine-learning', 'prescriptive-analytics'])).toEqual({ 'machine-learning': 'required', 'prescriptive-analytics': 'other' });
  });
});

describe('181. "Highly competitive candidates will have:" heads the nice-to-haves', () => {
  it('"… Highly competitive candidates will have: R Language Spark Go Language"', () => {
    const text = `Qualifications\n- Python and SQL\nHighly competitive candidates will have:\nR Language\nSpark\nGo Language\n${padding}`;
    expect(sectionsOf(text, ['python', 'r', 'go'])).toEqual({ python: 'required', r: 'preferred', go: 'preferred' });
  });
});

describe('182. "maximum likelihood of" in plain English', () => {
  it('"… to ensure those charges have the maximum likelihood of being accepted" names no estimation method', () => {
    expect(read('About the role\nDesign experiments to ensure those charges have the maximum likelihood of being accepted.').skills.map((s) => s.id)).not.toContain('maximum-likelihood-estimation');
    expect(read('Requirements\n- maximum likelihood and Bayesian methods').skills.map((s) => s.id)).toContain('maximum-likelihood-estimation');
  });
});

describe('183. "We\'re looking for strong experience …" asks for what follows', () => {
  it('"We\'re looking for strong experience building and operating ML systems in production (Python, PyTorch/TensorFlow, cloud platforms)."', () => {
    const text = `Acme - Principal ML Engineer - NYC\n\nWe're building blood tests that use gene sequencing and machine learning.\n\nThis is a senior engineering role. We're looking for strong experience building and operating ML systems in production (Python, PyTorch/TensorFlow, cloud platforms). Prior biology experience is NOT required.\n\nContact: jobs@acme.example`;
    expect(sectionsOf(text, ['python', 'pytorch', 'tensorflow', 'r-package-development'])).toEqual({ python: 'required', pytorch: 'required', tensorflow: 'required', 'r-package-development': 'absent' });
  });
});

describe('184. degrees that are wishes, points in time or the team\'s own', () => {
  it('"A good degree (preferably PhD) in mathematics or statistics" asks for a first degree', () => {
    expect(read('Requirements\n* A good degree (preferably PhD) in mathematics or statistics').degree?.level).toBe('bachelor');
  });

  it('"A relevant degree (preferably Computer Science) is required and a higher degree (PhD or MSc) would be advantageous" → bachelor', () => {
    expect(read('Requirements\nA relevant degree (preferably Computer Science) is required and a higher degree (PhD or MSc) would be advantageous.').degree?.level).toBe('bachelor');
  });

  it('"M.S. or PhD … and 2+ years of relevant experience after Bachelor\'s degree" → master', () => {
    expect(read("Requirements\n- M.S. or PhD in a scientific field such as Computer Science, and 2+ years of relevant experience after Bachelor’s degree (work or post-graduate)").degree?.level).toBe('master');
  });

  it('"the CEO … and CTO (PhD, software engineer in machine learning)" asks for no degree; "Currently following a Bachelor\'s or Master\'s degree" still does', () => {
    expect(read('About the role\nYou would work closely with the CEO and CTO (PhD, software engineer in machine learning) to develop our platform.').degree).toBeNull();
    expect(read("Requirements\n- Currently following a Bachelor’s or Master's degree education in a technical field").degree?.level).toBe('bachelor');
  });
});

describe('185. the employer\'s partners and its people\'s former employers, and "modeling choices"', () => {
  it('"We partner closely with OpenAI and Anthropic", "teammates from places like Salesforce, Palantir" name no tools', () => {
    const ids = read(`About us\nWe partner closely with OpenAI and Anthropic, giving us rare visibility.\nOur teammates come from places like Salesforce, Facebook, Google, Palantir.\nRequirements\n- Python\n${padding}`).skills.map((s) => s.id).sort();
    expect(ids).toEqual(['python']);
  });

  it('"We are partnering with hospitals to generate training data for our language models" still names the models', () => {
    expect(read('About us\nWe are partnering with hospitals to generate training data for our language models.').skills.map((s) => s.id)).toContain('language-modeling');
  });

  it('"how it influences modeling choices" is no choice modeling', () => {
    expect(read('Requirements\n- Deep knowledge of ML theory and how it influences modeling choices.').skills.map((s) => s.id)).not.toContain('conjoint-analysis');
  });
});

describe('186. "engineering context" is no context engineering', () => {
  it('"new paved paths within product engineering context" names nothing; "prompt and context engineering" does', () => {
    expect(read('Requirements\n- Help create new paved paths within product engineering context.').skills.map((s) => s.id)).not.toContain('context-engineering');
    expect(read('Requirements\n- Prompt and context engineering for LLM agents').skills.map((s) => s.id)).toContain('context-engineering');
  });
});

describe('187. a bold figure on a line of its own, its sentence going on below', () => {
  it('"2+ years\\n building and running generative models." → 2', () => {
    expect(read('Ideal Profile\nPhD in ML.\n2+ years\n building and running generative models.\nStrong skills.').years?.min).toBe(2);
  });
});

describe('188. a degree offered alone, its apostrophe curly or its comma missing', () => {
  it('"requires Master’s degree or a Bachelor’s degree and 3+ years of experience" → 0 years', () => {
    expect(read('Requirements\nThis position requires Master’s degree or a Bachelor’s degree and 3+ years of experience in epidemiology.').years?.min).toBe(0);
    expect(read('Requirements\nThis position requires Master’s degree, or a Bachelor’s degree and 3+ years of experience in epidemiology.').years?.min).toBe(0);
  });

  it('"a Bachelor\'s or Master\'s degree and 3+ years" still asks 3 years of both', () => {
    expect(read("Requirements\nA Bachelor's or Master's degree and 3+ years of experience in analytics.").years?.min).toBe(3);
    expect(read("Requirements\nA Master's degree or Bachelor's degree and 3 years of experience in analytics.").years?.min).toBe(3);
  });
});

describe('189. the stack under a heading with a colon, after the asks', () => {
  it('"**Tech stack:**" after a list of nice-to-haves describes the employer\'s stack', () => {
    const text = 'Requirements:\n* Strong Python skills\n\nPreferred Qualifications:\n* Some DevOps experience, ideally with AWS.\n\n**Tech stack:**\n\nMost of our codebase is in Typescript. Our backend is hosted on AWS with Postgres and DynamoDB.';
    expect(sectionsOf(text, ['python', 'aws', 'typescript', 'postgresql', 'dynamodb'])).toEqual({ python: 'required', aws: 'preferred', typescript: 'other', postgresql: 'other', dynamodb: 'other' });
  });
});

describe('190. "What we will look for:"', () => {
  it.each([['What we will look for:'], ['What we’ll be looking for:'], ['**What we would look for**']])('%s heads the asks', (heading) => {
    const text = `The Role\nYou will build our LLM platform on Kubernetes.\n\n${heading}\n - Python and Terraform in production\n\nBonus:\n - Experience with MLflow.`;
    expect(sectionsOf(text, ['kubernetes', 'python', 'terraform', 'mlflow'])).toEqual({ kubernetes: 'other', python: 'required', terraform: 'required', mlflow: 'preferred' });
  });
});

describe('191. a person\'s own story: a founder\'s bio, a reply in a thread', () => {
  it('"He also has a masters in Generative AI from the University of Toronto" asks for no degree', () => {
    expect(read('About us\nAkshay (CEO) previously worked for a VC. He also has a masters in Generative AI from the University of Toronto.\nRequirements\n- Python').degree).toBeNull();
  });

  it('"I am a radiologist from Buenos Aires with 10 years of experience" asks for no years', () => {
    expect(read('Reply\nI am a Radiologist MD from Buenos Aires, Argentina with 10 years of experience (Neuro, Head and Neck).\nI have been working for 2 years on AI projects.').years).toBeNull();
  });

  it('a hiring manager who asks still asks; "He has to have a PhD" is the reader\'s', () => {
    expect(read('About the role\nI have led this team for years and I am looking for someone with 3+ years of experience in Python and a PhD.').degree?.level).toBe('phd');
    expect(read('Requirements\n- He has to have a PhD in physics and 5 years of experience').years?.min).toBe(5);
  });
});

describe('192. the founders\' pooled years', () => {
  it('"We have combined experience of 20+ years of building fintech" asks for no years; "5+ years of combined experience" does', () => {
    expect(read('About us\nWe have combined experience of 20+ years of building fintech products.\nRequirements\n- Python').years).toBeNull();
    expect(read('Requirements\n- 5+ years of combined experience in data science and engineering').years?.min).toBe(5);
  });
});

describe('193. nice-to-haves said as "desirable to have", "(optional: …)", "beneficial but not necessary if"', () => {
  it('"Desirable to have experience with Tableau, Looker or Power BI" in a list of asks', () => {
    expect(sectionsOf('About you\nPractical application of Python.\nDesirable to have experience with Tableau, Looker, Qlik or Power BI for data visualization.', ['python', 'tableau', 'power-bi'])).toEqual({ python: 'required', tableau: 'preferred', 'power-bi': 'preferred' });
  });

  it('"Python for data analysis (optional: machine learning)"', () => {
    expect(sectionsOf('About you\nProficient in leveraging Python for comprehensive data analysis (optional: machine learning).', ['python', 'machine-learning'])).toEqual({ python: 'required', 'machine-learning': 'preferred' });
  });

  it('"It would be beneficial but not necessary if you have experience of Tableau"', () => {
    expect(sectionsOf('About the role\nIt would be beneficial but not necessary if you have experience of Tableau/Looker or a similar tool.\nAbout you\n- Python', ['python', 'tableau', 'looker'])).toEqual({ python: 'required', tableau: 'preferred', looker: 'preferred' });
  });
});

describe('194. years at a senior level beside the role\'s overall years', () => {
  it('"5+ years as a data engineer" and "2+ years as senior/staff/principal data engineer" → 5', () => {
    expect(read('Requirements\n5+ years of relevant experience as a data engineer.\n2+ years of relevant experience as senior/staff/principal data engineer.').years?.min).toBe(5);
  });

  it('"8+ years in data management roles" and "3+ years in a senior/lead capacity" → 8', () => {
    expect(read('Requirements\n• 8+ years in data management, data engineering, or business intelligence roles\n• 3+ years in a senior/lead capacity with strategic ownership').years?.min).toBe(8);
  });

  it('the senior figure alone is still the role\'s; beside a skill\'s figure too', () => {
    expect(read('Requirements\n- 5+ years of experience as a senior data scientist').years?.min).toBe(5);
    expect(read('Requirements\n- 5+ years as a Senior Data Engineer\n- 3+ years with Spark').years?.min).toBe(5);
  });
});

describe('195. "additional 2 or more years in managing or leading a team"', () => {
  it('is a part, not the role\'s years', () => {
    expect(read('Requirements\nHas at least 3 years of experience in creating technical solutions with additional 2 or more years in managing or leading a team in the field of analytics.').years?.min).toBe(3);
  });
});

describe('196. "a recent graduate, or someone with 1-2 years"', () => {
  it('offers the role to a graduate with no experience → 0', () => {
    expect(read('About you\nThis role would ideally suit a recent graduate, or someone with 1-2 years’ professional experience.').years?.min).toBe(0);
    expect(read('Requirements\n- A recent graduate with 2+ years of experience in analytics.').years?.min).toBe(2);
  });
});

describe('197. a degree whose higher levels are wished for in its brackets', () => {
  it.each([
    ['- Degree (Masters or Ph.D. would be an advantage) in Statistics'],
    ['- A degree (Masters or PhD preferred) in Statistics'],
    ['- Degree (MSc a plus) in Statistics or Mathematics'],
  ])('"%s" asks for a first degree', (line) => {
    expect(read(`Requirements\n${line}`).degree?.level).toBe('bachelor');
  });

  it('"University degree (MSc or PhD) in Physics" still asks for a master\'s', () => {
    expect(read('Requirements\n- University degree (MSc or PhD) in Physics').degree?.level).toBe('master');
  });
});

describe('198. a colon heading with a remark in brackets', () => {
  it('"Relevant hands-on experience (any subset is valuable):" heads asks', () => {
    const text = 'About the role\nYou will design antibodies with our models.\nRelevant hands-on experience (any subset is valuable):\n - Phage and/or yeast display\n - Affinity measurements (BLI, SPR, ELISA)\n - Flow cytometry\nWhat we offer\n - Equity';
    expect(sectionsOf(text, ['immunoassays', 'flow-cytometry'])).toEqual({ immunoassays: 'required', 'flow-cytometry': 'required' });
  });
});

describe('199. "an opening for a candidate with strong … skills"', () => {
  it('asks for what the candidate has', () => {
    expect(sectionsOf('About the lab\nThe group has an immediate opening for a creative and resourceful postdoc candidate with strong machine learning and computational science skills.', ['machine-learning'])).toEqual({ 'machine-learning': 'required' });
    expect(sectionsOf('About us\nThere is an opening for our team in Berlin, which uses Kubernetes.', ['kubernetes'])).toEqual({ kubernetes: 'other' });
  });
});

describe('200. subjects listed in brackets after a field of study, and a career\'s path', () => {
  it('"Bachelor’s degree in Math, Statistics, Hard Sciences (Physics, Chemistry, Biology, etc.), Engineering" names no chemistry skill', () => {
    const ids = read('Requirements\n● Bachelor’s degree in Math, Statistics, Hard Sciences (Physics, Chemistry, Biology, etc.), Engineering, or related field').skills.map((s) => s.id);
    expect(ids).not.toContain('chemistry');
    expect(ids).not.toContain('biology');
  });

  it('"a degree in Computer Science, Statistics (Python, SQL)" still names the languages', () => {
    expect(read("Requirements\n● Bachelor's degree in Computer Science, Statistics (Python, SQL) and 3 years").skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'sql']));
  });

  it('"our career path planning" is no motion planning', () => {
    expect(read('Benefits\nOur career path planning and continuing education assists employees.').skills.map((s) => s.id)).not.toContain('motion-planning');
  });
});

describe('201. a flattened posting\'s headings: "Essential Responsibilities", a heading inside a longer one', () => {
  const text = 'Position Summary The team builds data products for the airline and its analysts. The Engineer reports to the General Manager, IT Data Science & Analytics. Essential Responsibilities Collaborate with Architecture and Data Science teams to build CI/CD pipelines for ML models with automated testing and monitoring Follow an agile development methodology Minimum Experience and Qualifications: Three (3) years of relevant industry experience Proficiency in Python and SQL Must be legally eligible to work in the country in which the position is located Preferred Experience and Qualifications Advanced degree in computer science Experience using Databricks, PyTorch, Snowflake and FastAPI Crewmember Expectations: Regular attendance and punctuality';
  it('reads duties as the employer\'s, asks as required and the later list as nice-to-haves', () => {
    expect(sectionsOf(text, ['agile', 'python', 'sql', 'databricks', 'pytorch', 'snowflake', 'fastapi'])).toEqual({ agile: 'other', python: 'required', sql: 'required', databricks: 'preferred', pytorch: 'preferred', snowflake: 'preferred', fastapi: 'preferred' });
  });
});

describe('202. "a degree or four years of work experience", and years asked apart', () => {
  it('"Bachelor\'s degree or four or more years of work experience." then "Four or more years of relevant work experience." → 4', () => {
    expect(read("You'll need to have:\n- Bachelor's degree or four or more years of work experience.\n- Four or more years of relevant work experience.\n- Programming experience in Scala.").years?.min).toBe(4);
  });

  it('the substitute alone still asks for no years of a graduate', () => {
    expect(read("Requirements\n- Bachelor's degree or four or more years of work experience.\n- Scala.").years?.min).toBe(0);
  });
});

describe('203. years as a team lead beside years in the field', () => {
  it('"8+ years working in the machine learning space 3+ years experience as a team lead" → 8', () => {
    expect(read('Requirements: 8+ years working in the machine learning space 3+ years experience as a team lead Proven experience building ML teams').years?.min).toBe(8);
    expect(read('Requirements\n- 3+ years experience as a team lead').years?.min).toBe(3);
  });
});

describe('204. a flattened list: a nice-to-have\'s reach stops where the next item starts', () => {
  it('"… R Build processes … workload management Data Visualization experience (Power BI, etc) preferred" softens only the last item', () => {
    const text = 'Requirements 4+ years of data warehousing experience Proficiency in SQL and DBT and at least one general-purpose programming language like Python Build processes supporting data transformation and workload management Data Visualization experience (Power BI, SAP Analytics Cloud, etc) preferred Demonstrated leader able to work across an organization required';
    expect(sectionsOf(text, ['sql', 'dbt', 'python', 'power-bi'])).toEqual({ sql: 'required', dbt: 'required', python: 'required', 'power-bi': 'preferred' });
  });

  it('"… preferably in Google Cloud Platform with BigQuery Hands-on experience … in Teradata and Hadoop" ends the wish at "Hands-on"', () => {
    const text = "You'll need to have: Experience in data engineering, preferably in Google Cloud Platform with BigQuery Hands-on experience in deploying data pipelines in Teradata and Hadoop platform with experience in HDFS, Hive, Kafka etc. Good organizational skills.";
    expect(sectionsOf(text, ['bigquery', 'hadoop', 'kafka'])).toEqual({ bigquery: 'preferred', hadoop: 'required', kafka: 'required' });
  });
});

describe('205. asks and wishes in a research-computing posting\'s prose', () => {
  it('"… and bring with you knowledge of statistical procedures" asks, under an employer\'s heading too', () => {
    expect(sectionsOf('What you can expect from us:\n- You support our clients with your proven analytical skills and bring with you knowledge of Bayesian statistics\n- Team events', ['bayesian-statistics'])).toEqual({ 'bayesian-statistics': 'required' });
  });

  it('"You could provide even more value to our team by having experience with R and SQL" is a nice-to-have', () => {
    expect(sectionsOf('About You\nYou could provide even more value to our team by having experience with version control systems, R and SQL.\nRequired Qualifications\n- Python', ['python', 'r', 'sql'])).toEqual({ python: 'required', r: 'preferred', sql: 'preferred' });
  });

  it('"You might have a CS degree. You might not." asks for no degree', () => {
    expect(read("About You\nYou might have a CS degree. You might not. That's not what we're looking for.\n- Python").degree).toBeNull();
  });
});

describe('206. verb phrases that only look like ML names, and customers\' segments', () => {
  it('"model complex real-world systems", "insight generation and manipulation of structured data" name no world models or constrained decoding', () => {
    const ids = read('Requirements\n- Ability to model complex real-world systems and translate them into structured data solutions.\n- Skills in data analysis, insight generation and manipulation of structured and unstructured data sources.').skills.map((s) => s.id);
    expect(ids).not.toContain('model-based-rl');
    expect(ids).not.toContain('constrained-decoding');
    expect(read('Requirements\n- World models and structured generation with JSON mode').skills.map((s) => s.id)).toEqual(expect.arrayContaining(['model-based-rl', 'constrained-decoding']));
  });

  it('"Churn Analysis, Segmentation Analysis" names no image segmentation', () => {
    expect(read('Preferred\n- Experience in Forecasting, Churn Analysis, Segmentation Analysis and Deep Learning').skills.map((s) => s.id)).not.toContain('image-segmentation');
  });
});

describe('207. a postdoc\'s window of eligibility after the PhD', () => {
  it.each([['No more than 5-years post PhD'], ['Applicants must be within 3 years of completing their PhD'], ['Less than 4 years since PhD award']])('"%s" asks for no years', (line) => {
    expect(read(`Eligibility\n• Strong programming skills in Python\n• ${line}`).years).toBeNull();
  });

  it('"A PhD and 3 years of post-doctoral experience" still asks 3', () => {
    expect(read('Requirements\n• A PhD and 3 years of post-doctoral experience').years?.min).toBe(3);
  });
});

describe('208. the PhD student a post recruits, and the PhD programme it admits to', () => {
  it.each([
    ['KTH is recruiting a PhD student to develop Earth observation indicators.'],
    ['The University is hiring a PhD student within the Wallenberg Initiative in Forest Research.'],
    ['The student will be admitted to the PhD program in Environmental Engineering at KTH.'],
  ])('"%s" asks for no PhD', (line) => {
    expect(read(`About the position\n${line}\nKey qualifications\n* Strong quantitative skills, including statistics`).degree).toBeNull();
  });

  it('"A PhD in physics" still does', () => {
    expect(read('Key qualifications\n* A PhD in physics').degree?.level).toBe('phd');
  });
});

describe('209. "… and working in Unix-based environments" at the end of a list of experience', () => {
  it('asks for Unix; "a Unix-based company" does not', () => {
    expect(sectionsOf('Key qualifications include:\n- Experience with APIs, data integration, data visualization, and working in Unix-based environments.', ['unix'])).toEqual({ unix: 'required' });
    expect(sectionsOf('About us\nWe are a Unix-based company.\nRequirements\n- Python', ['unix'])).toEqual({ unix: 'other' });
  });
});

describe('210. "You will hold a relevant PhD" in an untitled posting', () => {
  it('asks for a PhD; a team "with a strong PhD background" does not', () => {
    expect(read('We are seeking a postdoctoral researcher to join the group.\n\nYou will hold a relevant PhD/DPhil or be near completion, together with relevant experience.').degree?.level).toBe('phd');
    expect(read('About us\nWe are a team with a strong PhD background.').degree).toBeNull();
  });
});

describe('211. a job file whose parts are YAML keys in camel case ("mustHaves: >-")', () => {
  const posting = 'title: Data Engineer\ntechStack:\n  - Databricks\nresponsibilities: >-\n  * Build pipelines in Python.\nmustHaves: >-\n  * Hands-on production experience with Snowflake.\n  * Strong Python and SQL.\nniceToHaves: "* Experience with Airflow."\nbenefits: |-\n  * Medical insurance';
  it('reads mustHaves as required and niceToHaves as preferred', () => {
    expect(sectionsOf(posting, ['snowflake', 'sql', 'airflow', 'databricks'])).toEqual({ snowflake: 'required', sql: 'required', airflow: 'preferred', databricks: 'other' });
  });
});

describe('212. "… is seeking applicants who can demonstrate … in one or more of the following research fields:" in a long sentence', () => {
  it('asks for the list after it', () => {
    const text = 'The professorship should focus on AI.\nIn order to supplement the existing expertise in machine learning and formal methods with complementary research competencies, the JKU is seeking applicants who can demonstrate outstanding research accomplishments and planned innovative research projects in one or more of the following research fields, such as:\n- Natural Language Processing\n- Robotics and Cyber-Physical Systems\nDeadline for application September 25, 2019.';
    expect(sectionsOf(text, ['nlp', 'robotics', 'machine-learning'])).toEqual({ nlp: 'required', robotics: 'required', 'machine-learning': 'other' });
  });
});

describe('213. a bracketed "(optional)" right after a name is about that name alone', () => {
  it('"tools like Airflow or dbt (optional)" wishes for dbt only; "Docker and Kubernetes (preferred)" for both', () => {
    expect(sectionsOf('Requirements\n- Understanding of ETL processes and scheduling tools like Airflow or dbt (optional).', ['etl', 'airflow', 'dbt'])).toEqual({ etl: 'required', airflow: 'required', dbt: 'preferred' });
    expect(sectionsOf('Requirements\n- Familiarity with ETL Tools such as DBT (preferred)', ['etl', 'dbt'])).toEqual({ etl: 'required', dbt: 'preferred' });
    expect(sectionsOf('Requirements\n- Experience with Docker and Kubernetes (preferred).', ['docker', 'kubernetes'])).toEqual({ docker: 'preferred', kubernetes: 'preferred' });
  });
});

describe('214. a careers page\'s "Minimum Qualifications..." heading with its paragraph run on after the ellipsis', () => {
  const html = '<p>Position Summary...\nYou will build search ranking models.</p>\n<p>Minimum Qualifications...\nOutlined below are the required minimum qualifications for this position.</p>\n<p>Option 1: Bachelors degree in Statistics and 5 years\' experience with SQL.</p>\n<p>Preferred Qualifications...\nOutlined below are the optional preferred qualifications for this position.</p>\n<p>Data science, Spark, Scala, or R</p>';
  it('reads the requirements and the wishes under their headings', () => {
    expect(sectionsOf(html, ['sql', 'spark', 'scala'])).toEqual({ sql: 'required', spark: 'preferred', scala: 'preferred' });
    expect(read(html).degree?.level).toBe('bachelor');
  });
  it('"Well... Python is everywhere" is no heading', () => {
    expect(sectionsOf('Requirements\n- SQL\nWell... Python is everywhere.', ['python'])).toEqual({ python: 'required' });
  });
});

describe('215. "a 2--3 year post-doc position" is how long a post lasts', () => {
  it('asks for no years; "3 years of post-doc experience" still does', () => {
    expect(read('About\nI will probably also have a 2--3 year post-doc position available, starting in early 2018.\nRequirements\n- Python').years).toBeNull();
    expect(read('Requirements\n- 3 years of post-doc experience').years?.min).toBe(3);
  });
});

describe('216. "CV is essential, links to GitHub/Kaggle … are very welcome": the résumé, by the links beside it', () => {
  it('names no computer vision; "CV is essential, NLP is a plus" in a list of asks still does', () => {
    expect(read('How to get in touch\nCV is essential, links to GitHub/Kaggle/your outstanding papers and projects are very welcome\nRequirements\n- Python').skills.map((s) => s.id)).not.toContain('computer-vision');
    expect(sectionsOf('Requirements\n- CV is essential, NLP is a plus\n- Python', ['computer-vision'])).toEqual({ 'computer-vision': 'required' });
  });
});

describe('218. items wrapped by hand with markdown hard breaks ("… backend and AI\\\\" / "workflows: Cloud Functions, …"), and "You understand …" as an ask', () => {
  const text = '**How will you make a difference?**\\\n● You have 5+ years of experience.\\\n● You are familiar with Google Cloud Platform (GCP) services used for backend and AI\\\nworkflows: Cloud Functions, Firestore, BigQuery, etc.\\\n● You understand or have hands-on experience with machine learning pipelines: downloading\\\nand evaluating models from Kaggle, performing basic fine-tuning, and applying feature\\\nengineering to improve model performance.\\\n';
  it('reads each wrapped item whole, as an ask', () => {
    expect(sectionsOf(text, ['firestore', 'bigquery', 'feature-engineering', 'fine-tuning'])).toEqual({ firestore: 'required', bigquery: 'required', 'feature-engineering': 'required', 'fine-tuning': 'required' });
  });
  it('"We understand that Python matters …" asks nothing', () => {
    expect(sectionsOf('About us\nWe understand that Python matters to our clients.', ['python'])).toEqual({ python: 'other' });
  });
});

describe('219. "10+ years engineering experience" beside "8+ years of developing, training and deploying ML models"', () => {
  it('takes the overall figure; a figure of an activity alone still stands', () => {
    expect(read('Required Skills:\n• Seasoned engineer with 10+ years engineering experience with a consistent track record of delivering complex software.\n• 8+ years of developing, training and deploying ML models.').years?.min).toBe(10);
    expect(read('Required Skills:\n• 8+ years of developing, training and deploying ML models.').years?.min).toBe(8);
    expect(read('Required Skills:\n• 6+ years of engineering experience.\n• 10+ years of consulting.').years?.min).toBe(6);
  });
});

describe('220. "You will graduate in fall 2026 … with a Master\'s or PhD degree": "graduate" the verb', () => {
  it('names no degree of its own; "Graduate in Statistics" still does', () => {
    expect(read('What We Look For\nYou will graduate in fall 2026 or spring 2027 with a Master\'s or PhD degree in a quantitative field (e.g., Statistics, Math)').degree?.level).toBe('master');
    expect(read('Requirements\n- Graduate in Statistics or Mathematics').degree?.level).toBe('bachelor');
  });
});

describe('222. "**Desired skill set:** This project will require …" as a posting\'s only list of skills', () => {
  it('asks for what it names, as "Desired skills:" alone does', () => {
    const text = '**Keywords:**  NLP, neurology\n\n**Desired skill set:**  This project focuses on neurology records.  When applying please highlight experience with Python and Docker.';
    expect(sectionsOf(text, ['python', 'docker'])).toEqual({ python: 'required', docker: 'required' });
  });
});

describe('223. a heading label\'s own words are no cue of the sentence it opens', () => {
  it('"**Desired skill set:** When applying please highlight any experience around PyTorch …" as the only list asks for PyTorch', () => {
    expect(sectionsOf('**Keywords:**  Synthetic, VAE\n\n**Desired skill set:**  When applying please highlight any experience around differential privacy, PyTorch, python coding experience', ['pytorch', 'python'])).toEqual({ pytorch: 'required', python: 'required' });
  });
  it('"Desired skills: Docker" beside a requirements list stays a wish', () => {
    expect(sectionsOf('Requirements\n- Python\nDesired skills: Docker and Kubernetes', ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('224. a qualifications list flattened without stops, with its wishes in the middle', () => {
  const text = "Qualifications & Experience… Bachelor's degree or greater, ideally in a quantitative field of study (Mathematics, Statistics, Computer Science, etc.) 3+ years of relevant experience in business intelligence, analytics, and/or data engineering, preferable in a media or marketing capacity Advanced ability to build reports and dashboards with BI tools (such as Looker or Tableau), significant experience with Looker a strong plus Proficiency in writing SQL";
  it('keeps each wish to its own clause', () => {
    expect(sectionsOf(text, ['data-engineering', 'tableau', 'sql'])).toEqual({ 'data-engineering': 'required', tableau: 'required', sql: 'required' });
  });
  it('", preferable with Airflow" wishes for what follows; "Spark is preferable." for what comes before', () => {
    expect(sectionsOf('Requirements\n- 3+ years of experience in data engineering, preferable with Airflow\n- Experience with Spark is preferable.', ['data-engineering', 'airflow', 'spark'])).toEqual({ 'data-engineering': 'required', airflow: 'preferred', spark: 'preferred' });
  });
});

describe('225. "Azure preferred (Data Factory, Synapse, Fabric)": the bracket after the cue shares it', () => {
  it('wishes for what the bracket names; "(AWS acceptable)" states its own', () => {
    expect(sectionsOf('Requirements\n• Python or similar\n• Cloud platforms: Azure preferred (Synapse, Fabric)', ['python', 'azure-synapse'])).toEqual({ python: 'required', 'azure-synapse': 'preferred' });
  });
});

describe('226. a list item that opens with an order names the skill as its -ing form does', () => {
  const ids = (text: string) => read(text).skills.map((s) => s.id);
  it.each([
    ['Responsibilities:\n- Deploy models to production', 'model-deployment'],
    ['What you will do\n• Monitor models in production', 'model-monitoring'],
    ['What you will do\n• Label training data', 'data-labeling'],
    ['Responsibilities:\n- Clean and analyze large datasets', 'data-cleaning'],
    ['Responsibilities:\n- Identify, extract, clean and analyse data as part of knowledge discovery', 'data-cleaning'],
    ['Responsibilities: Build dashboards • Deploy models to production • Write reports', 'model-deployment'],
  ])('%j reads %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it('not a verb inside a list of names: "Experience with Python, clean code and tests"', () => {
    expect(ids('Requirements:\n- Experience with Python, clean code and tests')).not.toContain('data-cleaning');
  });
  it('two orders joined by "and" share no head: "Collect data and train models" is no data modelling', () => {
    expect(ids('Responsibilities:\n- Collect data and train models')).not.toContain('data-modeling');
    expect(ids('Responsibilities:\n- Participate in code and design reviews')).toContain('code-review');
  });
  it('not a capitalised word after a bullet that is a name: "• Label Studio" is no data labelling', () => {
    expect(ids('Tools: Python • Label Studio • Docker')).not.toContain('data-labeling');
  });
});

describe('227. "Required: Python | Preferred: AWS": a cue with a colon labels what follows it', () => {
  const blurb = 'Acme Corp is a fast-growing company building data products for retailers across Europe.';
  it.each([['|'], [','], ['/'], ['–']])('joined by %j', (sep) => {
    expect(sectionsOf(`${blurb} Data Engineer. Required: Python ${sep} Preferred: AWS`, ['python', 'aws'])).toEqual({ python: 'required', aws: 'preferred' });
  });
  it('"Python (preferred)" and "Docker preferred" still wish for what stands before', () => {
    expect(sectionsOf(`${blurb}\nRequirements\n- SQL\n- Python (preferred)\n- Docker preferred`, ['sql', 'python', 'docker'])).toEqual({ sql: 'required', python: 'preferred', docker: 'preferred' });
  });
});

describe('228. "We need:" heads what the posting asks for', () => {
  it.each([['We need:'], ['We need you to have:'], ['We require:']])('%s', (heading) => {
    expect(sectionsOf(`Acme Corp builds data products for retailers.\n${heading}\n- Python\nDesired: Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('229. two inline headings on a short line of their own', () => {
  it('"Skills required: Python, SQL. Skills preferred: Docker."', () => {
    expect(sectionsOf('Data Engineer\nSkills required: Python, SQL. Skills preferred: Docker.', ['python', 'sql', 'docker'])).toEqual({ python: 'required', sql: 'required', docker: 'preferred' });
  });
});

describe('230. "Scala is not required but would help" wishes for Scala', () => {
  it.each([['Scala is not required but would help'], ['Scala is not required, but helps'], ['Scala: not mandatory but can really help']])('%s', (item) => {
    expect(sectionsOf(`Requirements:\n- Python\n- ${item}`, ['python', 'scala'])).toEqual({ python: 'required', scala: 'preferred' });
  });
});

describe('231. "It\'d be cool if you\'ve used Scala" wishes for what follows', () => {
  it.each([["It'd be great if you have used Scala"], ["It would be cool if you've used Scala"], ['Cool if you know Scala']])('%s', (item) => {
    expect(sectionsOf(`Requirements:\n- Python\n- ${item}`, ['python', 'scala'])).toEqual({ python: 'required', scala: 'preferred' });
  });
});

describe('232. a base form after "will", "can", "should" …, and each base form joined to a verb, names its skill', () => {
  const ids = (text: string) => read(text).skills.map((s) => s.id);
  it.each([
    ['Responsibilities:\n- You will deploy models to production', ['model-deployment']],
    ["Responsibilities:\n- You'll train and deploy models", ['model-training', 'model-deployment']],
    ['Requirements:\n- Ability to train and deploy ML models', ['model-training', 'model-deployment']],
    ['Requirements:\n- You should also monitor models in production', ['model-monitoring']],
  ])('%j', (text, want) => {
    expect(ids(text)).toEqual(expect.arrayContaining(want));
  });
});

describe('233. models taken "into production" are deployed, whatever the verb', () => {
  it.each([['Experience getting models into production'], ['Experience shipping models to production'], ['You will bring ML models into production']])('%s', (item) => {
    const ids = read(`Requirements:\n- ${item}`).skills.map((s) => s.id);
    expect(ids).toContain('model-deployment');
  });
});

describe('234. a heading after an arrow, a square or a number', () => {
  it.each([['1. Requirements', '2. Nice to have'], ['► Requirements', '► Nice to have'], ['■ Qualifications', '■ Preferred']])('%s … %s', (req, pref) => {
    expect(sectionsOf(`Acme Corp builds data products for retailers.\n${req}\n- Python\n${pref}\n- Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
  it('a numbered item is no heading: "1. Python 2. Nice to have: Docker" keeps the list', () => {
    expect(sectionsOf('Requirements\n1. Python\n2. Nice to have: Docker\n3. SQL', ['python', 'docker', 'sql'])).toEqual({ python: 'required', docker: 'preferred', sql: 'required' });
  });
});

describe('235. nice-to-have headings in a sentence\'s words', () => {
  it.each([['You might also bring'], ['The skills that would help'], ['What would be nice'], ['Additional Preferences'], ['Preferred Education & Experience']])('%s', (heading) => {
    expect(sectionsOf(`Acme Corp builds data products for retailers.\nRequirements\n- Python\n${heading}\n- Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('236. "writing Go", "You write Rust": a language one writes is a language', () => {
  it.each([['Experience writing Go', 'go'], ['You write Rust every day', 'rust'], ['Experience writing idiomatic Go', 'go']])('%s', (item, id) => {
    expect(read(`Requirements:\n- ${item}`).skills.map((s) => s.id)).toContain(id);
  });
  it('"Ready to go the extra mile" is still no Go', () => {
    expect(read('Requirements:\n- Ready to go the extra mile\n- Python').skills.map((s) => s.id)).not.toContain('go');
  });
});

describe('237. an order after an order and its object: "Collect data and train models"', () => {
  const idsOf = (text: string) => read(text).skills.map((s) => s.id);
  it.each([
    ['Requirements:\n- Collect data and train models', ['model-training']],
    ['Requirements:\n- Label data and monitor models in production', ['data-labeling', 'model-monitoring']],
    ['You will collect data, train models and evaluate them.', ['model-training']],
    ['Responsibilities:\n- Design test plans and train models', ['model-training']],
    ['- collect data, train and evaluate models', ['model-training', 'model-evaluation']],
  ])('%j', (text, want) => {
    expect(idsOf(text)).toEqual(expect.arrayContaining(want));
  });
  it('a statement is no order: "We collect data and train models for our clients." names none', () => {
    expect(idsOf('We collect data and train models for our clients.')).not.toContain('model-training');
  });
});

describe('238. a past form after a clause of its own, or after "I" / "we": "Collected sensor data, trained models"', () => {
  const idsOf = (text: string) => read(text).skills.map((s) => s.id);
  it.each([
    ['- Collected sensor data, trained models and deployed them', 'model-training'],
    ['I collected data and trained models at Acme.', 'model-training'],
    ['We trained models on clinical notes.', 'model-training'],
  ])('%s', (text, id) => {
    expect(idsOf(text)).toContain(id);
  });
  it('a past form that describes is still no verb: "We maintain deployed models and data."', () => {
    expect(idsOf('We maintain deployed models and data.')).not.toContain('model-deployment');
  });
});

describe('239. a flattened heading whose bracket names the section: "What you\'ll need to thrive (Requirements) …"', () => {
  const blurb = 'Acme builds software for restaurants and their guests across the country.';
  it.each([
    [`${blurb} What you'll need to thrive (Requirements) Experience with Python and SQL. Special Sauce* (Nonessential Skills/Nice to Haves) Experience with Docker. Benefits include health care.`],
    [`${blurb} A day in the life (Responsibilities) Ship dashboards weekly. Who you are (qualifications) 3+ years with Python and SQL. Even better (Nice to Haves) Docker experience. We offer lunch.`],
    [`${blurb} Our wish list (Requirements) Experience with Python and SQL. Bonus points (Preferred Qualifications) Experience with Docker.`],
  ])('%s', (text) => {
    expect(sectionsOf(text, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
  it('a tier a single item carries in brackets heads nothing: "Python (Required) Docker (Preferred) …"', () => {
    expect(sectionsOf(`${blurb} Requirements: Python (Required) Docker (Preferred) SQL (Required) and more to come.`, ['python', 'docker', 'sql']))
      .toEqual({ python: 'required', docker: 'preferred', sql: 'required' });
  });
  it('a bracket after a list\'s item names no section: "We use AWS (Amazon Web Services) Every day …"', () => {
    expect(sectionsOf('Acme builds software for restaurants. We use AWS (Amazon Web Services) Every day our Python engineers ship code. Requirements: Python', ['python'])).toEqual({ python: 'required' });
  });
});

describe('240. "Also great", "Also nice", "Great if you have": nice-to-have headings', () => {
  it.each([['*Also great*'], ['Also nice'], ['Also welcome:'], ['**Also good**'], ['Great if you have:'], ['Also a plus:']])('%s', (heading) => {
    expect(sectionsOf(`Acme builds data tools for retailers.\nRequirements\n- Python\n${heading}\n- Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('241. "Application Process:", "Environment:" end the nice-to-haves', () => {
  it('the institute\'s blurb under "Environment:" after "Application Process:" is no wish', () => {
    const text = 'Acme builds data tools for retailers.\nRequirements\n- Python\nPreferred Skills:\n- Docker\nApplication Process:\nEmail a CV.\nEnvironment:\nThe institute brings together experts in neuroscience.';
    expect(sectionsOf(text, ['python', 'docker', 'neuroscience'])).toEqual({ python: 'required', docker: 'preferred', neuroscience: 'other' });
  });
});

describe('242. qualities joined before the object: "deploy scalable and reproducible data science models"', () => {
  const idsOf = (text: string) => read(text).skills.map((s) => s.id);
  it.each([
    ['Requirements:\n- Ability to develop and deploy scalable and reproducible data science models', 'model-deployment'],
    ['Requirements:\n- Experience training robust, efficient and accurate models', 'model-training'],
  ])('%s', (text, id) => {
    expect(idsOf(text)).toContain(id);
  });
  it('a quality does not carry the verb to another object: "Deploy scalable and reliable pipelines for models" deploys pipelines', () => {
    expect(idsOf('Requirements:\n- Deploy scalable and reliable pipelines for models')).not.toContain('model-deployment');
  });
});

describe('243. "You have successfully completed your studies in …" names a degree', () => {
  it.each([
    ['You have successfully completed your studies in (Business) Informatics'],
    ['You have completed your university studies in physics'],
  ])('%s', (line) => {
    expect(read(`Your profile\n- ${line}\n- Very good knowledge of SQL`).degree).toMatchObject({ level: 'bachelor', section: 'required' });
  });
  it('a story of one\'s studies is none: "After you completed your studies you joined us"', () => {
    expect(read('About us\nAfter you completed your studies you joined us, and so on.').degree).toBeNull();
  });
});

describe('244. "Mandatory Skills: Python, SQL" heads the requirements, its list on the same line', () => {
  it.each([['Mandatory Skills: Python, SQL.'], ['Mandatory Skills : Python, SQL.'], ['Mandatory Skills :- Python, SQL.'], ['Mandatory Skills/Experience :- Python, SQL.']])('%s', (line) => {
    expect(sectionsOf(`Acme builds tools.\n${line}\nGood to have : Docker`, ['python', 'docker'])).toEqual({ python: 'required', docker: 'preferred' });
  });
});

describe('245. headings glued to the words around them in a flattened posting', () => {
  it.each([
    ['RequirementsMinimum requirementsExperience with Python on large datasets and data mining conceptsNice-to-havesKnowledge of Docker would help usExperience in leading teams', { python: 'required', docker: 'preferred' }],
    ['Acme builds tools. Mandatory Skills : Python, SQL.Good to have : Docker, Cloud etcNotice Period : Immediate - 30 daysResponsibilities : - Build pipelines in Airflow.', { python: 'required', docker: 'preferred', airflow: 'other' }],
    ['Acme builds tools. Mandatory Skills/Experience :- Python skills and experience- BI skillsDesirable/Preferred Skills :- Docker skills and experience to code level', { python: 'required', docker: 'preferred' }],
  ])('%s', (text, want) => {
    expect(sectionsOf(text, Object.keys(want))).toEqual(want);
  });
});

describe('246. a field\'s adjective before "analysis" names the field: "econometric analysis"', () => {
  it.each([['We combine survey protocols and econometric analysis to validate the findings.', 'econometrics'], ['Experience in phylogenetic analysis', 'phylogenetics']])('%s', (text, id) => {
    expect(read(`Requirements:\n- ${text}`).skills.map((s) => s.id)).toContain(id);
  });
});

describe('247. a plus before the figure in brackets: "an experienced ML engineer (+3 years)"', () => {
  it.each([['We are looking for an experienced ML engineer (+3 years) to work on our inference systems.'], ['Requirements:\n- Experienced engineer (+3 years)']])('%s', (text) => {
    expect(read(text).years?.min).toBe(3);
  });
  it('an employer\'s size in brackets is no experience: "Our company (+300 employees) is growing."', () => {
    expect(read('Our company (+300 employees) is growing. We need a data scientist.').years).toBeNull();
  });
});

describe('248. what an application asks for is no skill asked of the candidate', () => {
  it.each([['## Application'], ['## How to apply'], ['Applications:']])('%s', (heading) => {
    const text = `## Profile\n* experience with deep learning is a plus.\n\n${heading}\nPlease apply here. You should supply a motivation letter, your CV, a list of courses you have followed including online courses on deep learning and similar topics.`;
    expect(sectionsOf(text, ['deep-learning'])).toEqual({ 'deep-learning': 'preferred' });
  });
});

describe('249. "Exceptional candidates will have" heads the nice-to-haves', () => {
  it.each([['Exceptional Candidates Will Have...'], ['Exceptional candidates will also have:'], ['Outstanding applicants will have:']])('%s', (heading) => {
    expect(sectionsOf(`Acme builds apps.\nRequirements:\n- Python\n${heading}\n- BigQuery`, ['python', 'bigquery'])).toEqual({ python: 'required', bigquery: 'preferred' });
  });
});

describe('250. in a list flattened with runs of spaces, "ideally" ends with its item', () => {
  it.each([
    ['Acme builds apps for learners.  Requirements:   5+ years of experience in analytics, ideally within a finance team  Expert-level skills in SQL and statistics'],
    ['Acme builds apps for learners.\nRequirements:\n5+ years of experience in analytics, ideally within a finance team  Expert-level skills in SQL and statistics'],
  ])('%s', (text) => {
    expect(sectionsOf(text, ['sql'])).toEqual({ sql: 'required' });
  });
  it('a single space does not end it: "ideally with Docker and Kubernetes" wishes for both', () => {
    expect(sectionsOf('Acme builds apps.\nRequirements:\n- Python, ideally with Docker and Kubernetes', ['python', 'docker', 'kubernetes'])).toEqual({ python: 'required', docker: 'preferred', kubernetes: 'preferred' });
  });
});

describe('251. a lead-in ending on an ellipsis in a flattened posting: "…   Exceptional Candidates Will Have...   Experience with BigQuery"', () => {
  it('heads what follows', () => {
    expect(sectionsOf('Acme builds apps for learners.  Requirements:   Expert-level skills in SQL and statistics   Exceptional Candidates Will Have...   Experience with BigQuery', ['sql', 'bigquery']))
      .toEqual({ sql: 'required', bigquery: 'preferred' });
  });
});
