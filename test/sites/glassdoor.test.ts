import { afterAll, describe, expect, it } from 'vitest';
import { glassdoor } from '../../src/sites/glassdoor';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, drift, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const LISTING = 'glassdoor/glassdoor_joblisting_constructed.html';
const SEARCH = 'glassdoor/glassdoor_search_splitpane_constructed.html';
const LISTING_URL =
  'https://www.glassdoor.com/job-listing/data-scientist-machine-learning-copperline-energy-JV_IC1139761_KO0,32_KE33,50.htm?jl=1009543217860';
const SEARCH_URL = 'https://www.glassdoor.com/Job/remote-machine-learning-engineer-jobs-SRCH_IL.0,6_IS11047_KO7,32.htm';

describe('glassdoor.matches', () => {
  it('claims job pages and searches on the country sites', () => {
    for (const href of [
      ...JOB_URLS.glassdoor!,
      'https://www.glassdoor.ca/Job/toronto-data-scientist-jobs-SRCH_IL.0,7_IC2281069_KO8,22.htm',
      'https://www.glassdoor.fr/job-listing/data-scientist-acme-JV_KO0,14_KE15,19.htm?jl=1009000000003',
      'https://www.glassdoor.co.in/Job/bangalore-ml-engineer-jobs-SRCH_IL.0,9_IC2940587_KO10,21.htm',
      'https://www.glassdoor.fr/Emploi/paris-data-scientist-emplois-SRCH_IL.0,5_IC2881970_KO6,20.htm',
    ]) expect(glassdoor.matches(new URL(href)), href).toBe(true);
  });

  it('refuses the country sites the manifest does not list (GapLens never runs there)', () => {
    for (const href of [
      'https://www.glassdoor.ie/Job/dublin-data-scientist-jobs-SRCH_IL.0,6_IC2739035_KO7,21.htm',
      'https://www.glassdoor.nl/job-listing/ml-engineer-acme-JV_KO0,11_KE12,16.htm?jl=1009000000004',
      'https://nl.glassdoor.be/Vacature/data-scientist-vacatures-SRCH_KO0,14.htm',
    ]) expect(glassdoor.matches(new URL(href)), href).toBe(false);
  });

  it('refuses other boards and Glassdoor pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('glassdoor'),
      'https://www.glassdoor.com/index.htm',
      'https://www.glassdoor.com/Reviews/Copperline-Energy-Reviews-E2345678.htm',
      'https://www.glassdoor.com/Salaries/data-scientist-salary-SRCH_KO0,14.htm',
      'https://www.glassdoor.com/Overview/Working-at-Copperline-Energy-EI_IE2345678.11,28.htm',
      'https://www.glassdoor.com/Job/',
      'https://www.glassdoor.evil.example/job-listing/x.htm?jl=1',
    ]) expect(glassdoor.matches(new URL(href)), href).toBe(false);
  });
});

describe('glassdoor job page (constructed)', () => {
  it('reads the listing from the JSON-LD, anchored on h1#jd-job-title-<jl>', () => {
    const { doc, url } = load(LISTING, LISTING_URL);
    const found = glassdoor.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'glassdoor',
      url: LISTING_URL,
      jobId: '1009543217860',
      title: 'Data Scientist, Machine Learning',
      company: 'Copperline Energy',
      location: 'Houston, TX, US',
    });
    expect(found.anchor).toBe(doc.getElementById('jd-job-title-1009543217860'));
    const { text } = found.listing;
    // The JSON-LD description is entity-escaped HTML; it comes out as text with its lists.
    expect(text).toContain('• Build anomaly detection and survival models on turbine sensor data');
    expect(text).toContain("Master's degree in Statistics, Engineering, Physics or a related field.");
    expect(text).not.toContain('&lt;');
    for (const chrome of ['Show more', 'Apply on employer site', 'Company overview', 'Similar jobs', 'Sign in', '$118K', '3.9']) {
      expect(text).not.toContain(chrome);
    }
    expect(glassdoor.cards(doc, url)).toEqual([]);
  });

  it('reads the header and description markup when the JSON-LD is gone', () => {
    const html = fixture(LISTING).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const { doc, url } = page(html, LISTING_URL);
    const found = glassdoor.detail(doc, url)!;
    expect(found.listing).toMatchObject({ company: 'Copperline Energy', location: 'Houston, TX' });
    expect(found.listing.text).toContain("What you'll do\n");
    expect(found.listing.text).not.toContain('Show more');
  });

  it('refuses a job page whose header names another listing than jl', () => {
    const { doc, url } = load(LISTING, LISTING_URL.replace('jl=1009543217860', 'jl=1009000000001'));
    expect(glassdoor.detail(doc, url)).toBeUndefined();
  });
});

