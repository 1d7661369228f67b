// @vitest-environment happy-dom
// Import and export: pasted text, profile files good and bad, download, reset and undo.
// The rule under test: nothing replaces the profile until the user has seen what changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataAnalyst, softwareEngineer } from '../../src/core/personas';
import type { Profile } from '../../src/core/schema';
import {
  button, byLabel, change, click, fakeWorker, mount, text, type, unmount, waitFor, workerState,
} from './helpers';

const send = vi.fn();
vi.mock('../../src/background/client', () => ({
  send: (...args: unknown[]) => send(...args),
  GapLensError: class extends Error {},
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, storage: {} } }));

const { App } = await import('../../src/options/App');

beforeEach(() => {
  send.mockReset();
  location.hash = '#import';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function chooseFile(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"][accept=".json,application/json"]')!; // the profile file's, not the CV's
  expect(input.getAttribute('accept')).toContain('.json');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await change(input);
}

const exportOf = (profile: Profile) => JSON.stringify({ format: 'gaplens-profile', exported: '2025-01-02T03:04:05.000Z', profile });

describe('import a file', () => {
  const bad: Array<[string, File, RegExp]> = [
    ['invalid JSON', new File(['{"format": "gaplens-profile", "profile": '], 'broken.json', { type: 'application/json' }), /not valid JSON/],
    ['valid JSON of the wrong shape', new File([JSON.stringify({ format: 'gaplens-profile', exported: 'x', profile: { version: 2, skills: 'lots' } })], 'wrong.json'), /profile\.skills/],
    ['JSON that is neither format', new File([JSON.stringify({ hello: 'world' })], 'other.json'), /Not a GapLens profile or a JSON Resume/],
    ['a binary file', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'photo.json'), /binary/],
    ['a file over 1 MB', new File(['x'.repeat(1_100_000)], 'huge.json'), /1\.1 MB/],
  ];
  for (const [what, file, message] of bad) {
    it(`refuses ${what}, says why, and leaves the profile alone`, async () => {
      const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
      const root = await mount(<App />);
      await chooseFile(root, file);
      const alert = await waitFor(() => {
        const el = root.querySelector('[role="alert"]');
        expect(el).toBeTruthy();
        return el!;
      });
      expect(alert.textContent).toContain(`Could not import “${file.name}”.`);
      expect(alert.textContent).toMatch(message);
      expect(alert.textContent).toContain('Your profile has not been changed.');
      expect(button(root, 'Replace my profile')).toBeUndefined();
      expect(w.calls('saveProfile')).toHaveLength(0);
      await unmount(root);
    });
  }

  it('shows what will change for a good file, and replaces only after "Replace my profile"', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App />);
    await chooseFile(root, new File([exportOf(dataAnalyst.profile)], 'analyst.json', { type: 'application/json' }));
    const diff = await waitFor(() => {
      const el = root.querySelector('.diff');
      expect(el).toBeTruthy();
      return el!;
    });
    expect(diff.textContent).toContain('What will change');
    expect(diff.textContent).toMatch(/Adds \d+ skills?: .*SQL/);
    expect(diff.textContent).toContain(`Years of experience: ${softwareEngineer.profile.years} → ${dataAnalyst.profile.years}`);
    expect(w.calls('saveProfile')).toHaveLength(0);

    await click(button(root, 'Replace my profile'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect(w.calls('saveProfile')[0]!.profile).toEqual(dataAnalyst.profile);
    await waitFor(() => expect(root.querySelector('.toast')?.textContent).toContain('Profile replaced from analyst.json.'));
    await unmount(root);
  });

  it('Cancel after a good file saves nothing', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App />);
    await chooseFile(root, new File([exportOf(dataAnalyst.profile)], 'analyst.json'));
    await waitFor(() => expect(button(root, 'Replace my profile')).toBeTruthy());
    await click(button(root, 'Cancel'));
    expect(root.querySelector('.diff')).toBeNull();
    expect(w.calls('saveProfile')).toHaveLength(0);
    await unmount(root);
  });

  it('reads a JSON Resume: skills by name or keyword, education, and keeps what a résumé cannot say', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App />);
    const resume = {
      basics: { name: 'A. Person', label: 'Biologist' },
      education: [{ studyType: 'PhD', area: 'Molecular biology' }],
      skills: [{ name: 'Machine learning', level: 'Beginner', keywords: ['sklearn', 'PyTorch', 'Pipetting'] }],
    };
    await chooseFile(root, new File([JSON.stringify(resume)], 'resume.json'));
    await waitFor(() => expect(root.querySelector('.diff')).toBeTruthy());
    expect(text(root)).toContain('scikit-learn');
    expect(text(root)).toContain('Not recognised as skills (left out): Pipetting');
    await click(button(root, 'Replace my profile'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    const saved = w.calls('saveProfile')[0]!.profile as Profile;
    expect(saved.skills).toContainEqual({ id: 'scikit-learn', level: 'learning' });
    expect(saved.education).toEqual({ level: 'phd', field: 'Molecular biology' });
    expect(saved.background).toBe(softwareEngineer.profile.background);
    await unmount(root);
  });
});

describe('export', () => {
  it('downloads the profile as gaplens-profile-YYYY-MM-DD.json through a Blob URL', async () => {
    fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => { blobs.push(b); return 'blob:gaplens/1'; });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this); });
    const root = await mount(<App />);
    await click(button(root, 'Download profile'));
    expect(create).toHaveBeenCalledTimes(1);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(/^gaplens-profile-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicked[0]!.getAttribute('href')).toBe('blob:gaplens/1');
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.format).toBe('gaplens-profile');
    expect(file.profile).toEqual(softwareEngineer.profile);
    await unmount(root);
  });
});

