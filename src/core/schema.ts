// The one place where every type that crosses a boundary is defined: data files,
// storage records, messages, and the CLI's JSON. Types are inferred, never written twice.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase kebab-case id');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

// ---------- taxonomy (data/skills.json) ----------
export const SkillCategory = z.enum([
  'language', 'framework', 'tool', 'cloud', 'mlops', 'data-engineering', 'method', 'math', 'domain',
]);
export const SkillDef = z.strictObject({
  id,
  name: z.string().min(1),
  category: SkillCategory,
  aliases: z.array(z.string().min(1)),
  implies: z.array(id),
  /** Surface forms that are also ordinary words or letters and need a technical context. */
  ambiguous: z.array(z.string().min(1)).optional(),
});
export const Taxonomy = z.strictObject({
  version: z.literal(1),
  skills: z.array(SkillDef).min(1),
});
export type SkillCategory = z.infer<typeof SkillCategory>;
export type SkillDef = z.infer<typeof SkillDef>;
export type Taxonomy = z.infer<typeof Taxonomy>;

// ---------- listing (what a site adapter reads) ----------
export const Board = z.enum([
  'linkedin', 'indeed', 'greenhouse', 'lever', 'workday', 'ashby', 'wellfound', 'glassdoor', 'generic',
]);
export type Board = z.infer<typeof Board>;

/** Hard cap on listing text: a hostile or broken page cannot make us hold more. */
export const MAX_LISTING_TEXT = 200_000;

export const Listing = z.strictObject({
  source: Board,
  url: z.string().url().max(4096),
  jobId: z.string().min(1).max(200),
  title: z.string().max(500).nullable(),
  company: z.string().max(300).nullable(),
  location: z.string().max(300).nullable(),
  text: z.string().min(1).max(MAX_LISTING_TEXT),
});
export type Listing = z.infer<typeof Listing>;

// ---------- requirements (what extraction reads from a posting) ----------
export const Section = z.enum(['required', 'preferred', 'other']);
export type Section = z.infer<typeof Section>;
export const DegreeLevel = z.enum(['bachelor', 'master', 'phd']);
export type DegreeLevel = z.infer<typeof DegreeLevel>;
export const Seniority = z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager']);
export type Seniority = z.infer<typeof Seniority>;

export const SkillHit = z.strictObject({
  id,
  name: z.string(),
  category: SkillCategory,
  section: Section,
  /** Exact strings found in the text, in order of first appearance, without repeats. */
  mentions: z.array(z.string()),
  /** Id of an either-or group ("PyTorch or TensorFlow"); null when the skill stands alone. */
  group: z.string().nullable(),
});
export type SkillHit = z.infer<typeof SkillHit>;

export const Requirements = z.strictObject({
  skills: z.array(SkillHit),
  years: z.strictObject({ min: z.number().min(0).max(50), max: z.number().nullable(), section: Section }).nullable(),
  degree: z.strictObject({
    level: DegreeLevel,
    section: Section,
    field: z.string().nullable(),
    equivalentExperience: z.boolean(),
  }).nullable(),
  seniority: Seniority.nullable(),
});
export type Requirements = z.infer<typeof Requirements>;

// ---------- profile ----------
export const SkillLevel = z.enum(['learning', 'working', 'strong']);
export type SkillLevel = z.infer<typeof SkillLevel>;
export const Background = z.enum([
  'life-sciences', 'physics', 'chemistry', 'maths-statistics', 'software-engineering', 'data-analysis', 'product', 'other',
]);
export type Background = z.infer<typeof Background>;
export const TargetRole = z.enum([
  'ml-engineer', 'data-scientist', 'research-scientist', 'applied-scientist', 'mlops-engineer',
  'computational-biologist', 'data-analyst', 'ml-product-manager', 'data-engineer',
]);
export type TargetRole = z.infer<typeof TargetRole>;
export const EducationLevel = z.enum(['none', 'bachelor', 'master', 'phd']);
export type EducationLevel = z.infer<typeof EducationLevel>;
export const Budget = z.enum(['free', 'low', 'high']);
export type Budget = z.infer<typeof Budget>;

export const PROFILE_VERSION = 2;
export const Profile = z.strictObject({
  version: z.literal(PROFILE_VERSION),
  skills: z.array(z.strictObject({ id, level: SkillLevel })).max(1000),
  education: z.strictObject({ level: EducationLevel, field: z.string().max(120) }),
  years: z.number().min(0).max(60),
  background: Background,
  targets: z.array(TargetRole).max(9),
  domains: z.array(z.string().min(1).max(60)).max(30),
  constraints: z.strictObject({
    hoursPerWeek: z.number().int().min(1).max(80),
    budget: Budget,
    fullTimeStudy: z.boolean(),
    relocation: z.boolean(),
  }),
  updated: z.number().int().nonnegative(),
});
export type Profile = z.infer<typeof Profile>;

