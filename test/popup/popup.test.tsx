// @vitest-environment happy-dom
// The popup against a mocked worker and browser: each state a user can meet, rendered
// from realistic data, and the two actions that leave the popup (links, page reading).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Analysis, Res } from '../../src/core/protocol';
import type { Advice } from '../../src/core/schema';

const send = vi.fn();
vi.mock('../../src/background/client', () => ({
  // The plan has its own tests (plan.test.tsx): here it is empty and out of the way of each test's answers.
  send: (...args: unknown[]) => (args[0] === 'getPlan' ? Promise.resolve({ items: [], hoursPerWeek: 5 }) : send(...args)),
  GapLensError: class extends Error {},
}));

const browser = {
  tabs: { query: vi.fn(), get: vi.fn() },
  runtime: { openOptionsPage: vi.fn(async () => undefined) },
  scripting: { executeScript: vi.fn() },
};
vi.mock('webextension-polyfill', () => ({ default: browser }));
vi.mock('../../src/content/generic?worker&url', () => ({ default: '/assets/generic-Ab12Cd34.js' }));

const { App } = await import('../../src/popup/App');
const { whyOf, statusNote, sourceOf } = await import('../../src/popup/text');
const { pasteProblem } = await import('../../src/popup/Paste');

type TabAdvice = Res<'tabAdvice'>;

const listing = {
  source: 'linkedin' as const,
  url: 'https://www.linkedin.com/jobs/view/3915648739/',
  jobId: '3915648739',
  title: 'Machine Learning Engineer, Applied AI',
  company: 'OpenAI',
  location: 'San Francisco, CA',
};

const skill = (id: string, name: string, category: 'language' | 'framework' | 'mlops' | 'method' | 'cloud', section: 'required' | 'preferred') =>
  ({ id, name, category, section, mentions: [name], group: null });

const requirements: Analysis['requirements'] = {
  skills: [
    skill('python', 'Python', 'language', 'required'),
    skill('pytorch', 'PyTorch', 'framework', 'required'),
    skill('deep-learning', 'Deep learning', 'method', 'required'),
    skill('kubernetes', 'Kubernetes', 'mlops', 'required'),
    skill('distributed-training', 'Distributed training', 'method', 'required'),
    skill('sql', 'SQL', 'language', 'required'),
    skill('llms', 'LLMs', 'method', 'required'),
    skill('aws', 'AWS', 'cloud', 'preferred'),
    skill('cuda', 'CUDA', 'language', 'preferred'),
  ],
  years: { min: 5, max: null, section: 'required' },
  degree: { level: 'phd', section: 'preferred', field: 'Computer Science', equivalentExperience: false },
  seniority: 'senior',
};

const have = (id: string, name: string, via: string | null = null) => ({ id, name, level: 'working' as const, via, credit: via ? 0.8 : 1 });

const gap: NonNullable<Analysis['gap']> = {
  score: 0.62,
  required: {
    have: [have('python', 'Python'), have('pytorch', 'PyTorch'), have('deep-learning', 'Deep learning', 'PyTorch'), have('sql', 'SQL')],
    missing: [{ id: 'kubernetes', name: 'Kubernetes' }, { id: 'distributed-training', name: 'Distributed training' }, { id: 'llms', name: 'LLMs' }],
  },
  preferred: { have: [have('aws', 'AWS')], missing: [{ id: 'cuda', name: 'CUDA' }] },
  groups: [],
  years: { required: 5, have: 3, status: 'short', shortBy: 2 },
  degree: { level: 'phd', section: 'preferred', have: 'master', status: 'short' },
  explain: { requiredCredit: 3.8, requiredTotal: 7, preferredCredit: 1, preferredTotal: 2, weights: { required: 0.75, preferred: 0.2, flags: 0.05 }, flagPenalty: 0.1 },
};

const analysis: Analysis = { key: 'linkedin:3915648739', listing, requirements, gap };

