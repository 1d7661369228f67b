// "Your path" with a choice: the curated path for the user's background and targets is
// shown unless they pick another of the curated paths (data/paths.json). The choice is
// kept in the profile (`path`, validated by the worker like every profile save), and the
// worker's advice follows it: the path's steps, and its steps ranked higher among the
// next steps. Choosing the suggested path again stores no choice, so a later change of
// background or targets moves "Your path" with it.
import { useId, useState } from 'preact/hooks';
import { send } from '../background/client';
import type { Res } from '../core/protocol';
import { PathSection } from './components';
import './path-picker.css';

type TabAdvice = Res<'tabAdvice'>;

export function YourPath({ data, tabId, onAdvice }: { data: Pick<TabAdvice, 'path' | 'pathSteps' | 'choices' | 'suggestedPath'>; tabId?: number | undefined; onAdvice?: ((next: TabAdvice) => void) | undefined }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const choices = data.choices ?? [];
  const suggested = data.suggestedPath ?? null;
  const current = data.path?.id ?? '';
  // Pasted text has no tab to ask again: its path is shown, not changed.
  if (choices.length === 0 || tabId === undefined || !onAdvice) return data.path && data.pathSteps.length > 0 ? <PathSection path={data.path} steps={data.pathSteps} /> : null;

  const tab = tabId;
  const show = onAdvice;
  async function choose(value: string) {
    setBusy(true);
    setNote('');
    try {
      const { profile } = await send('getProfile', {});
      if (!profile) throw new Error('There is no profile to keep the choice in.');
      // The suggested path is not stored as a choice: "Your path" then follows the profile.
      const path = value === '' || value === suggested ? null : value;
      await send('saveProfile', { profile: { ...profile, path } });
      const next = await send('tabAdvice', { tabId: tab });
      show(next);
      const title = next.path?.title ?? choices.find((c) => c.id === value)?.title ?? '';
      setNote(path === null ? `Back to the path for your background${title ? `: ${title}` : ''}. The steps follow it.` : `Path changed to ${title}. The steps follow it.`);
    } catch (error) {
      setNote(`The path was not changed: ${error instanceof Error && error.message ? error.message : 'something went wrong.'}`);
    } finally {
      setBusy(false);
    }
  }

  const ordered = [...choices].sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  const picker = (
    <div class="path-pick">
      <label for={`${id}-path`}>Path</label>
      <select id={`${id}-path`} value={current} disabled={busy} onChange={(e) => void choose(e.currentTarget.value)}>
        {!suggested && current === '' && <option value="">None fits your background yet: pick one</option>}
        {ordered.map((c) => <option key={c.id} value={c.id}>{c.id === suggested ? `${c.title} (for your background)` : c.title}</option>)}
      </select>
      <p class="path-note" role="status">{note}</p>
    </div>
  );
  return <PathSection path={data.path} steps={data.pathSteps} picker={picker} />;
}