/** Version 1 (first release): skills were a plain list of ids, education a single level. */
export const ProfileV1 = z.strictObject({
  version: z.literal(1),
  skills: z.array(id),
  degree: EducationLevel,
  field: z.string().optional(),
  years: z.number().min(0).max(60),
  background: Background,
  targets: z.array(TargetRole),
});

/** The file users export and import. */
export const ProfileFile = z.strictObject({
  format: z.literal('gaplens-profile'),
  exported: z.string(),
  profile: Profile,
});
export type ProfileFile = z.infer<typeof ProfileFile>;

// ---------- gap ----------
export const SkillRef = z.strictObject({ id, name: z.string() });
export type SkillRef = z.infer<typeof SkillRef>;
export const HaveRef = z.strictObject({
  id,
  name: z.string(),
  level: SkillLevel,
  /** Set when the profile does not list this skill but a listed skill implies it. */
  via: z.string().nullable(),
  credit: z.number().min(0).max(1),
});
export type HaveRef = z.infer<typeof HaveRef>;

export const Gap = z.strictObject({
  score: z.number().min(0).max(1),
  required: z.strictObject({ have: z.array(HaveRef), missing: z.array(SkillRef) }),
  preferred: z.strictObject({ have: z.array(HaveRef), missing: z.array(SkillRef) }),
  groups: z.array(z.strictObject({
    id: z.string(), section: Section, options: z.array(SkillRef), metBy: z.string().nullable(),
  })),
  years: z.strictObject({
    required: z.number(), have: z.number(), status: z.enum(['meets', 'short', 'waived']), shortBy: z.number(),
  }).nullable(),
  degree: z.strictObject({
    level: DegreeLevel, section: Section, have: EducationLevel, status: z.enum(['meets', 'short', 'waived']),
  }).nullable(),
  explain: z.strictObject({
    requiredCredit: z.number(), requiredTotal: z.number(),
    preferredCredit: z.number(), preferredTotal: z.number(),
    weights: z.strictObject({ required: z.number(), preferred: z.number(), flags: z.number() }),
    flagPenalty: z.number(),
  }),
});
export type Gap = z.infer<typeof Gap>;

// ---------- curated paths (data/paths.json) ----------
export const StepKind = z.enum([
  'course', 'degree', 'bootcamp', 'fellowship', 'residency', 'postdoc', 'project', 'paper-replication',
  'competition', 'volunteer-research', 'open-source', 'community', 'internal-move', 'job-step', 'networking', 'self-study',
]);
export type StepKind = z.infer<typeof StepKind>;
export const Step = z.strictObject({
  id,
  kind: StepKind,
  title: z.string().min(1),
  summary: z.string().min(10).max(400),
  skills: z.array(id),
  backgrounds: z.array(Background).min(1),
  targets: z.array(TargetRole).min(1),
  effort: z.strictObject({ weeks: z.number().int().min(1), hoursPerWeek: z.number().int().min(1).max(80) }),
  cost: z.enum(['free', 'low', 'high', 'stipend']),
  format: z.enum(['online-self-paced', 'online-cohort', 'in-person', 'hybrid', 'on-the-job', 'self-directed']),
  status: z.enum(['active', 'ended', 'unknown']),
  checked: yearMonth,
  statusNote: z.string().nullable(),
  sources: z.array(z.string().min(1)).min(1),
});
export type Step = z.infer<typeof Step>;
export const CareerPath = z.strictObject({
  id,
  title: z.string(),
  from: z.array(Background).min(1),
  to: z.array(TargetRole).min(1),
  summary: z.string(),
  steps: z.array(z.strictObject({ step: id, why: z.string().min(5) })).min(2),
});
export type CareerPath = z.infer<typeof CareerPath>;
export const Paths = z.strictObject({
  version: z.literal(1),
  checked: yearMonth,
  steps: z.array(Step),
  paths: z.array(CareerPath),
});
export type Paths = z.infer<typeof Paths>;

export const Advice = z.strictObject({
  id, title: z.string(), kind: StepKind, why: z.string(), sources: z.array(z.string()),
  effort: Step.shape.effort, cost: Step.shape.cost, score: z.number(), covers: z.array(SkillRef),
});
export type Advice = z.infer<typeof Advice>;

// ---------- settings, history ----------
export const Settings = z.strictObject({
  boards: z.record(Board, z.boolean()),
  cardBadges: z.boolean(),
  onboarded: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const HistoryEntry = z.strictObject({
  key: z.string(),
  source: Board,
  jobId: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  seen: z.number().int(),
  hash: z.string(),
  /** A compact copy of the listing's requirements, enough for the market radar. */
  required: z.array(id),
  preferred: z.array(id),
  groups: z.array(z.array(id)),
  years: z.number().nullable(),
  degree: DegreeLevel.nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
