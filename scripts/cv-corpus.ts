// The labelled CVs (test/fixtures/cvs): real résumés people published in their own GitHub
// repositories, each with a hand-made labels file, split by source into a tune set and a held-out
// set (split.json). Shared by `npm run eval:cv` and the corpus test, so the rules that make a CV
// countable are written once. How each measure is judged is in test/fixtures/cvs/README.md.
//
// A CV's source is its file name up to the first "_" (the repository owner), as for postings.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const BACKGROUNDS = [
  'life-sciences', 'physics', 'chemistry', 'maths-statistics', 'software-engineering', 'data-analysis', 'product', 'other',
] as const;
const BackgroundLabel = z.enum(BACKGROUNDS);

export const CvLabels = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+_[a-z0-9-]+$/),
  /** The CV as published, byte-exact, beside the labels. */
  file: z.string().min(1),
  source: z.strictObject({
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
    path: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{40}$/),
  }),
  /** When the CV was written (YYYY-MM): "present" and degrees still to come are read as of then. */
  asOf: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** The background, or the few a fair reader could defend. */
  background: z.union([BackgroundLabel, z.array(BackgroundLabel).min(1)]),
  degree: z.strictObject({
    level: z.enum(['none', 'bachelor', 'master', 'phd']),
    /** Accepted ways to name the field of that degree; "" accepts no field (the CV names none). */
    fields: z.array(z.string()).min(1),
  }),
  /** Years of professional experience as of asOf (doctoral research not counted). */
  years: z.number().min(0).max(60),
  /** Accepted current titles; empty when the CV states none. */
  titles: z.array(z.string().min(1)),
  skills: z.array(z.strictObject({
    id: z.string().min(1),
    level: z.enum(['learning', 'working', 'strong']).optional(),
  })),
  notes: z.string().optional(),
});
export type CvLabels = z.infer<typeof CvLabels>;

export const CvSplit = z.strictObject({
  tune: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  heldout: z.array(z.string().regex(/^[a-z0-9-]+$/)),
});
export type CvSplit = z.infer<typeof CvSplit>;
export type CvSetName = keyof CvSplit;

export const cvSourceOf = (id: string): string => id.slice(0, Math.max(0, id.indexOf('_'))) || id;

export function readCvSplit(dir: string): CvSplit {
  return CvSplit.parse(JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')));
}

/** The set a CV belongs to, or null when its source is in neither set (or in both). */
export function cvSetOf(split: CvSplit, id: string): CvSetName | null {
  const src = cvSourceOf(id);
  const inTune = split.tune.includes(src);
  const inHeld = split.heldout.includes(src);
  if (inTune === inHeld) return null;
  return inTune ? 'tune' : 'heldout';
}

/** Every labels file's id, sorted; and every other file (the CVs themselves). */
export function cvFiles(dir: string): { labels: string[]; documents: string[] } {
  const files = readdirSync(dir).filter((f) => f !== 'split.json' && f !== 'README.md').sort();
  return {
    labels: files.filter((f) => f.endsWith('.labels.json')).map((f) => f.slice(0, -'.labels.json'.length)),
    documents: files.filter((f) => !f.endsWith('.labels.json')),
  };
}

export function readCvLabels(dir: string, id: string): CvLabels {
  return CvLabels.parse(JSON.parse(readFileSync(join(dir, `${id}.labels.json`), 'utf8')));
}

/** asOf → the instant the reader is told is "now": the middle of that month, UTC. */
export const asOfMs = (asOf: string): number => {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1, 15);
};

/**
 * Everything wrong with a CV's labels beyond the schema: the id is the labels file's, the CV file
 * is there and named after the id, every skill is a taxonomy id and labelled once.
 */
export function cvLabelProblems(dir: string, id: string, labels: CvLabels, taxonomyIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (labels.id !== id) problems.push(`id is "${labels.id}", file is "${id}"`);
  if (!labels.file.startsWith(`${id}.`)) problems.push(`file "${labels.file}" is not named after the id`);
  if (!existsSync(join(dir, labels.file))) problems.push(`file "${labels.file}" is missing`);
  const seen = new Set<string>();
  for (const s of labels.skills) {
    if (!taxonomyIds.has(s.id)) problems.push(`skill "${s.id}" is not in the taxonomy`);
    if (seen.has(s.id)) problems.push(`skill "${s.id}" is labelled twice`);
    seen.add(s.id);
  }
  return problems;
}

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** A field is right when it contains an accepted name; "" accepts a reading with no field. */
export function fieldRight(predicted: string, accepted: readonly string[]): boolean {
  const p = fold(predicted);
  return accepted.some((a) => (a === '' ? p === '' : p.includes(fold(a))));
}

/** A title is right when it contains an accepted one or is a part of one (two words or more). */
export function titleRight(predicted: string | null, accepted: readonly string[]): boolean {
  if (accepted.length === 0) return predicted === null;
  if (predicted === null) return false;
  const p = fold(predicted);
  if (p === '') return false;
  return accepted.some((a) => {
    const t = fold(a);
    return p.includes(t) || (p.split(' ').length >= 2 && t.includes(p));
  });
}

export const backgroundRight = (predicted: string, label: CvLabels['background']): boolean =>
  (Array.isArray(label) ? label : [label]).includes(predicted as (typeof BACKGROUNDS)[number]);
