// The advice articles that data/paths.json cites as "seeds/NNN_<hash>.txt": the files are
// our saved copies, not pages a user can open, so each is named by its own title and
// where it was published, with the address when the saved copy records one (issue 19
// item 9). Titles and addresses are taken from the saved files' own headers.
import sourcesJson from '../../data/sources.json';

/** Web pages' titles (data/sources.json), by address as data/paths.json writes it. */
const TITLES: Readonly<Record<string, string>> = sourcesJson.titles;

export interface SeedSource { title: string; where: string; url?: string }

export const SEEDS: Readonly<Record<string, SeedSource>> = {
  '000': {
    title: 'First job transitioning into Machine-learning',
    where: 'r/bioinformatics on Reddit',
    url: 'https://reddit.com/r/bioinformatics/comments/1ajq65n/first_job_transitioning_into_machinelearning/',
  },
  '001': {
    title: 'Journey to Machine Learning, Part 1: Introductions, Motivations and Roadmap',
    where: 'Towards Data Science, 2018',
    url: 'https://towardsdatascience.com/journey-to-machine-learning-part-1-introductions-motivations-and-roadmap-35a438f1e126',
  },
  '002': { title: 'How to Get a Career in Machine Learning', where: 'a product manager’s blog post' },
  '003': { title: 'STEM PhDs transitioning to MLE/Data', where: 'a Reddit discussion' },
  '004': { title: 'How to jumpstart a career in machine learning', where: 'a blog post, 2018' },
};

/** The seed number of a "seeds/NNN_<hash>.txt" source, or null. */
export function seedOf(raw: string): SeedSource | null {
  const m = /^seeds\/(\d{3})_[0-9a-f]+\.txt$/i.exec(raw);
  return m ? SEEDS[m[1]!] ?? null : null;
}

export type Source = { kind: 'link'; href: string; label: string } | { kind: 'text'; label: string };

/**
 * Sources in data/paths.json are either web addresses, named by their title
 * (data/sources.json) and linked, or the seed advice files the step was drawn from
 * ("seeds/002_<hash>.txt"): those are named by their title, and linked where the
 * article's address is known (SEEDS above).
 * Anything that is not an http(s) address is shown as text, never as a link.
 */
export function sourceOf(raw: string): Source {
  const seed = seedOf(raw);
  if (seed) {
    const label = `“${seed.title}” (${seed.where})`;
    return seed.url ? { kind: 'link', href: seed.url, label } : { kind: 'text', label };
  }
  // A seed file we have no title for is still not a web page: never shown as a path.
  if (/^seeds\//i.test(raw)) return { kind: 'text', label: 'A career-change advice article' };
  try {
    const url = new URL(raw);
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      // Named by its title where data/sources.json has one, else by its site.
      return { kind: 'link', href: url.href, label: TITLES[raw] ?? url.hostname.replace(/^www\./, '') };
    }
  } catch {
    // not an address: shown as text below
  }
  return { kind: 'text', label: raw };
}

/** Links first (they are what a person can act on), seeds after, each once. */
export function sourcesOf(raw: string[]): Source[] {
  const seen = new Set<string>();
  const all = raw.map(sourceOf).filter((s) => {
    const key = s.kind === 'link' ? s.href : s.label;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...all.filter((s) => s.kind === 'link'), ...all.filter((s) => s.kind === 'text')];
}

