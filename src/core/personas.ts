// Example profiles of people the seeds describe: the onboarding's "start from an
// example", and fixtures for tests of match/advise/radar. Skill ids are taxonomy ids
// (data/skills.json); a test checks that every one of them exists.
import type { Profile } from './schema';

export interface Persona {
  id: string;
  label: string;
  /** The seed (shared/seeds/) the person is drawn from. */
  seed: string;
  profile: Profile;
}

const base = { version: 2 as const, updated: 0 };

/**
 * Seed 003 ("STEM PhD's transitioning to MLE/Data": wet-lab biology PhDs who moved into
 * ML after a postdoc) and seed 001 (a molecular biologist who learned ML through lab
 * image tracking and curve fitting). Deep learning on microscopy images, R for stats.
 */
export const phdBiologist: Persona = {
  id: 'phd-biologist',
  label: 'Molecular biologist, PhD',
  seed: '003_dc355a15d9ddd967 (with 001_91e8ea1269a1be39)',
  profile: {
    ...base,
    skills: [
      { id: 'molecular-biology', level: 'strong' },
      { id: 'cell-biology', level: 'strong' },
      { id: 'microscopy', level: 'strong' },
      { id: 'crispr', level: 'working' },
      { id: 'statistics', level: 'working' },
      { id: 'r', level: 'working' },
      { id: 'ggplot2', level: 'working' },
      { id: 'python', level: 'working' },
      { id: 'pytorch', level: 'working' },
      { id: 'image-processing', level: 'working' },
      { id: 'numpy', level: 'learning' },
      { id: 'git', level: 'learning' },
    ],
    education: { level: 'phd', field: 'Molecular biology' },
    years: 2,
    background: 'life-sciences',
    targets: ['computational-biologist', 'ml-engineer'],
    domains: ['biology', 'ageing'],
    constraints: { hoursPerWeek: 8, budget: 'low', fullTimeStudy: false, relocation: true },
  },
};

/**
 * Seed 003: a physics PhD ("strong math/stats background eases transition"; coding from
 * research, simulation on a cluster), aiming at research or data-science roles.
 */
export const physicist: Persona = {
  id: 'physicist',
  label: 'Physicist, PhD',
  seed: '003_dc355a15d9ddd967',
  profile: {
    ...base,
    skills: [
      { id: 'python', level: 'strong' },
      { id: 'numpy', level: 'strong' },
      { id: 'scipy', level: 'working' },
      { id: 'cpp', level: 'working' },
      { id: 'linear-algebra', level: 'strong' },
      { id: 'probability', level: 'strong' },
      { id: 'statistics', level: 'strong' },
      { id: 'numerical-methods', level: 'strong' },
      { id: 'monte-carlo-methods', level: 'strong' },
      { id: 'differential-equations', level: 'strong' },
      { id: 'high-performance-computing', level: 'working' },
      { id: 'linux', level: 'working' },
      { id: 'git', level: 'working' },
      { id: 'matlab', level: 'working' },
      { id: 'machine-learning', level: 'learning' },
    ],
    education: { level: 'phd', field: 'Physics' },
    years: 1,
    background: 'physics',
    targets: ['research-scientist', 'data-scientist'],
    domains: ['physics'],
    constraints: { hoursPerWeek: 10, budget: 'free', fullTimeStudy: false, relocation: true },
  },
};

/**
 * Seed 002 ("How to Get a Career in Machine Learning": a data analyst in a large
 * company, told to seek ML work and internal training where they are).
 */
export const dataAnalyst: Persona = {
  id: 'data-analyst',
  label: 'Data analyst',
  seed: '002_cf3fc5d76443f3ef',
  profile: {
    ...base,
    skills: [
      { id: 'sql', level: 'strong' },
      { id: 'excel', level: 'strong' },
      { id: 'tableau', level: 'working' },
      { id: 'data-visualization', level: 'strong' },
      { id: 'statistics', level: 'working' },
      { id: 'a-b-testing', level: 'working' },
      { id: 'python', level: 'learning' },
      { id: 'pandas', level: 'learning' },
      { id: 'data-cleaning', level: 'working' },
    ],
    education: { level: 'bachelor', field: 'Economics' },
    years: 4,
    background: 'data-analysis',
    targets: ['data-scientist'],
    domains: ['retail'],
    constraints: { hoursPerWeek: 6, budget: 'low', fullTimeStudy: false, relocation: false },
  },
};

