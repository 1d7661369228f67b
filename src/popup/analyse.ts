// "Analyse this page": run the generic reader in the tab the popup belongs to. activeTab
// grants the tab for this one user gesture; GapLens keeps no access to the site.
import browser from 'webextension-polyfill';
// Bundled by Vite as one self-contained IIFE, emitted as a plain asset. crxjs's `?script`
// import would list the file in web_accessible_resources for every site, which lets any
// page detect GapLens (and scripts/build.mjs refuses such a build); executeScript does
// not need the file to be web-accessible.
import genericScript from '../content/generic?worker&url';
import type { GenericResult } from '../content/generic';

export const GENERIC_SCRIPT = genericScript.replace(/^\//, '');

function isResult(value: unknown): value is GenericResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export async function analysePage(tabId: number): Promise<GenericResult> {
  const target = { tabId };
  const [injected] = await browser.scripting.executeScript({ target, files: [GENERIC_SCRIPT] });
  if (isResult(injected?.result)) return injected.result;
  // The script leaves its (promised) result on the isolated world's global; the browser
  // waits for the promise before answering.
  const [read] = await browser.scripting.executeScript({
    target,
    func: () => (globalThis as unknown as { __gaplensGeneric?: unknown }).__gaplensGeneric ?? null,
  });
  const result = read?.result;
  return isResult(result) ? result : { ok: false, reason: 'failed', message: 'The page did not answer.' };
}