describe('glassdoor search with the details pane (constructed)', () => {
  it('reads the listing in the pane, its id from the pane header', () => {
    const { doc, url } = load(SEARCH, SEARCH_URL);
    const found = glassdoor.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '1009612345001',
      title: 'Machine Learning Engineer',
      company: 'Brightwater Utilities',
      location: 'Remote',
    });
    expect(found.anchor).toBe(doc.getElementById('jd-job-title-1009612345001'));
    expect(found.listing.text).toContain('detects leaks from acoustic sensors on 9,000 miles of pipe');
    for (const chrome of ['Senior Data Scientist', 'Show more jobs', 'Show more', 'Easy Apply', 'Sign in', 'Machine Learning Engineer jobs in Remote']) {
      expect(found.listing.text).not.toContain(chrome);
    }
  });

  it('yields the 5 result cards, anchored on their title links', () => {
    const html = fixture(SEARCH);
    expect(distinct(html, /data-test="jobListing" data-jobid="(\d+)"/g)).toBe(5);
    const { doc, url } = load(SEARCH, SEARCH_URL);
    const cards = glassdoor.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['1009612345001', '1009612345002', '1009612345003', '1009612345004', '1009612345005']);
    expect(cards.every((c) => c.anchor.matches('a[data-test="job-title"]'))).toBe(true);
    expect(cards[4]!.anchor.textContent).toBe('Applied Scientist, Search');
  });

  it('takes a card id from its jl link when the card has no data-jobid', () => {
    const { doc, url } = page(
      '<li class="react-job-listing"><a class="jobLink" href="/job-listing/x-JV_KO0,1_KE2,3.htm?jl=1009000000009">Data Scientist</a></li>',
      SEARCH_URL,
    );
    expect(glassdoor.cards(doc, url).map((c) => c.jobId)).toEqual(['1009000000009']);
  });
});

describe('glassdoor on broken or hostile pages', () => {
  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, LISTING_URL);
      expect(glassdoor.detail(doc, url)).toBeUndefined();
      expect(glassdoor.cards(doc, url)).toEqual([]);
    });
  }

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(
      `<header data-test="job-details-header"><h1 id="jd-job-title-1009543217860">ML Engineer</h1></header>`
      + `<div class="JobDetails_jobDescription__uW_fK">${HOSTILE_HTML}</div>`,
      LISTING_URL,
    );
    expect(glassdoor.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });
});

describe('glassdoor on a real India search page with the posting in its pane (2025)', () => {
  const REAL = 'glassdoor/glassdoor_in_search_data-scientist_india.html';
  const REAL_URL = 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm';

  it('reads the pane', () => {
    const { doc, url } = load(REAL, REAL_URL);
    const found = glassdoor.detail(doc, url)!;
    expect(found.listing).toMatchObject({ jobId: '1009722062558', title: 'Principal Member of technical Staff- AI & Data Engineering' });
    expect(found.listing.text).toContain('LangChain');
  });

  it('finds every result card (30)', () => {
    const html = fixture(REAL);
    expect(distinct(html, /data-jobid="(\d+)"/g)).toBe(30);
    const { doc, url } = load(REAL, REAL_URL);
    expect(glassdoor.cards(doc, url)).toHaveLength(30);
  });
});

describe('glassdoor on a real UK job-search start page (glassdoor.co.uk, 2025)', () => {
  // The country site's /Job/index.htm as a signed-out visitor sees it: a search box and
  // link lists, no result cards and no details pane. GapLens runs there (the manifest
  // lists www.glassdoor.co.uk/Job/*) and must find nothing to badge, as saved and redesigned.
  const REAL = 'glassdoor/glassdoor_uk_job-index_recommended.html';
  const REAL_URL = 'https://www.glassdoor.co.uk/Job/index.htm';

  it('is a page the adapter claims, with no listing and no cards', () => {
    expect(glassdoor.matches(new URL(REAL_URL))).toBe(true);
    expect(distinct(fixture(REAL), /data-jobid="(\d+)"/g)).toBe(0);
    for (const redesigned of [false, true]) {
      const { doc, url } = load(REAL, REAL_URL);
      if (redesigned) drift(doc);
      expect(glassdoor.detail(doc, url), `redesigned: ${redesigned}`).toBeUndefined();
      expect(glassdoor.cards(doc, url), `redesigned: ${redesigned}`).toEqual([]);
    }
  });
});
