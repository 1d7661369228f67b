import { afterAll, describe, expect, it } from 'vitest';
import { linkedin } from '../../src/sites/linkedin';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const OPENAI = 'linkedin/linkedin_guest_jobview_openai_ml_engineer_applied_ai_3915648739.html';
const ANTHROPIC = 'linkedin/linkedin_guest_jobview_anthropic_ml_systems_engineer_rl_4053542511.html';
const GOOGLE = 'linkedin/linkedin_guest_jobview_google_power_monitoring_engineer.html';
const EASY_APPLY = 'linkedin/linkedin_loggedin_jobdetails_easyapply_fullstack.html';
const DELPHI = 'linkedin/linkedin_loggedin_jobdetails_delphi_analyst.html';
const LIST = 'linkedin/linkedin_loggedin_search_results_list.html';
const SPLIT = 'linkedin/linkedin_loggedin_search_splitview_constructed.html';
const SPLIT_2025 = 'linkedin/linkedin_loggedin_search_splitview_2025_idealista_backend.html';

// Page furniture of LinkedIn's job pages that must never reach the listing text.
const GUEST_CHROME = ['Sign in', 'Similar jobs', 'People also viewed', 'Show more', 'Seniority level', 'Employment type'];

describe('linkedin.matches', () => {
  it('claims guest and signed-in job views, search and collections split views', () => {
    for (const href of JOB_URLS.linkedin!) expect(linkedin.matches(new URL(href)), href).toBe(true);
  });

  it('refuses other boards and LinkedIn pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('linkedin'),
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/someone/',
      'https://www.linkedin.com/company/openai/jobs/',
      'https://www.linkedin.com/jobs/',
      'https://www.linkedin.com/jobs/view/',
      'http://www.linkedin.com/jobs/view/3915648739/',
      'https://www.linkedin.com.evil.example/jobs/view/3915648739/',
      'https://notlinkedin.com/jobs/view/3915648739/',
    ]) expect(linkedin.matches(new URL(href)), href).toBe(false);
  });
});

