import { afterAll, describe, expect, it } from 'vitest';
import { jobPostingLd } from '../../src/sites/dom';
import { requisitionFromPath, workday } from '../../src/sites/workday';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const SERVER = 'workday/workday_autodesk_jobpage_serverhtml_24WD81528.html';
const RENDERED = 'workday/workday_autodesk_jobpage_rendered_constructed_24WD81528.html';
const RESULTS = 'workday/workday_autodesk_search_results_rendered_dom.html';
const MEDTRONIC = 'workday/workday_medtronic_jobpage_serverhtml_R61966-1.html';
const MEDTRONIC_URL = 'https://medtronic.wd1.myworkdayjobs.com/en-US/MedtronicCareers/job/AI-Data-Science-Engineer-II_R61966-1';
const NO_RESULTS = 'workday/workday_hp_search_rendered_noresults.html';
const NVIDIA = 'workday/workday_nvidia_jobpage_rendered_JR2019510-1.html';
const NVIDIA_URL = 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1';
const JOB_URL = 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528';
const TITLE = 'Senior Industry Strategy Manager - Content Creation';

describe('workday.matches', () => {
  it('claims job pages and career-site searches on myworkdayjobs.com', () => {
    for (const href of [...JOB_URLS.workday!, 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/details/Data-Scientist_25WD86001']) {
      expect(workday.matches(new URL(href)), href).toBe(true);
    }
  });

  it('refuses other boards and Workday URLs that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('workday'),
      'https://autodesk.wd1.myworkdayjobs.com/',
      'https://autodesk.wd1.myworkdayjobs.com/wday/cxs/autodesk/Ext/jobs',
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/userHome/applications',
      'https://www.workday.com/en-us/company/careers.html',
      'https://myworkdayjobs.com.evil.example/Ext/job/X_JR1',
    ]) expect(workday.matches(new URL(href)), href).toBe(false);
  });

  it('takes the requisition id from the last path segment, without the repost suffix', () => {
    expect(requisitionFromPath(new URL(JOB_URL).pathname)).toBe('24WD81528');
    expect(requisitionFromPath('/en-US/Ext/job/Toronto/Software-Developer-Full-stack-_25WD84893-1')).toBe('25WD84893');
    expect(requisitionFromPath('/Careers/job/Dubai/Financial-Analyst_JR-104233')).toBe('JR-104233');
    expect(requisitionFromPath('/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Deep-Learning-Engineer_JR1987654')).toBe('JR1987654');
    expect(requisitionFromPath('/en-US/Ext')).toBeNull();
  });
});

describe('workday job page, server HTML before the app renders (real)', () => {
  it('has the posting only in its JSON-LD, which jobPostingLd reads in full', () => {
    const { doc } = load(SERVER, JOB_URL);
    const ld = jobPostingLd(doc)!;
    expect(ld).toMatchObject({
      title: TITLE,
      company: 'Autodesk Canada Co.',
      identifier: '24WD81528',
      location: 'AMER - Canada - Quebec - Montreal - 10 Rue Duke, Canada',
    });
    expect(ld.description).toContain('Job Requisition ID # 24WD81528');
    expect(ld.description).toContain('Define and articulate Autodesk’s strategic vision, direction and goals for 3D content creation');
    expect(ld.description).toContain('(M&E)');
  });

  it('shows no listing yet: there is no title to put the badge next to', () => {
    const { doc, url } = load(SERVER, JOB_URL);
    expect(doc.body.children).toHaveLength(1);
    expect(workday.detail(doc, url)).toBeUndefined();
    expect(workday.cards(doc, url)).toEqual([]);
  });
});

describe('workday job page, server HTML as served in April 2026 (real, Medtronic)', () => {
  it('still carries the posting only in its JSON-LD, identified by the requisition without the repost suffix', () => {
    const { doc, url } = load(MEDTRONIC, MEDTRONIC_URL);
    expect(workday.matches(url)).toBe(true);
    // The address ends in R61966-1 (a repost); the JSON-LD and the adapter both say R61966.
    expect(workday.jobIdFrom?.(url)).toBe('R61966');
    const ld = jobPostingLd(doc)!;
    expect(ld).toMatchObject({
      title: 'AI/Data Science Engineer II',
      identifier: 'R61966',
      company: 'IN2 COV - COV Engineering Services PL',
      location: 'IND-TS Hyderabad Nanakramguda, India',
    });
    expect(ld.description).toContain('Data engineers work closely with data scientists/Machine Learning researchers');
    expect(doc.getElementById('root')?.children).toHaveLength(0);
    expect(workday.detail(doc, url)).toBeUndefined();
    expect(workday.cards(doc, url)).toEqual([]);
  });
});

describe('workday search with no results (real rendered DOM, HP)', () => {
  it('yields no card and no listing, and says so itself', () => {
    const { doc, url } = load(NO_RESULTS, 'https://hp.wd5.myworkdayjobs.com/ExternalCareerSite?q=Israel');
    expect(workday.matches(url)).toBe(true);
    expect(doc.querySelector('[data-automation-id="jobFoundText"]')?.textContent).toBe('0 JOBS FOUND');
    expect(workday.cards(doc, url)).toEqual([]);
    expect(workday.detail(doc, url)).toBeUndefined();
  });
});

