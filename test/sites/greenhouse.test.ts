import { afterAll, describe, expect, it } from 'vitest';
import { greenhouse } from '../../src/sites/greenhouse';
import { BROKEN_PAGES, HOSTILE_HTML, HOSTILE_TEXT, JOB_URLS, closeAll, distinct, fixture, load, otherBoardsUrls, page } from './helpers';

afterAll(closeAll);

const ANTHROPIC = 'greenhouse/greenhouse_boards_anthropic_4182383008.html';
const SCALE = 'greenhouse/greenhouse_jobboards_scaleai_4315289005.html';
const INDEX = 'greenhouse/greenhouse_jobboards_index_constructed.html';

describe('greenhouse.matches', () => {
  it('claims job pages and board indexes on the classic, new and EU boards', () => {
    for (const href of [...JOB_URLS.greenhouse!, 'https://job-boards.greenhouse.io/scaleai']) {
      expect(greenhouse.matches(new URL(href)), href).toBe(true);
    }
  });

  it('refuses other boards and Greenhouse pages that are not job pages', () => {
    for (const href of [
      ...otherBoardsUrls('greenhouse'),
      'https://boards.greenhouse.io/',
      'https://boards.greenhouse.io/anthropic/jobs/not-a-number',
      'https://boards.greenhouse.io/embed/job_board?for=anthropic',
      'https://www.greenhouse.io/careers',
      'https://app.greenhouse.io/jobs/4182383008',
      'https://boards-api.greenhouse.io/v1/boards/anthropic/jobs',
    ]) expect(greenhouse.matches(new URL(href)), href).toBe(false);
  });
});

describe('greenhouse classic board (real, boards.greenhouse.io)', () => {
  const href = 'https://boards.greenhouse.io/anthropic/jobs/4182383008';

  it('reads the listing from its JobPosting JSON-LD, anchored on h1.app-title', () => {
    const { doc, url } = load(ANTHROPIC, href);
    expect(greenhouse.matches(url)).toBe(true);
    const found = greenhouse.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      source: 'greenhouse',
      url: href,
      jobId: '4182383008',
      title: 'Machine Learning Systems Engineer, RL Engineering',
      company: 'Anthropic',
      // As the JSON-LD has it (the page header lists three offices).
      location: 'San Francisco Bay Area, California, United States, CA',
    });
    expect(found.anchor).toBe(doc.querySelector('h1.app-title'));
    const { text } = found.listing;
    expect(text).toContain('Our finetuning researchers train our production Claude models');
    expect(text).toContain('• Implementing LLM finetuning algorithms, such as RLHF');
    for (const chrome of ['Apply Now', 'View all jobs', 'First Name', 'Powered by', 'Submit Application']) expect(text).not.toContain(chrome);
    expect(greenhouse.cards(doc, url)).toEqual([]);
  });

  it('reads #content, company and location from the markup when the JSON-LD is gone', () => {
    const html = fixture(ANTHROPIC).replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const { doc, url } = page(html, href);
    const found = greenhouse.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      company: 'Anthropic',
      location: 'San Francisco, CA | New York City, NY | Seattle, WA',
    });
    expect(found.listing.text).toContain('Anthropic’s mission is to create reliable, interpretable, and steerable AI systems.');
    expect(found.listing.text).toContain('Visa sponsorship:');
    expect(found.listing.text).not.toContain('First Name');
  });
});

describe('greenhouse new board (real, job-boards.greenhouse.io, no JSON-LD)', () => {
  const href = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';

  it('reads .job__description, the company from the page title', () => {
    const { doc, url } = load(SCALE, href);
    const found = greenhouse.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '4315289005',
      title: 'Senior/Staff Machine Learning Research Scientist Generative AI',
      company: 'Scale AI',
      location: 'San Francisco, CA; Seattle, WA; New York, NY',
    });
    expect(found.anchor).toBe(doc.querySelector('.job__title h1'));
    const { text } = found.listing;
    expect(text).toContain('• Publish new methods that advance frontier models/LLMs via human in the loop');
    expect(text).toContain('At least 3 to 5 years of model training and evaluation experience');
    for (const chrome of ['Back to jobs', 'Apply for this job', 'First Name', 'Resume/CV', 'indicates a required field']) {
      expect(text).not.toContain(chrome);
    }
    expect(greenhouse.cards(doc, url)).toEqual([]);
  });

  it('takes the job id from token (embedded application) or gh_jid (board link)', () => {
    for (const href of [
      'https://boards.greenhouse.io/embed/job_app?for=scaleai&token=4315289005',
      'https://boards.greenhouse.io/scaleai?gh_jid=4315289005',
    ]) {
      const { doc, url } = load(SCALE, href);
      expect(greenhouse.matches(url)).toBe(true);
      expect(greenhouse.detail(doc, url)?.listing.jobId).toBe('4315289005');
    }
  });
});

