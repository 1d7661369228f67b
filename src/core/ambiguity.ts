// Stage 3 of reading a posting: which of a line's candidate names are meant. Forms the taxonomy
// marks `ambiguous` (R, Go, Spark, Excel, AI, CV, "containers"…) are kept only in a technical
// context (a list of tools, "experience with", "R packages"); names inside the employer's name,
// a link, a team's name ("the AI team") or a category given by example ("cloud platforms such
// as AWS") are dropped; a shared head noun is handed to each word before it ("predictive and
// causal modeling"). Every rule here is about English, not about one posting.
import type { Matcher } from './automaton';
import type { Candidate, LineCandidates } from './candidates';
import { baseVerb } from './concepts';
import { Kind, type Tokens } from './normalize';
import { Rule, isRule } from './rule-words';
import { sentenceEnd } from './sentences';
import { registerRegexps } from './regexps';

export interface AmbiguityOptions {
  /** The employer's name: a skill inside it ("Scale AI", "Kodiak Robotics") is not asked for. */
  company?: string | null;
  /**
   * Skills (taxonomy indices) whose ambiguous name the listing's title writes as the name
   * ("Desenvolvedor de Software Delphi", "Senior Spark Developer"): the title says what the job
   * is about, so in that posting the name means the skill even where the text gives no English
   * cue or writes it in lower case (titleNames in matcher.ts).
   */
  vouched?: ReadonlySet<number> | null;
  /** Acronyms the posting defines, and the words they stand for (definedAcronyms). */
  acronyms?: ReadonlyMap<string, { spelled: string; stems: string }> | null;
  /**
   * The posting is written all in lower case (a scraper lowered it): "sql", "aws", "r" cannot be
   * told from other words by their case, so the case rules of lineCandidates give way (lowerCased).
   */
  lowerCase?: boolean;
}

/** Words an acronym's letters skip: "Department of Health and Social Care (DHSC)". */
const ACRONYM_SKIPS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'with', 'a', 'an', '&']);
const ACRONYM_DEFINED = /\(([A-Z]{2,6})s?\)/g;

/**
 * A name in a form its definition can be compared with: lower case, words without a final s, and
 * no spaces ("life cycle" and "lifecycle", "data base" and "database" are one spelling).
 */
const spelled = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().replace(/s\b/g, '').replace(/ /g, '');
/** The same words cut to their first five letters: "Next Generation Sequences" and "next-generation sequencing" agree. */
const stems = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').map((w) => w.slice(0, 5)).join(' ');

/**
 * Acronyms the text defines by the initials of the words just before them, "Digital Analytics and
 * Research Team (DART)", "Case Report Form (CRF)": acronym → the words (as `spelled` writes them).
 * Null when the text defines none.
 */
export function definedAcronyms(text: string): Map<string, { spelled: string; stems: string }> | null {
  if (!text.includes('(')) return null;
  let out: Map<string, { spelled: string; stems: string }> | null = null;
  ACRONYM_DEFINED.lastIndex = 0;
  for (let d = ACRONYM_DEFINED.exec(text); d; d = ACRONYM_DEFINED.exec(text)) {
    const acronym = d[1]!;
    const words = text.slice(Math.max(0, d.index - 120), d.index).split(/[\s\-/]+/).filter(Boolean);
    let letters = acronym.length;
    let w = words.length - 1;
    for (; w >= 0 && letters > 0; w--) {
      const word = words[w]!;
      if (ACRONYM_SKIPS.has(word.toLowerCase()) && letters < acronym.length) continue;
      if (word[0]!.toUpperCase() !== acronym[letters - 1]) break;
      letters--;
    }
    if (letters === 0) {
      const said = words.slice(w + 1).join(' ');
      (out ??= new Map()).set(acronym, { spelled: spelled(said), stems: stems(said) });
    }
  }
  return out;
}

/** The verdict on a line's candidates. */
export interface Resolved {
  /** status[i] for kept[i]: 1 accepted, 0 undecided (not counted), -1 rejected. */
  status: number[];
  /** Names made by a shared head noun ("predictive" in "predictive and causal modeling"), one token each. */
  extra: Candidate[];
}

/** A word just before a name that says a tool or language is meant: "in R", "experience with Go", "such as Spark", "writing Rust". */
const CUE_BEFORE = new Set(['in', 'with', 'using', 'use', 'via', 'like', 'as', 'eg', 'including', 'programming', 'language',
  'proficient', 'proficiency', 'fluent', 'fluency', 'expert', 'expertise', 'knowledge', 'familiarity', 'familiar', 'experience',
  'experienced', 'written', 'write', 'writes', 'writing', 'idiomatic', 'coding', 'code', 'skill', 'advanced', 'ie', 'software', 'package']);
