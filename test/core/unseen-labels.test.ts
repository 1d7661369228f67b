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

describe('a nice-to-have said in the item itself, inside a requirements list', () => {
  it.each([
    // A bracket holding the cue with an intensifier is about what stands before it.
    ['Requirements\n- Python\n- Experience deploying on GCP (big plus)', { python: 'required', gcp: 'preferred' }],
    ['Requirements\n- Skilled in Tableau (huge plus), and SQL', { tableau: 'preferred', sql: 'required' }],
    // "Preferred" as the item's first word, before what it qualifies.
    ['What you need\n- Python\n- Preferred experience with Stata or SPSS', { python: 'required', stata: 'preferred', spss: 'preferred' }],
    ['Requirements\n- Desired knowledge of Airflow', { airflow: 'preferred' }],
  ])('%s', (text, want) => {
    expect(sections(text)).toEqual(want);
  });
});

describe('a list flattened without its full stops', () => {
  // Lists that lost their line breaks and had no full stops: each item runs into the next, and a
  // heading follows an item's last word. Texts written here.
  const flat = 'We build tools for analysts. What you will do Build dashboards for the sales team Run reports every week '
    + 'Required Qualifications Experience building models using Python Experience writing SQL against large databases '
    + 'A degree in statistics or economics is preferred '
    + 'Preferred Qualifications Experience with Docker Exposure to Airflow';

  it('a heading after an item\'s last word opens its section', () => {
    expect(sections(flat)).toMatchObject({ python: 'required', sql: 'required', docker: 'preferred', airflow: 'preferred' });
  });

  it('a trailing cue keeps to its own item, not the whole run of items before it', () => {
    const r = sections('Requirements: Experience building models using Python Experience writing SQL queries Familiarity with Docker is a plus');
    expect(r).toEqual({ python: 'required', sql: 'required', docker: 'preferred' });
  });

  it('a heading in capitals, or a lone "Requirements", after an item\'s last word', () => {
    expect(sections('We ship data products for hospitals WHAT YOU WILL DO Build pipelines in Airflow WHAT YOU WILL BRING Strong Python and SQL'))
      .toMatchObject({ airflow: 'other', python: 'required', sql: 'required' });
    expect(sections('Key Responsibilities Build dashboards in Tableau every week for the business team Requirements Excel, SQL, Power BI'))
      .toMatchObject({ tableau: 'other', excel: 'required', sql: 'required', 'power-bi': 'required' });
  });

  it('the last word of "Preferred Qualifications" is not a heading of its own', () => {
    expect(sections('We build search for online shops Basic Qualifications Experience with Python in production systems Preferred Qualifications Experience with Kubernetes'))
      .toMatchObject({ python: 'required', kubernetes: 'preferred' });
  });

  it('a sentence-case label with its colon that addresses the reader ("Your profile:") opens its section', () => {
    expect(sections('Starting date: upon agreement Your tasks: build forecasts with Spark Your profile: a PhD and Python skills We offer: a Kubernetes cluster'))
      .toMatchObject({ spark: 'other', python: 'required', kubernetes: 'other' });
  });

  it('"What we\'re looking for" after a sentence, and "Desired experience and expertise:" after an item, open their sections', () => {
    expect(sections('You will deploy models with Docker. What We’re Looking For Bachelor’s degree and strong Python'))
      .toMatchObject({ docker: 'other', python: 'required' });
    expect(sections('Job Description You will present results at conferences Desired experience and expertise: - Statistics with R - Python is a plus'))
      .toMatchObject({ statistics: 'required', r: 'required', python: 'preferred' });
  });

  it('"We are looking for Machine Learning Engineers to …" goes on as a sentence', () => {
    expect(sections('About us. We are looking for Machine Learning Engineers to build search with Elasticsearch. Requirements: Python'))
      .toMatchObject({ python: 'required' });
  });

  it('a cue at the end of a very long run of items, with no name in its own clause, softens none of them', () => {
    const run = 'Requirements: Python for building data pipelines in production and SQL on large warehouses with dbt for transformations '
      + 'and Airflow for orchestration of daily jobs and Spark for the heavier batch work on our lake and Docker for packaging every '
      + 'service we ship to the cluster and Terraform for the cloud accounts we run in three regions - a relevant university degree is preferred';
    expect(sections(run)).toMatchObject({ python: 'required', sql: 'required', airflow: 'required', docker: 'required', terraform: 'required' });
  });

  it('a title-case phrase inside a sentence is not a heading', () => {
    expect(sections('Requirements\n- Experience with Python and the Google Cloud Skills Boost labs\n- SQL')).toMatchObject({ python: 'required', sql: 'required' });
  });
});

describe('prose hard-wrapped at a fixed width', () => {
  // A PDF's or a mail's lines, each cut at a width, with a blank line between them. Written here.
  const wrapped = 'Requirements\n- Python and SQL\n\nKnowledge of flow cytometry and of image analysis tools is considered a\n\n'
    + 'plus. Experience with Docker in a research group would be a\nbenefit too.';

  it('a cue cut off by the wrap still reaches the names before it', () => {
    expect(sections(wrapped)).toMatchObject({ python: 'required', sql: 'required', 'flow-cytometry': 'preferred', 'image-analysis': 'preferred' });
  });

  it('keeps the offsets: every mention is a string of the posting', () => {
    for (const s of realEngine().extract(wrapped).skills) for (const m of s.mentions) expect(wrapped).toContain(m);
  });

  it('a short line (a heading, a label) before a lower-case line stays a line', () => {
    expect(sections('We build tools for scientists and analysts across the whole company.\nNice to have\ndocker and kubernetes experience')).toMatchObject({ docker: 'preferred' });
  });
});

describe('an item wrapped by a converter that marks the wrapped part as a quote', () => {
  it('"-   … are a\\n    > plus." reads as one item', () => {
    expect(sections('Requirements\n\n-   Python and SQL\n\n-   Publications in NLP and Docker skills are a\n    > plus.')).toEqual({ python: 'required', sql: 'required', nlp: 'preferred', docker: 'preferred' });
  });
});
