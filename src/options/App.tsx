// The options page: one page, five sections behind a tab bar (the URL hash names the
// section, so the worker or a link can open #radar directly), and the first-run setup
// in front of them until it is finished or skipped.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../background/client';
import { diffProfiles } from '../core/profile';
import type { SetAsideRecord } from '../core/protocol';
import type { Profile, Settings as SettingsData } from '../core/schema';
import { Boards } from './Boards';
import { Corrections } from './Corrections';
import { ImportExport } from './ImportExport';
import { MyPlan } from './MyPlan';
import { Onboarding } from './Onboarding';
import { ProfileEditor } from './ProfileEditor';
import { ErrorIcon } from './ProfileFields';
import { Radar } from './Radar';
import { Settings } from './Settings';
import { messageOf, plural } from './text';
import { Toast, type ToastData } from './Toast';
import { Logo } from '../ui/components';

export const TABS = [
  { id: 'profile', label: 'Profile' },
  { id: 'import', label: 'Import/Export' },
  { id: 'plan', label: 'My plan' },
  { id: 'corrections', label: 'Corrections' },
  { id: 'radar', label: 'Market radar' },
  { id: 'boards', label: 'Boards' },
  { id: 'settings', label: 'Settings' },
] as const;
export type TabId = (typeof TABS)[number]['id'];

const tabOf = (hash: string): TabId => {
  const h = hash.replace(/^#/, '');
  return (TABS.find((t) => t.id === h)?.id) ?? 'profile';
};

type Loaded = { settings: SettingsData; profile: Profile | null; setAside: SetAsideRecord[] };
type View = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & Loaded);

interface Props {
  /** Debounce of the profile auto-save; tests shorten it. */
  saveDelay?: number;
}

