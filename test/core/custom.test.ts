// The user's own skills outside the taxonomy: ids, and found in postings by name with the
// same sections as every other skill.
import { describe, expect, it } from 'vitest';
import taxonomyJson from '../../data/skills.json';
import { createEngine } from '../../src/core/engine';
import { customId, withCustom } from '../../src/core/custom';
import { CustomSkill, Profile } from '../../src/core/schema';
import { match } from '../../src/core/match';
import { bioinformatician } from '../../src/core/personas';

const engine = createEngine(taxonomyJson);
const TEXT = 'Requirements:\n- 2+ years with Python and GraphPad Prism\n- Flow cytometry\nNice to have:\n- FlowJo\nAbout us: we make lab software.';
const custom = [{ id: 'x-graphpad-prism', name: 'GraphPad Prism' }, { id: 'x-flowjo', name: 'FlowJo' }, { id: 'x-benchling', name: 'Benchling' }];

describe('custom skills', () => {
  it('ids are "x-" and the name in kebab case, valid by the schema', () => {
    expect(customId('GraphPad Prism')).toBe('x-graphpad-prism');
    expect(customId('  Café  Lab++ ')).toBe('x-cafe-lab-plus-plus');
    expect(customId('F#')).toBe('x-f-sharp');
    expect(customId('***')).toBeNull();
    for (const name of ['GraphPad Prism', 'ImageJ / Fiji', 'C++ Builder']) expect(CustomSkill.safeParse({ id: customId(name), name }).success).toBe(true);
    expect(CustomSkill.safeParse({ id: 'graphpad', name: 'GraphPad' }).success).toBe(false);
  });

  it('found in a posting by name, in the section it is asked in; names it does not use are not found', () => {
    const base = engine.extract(TEXT);
    expect(base.skills.some((s) => s.id.startsWith('x-'))).toBe(false);
    const req = withCustom(base, TEXT, {}, custom);
    expect(req.skills.find((s) => s.id === 'x-graphpad-prism')).toMatchObject({ name: 'GraphPad Prism', section: 'required' });
    expect(req.skills.find((s) => s.id === 'x-flowjo')).toMatchObject({ section: 'preferred' });
    expect(req.skills.some((s) => s.id === 'x-benchling')).toBe(false);
    // The taxonomy's reading is kept as it was.
    expect(req.skills.slice(0, base.skills.length)).toEqual(base.skills);
    expect(withCustom(base, TEXT, {}, undefined)).toBe(base);
    expect(withCustom(base, TEXT, {}, [])).toBe(base);
  });

  it('counts in the match: a profile with the custom skill has it, one without lacks it', () => {
    const req = withCustom(engine.extract(TEXT), TEXT, {}, custom);
    const without = match(req, bioinformatician.profile, engine.taxonomy);
    expect(without.required.missing.map((m) => m.id)).toContain('x-graphpad-prism');
    const mine: Profile = { ...bioinformatician.profile, custom, skills: [...bioinformatician.profile.skills, { id: 'x-graphpad-prism', level: 'working' }] };
    expect(Profile.safeParse(mine).success).toBe(true);
    const withIt = match(req, mine, engine.taxonomy);
    expect(withIt.required.have.map((h) => h.id)).toContain('x-graphpad-prism');
    expect(withIt.score).toBeGreaterThan(without.score);
  });
});
