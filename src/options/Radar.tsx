// The market radar: across every listing the user has looked at, which skills they lack
// are asked for most, and which one skill would raise their match on the most listings.
// The chart is plain HTML bars (no chart library: a dozen bars do not need one) with a
// visually hidden table carrying the same numbers for screen readers.
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { send } from '../background/client';
import type { Radar as RadarData, RadarFilter } from '../core/protocol';
import type { Board, Profile, TargetRole } from '../core/schema';
import { NextBestSteps } from './NextBestSteps';
import { BOARDS } from '../ui/boards';
import { History, type HistoryRow, type RemovedRow } from './History';
import { ErrorIcon } from './ProfileFields';
import { DIFF_WORDS, messageOf, plural, TARGETS } from './text';

/** Listings shown at first, and added by each 'Show more': the worker reads only those. */
const PAGE = 20;
const CHART_BARS = 12;
const WINDOWS: ReadonlyArray<{ value: string; label: string; days: number | null }> = [
  { value: '7', label: 'Last 7 days', days: 7 },
  { value: '30', label: 'Last 30 days', days: 30 },
  { value: '90', label: 'Last 90 days', days: 90 },
  { value: 'all', label: 'All time', days: null },
];

interface Props {
  hasProfile: boolean;
  /** For the steps under "Next best skill"; without it the callout asks for a profile. */
  profile?: Profile | null;
  onGoProfile: () => void;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

export function Radar({ hasProfile, profile = null, onGoProfile }: Props) {
  const id = useId();
  const [board, setBoard] = useState<Board | null>(null);
  const [keywordInput, setKeywordInput] = useState('');
  const [keyword, setKeyword] = useState('');
  const [windowValue, setWindowValue] = useState('all');
  const [radar, setRadar] = useState<Load<RadarData>>({ state: 'loading' });
  const [history, setHistory] = useState<Load<{ rows: HistoryRow[]; total: number; more: boolean }>>({ state: 'loading' });
  const [limit, setLimit] = useState(PAGE);
  const [removed, setRemoved] = useState<RemovedRow | null>(null);
  const [said, setSaid] = useState('');
  /** Bumped when the history changes under the same filters, so the radar is asked again. */
  const [changes, setChanges] = useState(0);

  const days = WINDOWS.find((w) => w.value === windowValue)?.days ?? null;
  // Role: every listing (as the history holds them), the user's target roles, or one role.
  const targets = profile?.targets ?? [];
  const [role, setRoleValue] = useState('all');
  const roles = useMemo<TargetRole[]>(() => (role === 'all' ? [] : role === 'targets' ? [...targets] : [role as TargetRole]), [role, targets.join()]);
  const filter: RadarFilter = useMemo(() => ({ board, keyword: keyword.slice(0, 100), days, ...(roles.length ? { roles } : {}) }), [board, keyword, days, roles]);

  // Typing in the keyword box asks the worker once the typing pauses.
  useEffect(() => {
    const t = setTimeout(() => setKeyword(keywordInput.trim()), 250);
    return () => clearTimeout(t);
  }, [keywordInput]);

  // A new filter starts again from the first page.
  useEffect(() => { setLimit(PAGE); }, [filter]);

  // The listing list follows the same filters as the radar, applied by the worker, which
  // reads only the newest entries shown (one more tells whether there are others).
  useEffect(() => {
    let live = true;
    send('history', { limit: limit + 1, filter }).then(
      ({ entries, total }) => {
        if (!live) return;
        // Newest first whatever order storage kept them in.
        const rows = [...entries].sort((a, b) => b.seen - a.seen);
        setHistory({ state: 'ready', data: { rows: rows.slice(0, limit), total, more: rows.length > limit } });
      },
      (error) => { if (live) setHistory({ state: 'error', message: messageOf(error) }); },
    );
    return () => { live = false; };
  }, [filter, limit, changes]);

  useEffect(() => {
    let live = true;
    send('radar', filter).then(
      (data) => { if (live) setRadar({ state: 'ready', data }); },
      (error) => { if (live) setRadar({ state: 'error', message: messageOf(error) }); },
    );
    return () => { live = false; };
  }, [filter, changes]);

  const rows = history.state === 'ready' ? history.data.rows : [];

  async function remove(entry: HistoryRow) {
    const index = rows.findIndex((e) => e.key === entry.key);
    try {
      await send('forgetListing', { key: entry.key });
    } catch (error) {
      setSaid(`${entry.title ?? 'The listing'} was not removed: ${messageOf(error)}`);
      return;
    }
    setHistory((h) => (h.state === 'ready' ? { state: 'ready', data: { ...h.data, rows: h.data.rows.filter((e) => e.key !== entry.key), total: h.data.total - 1 } } : h));
    setRemoved({ entry, index: Math.max(0, index) });
    setSaid(`${entry.title ?? 'The listing'} removed from the radar.`);
    setChanges((n) => n + 1);
  }

  async function undoRemove() {
    if (!removed) return;
    const { entry } = removed;
    const { score: _score, ...stored } = entry;
    try {
      await send('restoreListing', { entry: stored });
    } catch (error) {
      setSaid(`${entry.title ?? 'The listing'} could not be put back: ${messageOf(error)}`);
      return;
    }
    setRemoved(null);
    setHistory((h) => (h.state === 'ready' ? { state: 'ready', data: { ...h.data, rows: [...h.data.rows, entry].sort((a, b) => b.seen - a.seen), total: h.data.total + 1 } } : h));
    setSaid(`${entry.title ?? 'The listing'} is back in the radar.`);
    setChanges((n) => n + 1);
    requestAnimationFrame(() => {
      const label = `Remove ${entry.title ?? 'this listing'} from the radar`;
      [...document.querySelectorAll<HTMLButtonElement>('.history-row button')].find((b) => b.getAttribute('aria-label') === label)?.focus();
    });
  }

  async function clearHistory() {
    await send('clearHistory', {});
    setRemoved(null);
    setHistory({ state: 'ready', data: { rows: [], total: 0, more: false } });
    setRadar({ state: 'ready', data: { listings: 0, unclear: 0, missing: [], nextBest: null, averageScore: null } });
  }

  const head = (
    <div class="page-head">
      <div>
        <h1 id="radar-title" tabIndex={-1}>Market radar</h1>
        <p class="lede">What the listings you have looked at ask for that you do not have yet.</p>
      </div>
    </div>
  );

  if (history.state === 'loading') {
    return <section class="page" aria-labelledby="radar-title" aria-busy="true">{head}<p class="muted">Loading…</p></section>;
  }
  if (history.state === 'error') {
    return (
      <section class="page" aria-labelledby="radar-title">
        {head}
        <div class="error-box" role="alert"><ErrorIcon /><p>The history could not be loaded: {history.message}</p></div>
      </section>
    );
  }
  if (history.data.total === 0 && !removed) {
    return (
      <section class="page" aria-labelledby="radar-title">
        {head}
        <div class="card empty-state">
          <RadarIcon />
          <h2>Your radar is empty</h2>
          <p>Browse a few ML listings and your radar fills in.</p>
          <p class="muted">Open job listings on LinkedIn, Indeed, Greenhouse, Lever, Workday, Ashby, Wellfound or Glassdoor. Each one you view is analysed in your browser and counted here.</p>
        </div>
      </section>
    );
  }

  return (
    <section class="page" aria-labelledby="radar-title">
      {head}
      <div class="filters card" role="group" aria-label="Filter listings">
        <div class="field">
          <label for={`${id}-board`} class="label">Board</label>
          <select id={`${id}-board`} value={board ?? ''} onChange={(e) => setBoard((e.currentTarget.value || null) as Board | null)}>
            <option value="">All boards</option>
            {BOARDS.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            <option value="generic">Other job pages</option>
          </select>
        </div>
        <div class="field role">
          <label for={`${id}-role`} class="label">Role</label>
          <select id={`${id}-role`} value={role} aria-describedby={`${id}-role-hint`} onChange={(e) => setRoleValue(e.currentTarget.value)}>
            <option value="all">All roles</option>
            {targets.length > 0 && <option value="targets">My target roles ({targets.map((t) => DIFF_WORDS.target(t)).join(', ')})</option>}
            {TARGETS.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
          </select>
          <span id={`${id}-role-hint`} class="sr">Read from each listing's title, so listings for other roles do not skew the radar.</span>
        </div>
        <div class="field grow">
          <label for={`${id}-kw`} class="label">Role keyword</label>
          <input id={`${id}-kw`} type="search" value={keywordInput} maxLength={100} placeholder="e.g. machine learning, data scientist"
            aria-describedby={`${id}-kw-hint`} onInput={(e) => setKeywordInput(e.currentTarget.value)} />
          <span id={`${id}-kw-hint`} class="sr">Matches words in the listing title or company.</span>
        </div>
        <div class="field">
          <label for={`${id}-days`} class="label">Time window</label>
          <select id={`${id}-days`} value={windowValue} onChange={(e) => setWindowValue(e.currentTarget.value)}>
            {WINDOWS.map((w) => <option key={w.value} value={w.value}>{w.label}</option>)}
          </select>
        </div>
      </div>

      {radar.state === 'error' && (
        <div class="error-box" role="alert"><ErrorIcon /><p>The radar could not be computed: {radar.message}</p></div>
      )}
      {radar.state === 'ready' && (
        <RadarBody radar={radar.data} hasProfile={hasProfile} profile={profile} onGoProfile={onGoProfile} />
      )}

      <History entries={rows} total={history.data.total} more={history.data.more ? moreCount(radar, rows.length) : 0} onMore={() => setLimit((n) => n + PAGE)}
        matching={radar.state === 'ready' && (board !== null || keyword !== '' || days !== null || roles.length > 0) ? radar.data.listings : null} onClear={clearHistory} onRemove={(e) => void remove(e)} removed={removed} onUndo={() => void undoRemove()} />
      <div class="sr" role="status" aria-live="polite">{said}</div>
    </section>
  );
}

/** How many listings 'Show more' adds: a page, or fewer when the radar's count says so. */
function moreCount(radar: Load<RadarData>, shown: number): number {
  const left = radar.state === 'ready' ? radar.data.listings - shown : PAGE;
  return Math.max(1, Math.min(PAGE, left));
}

function RadarBody({ radar, hasProfile, profile, onGoProfile }: { radar: RadarData; hasProfile: boolean; profile: Profile | null; onGoProfile: () => void }) {
  if (radar.listings === 0) {
    return <div class="card"><p class="empty-line">No analysed listing matches these filters. Try a wider time window, another board or another role.</p></div>;
  }
  return (
    <>
      <div class="stats" aria-label="Summary">
        <div class="stat"><span class="stat-value">{radar.listings}</span><span class="stat-label">{radar.listings === 1 ? 'listing' : 'listings'} analysed</span></div>
        <div class="stat">
          <span class="stat-value">{radar.averageScore === null ? '–' : `${Math.round(radar.averageScore * 100)}%`}</span>
          <span class="stat-label">average match{radar.unclear > 0 && <><br />({radar.unclear} with requirements unclear left out)</>}</span>
        </div>
        <div class="stat"><span class="stat-value">{radar.missing.length}{radar.missing.length >= 50 ? '+' : ''}</span><span class="stat-label">skills asked that you lack</span></div>
      </div>
      <NextBest radar={radar} hasProfile={hasProfile} profile={profile} onGoProfile={onGoProfile} />
      <SkillChart radar={radar} />
    </>
  );
}

function NextBest({ radar, hasProfile, profile, onGoProfile }: { radar: RadarData; hasProfile: boolean; profile: Profile | null; onGoProfile: () => void }) {
  if (!hasProfile) {
    return (
      <div class="callout">
        <p><strong>Add your skills</strong> to see which single skill would raise your match the most.</p>
        <button type="button" class="secondary" onClick={onGoProfile}>Edit profile</button>
      </div>
    );
  }
  if (!radar.nextBest) {
    return <div class="callout good"><p>No single missing skill would raise your match on these listings. Nice.</p></div>;
  }
  const nb = radar.nextBest;
  const points = Math.round(nb.gain * 100);
  return (
    <div class="callout">
      <span class="callout-kicker">Next best skill</span>
      <p class="callout-text">
        Learning <strong>{nb.name}</strong> would raise your match on {nb.listings} of {plural(radar.listings, 'listing')}.
      </p>
      {points > 0 && <p class="muted">Average match across these listings: +{points} {points === 1 ? 'point' : 'points'}.</p>}
      {profile && <NextBestSteps skillId={nb.id} profile={profile} />}
    </div>
  );
}

function SkillChart({ radar }: { radar: RadarData }) {
  const id = useId();
  // Longest bar first: sorted by what the bar shows (listings asking), not by a weight it hides.
  const bars = [...radar.missing]
    .sort((a, b) => b.required + b.preferred - (a.required + a.preferred) || b.required - a.required || a.name.localeCompare(b.name))
    .slice(0, CHART_BARS);
  if (bars.length === 0) {
    return <div class="card"><h2>Most-asked skills you lack</h2><p class="empty-line">These listings ask for nothing you lack.</p></div>;
  }
  const max = Math.max(...bars.map((b) => b.required + b.preferred), 1);
  return (
    <div class="card">
      <div class="card-head">
        <h2 id={`${id}-title`}>Most-asked skills you lack</h2>
        <span class="legend" aria-hidden="true">
          <span class="key required" />Required <span class="key preferred" />Preferred
        </span>
      </div>
      <p class="sub">How many of the {plural(radar.listings, 'listing')} ask for each, as required or as nice to have.</p>
      <div
        class="chart"
        role="img"
        aria-label={`Bar chart of the ${plural(bars.length, 'skill')} you lack that these listings ask for most. The table that follows has the same numbers.`}
      >
        {bars.map((b) => (
          <div class="bar-row" key={b.id}>
            <span class="bar-name" title={b.name}>{b.name}</span>
            <span class="bar-track">
              <span class="bar required" style={{ width: `${(b.required / max) * 100}%` }} />
              <span class="bar preferred" style={{ width: `${(b.preferred / max) * 100}%` }} />
            </span>
            <span class="bar-value">{b.required + b.preferred}</span>
          </div>
        ))}
      </div>
      <table class="sr">
        <caption>Most-asked skills you lack, across {plural(radar.listings, 'listing')}</caption>
        <thead>
          <tr><th scope="col">Skill</th><th scope="col">Listings requiring it</th><th scope="col">Listings preferring it</th></tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.id}><th scope="row">{b.name}</th><td>{b.required}</td><td>{b.preferred}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RadarIcon() {
  return (
    <svg class="empty-icon" width="56" height="56" viewBox="0 0 56 56" aria-hidden="true" focusable="false">
      <circle cx="28" cy="28" r="24" fill="none" stroke="currentColor" stroke-width="2" opacity=".35" />
      <circle cx="28" cy="28" r="15" fill="none" stroke="currentColor" stroke-width="2" opacity=".55" />
      <circle cx="28" cy="28" r="6" fill="none" stroke="currentColor" stroke-width="2" />
      <path d="M28 28L45 11" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      <circle cx="40" cy="20" r="2.5" fill="#ffc53d" />
    </svg>
  );
}
