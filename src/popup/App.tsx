// The popup: the listing in the current tab, the gap, and what to do about it.
// The tab is the active one, or `?tab=<id>` when the worker opened this page in a tab
// (browsers that cannot open the popup on request) and in tests.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../background/client';
import type { Analysis, Res } from '../core/protocol';
import { BOARD_LIST, BOARDS, boardName, pageKind, type PageKind } from '../ui/boards';
import { Chips, Flags, Logo, ScoreRing, SkillGroup } from '../ui/components';
import { listingView } from '../ui/summary';
import { matchWord, scoreTone } from '../ui/tone';
import { askedText, SECTION_TITLE, UNCLEAR_TEXT, UNCLEAR_TITLE } from '../ui/vocab';
import { scoreLine } from '../core/match';
import { analysePage } from './analyse';
import { LockIcon, Steps } from './components';
import { PastePanel } from './Paste';
import { MyPlanSection, NoticeBar, StepActions, usePlan } from './plan';
import { CorrectableChips, useChipCorrections } from './ChipMenu';
import { FlagSources } from './FlagSources';
import { YourPath } from './PathPicker';
import { penaltyText, withViaNames } from './text';

type TabAdvice = Res<'tabAdvice'>;
interface TabInfo { id: number; url: string | undefined }

type View =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; tab: TabInfo; data: TabAdvice; pace: number | null };

type Analyse = { state: 'idle' } | { state: 'running' } | { state: 'no-posting' } | { state: 'failed'; message: string };

