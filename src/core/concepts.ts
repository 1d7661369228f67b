// Stage 2, second half: skills named as what one does rather than by their name. "Deploying
// models to production" is model deployment, "tuning hyperparameters" hyperparameter tuning,
// "labelling data" data labeling, "models are deployed" model deployment again. The taxonomy's
// two-word names of the form object + action ("model deployment", "hyperparameter tuning",
// "data annotation") give the pairs; every inflection of the action (deploy, deploys, deployed,
// deploying, deployment; tune, tuned, tuning; label, labelled, labeling; classification → classify,
// classified, classifies; recognition → recognize; compression → compress…) is put into the
// vocabulary when the matcher is built, so that reading a line asks by token id only, as the
// automaton does. Read on a line:
//   verb–object: an -ing form then, within two plain words, the object: "deploying (trained) models";
//                a base form after "to" or a modal ("to tune hyperparameters", "you'll deploy models"),
//                or one that opens a list item as an order ("- Deploy models to production"), and
//                each base form joined to such a one ("to train and deploy ML models");
//                A past participle is a verb too where it is one ("have deployed models", "built
//                and deployed ML models", a CV bullet that opens with it: "Cleaned and tidied data"),
//                not where it only describes ("maintain deployed models").
//   object–verb: the object then the action, or "is/are/was/were/be/been/being" and a participle:
//                "hyperparameter tuned models", "models are deployed".
// A model family named by one word ("LLMs", "CNNs", "classifiers") is a model as an object of
// these verbs ("deploying LLMs"); the name is read as well.
// The adjective of a one-word "-omics"/"-etics"/"-metrics" field before a noun of data or method
// names the field: "genomic data", "phylogenetic methods", "proteomic or metabolomic signatures",
// "genomic, biosignal, clinical, or imaging data" (adjectives joined by commas and "and"/"or").
// Heads listed after a two-word name share its first word: "model training, deployment and monitoring"
// is model deployment and model monitoring as well (action nouns only, not broad words like "engineering").
// A two-word name "<word> modeling" is also named by its models: "financial models", "a churn model",
// "causal models", "predictive marketing models" (not "neural models", which are networks, nor
// "acoustic models", which are speech).
// Punctuation ends the search: "We are deploying. Models matter." joins nothing.
import { EDGE_IDIOM } from './candidates';
import type { Taxonomy } from './schema';
import { Kind, singular, tokenize, type Tokens } from './normalize';
import { registerRegexps } from './regexps';

/** Small words the rules look for, as bits of Concepts.wordOf. */
const Word = { GapStop: 1, Auxiliary: 2, To: 4, Of: 8, Perfect: 16, ModelName: 32, FieldNoun: 64, Modifier: 128 } as const;

/** How an inflection may be used: as the verb before its object, or after it. */
const Use = { Before: 1, After: 2, Ing: 4, Noun: 8, Past: 16 } as const;

/** The pairs of a taxonomy, over vocabulary ids (see buildConcepts). */
export interface Concepts {
  /** Vocabulary id → action index, or -1. */
  actionOf: Int32Array;
  /** Vocabulary id → Use bits of that inflection. */
  useOf: Uint8Array;
  /** Vocabulary id → object index, or -1. */
  objectOf: Int32Array;
  /** Vocabulary id → Word bits (a gap stop, an auxiliary, "to"): the rules ask by id, not by string. */
  wordOf: Uint8Array;
  /** action * objects + object → skill index. */
  skillOf: Map<number, number>;
  objects: number;
  /** Object index of MODEL_KIND ("network"), which counts only after "neural"; -1 if none. */
  kindObject: number;
  /** Object index of "model", which the one-word names of model families also are; -1 if none. */
  modelObject: number;
  /** Vocabulary id → skill index of the field this adjective names ("genomic" → genomics), or -1. */
  fieldOf: Int32Array;
  /** first word id * vocabulary size + second word id → skill of that two-word name ("model" "monitoring"). */
  compoundOf: Map<number, number>;
  /** first word id * vocabulary size + second word id of every other two-word name: one that may open such a list. */
  leadOf: Set<number>;
  /** Vocabulary size when built (the multiplier of compoundOf's keys). */
  size: number;
  /** Vocabulary id → skill whose name is this word + "modeling" ("churn" → churn prediction), or -1. */
  modelledOf: Int32Array;
  /** Vocabulary id of "model" (the norm of "models"), or -1. */
  modelWord: number;
}

/** One object + action pair of a skill, as norms (before ids exist). */
export interface ConceptPair {
  skill: number;
  object: string;
  /** One-word names of model families, as norms, that count as this pair's object "model" ("LLMs"). */
  names?: readonly string[];
  /** Set when `object` is instead the adjective of the field `skill` ("genomic"), and `forms` is empty. */
  adjective?: true;
  /** Set when `object` + this word is a two-word name of `skill` ("model" + "monitoring"), and `forms` is empty. */
  compound?: string;
  /** With `compound`: the name may only open a list of shared heads ("data quality, …, and governance"), its own head is never handed on. */
  lead?: true;
  /** Set when `object` + "modeling" is a two-word name of `skill`, so `object` + "models" names it too; `forms` is empty. */
  modelled?: true;
  /** Inflections of the action, each norm with its Use bits. */
  forms: Map<string, number>;
}

/** Heads that name an action: "deployment", "tuning", "annotation", "detection", "governance". */
const ACTION_HEAD = /^[a-z]{3,}(?:ment|ing|ation|ition|ction|ption|ssion|stion|ance)$/;
/** Objects too vague to carry a pair on their own ("processing data" everywhere is not a skill). */
const VAGUE_OBJECTS = new Set(['data', 'information', 'content', 'thing', 'work', 'system', 'solution', 'product', 'business', 'problem',
  'process', 'people', 'time', 'project', 'team', 'user', 'customer', 'result', 'issue', 'task', 'tool', 'application', 'service']);
/**
 * Names whose verb phrase says something else: "generate optimized code" is writing code, not code
 * generation; "answer ecological questions" is research, not question answering; "development of web
 * visualizations" is no web development.
 */
const NOT_AS_ACTION = new Set(['code generation', 'question answering', 'web development', 'choice modeling', 'choice modelling', 'context engineering',
  // "model complex real-world systems", "generation and manipulation of structured data": the world and the structure are no objects.
  'world modeling', 'world modelling', 'structured generation']);
