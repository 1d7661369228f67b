// The panel's entry: built as its own script (vite.config.ts) and injected by the worker
// into the tab on the first open of a badge (background/index.ts, message "panel").
import { kit } from './panel-kit';
import { PANEL_KIT } from './panel-types';

(globalThis as unknown as Record<string, unknown>)[PANEL_KIT] = kit;
