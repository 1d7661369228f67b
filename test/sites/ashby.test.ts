import { afterAll, describe, expect, it } from 'vitest';
import { ashby } from '../../src/sites/ashby';
import { readListing } from '../../src/sites/chain';
import { jobPostingLd } from '../../src/sites/dom';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const POSTING = 'ashby/ashby_posting_constructed.html';
const BOARD = 'ashby/ashby_board_constructed.html';
const POSTING_URL = 'https://jobs.ashbyhq.com/lumenlabs/5f0c9a7e-3b2d-4c1e-9f8a-7b6c5d4e3f21';
const LD = /<script type="application\/ld\+json">[\s\S]*?<\/script>/;
const REAL = 'ashby/ashby_tambo_ai-engineer-agents-lead_serverhtml.html';
const REAL_URL = 'https://jobs.ashbyhq.com/tambo-ai/39fcac07-6f9f-4e49-a989-26ca75aa5d5a';
const REAL_BOARD = 'ashby/ashby_board_reflexrobotics_serverhtml.html';

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

describe('ashby posting, the page as Ashby serves it (real, 2026)', () => {
  it('has the posting in its JSON-LD, which jobPostingLd reads in full', () => {
    const { doc } = load(REAL, REAL_URL);
    const ld = jobPostingLd(doc)!;
    expect(ld).toMatchObject({
      title: 'AI Engineer (Agents Lead)',
      company: 'Tambo',
      identifier: '39fcac07-6f9f-4e49-a989-26ca75aa5d5a',
      // The address says "United States" as locality and as country: named once.
      location: 'United States',
    });
    // Ashby writes list items as <li><p>…</p></li>: each bullet stays on the line of its words.
    expect(ld.description).toMatch(/^• Build agent architectures that are fast, reliable, and actually pleasant to work with$/m);
    expect(ld.description).toMatch(/^Bonus Points\n+• Experience with TypeScript$/m);
    expect(ld.description).not.toMatch(/^•$/m);
  });

  it('shows no listing until the app renders: the body is a spinner, no title to badge', () => {
    const { doc, url } = load(REAL, REAL_URL);
    expect(ashby.matches(url)).toBe(true);
    expect(ashby.jobIdFrom?.(url)).toBe('39fcac07-6f9f-4e49-a989-26ca75aa5d5a');
    expect(doc.title).toBe('AI Engineer (Agents Lead) @ Tambo');
    expect(doc.querySelector('h1')).toBeNull();
    expect(ashby.detail(doc, url)).toBeUndefined();
    expect(ashby.cards(doc, url)).toEqual([]);
  });

  it('is read from its JSON-LD when the user asks, as the posting the address names', () => {
    const { doc, url } = load(REAL, REAL_URL);
    // On the board page itself JSON-LD alone is not enough (a single-page app keeps stale JSON-LD).
    expect(readListing(doc, url, ashby)).toBeUndefined();
    const asked = readListing(doc, url, ashby, { dataAlone: true })!;
    expect(asked.listing).toMatchObject({
      via: 'json-ld',
      source: 'ashby',
      jobId: '39fcac07-6f9f-4e49-a989-26ca75aa5d5a',
      title: 'AI Engineer (Agents Lead)',
      company: 'Tambo',
      location: 'United States',
    });
    expect(asked.anchor).toBeNull();
  });

  it('once the app draws its heading, the adapter reads it with the JSON-LD\'s company and place', () => {
    // The served page plus the one element the rendered page adds first: the posting heading.
    const html = fixture(REAL).replace('<div id="root">', '<div id="root"><h1 class="ashby-job-posting-heading">AI Engineer (Agents Lead)</h1>');
    const { doc, url } = page(html, REAL_URL);
    const found = ashby.detail(doc, url)!;
    expect(found.listing).toMatchObject({ jobId: '39fcac07-6f9f-4e49-a989-26ca75aa5d5a', title: 'AI Engineer (Agents Lead)', company: 'Tambo', location: 'United States' });
    expect(found.listing.text).toContain('• 5+ years shipping software');
  });
});

describe('ashby board, the page as Ashby serves it (real, 2026)', () => {
  it('lists its postings only in window.__appData: no card and no listing until the app renders', () => {
    const html = fixture(REAL_BOARD);
    // Counted independently: 13 postings in the board data, none as a link yet.
    expect(distinct(html, /"id":"([0-9a-f-]{36})","title"/g)).toBe(13);
    expect(html).not.toMatch(/href="[^"]*\/ReflexRobotics\/[0-9a-f-]{36}/i);
    const { doc, url } = load(REAL_BOARD, 'https://jobs.ashbyhq.com/ReflexRobotics');
    expect(ashby.matches(url)).toBe(true);
    expect(ashby.cards(doc, url)).toEqual([]);
    expect(ashby.detail(doc, url)).toBeUndefined();
    expect(readListing(doc, url, ashby, { dataAlone: true })).toBeUndefined();
  });
});

describe('ashby application tab rendered in a browser (real, Ramp, 2026; saved without its scripts)', () => {
  const APP = 'ashby/ashby_ramp_application_rendered.html';
  const APP_URL = 'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application';

  it('has the markup the adapter relies on, and its Overview and Application tabs are not cards', () => {
    const { doc, url } = load(APP, APP_URL);
    expect(ashby.matches(url)).toBe(true);
    expect(ashby.jobIdFrom?.(url)).toBe('cc0af88a-2a19-493d-93cf-c5090f986f1f');
    expect(doc.querySelector('h1.ashby-job-posting-heading')?.textContent).toBe('AI Partnerships Manager');
    expect(doc.title).toBe('AI Partnerships Manager @ Ramp');
    // The left pane's facts as heading + value, the right pane's tabs linking to the posting itself.
    expect(doc.querySelector('.ashby-job-posting-left-pane h2')?.nextElementSibling?.textContent).toBe('San Francisco, CA');
    expect(Array.from(doc.querySelectorAll('a[role="tab"]'), (a) => a.getAttribute('href'))).toEqual([
      '/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f', '/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application',
    ]);
    expect(ashby.cards(doc, url)).toEqual([]);
  });

  it('reads no listing: the Application tab shows the form, and the saved copy has no JSON-LD', () => {
    const { doc, url } = load(APP, APP_URL);
    expect(doc.querySelector('script')).toBeNull();
    expect(ashby.detail(doc, url)).toBeUndefined();
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
