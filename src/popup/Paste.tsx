// "Paste a job description" (issue 19 item 12): text from anywhere (an email, a PDF, a
// page GapLens cannot read) is read by the worker with the same engine, corrections,
// match and advice as a listing in a tab (the `pasteAdvice` message), and shown in the
// same gap view. Nothing pasted is stored. Empty, huge and binary pastes are explained
// next to the box instead of being sent.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { send } from '../background/client';
import type { Res } from '../core/protocol';
import { MAX_LISTING_TEXT } from '../core/schema';

export type Pasted = Res<'pasteAdvice'>;

/** Why this text cannot be read, in words a user can act on; null when it can. */
export function pasteProblem(text: string): string | null {
  const t = text.trim();
  if (t.length === 0) return 'Paste the text of a job description first.';
  if (t.length > MAX_LISTING_TEXT) {
    return `This is ${t.length.toLocaleString('en')} characters; GapLens reads up to ${MAX_LISTING_TEXT.toLocaleString('en')} (a long job description is under 20,000). Paste only the job description.`;
  }
  // The raw bytes of a file, not its text: "%PDF-1.7 …" or many replacement characters.
  let bad = 0;
  for (const ch of t.slice(0, 4000)) {
    const c = ch.charCodeAt(0);
    if (c === 0xfffd || c < 9 || (c > 13 && c < 32)) bad++;
  }
  if (t.startsWith('%PDF') || bad > 20) {
    return 'This looks like the inside of a file (a PDF or Word document), not its text. Open the file, select the job description, copy it, and paste that here.';
  }
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

type State = { state: 'editing'; problem: string | null } | { state: 'reading' } | { state: 'done'; result: Pasted } | { state: 'failed'; message: string };

interface Props {
  onClose: () => void;
  /**
   * The tab's own gap view, given this result: the same view for pasted text. `refresh` reads
   * the same text again (after a correction or a profile change made from the view).
   */
  renderResult: (result: Pasted, refresh: () => Promise<void>) => ComponentChildren;
}

export function PastePanel({ onClose, renderResult }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ state: 'editing', problem: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => { heading.current?.focus(); }, []);
  // The read result replaces the box: its heading (the job title) is where the news is.
  useEffect(() => {
    if (state.state === 'done') result.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [state.state]);

  async function read() {
    const problem = pasteProblem(text);
    if (problem) {
      setState({ state: 'editing', problem });
      box.current?.focus();
      return;
    }
    setState({ state: 'reading' });
    try {
      setState({ state: 'done', result: await send('pasteAdvice', { text: text.trim() }) });
    } catch (error) {
      setState({ state: 'failed', message: `GapLens could not read it: ${messageOf(error)}` });
    }
  }

  /** The same text read again, the view kept in place (focus stays where the user is). */
  async function refresh() {
    const again = await send('pasteAdvice', { text: text.trim() });
    setState((s) => (s.state === 'done' ? { state: 'done', result: again } : s));
  }

  if (state.state === 'done') {
    return (
      <div class="pasted" ref={result}>
        <p class="pasted-note">From pasted text · not saved</p>
        {renderResult(state.result, refresh)}
        <div class="paste-actions">
          <button type="button" class="link-button" onClick={() => { setState({ state: 'editing', problem: null }); requestAnimationFrame(() => box.current?.focus()); }}>Change the text</button>
          <button type="button" class="link-button" onClick={onClose}>Back to this tab</button>
        </div>
      </div>
    );
  }

  const problem = state.state === 'editing' ? state.problem : state.state === 'failed' ? state.message : null;
  return (
    <section class="paste" aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`} ref={heading} tabIndex={-1} class="paste-title">Paste a job description</h1>
      <p id={`${id}-hint`} class="hint">From an email, a PDF or any page. GapLens reads it here, as it reads listings; nothing is saved.</p>
      <label for={`${id}-text`} class="label">Job description</label>
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={9}
        value={text}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        aria-invalid={problem ? true : undefined}
        onInput={(e) => { setText(e.currentTarget.value); if (state.state !== 'reading') setState({ state: 'editing', problem: null }); }}
      />
      {problem && <p id={`${id}-problem`} class="paste-problem" role="alert">{problem}</p>}
      <div class="paste-actions">
        <button type="button" class="primary" onClick={() => { void read(); }} disabled={state.state === 'reading'}>
          {state.state === 'reading' ? 'Reading…' : 'Show my gap'}
        </button>
        <button type="button" class="link-button" onClick={onClose}>Back to this tab</button>
      </div>
    </section>
  );
}
