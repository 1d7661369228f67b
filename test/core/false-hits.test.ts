// False hits by class, each from a line of a tune CV or posting (or a sentence written to show the
// class), read with the real taxonomy: an acronym's final "S" dropped as a plural, a camel-case
// name written in capitals, an ambiguous acronym joined to a number, a multi-word name at the tail
// of a proper name, an organisation's "control system", "calculus" as computation, and names that
// were aliases of a different tool (Firebase, UCSF Chimera) or of a broader field (spectral analysis).
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const ids = (text: string) => new Set(realEngine().extract(text).skills.map((s) => s.id));

describe('not a skill', () => {
  it.each([
    // An acronym ending in "S" read without it: a grade average is not GWAS.
    ['Magna Cum Laude (GWA 1.262/1.000)', 'gwas'],
    ['Survey data for GWA projects in Rwanda.', 'gwas'],
    // "MoE" is mixture of experts; "MOE" is a ministry or the Molecular Operating Environment.
    ['Visualization/Interactions – PyMOL, MOE, VMD, UCSF Chimera, BIOVIA DS', 'mixture-of-experts'],
    ['Partnered with the MOE (Ministry of Education) on school analytics.', 'mixture-of-experts'],
    // An ambiguous acronym joined to a number by a hyphen names something else.
    ['Opportunities for Equity-Guided Improvement in GLP-1 Agonist Prescribing in VA', 'gxp'],
    // The tail of a proper name written in capitals.
    ['Senior AI Researcher, Aleph Alpha Research', 'algorithmic-trading'],
    ['Teaching and Learning Coordinator: Economic and Management Sciences | Centre for Teaching and Learning', 'operations-research'],
    // A system that controls something in an organisation is not control theory.
    ['Economic state and business planning in the automated business control system implementation', 'control-theory'],
    ['Set up the access control systems for the new building.', 'control-theory'],
    // "calculus" as computation.
    ['Python, R, and/or Scala, with preference for distributed calculus tools (e.g. Apache Spark)', 'calculus'],
    // Plain words joined into a product name.
    ['Maintaining the underlying SQL/Databricks data flows powering uninterrupted billing.', 'dataflow'],
    ['Orchestrated seamless data flow from S3 to RDBMS using Lambda.', 'dataflow'],
    // Names that were aliases of another skill.
    ['Adobe Creative Cloud, Capcut, Firebase, AWS, Google Analytics.', 'firestore'],
    ['Visualization/Interactions – PyMOL, MOE, VMD, UCSF Chimera, BIOVIA DS', 'chimerax'],
    ['Spectral analysis of EEG recordings in MATLAB.', 'fourier-analysis'],
  ])('%s (%s)', (text, id) => {
    expect(ids(text).has(id)).toBe(false);
  });
});

describe('still the skill', () => {
  it.each([
    ['Run GWAS and fine-mapping on UK Biobank data.', 'gwas'],
    ['Experience with GWAS, TWAS and PheWAS.', 'gwas'],
    ['We train MoE models and dense transformers at scale.', 'mixture-of-experts'],
    ['Experience with sparse MoE architectures, RLHF and PyTorch.', 'mixture-of-experts'],
    ['Work under GLP and GMP in a regulated lab.', 'gxp'],
    ['Quant researcher: alpha research and backtesting in Python.', 'algorithmic-trading'],
    ['Knowledge of control systems, PID control and state estimation.', 'control-theory'],
    ['Coursework in multivariable calculus and linear algebra.', 'calculus'],
    ['Build batch and streaming pipelines with Dataflow and BigQuery.', 'dataflow'],
    ['Built apps on Firebase and Cloud Firestore.', 'firebase'],
    ['Built apps on Firebase and Cloud Firestore.', 'firestore'],
    ['Visualised structures in Chimera and PyMOL.', 'ucsf-chimera'],
    ['Experience with UCSF ChimeraX.', 'chimerax'],
    ['Spectral analysis of EEG recordings in MATLAB.', 'spectral-analysis'],
    ['Built a logistic model for prediction modeling using readmission data', 'predictive-modeling'],
  ])('%s (%s)', (text, id) => {
    expect(ids(text).has(id)).toBe(true);
  });
});

describe('a line that opens with a past form names the action (a CV bullet)', () => {
  it.each([
    ['- Cleaned and tidied data with Pandas and Numpy', 'data-cleaning'],
    ['Deployed models to production on Kubernetes.', 'model-deployment'],
  ])('%s (%s)', (text, id) => {
    expect(ids(text).has(id)).toBe(true);
  });

  it('not after a word: "maintain deployed models" describes the models', () => {
    expect(ids('We maintain deployed models for clients.').has('model-deployment')).toBe(false);
  });
});