/** "knowledge of R", "use of Excel". */
const CUE_OF = new Set(['knowledge', 'use', 'understanding', 'command', 'mastery', 'proficiency', 'fluency']);
/** A list item that is one name and nothing else (group 1): "- Spark", "• Go;". */
/** After a tool's name in an experience list: ": 1 year", ": 3+ years". */
const EXPERIENCE_ITEM = /^\s*:\s*\d{1,2}\s*\+?\s*(?:years?|yrs?)\b/i;
const ITEM_ALONE = /^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+([\w.+#-]+(?: [\w.+#-]+)?)\s*[,;.]?\s*$/;
/** "exposure to Spark", "contributions to Julia". */
const CUE_TO = new Set(['exposure', 'contribution', 'contributor', 'migration']);
/** A word just after a name that says a tool or language is meant: "R packages", "Spark jobs", "Go services". */
const CUE_AFTER = new Set(['code', 'coding', 'programming', 'development', 'developer', 'engineer', 'script', 'scripting', 'package',
  'library', 'librarie', 'language', 'skill', 'experience', 'expertise', 'service', 'microservice', 'application', 'job', 'cluster',
  'notebook', 'spreadsheet', 'macro', 'pipeline', 'sdk', 'api', 'ecosystem', 'framework', 'stack', 'backend', 'proficiency',
  'knowledge', 'module', 'codebase', 'program', 'query', 'queries', 'workbook', 'dataframe', 'model', 'system', 'expert', 'programmer']);
/** Words that can stand before "AI" without it being a company name ("Generative AI", "Responsible AI"). */
const AI_MODIFIERS = new Set(['generative', 'conversational', 'responsible', 'explainable', 'applied', 'enterprise', 'agentic',
  'trustworthy', 'ethical', 'safe', 'physical', 'embodied', 'edge', 'vertical', 'narrow', 'general', 'symbolic', 'multimodal',
  'speech', 'gen', 'creative', 'modern', 'frontier', 'human', 'clinical', 'medical', 'industrial', 'predictive', 'interpretable',
  'open', 'secure', 'scalable', 'practical', 'advanced', 'cutting', 'leading', 'production', 'real', 'visual', 'vision', 'data',
  'ml', 'and', 'or', 'of', 'for', 'in', 'the', 'with', 'to', 'on']);
/** What a skill "is" when a posting asks for it: "R is a plus", "Go is required", "Spark is nice to have". */
const ASKED_AS = new Set(['plus', 'bonus', 'preferred', 'required', 'must', 'mandatory', 'advantage', 'asset', 'desirable', 'desired',
  'nice', 'helpful', 'essential', 'welcome', 'beneficial', 'advantageous', 'appreciated', 'needed', 'necessary', 'expected']);
/** Words that may stand between "is" and the ask: "is a big plus", "is highly desirable", "is also required". */
const ASK_FILLER = new Set(['a', 'an', 'also', 'highly', 'strongly', 'big', 'huge', 'definite', 'strong', 'great', 'real', 'very',
  'considered', 'absolutely', 'definitely']);
/** Ambiguous forms that are also common first names: they need a list or a cue, and "Julia Smith" is a person. */
export const NAME_LIKE = new Set(['julia', 'ruby', 'stan', 'ray', 'amber', 'dash', 'ann']);
/**
 * Words that open the next ask of a list flattened onto one line ("… and Ray Familiarity with …"),
 * as norms: the words of cues.ts's RUN_ON_ASK and SCOPE_BREAK, which find such a run-on in a sentence.
 */
const NEXT_ASK = new Set(['experience', 'familiarity', 'knowledge', 'strong', 'proficiency', 'proficient', 'understanding', 'ability',
  'excellent', 'solid', 'proven', 'expertise', 'demonstrated', 'hands', 'working', 'deep', 'comfortable', 'must', 'minimum', 'you', 'your']);
/** "Go to market", "on the go", "go-getter". */
const GO_NOT_BEFORE = new Set(['to', 'getter', 'live', 'ahead', 'beyond', 'above', 'further', 'back', 'forward', 'far', 'together',
  'wrong', 'through', 'big', 'green', 'public', 'after', 'get', 'out', 'over', 'the', 'a', 'an', 'for', 'fast', 'deep', 'hand',
  'along', 'home', 'all', 'no', 'and', 'with', 'from', 'into', 'where', 'when', 'beyond']);
/** "Excel at", "excel in a fast-paced team". */
const EXCEL_NOT_BEFORE = new Set(['at', 'in', 'as', 'when', 'within', 'under', 'on', 'through', 'while', 'by']);
/** "customer segmentation", "market segmentation" are marketing, not image segmentation. */
/** Engineering work that "optimization" joined to it is of a kind with (improving software, not the mathematics). */
const ENGINEERING_WORK = new Set(['training', 'development', 'profiling', 'deployment', 'debugging', 'testing', 'integration', 'monitoring',
  'maintenance', 'scaling', 'implementation', 'tuning', 'benchmarking', 'streamlining', 'refactoring', 'serving', 'packaging',
  'administration', 'improvement', 'enhancement', 'troubleshooting']);
/** The same, but also the last word of a method's name ("experimental design, and optimization" is a list of methods). */
const ENGINEERING_WORK_OR_METHOD = new Set(['validation', 'evaluation', 'design']);
/** Categories of a method or field, whose name may end on a word of ENGINEERING_WORK ("experimental design"). */
const FIELD_CATEGORIES: ReadonlySet<string> = new Set(['method', 'math', 'domain']);
/** Categories of a product whose name before "optimization" makes it the product's tuning. */
const TUNED: ReadonlySet<string> = new Set(['tool', 'cloud', 'framework', 'data-engineering', 'language', 'mlops']);
const NOT_AFTER = new Map<string, Set<string>>(Object.entries({
  // "our career path planning": a person's career, not a robot's path.
  'path planning': new Set(['career']),
  // "an Augmented ADF test": the Dickey–Fuller test.
  adf: new Set(['augmented']),
  segmentation: new Set(['customer', 'user', 'market', 'audience', 'client', 'patient', 'population', 'and', 'targeting']),
  // "ad optimization", "system optimizations", "web crawler optimization": improving a process.
  optimization: new Set(['ad', 'system', 'crawler', 'web', 'performance', 'search', 'seo', 'cost', 'process', 'conversion',
    'campaign', 'bid', 'bidding', 'price', 'pricing', 'query', 'code', 'latency', 'resource', 'supply', 'inventory', 'budget',
    'website', 'page', 'marketing', 'sales', 'revenue', 'workflow', 'continuous', 'business', 'operational', 'energy', 'route',
    'delivery', 'spend', 'funnel', 'landing', 'app', 'database', 'storage', 'rtb', 'ecpm', 'ctr', 'roi', 'cpa', 'cpc', 'cpm',
    'kpi', 'ltv', 'crawl',
    // "memory optimization", "CPU optimization", "inference optimization": making software or hardware run better.
    'memory', 'cpu', 'gpu', 'hardware', 'compute', 'inference', 'kernel', 'compiler', 'throughput', 'sql',
    // "Spark optimisation", "pipeline optimization": making a data job run better.
    'spark', 'job', 'pipeline', 'cluster', 'etl', 'warehouse',
    // "model optimization": making a trained model smaller or faster.
    'model']),
  optimisation: new Set(['ad', 'system', 'crawler', 'web', 'performance', 'search', 'seo', 'cost', 'process', 'conversion',
    'campaign', 'price', 'pricing', 'business', 'continuous', 'memory', 'cpu', 'gpu', 'hardware', 'compute', 'inference', 'code', 'query',
    'spark', 'job', 'pipeline', 'cluster', 'etl', 'warehouse', 'sql', 'database', 'model']),
  // "Aetna PPO and HSA plans", "a medical PPO": a health plan in the benefits, not the RL algorithm.
  ppo: new Set(['aetna', 'cigna', 'anthem', 'kaiser', 'uhc', 'unitedhealthcare', 'bcbs', 'humana', 'medical', 'health', 'dental', 'vision',
    'insurance', 'hmo', 'hsa', 'epo']),
  // "spatial immune profiling", "customer profiling" are not code profiling.
  profiling: new Set(['immune', 'spatial', 'expression', 'molecular', 'gene', 'genomic', 'metabolic', 'protein', 'transcriptional',
    'customer', 'user', 'risk', 'market', 'financial', 'credit', 'tissue', 'racial', 'criminal', 'data', 'patient', 'cell']),
  // "performance regressions", "a latency regression": software getting worse, not statistics.
  regression: new Set(['performance', 'latency', 'accuracy', 'quality', 'speed', 'visual', 'memory', 'throughput']),
  // "This Classification must have …": a civil-service job class.
  classification: new Set(['other', 'job', 'security', 'tax', 'industry', 'occupational', 'legal', 'employee', 'protected', 'any', 'this']),
  // "the biology of brain disorders", "the underlying biology": how something works, not the field.
  biology: new Set(['the', 'its', 'their', 'underlying', 'basic', 'disease', 'tumor', 'tumour']),
  // "your privacy", "applicant privacy": the employer's notice, not data privacy as a field.
  privacy: new Set(['your', 'our', 'their', 'applicant', 'candidate', 'employee', 'personal', 'respect', 'respects', 'value',
    'values', 'protect', 'protects']),
  // "business control system", "access control systems", "version control systems": a system that
  // controls something in an organisation, not control theory.
  'control systems': new Set(['business', 'access', 'version', 'source', 'revision', 'quality', 'inventory', 'document', 'management',
    'financial', 'internal', 'production', 'building', 'traffic', 'security', 'change', 'cost', 'budget', 'credit', 'stock', 'export',
    'border', 'entry', 'door', 'warehouse', 'accounting', 'audit']),
}));
const URLS = /\bhttps?:\/\/[^\s)\]]+|\bwww\.[^\s)\]]+|[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,5}/g;
/** Where links and e-mail addresses stand in `s` (at most 200), as [start, end) shifted by `offset`: not prose. */
export function linkSpans(s: string, offset = 0): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!s.includes('://') && !s.includes('www.') && !s.includes('@')) return spans;
  URLS.lastIndex = 0;
  for (let u = URLS.exec(s); u && spans.length < 200; u = URLS.exec(s)) spans.push([offset + u.index, offset + u.index + u[0].length]);
  return spans;
}
/** What is fine-tuned when no model is ("fine-tuning batch … frameworks", "fine-tune SQL queries"), as norms. */
const FINE_TUNED_SYSTEMS = ['batch', 'query', 'querie', 'sql', 'process', 'processe', 'performance', 'operation', 'strategy', 'strategie',
  'database', 'etl', 'integration', 'configuration', 'index', 'indexe', 'schema', 'dashboard', 'report', 'campaign', 'budget', 'pricing',
  'business', 'hyperparameter', 'parameter'];
