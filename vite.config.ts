// One manifest.json source; the build applies the per-browser differences.
// `vite build` → dist/chrome, `vite build --mode firefox` → dist/firefox.
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { shippedData } from './scripts/shipped-data.mjs';

type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string } };

export function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const source = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
  const manifest: Manifest = { ...source, version: pkg.version };
  // Host access to the boards and nothing else: the sites the content script runs on, so the
  // worker may add the badge panel's code to a board tab when a panel first opens
  // (scripting.executeScript; a declared content script alone does not grant that). Derived
  // here so the two lists cannot drift apart; other sites only through activeTab.
  const scripts = (source.content_scripts ?? []) as { matches: string[] }[];
  manifest.host_permissions = [...new Set(scripts.flatMap((s) => s.matches).map((m) => `${m.slice(0, m.indexOf('/', 'https://'.length))}/*`))];
  if (browser === 'firefox') {
    // Firefox runs MV3 background code as an event page, not a service worker.
    manifest.background = { scripts: [source.background.service_worker], type: 'module' } as never;
    delete manifest.key;
    delete manifest.minimum_chrome_version;
  } else {
    delete manifest.browser_specific_settings;
  }
  return manifest;
}

/**
 * The data files (data/*.json) as one `JSON.parse` of a string each rather than the equal
 * object literal: V8 reads a JSON string several times faster than it compiles and evaluates
 * an object literal. The taxonomy and the curated paths (320 KB) are imported as text
 * (`?raw`) by the worker and the options page, which parse them on first use: a service worker
 * start that answers `hello` then parses neither (`npm run bench`: "service worker cold
 * start"). Either way the file is parsed here first, so a malformed file fails the build
 * instead of the extension, and shipped without its indentation. Vite's own `json.stringify`
 * does not survive this build's minifier.
 */
export function dataAsJsonString(): Plugin {
  return {
    name: 'gaplens:data-as-json-string',
    enforce: 'pre',
    load(id) {
      const m = /^(.*[\\/]data[\\/][a-z-]+\.json)(\?raw)?$/.exec(id);
      if (!m) return null;
      const text = JSON.stringify(JSON.parse(readFileSync(m[1]!, 'utf8')));
      const code = m[2] ? `export default ${JSON.stringify(text)};` : `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(text)});`;
      return { code, map: null, moduleType: 'js' };
    },
  };
}

/**
 * The taxonomy and the curated paths as files of the extension (dist/<browser>/data/*.json,
 * without their indentation), which the worker reads with `fetch` from its own package when a
 * message first needs them (src/background/index.ts): the same text in the worker's script
 * would be read on every start of a stopped worker, `hello` included. Malformed data fails the
 * build here.
 */
export const WORKER_DATA = ['skills', 'paths'] as const;
export function dataFiles(): Plugin {
  return {
    name: 'gaplens:data-files',
    generateBundle() {
      for (const name of WORKER_DATA) {
        this.emitFile({ type: 'asset', fileName: `data/${name}.json`, source: shippedData(name) });
      }
    },
  };
}

/**
 * The badge panel's script (content/panel.ts) is injected by the worker with
 * `scripting.executeScript`, which needs no web-accessible resource; crxjs declares every
 * `?script` import one anyway, open to every site, and that would let any page probe for
 * GapLens. Drop that entry, and the unused module copy crxjs also emits.
 */
export function panelNotWebAccessible(): Plugin {
  const file = 'src/content/panel.js';
  return {
    name: 'gaplens:panel-not-web-accessible',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['manifest.json'];
        if (!asset || asset.type !== 'asset') throw new Error('gaplens: no manifest.json in the bundle');
        const manifest = JSON.parse(String(asset.source)) as { web_accessible_resources?: { resources: string[] }[] };
        if (!bundle[file]) throw new Error(`gaplens: ${file} was not built`);
        const left = (manifest.web_accessible_resources ?? [])
          .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => r !== file) }))
          .filter((entry) => entry.resources.length > 0);
        if (left.length) manifest.web_accessible_resources = left;
        else delete manifest.web_accessible_resources;
        asset.source = JSON.stringify(manifest, null, 2);
        for (const name of Object.keys(bundle)) if (/^assets\/panel\.ts-[\w-]+\.js$/.test(name)) delete bundle[name];
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      dataAsJsonString(),
      dataFiles(),
      preact(),
      crx({
        manifest: manifestFor(browser) as unknown as ManifestV3Export,
        browser,
        // One self-contained content script: no loader, no shared chunks exposed to pages
        // through web_accessible_resources, so a board cannot detect GapLens.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      panelNotWebAccessible(),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome116',
      sourcemap: false,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: { popup: 'src/popup/index.html', options: 'src/options/index.html' },
      },
    },
  };
});
