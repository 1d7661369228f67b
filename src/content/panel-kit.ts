// The badge's panel, loaded on its first open rather than with the content script: the
// worker injects the built file (panel.ts) into the tab's isolated world, where it hands
// this kit to badge.ts. Every board tab runs the content script; few open a panel, so its
// code (chips, corrections, evidence highlights, the skill search) is not parsed in each.
// Like badge.ts: plain DOM, page text only as text nodes, nothing parses HTML.
import type { Analysis } from '../core/protocol';
import type { CorrectionChange } from '../core/wire';
import type { Flag } from '../ui/flags';
import { canHighlight, clearHighlights, findPattern, findRanges, scrollToRange, showHighlights, type Kind } from './highlight';
import { el, type Child } from '../ui/dom';
import { chipActions, mentionsOf } from '../ui/chipActions';
import { flagMark, flagText } from '../ui/flags';
import { listingView, pillView } from '../ui/summary';
import { scoreTone } from '../ui/tone';
import { HAVE_WORD, MISSING_WORD, SECTION_TITLE, UNCLEAR_TEXT, UNCLEAR_TITLE } from '../ui/vocab';
import css from './panel.css?inline';
import { readingNotes } from './notes';
import { addSkillBox } from './addSkill';
import type { DetailContext, DetailPanel, PanelKit } from './panel-types';

export const kit: PanelKit = { css, detail, pill: pillView };

function header(score: number | null, state: string): HTMLElement {
  return el('header', {}, el('strong', {}, 'GapLens'),
    score !== null ? el('span', { class: `score tone-${scoreTone(score)}` }, `${Math.round(score * 100)}% match`)
      : state === 'unclear' && el('span', { class: 'score tone-unclear' }, UNCLEAR_TITLE));
}

type ChipKind = 'have' | 'missing' | 'asked';
interface ChipData { id: string; name: string; section: 'required' | 'preferred' | 'other'; kind: ChipKind; mentions: string[]; inProfile: boolean }

const UNDO_MS = 8000;

/** Words to look for in the page for a flag: what such a requirement is written as. */
function flagWords(analysis: Analysis, kind: Flag['kind']): RegExp | null {
  const r = analysis.requirements;
  if (kind === 'years' && r.years) {
    // A figure read from months ("18 months of experience") is found as the posting wrote it.
    const range = String.raw`\s*(?:\+|\s*(?:-|–|to)\s*\d+)?\s*\+?\s*`;
    const years = String(r.years.min).replace('.', '\\.');
    return new RegExp(String.raw`(?<![\w])(?:${years}${range}(?:years?|yrs?)|${Math.round(r.years.min * 12)}${range}months?)\b`, 'gi');
  }
  if (kind === 'degree' && r.degree) {
    const words = { bachelor: "bachelor(?:'s|’s)?|B\\.?S\\.?c?\\b|B\\.?A\\.?\\b|BSc|undergraduate degree", master: "master(?:'s|’s)?|M\\.?S\\.?c?\\b|MSc", phd: 'Ph\\.?\\s?D\\.?|doctorate|doctoral degree' }[r.degree.level];
    return new RegExp(`(?<![\\w])(?:${words})`, 'gi');
  }
  return null;
}

/**
 * The detail badge's panel: everything the pill (badge.ts) does not show. Each chip opens a
 * small menu of corrections (two clicks to any of them) and shows where in the page its
 * words are; flags show theirs too; a toggle marks every skill by kind. Made on the first
 * open and kept, so a selection, an undo or what the user is typing survives redraws.
 */
