// A further generic reader for the popup's "Analyse this page" and the CLI: Mozilla's
// Readability finds a page's main text where the section-line reader (reader.ts) finds no
// block, e.g. a posting whose sections are plain sentences. It is too big for the content
// script, which every board tab loads. Its result counts as a posting only with the same
// cues: a title, and section lines asking something of the candidate.
import { Readability } from '@mozilla/readability';
import { htmlToText } from './dom';
import { clean, headingFor } from './generic';
import { cueKind, jobOnly, type GenericRead } from './reader';

export function readArticle(doc: Document): GenericRead | null {
  // Readability changes the document it reads: it gets a copy.
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability(copy, { charThreshold: 300 }).parse();
  const title = clean(article?.title);
  if (!article?.content || !title) return null;
  const text = htmlToText(article.content, doc);
  const lines = text.split('\n');
  const kinds = lines.map(cueKind).filter(Boolean);
  if (kinds.length < 2 || !kinds.includes('ask') || !lines.some(jobOnly)) return null;
  return { title, heading: headingFor(doc, title), text };
}