export async function resolveTab(search: string): Promise<TabInfo> {
  const asked = new URLSearchParams(search).get('tab');
  if (asked !== null) {
    const id = Number(asked);
    if (!Number.isInteger(id) || id < 0) throw new Error('This page was opened for a tab that does not exist.');
    // Without the "tabs" permission the URL is only known for a tab the user acted on.
    const url = await browser.tabs.get(id).then((t) => t.url, () => undefined);
    return { id, url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('GapLens could not find the current tab.');
  return { id: tab.id, url: tab.url };
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}

const openOptions = () => { void browser.runtime.openOptionsPage(); };

export function App({ search = location.search }: { search?: string }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [pasting, setPasting] = useState(false);
  // "Analyse this page" found nothing and offers its own paste button: the footer's would be a second one.
  const [pasteOffered, setPasteOffered] = useState(false);
  const main = useRef<HTMLElement>(null);
  const userAction = useRef(false);

  const load = useCallback(async (byUser: boolean) => {
    userAction.current = byUser;
    setView({ state: 'loading' });
    try {
      const tab = await resolveTab(search);
      // The user's hours a week turn each step's effort into weeks at their own pace.
      // Asked only when there are steps to time; a failure just leaves the source's own plan.
      const data = await send('tabAdvice', { tabId: tab.id });
      const pace = data.steps.length === 0 ? null
        : await Promise.resolve().then(() => send('getProfile', {})).then((r) => r?.profile?.constraints?.hoursPerWeek ?? null, () => null);
      setView({ state: 'ready', tab, data, pace });
    } catch (error) {
      setView({ state: 'error', message: messageOf(error) });
    }
  }, [search]);

  useEffect(() => { void load(false); }, [load]);

  /** After a change made here (a correction, skills raised): the same view with fresh data, focus left where it is. */
  const refresh = useCallback(async () => {
    try {
      const tab = await resolveTab(search);
      const data = await send('tabAdvice', { tabId: tab.id });
      setView((v) => (v.state === 'ready' ? { ...v, data } : v));
    } catch {
      // The view keeps what it showed; the next open reads afresh.
    }
  }, [search]);

  // After Retry or Analyse the pressed button is gone: put focus where the news is.
  useEffect(() => {
    if (view.state !== 'loading' && userAction.current) {
      userAction.current = false;
      main.current?.querySelector<HTMLElement>('h1, h2')?.focus();
    }
  }, [view]);

  return (
    <div class="app">
      <header class="top">
        <Logo />
        <span class="brand">GapLens</span>
        {view.state === 'ready' && view.data.analysis && (
          <span class="board">{boardName(view.data.analysis.listing)}</span>
        )}
      </header>
      <main ref={main} aria-busy={view.state === 'loading'}>
        {pasting && (
          <PastePanel
            onClose={() => { setPasting(false); void load(true); }}
            renderResult={(r, again) => (
              <ListingView
                data={{ ...r, analysis: null }}
                analysis={{ ...r.analysis, listing: { title: r.analysis.title ?? 'Pasted job description', company: null, location: null } }}
                pace={view.state === 'ready' ? view.pace : null}
                refresh={again}
              />
            )}
          />
        )}
        {!pasting && <>
        {view.state === 'loading' && <Loading />}
        {view.state === 'error' && <ErrorState message={view.message} onRetry={() => { void load(true); }} />}
        {view.state === 'ready' && (view.data.analysis
          ? <ListingView data={view.data} analysis={view.data.analysis} pace={view.pace} refresh={refresh} tabId={view.tab.id}
            onAdvice={(data) => setView((v) => (v.state === 'ready' ? { ...v, data } : v))} />
          : <EmptyState tab={view.tab} hasProfile={view.data.hasProfile} onAnalysed={() => { setPasteOffered(false); void load(true); }}
            onPaste={() => setPasting(true)} onPasteOffered={setPasteOffered} />)}
        </>}
      </main>
      <footer class="foot">
        <button type="button" class="link-button" onClick={openOptions}>Edit profile</button>
        {!pasting && !(pasteOffered && view.state === 'ready' && !view.data.analysis)
          && <button type="button" class="link-button" onClick={() => setPasting(true)}>Paste a job description</button>}
        <span class="privacy"><LockIcon />Everything stays in this browser.</span>
      </footer>
    </div>
  );
}

function Loading() {
  return (
    <div class="loading" role="status">
      <span class="sr">Loading the listing in this tab…</span>
      <div class="skel title" /><div class="skel line" /><div class="skel block" /><div class="skel line short" />
    </div>
  );
}

function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="empty error" role="alert">
      <div class="empty-icon" aria-hidden="true">!</div>
      <h1 class="empty-title" tabIndex={-1}>GapLens could not load this tab</h1>
      <p class="empty-text">{message}</p>
      <p class="hint">If you just installed or updated GapLens, reload the job page, then press Retry.</p>
      <button type="button" class="primary" onClick={onRetry}>Retry</button>
    </div>
  );
}

/** What the gap view needs of an analysis: a tab's listing, or pasted text (no board, no address, no key to correct it by). */
type Shown = Pick<Analysis, 'requirements' | 'gap' | 'corrections'> & { listing: Pick<Analysis['listing'], 'title' | 'company' | 'location'>; key?: string };

