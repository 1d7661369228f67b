// The one place where every type that crosses a boundary is defined: data files,
// storage records, messages, and the CLI's JSON. Types are inferred, never written twice.
// The types a content script sends or receives are written in wire.ts (Zod Mini, so the
// content script stays small) and re-exported here; everything else is built on them.
import { z } from 'zod';
import { lazy } from './lazy';
import {
  Board, DegreeLevel, EducationLevel, Id as id, ListingAction, ListingKey, NeverWords, ReadVia, SkillCategory, SkillLevel, SkillRef,
} from './wire';

export { Id } from './wire';
export {
  AppliedCorrection, CorrectionChange, ListingAction, ListingKey, Board, DegreeLevel, EducationLevel, Gap, HaveRef, Listing, ListingMeta, MAX_LISTING_TEXT, ReadVia, Requirements, Section,
  Seniority, Settings, SkillCategory, SkillHit, SkillLevel, SkillRef,
} from './wire';
const yearMonth = lazy(() => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'));

// ---------- taxonomy (data/skills.json) ----------
export const SkillDef = lazy(() => z.strictObject({
  id,
  name: z.string().min(1),
  category: SkillCategory,
  aliases: z.array(z.string().min(1)),
  implies: z.array(id),
  /** Surface forms that are also ordinary words or letters and need a technical context. */
  ambiguous: z.array(z.string().min(1)).optional(),
}));
export const Taxonomy = lazy(() => z.strictObject({
  version: z.literal(1),
  skills: z.array(SkillDef).min(1),
}));
export type SkillDef = z.infer<typeof SkillDef>;
export type Taxonomy = z.infer<typeof Taxonomy>;

// ---------- profile ----------
export const Background = lazy(() => z.enum([
  'life-sciences', 'physics', 'chemistry', 'maths-statistics', 'software-engineering', 'data-analysis', 'product', 'other',
]));
export type Background = z.infer<typeof Background>;
export const TargetRole = lazy(() => z.enum([
  'ml-engineer', 'data-scientist', 'research-scientist', 'applied-scientist', 'mlops-engineer',
  'computational-biologist', 'data-analyst', 'ml-product-manager', 'data-engineer',
]));
export type TargetRole = z.infer<typeof TargetRole>;
export const Budget = lazy(() => z.enum(['free', 'low', 'high']));
export type Budget = z.infer<typeof Budget>;

/**
 * A skill the user added that the taxonomy lacks ("GraphPad Prism"): its id is "x-" and the
 * name in kebab case, and postings are searched for its name from then on (core/custom.ts).
 */
export const CustomSkill = lazy(() => z.strictObject({
  id: z.string().regex(/^x-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a custom skill id: "x-" and the name in kebab case').max(64),
  name: z.string().trim().min(2).max(60),
}));
export type CustomSkill = z.infer<typeof CustomSkill>;

export const PROFILE_VERSION = 2;
export const Profile = lazy(() => z.strictObject({
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
  /** A curated path (data/paths.json id) the user picked in the popup; absent or null: the one for their background and targets. */
  path: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100).nullable().optional(),
  updated: z.number().int().nonnegative(),
  /** The user's own skills outside the taxonomy (absent in profiles from before they existed). */
  custom: z.array(CustomSkill).max(200).optional(),
}));
export type Profile = z.infer<typeof Profile>;

/** Version 1 (first release): skills were a plain list of ids, education a single level. */
export const ProfileV1 = lazy(() => z.strictObject({
  version: z.literal(1),
  skills: z.array(id),
  degree: EducationLevel,
  field: z.string().optional(),
  years: z.number().min(0).max(60),
  background: Background,
  targets: z.array(TargetRole),
}));

// ---------- corrections (the user's answers to what GapLens read; core/corrections.ts) ----------
export const CORRECTIONS_VERSION = 1;
const at = lazy(() => z.number().int().nonnegative());
export const ListingOverride = lazy(() => z.strictObject({ listing: ListingKey, skill: id, action: ListingAction, at }));
export type ListingOverride = z.infer<typeof ListingOverride>;
export const NeverRule = lazy(() => z.strictObject({ words: NeverWords, skill: id, at }));
export type NeverRule = z.infer<typeof NeverRule>;
export const Corrections = lazy(() => z.strictObject({
  version: z.literal(CORRECTIONS_VERSION),
  /** At most one per (listing, skill): a newer override replaces the older. */
  listings: z.array(ListingOverride).max(5000),
  /** At most one per (words, skill). */
  never: z.array(NeverRule).max(1000),
}));
export type Corrections = z.infer<typeof Corrections>;

// ---------- the user's plan (next steps started, done, or not for them; core/plan.ts) ----------
export const PLAN_VERSION = 1;
/** started: in "My plan"; done: finished (no longer suggested); dismissed: "Not for me" (no longer suggested). */
export const PlanState = lazy(() => z.enum(['started', 'done', 'dismissed']));
export type PlanState = z.infer<typeof PlanState>;
export const PlanEntry = lazy(() => z.strictObject({
  /** A step id of data/paths.json. */
  step: id,
  state: PlanState,
  /** When the state was last set (ms since 1970): the newer wins when two records meet. */
  at,
  /** When the step was started; null when it never was (done or dismissed straight away). */
  started: at.nullable(),
}));
export type PlanEntry = z.infer<typeof PlanEntry>;
export const Plan = lazy(() => z.strictObject({
  version: z.literal(PLAN_VERSION),
  /** At most one entry per step. */
  steps: z.array(PlanEntry).max(2000),
}));
export type Plan = z.infer<typeof Plan>;
/**
 * One change to the plan: the user sets a step's state (null takes it out of the plan), or an
 * undo puts back the entry exactly as it was (null: there was none).
 */
export const PlanChange = lazy(() => z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set'), step: id, state: PlanState.nullable() }),
  z.strictObject({ kind: z.literal('restore'), step: id, entry: PlanEntry.nullable() }),
]));
export type PlanChange = z.infer<typeof PlanChange>;

