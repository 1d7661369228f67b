// Concept skills written as verb phrases with a past participle as the verb, or a model family's
// one-word name as the object (issue 14, class 3). Sentences written for this test; read with the
// real taxonomy.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const ids = (text: string) => new Set(realEngine().extract(text).skills.map((s) => s.id));

describe('a past participle used as a verb', () => {
  it.each([
    ['You have built and deployed ML models for internal users.', 'model-deployment'],
    ['We have deployed models on Kubernetes for two years.', 'model-deployment'],
    ['Has trained, tuned and evaluated classifiers on clinical text.', 'model-evaluation'],
  ])('%s', (text, want) => {
    expect(ids(text).has(want)).toBe(true);
  });

  it('a participle that only describes its noun is not the action', () => {
    expect(ids('You will monitor and maintain deployed models.').has('model-deployment')).toBe(false);
    expect(ids('We reuse pre-trained models from the hub.').has('model-training')).toBe(false);
  });
});

describe("a model family's one-word name as the object", () => {
  it.each([
    ['Experience deploying LLMs to production.', ['model-deployment', 'llms']],
    ['Hands-on experience training GANs and CNNs.', ['model-training', 'gans', 'cnns']],
    ['LLMs are deployed behind our own gateway.', ['model-deployment', 'llms']],
    ['You have evaluated classifiers for fraud.', ['model-evaluation', 'classification']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('a name that is its own object keeps its pair', () => {
    expect(ids('Experience with LLM serving at scale.').has('model-serving')).toBe(true);
  });

  it('a plain word is still no object', () => {
    expect(ids('Experience deploying network switches and routers.').has('model-deployment')).toBe(false);
  });
});

describe("a field's adjective before its data or methods", () => {
  it.each([
    ['Experience with proteomic or metabolomic signatures.', ['proteomics', 'metabolomics']],
    ['You will build phylogenetic trees for new clades.', ['phylogenetics']],
    ['Strong experience with transcriptomic, clinical, or imaging data.', ['transcriptomics']],
    ['Familiarity with bioinformatic tools and econometric models.', ['bioinformatics', 'econometrics']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('the adjective before another noun names no field', () => {
    expect(ids('We are a genomic medicine company in Boston.').has('genomics')).toBe(false);
    expect(ids('Transcriptomic changes in the liver, and data from trials.').has('transcriptomics')).toBe(false);
  });
});

describe('lemmas of -ification, -gnition and -ssion actions, and datasets as data (round 6)', () => {
  it.each([
    ['Experience classifying images from drone footage.', 'image-classification'],
    ['You have classified documents for a legal search product.', 'text-classification'],
    ['Work on recognizing speech in noisy call-centre audio.', 'speech-recognition'],
    ['Experience compressing models for phones.', 'model-compression'],
    ['Mining large datasets and maintaining them across our infrastructure.', 'data-mining'],
    ['Comfortable cleaning datasets before analysis.', 'data-cleaning'],
  ])('%s', (text, want) => {
    expect(ids(text).has(want)).toBe(true);
  });

  it('a vague verb still needs a specific object, datasets or not', () => {
    expect(ids('Experience ingesting datasets from many sources.').has('data-ingestion')).toBe(false);
    expect(ids('We are classifying priorities for next year.').has('classification')).toBe(false);
  });
});

describe('heads listed after a two-word name share its first word (round 6)', () => {
  it.each([
    ['Own model training, deployment and monitoring on Kubernetes.', ['model-training', 'model-deployment', 'model-monitoring']],
    ['Experience in object detection and tracking for drones.', ['object-detection', 'object-tracking']],
    ['Support model deployment, monitoring and evaluation.', ['model-deployment', 'model-monitoring', 'model-evaluation']],
    // The first head names no skill of its own; the ones after it still share its first word.
    ['Practical experience with model testing, deployment, and monitoring.', ['model-deployment', 'model-monitoring']],
    ['Familiarity with data manipulation and cleaning routines.', ['data-cleaning']],
    // The first name's head is no action ("modeling", "quality"): it opens the list all the same.
    ['Requirements:\n- Data modeling, warehousing, and ETL', ['data-modeling', 'data-warehousing', 'etl']],
    ['Requirements:\n- Ensure data quality, reliability, and governance standards', ['data-quality', 'data-governance']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('a broad second word or a word outside the list is not read', () => {
    expect(ids('Our data science and engineering teams meet weekly.').has('data-engineering')).toBe(false);
    expect(ids('Experience with model training. Deployment is handled by another team.').has('model-deployment')).toBe(false);
    expect(ids('Our data engineering and visualization teams meet weekly.').has('data-visualization')).toBe(false);
    // A name whose head is no action opens a list, but is not handed on itself.
    expect(ids('Experience with model training, quality and science.').has('data-quality')).toBe(false);
    expect(ids('Requirements:\n- data science, engineering and analytics').has('data-engineering')).toBe(false);
  });
});

describe('an action noun in -ance as a shared head', () => {
  it('model deployment, monitoring, validation, and governance names model governance too', () => {
    const got = ids('You own model deployment, monitoring, validation, and governance processes.');
    for (const id of ['model-deployment', 'model-monitoring', 'model-governance']) expect(got.has(id), id).toBe(true);
  });

  it('data cleaning, lineage and governance names data governance too', () => {
    expect(ids('Experience with data cleaning, lineage and governance.').has('data-governance')).toBe(true);
  });
});

describe('a "<word> modeling" name by its models', () => {
  it.each([
    ['Experience building financial models and churn models.', ['financial-modeling', 'churn-prediction']],
    ['You have built causal models for pricing decisions.', ['causal-inference']],
    // One plain word between: the models are still of that kind.
    ['Build and own our predictive marketing models.', ['predictive-modeling']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('a vague first word, or a name between, makes no such models', () => {
    expect(ids('Creating data analytic models to improve data metrics.').has('data-modeling')).toBe(false);
    expect(ids('Experience training causal language models.').has('causal-inference')).toBe(false);
  });

  it('neural and acoustic models are not neural or acoustic modeling', () => {
    const got = ids('Train neural models and acoustic models for speech recognition.');
    expect(got.has('computational-neuroscience')).toBe(false);
    expect(got.has('acoustics')).toBe(false);
  });
});

describe("a base form that the skill's own name uses as its head noun", () => {
  it.each([
    ['Provide statistical support for the design and interpretation of experiments.', 'experimental-design'],
    ['Statistical design and evaluation of experiments for cell culture media.', 'experimental-design'],
  ])('%s', (text, want) => {
    expect(ids(text).has(want)).toBe(true);
  });

  it('a base form no name uses as a noun stays a verb only', () => {
    expect(ids('The deploy of the week is on Friday.').has('model-deployment')).toBe(false);
  });
});

describe('an ML system, service or solution is a model to the verbs', () => {
  it.each([
    ['Demonstrable experience designing, deploying, and monitoring ML services.', ['model-deployment', 'model-monitoring']],
    ['Experience deploying machine learning solutions in production.', ['model-deployment']],
    ['You have evaluated AI systems before.', ['model-evaluation']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('not without the ML word right before it, nor a service on its own', () => {
    expect(ids('Experience deploying web services to Kubernetes.').has('model-deployment')).toBe(false);
    expect(ids('Experience monitoring production systems.').has('model-monitoring')).toBe(false);
  });
});

describe("a field's own name as a verb phrase", () => {
  it.each([
    ['Experience predicting churn for subscription products.', 'churn-prediction'],
    ['Experience calling variants from short-read data.', 'variant-calling'],
    ['Experience pricing derivatives and structured notes.', 'derivatives-pricing'],
    ['Experience optimizing pricing across markets.', 'pricing-optimization'],
  ])('%s', (text, want) => {
    expect(ids(text).has(want)).toBe(true);
  });

  it('not its aliases, nor an adjective taken for an object', () => {
    expect(ids('You will be marketing digital products to banks.').has('digital-marketing')).toBe(false);
    expect(ids('You will be monitoring conditions on the ward.').has('predictive-maintenance')).toBe(false);
  });
});

describe('cleansing and scrubbing data are data cleaning', () => {
  it.each([['Experience cleansing data'], ['Experience scrubbing data'], ['processing, cleansing, and verifying data']])('"%s"', (line) => {
    expect(realEngine().extract(`Requirements\n- ${line}`).skills.map((s) => s.id)).toContain('data-cleaning');
  });
});

describe('an adjective is no object of an action', () => {
  it('"modeling of high dimensional data" is no (dimensional) data modeling', () => {
    expect(realEngine().extract('Requirements\n- Statistical modeling of high dimensional time series data').skills.map((s) => s.id)).not.toContain('data-modeling');
  });

  it('"dimensional modeling" itself still is', () => {
    expect(realEngine().extract('Requirements\n- Experience with dimensional modeling').skills.map((s) => s.id)).toContain('data-modeling');
  });
});
