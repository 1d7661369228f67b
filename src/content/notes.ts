// What the panel says about how the listing was read, so a user can tell a board that
// changed its markup (read by a later link of the reader chain) from one GapLens knows,
// and a posting whose sections it could not read (another language) from one that asks
// for nothing.
import type { ListingMeta } from '../core/wire';

const LANGUAGES: Record<string, string> = {
  da: 'Danish', de: 'German', es: 'Spanish', fr: 'French', it: 'Italian', nl: 'Dutch', no: 'Norwegian', pt: 'Portuguese', sv: 'Swedish',
};

export function readingNotes(listing: ListingMeta): string[] {
  const notes: string[] = [];
  const drift = listing.source === 'generic' ? '' : " GapLens did not recognise this board's layout: it may have changed.";
  if (listing.via === 'json-ld') notes.push(`Read from the page's job posting data.${drift}`);
  if (listing.via === 'generic') notes.push(`Read generically (title and sections found by their wording).${drift}`);
  if (listing.lang && listing.lang !== 'en') {
    notes.push(`In ${LANGUAGES[listing.lang] ?? 'another language'}: title and technical terms read; sections, years and degrees could not be read in that language.`);
  }
  return notes;
}
