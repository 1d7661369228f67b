// The reader's expressions are registered to be compiled ahead (core/regexps.ts): every one a
// reading module defines at its top level, and compiling them changes nothing they match.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRegexps, registerRegexps, registeredRegexps } from '../../src/core/regexps';
import { extract } from '../../src/core/extract';
import { buildMatcher } from '../../src/core/matcher';
import { postingFiles, realTaxonomy, repoRoot } from './helpers';

const core = `${repoRoot}src/core/`;
/** The modules the worker reads a listing with, whose expressions are the costly ones. */
const READER = ['extract', 'extract-sections', 'extract-years', 'extract-degree', 'cues', 'ambiguity', 'groups', 'concepts', 'seniority', 'flattened'];

describe('expressions compiled ahead', () => {
  it('registers every top-level expression of a module that registers any, and the reader modules all do', () => {
    const registering: string[] = [];
    for (const file of readdirSync(core).filter((f) => f.endsWith('.ts') && f !== 'regexps.ts')) {
      const source = readFileSync(core + file, 'utf8');
      const call = /^registerRegexps\(([^)]*)\);$/m.exec(source);
      if (!call) continue;
      registering.push(file.replace(/\.ts$/, ''));
      const names = [...source.matchAll(/^(?:export )?const ([A-Za-z_0-9]+) = (?:\/|new RegExp\()/gm)].map((m) => m[1]);
      expect(call[1]!.split(',').map((s) => s.trim()).sort(), file).toEqual(names.sort());
    }
    expect(registering.sort()).toEqual([...READER].sort());
  });

  it('compiles them in steps that cover them all, and leaves each where it was', () => {
    const total = registeredRegexps();
    expect(total).toBeGreaterThan(200);
    const sticky = /b/g;
    sticky.lastIndex = 2;
    registerRegexps(sticky);
    let at = 0;
    let steps = 0;
    while (at < registeredRegexps()) { at = compileRegexps(at, 8); steps++; }
    expect(at).toBe(total + 1);
    expect(steps).toBe(Math.ceil((total + 1) / 8));
    expect(sticky.lastIndex).toBe(2);
    expect(compileRegexps(at, 8)).toBe(at);
  });

  it('runs each on text of one-byte characters and on text with wider ones (V8 compiles each apart), long enough for machine code', () => {
    const seen: string[] = [];
    const spy = /never-matched-spy/;
    spy.test = (s: string) => { seen.push(s); return false; };
    registerRegexps(spy);
    compileRegexps(registeredRegexps() - 1, 1);
    expect(seen.length).toBe(2);
    expect(seen.every((s) => s.length >= 1000)).toBe(true);
    const wide = (s: string) => [...s].some((c) => c.charCodeAt(0) > 0xff);
    expect(seen.map(wide).sort()).toEqual([false, true]);
  });

  it('reads postings the same after they are compiled', () => {
    const matcher = buildMatcher(realTaxonomy());
    const texts = postingFiles().slice(0, 40).map((f) => readFileSync(`${repoRoot}test/fixtures/postings/${f}`, 'utf8'));
    const before = texts.map((t) => extract(t, matcher));
    compileRegexps(0, registeredRegexps());
    expect(texts.map((t) => extract(t, matcher))).toEqual(before);
  });
});