/** Prefixes a hyphen splits off ("pre-training", "post-training", "self-training"): no object of the action ("pre-trained models"). */
const PREFIX_WORDS = new Set(['pre', 'post', 'non', 'sub', 'self', 'semi', 'multi', 'meta', 'inter', 'over', 'under', 'cross', 'anti']);
/** Actions that stay meaningful with a vague object: "labelling data", "annotating data", "cleaning data". */
const SPECIFIC_ACTIONS = new Set(['label', 'annotate', 'clean', 'cleanse', 'scrub', 'wrangle', 'visualize', 'visualise', 'mine', 'scrape', 'impute', 'augment', 'version', 'preprocess']);
/** Endings of adjectives ("digital", "genetic", "metabolic"), which cannot be the object of a field's verb phrase. */
const ADJECTIVE_END = /(?:al|ic|ous)$/;
/** Endings only adjectives have ("dimensional", "statistical", "continuous"; not "-ive": "derivatives" are things). */
const PLAIN_ADJECTIVE = /(?:ional|ical|ous)$/;
/** "neural networks" are models: the pairs of "model" hold for "network" after "neural" ("deploying (deep) neural networks"). */
const MODEL_KIND = 'network';
const MODEL_KIND_BEFORE = 'neural';
/** Second words too broad to be read alone after a list: "data science and engineering teams" is no data engineering. */
const GENERIC_HEADS = new Set(['engineering', 'science', 'design', 'model', 'modeling', 'modelling', 'analytics', 'management', 'development',
  'learning', 'system', 'method', 'technique', 'tool', 'platform', 'infrastructure', 'architecture', 'application', 'service']);
/** A set of data, which the pairs of "data" take as their object too. */
const DATASET = 'dataset';
/** Words before a past participle that make it a verb: "have deployed", "built and deployed". */
const PERFECT = ['have', 'has', 'had', 've'];
/** Past participles without -ed that join one before a skill's participle ("built and deployed"). */
const IRREGULAR_PAST = new Set(['built', 'made', 'written', 'run']);
/** Last words of a multi-word name that make its one-word forms name a model family ("large language models" → LLMs). */
const MODEL_NOUNS = new Set(['model', 'network']);
/** One-word forms that describe rather than name a model (an adjective, an activity, a field). */
const NOT_A_MODEL = /(?:ing|tion|sion|ment|ics|ity|al|ive|ed)$/;
/** One-word fields whose adjective ("genomic", "phylogenetic", "econometric") names them before FIELD_NOUNS. */
const FIELD_NAME = /^[a-z]{3,}(?:omics|etics|metrics|informatics)$/;
/** Nouns after such an adjective: the field's data, methods and results, not any noun ("genomic medicine company"). */
const FIELD_NOUNS = ['data', 'dataset', 'analysis', 'analyse', 'analyses', 'method', 'approach', 'technique', 'tool', 'pipeline', 'model',
  'workflow', 'inference', 'tree', 'study', 'studie', 'signature', 'sequencing', 'profiling', 'research', 'technology', 'assay', 'experiment',
  // "econometric skills", "bioinformatic expertise": the field asked for by the reader's command of it.
  'skill', 'expertise', 'knowledge', 'background'];
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'getting']);
/** Words that may stand between an -ing verb and its object: not a preposition or a clause. */
const GAP_STOP = new Set(['of', 'to', 'for', 'in', 'on', 'with', 'from', 'by', 'at', 'as', 'into', 'onto', 'that', 'which', 'who', 'is',
  'are', 'be', 'or', 'and', 'than', 'across', 'through', 'over', 'under', 'about', 'we', 'you', 'they', 'it', 'i']);

/** Base forms of the verb behind an action noun ("deployment" → deploy); a wrong guess is a word no text has. */
function bases(head: string): string[] {
  if (head.endsWith('ment')) return [head.slice(0, -4)];
  if (head.endsWith('ing')) {
    const s = head.slice(0, -3);
    const out = [s, `${s}e`];
    // "labelling" → label, "running" → run.
    if (s.length >= 3 && s[s.length - 1] === s[s.length - 2]) out.push(s.slice(0, -1));
    return out;
  }
  // "classification" → classify, "identification" → identify; "recognition" → recognize, recognise.
  if (head.endsWith('ification')) return [`${head.slice(0, -9)}ify`];
  if (head.endsWith('gnition')) { const s = head.slice(0, -5); return [`${s}ize`, `${s}ise`]; }
  // "annotation" → annotate, "optimization" → optimize, "segmentation" → segment.
  if (head.endsWith('ation')) { const s = head.slice(0, -5); return [`${s}ate`, `${s}e`, s]; }
  if (head.endsWith('ition')) { const s = head.slice(0, -5); return [`${s}e`, `${s}it`]; }
  if (head.endsWith('ion')) return [head.slice(0, -3)];
  return [];
}

/** Every inflection of the action behind `head`, with how each may be used. */
function inflections(head: string): Map<string, number> {
  const forms = new Map<string, number>();
  const put = (w: string, use: number) => { const n = singular(w); forms.set(n, (forms.get(n) ?? 0) | use); };
  // The noun itself: "hyperparameter tuning", "model deployments", "unit tests".
  put(head, (head.endsWith('ing') ? Use.After | Use.Ing : Use.After) | Use.Noun);
  for (const b of bases(head)) {
    if (b.length < 3) continue;
    const stem = b.endsWith('e') ? b.slice(0, -1) : b;
    put(`${stem}ing`, Use.Before | Use.After | Use.Ing);
    // A consonant and "y": "classify" → classified, classifies.
    const y = /[^aeiou]y$/.test(b) ? b.slice(0, -1) : null;
    put(y !== null ? `${y}ied` : `${b}${b.endsWith('e') ? 'd' : 'ed'}`, Use.After | Use.Past);
    put(b, Use.Before);
    put(y !== null ? `${y}ies` : `${b}s`, Use.Before);
    // British doubling: "labelling", "labelled", "modelling".
    if (/[aeiou]l$/.test(b)) { put(`${b}ling`, Use.Before | Use.After | Use.Ing); put(`${b}led`, Use.After | Use.Past); }
  }
  return forms;
}

