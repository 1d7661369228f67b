// What the panel says about how the listing was read, so a user can tell a board that
// changed its markup (read by a later link of the reader chain) from one GapLens knows,
// and a posting whose sections it could not read (another language) from one that asks
// for nothing.
import type { ListingMeta } from '../core/wire';

// The browser names languages itself (no table of names in every board tab).
const languageName = (lang: string): string => {
  try { return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang; } catch { return lang; }
};

export function readingNotes(listing: ListingMeta): string[] {
  const notes: string[] = [];
  const drift = listing.source === 'generic' ? '' : " This board's layout was not recognised (it may have changed).";
  if (listing.via === 'json-ld') notes.push(`Read from the page's job posting data.${drift}`);
  if (listing.via === 'generic') notes.push(`Read generically: title and sections found by their wording.${drift}`);
  if (listing.lang && listing.lang !== 'en') {
    notes.push(`In ${languageName(listing.lang)}: title and technical terms read; sections, years and degrees could not be read in that language.`);
  }
  return notes;
}
