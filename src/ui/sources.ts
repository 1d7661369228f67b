// The advice articles that data/paths.json cites as "seeds/NNN_<hash>.txt": the files are
// our saved copies, not pages a user can open, so each is named by its own title and
// where it was published, with the address when the saved copy records one (issue 19
// item 9). Titles and addresses are taken from the saved files' own headers.
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
