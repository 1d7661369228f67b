// What the built extensions ask the browser for, read from dist/ exactly as a store review
// or a user would see it: the fewest permissions, no host access beyond the listed job
// boards, nothing a page can load from us, and extension pages that cannot reach the network.
// `npm test` builds before the unit tests; run on its own, this file builds when dist/ is
// missing or older than the manifest source.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const SOURCE = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
/** The id the e2e harness (and the README's install notes) rely on. */
const EXTENSION_ID = 'hcjnjnabphkmljpndpgkonlmdjojmmee';

interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean; match_about_blank?: boolean; match_origin_as_fallback?: boolean; world?: string; exclude_matches?: string[] }>;
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  background?: { service_worker?: string; scripts?: string[]; type?: string; persistent?: boolean };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
  externally_connectable?: unknown;
  key?: string;
}

function dist(browser: 'chrome' | 'firefox'): string {
  return join(ROOT, 'dist', browser);
}

function stale(): boolean {
  const built = [dist('chrome'), dist('firefox')].map((d) => join(d, 'manifest.json'));
  if (!built.every(existsSync)) return true;
  const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return ['manifest.json', 'vite.config.ts', 'package.json'].some((f) => statSync(join(ROOT, f)).mtimeMs > oldest);
}

const built: Record<'chrome' | 'firefox', Manifest> = {} as never;

beforeAll(() => {
  if (stale()) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      const out = (error as { stderr?: Buffer; stdout?: Buffer });
      throw new Error(`dist/ is missing or stale and \`npm run build\` failed, so the built manifests cannot be checked:\n${String(out.stderr ?? out.stdout ?? error).slice(-2000)}`, { cause: error });
    }
  }
  for (const b of ['chrome', 'firefox'] as const) {
    const file = join(dist(b), 'manifest.json');
    if (!existsSync(file)) throw new Error(`${file} is missing after the build: run \`npm run build\` and look at its output.`);
    built[b] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  }
}, 180_000);

/** The extension_pages policy as directive → sources. */
function csp(policy: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** A match pattern that reaches every site, or every site of a scheme. */
const BROAD = /^(?:<all_urls>|\*:\/\/\*\/.*|https?:\/\/\*\/.*|https?:\/\/\*\.[a-z]+\/.*|file:.*|\*:.*)$/;

for (const browser of ['chrome', 'firefox'] as const) {
  describe(`dist/${browser}/manifest.json`, () => {
    it('asks for exactly storage, activeTab and scripting, and host access to the boards\' sites only', () => {
      const m = built[browser];
      expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
      // The hosts the content script runs on, each once, and no other: the worker injects the
      // badge panel's code there on a first open (scripting.executeScript needs host access).
      const hosts = [...new Set(SOURCE.content_scripts![0]!.matches.map((p) => `${new URL(p.replace('*.', 'x.')).origin.replace('x.', '*.')}/*`))];
      expect(m.host_permissions).toEqual(hosts);
      for (const pattern of m.host_permissions!) expect(pattern, pattern).not.toMatch(BROAD);
      expect(m.optional_host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      // No page and no other extension may message the worker from outside.
      expect(m.externally_connectable).toBeUndefined();
    });

    it('injects its one content script only on the job boards listed in the source manifest', () => {
      const m = built[browser];
      expect(m.content_scripts).toHaveLength(1);
      const cs = m.content_scripts![0]!;
      expect(cs.matches).toEqual(SOURCE.content_scripts![0]!.matches);
      for (const pattern of cs.matches) {
        expect(pattern, pattern).not.toMatch(BROAD);
        expect(pattern, pattern).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*$/);
      }
      // Top frame of a matching page only, in the isolated world. The one stylesheet of ours on
      // the page styles evidence highlights (::highlight(gaplens-…), issue 15) and nothing else:
      // no rule of it can match an element of the board's page.
      expect(cs.all_frames ?? false).toBe(false);
      expect(cs.match_about_blank ?? false).toBe(false);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(cs.css ?? []).toHaveLength(1);
      const sheet = readFileSync(join(dist(browser), cs.css![0]!), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const selectors = [...sheet.matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1]!.trim());
      expect(selectors.length).toBeGreaterThan(0);
      for (const sel of selectors) expect(sel).toMatch(/^::highlight\(gaplens-[a-z]+\)$/);
      expect(cs.js).toHaveLength(1);
      expect(existsSync(join(dist(browser), cs.js![0]!))).toBe(true);
    });

    it('keeps the content script within its budget (25 KiB gzipped) and the panel out of it', () => {
      const m = built[browser];
      const [script] = m.content_scripts![0]!.js!;
      const code = readFileSync(join(dist(browser), script!));
      // Every board tab parses this before its badge can show (npm run bench reports the size).
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(25 * 1024);
      // The panel's code (chips, corrections, highlights) comes on a first open, as its own file.
      const panel = readFileSync(join(dist(browser), 'src', 'content', 'panel.js'), 'utf8');
      expect(panel).toContain('__gaplensPanelKit');
      expect(code.toString('utf8')).not.toContain('Highlight all in the page');
      expect(panel).toContain('Highlight all in the page');
    });

    it('exposes nothing to web pages (no web_accessible_resources): a board cannot detect GapLens', () => {
      expect(built[browser].web_accessible_resources ?? []).toEqual([]);
    });

    it("keeps its pages off the network: script-src 'self', object-src 'none', connect-src 'none', nothing remote by default", () => {
      const m = built[browser];
      const policy = csp(m.content_security_policy?.extension_pages);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(["'none'"]);
      // connect-src covers fetch and XHR only: images, styles, frames, media and fonts are
      // held to our own files by the default and the few directives that widen it.
      expect(policy.get('default-src')).toEqual(["'none'"]);
      for (const [directive, sources] of policy) {
        for (const source of sources) expect(`${directive} ${source}`).toMatch(/ (?:'self'|'none'|data:)$/);
      }
      expect(m.content_security_policy?.sandbox).toBeUndefined();
      expect(m.content_security_policy?.extension_pages).toBe(SOURCE.content_security_policy?.extension_pages);
    });
  });
}

describe('per-browser differences', () => {
  it('Firefox: an event page (background.scripts), a gecko id, a minimum version, and no data collected', () => {
    const m = built.firefox;
    expect(m.background?.scripts?.length).toBeGreaterThan(0);
    expect(m.background?.service_worker).toBeUndefined();
    for (const s of m.background!.scripts!) expect(existsSync(join(dist('firefox'), s)), s).toBe(true);
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+$/i);
    expect(gecko?.strict_min_version).toMatch(/^\d+\.\d+$/);
    // The build targets Firefox 128 syntax; the minimum may not be older than that.
    expect(Number(gecko!.strict_min_version!.split('.')[0])).toBeGreaterThanOrEqual(128);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(gecko?.data_collection_permissions?.optional ?? []).toEqual([]);
    expect(m.key).toBeUndefined();
  });

  it('Chrome: a service worker, and the key that fixes the extension id', () => {
    const m = built.chrome;
    expect(m.background?.service_worker).toBeTruthy();
    expect(m.background?.scripts).toBeUndefined();
    expect(existsSync(join(dist('chrome'), m.background!.service_worker!))).toBe(true);
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.key).toBeTruthy();
    // Chrome's id is the first 128 bits of SHA-256 over the public key, written with a–p.
    const hash = createHash('sha256').update(Buffer.from(m.key!, 'base64')).digest('hex').slice(0, 32);
    const id = [...hash].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
    expect(id).toBe(EXTENSION_ID);
  });
});