/** The object + action pairs of a taxonomy's two-word names ("model deployment", "deploying models"). */
export function conceptPairs(taxonomy: Taxonomy): ConceptPair[] {
  const out: ConceptPair[] = [];
  const names = modelNames(taxonomy);
  /** Skill → "object head" of its two-word names whose head is no action noun ("experiment design"). */
  const bareHeads = new Map<number, Set<string>>();
  taxonomy.skills.forEach((skill, index) => {
    if (skill.category === 'language' || skill.category === 'cloud') return;
    // A field's own name gives its verb phrase ("segmenting customers" is customer segmentation,
    // "calling variants" variant calling); its aliases may be looser ("condition monitoring").
    for (const form of skill.category === 'domain' ? [skill.name] : [skill.name, ...skill.aliases]) {
      const toks = tokenize(form);
      if (toks.length !== 2 || toks.some((t) => t.kind !== Kind.Word)) continue;
      const [a, b] = [toks[0]!.lower, toks[1]!.lower];
      if (!ACTION_HEAD.test(b)) { let set = bareHeads.get(index); if (!set) bareHeads.set(index, (set = new Set())); set.add(`${toks[0]!.norm} ${toks[1]!.norm}`); }
      // "model deployment" (object, action) or "deploying models" (action, object).
      const [object, head] = ACTION_HEAD.test(b) ? [toks[0]!.norm, b] : a.endsWith('ing') && ACTION_HEAD.test(a) ? [toks[1]!.norm, a] : [null, null];
      if (object === null || head === null || object.length < 3 || !/^[a-z]+$/.test(object) || PREFIX_WORDS.has(object) || NOT_AS_ACTION.has(`${a} ${b}`)) continue;
      // A field named by an adjective and an action has no object: "marketing digital products" is no digital marketing.
      if (skill.category === 'domain' && ADJECTIVE_END.test(object)) continue;
      // Nor does a name whose first word is plainly an adjective: "modeling of high dimensional
      // data" is no dimensional modeling, "testing statistical significance" no statistical testing.
      if (PLAIN_ADJECTIVE.test(object)) continue;
      const forms = inflections(head);
      if (VAGUE_OBJECTS.has(object) && ![...bases(head)].some((x) => SPECIFIC_ACTIONS.has(x))) continue;
      out.push(object === 'model' ? { skill: index, object, forms, names } : { skill: index, object, forms });
      if (object === 'model') out.push({ skill: index, object: MODEL_KIND, forms });
      // Data comes in datasets: "mining large datasets", "cleaning datasets" (the noun stays "data mining").
      if (object === 'data') out.push({ skill: index, object: DATASET, forms });
      // "testing hypotheses": a plural in "-ses" folds to "…se", its singular "-sis" to "…si" (see sisPlurals in automaton.ts).
      if (object.endsWith('si') && object.length >= 5) out.push({ skill: index, object: `${object.slice(0, -1)}e`, forms });
    }
  });
  // A base form that the skill's own two-word name uses as its head noun ("experiment design" beside
  // "designing experiments") is a noun of the action too: "the design and interpretation of experiments".
  for (const p of out) {
    const heads = bareHeads.get(p.skill);
    if (!heads) continue;
    for (const [form, use] of p.forms) if (heads.has(`${p.object} ${form}`)) p.forms.set(form, use | Use.Noun | Use.After);
  }
  for (const p of fieldAdjectives(taxonomy)) out.push(p);
  for (const p of compounds(taxonomy)) out.push(p);
  for (const p of modelled(taxonomy)) out.push(p);
  return out;
}

/** First words whose "<word> models" are not the models of "<word> modeling": neural networks, speech recognisers' acoustic models. */
const NOT_MODELLED = new Set(['neural', 'acoustic']);

/**
 * The two-word names "<word> modeling" / "<word> modelling" whose models name them too: "financial
 * models" is financial modeling, "causal models" causal inference. Not languages or clouds, not a
 * form marked ambiguous.
 */
function modelled(taxonomy: Taxonomy): ConceptPair[] {
  const out: ConceptPair[] = [];
  taxonomy.skills.forEach((skill, index) => {
    if (skill.category === 'language' || skill.category === 'cloud') return;
    const ambiguous = new Set((skill.ambiguous ?? []).map((f) => f.toLowerCase()));
    for (const form of [skill.name, ...skill.aliases]) {
      if (ambiguous.has(form.toLowerCase())) continue;
      const toks = tokenize(form);
      if (toks.length !== 2 || toks.some((t) => t.kind !== Kind.Word) || !/^model(?:l)?ing$/.test(toks[1]!.lower)) continue;
      const first = toks[0]!.norm;
      if (/^[a-z]{3,}$/.test(first) && !NOT_MODELLED.has(first)) out.push({ skill: index, object: first, modelled: true, forms: new Map() });
    }
  });
  return out;
}

/**
 * The two-word names whose first word a list of heads may share: "model training, deployment and
 * monitoring" names model deployment and model monitoring too; "data cleaning, analysis and
 * visualization" data analysis ("analysis" is an action noun here, though not for the verb pairs).
 * Not languages or clouds, not a form marked ambiguous.
 */
function compounds(taxonomy: Taxonomy): ConceptPair[] {
  const out: ConceptPair[] = [];
  taxonomy.skills.forEach((skill, index) => {
    if (skill.category === 'language' || skill.category === 'cloud') return;
    const ambiguous = new Set((skill.ambiguous ?? []).map((f) => f.toLowerCase()));
    for (const form of [skill.name, ...skill.aliases]) {
      if (ambiguous.has(form.toLowerCase())) continue;
      const toks = tokenize(form);
      if (toks.length !== 2 || toks.some((t) => t.kind !== Kind.Word || !/^[a-z]{3,}$/.test(t.norm))) continue;
      if (!sharedHead(toks[1]!.lower)) { out.push({ skill: index, object: toks[0]!.norm, compound: toks[1]!.norm, lead: true, forms: new Map() }); continue; }
      out.push({ skill: index, object: toks[0]!.norm, compound: toks[1]!.norm, forms: new Map() });
    }
  });
  return out;
}

/** A word that may be the head of a shared list: an action noun, or "analysis"; not a broad word like "engineering". */
function sharedHead(word: string): boolean {
  return !GENERIC_HEADS.has(word) && (ACTION_HEAD.test(word) || word === 'analysis');
}

/** The adjectives of one-word fields ("genomics" → genomic, "phylogenetics" → phylogenetic), as adjective pairs. */
function fieldAdjectives(taxonomy: Taxonomy): ConceptPair[] {
  const out: ConceptPair[] = [];
  taxonomy.skills.forEach((skill, index) => {
    if (skill.category !== 'domain' && skill.category !== 'method') return;
    const ambiguous = new Set((skill.ambiguous ?? []).map((f) => f.toLowerCase()));
    for (const f of [skill.name, ...skill.aliases]) {
      const w = f.toLowerCase();
      if (!FIELD_NAME.test(w) || ambiguous.has(w)) continue;
      for (const adj of [w.slice(0, -1), `${w.slice(0, -1)}al`]) out.push({ skill: index, object: adj, forms: new Map(), adjective: true });
    }
  });
  return out;
}

