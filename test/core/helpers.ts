// Small, hand-made inputs for the core tests: a taxonomy with real implication chains,
// a Requirements builder, and profiles. Real data files are loaded separately.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Paths, Taxonomy, type Profile, type Requirements, type Section, type SkillCategory, type SkillLevel,
} from '../../src/core/schema';
import { emptyProfile } from '../../src/core/profile';
import { createEngine, type Engine } from '../../src/core/engine';

const skill = (id: string, name: string, category: SkillCategory, implies: string[] = [], aliases: string[] = []) =>
  ({ id, name, category, aliases, implies });

export const taxonomy: Taxonomy = {
  version: 1,
  skills: [
    skill('python', 'Python', 'language'),
    skill('sql', 'SQL', 'language'),
    skill('r', 'R', 'language'),
    skill('cuda', 'CUDA', 'language', ['gpu-programming']),
    skill('gpu-programming', 'GPU programming', 'method'),
    skill('artificial-intelligence', 'Artificial intelligence', 'method'),
    skill('machine-learning', 'Machine learning', 'method', ['artificial-intelligence'], ['ML']),
    skill('deep-learning', 'Deep learning', 'method', ['machine-learning'], ['DL']),
    skill('pytorch', 'PyTorch', 'framework', ['deep-learning'], ['torch']),
    skill('tensorflow', 'TensorFlow', 'framework', ['deep-learning'], ['TF2']),
    skill('jax', 'JAX', 'framework', ['deep-learning']),
    skill('scikit-learn', 'scikit-learn', 'framework', ['machine-learning', 'python'], ['sklearn']),
    skill('pandas', 'pandas', 'framework', ['python']),
    skill('statistics', 'Statistics', 'math'),
    skill('docker', 'Docker', 'mlops'),
    skill('kubernetes', 'Kubernetes', 'mlops', [], ['k8s']),
    skill('aws', 'AWS', 'cloud'),
    skill('spark', 'Apache Spark', 'data-engineering'),
    skill('genomics', 'Genomics', 'domain'),
    skill('ngs', 'NGS', 'domain', ['genomics']),
    skill('molecular-biology', 'Molecular biology', 'domain'),
    skill('microscopy', 'Microscopy', 'domain'),
    skill('llms', 'LLMs', 'method', ['nlp']),
    skill('nlp', 'NLP', 'method', ['machine-learning']),
    skill('mlops', 'MLOps', 'mlops', ['machine-learning']),
    skill('java', 'Java', 'language'),
    skill('git', 'Git', 'tool'),
  ],
};
export const names = new Map(taxonomy.skills.map((s) => [s.id, s.name]));
export const nameOf = (id: string) => names.get(id) ?? id;

/** A requirement: id, or [id, section], or [id, section, group]. */
type Ask = string | [string, Section] | [string, Section, string];

export function req(
  asks: Ask[],
  extra: Partial<Pick<Requirements, 'years' | 'degree' | 'seniority'>> = {},
  tax: Taxonomy = taxonomy,
): Requirements {
  const defs = new Map(tax.skills.map((s) => [s.id, s]));
  return {
    skills: asks.map((a) => {
      const [id, section, group] = typeof a === 'string' ? [a, 'required' as Section, null] : [a[0], a[1], a[2] ?? null];
      const d = defs.get(id);
      if (!d) throw new Error(`test taxonomy has no ${id}`);
      return { id, name: d.name, category: d.category, section, mentions: [d.name], group };
    }),
    years: extra.years ?? null,
    degree: extra.degree ?? null,
    seniority: extra.seniority ?? null,
  };
}

export function profile(skills: Array<[string, SkillLevel]>, over: Partial<Profile> = {}): Profile {
  return { ...emptyProfile(1), skills: skills.map(([id, level]) => ({ id, level })), ...over };
}

const root = fileURLToPath(new URL('../../', import.meta.url));
export const realTaxonomy = (): Taxonomy => Taxonomy.parse(JSON.parse(readFileSync(`${root}data/skills.json`, 'utf8')));
export const realPaths = (): Paths => Paths.parse(JSON.parse(readFileSync(`${root}data/paths.json`, 'utf8')));
export const repoRoot = root;

// ---------- end to end: real posting text through the extraction engine ----------

let engine: Engine | null = null;
export function realEngine(): Engine {
  engine ??= createEngine(JSON.parse(readFileSync(`${root}data/skills.json`, 'utf8')));
  return engine;
}

const postingsDir = `${root}test/fixtures/postings/`;
export const postingFiles = (): string[] => readdirSync(postingsDir).filter((f) => f.endsWith('.txt')).sort();

/** A saved posting (test/fixtures/postings) read by the real engine, its TITLE line as the title. */
export function posting(file: string): Requirements {
  const text = readFileSync(postingsDir + file, 'utf8');
  const title = /^TITLE: (.*)$/m.exec(text)?.[1] ?? null;
  return realEngine().extract(text, { title });
}
