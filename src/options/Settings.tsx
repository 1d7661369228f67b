// Where GapLens runs, whether result cards get a badge, what is stored (and that
// nothing is sent), and any stored records that had to be set aside.
import { useState } from 'preact/hooks';
import { send } from '../background/client';
import type { SetAsideRecord } from '../core/protocol';
import type { Settings as SettingsData } from '../core/schema';
import { BOARDS } from '../ui/boards';
import { CheckIcon } from './ProfileEditor';
import { ErrorIcon } from './ProfileFields';
import { SetAside } from './SetAside';
import { messageOf } from './text';

interface Props {
  settings: SettingsData;
  onSettings: (settings: SettingsData) => void;
  setAside: readonly SetAsideRecord[];
  onDismissed: (id: string) => void;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export function Settings({ settings, onSettings, setAside, onDismissed }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function save(next: SettingsData) {
    const previous = settings;
    onSettings(next);
    setStatus({ kind: 'saving' });
    try {
      await send('saveSettings', { settings: next });
      setStatus({ kind: 'saved' });
    } catch (e) {
      // Show the switch as it really is: the change did not stick.
      onSettings(previous);
      setStatus({ kind: 'failed', message: messageOf(e) });
    }
  }

  const enabled = BOARDS.filter((b) => settings.boards[b.id] !== false).length;

  return (
    <section class="page" aria-labelledby="settings-title">
      <div class="page-head">
        <div>
          <h1 id="settings-title" tabIndex={-1}>Settings</h1>
          <p class="lede">Where GapLens shows badges, and what it keeps.</p>
        </div>
        <p class={`save-status ${status.kind === 'saved' ? 'good' : status.kind === 'failed' ? 'bad' : status.kind === 'saving' ? 'busy' : 'muted'}`}
          role="status" aria-live="polite" aria-atomic="true">
          {status.kind === 'saved' && <><CheckIcon />Saved</>}
          {status.kind === 'saving' && 'Saving…'}
          {status.kind === 'failed' && <><ErrorIcon />Not saved: {status.message}</>}
        </p>
      </div>

      <div class="card">
        <fieldset class="checks">
          <legend><h2>Job boards</h2></legend>
          <p class="sub">GapLens reads listings only on the boards switched on ({enabled} of {BOARDS.length}).</p>
          <div class="switch-grid">
            {BOARDS.map((b) => (
              <label key={b.id} class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={settings.boards[b.id] !== false}
                  onChange={(e) => void save({ ...settings, boards: { ...settings.boards, [b.id]: e.currentTarget.checked } })}
                />
                <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
                <span>{b.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div class="card">
        <h2>Search results</h2>
        <label class="switch">
          <input type="checkbox" role="switch" checked={settings.cardBadges}
            onChange={(e) => void save({ ...settings, cardBadges: e.currentTarget.checked })} />
          <span class="switch-track" aria-hidden="true"><span class="switch-thumb" /></span>
          <span>Show a small match badge on result cards of listings already analysed</span>
        </label>
      </div>

      <section class="card privacy" aria-labelledby="privacy-title">
        <h2 id="privacy-title"><LockIcon />Privacy</h2>
        <p>Everything GapLens knows stays in this browser's extension storage:</p>
        <ul>
          <li>your profile (skills, education, years, roles, constraints);</li>
          <li>these settings;</li>
          <li>up to 3,000 listings you have analysed, oldest removed first: title, company, link, date, and the skills, years and degree each asked for (never the listing's full text).</li>
        </ul>
        <p><strong>Nothing is sent anywhere.</strong> GapLens makes no network requests: no server, no account, no analytics. Uninstalling it deletes all of this.</p>
      </section>

      <SetAside records={setAside} onDismissed={onDismissed} />
    </section>
  );
}

function LockIcon() {
  return (
    <svg class="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>
  );
}