/**
 * The one-word names of model families, as norms: the one-word, unambiguous forms of a method
 * that another of its forms calls models or networks ("LLMs" beside "large language models",
 * "CNNs", "GANs", "BERT", "classifiers"), leaving out words that describe rather than name.
 */
function modelNames(taxonomy: Taxonomy): string[] {
  const out = new Set<string>();
  for (const skill of taxonomy.skills) {
    if (skill.category !== 'method') continue;
    const forms = [skill.name, ...skill.aliases];
    const named = forms.some((f) => { const t = tokenize(f); return t.length > 1 && MODEL_NOUNS.has(t[t.length - 1]!.norm); });
    if (!named) continue;
    const ambiguous = new Set((skill.ambiguous ?? []).map((f) => f.toLowerCase()));
    for (const f of forms) {
      const t = tokenize(f);
      if (t.length !== 1 || t[0]!.kind !== Kind.Word || ambiguous.has(f.toLowerCase())) continue;
      const n = t[0]!.norm;
      if (n.length >= 3 && /^[a-z]+$/.test(n) && !NOT_A_MODEL.test(n)) out.add(n);
    }
  }
  return [...out].sort();
}

/**
 * Index the pairs by vocabulary id. `idOf` gives (and makes) the id of a norm; it is called
 * while the vocabulary is still growing, so every inflection becomes a word of it.
 */
export function buildConcepts(pairs: readonly ConceptPair[], idOf: (norm: string) => number, size: () => number): Concepts {
  const actionIds = new Map<string, number>();
  const objectIds = new Map<string, number>();
  const uses = new Map<number, number>();
  const actionOfWord = new Map<number, number>();
  const objectOfWord = new Map<number, number>();
  const skillOf = new Map<number, number>();
  const keyed: Array<[number, number, number]> = [];
  const modelNameIds = new Set<number>();
  const fieldOfWord = new Map<number, number>();
  const compoundIds: Array<[number, number, number]> = [];
  const leadIds: Array<[number, number, number]> = [];
  const modelledIds = new Map<number, number>();
  const modelWord = pairs.some((p) => p.modelled) ? idOf('model') : -1;
  for (const p of pairs) {
    if (p.compound !== undefined) { (p.lead ? leadIds : compoundIds).push([idOf(p.object), idOf(p.compound), p.skill]); continue; }
    if (p.modelled) { const w = idOf(p.object); if (!modelledIds.has(w)) modelledIds.set(w, p.skill); continue; }
    if (p.adjective) { const w = idOf(p.object); if (!fieldOfWord.has(w)) fieldOfWord.set(w, p.skill); continue; }
    // One action per set of inflections: the set's sorted forms name it.
    const actionKey = [...p.forms.keys()].sort().join(' ');
    let action = actionIds.get(actionKey);
    if (action === undefined) { action = actionIds.size; actionIds.set(actionKey, action); }
    let object = objectIds.get(p.object);
    if (object === undefined) { object = objectIds.size; objectIds.set(p.object, object); }
    for (const [form, use] of p.forms) {
      const id = idOf(form);
      // A word that is the inflection of two actions keeps the first (rare: "test" of testing and tests).
      if (!actionOfWord.has(id)) actionOfWord.set(id, action);
      if (actionOfWord.get(id) === action) uses.set(id, (uses.get(id) ?? 0) | use);
    }
    objectOfWord.set(idOf(p.object), object);
    // A name that is already the object of its own pairs ("LLM serving") keeps them and is a model too (see findConcepts).
    for (const n of p.names ?? []) { const w = idOf(n); if (!objectOfWord.has(w)) objectOfWord.set(w, object); modelNameIds.add(w); }
    keyed.push([action, object, p.skill]);
  }
  const objects = objectIds.size;
  for (const [action, object, skill] of keyed) if (!skillOf.has(action * objects + object)) skillOf.set(action * objects + object, skill);
  const small: Array<[number, number]> = [];
  for (const w of GAP_STOP) small.push([idOf(w), Word.GapStop]);
  for (const w of AUXILIARIES) small.push([idOf(w), Word.Auxiliary]);
  small.push([idOf('to'), Word.To]);
  small.push([idOf('of'), Word.Of | Word.GapStop]);
  for (const w of PERFECT) small.push([idOf(w), Word.Perfect]);
  for (const w of modelNameIds) small.push([w, Word.ModelName]);
  if (fieldOfWord.size > 0) for (const w of FIELD_NOUNS) small.push([idOf(singular(w)), Word.FieldNoun]);
  for (const [first] of compoundIds) small.push([first, Word.Modifier]);
  const n = size();
  const compoundOf = new Map<number, number>();
  for (const [first, second, skill] of compoundIds) if (!compoundOf.has(first * n + second)) compoundOf.set(first * n + second, skill);
  // A lead matters only before a head its first word shares: "data quality, …, governance" (data governance).
  const sharing = new Set(compoundIds.map(([first]) => first));
  const leadOf = new Set<number>();
  for (const [first, second] of leadIds) if (sharing.has(first)) leadOf.add(first * n + second);
  const wordOf = new Uint8Array(n);
  for (const [id, bit] of small) wordOf[id]! |= bit;
  const actionOf = new Int32Array(n).fill(-1);
  const objectOf = new Int32Array(n).fill(-1);
  const useOf = new Uint8Array(n);
  for (const [id, a] of actionOfWord) actionOf[id] = a;
  for (const [id, u] of uses) useOf[id] = u;
  for (const [id, o] of objectOfWord) objectOf[id] = o;
  const fieldOf = new Int32Array(n).fill(-1);
  for (const [id, sk] of fieldOfWord) fieldOf[id] = sk;
  const modelledOf = new Int32Array(n).fill(-1);
  for (const [id, sk] of modelledIds) modelledOf[id] = sk;
  return {
    actionOf, useOf, objectOf, wordOf, skillOf, objects, kindObject: objectIds.get(MODEL_KIND) ?? -1, modelObject: objectIds.get('model') ?? -1,
    fieldOf, compoundOf, leadOf, size: n, modelledOf, modelWord,
  };
}

/** A skill found as a verb phrase on tokens [tokStart, tokEnd) of a line. */
export interface ConceptHit {
  skill: number;
  tokStart: number;
  tokEnd: number;
}

/**
 * The verb phrases on a line whose tokens are `T`. `free(k)` says token k lies in no name the
 * automaton already accepted (a name wins over a phrase made of its words); `head(k)` that it is
 * the last word of such a name, which a verb before the name may still take as its object
 * ("deploying forecasting models": the name stays, and the deployment is read too).
 */