export function App({ saveDelay }: Props) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [tab, setTab] = useState<TabId>(() => tabOf(location.hash));
  const [setup, setSetup] = useState(false);
  const [revision, setRevision] = useState(0);
  const [toast, setToast] = useState<ToastData | null>(null);
  const main = useRef<HTMLElement>(null);
  const moved = useRef(false);

  const load = useCallback(async () => {
    setView({ state: 'loading' });
    try {
      const [hello, stored] = await Promise.all([send('hello', {}), send('getProfile', {})]);
      setView({ state: 'ready', settings: hello.settings, profile: stored.profile, setAside: stored.setAside });
    } catch (error) {
      setView({ state: 'error', message: messageOf(error) });
    }
  }, []);

  useEffect(() => { void load(); }, [load]);

  useEffect(() => {
    const onHash = () => { moved.current = true; setTab(tabOf(location.hash)); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const inSetup = view.state === 'ready' && (setup || !view.settings.onboarded);

  // After a tab change (or entering or leaving setup), put focus on the new heading so it is announced.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [tab, inSetup]);

  const go = (id: TabId) => {
    moved.current = true;
    if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
    setTab(id);
  };

  const patch = (p: Partial<Loaded>) => setView((v) => (v.state === 'ready' ? { ...v, ...p } : v));

  const closeToast = useCallback(() => {
    // If focus was on the toast's button, do not drop it on <body>.
    if (document.activeElement?.closest('.toast')) main.current?.querySelector<HTMLElement>('h1')?.focus();
    setToast(null);
  }, []);

  /** After a whole new profile was saved (import, reset, pasted skills, setup run again): Undo brings `previous` back. */
  const offerUndo = useCallback((previous: Profile | null, note: string) => {
    setToast({
      key: Date.now(),
      message: note,
      action: {
        label: 'Undo',
        run: async () => {
          try {
            await send('saveProfile', { profile: previous });
            patch({ profile: previous });
            setRevision((r) => r + 1);
            setToast({ key: Date.now(), message: 'Undone: your previous profile is back.' });
          } catch (error) {
            setToast({ key: Date.now(), message: `Could not undo: ${messageOf(error)}` });
          }
        },
      },
    });
  }, []);

  /** Save a whole new profile (import, reset, pasted skills) and offer Undo. */
  const commit = useCallback(async (next: Profile | null, note: string) => {
    if (view.state !== 'ready') return;
    const previous = view.profile;
    await send('saveProfile', { profile: next });
    patch({ profile: next });
    setRevision((r) => r + 1);
    offerUndo(previous, note);
  }, [view, offerUndo]);

  if (view.state === 'loading') {
    return <Frame><main class="main" aria-busy="true"><p class="muted loading">Loading your profile…</p></main></Frame>;
  }
  if (view.state === 'error') {
    return (
      <Frame>
        <main class="main">
          <div class="error-box" role="alert">
            <ErrorIcon />
            <div>
              <p><strong>GapLens could not load your settings.</strong> {view.message}</p>
              <button type="button" class="secondary" onClick={() => void load()}>Try again</button>
            </div>
          </div>
        </main>
      </Frame>
    );
  }

  const { settings, profile, setAside } = view;

  if (inSetup) {
    return (
      <Frame>
        <main class="main" ref={main}>
          <Onboarding
            profile={profile}
            settings={settings}
            onDone={(r) => {
              patch({ profile: r.profile, settings: r.settings });
              setRevision((x) => x + 1);
              setSetup(false);
              moved.current = true;
              // Setup run again over a profile replaces it: the same Undo as an import.
              if (r.profile && profile && diffProfiles(profile, r.profile).length > 0) offerUndo(profile, 'Setup saved: your profile was updated.');
              else if (r.profile && r.profile !== profile) setToast({ key: Date.now(), message: 'Setup saved. Listings you open now show your skill gap.' });
            }}
          />
        </main>
        <Toast toast={toast} onClose={closeToast} />
      </Frame>
    );
  }

  return (
    <Frame
      action={<button type="button" class="secondary small" onClick={() => { moved.current = true; setSetup(true); }}>Run setup again</button>}
      nav={(
        <nav class="tabs" aria-label="Sections">
          <ul>
            {TABS.map((t) => (
              <li key={t.id}>
                <a href={`#${t.id}`} aria-current={tab === t.id ? 'page' : undefined}
                  onClick={(e) => { e.preventDefault(); go(t.id); }}>
                  {t.label}
                  {t.id === 'settings' && setAside.length > 0 && <><span class="nav-dot" aria-hidden="true" /><span class="sr"> ({plural(setAside.length, 'notice')})</span></>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    >
      <main class="main" ref={main}>
        {setAside.length > 0 && tab !== 'settings' && (
          <div class="notice warn">
            <p>
              <strong>{plural(setAside.length, 'stored record')} could not be read</strong> and {setAside.length === 1 ? 'was' : 'were'} set
              aside, not deleted.
            </p>
            <a href="#settings" onClick={(e) => { e.preventDefault(); go('settings'); }}>Review in Settings</a>
          </div>
        )}
        {tab === 'profile' && (
          <ProfileEditor
            key={revision}
            profile={profile}
            saveDelay={saveDelay}
            onSaved={(p) => patch({ profile: p })}
            onRunSetup={() => { moved.current = true; setSetup(true); }}
          />
        )}
        {tab === 'import' && <ImportExport profile={profile} commit={commit} />}
        {tab === 'plan' && <MyPlan onProfileChanged={() => {
          // Skills raised from a finished step: the profile tab must show them, without reloading this one.
          void send('getProfile', {}).then((r) => { patch({ profile: r.profile }); setRevision((x) => x + 1); }, () => undefined);
        }} />}
        {tab === 'corrections' && <Corrections />}
        {tab === 'radar' && <Radar key={revision} hasProfile={profile !== null} profile={profile} onGoProfile={() => go('profile')} />}
        {tab === 'boards' && <Boards />}
        {tab === 'settings' && (
          <Settings
            settings={settings}
            onSettings={(s) => patch({ settings: s })}
            setAside={setAside}
            onDismissed={(id) => patch({ setAside: setAside.filter((r) => r.id !== id) })}
          />
        )}
      </main>
      <Toast toast={toast} onClose={closeToast} />
    </Frame>
  );
}

function Frame({ children, nav, action }: { children: ComponentChildren; nav?: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="app">
      <header class="top">
        <div class="top-inner">
          <div class="brand-row">
            <Logo size={26} />
            <span class="brand">GapLens</span>
            <span class="brand-sub">Options</span>
            <span class="spacer" />
            {action}
          </div>
          {nav}
        </div>
      </header>
      {children}
    </div>
  );
}

