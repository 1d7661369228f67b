import { afterAll, describe, expect, it } from 'vitest';
import { indeed } from '../../src/sites/indeed';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const VIEWJOB = 'indeed/indeed_viewjob_canonical_engineering_manager.html';
const SEARCH = 'indeed/indeed_search_splitpane_constructed.html';
const SEARCH_URL = 'https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote&vjk=3f9a1c2b7d4e5a60';

describe('indeed.matches', () => {
  it('claims job pages and searches on www and the country sites', () => {
    for (const href of JOB_URLS.indeed!) expect(indeed.matches(new URL(href)), href).toBe(true);
  });

  it('refuses other boards and Indeed pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('indeed'),
      'https://www.indeed.com/',
      'https://www.indeed.com/cmp/Canonical/reviews',
      'https://www.indeed.com/career/salaries',
      'https://www.indeed.com/viewjob',
      'https://www.indeed.com/viewjob?jk=not-a-job-key',
      'https://secure.indeed.com/auth',
      'https://employers.indeed.com/jobs',
      'https://www.indeed.com.evil.example/viewjob?jk=bf873f62104b48b5',
    ]) expect(indeed.matches(new URL(href)), href).toBe(false);
  });
});

describe('indeed job page (real, Apr 2023)', () => {
  const href = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';

  it('reads the listing from its JobPosting JSON-LD, anchored on the header title', () => {
    const { doc, url } = load(VIEWJOB, href);
    expect(indeed.matches(url)).toBe(true);
    const found = indeed.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'indeed',
      url: href,
      jobId: 'bf873f62104b48b5',
      title: 'Engineering Manager, Sustaining Software Engineering, Worldwide',
      company: 'Canonical - Jobs',
      location: 'Austin, TX, US',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.jobsearch-JobInfoHeader-title'));
    const { text } = found.listing;
    expect(text).toContain('This is an exciting opportunity for an engineering manager who is passionate about open source software');
    expect(text).toContain('Canonical is an equal opportunity employer');
    for (const chrome of ['Full Job Description', 'Job details', 'Apply now', 'Report job', 'company reviews', 'Sign in', 'Pulled from the full job description']) {
      expect(text).not.toContain(chrome);
    }
    expect(indeed.cards(doc, url)).toEqual([]);
  });

  it('reads the same text from #jobDescriptionText when the JSON-LD is gone', () => {
    const html = fixture(VIEWJOB).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const { doc, url } = page(html, href);
    const found = indeed.detail(doc, url)!;
    expect(found.listing.company).toBe('Canonical - Jobs');
    expect(found.listing.location).toBeNull();
    expect(found.listing.text).toContain('Sustaining Engineering is a critical team that resolves software bugs');
    expect(found.listing.text).not.toContain('Full Job Description');
  });
});

describe('indeed search with the view-job pane (constructed)', () => {
  it('reads the listing named by vjk from the pane', () => {
    const { doc, url } = load(SEARCH, SEARCH_URL);
    const found = indeed.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '3f9a1c2b7d4e5a60',
      // The visually hidden "- job post" of the header is not part of the title.
      title: 'Applied Scientist, Clinical NLP',
      company: 'Harborview Clinical AI',
      location: 'Remote',
    });
    expect(found.anchor).toBe(doc.querySelector('#jobsearch-ViewjobPaneWrapper h2.jobsearch-JobInfoHeader-title'));
    const { text } = found.listing;
    expect(text).toContain('• Fine-tune transformer models (BERT-family encoders and small instruction-tuned LLMs)');
    expect(text).toContain('Strong Python and PyTorch; experience with Hugging Face Transformers.');
    for (const chrome of ['Full job description', 'Apply now', 'Report job', 'Posted 3 days ago', 'Sign in', 'Quarry Lane', '$150,000']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('yields the 4 job cards of the result list, anchored on their title links', () => {
    const html = fixture(SEARCH);
    // Counted independently: distinct data-jk values (the email-alert <li> has none).
    expect(distinct(html, /data-jk="([0-9a-f]{16})"/g)).toBe(4);
    const { doc, url } = load(SEARCH, SEARCH_URL);
    const cards = indeed.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['3f9a1c2b7d4e5a60', '81c0de5f9a2b3c47', '0a9b8c7d6e5f4a3b', '5d6e7f8091a2b3c4']);
    expect(cards.every((c) => c.anchor.classList.contains('jcs-JobTitle'))).toBe(true);
  });

  it('refuses the pane while it still shows another listing than vjk', () => {
    const { doc, url } = load(SEARCH, 'https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote&vjk=81c0de5f9a2b3c47');
    expect(indeed.detail(doc, url)).toBeUndefined();
  });

  it('with no vjk and no pressed card, reads the pane as the one result whose title it repeats', () => {
    // Real pages opened without vjk show a listing in the pane all the same (Portland 2026,
    // Georgetown 2025): it is the listing on screen.
    const { doc, url } = load(SEARCH, 'https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote');
    expect(indeed.detail(doc, url)?.listing).toMatchObject({ jobId: '3f9a1c2b7d4e5a60', title: 'Applied Scientist, Clinical NLP' });
    expect(indeed.cards(doc, url)).toHaveLength(4);
  });

  it('reads nothing without vjk when two results carry the pane\'s title', () => {
    const html = fixture(SEARCH).replace('title="Machine Learning Engineer"', 'title="Applied Scientist, Clinical NLP"');
    const { doc, url } = page(html, 'https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote');
    expect(indeed.detail(doc, url)).toBeUndefined();
  });

  it('anchors older whole-card links on the h2 title inside them', () => {
    const { doc, url } = page(
      '<a class="tapItem result" data-jk="aaaaaaaaaaaaaaaa" href="/rc/clk?jk=aaaaaaaaaaaaaaaa"><h2 class="jobTitle"><span title="Data Scientist">Data Scientist</span></h2></a>',
      'https://www.indeed.com/jobs?q=data',
    );
    const [card] = indeed.cards(doc, url);
    expect(card?.jobId).toBe('aaaaaaaaaaaaaaaa');
    expect(card?.anchor).toBe(doc.querySelector('h2.jobTitle'));
  });
});