describe('the limits of those rules', () => {
  it.each([
    // A tool's acronym joined to a number is its version.
    ['Robotics stack: ROS-2, Gazebo, MoveIt and C++.', 'ros'],
    // A longer stylised name shouted in capitals is still the name.
    ['Tools: LATEX, Git, Python, MATLAB', 'latex'],
  ])('%s (%s)', (text, id) => {
    expect(ids(text).has(id)).toBe(true);
  });
});

// Classes from a probe of postings from sources the corpus does not use (sentences written here
// after their wording): a field among the departments a role works with, the employer's use of
// AI in hiring, a waiver of experience, optimization of software or hardware, a health plan.
describe('named, but not as a skill', () => {
  it.each([
    ['Responsibilities:\n- Partner with Product, Data Science, and Engineering to define metrics.', 'data-science'],
    ['Responsibilities:\n- Collaborate with partners across product, software engineering, business intelligence, and operations.', 'business-intelligence'],
    ['Responsibilities:\n- Be multifunctional in areas such as Data Science, Marketing, Finance.', 'data-science'],
    ["Responsibilities:\n- You'll work closely with Product, Operations, Payment, Finance, Risk, and Data Engineering", 'data-engineering'],
    ['Responsibilities:\n- Partner effectively with Data Engineering and Product', 'data-engineering'],
    ['Requirements:\n- Python\nWe may use artificial intelligence (AI) tools to support parts of the hiring process, such as reviewing applications.', 'artificial-intelligence'],
    ['Requirements:\n- Python\n- No previous experience in AI or data labeling required.', 'data-labeling'],
    ['Requirements:\n- Experience with memory optimization, quantization, and/or sparsity', 'optimization'],
    ['Requirements:\n- CPU optimization methods (e.g. SIMD instructions)', 'optimization'],
    ['Benefits:\n- Aetna PPO and HSA plans', 'ppo'],
    ['Benefits:\n- A PPO plan with a low deductible', 'ppo'],
    ['We are a software R&D team in Berlin.', 'r'],
    ['Thanks to Python, and Ray Smith for the help.', 'ray'],
    // The alternative turned down.
    ['Requirements:\n- Implement concepts in SQL, Python and Rust rather than Powerpoint', 'powerpoint'],
    ['Requirements:\n- Use Python instead of Excel for the analysis', 'excel'],
    // A list of an organisation's departments names departments.
    ['The faculty has different departments including paleontology, molecular and evolutionary biology, zoology and botany.', 'evolutionary-biology'],
    ['The faculty has different departments including paleontology, molecular and evolutionary biology, zoology and botany.', 'molecular-biology'],
    // A database of things is a collection the employer has, not the skill.
    ['About us: backed by an extensive database of diner and restaurant information.', 'databases'],
  ])('%s (%s)', (text, id) => {
    expect(ids(text).has(id)).toBe(false);
  });

  it.each([
    // A list of fields, not of departments, and no working with others.
    ['Requirements:\n- Knowledge of statistics, data science, and engineering', 'data-science'],
    ['We offer the chance to work with leading technologies both in IT and computational biology.', 'computational-biology'],
    ['You will partner with data engineering and analytics engineering.', 'analytics-engineering'],
    // Tools that serve hiring, built by the candidate, are still asked.
    ['Requirements:\n- You will build ML models that screen applicants in the hiring process.', 'machine-learning'],
    ['Requirements:\n- Numerical optimization and linear algebra', 'optimization'],
    ['Requirements:\n- Experience with RLHF, PPO or DPO', 'ppo'],
    // A one-letter language named as the software it is.
    ['Requirements:\n- Proficiency in the statistical analysis software R.', 'r'],
    // A first name that is a tool, ending a list flattened into the next ask.
    ['Requirements:\n- Experience with PyTorch, CUDA, and Ray Familiarity with Kubernetes', 'ray'],
    ['Requirements:\n- Experience designing databases for high-volume writes', 'databases'],
    ['Requirements:\n- Rather than just Python, you also know SQL', 'python'],
    // Core facilities named by their technique, and fields asked by example, are not departments.
    ['We work with core units like the NGS, flow cytometry and mass spectrometry core.', 'mass-spectrometry'],
    ['Requirements:\n- Lab experience in areas such as molecular biology or genetics', 'molecular-biology'],
  ])('still the skill: %s (%s)', (text, id) => {
    expect(ids(text).has(id)).toBe(true);
  });
});

describe('a conjunction is no first word of a name', () => {
  it('"ecommerce or tools such as Google Analytics" names no OR-Tools; "OR-Tools" and "OR tools" do', () => {
    const ids = (t: string) => realEngine().extract(`Requirements\n- ${t}`).skills.map((x) => x.id);
    expect(ids('Familiarity with ecommerce or tools such as Google Analytics')).not.toContain('or-tools');
    expect(ids('Experience with OR-Tools or Gurobi')).toContain('or-tools');
    expect(ids('Experience with OR tools such as Gurobi')).toContain('or-tools');
  });
});
