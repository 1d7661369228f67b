// What the badge's panel says about how a listing was read (issue 17 items 1 and 4), on
// real saved pages read through the reader chain: a board page read by a later link says
// the layout was not recognised; a posting not in English says its sections and years
// could not be read in that language, while its title and technical terms still were.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import { guessLanguage } from '../../src/core/language';
import type { ListingMeta } from '../../src/core/wire';
import { readingNotes } from '../../src/content/notes';
import { readListing } from '../../src/sites/chain';
import { adapterFor } from '../../src/sites/registry';
import { closeAll, drift, load } from '../sites/helpers';

afterAll(closeAll);

const engine = createEngine(JSON.parse(readFileSync(new URL('../../data/skills.json', import.meta.url), 'utf8')));

/** The listing as the panel gets it: read by the chain, its language guessed as the worker does. */
function read(file: string, href: string, redesigned = false): { meta: ListingMeta; text: string } {
  const { doc, url } = load(file, href);
  if (redesigned) drift(doc);
  const found = readListing(doc, url, adapterFor(url));
  if (!found) throw new Error(`${file}: no listing`);
  const { text, ...meta } = found.listing;
  const lang = meta.lang ?? guessLanguage(text);
  return { meta: lang ? { ...meta, lang } : meta, text };
}

const NOT_READ = /sections, years and degrees could not be read in that language/;

describe('the panel on a posting not written in English', () => {
  it('Italian (the real 2025 LinkedIn pane): says so, and the title and technical terms were read', () => {
    const { meta, text } = read('linkedin/linkedin_loggedin_search_splitview_2025_idealista_backend.html', 'https://www.linkedin.com/jobs/search/?currentJobId=4275929861');
    expect(meta.lang).toBe('it');
    expect(readingNotes(meta)).toEqual(['In Italian: title and technical terms read; sections, years and degrees could not be read in that language.']);
    expect(meta.title).toBe('Senior Back-end Developer --Ibrido--');
    const ids = engine.extract(text, { title: meta.title }).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['python', 'typescript', 'docker', 'aws']));
  });

  it('Portuguese (the real 2024 LinkedIn pane): says so', () => {
    const { meta } = read('linkedin/linkedin_loggedin_jobdetails_delphi_analyst.html', 'https://www.linkedin.com/jobs/search/?currentJobId=3841446115');
    expect(meta.lang).toBe('pt');
    expect(readingNotes(meta).join(' ')).toMatch(/^In Portuguese: .*could not be read in that language\.$/);
  });

  it('English on a Danish site (Jobindex, read generically): no language note, only how it was read', () => {
    const { meta } = read('generic/jobindex_dk_jobannonce_r12800344.html', 'https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification');
    expect(meta.lang).toBe('en');
    const notes = readingNotes(meta);
    expect(notes.join(' ')).not.toMatch(NOT_READ);
    // A careers page with no board adapter: read generically, and no board to have drifted.
    expect(notes).toEqual(['Read generically: title and sections found by their wording.']);
  });
});

describe('the panel on a board page read by a later link of the chain', () => {
  it('as saved (adapter): nothing to say', () => {
    const { meta } = read('greenhouse/greenhouse_jobboards_scaleai_4315289005.html', 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005');
    expect(meta.via).toBe('adapter');
    expect(readingNotes(meta)).toEqual([]);
  });

  it('redesigned: read generically or from its JSON-LD, and the layout was not recognised', () => {
    const generic = read('greenhouse/greenhouse_jobboards_scaleai_4315289005.html', 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005', true).meta;
    expect(readingNotes(generic)).toEqual(["Read generically: title and sections found by their wording. This board's layout was not recognised (it may have changed)."]);
    const ld = read('indeed/indeed_viewjob_canonical_engineering_manager.html', 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5', true).meta;
    expect(readingNotes(ld)).toEqual(["Read from the page's job posting data. This board's layout was not recognised (it may have changed)."]);
  });
});
