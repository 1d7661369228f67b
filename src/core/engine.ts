// The extraction engine, built once from the taxonomy and shared by the service worker and the CLI.
import type { Requirements, Taxonomy } from './schema';
import { loadTaxonomy } from './taxonomy';
import { buildMatcher, type Matcher } from './matcher';
import { extract, type ExtractOptions } from './extract';

export interface Engine {
  taxonomy: Taxonomy;
  matcher: Matcher;
  extract: (text: string, opts?: ExtractOptions) => Requirements;
}

/** Validate the taxonomy JSON (throws a readable error) and build the matcher over it. */
export function createEngine(taxonomyJson: unknown): Engine {
  const taxonomy = loadTaxonomy(taxonomyJson);
  const matcher = buildMatcher(taxonomy);
  return { taxonomy, matcher, extract: (text, opts = {}) => extract(text, matcher, opts) };
}

export type { ExtractOptions };