/**
 * The file users export and import. `corrections` is absent in files from before corrections
 * existed, `plan` in files from before the plan existed.
 */
export const ProfileFile = lazy(() => z.strictObject({
  format: z.literal('gaplens-profile'),
  exported: z.string(),
  profile: Profile,
  corrections: Corrections.optional(),
  plan: Plan.optional(),
}));
export type ProfileFile = z.infer<typeof ProfileFile>;

// ---------- curated paths (data/paths.json) ----------
export const StepKind = lazy(() => z.enum([
  'course', 'degree', 'bootcamp', 'fellowship', 'residency', 'postdoc', 'project', 'paper-replication',
  'competition', 'volunteer-research', 'open-source', 'community', 'internal-move', 'job-step', 'networking', 'self-study',
]));
export type StepKind = z.infer<typeof StepKind>;
export const Step = lazy(() => z.strictObject({
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
}));
export type Step = z.infer<typeof Step>;
export const CareerPath = lazy(() => z.strictObject({
  id,
  title: z.string(),
  from: z.array(Background).min(1),
  to: z.array(TargetRole).min(1),
  summary: z.string(),
  steps: z.array(z.strictObject({ step: id, why: z.string().min(5) })).min(2),
}));
export type CareerPath = z.infer<typeof CareerPath>;
export const Paths = lazy(() => z.strictObject({
  version: z.literal(1),
  checked: yearMonth,
  steps: z.array(Step),
  paths: z.array(CareerPath),
}));
export type Paths = z.infer<typeof Paths>;

export const Advice = lazy(() => z.strictObject({
  id, title: z.string(), kind: StepKind, why: z.string(), sources: z.array(z.string()),
  effort: Step.shape.effort, cost: Step.shape.cost, score: z.number(), covers: z.array(SkillRef),
  /** Ended programmes are never advised; "unknown" ones carry the reason to check. */
  status: z.enum(['active', 'unknown']), statusNote: z.string().nullable(),
}));
export type Advice = z.infer<typeof Advice>;

// ---------- history ----------
export const HistoryEntry = lazy(() => z.strictObject({
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
  degree: z.nullable(DegreeLevel),
  /** How the listing was read (adapter, JSON-LD, generic): the options page shows it per board. */
  via: z.optional(ReadVia),
}));
export type HistoryEntry = z.infer<typeof HistoryEntry>;
