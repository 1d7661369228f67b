import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createRouter, senderKind, type Handlers, type SenderInfo } from '../../src/background/router';
import { protocol, Reply, type MessageName } from '../../src/core/protocol';
import { MAX_LISTING_TEXT } from '../../src/core/schema';

const ID = 'hcjnjnabphkmljpndpgkonlmdjojmmee';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}src/options/index.html` };
const content = { id: ID, url: 'https://www.linkedin.com/jobs/view/3915648739/', tab: { id: 7 } };
const settings = { boards: { linkedin: true, indeed: true, greenhouse: true, lever: true, workday: true, ashby: true, wellfound: true, glassdoor: true, generic: true }, cardBadges: true, onboarded: true };

function router(overrides: Partial<Handlers> = {}) {
  const handlers = {
    hello: vi.fn(async () => ({ version: '0.1.0', settings })),
    getProfile: vi.fn(async () => ({ profile: null, setAside: [] })),
    saveProfile: vi.fn(async () => ({ ok: true as const })),
    ...overrides,
  } as unknown as Handlers;
  return { route: createRouter(handlers, ID, ORIGIN), handlers };
}
const msg = (name: string, payload: unknown = {}) => ({ gaplens: 1, name, payload });

describe('senderKind', () => {
  it('tells our pages from our content scripts and refuses everything else', () => {
    expect(senderKind(page, ID, ORIGIN)).toBe('page');
    expect(senderKind(content, ID, ORIGIN)).toBe('content');
    expect(senderKind({ ...content, id: 'otherextensionid' }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID, url: 'http://www.linkedin.com/jobs/' , tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
    expect(senderKind({ id: ID, url: `chrome-extension://otherextensionid/x.html` }, ID, ORIGIN)).toBeNull();
  });
});

