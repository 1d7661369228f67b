// core/lazy.ts: a schema behind `lazy` is built once, on first use, and behaves as itself
// wherever Zod takes a schema (nested, extended, checked with instanceof).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { lazy } from '../../src/core/lazy';
import { Listing, Requirements } from '../../src/core/schema';

describe('lazy schemas', () => {
  it('builds nothing until first used, then builds once', () => {
    let builds = 0;
    const Point = lazy(() => { builds++; return z.strictObject({ x: z.number(), y: z.number() }); });
    const Line = lazy(() => z.array(Point).min(2));
    expect(builds).toBe(0);
    expect(Line.safeParse([{ x: 0, y: 0 }, { x: 1, y: 2 }]).success).toBe(true);
    expect(builds).toBe(1);
    const bad = Line.safeParse([{ x: 0, y: 0 }, { x: 1, y: 'two' }]);
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual([1, 'y']);
    expect(Point.parse({ x: 3, y: 4 })).toEqual({ x: 3, y: 4 });
    expect(builds).toBe(1);
  });

  it('is the schema for every Zod use: instanceof, shape, extend, optional, mini', () => {
    const Base = lazy(() => z.strictObject({ id: z.string() }));
    expect(Base instanceof z.ZodObject).toBe(true);
    expect(Object.keys(Base.shape)).toEqual(['id']);
    const Named = Base.extend({ name: z.string() });
    expect(Named.parse({ id: 'a', name: 'b' })).toEqual({ id: 'a', name: 'b' });
    expect(Named.safeParse({ id: 'a' }).success).toBe(false);
    const Holder = zm.strictObject({ base: zm.optional(Base) });
    expect(zm.safeParse(Holder, {}).success).toBe(true);
    expect(zm.safeParse(Holder, { base: { id: 1 } }).success).toBe(false);
    expect(Object.keys(Base)).toContain('def');
    // A spy on its method is a spy on the schema's.
    const spy = vi.spyOn(Base, 'safeParse');
    expect(Named.safeParse({ id: 'a', name: 'b' }).success).toBe(true);
    Base.safeParse({ id: 'a' });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(Base.safeParse({ id: 'a' }).success).toBe(true);
  });

  it('keeps the project schemas as strict as before', () => {
    const listing = { source: 'lever', url: 'https://jobs.lever.co/x/1', jobId: '1', title: null, company: null, location: null, text: 'Python' };
    expect(Listing.safeParse(listing).success).toBe(true);
    expect(Listing.safeParse({ ...listing, extra: 1 }).success).toBe(false);
    expect(Listing.safeParse({ ...listing, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(Requirements.safeParse({ skills: [], years: null, degree: null, seniority: 'wizard' }).success).toBe(false);
  });
});

describe('the schema modules', () => {
  // The worker's start and every board page's content script evaluate these modules: a
  // schema built at module level there costs each of them, so each is wrapped in lazy().
  // Every module of src/core and src/background: the worker imports most of them (a schema
  // such as a storage item's `Profile.nullable()` built at load cost its start ~10 ms).
  const files = ['core', 'background'].flatMap((dir) => readdirSync(new URL(`../../src/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`));
  it('covers the worker\'s modules', () => {
    expect(files).toEqual(expect.arrayContaining(['core/wire.ts', 'core/schema.ts', 'core/protocol.ts', 'core/profile.ts', 'background/service.ts', 'background/records.ts']));
  });
  for (const file of files) {
    it(`${file} builds no schema when it is loaded`, () => {
      const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
      const eager = source.split('\n').filter((line) => /^(export )?const \w+(: [\w<>|, ]+)? = (z\.|[A-Z]\w*\.(extend|omit|pick|partial|nullable|optional|array)\()/.test(line)
        || /^\s+(request|response): (z\.(?!core\.)|[A-Z]\w*\.\w+\()/.test(line)
        || /^ {2}schema: (z|[A-Z]\w*)\.\w+\(/.test(line));
      expect(eager).toEqual([]);
    });
  }
});
