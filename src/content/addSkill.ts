// "Add a skill this listing asks for" in the badge panel: a disclosure button and an ARIA 1.2
// combobox (list autocomplete, focus stays in the input, the active option named by
// aria-activedescendant), as the options page's skill search works. The search itself runs
// in the worker (the `findSkills` message over core/skillSearch.ts): the taxonomy and its
// index stay out of the content script. Plain DOM, like the rest of the badge.
import type { SkillRef } from '../core/wire';
import { el } from '../ui/dom';

export type Found = SkillRef & { via: string | null };
export type Where = 'required' | 'preferred';

export interface AddSkillDeps {
  find: (query: string) => Promise<Found[]>;
  /** The section the listing already has the skill in, if any. */
  asked: (id: string) => Where | 'other' | null;
  add: (skill: SkillRef, where: Where) => void;
  say: (text: string) => void;
}

const WORD: Record<Where, string> = { required: 'required', preferred: 'nice to have' };

/** The box, built once per badge so typing survives the panel redrawing around it. */
export function addSkillBox(deps: AddSkillDeps): HTMLElement {
  const open = el('button', { type: 'button', class: 'act add-open', 'aria-expanded': 'false', 'aria-controls': 'gl-add' }, '+ Add a skill this listing asks for');
  const input = el('input', {
    id: 'gl-add-input', type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': 'gl-add-list', 'aria-describedby': 'gl-add-hint', placeholder: 'e.g. PyTorch, k8s, statistics',
  });
  const where = el('select', { 'aria-label': 'Add it as' }, el('option', { value: 'required' }, 'Required'), el('option', { value: 'preferred' }, 'Nice to have'));
  const list = el('ul', { id: 'gl-add-list', role: 'listbox', 'aria-label': 'Skills', hidden: '' });
  const hint = el('p', { id: 'gl-add-hint', class: 'hint' }, 'Arrows to choose, Enter to add, Escape to close.');
  const box = el('div', { id: 'gl-add', class: 'add', hidden: '' },
    el('label', { for: 'gl-add-input' }, 'Skill this listing asks for'), el('div', { class: 'addrow' }, input, where), list, hint);

  let found: Found[] = [];
  let active = -1;
  let asked = 0;
  let timer = 0;

  function show(expanded: boolean): void {
    const on = expanded && found.length > 0;
    list.hidden = !on;
    input.setAttribute('aria-expanded', String(on));
    list.replaceChildren(...(on ? found.map((s, i) => {
      const there = deps.asked(s.id);
      const li = el('li', { id: `gl-add-opt-${i}`, role: 'option', 'aria-selected': String(i === active) },
        s.name, s.via && el('span', { class: 'dim' }, ` “${s.via}”`), there && there !== 'other' && el('span', { class: 'dim' }, ` · ${WORD[there]} here`));
      // Keep focus in the input: the press must not blur it before the click.
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => pick(i));
      return li;
    }) : []));
    if (on && active >= 0) {
      input.setAttribute('aria-activedescendant', `gl-add-opt-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  async function search(): Promise<void> {
    const query = input.value.trim();
    const mine = ++asked;
    if (!query) { found = []; active = -1; show(false); return; }
    try {
      const skills = await deps.find(query);
      if (mine !== asked) return;
      found = skills;
      active = skills.length ? 0 : -1;
      show(true);
      hint.textContent = skills.length ? 'Arrows to choose, Enter to add, Escape to close.' : `No skill matches “${query}”. Try another name or spelling.`;
      // One sentence once typing settles, not one per key.
      clearTimeout(timer);
      timer = window.setTimeout(() => deps.say(skills.length ? `${skills.length} ${skills.length === 1 ? 'suggestion' : 'suggestions'}.` : 'No matching skill.'), 500);
    } catch (error) {
      if (mine === asked) hint.textContent = `Could not search: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  function pick(i: number): void {
    const s = found[i];
    if (!s) return;
    const w = where.value as Where;
    input.value = '';
    found = [];
    show(false);
    if (deps.asked(s.id) === w) deps.say(`${s.name} is already ${WORD[w]} here.`);
    else deps.add({ id: s.id, name: s.name }, w);
  }

  function toggle(on: boolean): void {
    box.hidden = !on;
    open.setAttribute('aria-expanded', String(on));
    (on ? input : open).focus();
  }

  open.addEventListener('click', () => toggle(box.hidden !== false));
  input.addEventListener('input', () => void search());
  input.addEventListener('blur', () => show(false));
  input.addEventListener('keydown', (e) => {
    const n = found.length;
    const expanded = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!n) return;
      active = !expanded ? (e.key === 'ArrowDown' ? 0 : n - 1) : (active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      show(true);
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape') {
      // Escape closes the list, then empties the box, then folds it; only then the panel.
      e.stopPropagation();
      if (expanded) show(false);
      else if (input.value) { input.value = ''; void search(); } else toggle(false);
    }
  });
  return el('div', {}, open, box);
}
