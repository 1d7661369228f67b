// "Add a skill": an ARIA 1.2 combobox with list autocomplete and automatic selection
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Focus stays in the input; the
// highlighted option is conveyed with aria-activedescendant. Enter adds it, Escape closes
// the list (and clears the text when the list is already closed).
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { SkillDef } from '../core/schema';
import { closeSkill, EXACT, searchSkills } from './skillSearch';
import { getSkillIndex } from './taxonomy';
import { plural } from './text';

const CATEGORY: Record<SkillDef['category'], string> = {
  language: 'Language', framework: 'Framework', tool: 'Tool', cloud: 'Cloud', mlops: 'MLOps',
  'data-engineering': 'Data engineering', method: 'Method', math: 'Maths', domain: 'Domain',
};

interface Props {
  /** Ids already in the profile: shown as such, and not added twice. */
  have: ReadonlySet<string>;
  onPick: (skill: SkillDef) => void;
  /** Offered when no skill is named exactly as typed: add it as the user's own skill. */
  onCustom?: (name: string) => void;
  label?: string;
  hint?: string;
}

export function SkillSearch({ have, onPick, onCustom, label = 'Add a skill', hint = 'Type a skill, tool or method, e.g. PyTorch, k8s, statistics.' }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [said, setSaid] = useState('');
  const list = useRef<HTMLUListElement>(null);

  const typed = query.trim().replace(/\s+/g, ' ');
  // A name that is a taxonomy skill's, give or take a typo or a plural ("Pytorh", "SQLs"):
  // that skill is offered first, and not a new skill of the user's own (issue 19).
  const close = useMemo(() => (onCustom && typed.length >= 2 ? closeSkill(getSkillIndex(), typed) : null), [onCustom, typed]);
  const results = useMemo(() => {
    const found = query.trim() ? searchSkills(getSkillIndex(), query, 8) : [];
    return close ? [close, ...found.filter((r) => r.skill.id !== close.skill.id)].slice(0, 8) : found;
  }, [query, close]);
  // "Add your own": a name nothing in the taxonomy is called, offered last (issue 19 item 4).
  const own = onCustom && !close && typed.length >= 2 && typed.length <= 60 && !results.some((r) => r.score >= EXACT) ? typed : null;
  const count = results.length + (own ? 1 : 0);
  const expanded = open && count > 0;

  useEffect(() => {
    setActive(count > 0 ? 0 : -1);
  }, [results, count]);

  useEffect(() => {
    if (!expanded || active < 0) return;
    const el = list.current?.children[active] as HTMLElement | undefined;
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active, expanded]);

  // One polite sentence after typing settles, so a screen reader hears the count, not every keystroke.
  useEffect(() => {
    if (!open || !query.trim()) { setSaid(''); return; }
    const t = setTimeout(() => {
      setSaid(results.length ? `${plural(results.length, 'suggestion')}${own ? ', or add it as your own skill' : close && close.score < EXACT ? `; did you mean ${close.skill.name}?` : ''}. Use up and down arrows to choose, Enter to add.`
        : own ? `No matching skill. Press Enter to add “${own}” as your own skill.` : 'No matching skill.');
    }, 400);
    return () => clearTimeout(t);
  }, [results, open, query, own, close]);

  function pick(i: number) {
    if (own && i === results.length) {
      onCustom!(own);
      setSaid(`${own} added as your own skill. GapLens looks for it in listings from now on.`);
      setQuery('');
      setOpen(false);
      return;
    }
    const r = results[i];
    if (!r) return;
    if (have.has(r.skill.id)) {
      setSaid(`${r.skill.name} is already in your profile.`);
    } else {
      onPick(r.skill);
      setSaid(`${r.skill.name} added.`);
    }
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(e: TargetedKeyboardEvent<HTMLInputElement>) {
    const n = count;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!n) return;
        if (!open) { setOpen(true); setActive(0); return; }
        setActive((a) => (a + 1) % n);
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (!n) return;
        if (!open) { setOpen(true); setActive(n - 1); return; }
        setActive((a) => (a <= 0 ? n - 1 : a - 1));
        return;
      case 'Enter':
        if (expanded) {
          e.preventDefault();
          pick(active >= 0 ? active : 0);
        }
        return;
      case 'Escape':
        if (expanded) { e.preventDefault(); setOpen(false); return; }
        if (query) { e.preventDefault(); setQuery(''); }
        return;
      case 'Tab':
        setOpen(false);
        return;
      default:
    }
  }

  const noMatch = open && query.trim().length > 0 && count === 0;

  return (
    <div class="combo">
      <label for={`${id}-input`} class="label">{label}</label>
      <div class="combo-box">
        <svg class="combo-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" stroke-width="1.6" />
          <line x1="10.5" y1="10.5" x2="14" y2="14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={hintId}
          value={query}
          placeholder="Search skills…"
          onInput={(e) => { setQuery(e.currentTarget.value); setOpen(true); }}
          onKeyDown={onKeyDown}
          onFocus={() => { if (query.trim()) setOpen(true); }}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} ref={list} role="listbox" aria-label={`${label}: suggestions`} class="combo-list" hidden={!expanded}>
          {results.map((r, i) => {
            const inProfile = have.has(r.skill.id);
            return (
              <li
                key={r.skill.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                class={`combo-option${i === active ? ' active' : ''}${inProfile ? ' in-profile' : ''}`}
                // Keep focus in the input: the click must not blur it first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(i)}
                onMouseMove={() => { if (i !== active) setActive(i); }}
              >
                <span class="opt-name">{r.skill.name}</span>
                {r.via && <span class="opt-via">“{r.via}”</span>}
                <span class="opt-cat">{inProfile ? 'In profile' : CATEGORY[r.skill.category]}</span>
              </li>
            );
          })}
          {own && (
            <li
              id={`${id}-opt-${results.length}`}
              role="option"
              aria-selected={active === results.length}
              class={`combo-option own${active === results.length ? ' active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(results.length)}
              onMouseMove={() => { if (active !== results.length) setActive(results.length); }}
            >
              <span class="opt-name">Add “{own}” as your own skill</span>
              <span class="opt-cat">Not in the list</span>
            </li>
          )}
        </ul>
      </div>
      <p id={hintId} class={`hint${noMatch ? ' warn' : ''}`}>
        {noMatch ? `No skill matches “${query.trim()}”. Try another name or spelling.`
          : open && close && close.score < EXACT ? `“${typed}” looks like ${close.skill.name}, which GapLens already knows: add that instead.` : hint}
      </p>
      <div class="sr" role="status" aria-live="polite">{said}</div>
    </div>
  );
}
