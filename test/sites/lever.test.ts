import { afterAll, describe, expect, it } from 'vitest';
import { readListing } from '../../src/sites/chain';
import { lever } from '../../src/sites/lever';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const POSTING = 'lever/lever_posting_constructed.html';
const LIST = 'lever/lever_list_constructed.html';
const POSTING_URL = 'https://jobs.lever.co/tidewater/0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b';

describe('lever.matches', () => {
  it('claims postings, application pages and company lists on jobs.lever.co and jobs.eu.lever.co', () => {
    for (const href of JOB_URLS.lever!) expect(lever.matches(new URL(href)), href).toBe(true);
  });

  it('refuses other boards and Lever pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('lever'),
      'https://jobs.lever.co/',
      'https://jobs.lever.co/tidewater/not-a-uuid',
      'https://www.lever.co/',
      'https://hire.lever.co/candidates',
      'https://api.lever.co/v0/postings/tidewater',
    ]) expect(lever.matches(new URL(href)), href).toBe(false);
  });
});

describe('lever application page (real, Highspot, 2026; saved in a browser without its scripts)', () => {
  const APPLY = 'lever/lever_highspot_apply_rendered.html';
  const APPLY_URL = 'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply';

  it('is claimed at its address and shows Lever\'s headline markup, but no listing: the page holds the form, not the description', () => {
    const { doc, url } = load(APPLY, APPLY_URL);
    expect(lever.matches(url)).toBe(true);
    expect(lever.jobIdFrom?.(url)).toBe('f222ad5c-b7dd-43c4-9008-ee1a53174afa');
    // The markup the adapter's title and place selectors name, as Lever renders it.
    expect(doc.querySelector('.posting-header h2')?.textContent).toBe('Principal Software Engineer, Applied AI');
    expect(doc.querySelector('.posting-categories .location')?.textContent).toBe('Seattle');
    expect(doc.title).toBe('Highspot - Principal Software Engineer, Applied AI');
    expect(lever.detail(doc, url)).toBeUndefined();
    expect(lever.cards(doc, url)).toEqual([]);
    // No reader makes a listing out of an application form.
    expect(readListing(doc, url, lever, { dataAlone: true })).toBeUndefined();
  });
});

describe('lever posting (constructed)', () => {
  it('reads the posting sections without the apply block', () => {
    const { doc, url } = load(POSTING, POSTING_URL);
    const found = lever.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'lever',
      url: POSTING_URL,
      jobId: '0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b',
      title: 'Senior Machine Learning Engineer, Forecasting',
      company: 'Tidewater Freight',
      location: 'Chicago, IL',
    });
    expect(found.anchor).toBe(doc.querySelector('.posting-headline h2'));
    const { text } = found.listing;
    expect(text).toContain('Every truck we send is planned against a demand forecast');
    expect(text).toContain("What you'll bring\n");
    expect(text).toContain('• 5+ years of experience shipping machine learning to production');
    expect(text).toContain('The salary range for this role is $165,000 to $195,000');
    for (const chrome of ['Apply for this job', 'Jobs powered by', 'Home Page', 'Full-time /', 'Data & Machine Learning /']) {
      expect(text).not.toContain(chrome);
    }
    expect(lever.cards(doc, url)).toEqual([]);
  });

  it('falls back to the logo for the company when the page title has another shape', () => {
    const html = fixture(POSTING).replace(/<title>[^<]*<\/title>/, '<title>Careers</title>');
    const { doc, url } = page(html, POSTING_URL);
    expect(lever.detail(doc, url)?.listing.company).toBe('Tidewater Freight');
  });

  it('prefers a JobPosting JSON-LD of the same posting', () => {
    const html = fixture(POSTING).replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"JobPosting","title":"Senior Machine Learning Engineer, Forecasting",'
      + '"description":"<p>Forecast freight with PyTorch.</p>","hiringOrganization":{"@type":"Organization","name":"Tidewater Freight LLC"}}</script></head>',
    );
    const { doc, url } = page(html, POSTING_URL);
    expect(lever.detail(doc, url)?.listing).toMatchObject({ company: 'Tidewater Freight LLC', text: 'Forecast freight with PyTorch.' });
  });
});

describe('lever company list (constructed)', () => {
  it('yields one card per posting row, anchored on the posting name', () => {
    const html = fixture(LIST);
    expect(distinct(html, /data-qa-posting-id="([0-9a-f-]{36})"/g)).toBe(4);
    const { doc, url } = load(LIST, 'https://jobs.lever.co/tidewater');
    const cards = lever.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual([
      '0b6e7f3a-52c4-4d19-9a8e-1f2c3d4e5a6b',
      '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
      'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d',
      '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
    ]);
    expect(cards[2]!.anchor.tagName).toBe('H5');
    expect(cards[2]!.anchor.textContent).toBe('MLOps Engineer');
    expect(lever.detail(doc, url)).toBeUndefined();
  });
});

describe('lever on broken or hostile pages', () => {
  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, POSTING_URL);
      expect(lever.detail(doc, url)).toBeUndefined();
      expect(lever.cards(doc, url)).toEqual([]);
    });
  }

  it('finds no listing on the application form (headline, no description)', () => {
    const { doc, url } = page(
      '<div class="posting-page"><div class="posting-headline"><h2>ML Engineer</h2></div>'
      + '<div class="section-wrapper page-full-width"><div class="section page-centered last-section-apply"><a>Submit application</a></div></div></div>',
      `${POSTING_URL}/apply`,
    );
    expect(lever.detail(doc, url)).toBeUndefined();
  });

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(
      `<div class="posting-page"><div class="posting-headline"><h2>ML Engineer</h2></div>`
      + `<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">${HOSTILE_HTML}</div></div></div>`,
      POSTING_URL,
    );
    expect(lever.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });
});
