// Listing titles → target roles (core/roles.ts), and the radar's role filter built on it.
import { describe, expect, it } from 'vitest';
import { radarFilter } from '../../src/core/radar';
import { rolesOfTitle } from '../../src/core/roles';
import { HistoryEntry } from '../../src/core/schema';

describe('rolesOfTitle', () => {
  it.each([
    ['Senior Machine Learning Engineer, Search', ['ml-engineer']],
    ['Engineer, Machine Learning', ['ml-engineer']],
    ['Research Engineer, Applied AI', ['ml-engineer']],
    ['MLOps Engineer (LLM serving)', ['mlops-engineer']],
    ['Research Scientist, Computer Vision', ['research-scientist']],
    ['Applied Scientist II', ['applied-scientist']],
    ['Lead Data Scientist - Health', ['data-scientist']],
    ['Senior Computational Biologist', ['computational-biologist']],
    ['Bioinformatics Engineer', ['computational-biologist']],
    ['Business Intelligence Analyst', ['data-analyst']],
    ['Analytics Engineer', ['data-engineer']],
    ['Product Manager, AI Platform', ['ml-product-manager']],
    ['Data Scientist / ML Engineer', ['ml-engineer', 'data-scientist']],
  ])('%s', (title, roles) => {
    expect(rolesOfTitle(title)).toEqual(roles);
  });

  it.each([['Software Engineer, Payments'], ['Frontend Engineer'], ['Account Executive'], ['Product Manager, Checkout']])('%s is none of them', (title) => {
    expect(rolesOfTitle(title)).toEqual([]);
  });

  it('no title, no role', () => {
    expect(rolesOfTitle(null)).toEqual([]);
    expect(rolesOfTitle('')).toEqual([]);
  });
});

describe('the radar filter by role', () => {
  const now = Date.UTC(2026, 11, 1);
  const entry = (title: string | null) => HistoryEntry.parse({
    key: `linkedin:${title ?? 'none'}`, source: 'linkedin', jobId: '1', url: 'https://www.linkedin.com/jobs/view/1', title, company: null,
    seen: now, hash: 'ab', required: ['python'], preferred: [], groups: [], years: null, degree: null,
  });
  const all = [entry('Data Scientist'), entry('Machine Learning Engineer'), entry('Frontend Engineer'), entry(null)];
  const titles = (roles?: Array<'data-scientist' | 'ml-engineer'>) => all.filter(radarFilter({ board: null, keyword: '', days: null, ...(roles ? { roles } : {}) }, now)).map((e) => e.title);

  it('keeps the listings of any role asked for', () => {
    expect(titles(['data-scientist'])).toEqual(['Data Scientist']);
    expect(titles(['data-scientist', 'ml-engineer'])).toEqual(['Data Scientist', 'Machine Learning Engineer']);
  });

  it('absent or empty: every listing', () => {
    expect(titles()).toHaveLength(4);
    expect(titles([])).toHaveLength(4);
  });
});