describe('linkedin guest job view (real pages)', () => {
  it('reads the OpenAI listing from the markup (no JSON-LD on this page)', () => {
    const { doc, url } = load(OPENAI, 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739');
    expect(linkedin.matches(url)).toBe(true);
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'linkedin',
      url: url.href,
      jobId: '3915648739',
      title: 'Machine Learning Engineer, Applied AI',
      company: 'OpenAI',
      location: 'San Francisco, CA',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.top-card-layout__title'));
    const { text } = found.listing;
    expect(text).toContain('We are looking for visionary Machine Learning Engineers to join our Applied Group');
    expect(text).toContain('OpenAI Global Applicant Privacy Policy');
    for (const chrome of GUEST_CHROME) expect(text).not.toContain(chrome);
    // Line structure is kept: headings sit on their own lines.
    expect(text.split('\n')[0]).toBe('About The Team');
  });

  it('yields the 37 "Similar jobs" and "People also viewed" cards, each on its title', () => {
    const { doc, url } = load(OPENAI, 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739');
    const cards = linkedin.cards(doc, url);
    // Counted independently: distinct jobPosting URNs in the saved HTML (27 similar + 10 also viewed).
    expect(distinct(fixture(OPENAI), /data-entity-urn="urn:li:jobPosting:(\d+)"/g)).toBe(37);
    expect(cards).toHaveLength(37);
    expect(cards[0]).toMatchObject({ jobId: '4048261628' });
    expect(cards[0]!.anchor.className).toContain('base-main-card__title');
    expect(cards[0]!.anchor.textContent?.trim()).toBe('Software Engineer, Early Career, Campus, 2025');
    expect(cards.filter((c) => c.anchor.classList.contains('base-aside-card__title'))).toHaveLength(10);
  });

  it('reads the Anthropic listing and its cards', () => {
    const { doc, url } = load(ANTHROPIC, 'https://www.linkedin.com/jobs/view/machine-learning-systems-engineer-rl-engineering-at-anthropic-4053542511');
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '4053542511',
      title: 'Machine Learning Systems Engineer, RL Engineering',
      company: 'Anthropic',
      location: 'Seattle, WA',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.top-card-layout__title'));
    expect(found.listing.text).toContain('Our finetuning researchers train our production Claude models');
    expect(found.listing.text).toContain('Implementing LLM finetuning algorithms, such as RLHF');
    for (const chrome of GUEST_CHROME) expect(found.listing.text).not.toContain(chrome);
    expect(distinct(fixture(ANTHROPIC), /data-entity-urn="urn:li:jobPosting:(\d+)"/g)).toBe(37);
    expect(linkedin.cards(doc, url)).toHaveLength(37);
  });

  it('prefers the JobPosting JSON-LD of the 2023 page when it is the listing shown', () => {
    const { doc, url } = load(GOOGLE, 'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688');
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '3561224688',
      title: 'Power Monitoring Execution Engineer, Google Data Center',
      company: 'Google',
      // From the JSON-LD address (the top card says "Austin, TX").
      location: 'Austin, TX, US',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.top-card-layout__title'));
    // The JSON-LD description is entity-escaped HTML; it comes out as text with its lists.
    expect(found.listing.text).toContain("• Bachelor's degree in Engineering, Computer Science, or equivalent practical experience");
    expect(found.listing.text).not.toContain('<strong>');
    expect(found.listing.text).not.toContain('&lt;');
    for (const chrome of GUEST_CHROME) expect(found.listing.text).not.toContain(chrome);
    expect(linkedin.cards(doc, url)).toEqual([]);
  });

  it('ignores a JSON-LD that describes another listing than the one on screen', () => {
    const html = fixture(OPENAI).replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Office Manager","description":"<p>Order supplies.</p>",'
      + '"hiringOrganization":{"name":"Elsewhere Inc"}}</script></head>',
    );
    const { doc, url } = page(html, 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739');
    const found = linkedin.detail(doc, url)!;
    expect(found.listing.company).toBe('OpenAI');
    expect(found.listing.text).toContain('Applied Group');
    expect(found.listing.text).not.toContain('Order supplies');
  });
});

describe('linkedin signed-in (real fragments, early-2024 markup)', () => {
  it('reads the Easy Apply details pane in a search split view', () => {
    const { doc, url } = load(EASY_APPLY, 'https://www.linkedin.com/jobs/search/?currentJobId=3845111376&keywords=full%20stack');
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '3845111376',
      title: 'Full Stack Engineer',
      company: 'TurnKey Tech Staffing',
      location: 'Brazil',
    });
    expect(found.anchor).toBe(doc.querySelector('h2.job-details-jobs-unified-top-card__job-title'));
    const { text } = found.listing;
    expect(text).toContain('At WorkRamp, we believe that the best companies grow through learning.');
    expect(text).toContain('– Flex PTO for any reason');
    for (const chrome of ['About the job', 'Qualifications', 'Stand out by adding skills', 'Easy Apply', 'Posted on Mar 2, 2024']) {
      expect(text).not.toContain(chrome);
    }
    expect(linkedin.cards(doc, url)).toEqual([]);
  });

  it('reads the same pane at the signed-in job view URL', () => {
    const { doc, url } = load(EASY_APPLY, 'https://www.linkedin.com/jobs/view/3845111376/');
    expect(linkedin.detail(doc, url)?.listing.jobId).toBe('3845111376');
  });

  it('reads a pane without a company link ("Company · Place · time" on one line)', () => {
    const { doc, url } = load(DELPHI, 'https://www.linkedin.com/jobs/search/?currentJobId=3841446115');
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '3841446115',
      title: 'Analista Desenvolvedor de Software Delphi',
      company: 'TICOOP BRASIL - COOPERATIVA DOS PROFISSIONAIS EM TECNOLOGIA DA INFORMACAO',
      location: 'Greater Curitiba',
    });
    expect(found.listing.text).toContain('Buscamos um analista desenvolvedor de software especializado em delphi');
    expect(found.listing.text).toContain('• conhecimento em delphi vcl e/ou firemonkey.');
    // LinkedIn's own notice inside the description box is not the employer's text.
    expect(found.listing.text).not.toContain('This job is sourced from a job board.');
    expect(found.listing.text).not.toContain('About the job');
  });

  it('refuses a pane that still shows the previous listing', () => {
    const { doc, url } = load(EASY_APPLY, 'https://www.linkedin.com/jobs/search/?currentJobId=3826511262');
    expect(linkedin.detail(doc, url)).toBeUndefined();
  });

  it('yields the 10 rendered cards of the result list and skips the 15 occluded shells', () => {
    const html = fixture(LIST);
    const { doc, url } = load(LIST, 'https://www.linkedin.com/jobs/search/?currentJobId=3826511262');
    // Counted independently: 25 list items, 10 of them with a rendered title link.
    expect(distinct(html, /data-occludable-job-id="(\d+)"/g)).toBe(25);
    expect(html.match(/job-card-container__link/g)).toHaveLength(10);
    const cards = linkedin.cards(doc, url);
    expect(cards).toHaveLength(10);
    expect(cards[0]!.jobId).toBe('3826511262');
    expect(cards[0]!.anchor.tagName).toBe('A');
    expect(cards[0]!.anchor.textContent?.trim()).toBe('(ANALISTA DE DESENVOLVIMENTO PL)');
    expect(cards.map((c) => c.jobId)).toContain('3845111376');
    // A result list alone shows no listing in full.
    expect(linkedin.detail(doc, url)).toBeUndefined();
  });

  it('reads a split view put together from the real list and the real pane', () => {
    const html = `<!DOCTYPE html><html><body><main>${fixture(LIST)}${fixture(EASY_APPLY)}</main></body></html>`;
    const shown = page(html, 'https://www.linkedin.com/jobs/search/?currentJobId=3845111376');
    expect(linkedin.detail(shown.doc, shown.url)?.listing.title).toBe('Full Stack Engineer');
    expect(linkedin.cards(shown.doc, shown.url)).toHaveLength(10);
    // The user clicked another card; the pane has not caught up yet.
    const stale = page(html, 'https://www.linkedin.com/jobs/search/?currentJobId=3826511262');
    expect(linkedin.detail(stale.doc, stale.url)).toBeUndefined();
  });
});

