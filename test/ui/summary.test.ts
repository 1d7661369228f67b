// The shared words, tones and states every surface shows (src/ui): flags met or unmet,
// the worst unmet flag on the pill, the grey "requirements unclear" state, and counts
// that agree with and without a profile.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/protocol';
import { flagsOf, pillFlag, pillFlagText } from '../../src/ui/flags';
import { askedBySection, badgeLabel, cardView, listingView } from '../../src/ui/summary';
import { planTotal, paceText, weeksAtPace } from '../../src/ui/pace';

type Req = Analysis['requirements'];
type Gap = NonNullable<Analysis['gap']>;
const hit = (id: string, name: string, section: 'required' | 'preferred' | 'other', group: string | null = null) =>
  ({ id, name, category: 'tool' as const, section, mentions: [name], group });
const explain = { requiredCredit: 0, requiredTotal: 0, preferredCredit: 0, preferredTotal: 0, weights: { required: 0.75, preferred: 0.25, flags: 0.3 }, flagPenalty: 0 };

const powerMonitoring: Req = {
  skills: [hit('python', 'Python', 'required')],
  years: { min: 10, max: null, section: 'required' },
  degree: { level: 'bachelor', section: 'preferred', field: null, equivalentExperience: false },
  seniority: 'mid',
};

describe('flags', () => {
  it('a PhD holder meets "Master\'s required", and six years meet "2+ years": shown as met, not as failures', () => {
    const req: Req = { skills: [], years: { min: 2, max: null, section: 'required' }, degree: { level: 'master', section: 'required', field: null, equivalentExperience: false }, seniority: null };
    const gap: Gap = { score: 1, required: { have: [], missing: [] }, preferred: { have: [], missing: [] }, groups: [], explain,
      years: { required: 2, have: 6, status: 'meets', shortBy: 0 }, degree: { level: 'master', section: 'required', have: 'phd', status: 'meets' } };
    const flags = flagsOf({ requirements: req, gap });
    expect(flags.map((f) => [f.text, f.status, f.tone])).toEqual([["Master's required", 'met', 'good'], ['2+ years', 'met', 'good']]);
    expect(pillFlag(flags)).toBeNull();
  });

  it('a figure under a year, read from months ("6+ months of experience"), is shown in months', () => {
    const req: Req = { skills: [], years: { min: 0.5, max: null, section: 'required' }, degree: null, seniority: null };
    expect(flagsOf({ requirements: req, gap: null }).map((f) => f.text)).toEqual(['6+ months']);
  });

  it('the pill shows the worst unmet flag, not the first one (Google power monitoring: 10+ years short by 4 over a Bachelor\'s nice to have)', () => {
    const gap: Gap = { score: 0.5, required: { have: [], missing: [] }, preferred: { have: [], missing: [] }, groups: [], explain,
      years: { required: 10, have: 6, status: 'short', shortBy: 4 }, degree: { level: 'bachelor', section: 'preferred', have: 'none', status: 'short' } };
    const flags = flagsOf({ requirements: powerMonitoring, gap });
    expect(flags.map((f) => f.status)).toEqual(['unmet', 'unmet', 'info']);
    const shown = pillFlag(flags)!;
    expect(shown.kind).toBe('years');
    expect(shown.tone).toBe('low');
    expect(pillFlagText(shown)).toBe('10+ years (short by 4 years)');
    // The seniority reads as plain words, never "Mid".
    expect(flags[2]!.text).toBe('Mid-level (a few years in)');
  });

  it('without a profile, the pill shows the first required flag in neutral', () => {
    const flags = flagsOf({ requirements: powerMonitoring, gap: null });
    expect(pillFlag(flags)?.text).toBe('10+ years');
    expect(pillFlag(flags)?.tone).toBe('neutral');
  });
});