describe('workday job page rendered in a browser (real, NVIDIA, 2026; saved without its scripts, so without JSON-LD)', () => {
  it('reads the rendered posting: header, requisition, place and the description only', () => {
    const { doc, url } = load(NVIDIA, NVIDIA_URL);
    expect(doc.querySelector('script')).toBeNull();
    const found = workday.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'workday',
      url: NVIDIA_URL,
      // The address says JR2019510-1 (a repost), the page's requisition line JR2019510.
      jobId: 'JR2019510',
      title: 'Senior Test Engineer - Autonomous Driving',
      company: null,
      location: 'Germany, Munich',
    });
    expect(found.anchor).toBe(doc.querySelector('h2[data-automation-id="jobPostingHeader"]'));
    const { text } = found.listing;
    expect(text.split('\n')[0]).toMatch(/^NVIDIA is tapping into the unlimited potential of AI/);
    expect(text).toContain('What we need to see:\n');
    expect(text).toContain('• Proficiency in programming languages commonly used in AV development and testing (e.g., Python, C++)');
    expect(text).toContain('Ways to stand out from the crowd:\n');
    for (const chrome of ['Sign In', 'Search for Jobs', 'page is loaded', 'job requisition id', 'Posted Today', 'Apply', 'Follow Us', 'Workday, Inc.']) {
      expect(text, chrome).not.toContain(chrome);
    }
    expect(workday.cards(doc, url)).toEqual([]);
  });

  it('refuses the rendered posting at another requisition\'s address', () => {
    const { doc, url } = load(NVIDIA, 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Deep-Learning-Engineer_JR1987654');
    expect(workday.detail(doc, url)).toBeUndefined();
    expect(workday.stale?.(doc, url)).toBe(true);
  });
});

describe('workday job page after rendering (constructed from the same posting)', () => {
  it('reads the listing, text from the JSON-LD whose identifier is the URL requisition', () => {
    const { doc, url } = load(RENDERED, JOB_URL);
    const found = workday.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'workday',
      url: JOB_URL,
      jobId: '24WD81528',
      title: TITLE,
      company: 'Autodesk Canada Co.',
      location: 'AMER - Canada - Quebec - Montreal - 10 Rue Duke, Canada',
    });
    expect(found.anchor).toBe(doc.querySelector('h2[data-automation-id="jobPostingHeader"]'));
    const { text } = found.listing;
    expect(text).toContain('Define and articulate Autodesk’s strategic vision, direction and goals for 3D content creation');
    for (const chrome of ['Sign In', 'Search for Jobs', 'Similar Jobs', 'Skip to main content', 'job requisition id', 'Posted 30+ Days Ago']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('reads the rendered description when the JSON-LD belongs to the first page opened', () => {
    // In-app navigation to another posting: URL and DOM move on, the <head> JSON-LD stays.
    const html = fixture(RENDERED)
      .replace(`>${TITLE}</h2>`, '>Principal /Staff level Engineer- Machine Learning</h2>')
      .replace('<dd class="css-129m7dg">24WD81528</dd>', '<dd class="css-129m7dg">24WD84408</dd>');
    const { doc, url } = page(html, 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/California-USA---Remote/Principal-Engineer--Machine-Learning_24WD84408-2');
    const found = workday.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '24WD84408',
      title: 'Principal /Staff level Engineer- Machine Learning',
      company: null,
      location: 'Montreal, QC, CAN',
    });
    // The paragraphs of the rendered description, with their line structure.
    expect(found.listing.text).toContain('Minimum Qualifications\n');
    expect(found.listing.text).not.toContain('Similar Jobs');
  });

  it('refuses a rendered posting whose requisition is not the one in the URL', () => {
    const { doc, url } = load(RENDERED, 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Toronto-ON-CAN/Senior-Manager--Data-Pipeline_25WD86056-1');
    expect(workday.detail(doc, url)).toBeUndefined();
  });

  it('yields the two "Similar Jobs" links as cards', () => {
    const { doc, url } = load(RENDERED, JOB_URL);
    expect(workday.cards(doc, url).map((c) => c.jobId)).toEqual(['24WD84408', '25WD86056']);
  });
});

describe('workday search results (real rendered DOM)', () => {
  it('yields the 20 result cards, ids from their requisition line', () => {
    const html = fixture(RESULTS);
    expect(html.match(/data-automation-id="jobTitle"/g)).toHaveLength(20);
    const { doc, url } = load(RESULTS, 'https://autodesk.wd1.myworkdayjobs.com/Ext');
    expect(workday.matches(url)).toBe(true);
    const cards = workday.cards(doc, url);
    expect(cards).toHaveLength(20);
    expect(cards[0]).toMatchObject({ jobId: '25WD84893' });
    expect(cards[0]!.anchor.textContent).toBe('Software Developer(Full-stack)');
    const ml = cards.find((c) => c.anchor.textContent === 'Principal /Staff level Engineer- Machine Learning');
    expect(ml?.jobId).toBe('24WD84408');
    // Each id agrees with the one in the card's own link.
    for (const card of cards) expect(requisitionFromPath(new URL(card.anchor.getAttribute('href')!, url).pathname)).toBe(card.jobId);
    expect(workday.detail(doc, url)).toBeUndefined();
  });
});

describe('workday on broken or hostile pages', () => {
  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, JOB_URL);
      expect(workday.detail(doc, url)).toBeUndefined();
      expect(workday.cards(doc, url)).toEqual([]);
    });
  }

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(
      `<h2 data-automation-id="jobPostingHeader">ML Engineer</h2><div data-automation-id="jobPostingDescription">${HOSTILE_HTML}</div>`,
      JOB_URL,
    );
    expect(workday.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });
});
