// What the panel says about how the listing was read, so a user can tell a board that
// changed its markup (read generically) from one GapLens knows, and a posting whose
// sections it could not read (another language) from one that asks for nothing.
import type { ListingMeta } from '../core/wire';

const LANGUAGES: Record<string, string> = {
  da: 'Danish', de: 'German', es: 'Spanish', fr: 'French', it: 'Italian', nl: 'Dutch', no: 'Norwegian', pt: 'Portuguese', sv: 'Swedish',
};

export function readingNotes(listing: ListingMeta): string[] {
  const notes: string[] = [];
  const board = listing.source === 'generic' ? null : listing.source;
  const drift = board ? ` GapLens did not recognise this ${board[0]!.toUpperCase()}${board.slice(1)} page's layout; the board may have changed it.` : '';
  if (listing.via === 'json-ld') notes.push(`Read from the page's job posting data (schema.org JobPosting).${drift}`);
  if (listing.via === 'generic') notes.push(`Read generically: the title and the posting's sections were found by their wording.${drift}`);
  if (listing.lang && listing.lang !== 'en') {
    notes.push(`This posting is in ${LANGUAGES[listing.lang] ?? 'another language'}: GapLens read its title and technical terms, but could not tell required from preferred or read years and degrees in that language.`);
  }
  return notes;
}