describe('linkedin signed-in split view (real, August 2025, Italian interface)', () => {
  // The search the page was saved from; LinkedIn adds the shown listing as currentJobId.
  const SEARCH = 'https://www.linkedin.com/jobs/search/?keywords=python+developer&location=Italy&f_TPR=r86400&distance=10';
  const SHOWN = 'https://www.linkedin.com/jobs/search/?currentJobId=4275929861&keywords=python+developer&location=Italy&f_TPR=r86400&distance=10';

  it('reads the listing in the pane: title, company, place and the posting text only', () => {
    const { doc, url } = load(SPLIT_2025, SHOWN);
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'linkedin',
      jobId: '4275929861',
      title: 'Senior Back-end Developer --Ibrido--',
      company: 'idealista Italia',
      location: 'Milano, Lombardia, Italia',
    });
    expect(found.anchor).toBe(doc.querySelector('.job-details-jobs-unified-top-card__job-title h1'));
    const { text } = found.listing;
    expect(text.split('\n')[0]).toBe('Sei appassionat@ di tecnologia e vuoi entrare a far parte di un ambiente dinamico, sfidante e in continua evoluzione?');
    expect(text).toContain('• Ottima conoscenza di Python e Javascript/Typescript (Node.js)');
    expect(text).toContain('• Familiarità con Docker e AWS');
    expect(text.split('\n').at(-1)).toBe('Allora inviaci subito la tua candidatura con un CV aggiornato!');
    // The box's own heading is LinkedIn's, in the reader's language; the rest is page chrome.
    for (const chrome of ['Informazioni sull’offerta di lavoro', 'Candidatura semplice', 'Salva', 'Riattiva Premium', '3 di 10 competenze', 'Informazioni sull’azienda', '31.785 follower']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('reads the same listing at the search address before LinkedIn adds currentJobId (id from the pane\'s own link)', () => {
    const { doc, url } = load(SPLIT_2025, SEARCH);
    expect(linkedin.detail(doc, url)?.listing.jobId).toBe('4275929861');
  });

  it('refuses the pane while the address names another card of the list', () => {
    const { doc, url } = load(SPLIT_2025, 'https://www.linkedin.com/jobs/search/?currentJobId=4274609607&keywords=python+developer&location=Italy');
    expect(linkedin.detail(doc, url)).toBeUndefined();
    expect(linkedin.stale?.(doc, url)).toBe(true);
  });

  it('yields the 7 rendered cards of 25 list items (18 occluded shells skipped), the shown one first', () => {
    const html = fixture(SPLIT_2025);
    // Counted independently: 25 list items, 7 distinct rendered job cards.
    expect(distinct(html, /data-occludable-job-id="(\d+)"/g)).toBe(25);
    expect(distinct(html, /<div data-job-id="(\d+)"/g)).toBe(7);
    const { doc, url } = load(SPLIT_2025, SHOWN);
    const cards = linkedin.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['4275929861', '4274609607', '4265312348', '4269215494', '4280307579', '4270192867', '4268219096']);
    for (const c of cards) expect(c.anchor.tagName).toBe('A');
    expect(cards[1]!.anchor.textContent).toContain('Sviluppatore SAP ABAP');
  });
});

