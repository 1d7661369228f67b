// Stored records that failed validation. The worker keeps each one intact under its own
// key instead of dropping it; here the user can download the original or dismiss it.
import { useState } from 'preact/hooks';
import { send } from '../background/client';
import type { SetAsideRecord } from '../core/protocol';
import { saveFile } from './ImportExport';
import { ErrorIcon } from './ProfileFields';
import { messageOf, shortDate } from './text';

const WHAT: Record<string, string> = { profile: 'Profile', settings: 'Settings', history: 'History of analysed listings', cache: 'Analysis cache' };

interface Props {
  records: readonly SetAsideRecord[];
  onDismissed: (id: string) => void;
}

export function SetAside({ records, onDismissed }: Props) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  async function dismiss(id: string) {
    setBusy(id);
    setError('');
    try {
      await send('dismissSetAside', { id });
      onDismissed(id);
    } catch (e) {
      setError(`Could not dismiss it: ${messageOf(e)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="card" id="set-aside">
      <h2>Saved data GapLens could not read</h2>
      {records.length === 0
        ? <p class="empty-line">None. Every stored record passed its checks.</p>
        : (
          <>
            <p class="sub">
              These stored records failed their checks (after an update, or a damaged file), so GapLens kept them aside
              instead of using or deleting them. Download one to keep it; dismiss it to delete it.
            </p>
            <ul class="set-aside">
              {records.map((r) => {
                const what = WHAT[r.key] ?? r.key;
                return (
                  <li key={r.id} class="set-aside-row">
                    <div>
                      <strong>{what}</strong>
                      <span class="history-meta">Set aside on {shortDate(r.at)}</span>
                      <p class="reason">{r.reason}</p>
                    </div>
                    <div class="actions">
                      <button type="button" class="secondary" aria-label={`Download ${what} record from ${shortDate(r.at)}`}
                        onClick={() => saveFile(`gaplens-set-aside-${r.key}-${new Date(r.at).toISOString().slice(0, 10)}.json`, r.original)}>
                        Download
                      </button>
                      <button type="button" class="secondary" aria-label={`Dismiss ${what} record from ${shortDate(r.at)}`}
                        disabled={busy === r.id} onClick={() => void dismiss(r.id)}>
                        Dismiss
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      {error && <p class="error" role="alert"><ErrorIcon />{error}</p>}
    </div>
  );
}