describe('router', () => {
  it('answers a valid message from our page with the handler result', async () => {
    const { route } = router();
    expect(await route(msg('hello'), page)).toEqual({ ok: true, data: { version: '0.1.0', settings } });
  });

  it('ignores anything that is not a GapLens envelope', async () => {
    const { route } = router();
    expect(await route({ type: 'ping' }, page)).toBeUndefined();
    expect(await route('hello', page)).toBeUndefined();
    expect(await route(null, page)).toBeUndefined();
  });

  it('refuses other extensions and web pages', async () => {
    const { route, handlers } = router();
    const r = await route(msg('hello'), { id: 'someotherextension', url: 'chrome-extension://someotherextension/p.html' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const w = await route(msg('getProfile'), { url: 'https://www.linkedin.com/jobs/view/1/' });
    expect(w).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.hello).not.toHaveBeenCalled();
    expect(handlers.getProfile).not.toHaveBeenCalled();
  });

  it('keeps the profile away from content scripts', async () => {
    const { route, handlers } = router();
    expect(await route(msg('getProfile'), content)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await route(msg('saveProfile', { profile: null }), content)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.saveProfile).not.toHaveBeenCalled();
  });

  it('names unknown messages', async () => {
    const { route } = router();
    expect(await route(msg('deleteEverything'), page)).toEqual({ ok: false, error: { code: 'unknown-message', message: 'Unknown message "deleteEverything".' } });
    expect(await route(msg('__proto__'), page)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it('answers invalid payloads with a typed error naming the field', async () => {
    const { route, handlers } = router();
    const r = await route(msg('saveProfile', { profile: { version: 2, skills: 'python' } }), page);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(JSON.stringify(r)).toContain('profile');
    expect(handlers.saveProfile).not.toHaveBeenCalled();
    expect(await route(msg('hello', { extra: 1 }), page)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('reports a failing handler as a typed error, not a crash', async () => {
    const { route } = router({ hello: async () => { throw new Error('storage is unavailable'); } });
    expect(await route(msg('hello'), page)).toEqual({ ok: false, error: { code: 'failed', message: 'storage is unavailable' } });
  });

  it('checks the handler answer against the protocol too', async () => {
    const { route } = router({ hello: (async () => ({ version: 1 })) as unknown as Handlers['hello'] });
    expect(await route(msg('hello'), page)).toMatchObject({ ok: false, error: { code: 'failed' } });
  });
});

// ---------- hardening: every message, every kind of sender ----------------------------------

const LISTING = {
  source: 'linkedin', url: 'https://www.linkedin.com/jobs/view/3915648739/', jobId: '3915648739',
  title: 'ML Engineer', company: 'Acme', location: null, text: 'Python and SQL required.',
};
/** A valid request for every message: adding a message without one here fails typecheck. */
const VALID: Record<MessageName, unknown> = {
  hello: {},
  analyse: { listing: LISTING },
  badge: { listing: LISTING },
  tabListing: { key: 'linkedin:3915648739' },
  cardListing: { key: 'linkedin:3915648739' },
  cards: { source: 'linkedin', jobIds: ['3915648739'] },
  openSteps: {},
  correct: { change: { kind: 'listing', listing: 'linkedin:3915648739', skill: 'python', action: 'drop' } },
  findSkills: { query: 'pytorch' },
  panel: {},
  tabAdvice: { tabId: 7 },
  pasteAdvice: { text: 'Data Scientist\nRequired: Python and SQL.' },
  getProfile: {},
  saveProfile: { profile: null },
  saveSettings: { settings },
  history: { limit: 10 },
  radar: { board: null, keyword: '', days: null },
  clearHistory: {},
  forgetListing: { key: 'linkedin:3915648739' },
  restoreListing: { entry: { key: 'linkedin:1', source: 'linkedin', jobId: '1', url: 'https://www.linkedin.com/jobs/view/1', title: null, company: null, seen: 1, hash: 'h', required: [], preferred: [], groups: [], years: null, degree: null } },
  dismissSetAside: { id: 'setAside:profile:1700000000000' },
  getCorrections: {},
  saveCorrections: { corrections: { version: 1, listings: [], never: [] } },
  correctionsView: {},
  getPlan: {},
  planStep: { change: { kind: 'set', step: 'fast-ai-practical-deep-learning', state: 'started' } },
  savePlan: { plan: { version: 1, steps: [] } },
  setSkills: { skills: [{ id: 'python', level: 'working' }], onlyRaise: true },
};
const NAMES = Object.keys(protocol) as MessageName[];

/** Every handler a spy that answers nothing useful: these tests only ask who got through. */
function spies() {
  const handlers = Object.fromEntries(NAMES.map((n) => [n, vi.fn(async () => ({}))])) as unknown as Record<MessageName, ReturnType<typeof vi.fn>>;
  return { route: createRouter(handlers as unknown as Handlers, ID, ORIGIN), handlers, called: () => NAMES.filter((n) => handlers[n].mock.calls.length > 0) };
}

describe('router hardening', () => {
  it('content scripts may send exactly hello, analyse, cards, openSteps, correct, findSkills and panel', () => {
    const fromContent = NAMES.filter((n) => (protocol[n].from as readonly string[]).includes('content')).sort();
    expect(fromContent).toEqual(['analyse', 'badge', 'cardListing', 'cards', 'correct', 'findSkills', 'hello', 'openSteps', 'panel', 'tabListing']);
  });

  for (const name of NAMES) {
    const fromContent = (protocol[name].from as readonly string[]).includes('content');
    const fromPage = (protocol[name].from as readonly string[]).includes('page');
    it(`${name}: ${fromContent ? 'reaches its handler' : 'is refused'} from a content script, ${fromPage ? 'reaches it' : 'is refused'} from our pages`, async () => {
      for (const [sender, allowed] of [[content, fromContent], [page, fromPage]] as const) {
        const { route, handlers } = spies();
        const reply = await route(msg(name, VALID[name]), sender);
        if (allowed) {
          expect(reply).not.toMatchObject({ error: { code: 'forbidden-sender' } });
          expect(handlers[name]).toHaveBeenCalledTimes(1);
          // The tab comes from the browser's sender record, never from the payload.
          expect(handlers[name].mock.calls[0]![1]).toEqual({ kind: sender === content ? 'content' : 'page', tabId: sender === content ? 7 : null });
        } else {
          expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
          expect(handlers[name]).not.toHaveBeenCalled();
        }
      }
    });
  }

  const STRANGERS: Record<string, SenderInfo> = {
    'a web page (no extension id)': { url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 3 }, frameId: 0 },
    'a web page that claims our id is not enough without our page or a https tab': { id: ID, url: 'https://evil.example/' },
    'another extension\'s content script': { id: 'otherextensionidotherextensionid', url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 3 } },
    'another extension\'s page': { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/popup.html' },
    'another extension\'s page naming our origin': { id: 'otherextensionidotherextensionid', url: `${ORIGIN}src/options/index.html` },
    'a look-alike origin': { id: ID, url: `chrome-extension://${ID}.evil.example/x.html` },
    'our id in an http tab': { id: ID, url: 'http://www.linkedin.com/jobs/view/1/', tab: { id: 3 } },
    'our id in a file: tab': { id: ID, url: 'file:///tmp/listing.html', tab: { id: 3 } },
    'our id in a data: frame': { id: ID, url: 'data:text/html,<p>x</p>', tab: { id: 3 } },
    'our id in about:blank': { id: ID, url: 'about:blank', tab: { id: 3 } },
    'our id in a javascript: url': { id: ID, url: 'javascript:alert(1)', tab: { id: 3 } },
    'our id with no url': { id: ID, tab: { id: 3 } },
    'an empty sender': {},
  };
  for (const [who, sender] of Object.entries(STRANGERS)) {
    it(`refuses every message from ${who}`, async () => {
      expect(senderKind(sender, ID, ORIGIN)).toBeNull();
      const { route, called } = spies();
      for (const name of NAMES) {
        expect(await route(msg(name, VALID[name]), sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      }
      expect(called()).toEqual([]);
    });
  }

  it('unknown names, including Object.prototype names, never reach a handler', async () => {
    const { route, called } = spies();
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', '__defineGetter__', 'prototype', '', ' hello', 'Hello', 'hello\u0000']) {
      expect(await route(msg(name), page)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    }
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 64 }).filter((n) => !Object.hasOwn(protocol, n)), async (name) => {
      expect(await route(msg(name, {}), page)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    }), { numRuns: 300 });
    expect(called()).toEqual([]);
  });

  it('anything that is not exactly an envelope is left unanswered', async () => {
    const { route, called } = spies();
    for (const m of [undefined, 0, true, [], { gaplens: 2, name: 'hello', payload: {} }, { gaplens: '1', name: 'hello', payload: {} },
      { gaplens: 1, name: 'hello', payload: {}, extra: 1 }, { gaplens: 1, name: 'x'.repeat(65), payload: {} }, { gaplens: 1, payload: {} }]) {
      expect(await route(m, page)).toBeUndefined();
    }
    expect(called()).toEqual([]);
  });

  it('a payload reaches its handler only when the protocol accepts it, and then parsed (never the raw object)', async () => {
    for (const name of NAMES) {
      const { route, handlers } = spies();
      const sender = (protocol[name].from as readonly string[]).includes('page') ? page : content;
      const payload = fc.oneof(
        fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
        // Near misses: a valid payload with one key added, removed or replaced.
        fc.tuple(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 })).map(([k, v]) => ({ ...(VALID[name] as object), [k]: v })),
        fc.constantFrom('', ...Object.keys(VALID[name] as object)).map((k) => { const p = { ...(VALID[name] as Record<string, unknown>) }; delete p[k]; return p; }),
      );
      await fc.assert(fc.asyncProperty(payload, async (p) => {
        handlers[name].mockClear();
        const reply = await route({ gaplens: 1, name, payload: p }, sender);
        const accepted = protocol[name].request.safeParse(p);
        if (accepted.success) {
          expect(handlers[name]).toHaveBeenCalledTimes(1);
          expect(handlers[name].mock.calls[0]![0]).toEqual(accepted.data);
        } else {
          expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
          expect(handlers[name]).not.toHaveBeenCalled();
        }
        expect(Reply.safeParse(reply).success).toBe(true);
      }), { numRuns: 120 });
    }
  });

  it('refuses oversized and malformed listings and card requests', async () => {
    const { route, called } = spies();
    const bad = [
      { listing: { ...LISTING, text: 'x'.repeat(MAX_LISTING_TEXT + 1) } },
      { listing: { ...LISTING, text: '' } },
      { listing: { ...LISTING, jobId: 'x'.repeat(201) } },
      { listing: { ...LISTING, url: 'not a url' } },
      { listing: { ...LISTING, url: 'javascript:alert(1)' } },
      { listing: { ...LISTING, url: 'data:text/html,<script>alert(1)</script>' } },
      { listing: { ...LISTING, source: 'evilboard' } },
      { listing: { ...LISTING, extra: true } },
    ];
    for (const p of bad) expect(await route(msg('analyse', p), content)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await route(msg('cards', { source: 'linkedin', jobIds: Array.from({ length: 201 }, (_, i) => String(i)) }), content))
      .toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await route(msg('dismissSetAside', { id: 'profile' }), page)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(called()).toEqual([]);
  });
});