/** Words after a name that turn it into something else. */
const NOT_BEFORE = new Map<string, Set<string>>(Object.entries({
  regression: new Set(['test', 'testing', 'suite']),
  // "the ADF test", "ADF statistic": the Augmented Dickey–Fuller test, not Azure Data Factory.
  adf: new Set(['test', 'statistic', 'kpss']),
  // "Churn Analysis, Segmentation Analysis": customers' segments, not images'. (Words as
  // normalised: the plural rule makes "analysis" "analysi".)
  segmentation: new Set(['analysi', 'analyse']),
  // "an extensive database of diner and restaurant information": a collection, not the skill.
  databases: new Set(['of']),
  // "the maximum likelihood of being accepted": the plain words, not the estimation method.
  'maximum likelihood': new Set(['of', 'that']),
  ppo: new Set(['plan', 'network', 'coverage', 'option', 'medical', 'dental', 'insurance', 'hmo', 'hsa', 'epo']),
  privacy: new Set(['policy', 'policie', 'notice', 'statement', 'act', 'right', 'law', 'shield', 'practice']),
  // "software development life cycle", "a software development kit", "our software development team": the setting, not the skill.
  // "distributed calculus tools", "calculus engine": computation (a calque of "cálculo", "calcul"), not the mathematics.
  calculus: new Set(['tool', 'engine', 'software', 'framework', 'platform', 'cluster', 'server', 'node', 'capacity', 'resource', 'system']),
  // "fine-tuning batch and real-time integration frameworks", "fine-tune queries": adjusting a system, not a model.
  'fine-tuning': new Set(FINE_TUNED_SYSTEMS),
  'fine-tune': new Set(FINE_TUNED_SYSTEMS),
  // "automated machine learning models for production use": models that run on their own, not AutoML.
  'automated machine learning': new Set(['model', 'solution', 'system', 'application', 'product', 'service', 'decision', 'tool']),
  'software development': new Set(['life', 'lifecycle', 'cycle', 'kit', 'company', 'companie', 'firm', 'agency', 'team', 'department', 'house', 'shop', 'outsourcing', 'vendor', 'partner', 'service']),
}));
/** "AI-first", "data-driven", "ML-powered": the second half of a name turned adjective. */
const DESCRIBING = new Set(['first', 'native', 'driven', 'powered', 'centric', 'focused', 'led', 'enabled', 'obsessed', 'minded', 'forward',
  'infused', 'fueled', 'fuelled', 'backed']);
/** What an adjective like "AI-first" may describe besides a team or company: "a data-driven culture". */
const CULTURE = new Set(['culture', 'mindset', 'environment', 'workplace', 'organisation', 'organization', 'business', 'enterprise']);
const RESUME_WORDS = /\b(?:resume|résumé|cover letter|apply|send|submit|upload|attach|curriculum|links?\s+to\s+(?:your\s+)?(?:github|gitlab|kaggle|linkedin|papers|publications|projects|work))\b/i;
/**
 * The employer's notice on what happens to an applicant's data ("Data Protection Information:
 * when you apply, you submit personal data…", "…processed in accordance with Art. 13 GDPR",
 * "you may lodge a complaint with the data protection authority").
 */
const NOTICE = /\b(?:data protection (?:information|notice|declaration|statement|officer|office|authority)|privacy (?:policy|notice|statement|information)|lodge a complaint|in accordance with (?:art(?:icle|\.)? ?\d+ (?:of )?)?(?:the )?(?:GDPR|General Data Protection Regulation|DSGVO))\b/i;
/** …or one about the applicant's personal data: "the personal data you submit with your application". */
const APPLICANT_DATA = /\b(?:personal (?:data|information)|(?:your|applicants?'?|candidates?'?) (?:data|information))\b/i;
const APPLYING = /\b(?:apply|applying|application|applicants?|candidates?|recruitment|recruiting|hiring process|submit(?:ting)?)\b/i;
/**
 * …or one on the employer's own use of tools in hiring: "We may use artificial intelligence (AI)
 * tools to support parts of the hiring process, such as reviewing applications".
 */
