import { describe, expect, it, vi } from 'vitest';
import { createRouter, senderKind, type Handlers } from '../../src/background/router';

const ID = 'hcjnjnabphkmljpndpgkonlmdjojmmee';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}src/options/index.html` };
const content = { id: ID, url: 'https://www.linkedin.com/jobs/view/3915648739/', tab: { id: 7 } };
const settings = { boards: { linkedin: true, indeed: true, greenhouse: true, lever: true, workday: true, ashby: true, wellfound: true, glassdoor: true, generic: true }, cardBadges: true, onboarded: true };

function router(overrides: Partial<Handlers> = {}) {
  const handlers = {
    hello: vi.fn(async () => ({ version: '0.1.0', settings, hasProfile: false })),
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
    expect(await route(msg('hello'), page)).toEqual({ ok: true, data: { version: '0.1.0', settings, hasProfile: false } });
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