describe('greenhouse board index (constructed)', () => {
  it('yields one card per job row, anchored on the title paragraph', () => {
    const html = fixture(INDEX);
    expect(distinct(html, /href="[^"]*\/jobs\/(\d+)"/g)).toBe(3);
    const { doc, url } = load(INDEX, 'https://job-boards.greenhouse.io/kestrelmetrics');
    const cards = greenhouse.cards(doc, url);
    expect(cards.map((c) => c.jobId)).toEqual(['5512340001', '5512340002', '5512340007']);
    expect(cards[0]!.anchor.textContent).toBe('Machine Learning Engineer, Search Ranking');
    expect(greenhouse.detail(doc, url)).toBeUndefined();
  });

  it('reads classic board rows too', () => {
    const { doc, url } = page(
      '<section class="level-0"><div class="opening"><a data-mapped="true" href="/anthropic/jobs/4182383008">ML Systems Engineer</a>'
      + '<span class="location">Seattle, WA</span></div></section>',
      'https://boards.greenhouse.io/anthropic',
    );
    expect(greenhouse.cards(doc, url)).toEqual([{ jobId: '4182383008', anchor: doc.querySelector('.opening a') }]);
  });
});

describe('greenhouse on broken or hostile pages', () => {
  const href = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';

  for (const [name, html] of Object.entries(BROKEN_PAGES)) {
    it(`finds no listing on a page with ${name}`, () => {
      const { doc, url } = page(html, href);
      expect(greenhouse.detail(doc, url)).toBeUndefined();
      expect(greenhouse.cards(doc, url)).toEqual([]);
    });
  }

  it('keeps markup-looking description text as literal text', () => {
    const { doc, url } = page(`<div class="job__title"><h1>ML Engineer</h1></div><div class="job__description">${HOSTILE_HTML}</div>`, href);
    expect(greenhouse.detail(doc, url)?.listing.text).toContain(`Hostile: ${HOSTILE_TEXT}`);
    expect(doc.querySelector('img')).toBeNull();
  });
});

describe('greenhouse on a real 2026 rendered job page (Alma)', () => {
  it('reads it with the new board selectors', () => {
    const { doc, url } = load('greenhouse/greenhouse_alma-software-engineer-ii.html', 'https://job-boards.greenhouse.io/alma/jobs/8369573002');
    const found = greenhouse.detail(doc, url)!;
    expect(found.listing).toMatchObject({ jobId: '8369573002', title: 'Software Engineer II', company: 'Alma' });
    expect(found.listing.text).toContain('Django');
    expect(greenhouse.cards(doc, url)).toEqual([]);
  });
});

describe('greenhouse new board job page with its application form, rendered DOM (real, GitLab 2026)', () => {
  const FILE = 'greenhouse/greenhouse_gitlab_backend-ruby-agent-observability_rendered_8620720002.html';
  const href = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';

  it('reads the description only, not the form and self-identification survey below it', () => {
    const { doc, url } = load(FILE, href);
    const found = greenhouse.detail(doc, url)!;
    expect(found.listing).toMatchObject({
      jobId: '8620720002',
      title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability',
      company: 'GitLab',
      location: 'Remote, Canada',
    });
    const text = found.listing.text;
    expect(text).toMatch(/^GitLab is the intelligent orchestration platform for DevSecOps\./);
    expect(text).toMatch(/please let us know during the recruiting process\.$/);
    for (const form of ['Apply for this job', 'Voluntary Self-Identification', 'Submit application', 'Cerebral palsy']) expect(text).not.toContain(form);
    expect(greenhouse.cards(doc, url)).toEqual([]);
  });
});