const EMPLOYER_USES = /\b(?:we|[A-Z][\w&.'’-]*)\s+(?:may\s+|might\s+|can\s+|will\s+|do\s+|sometimes\s+|also\s+)?(?:use|uses|utili[sz]es?|leverages?|employs?)\b/;
const HIRING_STEP = /\b(?:hiring|recruit(?:ment|ing)|application|selection|interview(?:ing)?|screening)\s+process(?:es)?\b|\b(?:review(?:ing)?|screen(?:ing)?|assess(?:ing)?)\s+(?:your\s+|of\s+)?(?:applications?|applicants?|resumes?|CVs?)\b/i;
const isNotice = (said: string): boolean => NOTICE.test(said) || (APPLICANT_DATA.test(said) && APPLYING.test(said))
  || (EMPLOYER_USES.test(said) && HIRING_STEP.test(said));
/** A sentence that asks for something of the candidate is not a notice: "knowledge of GDPR and of handling personal data". */
const ASKING = /\b(?:experience[ds]?|knowledge|understanding|familiar(?:ity)?|expertise|proficien(?:cy|t)|skills?|background|ability|able to|must|required|preferred)\b/i;

/** Departments a role works with: "Product", "Engineering", "Marketing", "Finance". */
const DEPARTMENTS = new Set(['product', 'engineering', 'marketing', 'finance', 'sales', 'operations', 'ops', 'design', 'legal', 'hr',
  'strategy', 'commercial', 'support', 'growth', 'compliance', 'procurement', 'leadership', 'executives', 'management', 'it',
  'partnerships', 'brand', 'communications', 'editorial', 'logistics', 'merchandising', 'accounting', 'treasury', 'payments', 'trading', 'risk']);
/** Words of working with others that a list of departments follows: "partner with", "collaborate closely with", "areas such as". */
const WITH_OTHERS = /\b(?:partner(?:s|ing|ed)?\s+(?:[a-z]+ly\s+)?(?:with|across)|collaborat(?:e|es|ing|ion)\s+(?:[a-z]+ly\s+)?(?:with|across)|work(?:s|ing)?\s+(?:[a-z]+ly\s+|together\s+)?(?:with|alongside)|liais(?:e|es|ing)\s+with|alongside|interfac(?:e|es|ing)\s+with|(?:cross|multi)[- ]?functional(?:ly)?(?:\s+(?:teams?|partners|stakeholders))?\s+(?:in|across|from|with|such\s+as|including)|stakeholders\s+(?:in|across|from|such\s+as|including)|teams?\s+(?:in|across|from|such\s+as|including)|(?:areas|functions|departments)\s+(?:such\s+as|like|including))$/i;

/**
 * Whether a department word stands next to a name on the side `dir` from token k: after list glue
 * (",", "and", "&", "/", ", and") one word of no name ("Product, Data Science" / "Data Science, and Engineering").
 */
function department(T: Tokens, taken: Uint8Array, k: number, dir: -1 | 1): boolean {
  let glued = 0;
  while (k >= 0 && k < T.n && glued < 2) {
    const t = T.lower(k);
    if (t !== ',' && t !== 'and' && t !== '&' && t !== '/') break;
    k += dir;
    glued++;
  }
  return glued > 0 && k >= 0 && k < T.n && T.kind[k] === Kind.Word && !taken[k] && DEPARTMENTS.has(T.lower(k));
}

/** The last words of WITH_OTHERS and UNITS_LISTED. */
const OPENER_ENDS = new Set(['with', 'across', 'alongside', 'in', 'from', 'as', 'including', 'like']);
/** Words that open a list of an organisation's units: "departments including", "institutes such as". */
const UNITS_LISTED = /\b(?:departments|institutes|faculties|schools|divisions)\s+(?:including|such\s+as|like)$/i;

/**
 * Walking left from token k over the items of a list (up to three words each) and their glue
 * (",", "/", "&", "and", "or"), to the first word `opens` accepts: how many items stand between
 * that word and k, or -1 when the walk meets anything else first. Not past token lo, at most
 * `steps` tokens. The stop of "e.g." / "i.e." is part of its word.
 */
function itemsAfterOpener(T: Tokens, k: number, lo: number, steps: number, opens: (q: number) => boolean): number {
  let words = 0;
  let items = 0;
  for (let q = k - 1; q >= lo && q >= k - steps; q--) {
    const t = T.norm(q);
    if (t === ',' || t === '&' || t === '/' || t === 'and' || t === 'or') { if (words > 0) items++; words = 0; continue; }
    if (t === '.' && q > lo && (T.norm(q - 1) === 'eg' || T.norm(q - 1) === 'ie')) continue;
    if (T.kind[q] !== Kind.Word) return -1;
    if (opens(q)) return items + (words > 0 ? 1 : 0);
    if (++words > 3) return -1;
  }
  return -1;
}

/**
 * Whether the name at token k is an item of a list that follows the words `opener` finds (at the
 * end of the text it is given). Bounded: 16 tokens.
 */
function listedAfter(T: Tokens, text: string, start: number, k: number, opener: RegExp): boolean {
  // The openers all end in one of a few words: the expression is tried only there.
  return itemsAfterOpener(T, k, 0, 16, (q) => OPENER_ENDS.has(T.lower(q))
    && opener.test(text.slice(Math.max(start, T.start[q]! - 60), T.end[q]!))) >= 0;
}

/** The skill's name and aliases as `fold` writes them, made once per skill asked and kept in `cache`. */
function foldedNames(cache: WeakMap<Matcher, Map<number, Set<string>>>, fold: (s: string) => string, m: Matcher, skill: number): Set<string> {
  let bySkill = cache.get(m);
  if (!bySkill) cache.set(m, (bySkill = new Map()));
  let names = bySkill.get(skill);
  if (!names) {
    const s = m.taxonomy.skills[skill]!;
    bySkill.set(skill, (names = new Set([s.name, ...s.aliases].map(fold))));
  }
  return names;
}
const spelledNames = new WeakMap<Matcher, Map<number, Set<string>>>();
const stemmedNames = new WeakMap<Matcher, Map<number, Set<string>>>();
const namesOf = (m: Matcher, skill: number) => foldedNames(spelledNames, spelled, m, skill);
const stemsOf = (m: Matcher, skill: number) => foldedNames(stemmedNames, stems, m, skill);

function isCapitalised(text: string, t: Tokens, k: number): boolean {
  const c = text.charCodeAt(t.start[k]!);
  return c >= 65 && c <= 90;
}

// Scratch space, reused from line to line (resolve never runs inside itself).
let sentFromBuf = new Int32Array(256);
let endsAtBuf = new Int32Array(256);
let startsAtBuf = new Int32Array(256);
let sentToBuf = new Int32Array(256);

/**
 * Decide a line's candidates. The line is text[start, end) (`line`), its tokens `T`; offsets
 * are into `text`.
 */
export function resolve(m: Matcher, T: Tokens, text: string, start: number, end: number, line: string, found: LineCandidates,
  opts: AmbiguityOptions): Resolved {
  const { kept, weakCase, taken, allCaps } = found;
  /** Norm of token k, or undefined past either end of the line. */
  const normAt = (k: number): string | undefined => (k >= 0 && k < T.n ? T.norm(k) : undefined);

  // Company name occurrences on this line.
  const masks: Array<[number, number]> = [];
  const company = opts.company?.trim();
  if (company && company.length >= 2) {
    // Case as written: "Scale AI" is the company, "large scale AI problems" is not.
    const needle = company;
    for (let at = line.indexOf(needle); at >= 0 && masks.length < 1000; at = line.indexOf(needle, at + needle.length)) {
      masks.push([start + at, start + at + needle.length]);
    }
  }

  // 3. Ambiguous forms need evidence.
  // Index in kept of the match ending / starting at each token, or -1 (scratch arrays).
  if (endsAtBuf.length <= T.n) { endsAtBuf = new Int32Array(T.n * 2 + 2); startsAtBuf = new Int32Array(T.n * 2 + 2); }
  const endsAtArr = endsAtBuf;
  const startsAtArr = startsAtBuf;
  endsAtArr.fill(-1, 0, T.n + 1);
  startsAtArr.fill(-1, 0, T.n + 1);
  kept.forEach((c, i) => { endsAtArr[c.tokEnd - 1] = i; startsAtArr[c.tokStart] = i; });
  const endsAt = (k: number): number => (k >= 0 && k <= T.n ? endsAtArr[k]! : -1);
  const startsAt = (k: number): number => (k >= 0 && k <= T.n ? startsAtArr[k]! : -1);
  // 1 accepted, 0 pending, -1 rejected.
  const status: number[] = kept.map((c) => (m.patterns[c.p]!.ambiguous || weakCase.has(c) ? 0 : 1));
  // Links and e-mail addresses are not prose: "…/apply/data-driven-mlops-engineer".
  const urls = linkSpans(line, start);
  kept.forEach((c, i) => {
    const first = T.start[c.tokStart]!;
    const last = T.end[c.tokEnd - 1]!;
    if (urls.some(([a, b]) => first >= a && first < b)) { status[i] = -1; return; }
    // Inside the employer's name and shorter than it: "Scale AI", "Kodiak Robotics"; or the whole
    // name where that is also an ordinary word or a company ("as Anthropic continues to scale" in
    // Anthropic's own posting; Databricks's "experience with Databricks" stays).
    if (masks.some(([a, b]) => first >= a && last <= b && (b - a > last - first || m.patterns[c.p]!.ambiguous))) status[i] = -1;
    // An acronym the posting defines as something else: "… Research Team (DART)" is no Dart.
    if (opts.acronyms) {
      const surface = text.slice(first, last);
      const defined = /^[A-Z]{2,6}s?$/.test(surface) ? opts.acronyms.get(surface.replace(/s$/, '')) : undefined;
      if (defined !== undefined && !namesOf(m, m.patterns[c.p]!.skill).has(defined.spelled) && !stemsOf(m, m.patterns[c.p]!.skill).has(defined.stems)) status[i] = -1;
    }
  });

  // Sentence of every token, computed once and only when an ambiguous name needs it.
  if (sentFromBuf.length < T.n) {
    sentFromBuf = new Int32Array(T.n * 2);
    sentToBuf = new Int32Array(T.n * 2);
  }
  const sentFrom = sentFromBuf;
  const sentTo = sentToBuf;
  let sentencesKnown = false;
  const findSentences = () => {
    if (sentencesKnown) return;
    sentencesKnown = true;
    let a = 0;
    for (let i = 0; i < T.n; i++) {
      if (sentenceEnd(m, T, i, text) || i === T.n - 1) {
        for (let k = a; k <= i; k++) { sentFrom[k] = a; sentTo[k] = i + 1; }
        a = i + 1;
      }
    }
  };
  if (status.includes(0)) findSentences();
  const sentenceBounds = (c: Candidate): [number, number] => [sentFrom[c.tokStart]!, sentTo[c.tokEnd - 1]!];
  // Once per sentence, not once per "CV" in it: a sentence of a thousand CVs stays linear.
  const resumeSentences = new Map<number, boolean>();
  const resumeSentence = (lo: number, hi: number): boolean => {
    let r = resumeSentences.get(lo);
    if (r === undefined) {
      r = RESUME_WORDS.test(text.slice(lo < T.n ? T.start[lo]! : start, hi - 1 >= 0 && hi - 1 < T.n ? T.end[hi - 1]! : end));
      resumeSentences.set(lo, r);
    }
    return r;
  };
  /** Index of the word before token i in [lo, i) across ":" and "(", or -1. */
  const prevWord = (i: number, lo: number): number => {
    for (let k = i - 1; k >= lo; k--) { if (T.kind[k] === Kind.Word) return k; const n = T.norm(k); if (n !== ':' && n !== '(') return -1; }
    return -1;
  };
  /** Index of the word from token i in [i, hi) across ")", or -1. */
  const nextWord = (i: number, hi: number): number => {
    for (let k = i; k < hi; k++) { if (T.kind[k] === Kind.Word) return k; if (T.norm(k) !== ')') return -1; }
    return -1;
  };
  /** Index of a neighbouring match in the same list (only glue between), or -1. */
  const neighbour = (c: Candidate, dir: -1 | 1, lo: number, hi: number): number => {
    let k = dir < 0 ? c.tokStart - 1 : c.tokEnd;
    for (let steps = 0; steps < 5 && k >= lo && k < hi; steps++, k += dir) {
      const hit = dir < 0 ? endsAt(k) : startsAt(k);
      if (hit >= 0) return hit;
      if (!isRule(m, T, k, Rule.ListGlue)) return -1;
    }
    return -1;
  };

  const pairable = (j: number) => j >= 0 && status[j] === 0 && !weakCase.has(kept[j]!) && m.patterns[kept[j]!.p]!.exactCase
    && !NAME_LIKE.has(m.patterns[kept[j]!.p]!.key);
  /** From token k: "(a) (big) plus", "(highly) preferred", "required", "nice to have"… (see ASKED_AS). */
  const askedOf = (k: number, hi: number): boolean => {
    for (let n = 0; n < 3 && k < hi; n++, k++) {
      const w = T.lower(k);
      if (ASKED_AS.has(w)) return true;
      if (!ASK_FILLER.has(w)) return false;
    }
    return false;
  };
  /**
   * Whether the list that token k is a later item of was opened by "e.g." / "i.e." / "such as" /
   * "like" / "including": looking left over items of up to three words and their commas, "and",
   * "or" and slashes, at most eight items back, not past the sentence's start.
   */
  const exampleListed = (k: number, end: number, lo: number, hi: number): boolean => {
    // An item by itself: "synchrotron X-Ray experiments" names no Ray.
    const before = k > lo ? T.norm(k - 1) : undefined;
    const after = end < hi ? T.norm(end) : undefined;
    if (!(before === ',' || before === '/' || before === 'and' || before === 'or')) return false;
    if (after !== undefined && !KIND_ENDS.has(after)) return false;
    // At least one other item between the opener and k (k's own glue is just before it).
    return itemsAfterOpener(T, k, lo, 40, (q) => EXAMPLE_OPENERS.has(T.norm(q))
      || (T.norm(q) === 'as' && q > lo && T.norm(q - 1) === 'such')) > 0;
  };
  /** The one name a short list item is ("- Spark"), or null; looked at once per line. */
  let alone: string | null | undefined;
  const itemAlone = (): string | null => {
    if (alone === undefined) alone = line.length <= 60 ? ITEM_ALONE.exec(line)?.[1] ?? null : null;
    return alone;
  };
  /** Status for pending ambiguous match i: 1 accept, -1 reject, 0 not decided (yet). */
  const decide = (i: number): number => {
    const c = kept[i]!;
    const p = m.patterns[c.p]!;
    const lastEnd = T.end[c.tokEnd - 1]!;
    const key = p.key;
    const [lo, hi] = sentenceBounds(c);
    const bi0 = prevWord(c.tokStart, lo);
    const ai0 = nextWord(c.tokEnd, hi);
    const before = bi0 >= 0 ? T.norm(bi0) : undefined;
    const after = ai0 >= 0 ? T.norm(ai0) : undefined;

    // Hard no's first.
    if (key === 'go') {
      // "Go and Python": a named skill right after "and" makes it a list, not "go and see".
      const next = after === 'and' && ai0 + 1 < hi ? startsAt(ai0 + 1) : -1;
      // …or another capitalised name still undecided ("Go and Rust": the two vouch for each other below).
      const listedOn = next >= 0 && (status[next] === 1 || pairable(next));
      if (text[lastEnd] === '-' || (after !== undefined && GO_NOT_BEFORE.has(after) && !listedOn)) return -1;
      if (before === 'the' || before === 'let' || before === 'lets' || before === 'will' || before === 'to') return -1;
    }
    if (key === 'excel' && after !== undefined && EXCEL_NOT_BEFORE.has(after)) return -1;
    // A word after the form that gives it another sense (see NOT_BEFORE) decides it here too.
    if (after !== undefined && NOT_BEFORE.get(key)?.has(after)) return -1;
    // "Access to GPUs", "data access": the noun, not Microsoft Access (whose name is written capitalised even where a text is not).
    if (key === 'access' && ((after !== undefined && (after === 'to' || after === 'for' || after === 'of')) || text.charCodeAt(T.start[c.tokStart]!) !== 65)) return -1;
    if (key === 'cv') {
      if (resumeSentence(lo, hi)) return -1;
      if (before !== undefined && ['your', 'a', 'an', 'the', 'my', 'our', 'their', 'updated', 'full', 'detailed'].includes(before)) return -1;
    }
    // "Julia Smith", "Ray Kurzweil": a first name before a capitalised word is a person, unless the
    // name ends a list of tools run on into the next capitalised item ("CUDA, and Ray Familiarity with …").
    if (NAME_LIKE.has(key) && ai0 >= 0 && isCapitalised(text, T, ai0) && startsAt(c.tokEnd) < 0) {
      const left = neighbour(c, -1, lo, hi);
      if (!(left >= 0 && status[left] === 1 && ai0 === c.tokEnd && NEXT_ASK.has(T.norm(ai0)))) return -1;
    }
    // "training and optimization", "profiling and optimization tools", "development and
    // optimizations of … models": making software run better, beside the other engineering work.
    if (key === 'optimization' || key === 'optimisation') {
      if (after === 'tool') return -1;
      // The glue before it: "and", "&", "/", ",", ", and", "and/or".
      let g = c.tokStart - 1;
      const glue = (k: number) => k >= lo && (T.norm(k) === 'and' || T.norm(k) === 'or' || T.norm(k) === '&' || T.norm(k) === '/' || T.norm(k) === ',');
      let glued = 0;
      while (glued < 3 && glue(g)) { g--; glued++; }
      if (glued > 0 && g >= lo && T.kind[g] === Kind.Word) {
        if (ENGINEERING_WORK.has(T.norm(g))) return -1;
        // (Not a method whose name ends on such a word: "statistics, experimental design, and optimization".)
        const named = endsAt(g);
        if (ENGINEERING_WORK_OR_METHOD.has(T.norm(g))
          && !(named >= 0 && status[named] === 1 && FIELD_CATEGORIES.has(m.taxonomy.skills[m.patterns[kept[named]!.p]!.skill]!.category))) return -1;
      }
      // "MySQL optimization", "Spark / Kafka optimization": tuning the tool named just before it.
      const tool = endsAt(c.tokStart - 1);
      if (tool >= 0 && TUNED.has(m.taxonomy.skills[m.patterns[kept[tool]!.p]!.skill]!.category)) return -1;
    }
    const notAfter = NOT_AFTER.get(key);
    if (notAfter && before !== undefined && notAfter.has(before)) return -1;
    if (key === 'ai' && before !== undefined && c.tokStart > lo && isCapitalised(text, T, bi0) && !AI_MODIFIERS.has(before)
      && endsAt(c.tokStart - 1) < 0 && c.tokStart - 1 === bi0) {
      // "Scale AI", "Google AI": an organisation, not the field.
      return -1;
    }

    // "Aleph Alpha Research", "Acme Control Systems": a name of several words written in capitals
    // right after another capitalised word inside a sentence is the tail of a proper name.
    if (c.tokEnd - c.tokStart > 1 && bi0 >= 0 && bi0 === c.tokStart - 1 && bi0 > lo && endsAt(bi0) < 0 && isCapitalised(text, T, bi0)) {
      let titled = true;
      for (let k = c.tokStart; k < c.tokEnd && titled; k++) titled = T.kind[k] !== Kind.Word || isCapitalised(text, T, k);
      if (titled && !allCaps) return -1;
    }

    const left = neighbour(c, -1, lo, hi);
    const right = neighbour(c, 1, lo, hi);
    const listed = (left >= 0 && status[left] === 1) || (right >= 0 && status[right] === 1);
    if (listed) return 1;
    // "Rust or Go": two capitalised names listed together vouch for each other.
    if (p.exactCase && !weakCase.has(c) && !NAME_LIKE.has(key) && !allCaps && (pairable(left) || pairable(right))) return 1;
    // The title vouches for it (after the hard no's above: "on the go" stays ordinary English).
    if (opts.vouched?.has(p.skill) && !allCaps) return 1;
    if (allCaps || weakCase.has(c)) return 0; // headings in capitals, lower-case "spark": only a list counts
    // "- Spark" as a list item of its own, in its own case: a list names the tool alone.
    if (p.exactCase && itemAlone() === text.slice(T.start[c.tokStart]!, lastEnd)) return 1;
    // "Excel: 1 year (Preferred)": a job board's experience list, one tool per line with its years.
    if (p.exactCase && EXPERIENCE_ITEM.test(text.slice(lastEnd, lastEnd + 24)) && /^\s*(?:[-*•·▪●◦–]\s*)?$/.test(text.slice(start, T.start[c.tokStart]!))) return 1;

    const short = key.replace(/[^a-z]/g, '').length <= 2;
    const nameLike = NAME_LIKE.has(key);
    let atSentenceStart = true;
    for (let k = c.tokStart - 1; k >= lo; k--) if (T.kind[k] !== Kind.Punct) { atSentenceStart = false; break; }

    // Acronyms in capitals (GIS, SAS, AI, DFT) are technical by themselves, except CV (a résumé)
    // and XP (experience points, Windows XP: Extreme Programming only among other practices).
    if (/^[A-Z]{2,}$/.test(p.form) && key !== 'cv' && key !== 'xp' && p.exactCase) return 1;

    let cue = false;
    if (before !== undefined) {
      if (CUE_BEFORE.has(before)) cue = true;
      else if (before === 'of' || before === 'to') {
        let bi = c.tokStart - 1;
        while (bi > lo && bi !== bi0) bi--;
        const b2 = prevWord(bi, lo);
        if (b2 >= 0 && (before === 'of' ? CUE_OF : CUE_TO).has(T.norm(b2))) cue = true;
      }
    }
    if (after !== undefined && CUE_AFTER.has(after)) cue = true;
    if (cue && !(atSentenceStart && after === undefined)) return 1;
    // "(e.g., CSV, JSON, Parquet)", "tools such as Looker, Segment": a later item of a list of
    // examples, written in its own case, is named as an example whatever the other items are.
    if (p.exactCase && exampleListed(c.tokStart, c.tokEnd, lo, hi)) return 1;
    // "R is a plus", "Go is preferred", "Scala is nice to have": the name is what the posting
    // asks for or would like, as the subject of the ask.
    if ((after === 'is' || after === 'are') && askedOf(ai0 + 1, hi)) return 1;
    if (short || nameLike) return 0;
    if (atSentenceStart && p.exactCase) return 0; // "Spark innovation…", "Rust never sleeps"
    // Anything else: another technical name close by in the same sentence.
    // kept is in text order: look outwards from i while still close.
    for (let j = i - 1; j >= 0 && c.tokStart - kept[j]!.tokEnd <= 12; j--) {
      if (status[j] === 1 && kept[j]!.tokStart >= lo) return 1;
    }
    for (let j = i + 1; j < kept.length && kept[j]!.tokStart - c.tokEnd <= 12; j++) {
      if (status[j] === 1 && kept[j]!.tokEnd <= hi) return 1;
    }
    return 0;
  };
  if (status.includes(0)) {
    for (let round = 0; round < 3; round++) {
      let changed = false;
      for (let i = 0; i < kept.length; i++) {
        if (status[i] !== 0) continue;
        const d = decide(i);
        if (d !== 0) { status[i] = d; changed = true; }
      }
      if (!changed) break;
    }
  }

  // "The AI and Data Science team", "our computational biology group": names of teams, not asks.
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    let k = kept[i]!.tokEnd;
    // "…, and platform teams": the last item of the list names the kind of thing listed.
    if (normAt(k) === ',') k++;
    if (normAt(k) === 'and' || normAt(k) === 'or') {
      const w = k + 1;
      if (w < T.n && T.kind[w] === Kind.Word && startsAt(k + 1) < 0 && /^[a-z]+$/.test(text.slice(T.start[w]!, T.end[w]!))) k += 2;
      else k = kept[i]!.tokEnd;
    } else if (k !== kept[i]!.tokEnd) k = kept[i]!.tokEnd;
    let mods = 0;
    while (k < T.n && mods < 2 && isRule(m, T, k, Rule.TeamModifier)) { k++; mods++; }
    if (k >= T.n || !isRule(m, T, k, Rule.TeamWord)) continue;
    // "the Data & AI practice" is a team; "version control and deployment practices" are ways of working.
    if (T.lower(k) === 'practices') continue;
    status[i] = -1;
    // …and the names listed with it: "Data Science & AI group".
    for (let j = i - 1; j >= 0; j--) {
      const from = kept[j]!.tokEnd;
      const to = kept[j + 1]!.tokStart;
      let glued = to - from <= 2;
      for (let g = from; glued && g < to; g++) { const n = T.norm(g); glued = n === 'and' || n === ',' || n === '/'; }
      if (!glued) break;
      status[j] = -1;
    }
  }
  // "Partner with Product, Data Science, and Engineering": a field listed beside departments,
  // after words of working with others, names the people in that department, not a skill; so
  // does any field in a list of an organisation's units ("departments including paleontology,
  // molecular and evolutionary biology, zoology and botany").
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    const c = kept[i]!;
    const besideDepartment = department(T, taken, c.tokStart - 1, -1) || department(T, taken, c.tokEnd, 1);
    if ((besideDepartment && listedAfter(T, text, start, c.tokStart, WITH_OTHERS)) || listedAfter(T, text, start, c.tokStart, UNITS_LISTED)) status[i] = -1;
  }
  // "an AI-first startup", "an analytics-driven culture": a name made into an adjective for the
  // employer describes the employer, it does not ask for the field.
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    const nx = kept[i]!.tokEnd;
    if (nx + 1 < T.n && T.kind[nx] === Kind.Word && text.charCodeAt(T.start[nx]! - 1) === 45 /* - */ && T.start[nx]! - 1 === T.end[nx - 1]!
      && DESCRIBING.has(T.norm(nx)) && (isRule(m, T, nx + 1, Rule.TeamWord) || CULTURE.has(T.norm(nx + 1)))) status[i] = -1;
  }
  // "regression testing" is software QA, not statistics; "performance regressions" are bugs.
  for (let i = 0; i < kept.length; i++) {
    if (status[i] !== 1) continue;
    const key = m.patterns[kept[i]!.p]!.key;
    const blocked = NOT_BEFORE.get(key);
    const nx = kept[i]!.tokEnd;
    if (blocked && nx < T.n && blocked.has(T.norm(nx))) status[i] = -1;
    // "performance regressions", "model optimization": the word before gives any form of the name another sense.
    const pv = kept[i]!.tokStart - 1;
    if (pv >= 0 && T.kind[pv] === Kind.Word && NOT_AFTER.get(key)?.has(T.norm(pv))) status[i] = -1;
  }
  // The employer's notice on applicants' data tells, it asks for nothing: "GDPR" or "data
  // protection" in it is not a skill asked for (a sentence asking for knowledge or experience of
  // them is not a notice).
  if (status.includes(1) && isNotice(line)) {
    findSentences();
    const notice = new Map<number, boolean>();
    for (let i = 0; i < kept.length; i++) {
      if (status[i] !== 1) continue;
      const [lo, hi] = sentenceBounds(kept[i]!);
      let is = notice.get(lo);
      if (is === undefined) {
        const said = text.slice(T.start[lo]!, T.end[hi - 1]!);
        is = isNotice(said) && !ASKING.test(said);
        notice.set(lo, is);
      }
      if (is) status[i] = -1;
    }
  }

  // "predictive and causal modeling", "supervised and unsupervised learning": the shared head
  // noun belongs to each word before it. A word before the "and" may be the tail of a hyphenated
  // compound ("semi-supervised or supervised learning": "supervised" there is part of
  // "semi-supervised", never supervised learning) or a prefix left dangling ("semi- and
  // self-supervised learning"): the compound as a whole takes the head, in place of c's first
  // word ("semi-supervised" + "learning") or of as many of c's words ("self-supervised,
  // semi-supervised and weakly supervised learning").
  const extra: Candidate[] = [];
  const hyphenJoined = (a: number) => a > 0 && T.start[a]! === T.end[a - 1]! + 1 && text.charCodeAt(T.end[a - 1]!) === 45
    && T.kind[a - 1] === Kind.Word;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (status[i] !== 1 || c.tokEnd - c.tokStart < 2 || m.patterns[c.p]!.ambiguous) continue;
    const g = normAt(c.tokStart - 1);
    if (g !== 'and' && g !== 'or' && g !== '/' && g !== ',') continue;
    let k = c.tokStart;
    // "categorical data, linear models": a comma alone parts items of a list, each with its own
    // head; only a list joined by "and" / "or" (or a slash) shares the last one's
    // ("supervised, semi-supervised and unsupervised learning").
    const shared: Candidate[] = [];
    let joined = false;
    // One word of the list that makes no name with the head is stepped over, the items before it
    // still take it: "supervised, unsupervised, reinforced and deep learning".
    let stepped = false;
    for (let steps = 0; steps < 4; steps++) {
      const glue = k >= 1 ? T.norm(k - 1) : '';
      if (glue !== 'and' && glue !== 'or' && glue !== '/' && glue !== ',') break;
      if (glue !== ',') joined = true;
      let last = k - 2;
      // "Google and/or Adobe Analytics": "and/or" is one glue of three tokens.
      if (glue === 'or' && last >= 2 && T.norm(last) === '/' && T.norm(last - 1) === 'and') last -= 2;
      // "high performance, parallel, or distributed computing": a comma before the last "and" / "or".
      else if ((glue === 'or' || glue === 'and') && last >= 1 && T.norm(last) === ',') last -= 1;
      // "semi- and": the hyphen is a token of its own when no word follows it.
      if (last >= 1 && T.kind[last] !== Kind.Word && T.norm(last) === '-' && T.start[last]! === T.end[last - 1]!) last--;
      if (last < 0 || T.kind[last] !== Kind.Word || taken[last]) break;
      let first = hyphenJoined(last) && !taken[last - 1] ? last - 1 : last;
      const words = last - first + 1;
      let pi: number | undefined;
      // "relational and non-relational (non relational) databases": the word a "non" negates goes with the prefix.
      const negated = T.norm(c.tokStart) === 'non' && c.tokStart + 1 < c.tokEnd && T.kind[c.tokStart + 1] === Kind.Word;
      /** The name the words [from, last] make with c's words from c.tokStart + skip on, if any. */
      const named = (from: number, skip: number): number | undefined => {
        if (skip >= c.tokEnd - c.tokStart) return undefined;
        let node = 0;
        for (let t = from; t <= last && (t === from || node !== 0); t++) node = T.id[t]! >= 0 ? m.automaton.edge(node, T.id[t]!) : 0;
        for (let t = c.tokStart + skip; node !== 0 && t < c.tokEnd; t++) node = m.automaton.edge(node, T.id[t]!);
        return node !== 0 && m.out[node]! >= 0 ? m.out[node]! : undefined;
      };
      // "functional and object-oriented programming": the last word alone may be the shared head.
      const headOnly = c.tokEnd - c.tokStart - 1;
      for (const skip of words > 1 ? [1, words] : negated ? [1, 2] : headOnly > 1 ? [1, headOnly] : [1]) if ((pi = named(first, skip)) !== undefined) break;
      // "Natural language and speech processing": two words may take the head where one does not.
      if (pi === undefined && words === 1 && last >= 1 && T.kind[last - 1] === Kind.Word && !taken[last - 1]
        && (pi = named(last - 1, 1)) !== undefined) first = last - 1;
      if (pi === undefined && !stepped && words === 1 && T.id[last]! < 0 && last >= 1 && T.norm(last - 1) === ',') {
        stepped = true;
        k = first;
        continue;
      }
      if (pi === undefined || m.patterns[pi]!.ambiguous) break;
      shared.push({ p: pi, tokStart: first, tokEnd: last + 1 });
      k = first;
    }
    if (joined) extra.push(...shared);
  }

  firstPairHeads(m, T, taken, kept, startsAt, extra);

  // "machine learning algorithms (supervised and unsupervised)", "ML: supervised, unsupervised":
  // the kinds listed right after a field of learning are that learning ("supervised learning").
  const learning = m.vocab.get('learning');
  for (let i = 0; i < kept.length && learning >= 0; i++) {
    const c = kept[i]!;
    if (status[i] !== 1 || !LEARNING_FIELDS.has(m.taxonomy.skills[m.patterns[c.p]!.skill]!.id)) continue;
    let k = c.tokEnd;
    // Past the field's own noun ("algorithms", "techniques") to the bracket, colon or comma.
    if (k < T.n && T.kind[k] === Kind.Word && LEARNING_NOUNS.has(T.norm(k))) k++;
    const open = normAt(k);
    if (open !== '(' && open !== ':' && open !== ',' && open !== '-') continue;
    k++;
    for (let steps = 0; steps < 4 && k < T.n && T.kind[k] === Kind.Word && !taken[k]; steps++) {
      let node = T.id[k]! >= 0 ? m.automaton.edge(0, T.id[k]!) : 0;
      if (node !== 0) node = m.automaton.edge(node, learning);
      const pi = node !== 0 ? m.out[node]! : -1;
      if (pi < 0 || m.patterns[pi]!.ambiguous) break;
      // The adjective alone, as a list item: "Machine learning, transfer of knowledge" names none.
      const glue = normAt(k + 1);
      if (glue !== undefined && !KIND_ENDS.has(glue)) break;
      extra.push({ p: pi, tokStart: k, tokEnd: k + 1 });
      if (glue !== ',' && glue !== 'and' && glue !== 'or' && glue !== '/') break;
      k += 2;
      if (normAt(k) === 'and' || normAt(k) === 'or') k++;
    }
  }

  return { status, extra };
}

