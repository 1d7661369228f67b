// The labelled postings (test/fixtures/postings): their label schema, and the split of their
// sources into a tune set and a held-out set. Shared by `npm run eval` and the corpus test, so the
// rules that make a posting countable are written once.
//
// A posting's source is its file name up to the first "_" (glassdoor2020_row0 → glassdoor2020).
// The split is by source, not by posting: postings from one source share a writing style, and a
// held-out set is only a fair measure when the reader was never tuned on that style.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const Section = z.enum(['required', 'preferred', 'other']);
export const DegreeLevel = z.enum(['bachelor', 'master', 'phd']);

export const Labels = z.strictObject({
  id: z.string(),
  skills: z.array(z.strictObject({
    name: z.string().min(1),
    forms: z.array(z.string().min(1)).min(1),
    section: Section,
  })),
  years: z.strictObject({ min: z.number().int().min(0).max(30) }).nullable(),
  degree: z.strictObject({ level: DegreeLevel }).nullable(),
  notes: z.string().optional(),
});
export type Labels = z.infer<typeof Labels>;
export type Label = Labels['skills'][number];

export const Split = z.strictObject({
  tune: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  heldout: z.array(z.string().regex(/^[a-z0-9-]+$/)),
});
export type Split = z.infer<typeof Split>;
export type SetName = keyof Split;

export const sourceOf = (id: string): string => {
  const at = id.indexOf('_');
  return at < 0 ? id : id.slice(0, at);
};

export function readSplit(dir: string): Split {
  return Split.parse(JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')));
}

/** The set a posting belongs to, or null when its source is in neither set (or in both). */
export function setOf(split: Split, id: string): SetName | null {
  const src = sourceOf(id);
  const inTune = split.tune.includes(src);
  const inHeld = split.heldout.includes(src);
  if (inTune === inHeld) return null;
  return inTune ? 'tune' : 'heldout';
}

export const postingIds = (dir: string): { texts: string[]; labels: string[] } => {
  const files = readdirSync(dir);
  const strip = (suffix: string) => files.filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length)).sort();
  return { texts: strip('.txt'), labels: strip('.labels.json') };
};

/**
 * Text compared without case and with every run of whitespace as one space: hard-wrapped postings
 * break a name across lines ("Natural Language\nProcessing"), and a form is written as one line.
 */
export const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** One text the same as another, case and spacing aside. */
export const same = (a: string, b: string): boolean => fold(a) === fold(b);

/** Whether a predicted skill is a labelled one: by name, or by one of its mentions as one of the label's forms. */
export function predicts(p: { name: string; mentions: readonly string[] }, l: Label): boolean {
  return same(p.name, l.name) || p.mentions.some((m) => l.forms.some((f) => same(m, f)));
}

/**
 * Everything wrong with a posting's labels beyond the schema: the id must be the file's, a skill
 * is one entry (no name twice, no form under two names), and every form is a string the posting
 * really contains (see fold), so a typo cannot silently become a miss no reader could avoid.
 */
export function labelProblems(id: string, labels: Labels, body: string): string[] {
  const problems: string[] = [];
  if (labels.id !== id) problems.push(`id is "${labels.id}", file is "${id}"`);
  const lowerBody = fold(body);
  const names = new Set<string>();
  const formOwner = new Map<string, string>();
  for (const s of labels.skills) {
    const name = s.name.toLowerCase();
    if (names.has(name)) problems.push(`skill "${s.name}" is labelled twice`);
    names.add(name);
    for (const f of s.forms) {
      const form = fold(f);
      const owner = formOwner.get(form);
      if (owner !== undefined && owner !== s.name) problems.push(`form "${f}" is under both "${owner}" and "${s.name}"`);
      formOwner.set(form, s.name);
      if (!lowerBody.includes(form)) problems.push(`form "${f}" of "${s.name}" is not in the text`);
    }
  }
  return problems;
}