describe('reset', () => {
  it('resets the profile, and Undo puts the previous one back', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App />);
    await click(button(root, 'Reset profile'));
    await waitFor(() => expect(w.calls('saveProfile')).toEqual([{ profile: null }]));
    const undo = await waitFor(() => {
      const b = root.querySelector('.toast')?.querySelector('button');
      expect(b?.textContent).toBe('Undo');
      return b!;
    });
    expect(button(root, 'Download profile')!.disabled).toBe(true);
    await click(undo);
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(2));
    expect(w.calls('saveProfile')[1]).toEqual({ profile: softwareEngineer.profile });
    await waitFor(() => expect(root.querySelector('.toast')?.textContent).toContain('previous profile is back'));
    expect(button(root, 'Download profile')!.disabled).toBe(false);
    await unmount(root);
  });
});

describe('skills from pasted text', () => {
  it('lists the skills found, marks those already in the profile, and adds only the checked ones after confirming', async () => {
    const w = fakeWorker(send, workerState({ profile: dataAnalyst.profile }));
    const root = await mount(<App />);
    const owned = dataAnalyst.profile.skills.find((s) => s.id === 'python')!;
    expect(owned).toBeTruthy();
    await type(byLabel(root, 'Résumé or LinkedIn text'), [
      'Postdoc, molecular biology. Built image-analysis pipelines in Python with scikit-learn and PyTorch.',
      'Skills: Kubernetes, SQL, statistics',
    ].join('\n'));
    await click(button(root, 'Find skills'));
    const list = await waitFor(() => {
      const el = root.querySelector('.found-list');
      expect(el).toBeTruthy();
      return el!;
    });
    const row = (name: string) => [...list.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === name);
    expect(row('scikit-learn')?.querySelector('input')?.checked).toBe(true);
    expect(row('Python')?.textContent).toContain('already in profile');
    expect(w.calls('saveProfile')).toHaveLength(0);

    await change(row('Kubernetes')!.querySelector('input'), false);
    await click(button(root, /^Add \d+ skills?$/));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    const ids = (w.calls('saveProfile')[0]!.profile as Profile).skills.map((s) => s.id);
    expect(ids).toContain('scikit-learn');
    expect(ids).not.toContain('kubernetes');
    expect(ids.filter((id) => id === 'python')).toHaveLength(1);
    await unmount(root);
  });
});

describe('import a file: the user\'s corrections (issue 15 item 2)', () => {
  const mine = { version: 1, listings: [{ listing: 'linkedin:1', skill: 'python', action: 'drop', at: 10 }], never: [{ words: 'spark joy', skill: 'spark', at: 11 }] };
  const theirs = { version: 1, listings: [{ listing: 'greenhouse:42', skill: 'sql', action: 'required', at: 20 }], never: [] };
  /** The fake worker, answering for corrections too; its plan is empty. */
  function worker(stored: unknown) {
    send.mockReset();
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const base = send.getMockImplementation()!;
    send.mockImplementation(async (name: string, payload: Record<string, unknown>) => {
      if (name === 'getCorrections') return { corrections: stored };
      if (name === 'saveCorrections') { stored = payload.corrections; return { ok: true }; }
      if (name === 'getPlan') return { items: [], hoursPerWeek: 5 };
      return base(name, payload);
    });
    return w;
  }
  const file = (corrections?: unknown) => new File([JSON.stringify({ ...JSON.parse(exportOf(dataAnalyst.profile)), ...(corrections ? { corrections } : {}) })], 'analyst.json');

  it('a file without corrections keeps the user\'s and says so; nothing replaces them', async () => {
    const w = worker(mine);
    const root = await mount(<App />);
    await chooseFile(root, file());
    await waitFor(() => expect(root.querySelector('.diff')?.textContent).toContain('This file has no corrections: your 2 corrections stay as they are.'));
    await click(button(root, 'Replace my profile'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect(w.calls('saveCorrections')).toHaveLength(0);
    await unmount(root);
  });

  it('a file with corrections asks first: keep mine and add the file\'s (the default), keep only mine, or replace', async () => {
    for (const [pick, expected] of [
      [null, { version: 1, listings: [...mine.listings, ...theirs.listings], never: mine.never }],
      ['Keep only mine', null],
      ['Replace mine with the file’s', theirs],
    ] as const) {
      const w = worker(mine);
      const root = await mount(<App />);
      await chooseFile(root, file(theirs));
      const legend = await waitFor(() => {
        const el = root.querySelector('.diff fieldset legend');
        expect(el).toBeTruthy();
        return el!;
      });
      expect(legend.textContent).toBe('The file has 1 correction; you have 2 corrections.');
      if (pick) await click([...root.querySelectorAll('.diff fieldset label')].find((l) => l.textContent!.trim() === pick)!.querySelector('input')!);
      await click(button(root, 'Replace my profile'));
      await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
      const saved = w.calls('saveCorrections');
      if (expected === null) expect(saved, String(pick)).toHaveLength(0);
      else {
        expect(saved, String(pick)).toHaveLength(1);
        const got = saved[0]!.corrections as typeof mine;
        expect({ ...got, listings: [...got.listings].sort((a, b) => a.at - b.at) }, String(pick)).toEqual(expected);
      }
      await unmount(root);
    }
  });
});