const steps: Advice[] = [
  {
    id: 'full-stack-deep-learning', title: 'Full Stack Deep Learning', kind: 'course',
    why: 'Covers Kubernetes and Distributed training, both missing here; ~6 weeks at 5 h/week; free',
    sources: ['https://fullstackdeeplearning.com/course/2022/', 'seeds/002_cf3fc5d76443f3ef.txt'],
    effort: { weeks: 6, hoursPerWeek: 5 }, cost: 'free', score: 0.81,
    covers: [{ id: 'kubernetes', name: 'Kubernetes' }, { id: 'distributed-training', name: 'Distributed training' }],
    status: 'active', statusNote: null,
  },
  {
    id: 'hf-llm-course', title: 'Hugging Face LLM Course', kind: 'course',
    why: 'Covers LLMs, missing here; ~4 weeks at 6 h/week; free',
    sources: ['https://huggingface.co/learn/llm-course'],
    effort: { weeks: 4, hoursPerWeek: 6 }, cost: 'free', score: 0.7,
    covers: [{ id: 'llms', name: 'LLMs' }],
    status: 'active', statusNote: null,
  },
  {
    id: 'ml-reproducibility-challenge', title: 'ML Reproducibility Challenge (MLRC)', kind: 'paper-replication',
    why: 'Covers Distributed training, missing here; ~10 weeks at 8 h/week (longer at your 6 h/week); free; check it still runs',
    sources: ['seeds/004_902783d1641ac4af.txt'],
    effort: { weeks: 10, hoursPerWeek: 8 }, cost: 'free', score: 0.5, covers: [{ id: 'distributed-training', name: 'Distributed training' }],
    status: 'unknown', statusNote: 'The 2026 edition has not been announced.',
  },
  {
    id: 'grow-ml-share-of-current-role', title: 'Grow the share of ML work in your current job', kind: 'internal-move',
    why: 'Suits a software engineering background; ~6 months at 5 h/week; free',
    sources: ['seeds/000_a488bd9b1a03a89a.txt'],
    effort: { weeks: 26, hoursPerWeek: 5 }, cost: 'free', score: 0.4, covers: [],
    status: 'active', statusNote: null,
  },
];

const data: TabAdvice = {
  analysis,
  steps,
  path: {
    id: 'software-engineer-to-ml-engineer', title: 'Software engineer → ML engineer',
    from: ['software-engineering'], to: ['ml-engineer'],
    summary: 'Use the engineering you already do, add modelling, and ship a model end to end.',
    steps: [
      { step: 'fast-ai-practical-deep-learning', why: 'Start by training real models fast, top-down.' },
      { step: 'full-stack-deep-learning', why: 'Learn to deploy and monitor what you train.' },
    ],
  },
  pathSteps: [
    { id: 'fast-ai-practical-deep-learning', title: 'fast.ai Practical Deep Learning for Coders', why: 'Start by training real models fast, top-down.', sources: ['https://course.fast.ai/'] },
    { id: 'full-stack-deep-learning', title: 'Full Stack Deep Learning', why: 'Learn to deploy and monitor what you train.', sources: ['https://fullstackdeeplearning.com/course/2022/'] },
  ],
  hasProfile: true,
};

const empty = (hasProfile = true): TabAdvice => ({ analysis: null, steps: [], path: null, pathSteps: [], hasProfile });

let root: HTMLElement;

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

