// The shipped taxonomy (data/skills.json) obeys its own rules (data/README.md), and the loader
// reports bad data clearly.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Taxonomy } from '../../src/core/schema';
import { implicationCycles, impliedClosure, loadTaxonomy, skillById } from '../../src/core/taxonomy';
import { testTaxonomy } from './extract-taxonomy';

const path = fileURLToPath(new URL('../../data/skills.json', import.meta.url));

/** The comparison data/README.md promises: case, spaces, hyphens and dots ignored, one final "s" dropped. */
const readmeKey = (form: string) => form.toLowerCase().replace(/[\s.-]+/g, '').replace(/s$/, '');

describe('data/skills.json', () => {
  // The file is written by the taxonomy work; until it lands there is nothing to check.
  const present = existsSync(path);
  const json: unknown = present ? JSON.parse(readFileSync(path, 'utf8')) : null;

  it.runIf(present)('matches the Taxonomy schema and holds at least 400 skills', () => {
    const parsed = Taxonomy.safeParse(json);
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    expect(parsed.data!.skills.length).toBeGreaterThanOrEqual(400);
  });

  it.runIf(present)('has unique ids', () => {
    const ids = (json as Taxonomy).skills.map((s) => s.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it.runIf(present)('gives no form (normalised) to two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of (json as Taxonomy).skills) {
      for (const form of new Set([s.name, ...s.aliases].map(readmeKey))) {
        const had = owner.get(form);
        if (had && had !== s.id) clashes.push(`${form}: ${had} / ${s.id}`);
        else owner.set(form, s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.runIf(present)('implies only ids that exist, without cycles', () => {
    const t = loadTaxonomy(json);
    const ids = new Set(t.skills.map((s) => s.id));
    const missing = t.skills.flatMap((s) => s.implies.filter((p) => !ids.has(p)).map((p) => `${s.id} → ${p}`));
    expect(missing).toEqual([]);
    expect(implicationCycles(t)).toEqual([]);
  });

  it.runIf(present)('lists ambiguous forms only among the skill\'s own name and aliases (up to case)', () => {
    const stray = (json as Taxonomy).skills.flatMap((s) =>
      (s.ambiguous ?? []).filter((a) => ![s.name, ...s.aliases].map(readmeKey).includes(readmeKey(a))).map((a) => `${s.id}: ${a}`));
    expect(stray).toEqual([]);
  });

  it.runIf(present)('resolves the well-known aliases', () => {
    const t = loadTaxonomy(json);
    const byForm = new Map<string, string>();
    for (const s of t.skills) for (const f of [s.name, ...s.aliases]) byForm.set(readmeKey(f), s.id);
    const expected: Array<[string, string]> = [
      ['k8s', 'kubernetes'], ['sklearn', 'scikit-learn'], ['GCP', 'gcp'], ['HF Transformers', 'hugging-face-transformers'],
    ];
    for (const [form, id] of expected) {
      if (!skillById(t, id)) continue; // only the ids this taxonomy has
      expect(byForm.get(readmeKey(form)), form).toBe(id);
    }
  });
});

describe('loadTaxonomy', () => {
  it('accepts a valid taxonomy and indexes it', () => {
    const t = loadTaxonomy(testTaxonomy);
    expect(skillById(t, 'pytorch')?.name).toBe('PyTorch');
    expect(skillById(t, 'nope')).toBeUndefined();
  });

  it('names the field that is wrong', () => {
    const bad = { version: 1, skills: [{ id: 'Bad Id', name: 'x', category: 'language', aliases: [], implies: [] }] };
    expect(() => loadTaxonomy(bad)).toThrow(/invalid skills taxonomy:[\s\S]*skills\.0\.id/);
    expect(() => loadTaxonomy({ version: 2, skills: [] })).toThrow(/invalid skills taxonomy/);
    expect(() => loadTaxonomy('not json')).toThrow(/invalid skills taxonomy/);
  });

  it('rejects duplicate ids and unknown implied ids', () => {
    const skill = (id: string, implies: string[] = []) => ({ id, name: id, category: 'method', aliases: [], implies });
    expect(() => loadTaxonomy({ version: 1, skills: [skill('a'), skill('a')] })).toThrow(/duplicate id "a"/);
    expect(() => loadTaxonomy({ version: 1, skills: [skill('a', ['b'])] })).toThrow(/"a" implies unknown id "b"/);
  });
});

describe('impliedClosure', () => {
  it('follows implications transitively', () => {
    const closure = impliedClosure(loadTaxonomy(testTaxonomy));
    expect([...closure.get('pytorch')!].sort()).toEqual(['artificial-intelligence', 'deep-learning', 'machine-learning']);
    expect(closure.get('sql')!.size).toBe(0);
  });

  it('terminates on a cycle and reports it', () => {
    const skill = (id: string, implies: string[]) => ({ id, name: id, category: 'method' as const, aliases: [], implies });
    const t = loadTaxonomy({ version: 1, skills: [skill('a', ['b']), skill('b', ['c']), skill('c', ['a']), skill('d', ['a'])] });
    expect([...impliedClosure(t).get('a')!].sort()).toEqual(['b', 'c']);
    expect(implicationCycles(t).sort()).toEqual(['a', 'b', 'c']);
  });
});