export function findConcepts(c: Concepts, T: Tokens, free: (k: number) => boolean, head: ((k: number) => boolean) | null = null): readonly ConceptHit[] {
  let out: ConceptHit[] | null = null;
  const { actionOf, objectOf, useOf, wordOf } = c;
  const ids = T.id;
  const id = (k: number) => (k < T.n && T.kind[k] === Kind.Word ? ids[k]! : -1);
  /** The object named by token k, or -1: "network" only after "neural", a model family's name though it is a name. */
  const objectAt = (k: number, asObject: boolean): number => {
    const w = id(k);
    // "deployment of cutting-edge tools": the idiom's edge is no object.
    if (k > 0 && T.kind[k - 1] === Kind.Word && EDGE_IDIOM.has(T.lower(k - 1)) && T.lower(k) === 'edge') return -1;
    // "ML systems" are models even where "system" is an object of its own ("versioning systems").
    if (asObject && mlHost(T, k) && free(k)) return c.modelObject;
    const o = w >= 0 ? objectOf[w]! : -1;
    if (o < 0) return -1;
    if (o === c.kindObject && (k === 0 || T.lower(k - 1) !== MODEL_KIND_BEFORE)) return -1;
    if ((wordOf[w]! & Word.ModelName) !== 0) return o;
    return free(k) || (asObject && head !== null && head(k)) ? o : -1;
  };
  const pair = (action: number, k: number, o = objectAt(k, true)): number => {
    if (o < 0) return -1;
    const s = c.skillOf.get(action * c.objects + o);
    if (s !== undefined || o === c.modelObject || (wordOf[ids[k]!]! & Word.ModelName) === 0) return s ?? -1;
    return c.skillOf.get(action * c.objects + c.modelObject) ?? -1;
  };
  for (let k = 0; k < T.n; k++) {
    const w = ids[k]!;
    if (w >= 0 && c.fieldOf[w]! >= 0 && free(k)) {
      const j = fieldNounAfter(c, T, k);
      if (j > 0) (out ??= []).push({ skill: c.fieldOf[w]!, tokStart: k, tokEnd: k + 1 });
    }
    if (w >= 0 && (wordOf[w]! & Word.Modifier) !== 0) sharedHeads(c, T, k, free, (h) => (out ??= []).push(h));
    // "financial models": a "<word> modeling" name by its models, where no name holds either word.
    if (w >= 0 && c.modelledOf[w]! >= 0 && k + 1 < T.n && T.kind[k + 1] === Kind.Word && free(k) && free(k + 1)) {
      if (ids[k + 1] === c.modelWord) (out ??= []).push({ skill: c.modelledOf[w]!, tokStart: k, tokEnd: k + 2 });
      // "predictive marketing models": one plain word between, itself no name ("causal language
      // models" are language models, a name of their own, so not free).
      // Not after a vague first word: "data analytic models", "a data-driven model" are no data models.
      else if (k + 2 < T.n && T.kind[k + 2] === Kind.Word && ids[k + 2] === c.modelWord && free(k + 2) && !VAGUE_OBJECTS.has(T.lower(k))
        && !(ids[k + 1]! >= 0 && (wordOf[ids[k + 1]!]! & Word.GapStop) !== 0)) (out ??= []).push({ skill: c.modelledOf[w]!, tokStart: k, tokEnd: k + 3 });
      // "predictive and inferential models": the models a second word qualifies are the first's too.
      else if (k + 3 < T.n && COORDINATING.has(T.lower(k + 1)) && T.kind[k + 2] === Kind.Word && free(k + 2) && !COORDINATING.has(T.lower(k + 2))
        && ids[k + 3] === c.modelWord && free(k + 3) && !VAGUE_OBJECTS.has(T.lower(k))) (out ??= []).push({ skill: c.modelledOf[w]!, tokStart: k, tokEnd: k + 1 });
      // "predictive and machine-learning models": so are the models a name qualifies.
      else if (k + 3 < T.n && COORDINATING.has(T.lower(k + 1)) && !free(k + 2) && !VAGUE_OBJECTS.has(T.lower(k))) {
        let q = k + 2;
        while (q < T.n && q - k <= 6 && !free(q)) q++;
        if (q < T.n && ids[q] === c.modelWord && free(q)) (out ??= []).push({ skill: c.modelledOf[w]!, tokStart: k, tokEnd: k + 1 });
      }
    }
    // Most tokens are neither an action nor an object: two look-ups and on.
    if (w < 0 || (actionOf[w]! < 0 && objectOf[w]! < 0)) continue;
    const action = actionOf[w]!;
    if (action >= 0 && (useOf[w]! & (Use.Before | Use.Past)) !== 0 && free(k)) {
      // Verb–object: an -ing form, a base form after "to", or a past participle used as a verb.
      const ing = (useOf[w]! & Use.Ing) !== 0;
      // A base form is a verb after "to", after "will", "can", "should" … ("You'll deploy models"),
      // and where it opens a list item, an order ("- Deploy models to production"); so is each
      // base form joined to such a verb ("to train and deploy ML models").
      const first = !ing && (useOf[w]! & Use.Before) !== 0 ? chainFirst(T, k) : -1;
      const base = (first >= 0 && isOrder(c, T, first)) || afterOrder(c, T, k, 2);
      if (ing || base || ((useOf[w]! & Use.Past) !== 0 && pastAsVerb(c, T, k))) {
        // "deploying, maintaining and evaluating ML models": the verbs share the object after the last.
        let last = k;
        if (ing) for (let q = nextVerb(c, T, last); q > 0 && q - k <= 8; q = nextVerb(c, T, last)) last = q;
        // "cleaned and tidied data": past forms share the object after the last too.
        else if (!base) for (let q = nextPast(T, last); q > 0 && q - k <= 8; q = nextPast(T, last)) last = q;
        // "to train and deploy ML models", "to build, train and evaluate models": so do base forms.
        else for (let q = nextBase(c, T, last); q > 0 && q - k <= 8; q = nextBase(c, T, last)) last = q;
        // "deploy scalable and reproducible models", "train robust, accurate models": qualities
        // joined before the object do not count against its distance.
        const from = pastQualities(T, last + 1);
        for (let j = from; j <= from + 2 && j < T.n; j++) {
          if (T.kind[j] !== Kind.Word) break;
          const s = pair(action, j);
          // A base form's vague object heads its noun phrase: "to augment data collection procedures"
          // augments procedures ("to evaluate model performance" still evaluates models).
          if (s >= 0 && !ing && base && VAGUE_OBJECTS.has(T.lower(j)) && modifies(T, j + 1)) break;
          if (s >= 0) { (out ??= []).push({ skill: s, tokStart: k, tokEnd: j + 1 }); break; }
          if (ids[j]! >= 0 && (wordOf[ids[j]!]! & Word.GapStop) !== 0) break;
        }
      }
    }
    // Noun–of–object: "deployment of machine learning models", "tuning of the hyperparameters",
    // and a noun joined to the next ("the design and interpretation of experiments").
    const of = action >= 0 && (useOf[w]! & Use.Noun) !== 0 && free(k) ? ofAfter(c, T, k) : -1;
    if (of > 0) {
      for (let j = of + 1; j <= of + 4 && j < T.n; j++) {
        if (T.kind[j] !== Kind.Word) break;
        const s = pair(action, j);
        if (s >= 0) { (out ??= []).push({ skill: s, tokStart: k, tokEnd: j + 1 }); break; }
        if (ids[j]! >= 0 && (wordOf[ids[j]!]! & Word.GapStop) !== 0) break;
      }
    }
    const object = objectOf[w]! >= 0 ? objectAt(k, false) : -1;
    if (object >= 0) {
      // Object–verb: "hyperparameter tuned", "models are deployed", "LLMs deployed".
      let j = k + 1;
      if (j < T.n && T.kind[j] === Kind.Word && ids[j]! >= 0 && (wordOf[ids[j]!]! & Word.Auxiliary) !== 0) j++;
      const v = id(j);
      if (v >= 0 && actionOf[v]! >= 0 && (useOf[v]! & Use.After) !== 0 && free(j)) {
        const s = pair(actionOf[v]!, k, object);
        if (s >= 0) (out ??= []).push({ skill: s, tokStart: k, tokEnd: j + 1 });
      }
    }
  }
  return out ?? NONE;
}

