// @vitest-environment happy-dom
// Onboarding and the profile editor against a fake worker: what gets saved, and what
// must not be.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { physicist, softwareEngineer } from '../../src/core/personas';
import {
  button, byLabel, change, click, fakeWorker, key, mount, settle, text, type, unmount, waitFor, workerState,
} from './helpers';

const send = vi.fn();
vi.mock('../../src/background/client', () => ({
  send: (...args: unknown[]) => send(...args),
  GapLensError: class extends Error {},
}));
vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, storage: {} } }));

const { App } = await import('../../src/options/App');
const { skillName } = await import('../../src/options/taxonomy');

const SAVE_DELAY = 30;

beforeEach(() => {
  send.mockReset();
  location.hash = '';
});
afterEach(() => { document.body.replaceChildren(); });

describe('onboarding', () => {
  it('shows on first run and, started from an example person, saves that profile and marks setup done', async () => {
    const state = workerState({ settings: { ...workerState().settings, onboarded: false } });
    const w = fakeWorker(send, state);
    const root = await mount(<App saveDelay={SAVE_DELAY} />);

    expect(root.querySelector('h1')?.textContent).toBe('Set up GapLens');
    await change(byLabel(root, /Physicist, PhD/), true);
    // Step 1 shows the example's background answers.
    expect((byLabel(root, 'Years of work experience') as HTMLInputElement).value).toBe(String(physicist.profile.years));
    await click(button(root, /^Next: Skills/));
    expect(text(root)).toContain('What can you already do?');
    expect(root.querySelectorAll('.skill-row').length).toBe(physicist.profile.skills.length);
    await click(button(root, /^Next: Goals and time/));
    expect((byLabel(root, 'Research scientist') as HTMLInputElement).checked).toBe(true);
    expect(w.calls('saveProfile')).toHaveLength(0);

    await click(button(root, 'Finish setup'));
    await waitFor(() => expect(w.calls('saveSettings')).toHaveLength(1));
    const [saved] = w.calls('saveProfile');
    const profile = saved!.profile as typeof physicist.profile;
    expect(profile.skills).toEqual(physicist.profile.skills);
    expect(profile.background).toBe('physics');
    expect(profile.targets).toEqual(physicist.profile.targets);
    expect(w.calls('saveSettings')[0]!.settings).toMatchObject({ onboarded: true });
    // The setup gives way to the page, with the way back to it.
    await waitFor(() => expect(button(root, 'Run setup again')).toBeTruthy());
    await unmount(root);
  });

  it('can add a skill by alias on the skills step, then change its level', async () => {
    const state = workerState({ settings: { ...workerState().settings, onboarded: false } });
    const w = fakeWorker(send, state);
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    await click(button(root, /^Next: Skills/));
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
    await type(input, 'sklearn');
    await settle();
    expect(input!.getAttribute('aria-expanded')).toBe('true');
    const active = input!.getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)?.textContent).toContain('scikit-learn');
    await key(input, 'Enter');
    expect(root.querySelector('.skill-row')?.textContent).toContain('scikit-learn');
    await change(root.querySelector('.skill-row input[value="strong"]'), true);
    await click(button(root, /^Next: Goals and time/));
    await change(byLabel(root, 'ML engineer'), true);
    await click(button(root, 'Finish setup'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect((w.calls('saveProfile')[0]!.profile as { skills: unknown }).skills).toEqual([{ id: 'scikit-learn', level: 'strong' }]);
    await unmount(root);
  });

  it('"Skip for now" marks setup done without saving a profile', async () => {
    const state = workerState({ settings: { ...workerState().settings, onboarded: false } });
    const w = fakeWorker(send, state);
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    await click(button(root, 'Skip for now'));
    await waitFor(() => expect(w.calls('saveSettings')).toHaveLength(1));
    expect(w.calls('saveSettings')[0]!.settings).toMatchObject({ onboarded: true });
    expect(w.calls('saveProfile')).toHaveLength(0);
    expect(root.querySelector('h1')?.textContent).toBe('Your profile');
    await unmount(root);
  });

  it('asks hours a week and budget, showing the defaults (5 h, free only), and saves what the user picks', async () => {
    const state = workerState({ settings: { ...workerState().settings, onboarded: false } });
    const w = fakeWorker(send, state);
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    await click(button(root, /^Next: Skills/));
    await click(button(root, /^Next: Goals and time/));
    expect(text(root)).toContain('Unless you change them: 5 hours a week, free only.');
    const hours = byLabel(root, 'Hours per week for learning') as HTMLInputElement;
    expect(hours.value).toBe('5');
    expect((byLabel(root, 'Free only') as HTMLInputElement).checked).toBe(true);
    await type(hours, '12');
    await change(byLabel(root, 'Low'), true);
    await change(byLabel(root, 'Data scientist'), true);
    await click(button(root, 'Finish setup'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect((w.calls('saveProfile')[0]!.profile as typeof physicist.profile).constraints).toMatchObject({ hoursPerWeek: 12, budget: 'low' });
    await unmount(root);
  });

  it('"Run setup again" from an example person shows what will change before saving, and Undo brings the old profile back', async () => {
    const mine = { ...softwareEngineer.profile, constraints: { ...softwareEngineer.profile.constraints, hoursPerWeek: 9 } };
    const state = workerState({ profile: mine });
    const w = fakeWorker(send, state);
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    await click(button(root, 'Run setup again'));
    expect(text(root)).toContain('before anything is saved the last step shows what would change');
    await change(byLabel(root, /Physicist, PhD/), true);
    await click(button(root, /^Next: Skills/));
    await click(button(root, /^Next: Goals and time/));
    const diff = root.querySelector('.setup-diff');
    expect(diff?.textContent).toContain('What will change in your profile');
    expect(diff?.textContent).toMatch(/Removes \d+ skills?: /);
    expect(diff?.textContent).toContain('Background: Software engineering → Physics');
    expect(w.calls('saveProfile')).toHaveLength(0);

    await click(button(root, 'Save and finish'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect((w.calls('saveProfile')[0]!.profile as typeof mine).background).toBe('physics');
    const toast = await waitFor(() => { const t = root.ownerDocument.querySelector('.toast'); expect(t).toBeTruthy(); return t!; });
    expect(toast.textContent).toContain('your profile was updated');
    await click(button(toast, 'Undo'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(2));
    expect(w.calls('saveProfile')[1]!.profile).toEqual(mine);
    expect(state.profile).toEqual(mine);
    await waitFor(() => expect(root.querySelectorAll('.skill-row').length).toBe(mine.skills.length));
    await unmount(root);
  });

  it('"Run setup again" left as it was says nothing changes', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    await click(button(root, 'Run setup again'));
    await click(button(root, /^Next: Skills/));
    await click(button(root, /^Next: Goals and time/));
    expect(root.querySelector('.setup-diff')?.textContent).toContain('Nothing: your profile stays as it is.');
    await click(button(root, 'Save and finish'));
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Your profile'));
    expect(root.ownerDocument.querySelector('.toast')?.textContent ?? '').not.toContain('Undo');
    expect(w.calls('saveProfile')[0]!.profile).toEqual(softwareEngineer.profile);
    await unmount(root);
  });
});

describe('profile editor', () => {
  it('explains an invalid years value next to the field and does not save it', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const years = byLabel(root, 'Years of work experience')!;
    expect(years.value).toBe(String(softwareEngineer.profile.years));

    for (const bad of ['-3', '100']) {
      await type(years, bad);
      await settle(SAVE_DELAY * 2);
      expect(years.getAttribute('aria-invalid')).toBe('true');
      const describedBy = years.getAttribute('aria-describedby') ?? '';
      const error = describedBy.split(' ').map((id) => document.getElementById(id)).find((el) => el?.classList.contains('error'));
      expect(error?.textContent).toContain('between 0 and 60');
      expect(root.querySelector('[role="status"].save-status')?.textContent).toMatch(/^Not saved: /);
    }
    expect(w.calls('saveProfile')).toHaveLength(0);

    // Fixing it saves, and the explanation goes away.
    await type(years, '7');
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect((w.calls('saveProfile')[0]!.profile as { years: number }).years).toBe(7);
    expect(years.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(root.querySelector('.save-status')?.textContent).toBe('Saved'));
    await unmount(root);
  });

  it('refuses 0 hours per week', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const hours = byLabel(root, 'Hours per week for learning')!;
    await type(hours, '0');
    await settle(SAVE_DELAY * 2);
    expect(text(root)).toContain('Hours per week must be between 1 and 80.');
    expect(w.calls('saveProfile')).toHaveLength(0);
    await unmount(root);
  });

  it('debounces: several quick edits are one save, with the last values', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const field = byLabel(root, 'Field of study')!;
    await type(field, 'C');
    await type(field, 'Computer');
    await type(field, 'Computer science');
    await change(byLabel(root, 'Relocation'), !softwareEngineer.profile.constraints.relocation);
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    await settle(SAVE_DELAY * 2);
    expect(w.calls('saveProfile')).toHaveLength(1);
    const saved = w.calls('saveProfile')[0]!.profile as typeof softwareEngineer.profile;
    expect(saved.education.field).toBe('Computer science');
    expect(saved.constraints.relocation).toBe(!softwareEngineer.profile.constraints.relocation);
    await unmount(root);
  });

  it('says "Not saved" with the reason when the worker refuses', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile, fail: { saveProfile: 'storage is full' } }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    await type(byLabel(root, 'Years of work experience'), '9');
    await waitFor(() => expect(root.querySelector('.save-status')?.textContent).toBe('Not saved: storage is full'));
    expect(w.calls('saveProfile')).toHaveLength(1);
    await unmount(root);
  });

  it('removes a skill with its remove button', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const first = softwareEngineer.profile.skills[0]!;
    const remove = root.querySelector<HTMLButtonElement>('.skill-row button[aria-label^="Remove"]');
    await click(remove);
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    const saved = w.calls('saveProfile')[0]!.profile as typeof softwareEngineer.profile;
    expect(saved.skills.map((s) => s.id)).not.toContain(first.id);
    expect(saved.skills).toHaveLength(softwareEngineer.profile.skills.length - 1);
    await unmount(root);
  });

  it('a removed skill keeps its row with Undo focused (nothing slides under the pointer), is announced, and Undo puts it back in place', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const [first, second] = softwareEngineer.profile.skills;
    const rowsBefore = root.querySelectorAll('.skill-list > li').length;
    await click(root.querySelector<HTMLButtonElement>('.skill-row button[aria-label^="Remove"]'));
    await settle();
    // Same number of rows: the removed one stays as a placeholder where it was.
    expect(root.querySelectorAll('.skill-list > li').length).toBe(rowsBefore);
    const placeholder = root.querySelector('.skill-list > li')!;
    expect(placeholder.classList.contains('removed')).toBe(true);
    expect(placeholder.textContent).toMatch(/removed/);
    expect(document.activeElement?.textContent).toBe('Undo');
    expect(placeholder.contains(document.activeElement)).toBe(true);
    expect(root.querySelector('.skills-field > [role="status"]')?.textContent).toMatch(/removed/);
    // The next row's remove button is the second one in the list, not under the first row.
    expect(root.querySelectorAll('.skill-list > li')[1]!.querySelector('button[aria-label^="Remove"]')?.getAttribute('aria-label')).toBe(`Remove ${skillName(second!.id)}`);
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));

    await click(document.activeElement);
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(2));
    const restored = w.calls('saveProfile')[1]!.profile as typeof softwareEngineer.profile;
    expect(restored.skills).toEqual(softwareEngineer.profile.skills);
    expect(root.querySelector('.skill-list > li')?.classList.contains('removed')).toBe(false);
    expect(root.querySelector('.skills-field > [role="status"]')?.textContent).toMatch(/is back/);
    expect(first).toBeTruthy();
    await unmount(root);
  });
});

