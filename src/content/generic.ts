// Reads a page GapLens has no adapter for, once, when the user presses "Analyse this page"
// in the popup (activeTab + scripting: no standing access to any site). It runs the reader
// chain (the page's schema.org JobPosting, then the generic readers, Readability among
// them), asks the worker to analyse what it read, and badges the title like a known board
// would, or the page corner when no title is visible.
//
// The popup learns the outcome from `globalThis.__gaplensGeneric`: this file is bundled
// as an IIFE, whose completion value (what executeScript reports) is always undefined,
// so the popup reads the result with a second, one-line injection.
import { readListing } from '../sites/chain';
import { readArticle } from '../sites/readability';
import { adapterFor } from '../sites/registry';
import { spotFor } from './anchor';
import { send } from './client';
import { mountBadge, type BadgeHandle } from './badge';

export type GenericResult =
  | { ok: true; key: string }
  | { ok: false; reason: 'no-posting' }
  | { ok: false; reason: 'failed'; message: string };

const g = globalThis as unknown as { __gaplensGeneric?: Promise<GenericResult>; __gaplensGenericBadge?: BadgeHandle };

async function run(): Promise<GenericResult> {
  const url = new URL(location.href);
  // The user asked for this page to be read now: its JSON-LD counts even with no title on screen.
  const found = readListing(document, url, adapterFor(url), { readers: [readArticle], dataAlone: true });
  if (!found) return { ok: false, reason: 'no-posting' };
  try {
    const { key, pill } = await send('badge', { listing: found.listing });
    // Pressed twice: one badge, the newest.
    g.__gaplensGenericBadge?.remove();
    g.__gaplensGenericBadge = mountBadge({
      kind: 'detail', jobId: found.listing.jobId, anchor: spotFor(found.anchor, found.listing.title), listing: key, pill,
      onSteps: () => { void send('openSteps', {}); },
      onCorrect: (change) => send('correct', { change }),
    });
    return { ok: true, key };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

g.__gaplensGeneric = run();