describe('requirements unclear', () => {
  const req: Req = { skills: [hit('python', 'Python', 'other'), hit('sql', 'SQL', 'other')], years: null, degree: null, seniority: null };
  const gap: Gap = { score: 1, required: { have: [], missing: [] }, preferred: { have: [], missing: [] }, groups: [], explain, years: null, degree: null };

  it('is its own grey state with the skills the listing mentions, and no score (never "0/0" or 100%)', () => {
    for (const g of [gap, null]) {
      const view = listingView({ requirements: req, gap: g });
      expect(view.state).toBe('unclear');
      expect(view.tone).toBe('unclear');
      expect(view.score).toBeNull();
      expect(view.pill).toBe('Requirements unclear');
      expect(view.mentioned.map((s) => s.name)).toEqual(['Python', 'SQL']);
    }
    expect(badgeLabel({ requirements: req, gap })).toBe('GapLens: requirements unclear; mentions Python and SQL');
  });
});

describe('counts agree with and without a profile', () => {
  it('an either-or group counts once, as the match counts it', () => {
    const req: Req = {
      skills: [hit('python', 'Python', 'required'), hit('pytorch', 'PyTorch', 'required', 'g1'), hit('tensorflow', 'TensorFlow', 'required', 'g1'), hit('aws', 'AWS', 'preferred'), hit('python', 'Python', 'other')],
      years: null, degree: null, seniority: null,
    };
    const asked = askedBySection(req);
    expect(asked.required.map((s) => s.name)).toEqual(['Python', 'PyTorch or TensorFlow']);
    expect(asked.preferred.map((s) => s.name)).toEqual(['AWS']);
    expect(asked.mentioned).toEqual([]);
    const view = listingView({ requirements: req, gap: null });
    expect([view.state, view.pill, view.pillWord]).toEqual(['asked', '2', 'required']);
  });
});

describe('pace', () => {
  it('says the weeks at the user\'s own hours', () => {
    expect(weeksAtPace({ weeks: 4, hoursPerWeek: 8 }, 5)).toBe(7);
    expect(paceText({ weeks: 4, hoursPerWeek: 8 }, 5)).toBe('about 7 weeks at your 5 h/week');
    expect(paceText({ weeks: 1, hoursPerWeek: 2 }, 10)).toBe('about 1 week at your 10 h/week');
    expect(planTotal([{ weeks: 4, hoursPerWeek: 8 }, { weeks: 2, hoursPerWeek: 5 }], 6).text).toBe('about 7 weeks at your 6 h/week (42 hours in all)');
    expect(planTotal([], 5).weeks).toBe(0);
  });
});

describe('card badges', () => {
  const card = { jobId: '1', score: 0.4, requiredHave: 1, requiredTotal: 3, have: ['Python'], missing: ['Spark', 'Go'], required: ['Python', 'Spark', 'Go'] };

  it('a listing asking only nice-to-haves reads "1/3 nice to have", as the detail badge, not "Unclear"', () => {
    const p = { ...card, preferredOnly: true };
    expect(cardView(p)).toEqual({ state: 'scored', tone: 'low', pill: '1/3', pillWord: 'nice to have' });
    expect(badgeLabel(p)).toBe('GapLens: 1 of 3 nice to have skills; missing Spark and Go');
    const asked = { ...p, score: null, requiredHave: 0, missing: [] };
    expect(cardView(asked)).toMatchObject({ state: 'asked', pill: '3', pillWord: 'nice to have' });
    expect(badgeLabel(asked)).toBe('GapLens: would like Python, Spark and Go');
  });

  it('required counts read "required"; nothing asked at all is unclear', () => {
    expect(cardView(card)).toMatchObject({ pill: '1/3', pillWord: 'required' });
    expect(badgeLabel(card)).toBe('GapLens: 1 of 3 required skills; missing Spark and Go');
    expect(cardView({ ...card, requiredHave: 0, requiredTotal: 0, missing: [], required: [] })).toMatchObject({ state: 'unclear' });
  });
});