function detail(ctx: DetailContext): DetailPanel {
  const { onCorrect, onFind } = ctx;
  // The listing as the badge now holds it (a correction's answer goes to the badge, which keeps it).
  const current = ctx.analysis;

  let selected: string | null = null;
  let showAll = false;
  let undo: { text: string; change: CorrectionChange; timer: number } | null = null;
  /** The live region, kept across re-renders so what it says is announced. */
  const live = el('p', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  /** The first highlighted words of the selection: the panel keeps clear of them. */
  let shown: Range | null = null;
  const say = (text: string) => { live.textContent = text; };
  // Built once: what the user is typing survives the panel redrawing around it.
  const adder = onCorrect && onFind && addSkillBox({
    find: onFind,
    asked: (id) => current().requirements.skills.find((s) => s.id === id)?.section ?? null,
    add: (skill, where) => void act({ kind: 'listing', listing: current().key, skill: skill.id, action: where },
      `${skill.name} added: ${where === 'required' ? 'required' : 'nice to have'} here.`),
    say,
  });

  type View = ReturnType<typeof listingView>;
  function chipsOf(view: View, section: 'required' | 'preferred'): ChipData[] {
    const { gap } = current();
    const own = new Set(gap ? [...gap.required.have, ...gap.preferred.have].filter((h) => h.via === null).map((h) => h.id) : []);
    const part = view[section];
    const mk = (ref: { id: string; name: string }, kind: ChipKind): ChipData => ({ id: ref.id, name: ref.name, section, kind, mentions: mentionsOf(current().requirements, ref.id), inProfile: own.has(ref.id) });
    return [...part.have.map((h) => mk(h, 'have')), ...part.missing.map((m) => mk(m, 'missing')), ...part.asked.map((a) => mk(a, 'asked'))];
  }

  /** Highlights for the selection and the "all" toggle; returns how many ranges the selection found. */
  function paintHighlights(view: View, focusWords: string[] | RegExp | null): number {
    if (!ctx.inPage) return 0;
    const sets: Partial<Record<Kind, Range[]>> = {};
    if (showAll) {
      for (const section of ['required', 'preferred'] as const) {
        for (const c of chipsOf(view, section)) (sets[c.kind === 'missing' ? 'missing' : section] ??= []).push(...findRanges(c.mentions));
      }
    }
    const focus = focusWords instanceof RegExp ? findPattern(focusWords) : focusWords ? findRanges(focusWords) : [];
    sets.focus = focus;
    showHighlights(sets);
    shown = focus[0] ?? null;
    if (shown) scrollToRange(shown);
    return focus.length;
  }

  async function act(change: CorrectionChange, done: string): Promise<void> {
    if (!onCorrect) return;
    try {
      const answer = await onCorrect(change);
      if (answer.analysis) ctx.setAnalysis(answer.analysis);
      if (undo) clearTimeout(undo.timer);
      undo = { text: done, change: answer.undo, timer: window.setTimeout(() => { undo = null; ctx.refresh(null); }, UNDO_MS) };
      selected = null;
      say(`${done} Undo is available for a few seconds.`);
      ctx.refresh('.undo-button');
    } catch (error) {
      say(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function takeBack(): Promise<void> {
    if (!undo || !onCorrect) return;
    const u = undo;
    clearTimeout(u.timer);
    undo = null;
    try {
      const answer = await onCorrect(u.change);
      if (answer.analysis) ctx.setAnalysis(answer.analysis);
      say(`Undone: ${u.text}`);
      ctx.refresh('.gl-close');
    } catch (error) {
      say(`Could not undo: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function menu(c: ChipData, found: number): HTMLElement {
    const items = chipActions(c, current().key);
    const note = !ctx.inPage ? 'Open the listing to see where its words are.'
      : c.mentions.length === 0
      ? 'You added this skill to this listing: it has no words in the page.'
      : found > 0 ? `Highlighted ${found === 1 ? 'once' : `${found} times`} in the page.`
        : `Not found in the page: GapLens read it as “${c.mentions.join('”, “')}”.`;
    return el('div', { class: 'menu', id: `gl-menu-${c.id}`, role: 'group', 'aria-label': `${c.name}: what to do` },
      el('p', { class: 'hint evidence', 'data-found': String(found) }, note),
      ...(onCorrect ? items.map(({ label, change, done }) => {
        const b = el('button', { type: 'button', class: 'act' }, label);
        b.addEventListener('click', () => void act(change, done));
        return b;
      }) : []));
  }

  function content(): Child[] {
    const analysis = ctx.analysis();
    const view = listingView(analysis);
    const onSteps = ctx.onSteps;
    const steps = onSteps ? el('button', { type: 'button', class: 'steps' }, `${analysis.gap ? 'Next steps to close the gap' : 'Set up your profile'} →`)
      : el('p', { class: 'hint' }, 'Open the listing for the steps that close the gap.');
    if (onSteps) steps.addEventListener('click', onSteps);
    const chip = selected ? [...chipsOf(view, 'required'), ...chipsOf(view, 'preferred')].find((c) => `skill:${c.id}` === selected) : undefined;
    const flag = selected?.startsWith('flag:') ? view.flags.find((f) => `flag:${f.kind}` === selected) : undefined;
    const found = paintHighlights(view, chip ? chip.mentions : flag ? flagWords(analysis, flag.kind) : null);

    const section = (s: 'required' | 'preferred'): HTMLElement | null => {
      const chips = chipsOf(view, s);
      if (!chips.length) return null;
      const have = chips.filter((c) => c.kind === 'have').length;
      const list = el('ul', { class: 'chips' }, ...chips.map((c) => {
        const tone = c.kind === 'have' ? 'tone-good' : c.kind === 'missing' ? 'tone-low' : 'tone-neutral';
        const b = el('button', { type: 'button', class: `chip ${tone}`, 'data-skill': c.id, 'aria-expanded': String(selected === `skill:${c.id}`), 'aria-controls': `gl-menu-${c.id}` },
          c.kind === 'have' ? el('span', { 'aria-hidden': 'true' }, '✓ ') : c.kind === 'missing' ? el('span', { 'aria-hidden': 'true' }, '+ ') : null,
          c.name, c.kind !== 'asked' && el('span', { class: 'sr' }, ` (${c.kind === 'have' ? HAVE_WORD : MISSING_WORD})`));
        b.addEventListener('click', () => { selected = selected === `skill:${c.id}` ? null : `skill:${c.id}`; ctx.refresh(`[data-skill="${c.id}"]`); });
        return el('li', {}, b);
      }));
      return el('section', {}, el('h3', {}, `${SECTION_TITLE[s]} `, el('span', { class: 'dim' }, view.state === 'scored' ? `${have}/${chips.length}` : String(chips.length))),
        list, chip && chip.section === s ? menu(chip, found) : null);
    };

    const flags = view.flags.length > 0 && el('ul', { class: 'flags', 'aria-label': 'Flags' }, ...view.flags.map((f) => {
      const b = el('button', { type: 'button', class: `flagchip tone-${f.tone}`, 'data-status': f.status, 'data-flag': f.kind, 'aria-pressed': String(selected === `flag:${f.kind}`) },
        flagMark(f) && el('span', { 'aria-hidden': 'true' }, `${flagMark(f)} `), flagText(f));
      b.addEventListener('click', () => { selected = selected === `flag:${f.kind}` ? null : `flag:${f.kind}`; ctx.refresh(`[data-flag="${f.kind}"]`); });
      return el('li', { class: `tone-${f.tone}`, 'data-status': f.status }, b);
    }));
    const flagNote = flag && ctx.inPage && el('p', { class: 'hint evidence', 'data-found': String(found) },
      found > 0 ? `“${flag.text}”: highlighted in the page.` : flag.kind === 'seniority' ? 'Read from the title or the years asked.' : `“${flag.text}”: GapLens could not find these words in the page.`);

    const all = el('button', { type: 'button', class: 'act toggle', 'aria-pressed': String(showAll) }, showAll ? 'Hide highlights' : 'Highlight all in the page');
    all.addEventListener('click', () => {
      showAll = !showAll;
      say(showAll ? 'Skills highlighted in the page: required solid, nice to have dashed, missing for you wavy.' : 'Highlights removed.');
      ctx.refresh('.toggle');
    });
    const undoButton = el('button', { type: 'button', class: 'act undo-button' }, 'Undo');
    undoButton.addEventListener('click', () => void takeBack());

    const body: Child[] = view.state === 'unclear'
      ? [el('p', { class: 'hint' }, UNCLEAR_TEXT), group(SECTION_TITLE.other, [], view.mentioned.map((s) => s.name), 'unclear')]
      : [section('required'), section('preferred'), view.state === 'asked' && el('p', { class: 'hint' }, 'Set up your profile to see what you already have.')];
    // The score line only beside a score: an unclear listing has none (the worker's line would read "100%: no skills named").
    return [header(view.score, view.state), view.state === 'scored' && analysis.why && el('p', { class: 'hint why' }, analysis.why), ...body, flags, flagNote,
      ...readingNotes(analysis.listing).map((n) => el('p', { class: 'hint' }, n)),
      ctx.inPage && canHighlight() && view.state !== 'unclear' && all, showAll && el('p', { class: 'hint legend' }, 'Solid: required · dashed: nice to have · wavy: missing for you'),
      adder, undo && el('div', { class: 'undo' }, el('span', {}, undo.text), ' ', undoButton), live,
      view.state !== 'unclear' && steps];
  }

  return {
    content,
    closed() {
      selected = null;
      showAll = false;
      shown = null;
      clearHighlights();
    },
    avoid: () => shown?.getBoundingClientRect() ?? null,
    dispose() { if (undo) clearTimeout(undo.timer); },
  };
}

/** A section's chips: 'have' and 'missing' against a profile, or one tone for what is only asked. */
function group(title: string, have: string[], missing: string[], asked?: 'neutral' | 'unclear'): HTMLElement | null {
  if (!have.length && !missing.length) return null;
  return el('section', {},
    el('h3', {}, `${title} `, el('span', { class: 'dim' }, asked ? String(missing.length) : `${have.length}/${have.length + missing.length}`)),
    el('ul', { class: 'chips' },
      ...have.map((n) => el('li', { class: 'tone-good' }, el('span', { 'aria-hidden': 'true' }, '✓ '), n, el('span', { class: 'sr' }, ` (${HAVE_WORD})`))),
      ...missing.map((n) => el('li', { class: asked ? `tone-${asked}` : 'tone-low' }, !asked && el('span', { 'aria-hidden': 'true' }, '+ '), n, !asked && el('span', { class: 'sr' }, ` (${MISSING_WORD})`)))));
}