describe('custom skills', () => {
  it('a skill outside the list ("GraphPad Prism") can be added as the user\'s own, is saved with the profile, and goes when removed', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await type(input, 'GraphPad  Prism');
    await settle();
    const options = [...root.querySelectorAll('[role="option"]')];
    const own = options.at(-1)!;
    expect(own.textContent).toContain('Add “GraphPad Prism” as your own skill');
    // Keyboard: the last option, reached with the arrows, added with Enter.
    for (let i = 1; i < options.length; i++) await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(own.id);
    await key(input, 'Enter');
    expect(root.querySelector('.skill-row .skill-name')?.textContent).toBe('GraphPad Prism');
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    const saved = w.calls('saveProfile')[0]!.profile as typeof softwareEngineer.profile;
    expect(saved.custom).toEqual([{ id: 'x-graphpad-prism', name: 'GraphPad Prism' }]);
    expect(saved.skills[0]).toEqual({ id: 'x-graphpad-prism', level: 'working' });

    await click(button(root, 'Remove GraphPad Prism'));
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(2));
    const after = w.calls('saveProfile')[1]!.profile as typeof softwareEngineer.profile;
    expect(after.custom).toBeUndefined();
    expect(after.skills.some((x) => x.id === 'x-graphpad-prism')).toBe(false);
    await unmount(root);
  });

  it('is not offered for a name the list has exactly (an alias included), nor for one letter', async () => {
    fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    for (const q of ['PyTorch', 'sklearn', 'R']) {
      await type(input, q);
      await settle();
      expect(text(root.querySelector('[role="listbox"]')!), q).not.toContain('as your own skill');
    }
    await unmount(root);
  });

  it('a name the list has by another spelling offers that skill instead: first, named in the hint, and Enter adds it', async () => {
    const w = fakeWorker(send, workerState({ profile: { ...softwareEngineer.profile, skills: softwareEngineer.profile.skills.filter((x) => x.id !== 'pytorch') } }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    for (const q of ['Pytorh', 'Dockr', 'SQLs', 'scikit lern']) {
      await type(input, q);
      await settle();
      expect(text(root.querySelector('[role="listbox"]')!), q).not.toContain('as your own skill');
    }
    await type(input, 'Pytorh');
    await settle();
    const first = root.querySelector('[role="option"]')!;
    expect(first.textContent).toContain('PyTorch');
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(text(root.querySelector('.combo .hint')!)).toContain('looks like PyTorch');
    await key(input, 'Enter');
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    const saved = w.calls('saveProfile')[0]!.profile as typeof softwareEngineer.profile;
    expect(saved.skills[0]).toEqual({ id: 'pytorch', level: 'working' });
    expect(saved.custom).toBeUndefined();
    await unmount(root);
  });
});