function ListingView({ data, analysis, pace, refresh = async () => {}, tabId, onAdvice }: {
  data: TabAdvice; analysis: Shown; pace: number | null; refresh?: () => Promise<void>;
  /** With both, "Your path" can be changed (a tab's listing; not pasted text). */
  tabId?: number; onAdvice?: (data: TabAdvice) => void;
}) {
  const { listing, gap } = analysis;
  const plan = usePlan(refresh);
  const chips = useChipCorrections(refresh, plan.setNotice);
  const chipProps = { analysis, open: chips.open, onOpen: chips.setOpen, onAct: chips.act, busy: chips.busy };
  // A step set aside leaves the list at once; the worker stops suggesting it from the next open.
  const steps = data.steps.filter((s) => plan.stateOf(s.id) !== 'dismissed');
  const view = listingView(analysis);
  const sub = [listing.company, listing.location].filter(Boolean).join(' · ');
  const reqTotal = view.required.have.length + view.required.missing.length;
  const prefTotal = view.preferred.have.length + view.preferred.missing.length;

  return (
    <>
      <section class="listing" aria-label="This listing">
        <h1 class="job-title" tabIndex={-1}>{listing.title ?? 'Untitled listing'}</h1>
        {sub && <p class="company">{sub}</p>}
        {view.state === 'scored' && gap && (
          <div class="score">
            <ScoreRing score={gap.score} />
            <div class="score-text">
              <p class={`verdict ${scoreTone(gap.score)}`}>{matchWord(gap.score)}</p>
              {gap.explain.flagPenalty > 0 && <p class="penalty">{penaltyText(gap)}</p>}
              {/* The penalty line above says in words what the score line would repeat: once is enough. */}
              <p class="score-why">{scoreLine(gap, { flags: false })}</p>
            </div>
          </div>
        )}
        {view.state === 'asked' && (
          <p class="counts asked-count"><strong>{askedText(view.required.asked.length, 'required')}</strong>
            {view.preferred.asked.length > 0 && <> · {askedText(view.preferred.asked.length, 'preferred')}</>}</p>
        )}
        {view.state === 'unclear' && (
          <div class="unclear tone-unclear">
            <p class="unclear-title">{UNCLEAR_TITLE}</p>
            <p>{UNCLEAR_TEXT}</p>
          </div>
        )}
        <Flags flags={view.flags} />
        <FlagSources flags={view.flags} evidence={data.evidence} />
      </section>

      {view.state === 'unclear' && (
        <>
          {view.mentioned.length > 0 && (
            <SkillGroup title={SECTION_TITLE.other} count={String(view.mentioned.length)}>
              <Chips label="Skills the listing mentions" asked={view.mentioned} askedTone="unclear" />
            </SkillGroup>
          )}
          {!data.hasProfile && <SetupCard />}
        </>
      )}
      {view.state === 'scored' && (
        <>
          {reqTotal > 0 && (
            <SkillGroup title={SECTION_TITLE.required} count={`${view.required.have.length}/${reqTotal}`}>
              <CorrectableChips {...chipProps} section="required" label={`${SECTION_TITLE.required} skills`} have={withViaNames(view.required.have, analysis)} missing={view.required.missing} />
            </SkillGroup>
          )}
          {prefTotal > 0 && (
            <SkillGroup title={SECTION_TITLE.preferred} count={`${view.preferred.have.length}/${prefTotal}`}>
              <CorrectableChips {...chipProps} section="preferred" label={`${SECTION_TITLE.preferred} skills`} have={withViaNames(view.preferred.have, analysis)} missing={view.preferred.missing} />
            </SkillGroup>
          )}
          {steps.length > 0
            ? <Steps steps={steps} pace={pace} actions={(s) => <StepActions step={s} plan={plan} />} />
            : view.required.missing.length + view.preferred.missing.length === 0 && <p class="done">You have every skill this listing names. Nothing to close.</p>}
          <MyPlanSection plan={plan} />
          <YourPath data={data} tabId={tabId} onAdvice={onAdvice} />
        </>
      )}
      {view.state === 'asked' && (
        <>
          <SetupCard />
          {view.required.asked.length > 0 && (
            <SkillGroup title={SECTION_TITLE.required} count={String(view.required.asked.length)}>
              <CorrectableChips {...chipProps} section="required" label={`${SECTION_TITLE.required} skills`} asked={view.required.asked} />
            </SkillGroup>
          )}
          {view.preferred.asked.length > 0 && (
            <SkillGroup title={SECTION_TITLE.preferred} count={String(view.preferred.asked.length)}>
              <CorrectableChips {...chipProps} section="preferred" label={`${SECTION_TITLE.preferred} skills`} asked={view.preferred.asked} />
            </SkillGroup>
          )}
        </>
      )}
      <NoticeBar notice={plan.notice} onClose={() => plan.setNotice(null)} />
    </>
  );
}

