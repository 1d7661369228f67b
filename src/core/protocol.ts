// The message protocol: one map from message name to who may send it, the request
// schema and the response schema. Both the router (background) and every caller
// (content script, popup, options) use this map, so a payload that drifts from it is
// caught at the boundary on either side. The messages a content script may send, and the
// envelope, reply and push, are in wire.ts (Zod Mini); this map spreads them in.
import { z } from 'zod';
import { lazy } from './lazy';
import { Analysis, contentProtocol, Nothing as nothing, Ok as ok, type MessageSpec } from './wire';
import {
  Advice, AppliedCorrection, Board, CareerPath, Corrections, Gap, HistoryEntry, Id, MAX_LISTING_TEXT, Plan, PlanChange, PlanEntry, Profile, Requirements, Settings, SkillLevel, SkillRef, Step, TargetRole,
} from './schema';

export {
  Analysis, CardResult, contentProtocol, PillView, Envelope, ErrorCode, Push, Reply, type MessageSpec, type SenderKind,
} from './wire';

/** A stored record that failed validation, kept intact under its own storage key (`id`). */
export const SetAsideRecord = lazy(() => z.strictObject({
  id: z.string(), key: z.string(), original: z.string(), reason: z.string(), at: z.number(),
}));
export type SetAsideRecord = z.infer<typeof SetAsideRecord>;

export const RadarFilter = lazy(() => z.strictObject({
  board: z.nullable(Board),
  keyword: z.string().max(100),
  days: z.number().int().min(1).max(3650).nullable(),
  /** Only listings whose title is one of these roles (core/roles.ts); absent or empty: every listing. */
  roles: z.array(TargetRole).max(9).optional(),
}));
export type RadarFilter = z.infer<typeof RadarFilter>;

export const RadarSkill = lazy(() => z.strictObject({
  id: z.string(), name: z.string(), required: z.number(), preferred: z.number(), weight: z.number(),
}));
export const Radar = lazy(() => z.strictObject({
  listings: z.number(),
  /** Listings whose requirements are unclear (no skill read as required or nice to have): not in the average. */
  unclear: z.number(),
  missing: z.array(RadarSkill),
  nextBest: z.strictObject({ id: z.string(), name: z.string(), listings: z.number(), gain: z.number() }).nullable(),
  averageScore: z.number().nullable(),
}));
export type Radar = z.infer<typeof Radar>;

/** A plan entry with what the options page and popup show of its step (null: a step GapLens no longer lists). */
export const PlanItem = lazy(() => PlanEntry.extend({
  title: z.string().nullable(),
  kind: Step.shape.kind.nullable(),
  effort: Step.shape.effort.nullable(),
  cost: Step.shape.cost.nullable(),
  /** What the step builds, which "Done" offers to raise in the profile. */
  skills: z.array(SkillRef),
  sources: z.array(z.string()),
}));
export type PlanItem = z.infer<typeof PlanItem>;
export const PlanView = lazy(() => z.strictObject({
  items: z.array(PlanItem),
  /** The user's hours a week, for effort at their pace (null: no profile yet). */
  hoursPerWeek: z.number().nullable(),
}));
export type PlanView = z.infer<typeof PlanView>;

const SkillSetting = lazy(() => z.strictObject({ id: Id, level: z.nullable(SkillLevel) }));
export type SkillSetting = z.infer<typeof SkillSetting>;

/** A listing a correction names, as the history remembers it (absent when it has been evicted). */
export const CorrectedListing = lazy(() => z.strictObject({
  key: z.string(), source: Board, url: z.string(), title: z.string().nullable(), company: z.string().nullable(),
}));
export type CorrectedListing = z.infer<typeof CorrectedListing>;

/** The sentence of the posting each flag was read from (null: none reads as it). */
export const FlagEvidence = lazy(() => z.strictObject({ degree: z.string().max(400).nullable(), years: z.string().max(400).nullable() }));