describe('skill search combobox', () => {
  it('follows the ARIA combobox pattern: listbox, active descendant, arrows, Enter, Escape', async () => {
    const w = fakeWorker(send, workerState({ profile: softwareEngineer.profile }));
    const root = await mount(<App saveDelay={SAVE_DELAY} />);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const listbox = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(input.getAttribute('aria-expanded')).toBe('false');

    await type(input, 'k8s');
    await settle();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = () => [...listbox.querySelectorAll('[role="option"]')];
    expect(options()[0]!.textContent).toContain('Kubernetes');
    // Already in this profile: shown as such, not added twice.
    expect(options()[0]!.textContent).toContain('In profile');

    await type(input, 'py');
    await settle();
    const first = input.getAttribute('aria-activedescendant');
    expect(options()[0]!.id).toBe(first);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    await key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    await key(input, 'ArrowUp');
    await key(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options().at(-1)!.id);

    await key(input, 'Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('py');
    await key(input, 'Escape');
    expect(input.value).toBe('');

    await type(input, 'scikt learn');
    await settle();
    await key(input, 'Enter');
    expect(root.querySelector('.skill-row')?.textContent).toContain('scikit-learn');
    expect(input.value).toBe('');
    await waitFor(() => expect(w.calls('saveProfile')).toHaveLength(1));
    expect((w.calls('saveProfile')[0]!.profile as { skills: Array<{ id: string }> }).skills[0]).toEqual({ id: 'scikit-learn', level: 'working' });
    await unmount(root);
  });
});