/** Endings of words that describe a quality ("scalable", "reproducible", "robust", "efficient"). */
const QUALITY = /(?:able|ible|ive|ous|ful|ust|ent|ant)$/;
/**
 * From token `k`: past a run of qualities joined by ",", "and" or "or" ("scalable and reproducible",
 * "robust, efficient and accurate"), to the word after the last of them; `k` itself when none is joined.
 */
function pastQualities(T: Tokens, k: number): number {
  let at = k;
  for (let n = 0; n < 3; n++) {
    if (at >= T.n || T.kind[at] !== Kind.Word || !QUALITY.test(T.lower(at))) break;
    let q = at + 1;
    if (q < T.n && T.lower(q) === ',') q++;
    if (q < T.n && (T.lower(q) === 'and' || T.lower(q) === 'or')) q++;
    if (q === at + 1 || q >= T.n || T.kind[q] !== Kind.Word) break;
    at = q;
  }
  // The last quality, after the last joiner, is skipped too: the object is counted from the word after it.
  return at === k ? k : at + 1;
}

/** Words that join two modifiers of one noun. */
const COORDINATING = new Set(['and', 'or']);

const NONE: ConceptHit[] = [];

/**
 * After a two-word name at `k`, `k + 1` ("model training"), or the first word of one and an action
 * noun ("model testing"), the heads listed after it that make a name with the same first word:
 * "model training, deployment and monitoring" → model deployment and model monitoring, each read
 * on its own head. The list is words joined by ",", "and", "or", "&" or "/", one word each; it ends
 * at anything else. Bounded: at most six heads are looked at.
 */
function sharedHeads(c: Concepts, T: Tokens, k: number, free: (k: number) => boolean, push: (h: ConceptHit) => void): void {
  const first = T.id[k]!;
  const named = (q: number) => (q < T.n && T.kind[q] === Kind.Word && T.id[q]! >= 0 ? c.compoundOf.get(first * c.size + T.id[q]!) ?? -1 : -1);
  // The first head may be an action no skill is named by ("model testing, deployment and monitoring"),
  // or the head of another two-word name ("data modeling, warehousing, and ETL", "data quality,
  // reliability, and governance"), which is not handed on itself.
  const word = k + 1 < T.n && T.kind[k + 1] === Kind.Word;
  // "a mathematical background and programming skills": a list of what the reader brings, whose
  // items share no first word ("mathematical programming" is not asked).
  if (word && ASKED_NOUNS.has(T.norm(k + 1))) return;
  if (named(k + 1) < 0 && !(word && (sharedHead(T.lower(k + 1)) || (T.id[k + 1]! >= 0 && c.leadOf.has(first * c.size + T.id[k + 1]!))))) return;
  let q = k + 2;
  for (let heads = 0; heads < 6; heads++) {
    let joined = 0;
    while (q < T.n && joined < 2) {
      const t = T.lower(q);
      if (t !== ',' && t !== 'and' && t !== 'or' && t !== '&' && t !== '/') break;
      q++;
      joined++;
    }
    if (joined === 0 || q >= T.n || T.kind[q] !== Kind.Word) return;
    const s = named(q);
    if (s >= 0 && free(q)) push({ skill: s, tokStart: q, tokEnd: q + 1 });
    q++;
  }
}

/** Nouns of what a posting asks of the reader, as norms ("background", "skills"). */
const ASKED_NOUNS = new Set(['skill', 'background', 'experience', 'knowledge', 'ability', 'expertise', 'language', 'proficiency']);

/** Nouns that stand for a model after "ML", "AI" or "machine learning": "deploying ML services", "monitoring AI systems". */
const ML_HOSTS = new Set(['system', 'systems', 'service', 'services', 'solution', 'solutions', 'application', 'applications', 'product', 'products']);
const ML_WORDS = new Set(['ml', 'ai', 'learning']);

/** Whether token `k` is such a noun, right after one of those words. */
function mlHost(T: Tokens, k: number): boolean {
  return k > 0 && T.kind[k] === Kind.Word && ML_HOSTS.has(T.lower(k)) && ML_WORDS.has(T.lower(k - 1));
}

/** The "of" after the action noun at `k`, directly or after one or two nouns joined to it ("design and interpretation of"), else -1. */
function ofAfter(c: Concepts, T: Tokens, k: number): number {
  const isOf = (q: number) => q < T.n && T.id[q]! >= 0 && (c.wordOf[T.id[q]!]! & Word.Of) !== 0;
  let q = k + 1;
  for (let n = 0; n < 2; n++) {
    if (isOf(q)) return q;
    const t = q < T.n ? T.lower(q) : '';
    if (t !== ',' && t !== 'and' && t !== 'or' && t !== '&' && t !== '/') return -1;
    q++;
    if (q < T.n && T.lower(q) === 'and') q++;
    if (q >= T.n || T.kind[q] !== Kind.Word) return -1;
    q++;
  }
  return isOf(q) ? q : -1;
}

