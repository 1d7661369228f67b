// One posting as JSON: a job board's API record or a page's JobPosting JSON-LD, saved as a file.
// The CLI (and `npm run eval`) read its title, company, description and the parts some boards keep
// beside the description, under their own headings; anything else stays text.
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPosting, parsePosting } from '../../src/cli/posting';
import { createEngine } from '../../src/core/engine';
import { jobPostingLd } from '../../src/sites/dom';
import taxonomyJson from '../../data/skills.json';
import { closeAll, page } from '../sites/helpers';

afterAll(closeAll);
const engine = createEngine(taxonomyJson);
const sectionOf = (text: string, id: string) => engine.extract(text).skills.find((s) => s.id === id)?.section ?? null;

describe('jsonPosting', () => {
  it('reads a Greenhouse-style record whose content is HTML escaped once more', () => {
    const p = jsonPosting(JSON.stringify({
      id: 7, title: 'Machine Learning Engineer', location: { name: 'Berlin' },
      content: '&lt;h2&gt;About us&lt;/h2&gt;&lt;p&gt;We build search.&lt;/p&gt;&lt;h2&gt;Requirements&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;3+ years of experience with Python&lt;/li&gt;&lt;li&gt;Experience with Kubernetes is a plus&lt;/li&gt;&lt;/ul&gt;',
    }))!;
    expect(p.title).toBe('Machine Learning Engineer');
    expect(p.text).not.toMatch(/&lt;|<li>/);
    expect(sectionOf(p.text, 'python')).toBe('required');
    expect(sectionOf(p.text, 'kubernetes')).toBe('preferred');
  });

  it("reads Lever's record: its title is \"text\", its lists are sections under their own headings", () => {
    const p = jsonPosting(JSON.stringify({
      id: 'x', text: 'Data Scientist, Growth', description: '<div>We are a fintech company.</div>',
      lists: [
        { text: "What you'll do", content: '<li>Build churn models</li><li>Run A/B tests on pricing</li>' },
        { text: 'What you bring', content: '<li>3+ years with Python and SQL</li><li>Experience with dbt is a plus</li>' },
      ],
      additionalPlain: 'We offer health insurance.',
    }))!;
    expect(p.title).toBe('Data Scientist, Growth');
    expect(p.text).toContain("What you'll do:\n- Build churn models");
    expect(sectionOf(p.text, 'sql')).toBe('required');
    expect(sectionOf(p.text, 'dbt')).toBe('preferred');
    expect(sectionOf(p.text, 'a-b-testing')).toBe('other');
  });

  it('reads JSON-LD: hiring organisation, qualifications, education and months of experience', () => {
    const p = jsonPosting(JSON.stringify({
      '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Acme' }, {
        '@type': 'JobPosting', title: 'ML Engineer', hiringOrganization: { '@type': 'Organization', name: 'Acme Labs' },
        description: '<p>Join our team building recommender systems for retail.</p>',
        qualifications: ['Strong Python', 'Experience with Kubernetes'],
        educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'master degree' },
        experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 48 },
      }],
    }))!;
    expect(p).toMatchObject({ title: 'ML Engineer', company: 'Acme Labs' });
    expect(p.text).toContain('Qualifications:\n- Strong Python\n- Experience with Kubernetes');
    const r = engine.extract(p.text);
    expect(r.years?.min).toBe(4);
    expect(r.degree?.level).toBe('master');
    expect(r.skills.find((s) => s.id === 'kubernetes')?.section).toBe('required');
  });

  it('leaves a part out that the description already holds', () => {
    const p = jsonPosting(JSON.stringify({ title: 'Analyst', description: 'Requirements: SQL and Tableau.', requirements: 'SQL and Tableau.' }))!;
    expect(p.text).toBe('Requirements: SQL and Tableau.');
  });

  it('finds the posting a few levels down, and takes a list of one as that posting', () => {
    expect(jsonPosting(JSON.stringify({ data: { job: { jobTitle: 'Data Engineer', job_description: 'Spark and Airflow.', company: { display_name: 'Foo' } } } })))
      .toMatchObject({ title: 'Data Engineer', company: 'Foo', text: 'Spark and Airflow.' });
    expect(jsonPosting(JSON.stringify([{ title: 'A', description: 'Python.' }]))?.title).toBe('A');
  });

  it('is not fooled by JSON that is no posting, a dataset of many, or broken JSON', () => {
    expect(jsonPosting(JSON.stringify({ basics: { name: 'Ada', summary: 'Engineer' }, work: [] }))).toBeNull();
    expect(jsonPosting(JSON.stringify([{ title: 'A', description: 'x' }, { title: 'B', description: 'y' }]))).toBeNull();
    expect(jsonPosting('{"title": "A", "description": ')).toBeNull();
    expect(jsonPosting('{ not json } Requirements: Python')).toBeNull();
    // …and such files are read as text, as before.
    expect(parsePosting('{ not json } Requirements: Python').text).toBe('{ not json } Requirements: Python');
    expect(jsonPosting(JSON.stringify({ title: 'A', description: '   ' }))).toBeNull();
  });
});

describe('jobPostingLd on a page', () => {
  it('adds the qualifications and skills a page keeps beside its description', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Scientist', hiringOrganization: { name: 'Acme' },
      description: '&lt;p&gt;You will build forecasting models.&lt;/p&gt;', skills: 'Python, PyTorch', qualifications: '<ul><li>PhD in statistics</li><li>3+ years of experience</li></ul>' };
    const { doc } = page(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`, 'https://example.com/jobs/1');
    const got = jobPostingLd(doc)!;
    expect(got.description).toMatch(/^You will build forecasting models\.\n\nQualifications:\n/);
    expect(got.description).toContain('Skills:\nPython, PyTorch');
    const r = engine.extract(got.description!);
    expect(r.degree?.level).toBe('phd');
    expect(r.skills.find((s) => s.id === 'pytorch')?.section).toBe('required');
  });
});
