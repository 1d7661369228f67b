import { afterAll, describe, expect, it } from 'vitest';
import { ashby } from '../../src/sites/ashby';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const POSTING = 'ashby/ashby_posting_constructed.html';
const BOARD = 'ashby/ashby_board_constructed.html';
const POSTING_URL = 'https://jobs.ashbyhq.com/lumenlabs/5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21';
const LD = /<script type="application\/ld\+json">[\s\S]*?<\/script>/;

describe('ashby.matches', () => {
  it('claims postings, their application tab and boards on jobs.ashbyhq.com', () => {
    for (const href of JOB_URLS.ashby!) expect(ashby.matches(new URL(href)), href).toBe(true);
  });

  it('refuses other boards and Ashby pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('ashby'),
      'https://jobs.ashbyhq.com/',
      'https://jobs.ashbyhq.com/lumenlabs/not-a-uuid',
      'https://app.ashbyhq.com/home',
      'https://www.ashbyhq.com/customers',
      'https://api.ashbyhq.com/posting-api/job-board/lumenlabs',
    ]) expect(ashby.matches(new URL(href)), href).toBe(false);
  });
});

describe('ashby posting (constructed)', () => {
  it('reads the listing from the JSON-LD, anchored on h1.ashby-job-posting-heading', () => {
    const { doc, url } = load(POSTING, POSTING_URL);
    const found = ashby.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'ashby',
      url: POSTING_URL,
      jobId: '5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21',
      title: 'Research Engineer, Model Evaluation',
      company: 'Lumen Labs',
      location: 'San Francisco, California, United States',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.ashby-job-posting-heading'));
    const { text } = found.listing;
    expect(text).toContain('we are hiring a Research Engineer to design the next generation of our benchmarks');
    expect(text).toContain('• Have 2+ years of experience training or evaluating deep learning models with PyTorch or JAX.');
    for (const chrome of ['Apply for this Job', 'Overview', 'Application', 'Powered by Ashby', 'Privacy Policy', 'Employment Type']) {
      expect(text).not.toContain(chrome);
    }
    // The Overview tab links to the posting itself: not a card.
    expect(ashby.cards(doc, url)).toEqual([]);
  });

  it('reads the rendered Overview tab and the page title when the JSON-LD is gone', () => {
    const { doc, url } = page(fixture(POSTING).replace(LD, ''), POSTING_URL);
    const found = ashby.detail(doc, url)!;
    expect(found.listing).toMatchObject({ company: 'Lumen Labs', location: 'San Francisco' });
    expect(found.listing.text).toContain('What you will work on\n');
    expect(found.listing.text).toContain('Compensation: $180K – $230K, plus equity.');
    expect(found.listing.text).not.toContain('Apply for this Job');
  });

  it('reads the application tab URL as the same listing (text from the JSON-LD)', () => {
    const html = fixture(POSTING).replace(/<div id="overview"[\s\S]*?<\/div>\s*<\/div>\s*<\/div>/, '<form class="ashby-application-form"></form></div>');
    const { doc, url } = page(html, `${POSTING_URL}/application`);
    expect(doc.querySelector('#overview')).toBeNull();
    const found = ashby.detail(doc, url)!;
    expect(found.listing.jobId).toBe('5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21');
    expect(found.listing.text).toContain('hard to game');
  });

  it('accepts a plain h1 only when it repeats the page title', () => {
    const plain = fixture(POSTING).replace(LD, '').replace('class="ashby-job-posting-heading _title_ud4nd_34"', 'class="_title_x"');
    const ok = page(plain, POSTING_URL);
    expect(ashby.detail(ok.doc, ok.url)?.anchor.tagName).toBe('H1');
    const other = page(plain.replace(/<title>[^<]*<\/title>/, '<title>Jobs at Lumen Labs</title>'), POSTING_URL);
    expect(ashby.detail(other.doc, other.url)).toBeUndefined();
  });
});

describe('ashby board (constructed)', () => {
  it('yields one card per posting link of this board, anchored on its h3', () => {
    const html = fixture(BOARD);
    expect(distinct(html, /href="(?:https:\/\/jobs\.ashbyhq\.com)?\/lumenlabs\/([0-9a-f-]{36})"/g)).toBe(4);
    const { doc, url } = load(BOARD, 'https://jobs.ashbyhq.com/lumenlabs');
    const cards = ashby.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual([
      '5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21',
      'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f',
      '8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
      '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e',
    ]);
    expect(cards[2]!.anchor.tagName).toBe('H3');
    expect(cards[2]!.anchor.textContent).toBe('ML Infrastructure Engineer');
    expect(ashby.detail(doc, url)).toBeUndefined();
  });

  it('ignores links to another board', () => {
    const { doc, url } = page('<a href="/otherco/5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21"><h3>X</h3></a>', 'https://jobs.ashbyhq.com/lumenlabs');
    expect(ashby.cards(doc, url)).toEqual([]);
  });
});

describe('ashby on broken or hostile pages', () => {
  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, POSTING_URL);
      expect(ashby.detail(doc, url)).toBeUndefined();
      expect(ashby.cards(doc, url)).toEqual([]);
    });
  }

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(
      `<h1 class="ashby-job-posting-heading">ML Engineer</h1><div id="overview"><div class="_descriptionText_1">${HOSTILE_HTML}</div></div>`,
      POSTING_URL,
    );
    expect(ashby.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });
});