/** Words that open a list of examples. */
const EXAMPLE_OPENERS = new Set(['eg', 'ie', 'like', 'including']);
/** Fields of learning whose kinds a list after them names by their adjective alone. */
const LEARNING_FIELDS = new Set(['machine-learning', 'deep-learning']);
/** What may follow a kind named by its adjective alone: the list's glue or its end. */
const KIND_ENDS = new Set([',', 'and', 'or', '/', ')', ';', '.', ':', '\n']);
/** The field's own noun before such a list: "machine learning algorithms (supervised …)". */
const LEARNING_NOUNS = new Set(['algorithm', 'technique', 'method', 'model', 'approach', 'paradigm', 'type']);

/**
 * firstPairHeads on a line where the automaton found no name ("functional and reactive
 * programming"): there only in lower case, where a unit's or a group's name in capitals
 * ("Directorate: Earth & Biological Sciences") names no skill.
 */
export function pairHeadsAlone(m: Matcher, T: Tokens, text: string): Candidate[] {
  const out: Candidate[] = [];
  if (T.n < 4) return out;
  if (NO_TAKEN.length < T.n) NO_TAKEN = new Uint8Array(T.n * 2);
  firstPairHeads(m, T, NO_TAKEN, [], () => -1, out);
  return out.filter((c) => {
    for (let k = c.tokStart; k < c.tokEnd; k++) {
      const ch = text.charCodeAt(T.start[k]!);
      if (ch < 97 || ch > 122) return false;
    }
    return true;
  });
}
let NO_TAKEN = new Uint8Array(256);