/**
 * The data or method noun that the field adjective at `k` describes, else -1: next to it, or after
 * up to four more adjectives joined by commas and "and"/"or" ("genomic, clinical, or imaging data").
 * Bounded: at most 12 tokens are looked at.
 */
function fieldNounAfter(c: Concepts, T: Tokens, k: number): number {
  const noun = (q: number) => T.kind[q] === Kind.Word && T.id[q]! >= 0 && (c.wordOf[T.id[q]!]! & Word.FieldNoun) !== 0;
  let words = 0;
  for (let q = k + 1; q < T.n && q <= k + 12; q++) {
    if (noun(q)) return q;
    const t = T.lower(q);
    if (t === ',' || t === 'and' || t === 'or' || t === '/') continue;
    // "genomic (e.g. NGS) data": an aside in brackets right after the adjective.
    if (t === '(' && q === k + 1) {
      let r = q + 1;
      while (r < T.n && r <= q + 8 && T.lower(r) !== ')' && T.lower(r) !== '(') r++;
      if (r < T.n && T.lower(r) === ')') { q = r; continue; }
      return -1;
    }
    // Another adjective of the list: a plain word, not a preposition or a clause word.
    if (T.kind[q] !== Kind.Word || (T.id[q]! >= 0 && (c.wordOf[T.id[q]!]! & Word.GapStop) !== 0) || ++words > 4) return -1;
    // Without a comma or a conjunction before it, a word is the noun itself, and not one of ours.
    const b = T.lower(q - 1);
    // "single-cell": the second half of a hyphened item (the hyphen makes no token of its own).
    if (b !== ',' && b !== 'and' && b !== 'or' && b !== '/' && !(T.kind[q - 1] === Kind.Word && T.end[q - 1]! + 1 === T.start[q])) return -1;
  }
  return -1;
}

/** Words that may follow the object of a verb: it ends its noun phrase there ("to train models for…", "to deploy them weekly"). */
const PHRASE_ENDS = new Set(['for', 'from', 'to', 'in', 'into', 'on', 'onto', 'with', 'without', 'and', 'or', 'as', 'at', 'by', 'of', 'that',
  'which', 'who', 'across', 'using', 'via', 'so', 'through', 'within', 'per', 'before', 'after', 'while', 'when', 'where', 'than', 'is',
  'are', 'be', 'will', 'can', 'under', 'over', 'against', 'alongside', 'together', 'end', 'eg', 'ie', 'etc', 'including']);
/** Whether token k continues the noun phrase of the object before it: a word that is no function word nor an adverb. */
function modifies(T: Tokens, k: number): boolean {
  if (k >= T.n || T.kind[k] !== Kind.Word || itemBreak(T, k)) return false;
  const t = T.lower(k);
  return !PHRASE_ENDS.has(t) && !t.endsWith('ly');
}

/** Whether token k starts a line, or is a capitalised word right after a word in lower case ("… model development Monitor and …"). */
function itemBreak(T: Tokens, k: number): boolean {
  const gap = T.text.slice(T.end[k - 1]!, T.start[k]!);
  if (gap.includes('\n')) return true;
  if (T.kind[k - 1] !== Kind.Word || T.kind[k] !== Kind.Word) return false;
  const first = T.text.charCodeAt(T.start[k]!);
  const before = T.text.charCodeAt(T.start[k - 1]!);
  return first >= 65 && first <= 90 && before >= 97 && before <= 122;
}

/** Modal verbs as tokens ("you'll" is one token, "youll"), before a verb's base form. */
const MODALS = new Set(['will', 'youll', 'shall', 'can', 'could', 'must', 'should', 'would', 'may', 'might', 'youd']);
/** Whether the word before `k` is a modal verb, an "also" allowed between: "you will deploy", "you'd also train". */
function afterModal(T: Tokens, k: number): boolean {
  let p = k - 1;
  if (p >= 0 && T.kind[p] === Kind.Word && T.lower(p) === 'also') p--;
  return p >= 0 && T.kind[p] === Kind.Word && MODALS.has(T.lower(p));
}

/** Whether the base form at `q` (the first of its chain) is a verb: after "to" or a modal, or opening a list item. */
function isOrder(c: Concepts, T: Tokens, q: number): boolean {
  const p = q - 1;
  if (p >= 0 && T.kind[p] === Kind.Word && T.id[p]! >= 0 && (c.wordOf[T.id[p]!]! & Word.To) !== 0) return true;
  return afterModal(T, q) || opensItem(T, q);
}

/**
 * Whether the base form at `k` (or the first base form joined to it: "train and evaluate") follows
 * an order and its object, joined by ",", "and", "or" or "&", up to `depth` clauses back: "Collect
 * data and train models", "you will clean the data, train models and …".
 */
function afterOrder(c: Concepts, T: Tokens, k: number, depth: number): boolean {
  let v = k;
  // "plans" in "Design plans and train …" is the object (a plural, not a base form).
  for (let q = joinedBefore(T, v); q >= 0 && baseVerb(c, T, q) && !plural(T.lower(q)); q = joinedBefore(T, v)) v = q;
  // The verb of the clause before: the first base form within four words of object ("test" in
  // "Design test plans and …" is no order, "Design" is).
  let p = joinedBefore(T, v);
  if (p < 0) return false;
  for (let n = 0; n <= 4 && p >= 0; n++, p--) {
    if (T.kind[p] !== Kind.Word || itemBreak(T, p + 1)) return false;
    if (n === 0 || !baseVerb(c, T, p)) continue;
    const first = chainFirst(T, p);
    if ((first >= 0 && isOrder(c, T, first)) || (depth > 1 && afterOrder(c, T, p, depth - 1))) return true;
  }
  return false;
}

/** Whether a word reads as a plural ("plans", "tests"), so not as a verb's base form ("process", "focus" are). */
const plural = (t: string): boolean => t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us');

/** The word before `k` joined to it by ",", "and", "or" or "&" (", and" too), else -1. */
function joinedBefore(T: Tokens, k: number): number {
  let p = k - 1;
  if (p >= 0 && (T.lower(p) === 'and' || T.lower(p) === 'or' || T.lower(p) === '&')) p--;
  if (p >= 0 && T.lower(p) === ',') p--;
  return p < k - 1 && p >= 0 && T.kind[p] === Kind.Word ? p : -1;
}