export const protocol = {
  ...contentProtocol,
  tabAdvice: {
    from: ['page'],
    request: lazy(() => z.strictObject({ tabId: z.number().int() })),
    response: lazy(() => z.strictObject({
      analysis: z.nullable(Analysis),
      steps: z.array(Advice),
      path: CareerPath.nullable(),
      pathSteps: z.array(z.strictObject({ id: z.string(), title: z.string(), why: z.string(), sources: z.array(z.string()) })),
      hasProfile: z.boolean(),
      /** Absent for a listing analysed before GapLens kept it, or one without a degree or years flag. */
      evidence: FlagEvidence.optional(),
      /** Every curated path, for the popup's path picker, and the one for the user's background and targets (null: none fits). */
      choices: z.array(z.strictObject({ id: z.string(), title: z.string() })).optional(),
      suggestedPath: z.string().nullable().optional(),
    })),
  },
  /**
   * A job description pasted into the popup (an email, a PDF): read by the same engine and
   * corrections ("never count" rules; a pasted text is no listing, so it has no overrides),
   * matched and advised like a tab's listing. Nothing of it is stored.
   */
  pasteAdvice: {
    from: ['page'],
    request: lazy(() => z.strictObject({ text: z.string().min(1).max(MAX_LISTING_TEXT) })),
    response: lazy(() => z.strictObject({
      analysis: z.strictObject({
        title: z.string().nullable(),
        requirements: Requirements,
        gap: z.nullable(Gap),
        corrections: z.array(AppliedCorrection).optional(),
      }),
      steps: z.array(Advice),
      path: CareerPath.nullable(),
      pathSteps: z.array(z.strictObject({ id: z.string(), title: z.string(), why: z.string(), sources: z.array(z.string()) })),
      hasProfile: z.boolean(),
    })),
  },
  getProfile: {
    from: ['page'],
    request: nothing,
    response: lazy(() => z.strictObject({ profile: Profile.nullable(), setAside: z.array(SetAsideRecord) })),
  },
  saveProfile: {
    from: ['page'],
    request: lazy(() => z.strictObject({ profile: Profile.nullable() })),
    response: ok,
  },
  saveSettings: {
    from: ['page'],
    request: lazy(() => z.strictObject({ settings: Settings })),
    response: ok,
  },
  history: {
    from: ['page'],
    /** The `limit` newest entries that pass `filter` (every entry without one). */
    request: lazy(() => z.strictObject({ limit: z.number().int().min(1).max(5000), filter: RadarFilter.optional() })),
    /** `total`: how many entries the whole history holds. */
    response: lazy(() => z.strictObject({ entries: z.array(HistoryEntry.extend({ score: z.number().nullable() })), total: z.number().int().nonnegative() })),
  },
  radar: {
    from: ['page'],
    request: RadarFilter,
    response: Radar,
  },
  clearHistory: {
    from: ['page'],
    request: nothing,
    response: ok,
  },
  /** Take one listing out of the history (and so the radar); answers it, for Undo. */
  forgetListing: {
    from: ['page'],
    request: lazy(() => z.strictObject({ key: z.string().min(1).max(400) })),
    response: lazy(() => z.strictObject({ entry: HistoryEntry.nullable() })),
  },
  /** Undo of forgetListing: the entry it answered, put back. */
  restoreListing: {
    from: ['page'],
    request: lazy(() => z.strictObject({ entry: HistoryEntry })),
    response: ok,
  },
  getCorrections: {
    from: ['page'],
    request: nothing,
    response: lazy(() => z.strictObject({ corrections: Corrections })),
  },
  /** Replace every correction at once (an import); single changes go through `correct`. */
  saveCorrections: {
    from: ['page'],
    request: lazy(() => z.strictObject({ corrections: Corrections })),
    response: ok,
  },
  /** Every correction with the listings it names, for the options page's list. */
  correctionsView: {
    from: ['page'],
    request: nothing,
    response: lazy(() => z.strictObject({ corrections: Corrections, listings: z.array(CorrectedListing), names: z.record(z.string(), z.string()) })),
  },
  getPlan: {
    from: ['page'],
    request: nothing,
    response: PlanView,
  },
  /** One change to the plan; the answer carries its undo and the plan as it now is. */
  planStep: {
    from: ['page'],
    request: lazy(() => z.strictObject({ change: PlanChange })),
    response: lazy(() => z.strictObject({ undo: PlanChange, plan: PlanView })),
  },
  /** Replace the whole plan at once (an import). */
  savePlan: {
    from: ['page'],
    request: lazy(() => z.strictObject({ plan: Plan })),
    response: ok,
  },
  /**
   * Set several profile skills at once (a finished step's skills). With `onlyRaise`, a skill
   * already at that level or above is left as it is. The answer says what changed and how to undo it.
   */
  setSkills: {
    from: ['page'],
    request: lazy(() => z.strictObject({ skills: z.array(SkillSetting).min(1).max(200), onlyRaise: z.boolean() })),
    response: lazy(() => z.strictObject({
      changed: z.array(z.strictObject({ id: Id, name: z.string(), from: z.nullable(SkillLevel), to: z.nullable(SkillLevel) })),
      undo: z.array(SkillSetting),
    })),
  },
  dismissSetAside: {
    from: ['page'],
    request: lazy(() => z.strictObject({ id: z.string().startsWith('setAside:') })),
    response: ok,
  },
} as const satisfies Record<string, MessageSpec>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Req<N extends MessageName> = z.input<Protocol[N]['request']>;
export type Res<N extends MessageName> = z.output<Protocol[N]['response']>;
