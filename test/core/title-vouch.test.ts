// An ambiguous name the listing's title writes as the name vouches for that name in the
// posting's text (issue 17: the Portuguese Delphi posting wrote "delphi" in lower case and
// in no English context, so the language it asks for was not found at all).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine';
import { titleNames } from '../../src/core/matcher';
import { realTaxonomy } from './helpers';

const engine = createEngine(realTaxonomy());
const ids = (text: string, opts: { title?: string | null; company?: string | null } = {}) => engine.extract(text, opts).skills.map((s) => s.id);
const vouched = (title: string, company?: string) => [...titleNames(engine.matcher, title, company)].map((i) => engine.taxonomy.skills[i]!.id);

const PT = 'desenvolver e manter aplicações de software em delphi.\nconhecimento em delphi vcl e/ou firemonkey.';

describe('the title vouches for an ambiguous name', () => {
  it('finds the lower-case "delphi" of a posting titled "… Software Delphi"', () => {
    expect(ids(PT)).not.toContain('delphi');
    expect(ids(PT, { title: 'Analista Desenvolvedor de Software Delphi' })).toContain('delphi');
  });

  it('lets a title name Spark or Rust, not Go, R, AI or CV, a first name, a title in capitals or the employer', () => {
    expect(vouched('Senior Spark Developer')).toEqual(['spark']);
    expect(vouched('Rust Engineer (Backend)')).toEqual(['rust']);
    expect(vouched('Go-to-Market Analyst')).toEqual([]);
    expect(vouched('R Developer')).toEqual([]);
    expect(vouched('Julia Data Scientist')).toEqual([]);
    expect(vouched('SENIOR SPARK DEVELOPER')).toEqual([]);
    expect(vouched('Data Analyst at Delphi')).toEqual([]);
    expect(vouched('Data Analyst, Spark Labs', 'Spark Labs')).toEqual([]);
    // Written in lower case, the title itself is no evidence.
    expect(vouched('senior spark developer')).toEqual([]);
  });

  it('keeps the hard no\'s: ordinary English stays ordinary', () => {
    expect(vouched('Excel Analyst')).toEqual(['excel']);
    expect(ids('You will excel at working with people.', { title: 'Excel Analyst' })).not.toContain('excel');
    expect(ids('You will excel with spreadsheets.', { title: 'Excel Analyst' })).toContain('excel');
  });
});