/**
 * "Agile and Lean methodologies", "code and design reviews": the head after the second word names a
 * skill with the word before the "and" as well, where the second pair names none (so the shared-head
 * rule in resolve, which starts from that second name, never sees it). One look-up of two tokens
 * per "and" / "or", on a line that holds a name (on the others, "Directorate: Earth & Biological
 * Sciences" cost more than it found). Not across "/": a "mathematical/statistical programming
 * package" is software, not mathematical programming. `taken` marks the tokens inside the line's
 * names; the first word may be such a name only when it is one ambiguous word ("Agile"). A plural
 * first word or a participle in the second slot stops it.
 */
function firstPairHeads(m: Matcher, T: Tokens, taken: Uint8Array, kept: readonly Candidate[],
  startsAt: (k: number) => number, out: Candidate[]): void {
  // "and" / "or" by their ids where the vocabulary has them: no word's string is made to compare.
  const andId = m.vocab.get('and');
  const orId = m.vocab.get('or');
  const byId = andId >= 0 && orId >= 0;
  for (let q = 1; q + 2 < T.n; q++) {
    if (byId) {
      const id = T.id[q]!;
      if (id !== andId && id !== orId) continue;
    } else {
      const g = T.norm(q);
      if (g !== 'and' && g !== 'or') continue;
    }
    const a = q - 1;
    const h = q + 2;
    if (T.kind[a] !== Kind.Word || T.kind[q + 1] !== Kind.Word || T.kind[h] !== Kind.Word) continue;
    if (taken[q + 1] || taken[h]) continue;
    // A plural first word ends a phrase of its own ("models and associated training stacks"), and a
    // participle in the second slot describes the head rather than naming a kind of it.
    if (T.lower(a) !== T.norm(a) || /(?:ed|ing)$/.test(T.lower(q + 1))) continue;
    // "Collect data and train models": two orders, each with its object; "data" heads no models.
    if (baseVerb(m.concepts, T, a - 1) && baseVerb(m.concepts, T, q + 1)) continue;
    const own = startsAt(a);
    if (taken[a] && !(own >= 0 && kept[own]!.tokEnd === a + 1 && m.patterns[kept[own]!.p]!.ambiguous)) continue;
    const ia = T.id[a]!;
    const ih = T.id[h]!;
    if (ia < 0 || ih < 0) continue;
    const first = m.automaton.edge(0, ia);
    const node = first === 0 ? 0 : m.automaton.edge(first, ih);
    const pi = node === 0 ? -1 : m.out[node]!;
    if (pi < 0 || m.patterns[pi]!.ambiguous) continue;
    out.push({ p: pi, tokStart: a, tokEnd: h + 1 });
  }
}

// Compiled ahead of the first listing that needs them (regexps.ts).
registerRegexps(ACRONYM_DEFINED, EXPERIENCE_ITEM, ITEM_ALONE, URLS, RESUME_WORDS, NOTICE, APPLICANT_DATA, APPLYING, EMPLOYER_USES, HIRING_STEP, ASKING, WITH_OTHERS, UNITS_LISTED);
