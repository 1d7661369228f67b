// A label standing alone before the rest of its line (issue 14, class 2: a preferred sub-list
// inside a requirements list, as flattened lists and labelled items write it): the sentences
// after it on the line take its section. Texts written here.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const sections = (text: string) => Object.fromEntries(realEngine().extract(text).skills.map((s) => [s.id, s.section]));

describe('a label alone, then what it labels, on one line', () => {
  it.each([
    ['Requirements\n- Python\n- Nice to have - Docker', { python: 'required', docker: 'preferred' }],
    ['Requirements\n- Python\n- Bonus – Docker, Kubernetes', { python: 'required', docker: 'preferred', kubernetes: 'preferred' }],
    ['Requirements: Python - SQL - Nice to have - Docker - Kubernetes', { python: 'required', sql: 'required', docker: 'preferred', kubernetes: 'preferred' }],
    ['Nice to have\n- Docker\n- Must have - Python', { docker: 'preferred', python: 'required' }],
  ])('%s', (text, want) => {
    expect(sections(text)).toEqual(want);
  });

  it('reaches only the rest of its own line', () => {
    expect(sections('Requirements\n- Nice to have - Docker\n- Python')).toEqual({ docker: 'preferred', python: 'required' });
  });

  it('a sentence\'s own cue still decides it', () => {
    expect(sections('Requirements\n- Nice to have - Docker - Python is required')).toEqual({ docker: 'preferred', python: 'required' });
  });
});