/** Marks a list item may open with when the list is flattened into one line ("… pipelines • Monitor models"). */
const ITEM_MARKS = new Set(['•', '*', '-', '–', '·', '▪', '●', '◦', ';', ':', '.', '|']);

/**
 * The first of the words joined to the word at `k` by ",", "and", "or" or "&", one word each ("train"
 * in "train, evaluate and deploy"), or `k` itself; -1 when a joining word follows no word.
 */
function chainFirst(T: Tokens, k: number): number {
  let q = k;
  for (let n = 0; n < 8; n++) {
    let p = q - 1;
    if (p >= 0 && (T.lower(p) === 'and' || T.lower(p) === 'or' || T.lower(p) === '&')) p--;
    if (p >= 0 && T.lower(p) === ',') p--;
    if (p === q - 1) return q;
    if (p < 0 || T.kind[p] !== Kind.Word) return -1;
    q = p;
  }
  return -1;
}

/**
 * Whether the word at `q` opens a list item: the line's first word ("- Deploy models to production",
 * "Identify, extract, clean and analyse data"), or, in a list flattened into one line, a capitalised
 * word after a bullet or a stop ("… • Monitor models"). Not a word inside a list of names:
 * "Experience with Python, clean code and …" opens nothing.
 */
function opensItem(T: Tokens, q: number): boolean {
  let b = q - 1;
  while (b >= 0 && T.kind[b] !== Kind.Word) b--;
  if (b < 0) return true;
  const first = T.text.charCodeAt(T.start[q]!);
  return b < q - 1 && ITEM_MARKS.has(T.lower(q - 1)) && first >= 65 && first <= 90;
}

/**
 * Whether the past participle at `k` is a verb rather than a description of what follows: after
 * "have/has/had" ("have deployed models"), or joined by "and", "or" or a comma to a verb before it
 * ("built and deployed ML models", "trained, tuned and deployed"). Not after a hyphen ("pre-trained").
 */
function pastAsVerb(c: Concepts, T: Tokens, k: number, depth = 2): boolean {
  // A line or list item that opens with it, as a CV's bullets do: "- Cleaned and tidied data",
  // "Deployed models to production".
  let b = k - 1;
  while (b >= 0 && T.kind[b] !== Kind.Word) b--;
  if (b < 0) return true;
  const p = k - 1;
  if (T.kind[p] === Kind.Word && T.id[p]! >= 0 && (c.wordOf[T.id[p]!]! & Word.Perfect) !== 0) return true;
  // "I trained models", "we deployed them".
  if (T.kind[p] === Kind.Word && SUBJECTS.has(T.lower(p))) return true;
  let q = p;
  const t = T.lower(q);
  if (t === 'and' || t === 'or' || t === '&') q--;
  if (q >= 0 && T.lower(q) === ',') q--;
  if (q === p || q < 0 || T.kind[q] !== Kind.Word) return false;
  if (pastForm(T.lower(q))) return true;
  // After a clause of its own, a verb and its object: "Collected sensor data, trained models and …".
  if (depth === 0) return false;
  for (let n = 1; n <= 4 && q - n >= 0; n++) {
    const r = q - n;
    if (T.kind[r] !== Kind.Word || itemBreak(T, r + 1)) return false;
    if (pastForm(T.lower(r)) && pastAsVerb(c, T, r, depth - 1)) return true;
  }
  return false;
}

/** Whether a word has the form of a past participle: "-ed" or an irregular one ("built"). */
const pastForm = (v: string): boolean => (v.length > 3 && v.endsWith('ed')) || IRREGULAR_PAST.has(v);

/** Subject pronouns, after which a past form is the verb ("I trained models"). */
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** The word after `k` joined to it by ",", "and", "or" or "&" (at most two of them: ", and"), else -1. */
function joinedWord(T: Tokens, k: number): number {
  let q = k + 1;
  let joined = false;
  for (let n = 0; n < 2 && q < T.n; n++, q++) {
    const t = T.lower(q);
    if (t !== ',' && t !== 'and' && t !== 'or' && t !== '&') break;
    joined = true;
  }
  return joined && q < T.n && T.kind[q] === Kind.Word ? q : -1;
}

/** After the past form at `k`: the next one joined to it by ",", "and" or "or" (its index), else -1. */
function nextPast(T: Tokens, k: number): number {
  const q = joinedWord(T, k);
  if (q < 0) return -1;
  const t = T.lower(q);
  return (t.length > 4 && t.endsWith('ed')) || IRREGULAR_PAST.has(t) ? q : -1;
}

/** Verbs of the work that name no skill of their own but share the object after them ("build and train models"). */
const WORK_VERBS = new Set(['build', 'develop', 'design', 'implement', 'maintain', 'run', 'operate', 'manage', 'improve', 'optimize',
  'optimise', 'scale', 'ship', 'integrate', 'transform', 'validate', 'prototype', 'productionize', 'productionise', 'iterate', 'debug',
  'refine', 'create', 'analyze', 'analyse', 'explore', 'prepare', 'collect', 'process', 'curate', 'retrain', 'update']);
/** Whether the word at `k` can be a verb's base form: an action's ("train", "label") or a verb of the work's ("collect", "build"). */
export function baseVerb(c: Concepts, T: Tokens, k: number): boolean {
  if (k < 0 || k >= T.n || T.kind[k] !== Kind.Word) return false;
  const v = T.id[k]!;
  return (v >= 0 && (c.useOf[v]! & Use.Before) !== 0) || WORK_VERBS.has(T.lower(k));
}

/** After the base form at `k`: the next one joined to it by ",", "and" or "or" (its index), else -1. */
function nextBase(c: Concepts, T: Tokens, k: number): number {
  const q = joinedWord(T, k);
  if (q < 0) return -1;
  return baseVerb(c, T, q) ? q : -1;
}

/** After the -ing verb at `k`: the next one joined to it by ",", "and" or "or" (its index), else -1. */
function nextVerb(c: Concepts, T: Tokens, k: number): number {
  const q = joinedWord(T, k);
  if (q < 0) return -1;
  // Any -ing verb continues the chain ("maintaining" names no skill of its own).
  const v = T.id[q]!;
  if (v >= 0 && (c.useOf[v]! & Use.Ing) !== 0) return q;
  const t = T.lower(q);
  return t.length > 5 && t.endsWith('ing') ? q : -1;
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(QUALITY, ACTION_HEAD, NOT_A_MODEL, FIELD_NAME, ADJECTIVE_END, PLAIN_ADJECTIVE);