describe('linkedin signed-in split view (constructed, 2024-25 markup)', () => {
  const href = 'https://www.linkedin.com/jobs/search/?currentJobId=4102938475&keywords=machine%20learning%20engineer';

  it('reads the listing named by currentJobId', () => {
    const { doc, url } = load(SPLIT, href);
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '4102938475',
      title: 'Machine Learning Engineer, Search Ranking',
      company: 'Kestrel Metrics',
      location: 'Seattle, WA',
    });
    expect(found.anchor).toBe(doc.querySelector('.job-details-jobs-unified-top-card__job-title h1'));
    const { text } = found.listing;
    expect(text).toContain('• Train and ship learning-to-rank models');
    expect(text).toContain('3+ years building production machine learning systems in Python.');
    for (const chrome of ['About the job', 'See less', 'Easy Apply', 'About the company', 'Similar jobs', 'Sign in', '84 applicants']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('yields the 5 rendered cards (2 occluded shells skipped)', () => {
    const html = fixture(SPLIT);
    const { doc, url } = load(SPLIT, href);
    expect(distinct(html, /data-occludable-job-id="(\d+)"/g)).toBe(7);
    expect(html.match(/class="[^"]*job-card-container__link/g)).toHaveLength(5);
    const cards = linkedin.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['4102938475', '4109911223', '4087765410', '4111230098', '4098812377']);
    expect(cards[1]!.anchor.getAttribute('aria-label')).toBe('Applied Scientist, Recommendations');
  });

  it('refuses the pane while it still shows another listing than currentJobId', () => {
    const { doc, url } = load(SPLIT, 'https://www.linkedin.com/jobs/search/?currentJobId=4109911223');
    expect(linkedin.detail(doc, url)).toBeUndefined();
  });
});

describe('linkedin on broken or hostile pages', () => {
  const href = 'https://www.linkedin.com/jobs/view/3915648739/';

  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, href);
      expect(linkedin.detail(doc, url)).toBeUndefined();
      expect(linkedin.cards(doc, url)).toEqual([]);
    });
  }

  it('finds no listing when the description is empty', () => {
    const { doc, url } = page('<h1 class="top-card-layout__title">ML Engineer</h1><div class="show-more-less-html__markup"> </div>', href);
    expect(linkedin.detail(doc, url)).toBeUndefined();
  });

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(
      `<h1 class="top-card-layout__title">ML Engineer</h1><div class="show-more-less-html__markup">${HOSTILE_HTML}</div>`,
      href,
    );
    const found = linkedin.detail(doc, url)!;
    expect(found.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('skips cards whose id is not a LinkedIn id', () => {
    const { doc, url } = page(
      '<li data-occludable-job-id="abc"><a class="job-card-container__link">X</a></li>'
      + '<div data-entity-urn="urn:li:jobPosting:"><h3 class="base-search-card__title">Y</h3></div>',
      'https://www.linkedin.com/jobs/search/',
    );
    expect(linkedin.cards(doc, url)).toEqual([]);
  });
});

describe('linkedin guest search with the details pane open (real, August 2024, India)', () => {
  const FILE = 'linkedin/linkedin_guest_search_india_details-pane_2024.html';
  // The saver's address (the repo's scraper); the page's og:url is the bare /jobs/search.
  const href = 'https://www.linkedin.com/jobs/search?keywords=&location=India&geoId=102713980&f_TPR=r86400&f_C=1586&position=1&pageNum=0';

  it('reads the pane under its linked h2: the id from that link, not the search\'s count heading', () => {
    const { doc, url } = load(FILE, href);
    const found = linkedin.detail(doc, url)!;
    expect(found.listing).toMatchObject({ jobId: '3943870863', title: 'Executive Assistant', company: 'Amazon', location: 'Gurgaon, Haryana, India' });
    expect(found.anchor.tagName).toBe('H2');
    const lines = found.listing.text.split('\n').filter(Boolean);
    expect(lines[1]).toMatch(/^As an Executive Assistant, you will complete high volumes of tasks/);
    expect(lines.at(-1)).toBe('Job ID: A2665208');
    for (const chrome of ['Show more', 'Seniority level', 'Referrals increase']) expect(found.listing.text).not.toContain(chrome);
  });

  it('yields the 46 result cards', () => {
    const { doc, url } = load(FILE, href);
    expect(distinct(fixture(FILE), /data-entity-urn="urn:li:jobPosting:(\d+)"/g)).toBe(46);
    expect(linkedin.cards(doc, url)).toHaveLength(46);
  });
});

describe('linkedin authwall served at a job search address (real, December 2025)', () => {
  it('reads no listing and no cards on the "Sign Up | LinkedIn" join form', () => {
    const { doc, url } = load('linkedin/linkedin_authwall_jobs-search_2025.html', 'https://www.linkedin.com/jobs/search?keywords=data%20scientist&location=India');
    expect(linkedin.detail(doc, url)).toBeUndefined();
    expect(linkedin.cards(doc, url)).toEqual([]);
  });
});