function SetupCard() {
  return (
    <section class="setup">
      <h2 class="setup-title">See what you already have</h2>
      <p>Tell GapLens your skills once. Every listing then shows your gap, and the steps that close it.</p>
      <button type="button" class="primary" onClick={openOptions}>Set up your profile (1 minute)</button>
    </section>
  );
}

const boardList = BOARD_LIST;

/** What "Analyse this page" tried (the reader chain's links, src/sites/chain.ts) and what the user can do instead. */
const NOT_FOUND = 'It looked for the posting data job sites publish (JSON-LD), then for a title with a description under headings such as Requirements or Responsibilities. '
  + 'If the listing is on this page, copy its description and paste it.';

function EmptyState({ tab, hasProfile, onAnalysed, onPaste, onPasteOffered }: {
  tab: TabInfo; hasProfile: boolean; onAnalysed: () => void; onPaste: () => void; onPasteOffered: (offered: boolean) => void;
}) {
  const kind: PageKind = pageKind(tab.url);
  const [analyse, setAnalyse] = useState<Analyse>({ state: 'idle' });
  useEffect(() => { onPasteOffered(analyse.state === 'no-posting'); }, [analyse.state, onPasteOffered]);

  const run = async () => {
    setAnalyse({ state: 'running' });
    try {
      const result = await analysePage(tab.id);
      if (result.ok) { onAnalysed(); return; }
      setAnalyse(result.reason === 'no-posting' ? { state: 'no-posting' } : { state: 'failed', message: result.message });
    } catch (error) {
      setAnalyse({ state: 'failed', message: `GapLens cannot read this page. ${messageOf(error)}` });
    }
  };

  return (
    <div class="empty">
      <div class="empty-icon lens" aria-hidden="true"><Logo size={40} /></div>
      <h1 class="empty-title" tabIndex={-1}>{kind === 'board' ? 'No job listing open here yet' : 'No job listing in this tab'}</h1>
      <p class="empty-text">
        {kind === 'board'
          ? `Open a single job listing (not only the search results) and GapLens shows what it asks for that you lack. Open a job listing on ${boardList}.`
          : `Open a job listing on ${boardList}, and GapLens shows what it asks for that you lack.`}
      </p>
      <ul class="boards" aria-label="Job boards GapLens reads">
        {BOARDS.map((b) => <li key={b.id}>{b.name}</li>)}
      </ul>

      {(kind === 'readable' || kind === 'unknown' || kind === 'board') && (
        <section class="analyse">
          {kind === 'board' ? <>
            {/* A board that changed its pages (or a listing its reader cannot place): the user can still ask. */}
            <h2 class="analyse-title">A listing open here that GapLens did not read?</h2>
            <p>GapLens can try to read this page as any careers page: once, only now.</p>
          </> : <>
            <h2 class="analyse-title">A job posting on another site?</h2>
            <p>GapLens can read most careers pages: it reads this page once, only now.</p>
          </>}
          <button type="button" class="primary" onClick={() => { void run(); }} disabled={analyse.state === 'running'}
            aria-describedby="analyse-status">
            {analyse.state === 'running' ? 'Reading this page…' : 'Analyse this page'}
          </button>
          <p id="analyse-status" class={`analyse-status${analyse.state === 'no-posting' ? ' not-found' : ''}`} role="status">
            {analyse.state === 'no-posting' && <><strong>GapLens found no job listing here.</strong> {NOT_FOUND}</>}
            {analyse.state === 'failed' && analyse.message}
          </p>
          {analyse.state === 'no-posting' && (
            <button type="button" class="link-button analyse-paste" onClick={onPaste}>Paste a job description</button>
          )}
        </section>
      )}

      {!hasProfile && (
        <p class="hint setup-hint">
          New here? <button type="button" class="link-button" onClick={openOptions}>Set up your profile (1 minute)</button> so
          every listing shows your gap.
        </p>
      )}
    </div>
  );
}
