// Text as scraped job datasets hold it. Often UTF-8 read as Windows-1252 and saved again: "Masterâ€™s
// degree", "â€¢ Python". Put back, the posting reads as its clean twin; clean text is untouched.
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/core/mojibake';
import { normalizeCvText } from '../../src/core/cv';
import { createEngine } from '../../src/core/engine';
import taxonomyJson from '../../data/skills.json';

const engine = createEngine(taxonomyJson);

/** What a double decode makes of `s`: its UTF-8 bytes read as Windows-1252. */
function garble(s: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...Buffer.from(s, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80]! : String.fromCharCode(b))).join('');
}

describe('repairMojibake', () => {
  it('puts back quotes, dashes, bullets, accents and a non-breaking space', () => {
    const clean = 'We’re hiring • “Data Scientist” – Zürich, études supérieures,\u00a05+ years';
    expect(garble(clean)).toContain('â€™');
    expect(repairMojibake(garble(clean))).toBe(clean);
  });

  it('leaves clean text, accented words and a lone capital A with circumflex alone', () => {
    for (const s of ['naïve Bayes, größer, Über, café, Ångström', 'Â Requirements', 'plain ASCII posting']) expect(repairMojibake(s)).toBe(s);
  });

  it('reads a garbled posting as its clean twin', () => {
    const clean = 'Requirements:\n• Master’s degree in Statistics\n• 3+ years’ experience with Python – and SQL\nNice to have:\n• Kubernetes';
    const a = engine.extract(clean);
    const b = engine.extract(garble(clean));
    expect(b.degree?.level).toBe('master');
    expect(b.years?.min).toBe(3);
    expect(b.skills.map((s) => [s.id, s.section])).toEqual(a.skills.map((s) => [s.id, s.section]));
  });
});

describe('a garbled CV', () => {
  it('is put back before it is read', () => {
    expect(normalizeCvText(garble('Master’s in Biochemistry – Universität Zürich'))).toBe('Master’s in Biochemistry – Universität Zürich');
  });
});

describe('a plain-text posting with its HTML escapes left in', () => {
  it('reads as its clean twin ("Master&#39;s", "years&rsquo;", "&amp;")', () => {
    const r = engine.extract('Data Scientist\n\nRequirements:\n- Master&#39;s degree in Statistics\n- 3+ years&rsquo; experience with Python &amp; SQL');
    expect(r.degree?.level).toBe('master');
    expect(r.years?.min).toBe(3);
    expect(r.skills.filter((s) => s.section === 'required').map((s) => s.id)).toEqual(['python', 'sql']);
  });
});

describe('a label that is a heading as a whole after a capitalised word', () => {
  it('splits a one-line posting ("… experience with Python Nice to have: Docker")', () => {
    const r = engine.extract('Data Scientist Requirements: Master’s degree, 3+ years’ experience with Python Nice to have: Docker');
    expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toMatchObject({ python: 'required', docker: 'preferred' });
  });
});

describe('a posting with its line breaks written out, as a JSON or CSV string holds them', () => {
  const lines = 'About us\nWe build Kubernetes tooling.\n\nRequirements:\n- Master degree\n- 3+ years of experience with Python\n\nNice to have:\n- Docker';
  it('reads as its twin with real line breaks', () => {
    const written = lines.replace(/\n/g, '\\n');
    expect(written).not.toContain('\n');
    const a = engine.extract(lines);
    const b = engine.extract(written);
    expect(b.skills.map((s) => [s.id, s.section])).toEqual(a.skills.map((s) => [s.id, s.section]));
    expect(Object.fromEntries(b.skills.map((s) => [s.id, s.section]))).toMatchObject({ kubernetes: 'other', python: 'required', docker: 'preferred' });
  });

  it('leaves a posting with real line breaks and a written one in code alone', () => {
    const code = 'Requirements:\n- Python (you know print("a\\nb") prints two lines)\n- SQL\n- Docker\n- Linux';
    expect(engine.extract(code).skills.map((s) => s.mentions[0])).toEqual(['Python', 'SQL', 'Docker', 'Linux']);
  });
});

describe('curly apostrophes in the cues', () => {
  it('read as straight ones: "We’d love it if you know dbt" is a nice-to-have', () => {
    for (const q of ['’', "'"]) {
      const r = engine.extract(`Requirements:\n- Python\n- We${q}d love it if you know dbt`);
      expect(Object.fromEntries(r.skills.map((s) => [s.id, s.section]))).toEqual({ python: 'required', dbt: 'preferred' });
    }
  });
});

describe('an ambiguous name as a list item of its own, or after "exposure to"', () => {
  const sec = (t: string) => Object.fromEntries(engine.extract(t).skills.map((s) => [s.id, s.section]));
  it('is the tool: "- Spark", "- Go", "- Julia" under requirements; "exposure to Spark"', () => {
    expect(sec('Requirements:\n- Python\n- Spark\n- Go\n- Julia')).toEqual({ python: 'required', spark: 'required', go: 'required', julia: 'required' });
    expect(sec('Requirements:\n- Python\n- Some exposure to Spark')).toEqual({ python: 'required', spark: 'required' });
  });

  it('not in lower case, nor with a surname after it', () => {
    expect(sec('We want you to go.\n- go')).toEqual({});
    expect(sec('Contact:\n- Julia Schmidt')).toEqual({});
  });
});
