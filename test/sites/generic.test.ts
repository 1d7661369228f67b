import { afterAll, describe, expect, it } from 'vitest';
import { generic, sameTitle, toListing } from '../../src/sites/generic';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, closeAll, fixture, load, page } from './helpers';

afterAll(closeAll);

describe('generic.matches', () => {
  it('claims any https page (it runs only when the user asks)', () => {
    for (const href of ['https://careers.example.com/jobs/123', 'https://vercel.com/careers/data-scientist-us-4554464004', 'https://www.jobindex.dk/jobannonce/r12800344']) {
      expect(generic.matches(new URL(href)), href).toBe(true);
    }
  });

  it('refuses pages that are not https', () => {
    for (const href of ['http://careers.example.com/jobs/123', 'file:///tmp/job.html', 'chrome-extension://abc/popup.html', 'about:blank']) {
      expect(generic.matches(new URL(href)), href).toBe(false);
    }
  });
});

describe('generic on pages carrying JobPosting JSON-LD (other boards\' real pages)', () => {
  it('reads the LinkedIn 2023 guest page, anchored on its h1 (not the hidden sticky-bar copy)', () => {
    const { doc, url } = load(
      'linkedin/linkedin_guest_jobview_google_power_monitoring_engineer.html',
      'https://www.linkedin.com/jobs/view/power-monitoring-execution-engineer-google-data-center-at-google-3561224688',
    );
    const found = generic.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'generic',
      jobId: '116042984853512902',
      title: 'Power Monitoring Execution Engineer, Google Data Center',
      company: 'Google',
      location: 'Austin, TX, US',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.top-card-layout__title'));
    expect(found.listing.text).toContain('Minimum qualifications:');
    expect(found.listing.text).not.toContain('Sign in');
    expect(generic.cards(doc, url)).toEqual([]);
  });

  it('reads the Indeed page, the id from the page address', () => {
    const { doc, url } = load('indeed/indeed_viewjob_canonical_engineering_manager.html', 'https://www.indeed.com/viewjob?jk=bf873f62104b48b5');
    const found = generic.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: 'www.indeed.com/viewjob?jk=bf873f62104b48b5',
      title: 'Engineering Manager, Sustaining Software Engineering, Worldwide',
      company: 'Canonical - Jobs',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.jobsearch-JobInfoHeader-title'));
  });

  it('reads the Greenhouse classic board page', () => {
    const { doc, url } = load('greenhouse/greenhouse_boards_anthropic_4182383008.html', 'https://boards.greenhouse.io/anthropic/jobs/4182383008?gh_src=x');
    const found = generic.detail(doc, url)!;
    expect(found.listing).toMatchObject({ title: 'Machine Learning Systems Engineer, RL Engineering', company: 'Anthropic' });
    expect(found.anchor).toBe(doc.querySelector('h1.app-title'));
    expect(found.listing.text).toContain('Kubernetes');
  });

  it('reads the rendered Workday page, the id from the JSON-LD identifier', () => {
    const { doc, url } = load(
      'workday/workday_autodesk_jobpage_rendered_constructed_24WD81528.html',
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    );
    const found = generic.detail(doc, url)!;
    expect(found.listing.jobId).toBe('24WD81528');
    expect(found.anchor).toBe(doc.querySelector('h2[data-automation-id="jobPostingHeader"]'));
  });

  it('finds nothing on the Workday server HTML: JSON-LD only, no title element to anchor to', () => {
    const { doc, url } = load(
      'workday/workday_autodesk_jobpage_serverhtml_24WD81528.html',
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    );
    expect(generic.detail(doc, url)).toBeUndefined();
  });
});

describe('generic on pages without JobPosting data (real)', () => {
  it('finds nothing on a Jobindex ad whose only JSON-LD is a WebSite', () => {
    const html = fixture('generic/jobindex_dk_jobannonce_r12800344.html');
    expect(html).toContain('application/ld+json');
    expect(html).not.toContain('JobPosting');
    const { doc, url } = page(html, 'https://www.jobindex.dk/jobannonce/r12800344/pilot-scientist-for-purification');
    expect(generic.detail(doc, url)).toBeUndefined();
  });

  it('finds nothing on the Vercel careers page (no JSON-LD at all)', () => {
    const { doc, url } = load('generic/vercel_careers_data_scientist_us_4554464004.html', 'https://vercel.com/careers/data-scientist-us-4554464004');
    expect(generic.detail(doc, url)).toBeUndefined();
  });

  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds nothing on a page with ${name}`, () => {
      const { doc, url } = page(html, 'https://careers.example.com/jobs/123');
      expect(generic.detail(doc, url)).toBeUndefined();
    });
  }
});

describe('generic with hostile JSON-LD', () => {
  it('keeps markup-looking description text as literal text', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'ML Engineer', description: HOSTILE_HTML, identifier: { value: 'ml-1' } });
    const { doc, url } = page(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>ML Engineer</h1></body></html>`,
      'https://careers.example.com/jobs/ml-1',
    );
    const found = generic.detail(doc, url)!;
    expect(found.listing.text).toBe(`Hostile: ${HOSTILE_TEXT}\n\n• Python and PyTorch`);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('does not anchor on a heading that only mentions the title in passing', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'Data Scientist', description: '<p>SQL and Python.</p>' });
    const { doc, url } = page(
      `<html><head><script type="application/ld+json">${ld}</script></head>`
      + '<body><h2>Why our Data Scientist team is the best place in the whole city to grow a career</h2></body></html>',
      'https://careers.example.com/jobs/ds',
    );
    expect(generic.detail(doc, url)).toBeUndefined();
  });
});

describe('listing helpers', () => {
  it('compares titles ignoring case, spacing and punctuation', () => {
    expect(sameTitle('Engineer, ML (Remote)', 'engineer ml remote')).toBe(true);
    expect(sameTitle('Data Scientist', 'Data Scientist II')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
  });

  it('builds only valid listings, capped to the schema limits', () => {
    const url = new URL('https://careers.example.com/jobs/1');
    expect(toListing('generic', url, { jobId: '1', title: 'T', company: null, location: null, text: '   ' })).toBeUndefined();
    expect(toListing('generic', url, { jobId: '', title: 'T', company: null, location: null, text: 'x' })).toBeUndefined();
    expect(toListing('generic', url, { jobId: 'x'.repeat(201), title: 'T', company: null, location: null, text: 'x' })).toBeUndefined();
    const big = toListing('generic', url, { jobId: '1', title: 'T'.repeat(900), company: 'C'.repeat(900), location: 'L'.repeat(900), text: 'w '.repeat(150_000) })!;
    expect(big.title).toHaveLength(500);
    expect(big.company).toHaveLength(300);
    expect(big.location).toHaveLength(300);
    expect(big.text.length).toBeLessThanOrEqual(200_000);
  });
});