/**
 * Seed 004 ("How to jumpstart a career in machine learning": software engineers who
 * want to do ML and need something that sets them apart).
 */
export const softwareEngineer: Persona = {
  id: 'software-engineer',
  label: 'Software engineer',
  seed: '004_902783d1641ac4af',
  profile: {
    ...base,
    skills: [
      { id: 'python', level: 'strong' },
      { id: 'java', level: 'strong' },
      { id: 'software-engineering', level: 'strong' },
      { id: 'data-structures-and-algorithms', level: 'strong' },
      { id: 'git', level: 'strong' },
      { id: 'linux', level: 'strong' },
      { id: 'sql', level: 'working' },
      { id: 'postgresql', level: 'working' },
      { id: 'docker', level: 'working' },
      { id: 'kubernetes', level: 'working' },
      { id: 'aws', level: 'working' },
      { id: 'ci-cd', level: 'working' },
      { id: 'distributed-systems', level: 'working' },
      { id: 'microservices', level: 'working' },
      { id: 'machine-learning', level: 'learning' },
    ],
    education: { level: 'bachelor', field: 'Computer science' },
    years: 6,
    background: 'software-engineering',
    targets: ['ml-engineer', 'mlops-engineer'],
    domains: [],
    constraints: { hoursPerWeek: 6, budget: 'high', fullTimeStudy: false, relocation: false },
  },
};

/**
 * Seed 002, whose author is a product manager working with data scientists on data
 * products: A/B tests, dashboards, SQL — aiming at an ML product role.
 */
export const productManager: Persona = {
  id: 'product-manager',
  label: 'Product manager',
  seed: '002_cf3fc5d76443f3ef',
  profile: {
    ...base,
    skills: [
      { id: 'a-b-testing', level: 'working' },
      { id: 'sql', level: 'working' },
      { id: 'excel', level: 'strong' },
      { id: 'agile', level: 'strong' },
      { id: 'jira', level: 'strong' },
      { id: 'data-visualization', level: 'working' },
      { id: 'looker', level: 'working' },
      { id: 'machine-learning', level: 'learning' },
    ],
    education: { level: 'bachelor', field: 'Business administration' },
    years: 7,
    background: 'product',
    targets: ['ml-product-manager', 'data-analyst'],
    domains: ['e-commerce'],
    constraints: { hoursPerWeek: 4, budget: 'low', fullTimeStudy: false, relocation: false },
  },
};

/**
 * Seed 000 ("First job transitioning into Machine-learning", r/bioinformatics): the
 * author — MSc, about 3 years as a bioinformatic scientist, NGS analysis and software,
 * a quarter of the time on ML; wants a primarily ML/DL role in chemistry or biology.
 */
export const bioinformatician: Persona = {
  id: 'bioinformatician',
  label: 'Bioinformatician, MSc',
  seed: '000_a488bd9b1a03a89a',
  profile: {
    ...base,
    skills: [
      { id: 'python', level: 'strong' },
      { id: 'bioinformatics', level: 'strong' },
      { id: 'ngs', level: 'strong' },
      { id: 'genomics', level: 'strong' },
      { id: 'rna-seq', level: 'working' },
      { id: 'pandas', level: 'strong' },
      { id: 'numpy', level: 'working' },
      { id: 'bash', level: 'strong' },
      { id: 'linux', level: 'working' },
      { id: 'git', level: 'working' },
      { id: 'snakemake', level: 'working' },
      { id: 'r', level: 'working' },
      { id: 'software-engineering', level: 'working' },
      { id: 'statistics', level: 'working' },
      { id: 'machine-learning', level: 'working' },
      { id: 'scikit-learn', level: 'working' },
      { id: 'deep-learning', level: 'learning' },
      { id: 'pytorch', level: 'learning' },
    ],
    education: { level: 'master', field: 'Bioinformatics' },
    years: 3,
    background: 'life-sciences',
    targets: ['ml-engineer', 'computational-biologist', 'applied-scientist'],
    domains: ['biology', 'chemistry'],
    constraints: { hoursPerWeek: 6, budget: 'low', fullTimeStudy: false, relocation: false },
  },
};

export const personas: readonly Persona[] = [phdBiologist, physicist, dataAnalyst, softwareEngineer, productManager, bioinformatician];