describe('indeed on broken or hostile pages', () => {
  const href = 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5';

  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, href);
      expect(indeed.detail(doc, url)).toBeUndefined();
      expect(indeed.cards(doc, url)).toEqual([]);
    });
  }

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(
      `<h1 class="jobsearch-JobInfoHeader-title"><span>ML Engineer</span></h1><div id="jobDescriptionText">${HOSTILE_HTML}</div>`,
      href,
    );
    expect(indeed.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('skips cards whose data-jk is not a job key', () => {
    const { doc, url } = page('<a data-jk="&quot;]<b>">x</a><a data-jk="">y</a>', 'https://www.indeed.com/jobs?q=x');
    expect(indeed.cards(doc, url)).toEqual([]);
  });
});

describe('indeed on a real 2026 search page with the posting in its pane (no vjk in the address)', () => {
  const REAL = 'indeed/indeed_search_data-analyst_portland.html';
  const REAL_URL = 'https://www.indeed.com/jobs?q=Data+Analyst&l=Portland,+OR';

  it('reads the pane, its id from the card Indeed marks as pressed', () => {
    const { doc, url } = load(REAL, REAL_URL);
    const found = indeed.detail(doc, url)!;
    expect(found.listing).toMatchObject({ jobId: '29dd4196cccd7eaf', title: 'Research Data Analyst 1' });
    expect(found.listing.text).toContain('Qualtrics');
    expect(found.anchor.tagName).toBe('H2');
  });

  it('finds every result card (16)', () => {
    const html = fixture(REAL);
    expect(distinct(html, /data-jk="([0-9a-f]{16})"/g)).toBe(16);
    const { doc, url } = load(REAL, REAL_URL);
    expect(indeed.cards(doc, url)).toHaveLength(16);
  });
});

describe('indeed signed-in place search with the 2025 simplified pane (real, /l-georgetown,-ga-jobs.html)', () => {
  const FILE = 'indeed/indeed_loggedin_search_l-georgetown-ga_simplified-pane_2025.html';
  const href = 'https://www.indeed.com/l-georgetown,-ga-jobs.html';

  it('claims the place landing page, as it claims /q-…-jobs.html', () => {
    expect(indeed.matches(new URL(href))).toBe(true);
    expect(indeed.matches(new URL('https://uk.indeed.com/l-london-jobs.html'))).toBe(true);
  });

  it('reads the pane: title, company and place from the simplified header, id from the one card of that title', () => {
    const { doc, url } = load(FILE, href);
    const found = indeed.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'indeed',
      jobId: '0bb0c82f1ebd7121',
      title: 'Laboratory Analyst',
      company: 'US Sugar Savannah Refinery',
      location: '201 Oxnard Drive, Port Wentworth, GA 31407',
    });
    expect(found.anchor.getAttribute('data-testid')).toBe('simpler-jobTitle');
    const text = found.listing.text;
    // #jobDescriptionText only: not the pane's "Profile insights" and "Job details" modules.
    expect(text.split('\n')[0]).toBe('SUMMARY');
    expect(text).toContain('Set up, calibrate, and operate laboratory instrumentation.');
    expect(text).not.toContain('Profile insights');
    expect(text).not.toContain('Pulled from the full job description');
  });

  it('yields the 15 result cards', () => {
    const { doc, url } = load(FILE, href);
    // Counted independently: distinct data-jk values in the raw HTML.
    expect(distinct(fixture(FILE), /data-jk="([0-9a-f]{16})"/g)).toBe(15);
    expect(indeed.cards(doc, url)).toHaveLength(15);
  });
});

describe('indeed Cloudflare check served at a search address (real, November 2025)', () => {
  it('reads no listing and no cards on "Just a moment…" / "Additional Verification Required"', () => {
    const { doc, url } = load('indeed/indeed_cloudflare_challenge_jobs_2025.html', 'https://www.indeed.com/jobs?q=machine+learning+engineer&l=Remote');
    expect(indeed.matches(url)).toBe(true);
    expect(indeed.detail(doc, url)).toBeUndefined();
    expect(indeed.cards(doc, url)).toEqual([]);
  });
});

describe('indeed search page whose pane header holds style sheets (real, /q-frontend-l-egypt,-ar-jobs.html)', () => {
  const FILE = 'indeed/indeed_search_q-frontend-egypt_emotion-styles_2025.html';
  const href = 'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html';

  it('reads the company without the <style> Indeed puts inside its element', () => {
    const { doc, url } = load(FILE, href);
    const found = indeed.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'indeed',
      jobId: 'b974b400e0228d67',
      title: 'PHP Developer – PHP, JavaScript, JSON',
      company: 'AceOne Technologies',
      location: 'Jonesboro, AR 72401',
    });
    // The element does hold a style sheet: textContent would have read it into the name.
    expect(doc.querySelector('[data-testid="inlineHeader-companyName"] style')).not.toBeNull();
    expect(found.listing.text).toContain('Qualified candidates need:');
    expect(found.listing.text).not.toMatch(/[{}]/);
  });

  it('finds every result card (16)', () => {
    const { doc, url } = load(FILE, href);
    expect(indeed.cards(doc, url)).toHaveLength(16);
  });
});
