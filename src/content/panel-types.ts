// What the badge (content script) and its lazily loaded panel (panel-kit.ts) share: types
// and one name. Nothing here is code the content script would carry for the panel.
import type { Analysis, PillView } from '../core/protocol';
import type { CorrectionChange } from '../core/wire';
import type { Child } from '../ui/dom';
import type { Found } from './addSkill';

/** Sends one correction; the answer is this tab's listing as now corrected (null: nothing came back). */
export type Correct = (change: CorrectionChange) => Promise<{ undo: CorrectionChange; analysis: Analysis | null }>;

/** What the detail badge gives its panel. */
export interface DetailContext {
  /** The listing as now read (a correction or a re-badge replaces it). */
  analysis: () => Analysis;
  /** A correction's answer: the badge keeps it and repaints its pill. */
  setAnalysis: (analysis: Analysis) => void;
  /** Draw the open panel again, focusing what matches the selector (null: where focus was). */
  refresh: (focus: string | null) => void;
  /** Opens the steps for this listing; absent for a card's listing (the popup follows the tab's own listing). */
  onSteps?: (() => void) | undefined;
  /** Whether the listing's words are in this page (a detail badge) or not (a card's listing: no highlights). */
  inPage: boolean;
  onCorrect?: Correct | undefined;
  onFind?: ((query: string) => Promise<Found[]>) | undefined;
}

export interface DetailPanel {
  content: () => Child[];
  /** The panel closed: its selection and highlights go. */
  closed: () => void;
  /** Where the selection's first highlighted words are, for the panel to keep clear of. */
  avoid: () => DOMRect | null;
  /** The badge is going away. */
  dispose: () => void;
}

export interface PanelKit {
  css: string;
  detail: (ctx: DetailContext) => DetailPanel;
  /** The pill for a listing as now read (after a correction), as the worker draws it for a new one. */
  pill: (analysis: Analysis) => PillView;
}

/** The global (in our isolated world only: pages cannot see it) under which the kit is handed over. */
export const PANEL_KIT = '__gaplensPanelKit';
