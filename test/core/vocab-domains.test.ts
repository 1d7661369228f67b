// Vocabulary outside the ML core that the target roles ask for (issue 14, class 4): enterprise
// integration tools, statistics methods, phylogenetics and pharmacometrics software, recent model
// families. Sentences written for this test; read with the real taxonomy.
import { describe, expect, it } from 'vitest';
import { realEngine } from './helpers';

const ids = (text: string) => new Set(realEngine().extract(text).skills.map((s) => s.id));

describe('vocabulary outside the ML core', () => {
  it.each([
    ['Experience with SnapLogic, TIBCO BusinessWorks or Apache Camel integrations.', ['snaplogic', 'tibco', 'apache-camel']],
    ['You have replicated Oracle data with GoldenGate into Azure Event Hubs and Azure Service Bus.', ['oracle-goldengate', 'azure-event-hubs', 'azure-service-bus']],
    ['Knowledge of structural equation modeling, multiple imputation and longitudinal data analysis.', ['structural-equation-modeling', 'multiple-imputation', 'longitudinal-data-analysis']],
    ['Familiarity with GLMMs or Bayesian hierarchical models in R.', ['hierarchical-models']],
    ['Experience with RevBayes, MrBayes, RAxML or IQ-TREE and coalescent theory.', ['revbayes', 'mrbayes', 'raxml', 'iq-tree', 'coalescent-theory']],
    ['Population PK analyses in NONMEM, Monolix or Phoenix WinNonlin.', ['nonmem', 'monolix', 'phoenix-winnonlin']],
    ['Hands-on work with LLaVA, ControlNet, DETR and Segment Anything.', ['llava', 'controlnet', 'detr', 'segment-anything']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('an ambiguous new name needs a technical context', () => {
    expect(ids('The beast of a commute is behind us; the team is friendly.').has('beast')).toBe(false);
    expect(ids('Our T5 office is near the station.').has('t5')).toBe(false);
  });
});

describe('verb phrases whose object is a neural network', () => {
  it.each([
    ['Experience designing, training and deploying neural networks with PyTorch.', ['model-deployment', 'model-training']],
    ['Scaling GPU clusters to train deep neural networks.', ['model-training']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('a network that is not a model stays unread', () => {
    expect(ids('Experience deploying network switches in data centres.').has('model-deployment')).toBe(false);
  });
});

describe('data-platform and business tools from O*NET technology lists (round 4)', () => {
  it.each([
    ['Design data ingestion pipelines and run Memcached, Apache ZooKeeper and LDAP.', ['data-ingestion', 'memcached', 'zookeeper', 'ldap']],
    ['Pull ledgers from NetSuite or QuickBooks into the warehouse.', ['netsuite', 'quickbooks']],
    ['Do error analysis on model failures; scientific visualization with ParaView is a plus.', ['error-analysis', 'scientific-visualization']],
    ['Build digital twins of manufacturing lines.', ['digital-twins']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });
});

describe('retrieval, trust-and-safety and phylogenetics methods (round 5)', () => {
  it.each([
    ['Ship two-tower retrieval for candidate generation.', ['two-tower-models']],
    ['Own our spam detection and spam filtering models.', ['spam-detection']],
    ['Research on divergence time estimation and molecular dating.', ['divergence-time-estimation']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });
});

describe('aliases for tune misses (round 5)', () => {
  it('email classification is text classification', () => {
    expect(ids('Build systems for email classification and entity extraction.').has('text-classification')).toBe(true);
  });
});

describe('methods, standards, model tools and science domains from public lists (round 6)', () => {
  it.each([
    ['Lead dataset curation for our pretraining runs; study neural scaling laws.', ['data-curation', 'scaling-laws']],
    ['Background in human-computer interaction (HCI) and acoustics.', ['human-computer-interaction', 'acoustics']],
    ['Run cohort analyses and handle imputation of missing values.', ['cohort-analysis', 'data-imputation']],
    ['Recommender work: matrix completion and analytics engineering with dbt.', ['matrix-completion', 'analytics-engineering']],
    ['Keep the platform within SOC 2 and ISO/IEC 27001.', ['soc-2', 'iso-27001']],
    ['Ship on-device models with Google ML Kit; forecast with TimeGPT.', ['ml-kit', 'timegpt']],
    ['Surrogate models in NVIDIA PhysicsNeMo, scaled with Ray Train.', ['nvidia-modulus', 'ray-train']],
    ['Knowledge of digital marketing, cardiology or computational electromagnetics.', ['digital-marketing', 'cardiology', 'electromagnetics']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('curating datasets is data curation', () => {
    expect(ids('Experience curating appropriate datasets for training.').has('data-curation')).toBe(true);
  });
});

describe('data, observability and GPU tools, and statistics and simulation methods (round 6)', () => {
  it.each([
    ['Stream into Apache Pinot through Redpanda; RisingWave for streaming SQL.', ['apache-pinot', 'redpanda', 'risingwave']],
    ['Transformations in SQLMesh or Dataform; reports in Mode Analytics.', ['sqlmesh', 'dataform', 'mode-analytics']],
    ['Build MCP servers on the Model Context Protocol for our agents.', ['model-context-protocol']],
    ['Write kernels with CUTLASS in CUDA, port them to AMD ROCm and WebGPU.', ['cutlass', 'rocm', 'webgpu']],
    ['On-call with PagerDuty and New Relic; logs through Fluentd.', ['pagerduty', 'new-relic', 'fluentd']],
    ['Econometrics in EViews; symbolic work in Wolfram Mathematica.', ['eviews', 'mathematica']],
    ['Automate reports with UiPath or Power Automate.', ['robotic-process-automation']],
    ['Train on CoreWeave or RunPod GPUs.', ['gpu-clouds']],
    ['Conjoint analysis and generalized estimating equations for survey panels.', ['conjoint-analysis', 'generalized-estimating-equations']],
    ['Queueing theory, discrete-event simulation in SimPy, agent-based models and system dynamics.',
      ['queueing-theory', 'discrete-event-simulation', 'agent-based-modeling', 'system-dynamics']],
    ['Off-policy evaluation for the ranking bandit.', ['off-policy-evaluation']],
    ['Own the semantic layer and data contracts.', ['semantic-layer', 'data-contracts']],
    ['Research on curriculum learning and energy-based models.', ['curriculum-learning', 'energy-based-models']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });
});

describe('ML method families named by their technique (round 6)', () => {
  it.each([
    ['Working with supervised and unsupervised techniques on text.', ['supervised-learning', 'unsupervised-learning']],
    ['Ensemble methods such as bagging and boosting algorithms.', ['ensemble-methods', 'gradient-boosting']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('boosting as a verb is no gradient boosting', () => {
    expect(ids('Fine-tuned a U-Net model, boosting the system performance by 10%.').has('gradient-boosting')).toBe(false);
  });
});

describe('everyday phrases that are no skill of their own (round 6)', () => {
  it.each([
    ['Two years examining real-world data from many markets.', 'real-world-evidence'],
    ['We serve companies in the technology, media and telecommunications sectors.', 'wireless-communications'],
    ['Support feasibility studies for exploratory clinical research.', 'clinical-trials'],
    ['Implement pretrained models for visual recognition tasks.', 'foundation-models'],
  ])('%s', (text, id) => {
    expect(ids(text).has(id)).toBe(false);
  });

  it('an ontology is its own skill, under knowledge graphs', () => {
    const got = ids('Maintain the vocabulary/ontology and mapping tools; ontology engineering in OWL.');
    expect(got.has('ontologies')).toBe(true);
  });
});

describe('aliases for common ways of naming pipelines, IaC, evaluation and serving (round 6)', () => {
  it.each([
    ['Maintain NGS data processing pipelines.', 'data-pipelines'],
    ['Infrastructure automation (e.g., Terraform) is a plus.', 'infrastructure-as-code'],
    ['Model benchmarking, validation and deployment.', 'model-evaluation'],
    ['Feature engineering, model inference and CI/CD.', 'model-serving'],
    ['A data-intensive project in distributed infrastructure.', 'distributed-systems'],
  ])('%s', (text, id) => {
    expect(ids(text).has(id)).toBe(true);
  });
});

describe('phylogenetic inference methods (round 6)', () => {
  it('names species and gene tree estimation, diversification rates and substitution models', () => {
    const got = ids('Methods for species tree inference, gene tree estimation, diversification rates and nucleotide substitution models.');
    for (const id of ['species-tree-estimation', 'gene-tree-estimation', 'diversification-rate-estimation', 'substitution-models']) expect(got.has(id), id).toBe(true);
  });
});

describe('lab techniques, sysadmin, microbiome and LLM tooling (round 7)', () => {
  it.each([
    ['Characterise antibodies with protein-protein interaction methods, e.g. SPR, BLI; sound knowledge in protein chemistry.', ['surface-plasmon-resonance', 'bio-layer-interferometry', 'protein-chemistry']],
    ['Develop cell-based binding assays; experience with therapeutic antibodies and analytical method development.', ['binding-assays', 'therapeutic-antibodies', 'analytical-method-development']],
    ['Experience with X-ray diffraction data and method validation under GMP.', ['x-ray-diffraction', 'method-validation']],
    ['Expert in Linux system administration and configuration management; familiarity with OpenStack.', ['system-administration', 'configuration-management', 'openstack']],
    ['Run HDFS, YARN, Hive and Kafka jobs; deploy tools as BioContainers.', ['hadoop-yarn', 'biocontainers']],
    ['Profile microbiomes with QIIME 2, DADA2, Kraken2, MetaPhlAn and phyloseq; build trees with MAFFT and phangorn.', ['qiime2', 'dada2', 'kraken2', 'metaphlan', 'phyloseq', 'mafft', 'phangorn']],
    ['Text mining with topic models, POS tagging and relationship extraction.', ['part-of-speech-tagging', 'information-extraction']],
    ['Evaluate RAG with Ragas, DeepEval or promptfoo, trace with Langfuse and monitor models with Arize or WhyLabs.', ['ragas', 'deepeval', 'promptfoo', 'langfuse', 'arize', 'whylabs']],
    ['Causal effects with DoWhy and EconML; recommenders with LightFM or RecBole; conformal prediction for intervals.', ['dowhy', 'econml', 'lightfm', 'recbole', 'conformal-prediction']],
    ['Research questions in Earth system sciences using xarray and netCDF; bioprocess engineering experience.', ['earth-sciences', 'xarray', 'netcdf', 'bioprocess-engineering']],
    ['Experience using Dynamo, Cassandra or another non-relational DB; Bayesian classifiers.', ['dynamodb', 'nosql', 'naive-bayes']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('their ordinary-word names need a technical context', () => {
    expect(ids('She knits with yarn from a local farm.').has('hadoop-yarn')).toBe(false);
    expect(ids('Ragas and jazz play in the office on Fridays.').has('ragas')).toBe(false);
    expect(ids('Our new office manager is a real dynamo.').has('dynamodb')).toBe(false);
  });
});

describe('web, sports science, planning and imaging names (round 7, second pass)', () => {
  it.each([
    ['This role is about 50% full-stack web development (Flask and React).', ['full-stack-development']],
    ['An interest in sports analytics and/or biomechanics; understanding of cell metabolism is a plus.', ['biomechanics', 'cell-metabolism']],
    ['Planning with linear-temporal logic and game theory, auction mechanisms or marketplace dynamics.', ['linear-temporal-logic', 'game-theory']],
    ['Design approaches of world modeling for driving; small RNA-seq and neural interfaces.', ['model-based-rl', 'rna-seq', 'brain-computer-interfaces']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('a state abbreviation is no CT imaging', () => {
    expect(ids('The office is in Hartford, CT; pet friendly.').has('ct-imaging')).toBe(false);
  });
});

describe('statistics and engineering practice written as the analysis or the practice (round 7)', () => {
  it.each([
    ['Programming languages (e.g. Python, Matlab) and statistical data analysis.', ['statistics']],
    ['Conduct multivariate data analysis of heterogeneous bioprocess data.', ['multivariate-statistics']],
    ['Proficiency with good software engineering practices and Git.', ['software-engineering']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });
});

describe('geospatial, forecasting, survival, BI and LLM tooling from package indexes (round 7)', () => {
  it.each([
    ['Maps with Folium or Kepler.gl, projections with pyproj, road networks from OpenStreetMap.', ['folium', 'kepler-gl', 'pyproj', 'openstreetmap']],
    ['Forecasting with pmdarima, StatsForecast and tsfresh features.', ['pmdarima', 'statsforecast', 'tsfresh']],
    ['Survival models in lifelines or scikit-survival; diagnostics in ArviZ; CausalNex for structure learning.', ['lifelines', 'arviz', 'causalnex']],
    ['Dashboards in ThoughtSpot or Sigma Computing; checks in Soda Core.', ['thoughtspot', 'sigma-computing', 'soda-core']],
    ['Agents with smolagents on OLMo or DBRX, evaluated with TruLens and logged in Helicone or Humanloop.', ['smolagents', 'olmo', 'dbrx', 'trulens', 'helicone', 'humanloop']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('lifelines as a plain word is no library', () => {
    expect(ids('Our benefits are lifelines for families in hard times.').has('lifelines')).toBe(false);
  });
});

describe('domains and forms missed on postings from sources the corpus does not use (round 8)', () => {
  it.each([
    ['Requirements:\n- Experience with cryptocurrency exchanges, smart contracts or Web3 is a plus', ['blockchain']],
    ['Requirements:\n- 3+ years in e-commerce or online retail analytics', ['e-commerce']],
    ['Requirements:\n- Co-development of scientific software in Python', ['scientific-computing']],
    ['Requirements:\n- Experience with de-identification of clinical records', ['data-privacy']],
    ['Requirements:\n- Background in display advertising and ad serving', ['adtech']],
    ['Requirements:\n- Working with geodata and spatial joins', ['gis']],
    ['Requirements:\n- Understanding of cyber risk in payment systems', ['cybersecurity']],
  ])('%s', (text, want) => {
    const got = ids(text);
    for (const id of want) expect(got.has(id), id).toBe(true);
  });

  it('an e-commerce search is still the narrower skill, and "digital assets" needs a technical context', () => {
    expect(ids('Requirements:\n- Experience with e-commerce search ranking').has('e-commerce-search')).toBe(true);
    expect(ids('You will manage our brand and digital assets for campaigns.').has('blockchain')).toBe(false);
  });
});
