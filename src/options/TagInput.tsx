// Free tags (domains such as "genomics" or "drug discovery"): type and press Enter or a
// comma; each tag has its own remove button.
import type { TargetedKeyboardEvent } from 'preact';
import { useId, useState } from 'preact/hooks';

interface Props {
  label: string;
  hint: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  max: number;
  maxLength: number;
  error?: string | undefined;
  suggestions?: readonly string[];
}

export function TagInput({ label, hint, tags, onChange, max, maxLength, error, suggestions = [] }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');

  function add(raw: string) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (!tag) return;
    if (tags.some((t) => t.toLowerCase() === tag.toLowerCase())) { setNote(`“${tag}” is already there.`); setText(''); return; }
    if (tags.length >= max) { setNote(`At most ${max} domains.`); return; }
    onChange([...tags, tag.slice(0, maxLength)]);
    setNote(`${tag} added.`);
    setText('');
  }

  function onKeyDown(e: TargetedKeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(text);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      const last = tags[tags.length - 1]!;
      onChange(tags.slice(0, -1));
      setNote(`${last} removed.`);
    }
  }

  const open = suggestions.filter((s) => !tags.some((t) => t.toLowerCase() === s.toLowerCase())).slice(0, 6);
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;

  return (
    <div class="field">
      <label for={`${id}-input`} class="label">{label}</label>
      {tags.length > 0 && (
        <ul class="tags" aria-label={label}>
          {tags.map((t) => (
            <li key={t} class="tag">
              <span>{t}</span>
              <button type="button" class="tag-remove" aria-label={`Remove ${t}`} onClick={() => { onChange(tags.filter((x) => x !== t)); setNote(`${t} removed.`); }}>
                <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                  <path d="M2 2l6 6M8 2l-6 6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        type="text"
        value={text}
        maxLength={maxLength}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        placeholder="Type and press Enter"
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => add(text)}
      />
      <p id={`${id}-hint`} class="hint">{hint}</p>
      {open.length > 0 && (
        <div class="suggest" role="group" aria-label={`Suggested ${label.toLowerCase()}`}>
          {open.map((s) => (
            <button key={s} type="button" class="chip-button" onClick={() => add(s)}>+ {s}</button>
          ))}
        </div>
      )}
      {error && <p id={`${id}-error`} class="error">{error}</p>}
      <div class="sr" role="status" aria-live="polite">{note}</div>
    </div>
  );
}
