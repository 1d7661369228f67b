// The message protocol: one map from message name to who may send it, the request
// schema and the response schema. Both the router (background) and every caller
// (content script, popup, options) use this map, so a payload that drifts from it is
// caught at the boundary on either side.
import { z } from 'zod';
import {
  Advice, Board, CareerPath, Gap, HistoryEntry, Listing, Profile, Requirements, Settings,
} from './schema';

/** content = our content script in a board tab; page = our own popup / options pages. */
export type SenderKind = 'content' | 'page';

export const Analysis = z.strictObject({
  key: z.string(),
  listing: Listing.omit({ text: true }),
  requirements: Requirements,
  gap: Gap.nullable(),
});
export type Analysis = z.infer<typeof Analysis>;

export const CardResult = z.strictObject({
  jobId: z.string(),
  score: z.number().nullable(),
  requiredHave: z.number(),
  requiredTotal: z.number(),
  missing: z.array(z.string()),
  required: z.array(z.string()),
});
export type CardResult = z.infer<typeof CardResult>;

/** A stored record that failed validation, kept intact under its own storage key (`id`). */
export const SetAsideRecord = z.strictObject({
  id: z.string(), key: z.string(), original: z.string(), reason: z.string(), at: z.number(),
});
export type SetAsideRecord = z.infer<typeof SetAsideRecord>;

export const RadarFilter = z.strictObject({
  board: Board.nullable(),
  keyword: z.string().max(100),
  days: z.number().int().min(1).max(3650).nullable(),
});
export type RadarFilter = z.infer<typeof RadarFilter>;

export const RadarSkill = z.strictObject({
  id: z.string(), name: z.string(), required: z.number(), preferred: z.number(), weight: z.number(),
});
export const Radar = z.strictObject({
  listings: z.number(),
  missing: z.array(RadarSkill),
  nextBest: z.strictObject({ id: z.string(), name: z.string(), listings: z.number(), gain: z.number() }).nullable(),
  averageScore: z.number().nullable(),
});
export type Radar = z.infer<typeof Radar>;

const nothing = z.strictObject({});
const ok = z.strictObject({ ok: z.literal(true) });

export const protocol = {
  hello: {
    from: ['content', 'page'],
    request: nothing,
    response: z.strictObject({ version: z.string(), settings: Settings, hasProfile: z.boolean() }),
  },
  analyse: {
    from: ['content', 'page'],
    request: z.strictObject({ listing: Listing }),
    response: Analysis,
  },
  cards: {
    from: ['content'],
    request: z.strictObject({ source: Board, jobIds: z.array(z.string().max(200)).max(200) }),
    response: z.strictObject({ results: z.array(CardResult) }),
  },
  openSteps: {
    from: ['content'],
    request: nothing,
    response: ok,
  },
  tabAdvice: {
    from: ['page'],
    request: z.strictObject({ tabId: z.number().int() }),
    response: z.strictObject({
      analysis: Analysis.nullable(),
      steps: z.array(Advice),
      path: CareerPath.nullable(),
      pathSteps: z.array(z.strictObject({ id: z.string(), title: z.string(), why: z.string(), sources: z.array(z.string()) })),
      hasProfile: z.boolean(),
    }),
  },
  getProfile: {
    from: ['page'],
    request: nothing,
    response: z.strictObject({ profile: Profile.nullable(), setAside: z.array(SetAsideRecord) }),
  },
  saveProfile: {
    from: ['page'],
    request: z.strictObject({ profile: Profile.nullable() }),
    response: ok,
  },
  saveSettings: {
    from: ['page'],
    request: z.strictObject({ settings: Settings }),
    response: ok,
  },
  history: {
    from: ['page'],
    request: z.strictObject({ limit: z.number().int().min(1).max(5000) }),
    response: z.strictObject({ entries: z.array(HistoryEntry.extend({ score: z.number().nullable() })) }),
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
  dismissSetAside: {
    from: ['page'],
    request: z.strictObject({ id: z.string().startsWith('setAside:') }),
    response: ok,
  },
} as const satisfies Record<string, { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }>;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type Req<N extends MessageName> = z.input<Protocol[N]['request']>;
export type Res<N extends MessageName> = z.output<Protocol[N]['response']>;

export const Envelope = z.strictObject({ gaplens: z.literal(1), name: z.string().max(64), payload: z.unknown() });
export type Envelope = z.infer<typeof Envelope>;

export const ErrorCode = z.enum(['unknown-message', 'forbidden-sender', 'invalid-payload', 'failed']);
export const Reply = z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: ErrorCode, message: z.string() }) }),
]);
export type Reply = z.infer<typeof Reply>;

/** Messages the worker pushes to content scripts. */
export const Push = z.strictObject({ gaplens: z.literal(1), push: z.enum(['refresh']) });
export type Push = z.infer<typeof Push>;