async function mount(search = ''): Promise<HTMLElement> {
  await act(() => { render(<App search={search} />, root); });
  await flush();
  return root;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (label: string | RegExp) => {
  const found = [...root.querySelectorAll('button')].find((b) => (typeof label === 'string' ? text(b) === label : label.test(text(b))));
  if (!found) throw new Error(`no button "${label}" in: ${text(root)}`);
  return found;
};
async function click(el: HTMLElement): Promise<void> {
  await act(() => { el.click(); });
  await flush();
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  send.mockReset();
  browser.tabs.query.mockReset().mockResolvedValue([{ id: 7, url: 'https://www.linkedin.com/jobs/view/3915648739/' }]);
  browser.tabs.get.mockReset().mockResolvedValue({ id: 42 });
  browser.runtime.openOptionsPage.mockClear();
  browser.scripting.executeScript.mockReset();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup: a listing with a profile', () => {
  beforeEach(() => { send.mockResolvedValue(data); });

  it('asks the worker about the active tab', async () => {
    await mount();
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith('tabAdvice', { tabId: 7 });
  });

  it('uses ?tab=<id> when opened as a page, not the active tab', async () => {
    await mount('?tab=42');
    expect(send).toHaveBeenCalledWith('tabAdvice', { tabId: 42 });
    expect(browser.tabs.query).not.toHaveBeenCalled();
  });

  it('shows the listing, the score and "x of y required"', async () => {
    await mount();
    expect(text(root.querySelector('h1'))).toBe('Machine Learning Engineer, Applied AI');
    expect(text(root.querySelector('.company'))).toBe('OpenAI · San Francisco, CA');
    expect(root.querySelector('.ring')?.getAttribute('aria-label')).toBe('62% match');
    expect(root.querySelector('.ring')?.classList.contains('fair')).toBe(true);
    // The counts are said once, by the score line below, not by a second line above it.
    expect(root.querySelector('.score .counts')).toBeNull();
    expect(text(root.querySelector('.board'))).toBe('LinkedIn');
    // The score is below what the skill counts suggest: say why.
    expect(text(root.querySelector('.penalty'))).toBe('10% lower: it asks for 5+ years and you have 3');
    // How the score is counted, in one line.
    expect(text(root.querySelector('.score-why'))).toMatch(/^62%: 4 of 7 required skills, 1 of 2 nice-to-haves/);
    // …and the years are explained once, by the line above, not again in the score line.
    expect(text(root.querySelector('.score-why'))).not.toMatch(/year|−\d+%/);
  });

  it('shows have chips with ✓, missing chips, and "via" for implied skills', async () => {
    await mount();
    const required = root.querySelector('ul[aria-label="Required skills"]')!;
    const haves = [...required.querySelectorAll('button.chip.have')];
    expect(haves.map((li) => li.firstChild?.textContent)).toEqual(['✓', '✓', '✓', '✓']);
    expect(haves.map((li) => li.childNodes[1]?.textContent)).toEqual(['Python', 'PyTorch', 'Deep learning', 'SQL']);
    const implied = haves[2]!;
    expect(implied.getAttribute('title')).toBe('You have this via PyTorch');
    expect(text(implied)).toContain('via PyTorch');
    expect(haves[0]!.getAttribute('title')).toBe('You have this');
    expect([...required.querySelectorAll('button.chip.missing')].map((li) => li.childNodes[1]?.textContent))
      .toEqual(['Kubernetes', 'Distributed training', 'LLMs']);
    const preferred = root.querySelector('ul[aria-label="Nice to have skills"]')!;
    expect(text(preferred.querySelector('button.chip.have'))).toContain('AWS');
    expect(text(preferred.querySelector('button.chip.missing'))).toContain('CUDA');
  });

  it('a listing chip offers every correction the badge panel offers, each one click after the chip; "I\'m learning" is stored, with Undo', async () => {
    const { chipActions } = await import('../../src/ui/chipActions');
    send.mockImplementation(async (name: string) => (name === 'correct' ? { undo: { kind: 'have', skill: 'kubernetes', level: null } } : data));
    await mount();
    const chip = root.querySelector<HTMLButtonElement>('ul[aria-label="Required skills"] button.chip[data-skill="kubernetes"]')!;
    await click(chip);
    const menu = root.querySelector('.chip-menu')!;
    const labels = [...menu.querySelectorAll('button')].map((b) => b.textContent);
    // The same list as the panel (src/ui/chipActions): nothing offered on one surface only.
    const panel = chipActions({ id: 'kubernetes', name: 'Kubernetes', section: 'required', kind: 'missing', mentions: ['Kubernetes'], inProfile: false }, analysis.key);
    expect(labels).toEqual(panel.map((a) => a.label));
    expect(labels).toEqual(['I have Kubernetes', "I'm learning Kubernetes", 'Not asked here', 'Nice to have here', 'Never count “Kubernetes” as Kubernetes']);
    // A nice-to-have chip offers "Required here" instead.
    await click(chip);
    await click(root.querySelector<HTMLButtonElement>('ul[aria-label="Nice to have skills"] button.chip[data-skill="cuda"]')!);
    expect([...root.querySelectorAll('.chip-menu button')].map((b) => b.textContent)).toContain('Required here');
    await click(root.querySelector<HTMLButtonElement>('button.chip[data-skill="cuda"]')!);
    await click(chip);
    await click(button("I'm learning Kubernetes"));
    expect(send).toHaveBeenCalledWith('correct', { change: { kind: 'have', skill: 'kubernetes', level: 'learning' } });
    expect(text(root.querySelector('.notice-bar'))).toContain('Kubernetes added to your profile (learning).');
    await click(button('Undo'));
    expect(send).toHaveBeenCalledWith('correct', { change: { kind: 'have', skill: 'kubernetes', level: null } });
  });

  it('names the implying skill even when the matcher gives its id', async () => {
    const byId = { ...gap, required: { ...gap.required, have: [have('pytorch', 'PyTorch'), have('deep-learning', 'Deep learning', 'pytorch')] } };
    send.mockResolvedValue({ ...data, analysis: { ...analysis, gap: byId } });
    await mount();
    expect(root.querySelector('button.chip.have.via')?.getAttribute('title')).toBe('You have this via PyTorch');
  });

  it('shows the flags: degree, years and seniority', async () => {
    await mount();
    const flags = [...root.querySelectorAll('.flags li')].map(text);
    // Unmet flags say by how much; the tone follows the section (a required shortfall is red, a nice-to-have one amber).
    expect(flags).toEqual(['! PhD nice to have (you have a Master\'s)', '! 5+ years (short by 2 years)', 'Senior level']);
    expect([...root.querySelectorAll('.flags li')].map((li) => li.className)).toEqual(['flag unmet tone-fair', 'flag unmet tone-low', 'flag info tone-neutral']);
  });

  it('shows the top steps with kind, why, effort, cost and a status note when status is unknown', async () => {
    await mount();
    const cards = [...root.querySelectorAll('ol.steps > li')];
    expect(cards).toHaveLength(3);
    const first = cards[0]!;
    expect(text(first.querySelector('h3'))).toBe('Full Stack Deep Learning');
    expect(text(first.querySelector('.kind'))).toBe('Course');
    expect(text(first.querySelector('.cost'))).toBe('Free');
    // The card shows effort and cost in their own places, so the why does not repeat them.
    expect(text(first.querySelector('.why'))).toBe('Covers Kubernetes and Distributed training, both missing here.');
    expect(text(first.querySelector('.effort'))).toBe('Effort: ~6 weeks · 5 h/week');
    expect(first.querySelector('.status')).toBeNull();
    const third = cards[2]!;
    expect(text(third.querySelector('.kind'))).toBe('Paper replication');
    expect(text(third.querySelector('.why'))).toBe('Covers Distributed training, missing here.');
    expect(text(third.querySelector('.effort'))).toBe('Effort: ~10 weeks · 8 h/week (longer at your 6 h/week)');
    expect(text(third.querySelector('.status'))).toContain('The 2026 edition has not been announced.');
  });

  it('times each step at the user\'s own hours a week', async () => {
    const profile = { constraints: { hoursPerWeek: 6 } };
    send.mockImplementation(async (name: string) => (name === 'getProfile' ? { profile, setAside: [] } : data));
    await mount();
    const cards = [...root.querySelectorAll('ol.steps > li')];
    expect(text(cards[0]!.querySelector('.effort'))).toBe('Effort: about 5 weeks at your 6 h/week (planned as ~6 weeks at 5 h/week)');
    expect(text(cards[2]!.querySelector('.effort'))).toBe('Effort: about 14 weeks at your 6 h/week (planned as ~10 weeks at 8 h/week)');
  });

  it('shows the remaining steps on request', async () => {
    await mount();
    const more = button('Show 1 more step');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await click(more);
    expect(root.querySelectorAll('ol.steps > li')).toHaveLength(4);
    expect(button('Show fewer steps').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens source links in a new tab with noopener, and shows seeds as text, not links', async () => {
    await mount();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.steps a, .path a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://fullstackdeeplearning.com/course/2022/',
      'https://huggingface.co/learn/llm-course',
      'https://course.fast.ai/',
      'https://fullstackdeeplearning.com/course/2022/',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    const seeds = [...root.querySelectorAll('.seed')].map(text);
    // Seeds are named by their title (one whose address is known is a link: see 'links only web addresses').
    expect(seeds).toEqual(['“How to Get a Career in Machine Learning” (a product manager’s blog post)', '“How to jumpstart a career in machine learning” (a blog post, 2018)']);
    expect(root.querySelector('a[href*="seeds/"]')).toBeNull();
  });

  it('shows the path for the user background, ordered, collapsed until opened', async () => {
    await mount();
    const details = root.querySelector('details.path') as HTMLDetailsElement;
    expect(text(root.querySelector('.path-section h2'))).toBe('Your path');
    expect(text(details.querySelector('summary .path-title'))).toBe('Software engineer → ML engineer');
    expect(details.open).toBe(false);
    expect([...details.querySelectorAll('.path-steps > li strong')].map(text))
      .toEqual(['fast.ai Practical Deep Learning for Coders', 'Full Stack Deep Learning']);
    expect(text(details.querySelector('.path-steps .why'))).toBe('Start by training real models fast, top-down.');
  });

  it('has headings for every part, and "Edit profile" opens the options page', async () => {
    await mount();
    const headings = [...root.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName}:${text(h).replace(/ \d+\/\d+$/, '')}`);
    expect(headings.slice(0, 5)).toEqual(['H1:Machine Learning Engineer, Applied AI', 'H2:Required', 'H2:Nice to have', 'H2:Next steps to close the gap', 'H3:Full Stack Deep Learning']);
    expect(text(root.querySelector('.privacy'))).toBe('Everything stays in this browser.');
    await click(button('Edit profile'));
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });

  it('renders page text as text, never as markup', async () => {
    send.mockResolvedValue({ ...data, analysis: { ...analysis, listing: { ...listing, title: '<img src=x onerror=alert(1)>Staff ML Engineer' } } });
    await mount();
    expect(root.querySelector('img')).toBeNull();
    expect(text(root.querySelector('h1'))).toBe('<img src=x onerror=alert(1)>Staff ML Engineer');
  });
});

describe('popup: picking another path', () => {
  const choices = [
    { id: 'software-engineer-to-ml-engineer', title: 'Software engineer → ML engineer' },
    { id: 'software-engineer-to-data-engineer-to-ml', title: 'Software engineer → data engineer → ML engineer' },
    { id: 'analyst-to-data-scientist', title: 'Data analyst → data scientist' },
  ];
  const profile = { version: 2, skills: [], education: { level: 'bachelor', field: '' }, years: 6, background: 'software-engineering', targets: ['ml-engineer'], domains: [], constraints: { hoursPerWeek: 5, budget: 'free', fullTimeStudy: false, relocation: false }, updated: 1 };
  const auto: TabAdvice = { ...data, choices, suggestedPath: 'software-engineer-to-ml-engineer' };
  const other: TabAdvice = {
    ...auto,
    path: { id: 'software-engineer-to-data-engineer-to-ml', title: 'Software engineer → data engineer → ML engineer', from: ['software-engineering'], to: ['data-engineer', 'ml-engineer'], summary: 'Data pipelines first.', steps: [{ step: 'data-engineering-zoomcamp', why: 'Pipelines, warehouses and orchestration.' }, { step: 'full-stack-deep-learning', why: 'Then models in production.' }] },
    pathSteps: [{ id: 'data-engineering-zoomcamp', title: 'Data Engineering Zoomcamp', why: 'Pipelines, warehouses and orchestration.', sources: ['https://github.com/DataTalksClub/data-engineering-zoomcamp'] }],
    steps: steps.slice(1),
  };
  let saved: Array<Record<string, unknown>>;
  beforeEach(() => {
    saved = [];
    let current = auto;
    send.mockImplementation(async (name: string, payload: { profile?: Record<string, unknown> }) => {
      if (name === 'getProfile') return { profile: saved.at(-1) ?? profile, setAside: [] };
      if (name === 'saveProfile') { saved.push(payload.profile!); current = payload.profile!.path ? other : auto; return { ok: true }; }
      return current;
    });
  });
  const select = () => root.querySelector<HTMLSelectElement>('.path-section select')!;
  async function choose(value: string) {
    await act(() => { select().value = value; select().dispatchEvent(new Event('change', { bubbles: true })); });
    await flush();
  }

  it('starts with the advice for the background: its first step first', async () => {
    await mount();
    expect(text(root.querySelector('.steps-section .step h3'))).toBe('Full Stack Deep Learning');
  });

  it('names the path for the user background first, labelled by a "Path" label, and shows it chosen', async () => {
    await mount();
    const label = root.querySelector<HTMLLabelElement>('.path-section label')!;
    expect(text(label)).toBe('Path');
    expect(label.htmlFor).toBe(select().id);
    expect([...select().options].map((o) => text(o))).toEqual([
      'Software engineer → ML engineer (for your background)', 'Software engineer → data engineer → ML engineer', 'Data analyst → data scientist',
    ]);
    expect(select().value).toBe('software-engineer-to-ml-engineer');
  });

  it('stores the picked path in the profile, and the path and steps follow it; the suggested one stores no choice', async () => {
    await mount();
    await choose('software-engineer-to-data-engineer-to-ml');
    expect(saved.at(-1)).toEqual({ ...profile, path: 'software-engineer-to-data-engineer-to-ml' });
    expect(text(root.querySelector('.path-title'))).toBe('Software engineer → data engineer → ML engineer');
    expect(select().value).toBe('software-engineer-to-data-engineer-to-ml');
    expect(text(root.querySelector('.path-note'))).toBe('Path changed to Software engineer → data engineer → ML engineer. The steps follow it.');
    expect(root.querySelector('.path-note')!.getAttribute('role')).toBe('status');
    // The next steps are the worker's new advice for the picked path.
    expect(text(root.querySelector('.steps-section .step h3'))).toBe('Hugging Face LLM Course');
    expect(send).toHaveBeenCalledWith('tabAdvice', { tabId: 7 });

    await choose('software-engineer-to-ml-engineer');
    expect(saved.at(-1)!.path).toBeNull();
    expect(text(root.querySelector('.path-title'))).toBe('Software engineer → ML engineer');
    expect(text(root.querySelector('.path-note'))).toMatch(/^Back to the path for your background: Software engineer → ML engineer\./);
  });

  it('says so, and keeps the path, when saving the choice fails', async () => {
    send.mockImplementation(async (name: string) => {
      if (name === 'getProfile') return { profile, setAside: [] };
      if (name === 'saveProfile') throw new Error('Storage is full.');
      return auto;
    });
    await mount();
    await choose('analyst-to-data-scientist');
    expect(text(root.querySelector('.path-note'))).toBe('The path was not changed: Storage is full.');
    expect(text(root.querySelector('.path-title'))).toBe('Software engineer → ML engineer');
  });
});

describe('popup: requirements unclear (issue 19 item 2)', () => {
  it('a listing that only mentions skills: its own grey state listing them, no score, no "Big gap", no "Nothing to close"', async () => {
    const mentioned: Analysis['requirements'] = { skills: [skill('python', 'Python', 'language', 'required'), skill('sql', 'SQL', 'language', 'required')].map((s) => ({ ...s, section: 'other' as const })), years: null, degree: null, seniority: null };
    const empty: NonNullable<Analysis['gap']> = { ...gap, score: 1, required: { have: [], missing: [] }, preferred: { have: [], missing: [] }, years: null, degree: null, explain: { ...gap.explain, flagPenalty: 0 } };
    send.mockResolvedValue({ ...data, analysis: { ...analysis, requirements: mentioned, gap: empty, why: '100%: no skills named' }, steps: [] });
    await mount();
    expect(text(root.querySelector('.unclear'))).toContain('Requirements unclear');
    expect(root.querySelector('.unclear')?.classList.contains('tone-unclear')).toBe(true);
    expect([...root.querySelectorAll('ul[aria-label="Skills the listing mentions"] li')].map(text)).toEqual(['Python', 'SQL']);
    expect(root.querySelector('.ring')).toBeNull();
    expect(text(root)).not.toMatch(/\d+ ?%|Big gap|Nothing to close|every skill/);
  });
});

describe('popup: empty states', () => {
  it('no listing read on a board page: names the boards, and offers to read the page on request (a board that changed its pages)', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 7, url: 'https://www.linkedin.com/jobs/search/?keywords=ml' }]);
    send.mockResolvedValue(empty());
    await mount();
    expect(text(root.querySelector('h1'))).toBe('No job listing open here yet');
    expect(text(root.querySelector('.empty-text'))).toContain('Open a job listing on LinkedIn, Indeed, Greenhouse, Lever, Workday, Ashby, Wellfound or Glassdoor');
    expect([...root.querySelectorAll('.boards li')].map(text)).toEqual(['LinkedIn', 'Indeed', 'Greenhouse', 'Lever', 'Workday', 'Ashby', 'Wellfound', 'Glassdoor']);
    expect(text(root.querySelector('.analyse-title'))).toBe('A listing open here that GapLens did not read?');
    browser.scripting.executeScript
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: undefined }])
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: { ok: false, reason: 'no-posting' } }]);
    await click(button('Analyse this page'));
    expect(browser.scripting.executeScript).toHaveBeenNthCalledWith(1, { target: { tabId: 7 }, files: ['assets/generic-Ab12Cd34.js'] });
    expect(text(root.querySelector('.analyse-status'))).toContain('GapLens found no job listing here.');
  });

  it('no page reading on pages the browser keeps closed', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 7, url: 'chrome://newtab/' }]);
    send.mockResolvedValue(empty());
    await mount();
    expect(text(root.querySelector('h1'))).toBe('No job listing in this tab');
    expect(text(root).includes('Analyse this page')).toBe(false);
  });

  it('"Analyse this page" injects the generic reader into the active tab, then shows the result', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 31, url: 'https://careers.example.com/jobs/ml-engineer' }]);
    send.mockResolvedValueOnce(empty()).mockResolvedValueOnce(data);
    browser.scripting.executeScript
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: undefined }])
      .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: { ok: true, key: 'generic:ml-engineer' } }]);
    await mount();
    await click(button('Analyse this page'));
    expect(browser.scripting.executeScript).toHaveBeenNthCalledWith(1, { target: { tabId: 31 }, files: ['assets/generic-Ab12Cd34.js'] });
    expect(browser.scripting.executeScript.mock.calls[1]![0]).toMatchObject({ target: { tabId: 31 }, func: expect.any(Function) });
    expect(send).toHaveBeenCalledWith('tabAdvice', { tabId: 31 });
    expect(text(root.querySelector('h1'))).toBe('Machine Learning Engineer, Applied AI');
    expect(document.activeElement).toBe(root.querySelector('h1'));
  });

  it('names the site of a listing read on request', async () => {
    const generic = { ...analysis, key: 'generic:ml-1', listing: { ...listing, source: 'generic' as const, url: 'https://www.careers.example.com/jobs/ml-1', jobId: 'ml-1' } };
    send.mockResolvedValue({ ...data, analysis: generic });
    await mount();
    expect(text(root.querySelector('.board'))).toBe('careers.example.com');
  });

  it('says what it tried when the page has no listing it can read, and offers to paste one', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 31, url: 'https://blog.example.com/post' }]);
    send.mockResolvedValue(empty());
    browser.scripting.executeScript.mockResolvedValue([{ frameId: 0, documentId: 'd', result: { ok: false, reason: 'no-posting' } }]);
    await mount();
    await click(button('Analyse this page'));
    const status = text(root.querySelector('.analyse-status'));
    expect(status).toMatch(/^GapLens found no job listing here\. It looked for the posting data job sites publish \(JSON-LD\), then for a title with a description/);
    expect(status).toContain('copy its description and paste it');
    expect(send).toHaveBeenCalledTimes(1);
    // The way on: the paste box, from the message itself.
    const paste = [...root.querySelectorAll('.analyse button')].find((b) => b.textContent === 'Paste a job description');
    expect(paste).toBeTruthy();
    // One way to paste, not two: the footer's button gives way to the one under the message.
    expect([...root.querySelectorAll('button')].filter((b) => b.textContent === 'Paste a job description')).toHaveLength(1);
    await click(paste as HTMLButtonElement);
    expect(root.querySelector('.analyse')).toBeNull();
    expect(root.querySelector('textarea')).toBeTruthy();
  });

  it('says so when the browser refuses to run the reader', async () => {
    browser.tabs.query.mockResolvedValue([{ id: 31, url: 'https://careers.example.com/' }]);
    send.mockResolvedValue(empty());
    browser.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    await mount();
    await click(button('Analyse this page'));
    expect(text(root.querySelector('.analyse-status'))).toBe('GapLens cannot read this page. Cannot access contents of the page.');
  });

  it('no profile yet: shows what the listing asks for and a button to set up the profile', async () => {
    send.mockResolvedValue({ ...empty(false), analysis: { ...analysis, gap: null } });
    await mount();
    expect(root.querySelector('.ring')).toBeNull();
    expect([...root.querySelectorAll('ul[aria-label="Required skills"] button.chip.asked')].map(text))
      .toEqual(['Python', 'PyTorch', 'Deep learning', 'Kubernetes', 'Distributed training', 'SQL', 'LLMs']);
    expect(text(root.querySelector('.asked-count'))).toBe('7 required · 2 nice to have');
    expect(root.querySelector('button.chip.missing')).toBeNull();
    await click(button('Set up your profile (1 minute)'));
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

describe('popup: errors', () => {
  it('worker unreachable: a clear message, and Retry tries again', async () => {
    send.mockRejectedValueOnce(new Error('The GapLens worker did not answer. Try reloading the page.')).mockResolvedValueOnce(data);
    await mount();
    const alert = root.querySelector('[role="alert"]');
    expect(text(alert?.querySelector('h1') ?? null)).toBe('GapLens could not load this tab');
    expect(text(alert)).toContain('The GapLens worker did not answer.');
    await click(button('Retry'));
    expect(send.mock.calls.filter((c) => c[0] === 'tabAdvice')).toHaveLength(2);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(text(root.querySelector('h1'))).toBe('Machine Learning Engineer, Applied AI');
  });

  it('no active tab is an error, not an empty page', async () => {
    browser.tabs.query.mockResolvedValue([]);
    await mount();
    expect(text(root.querySelector('[role="alert"]'))).toContain('GapLens could not find the current tab.');
    expect(send).not.toHaveBeenCalled();
  });
});

describe('popup words', () => {
  it('keeps a why it does not recognise whole', () => {
    expect(whyOf('Start with the maths you will use daily')).toEqual({ why: 'Start with the maths you will use daily.', effortNote: null, unconfirmed: false });
  });

  it('prefers a step\'s own status note when the worker sends one', () => {
    const step = { ...steps[0]!, status: 'unknown' as const, statusNote: 'Editions ran yearly but with gaps.' };
    expect(statusNote(step)).toBe('Editions ran yearly but with gaps.');
    expect(statusNote(steps[0]!)).toBeNull();
  });

  it('links only web addresses', () => {
    // A web page is named by its title (data/sources.json); one without a title by its site.
    expect(sourceOf('https://course.fast.ai/')).toEqual({ kind: 'link', href: 'https://course.fast.ai/', label: 'fast.ai: Practical Deep Learning for Coders' });
    expect(sourceOf('https://www.coursera.org/learn/machine-learning')).toEqual({ kind: 'link', href: 'https://www.coursera.org/learn/machine-learning', label: 'coursera.org' });
    expect(sourceOf('seeds/003_dc355a15d9ddd967.txt')).toEqual({ kind: 'text', label: '“STEM PhDs transitioning to MLE/Data” (a Reddit discussion)' });
    expect(sourceOf('seeds/001_91e8ea1269a1be39.txt')).toMatchObject({ kind: 'link', href: expect.stringMatching(/^https:\/\/towardsdatascience\.com\/journey-to-machine-learning-part-1/) });
    expect(sourceOf('seeds/000_a488bd9b1a03a89a.txt')).toEqual({ kind: 'link', href: 'https://reddit.com/r/bioinformatics/comments/1ajq65n/first_job_transitioning_into_machinelearning/', label: '“First job transitioning into Machine-learning” (r/bioinformatics on Reddit)' });
    expect(sourceOf('seeds/009_abc.txt')).toEqual({ kind: 'text', label: 'A career-change advice article' });
    expect(sourceOf('javascript:alert(1)')).toEqual({ kind: 'text', label: 'javascript:alert(1)' });
  });
});

describe('popup: paste a job description', () => {
  const pasted: Res<'pasteAdvice'> = { analysis: { title: 'Senior Data Scientist', requirements, gap }, steps, path: null, pathSteps: [], hasProfile: true };

  async function openPaste(answer: (name: string, payload: unknown) => unknown) {
    send.mockImplementation(async (name: string, payload: unknown) => answer(name, payload));
    await mount();
    await click(button('Paste a job description'));
    return root.querySelector('textarea')!;
  }
  async function typeInto(box: HTMLTextAreaElement, value: string) {
    await act(() => { box.value = value; box.dispatchEvent(new Event('input', { bubbles: true })); });
  }

  it('reads pasted text through the worker and shows the same gap view, without saving it', async () => {
    const box = await openPaste((name) => (name === 'pasteAdvice' ? pasted : name === 'getProfile' ? { profile: null, setAside: [] } : empty()));
    expect(document.activeElement?.textContent).toBe('Paste a job description');
    expect(root.querySelector('label')?.textContent).toBe('Job description');
    await typeInto(box, '  Senior Data Scientist\nRequired: Python, PyTorch, Kubernetes.  ');
    await click(button('Show my gap'));
    expect(send).toHaveBeenCalledWith('pasteAdvice', { text: 'Senior Data Scientist\nRequired: Python, PyTorch, Kubernetes.' });
    expect(text(root.querySelector('h1'))).toBe('Senior Data Scientist');
    expect(document.activeElement).toBe(root.querySelector('h1'));
    expect(text(root.querySelector('.pasted-note'))).toBe('From pasted text · not saved');
    expect(root.querySelector('.ring')?.getAttribute('aria-label')).toBe('62% match');
    expect(root.querySelectorAll('ol.steps > li').length).toBeGreaterThan(0);
    // Back to the text, kept as it was.
    await click(button('Change the text'));
    expect(root.querySelector('textarea')!.value).toContain('Senior Data Scientist');
    await click(button('Back to this tab'));
    expect(root.querySelector('textarea')).toBeNull();
  });

  it('a chip of pasted text offers what applies to it, and a correction reads the text again, with Undo', async () => {
    // After "I have Kubernetes" the worker's reading counts it as had.
    const after: Res<'pasteAdvice'> = { ...pasted, analysis: { ...pasted.analysis, gap: { ...gap, required: { have: [...gap.required.have, have('kubernetes', 'Kubernetes')], missing: gap.required.missing.filter((m) => m.id !== 'kubernetes') } } } };
    let reads = 0;
    const box = await openPaste((name) => {
      if (name === 'pasteAdvice') return ++reads === 2 ? after : pasted;
      if (name === 'correct') return { undo: { kind: 'have', skill: 'kubernetes', level: null } };
      return name === 'getProfile' ? { profile: null, setAside: [] } : empty();
    });
    await typeInto(box, 'Senior Data Scientist\nRequired: Python, Kubernetes.');
    await click(button('Show my gap'));
    const chip = () => root.querySelector<HTMLButtonElement>('button.chip[data-skill="kubernetes"]')!;
    expect(chip().classList.contains('missing')).toBe(true);
    await click(chip());
    const menu = root.querySelector('.chip-menu')!;
    const labels = [...menu.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['I have Kubernetes', "I'm learning Kubernetes", 'Never count “Kubernetes” as Kubernetes']);
    expect(text(menu)).toContain('Pasted text is not kept');
    await click([...menu.querySelectorAll('button')][0] as HTMLButtonElement);
    expect(send).toHaveBeenCalledWith('correct', { change: { kind: 'have', skill: 'kubernetes', level: 'working' } });
    await vi.waitFor(() => expect(chip().classList.contains('have')).toBe(true));
    expect(reads).toBe(2);
    expect(text(root.querySelector('.notice-bar'))).toContain('Kubernetes added to your profile');
    await click(button('Undo'));
    expect(send).toHaveBeenCalledWith('correct', { change: { kind: 'have', skill: 'kubernetes', level: null } });
    await vi.waitFor(() => expect(chip().classList.contains('missing')).toBe(true));
    expect(reads).toBe(3);
    // Still the pasted text's view, not the tab's.
    expect(text(root.querySelector('.pasted-note'))).toBe('From pasted text · not saved');
  });

  it('explains an empty paste next to the box and sends nothing', async () => {
    const box = await openPaste(() => empty());
    await typeInto(box, '   \n  ');
    await click(button('Show my gap'));
    const alert = root.querySelector('[role="alert"]');
    expect(text(alert)).toBe('Paste the text of a job description first.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain(alert!.id);
    expect(send).not.toHaveBeenCalledWith('pasteAdvice', expect.anything());
  });

  it('refuses text over the limit and the raw inside of a PDF, saying what to do', () => {
    expect(pasteProblem('x'.repeat(200_001))).toMatch(/^This is 200,001 characters; GapLens reads up to 200,000 .*Paste only the job description\.$/);
    expect(pasteProblem('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toMatch(/inside of a file/);
    expect(pasteProblem('We need Python.')).toBeNull();
  });

  it('says so when the worker cannot read it', async () => {
    const box = await openPaste((name) => { if (name === 'pasteAdvice') throw new Error('The worker stopped.'); return empty(); });
    await typeInto(box, 'Data analyst. SQL required.');
    await click(button('Show my gap'));
    expect(text(root.querySelector('[role="alert"]'))).toBe('GapLens could not read it: The worker stopped.');
    expect(root.querySelector('textarea')!.value).toBe('Data analyst. SQL required.');
  });
});
