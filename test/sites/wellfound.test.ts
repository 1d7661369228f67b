import { afterAll, describe, expect, it } from 'vitest';
import { wellfound } from '../../src/sites/wellfound';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, drift, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const JOB = 'wellfound/wellfound_job_constructed.html';
const LIST = 'wellfound/wellfound_company_jobs_constructed.html';
const JOB_URL = 'https://wellfound.com/jobs/3021868-founding-machine-learning-engineer';

describe('wellfound.matches', () => {
  it('claims job pages and job lists', () => {
    for (const href of JOB_URLS.wellfound!) expect(wellfound.matches(new URL(href)), href).toBe(true);
  });

  it('refuses other boards and Wellfound pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('wellfound'),
      'https://wellfound.com/',
      'https://wellfound.com/company/quillmate',
      'https://wellfound.com/company/quillmate/people',
      'https://wellfound.com/u/someone',
      'https://wellfound.com/jobsearch-tips',
      'https://angel.co/jobs',
    ]) expect(wellfound.matches(new URL(href)), href).toBe(false);
  });
});

describe('wellfound job page (constructed)', () => {
  it('reads the listing from the JSON-LD, anchored on the h1 it confirms', () => {
    const { doc, url } = load(JOB, JOB_URL);
    const found = wellfound.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'wellfound',
      url: JOB_URL,
      jobId: '3021868',
      title: 'Founding Machine Learning Engineer',
      company: 'Quillmate',
      location: 'New York, NY, US',
    });
    expect(found.anchor).toBe(doc.querySelector('main h1'));
    const { text } = found.listing;
    expect(text).toContain('drafts insurance appeal letters for small medical practices');
    expect(text).toContain('• Set up our training and evaluation pipeline (Python, PyTorch, Weights & Biases)');
    for (const chrome of ['Similar jobs', 'Log In', 'Sign up', 'Find jobs', 'Apply', '0.5% – 1.5%']) expect(text).not.toContain(chrome);
  });

  it('yields the two "Similar jobs" links as cards', () => {
    const { doc, url } = load(JOB, JOB_URL);
    const cards = wellfound.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['3019944', '3020517']);
    expect(cards[0]!.anchor.textContent).toBe('Machine Learning Engineer, NLP');
  });

  it('reads the same listing under /company/<startup>/jobs/<id>-<slug>', () => {
    const { doc, url } = load(JOB, 'https://wellfound.com/company/quillmate/jobs/3021868-founding-machine-learning-engineer');
    expect(wellfound.detail(doc, url)?.listing.jobId).toBe('3021868');
  });

  it('does not trust a bare h1 without the JSON-LD to confirm it', () => {
    const html = fixture(JOB).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const { doc, url } = page(html, JOB_URL);
    expect(wellfound.detail(doc, url)).toBeUndefined();
  });

  it('ignores a JSON-LD of another listing (the list opened a listing over itself)', () => {
    const html = fixture(JOB).replace('"title":"Founding Machine Learning Engineer"', '"title":"Data Engineer"');
    const { doc, url } = page(html, JOB_URL);
    expect(wellfound.detail(doc, url)).toBeUndefined();
  });
});

describe('wellfound company job list (constructed)', () => {
  it('yields one card per listing, the title link rather than its Apply link', () => {
    const html = fixture(LIST);
    expect(distinct(html, /href="\/jobs\/(\d+)-/g)).toBe(3);
    const { doc, url } = load(LIST, 'https://wellfound.com/company/quillmate/jobs');
    const cards = wellfound.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['3021868', '3021870', '3021902']);
    expect(cards.map((c) => c.anchor.textContent)).toEqual(['Founding Machine Learning Engineer', 'Data Engineer', 'Product Engineer, Full Stack']);
    expect(wellfound.detail(doc, url)).toBeUndefined();
  });
});

describe('wellfound on broken or hostile pages', () => {
  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, JOB_URL);
      expect(wellfound.detail(doc, url)).toBeUndefined();
      expect(wellfound.cards(doc, url)).toEqual([]);
    });
  }

  it('keeps markup-looking description text as literal text (JSON-LD and markup)', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'ML Engineer', description: HOSTILE_HTML });
    const { doc, url } = page(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>ML Engineer</h1></body></html>`,
      JOB_URL,
    );
    expect(wellfound.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });
});

describe('wellfound on a real role page (2026, fragment)', () => {
  const REAL = 'wellfound/wellfound_role_software-engineer.html';
  const REAL_URL = 'https://wellfound.com/role/software-engineer';

  it('is claimed at its address, and shows no listing in full', () => {
    const { doc, url } = load(REAL, REAL_URL);
    expect(wellfound.matches(url)).toBe(true);
    expect(wellfound.matches(new URL('https://wellfound.com/role/l/software-engineer/san-francisco'))).toBe(true);
    expect(wellfound.detail(doc, url)).toBeUndefined();
  });

  it('finds every job row (37, under 20 company cards)', () => {
    const html = fixture(REAL);
    // Counted independently: distinct /jobs/<id>- links.
    expect(distinct(html, /href="https:\/\/wellfound\.com\/jobs\/(\d+)-/g)).toBe(37);
    const { doc, url } = load(REAL, REAL_URL);
    const cards = wellfound.cards(doc, url);
    expect(cards).toHaveLength(37);
    expect(new Set(cards.map((c) => c.jobId)).size).toBe(37);
    for (const c of cards) expect(c.anchor.textContent?.trim()).not.toBe('');
  });
});

describe('wellfound on a real role-and-place page (2026, whole page as served)', () => {
  // /role/l/<role>/<place>: signed out, relative /jobs/<id>-<slug> links, no JSON-LD; the
  // listings' full texts sit only in the page's __NEXT_DATA__ script.
  const REAL = 'wellfound/wellfound_role_l_ai-engineer_india.html';
  const REAL_URL = 'https://wellfound.com/role/l/ai-engineer/india';

  it('is claimed at its address, and shows no listing in full', () => {
    const { doc, url } = load(REAL, REAL_URL);
    expect(wellfound.matches(url)).toBe(true);
    expect(wellfound.detail(doc, url)).toBeUndefined();
  });

  it('finds every job row (35, under 20 company cards), as saved and redesigned', () => {
    const html = fixture(REAL);
    // Counted independently: distinct relative /jobs/<id>- links.
    expect(distinct(html, /href="\/jobs\/(\d+)-/g)).toBe(35);
    for (const drifted of [false, true]) {
      const { doc, url } = load(REAL, REAL_URL);
      if (drifted) drift(doc);
      const cards = wellfound.cards(doc, url);
      expect(cards, `drifted ${drifted}`).toHaveLength(35);
      expect(cards[0]).toMatchObject({ jobId: '4544682' });
      expect(cards[0]!.anchor.textContent).toBe('AI Engineer');
      // The sign-up link (/jobs/signup?…) and the company links are not cards.
      for (const c of cards) expect(c.anchor.getAttribute('href')).toMatch(/^\/jobs\/\d+-/);
    }
  });
});
