// The part of the schema module that content scripts load: every type a board tab sends
// to the worker or gets back from it (Listing, Requirements, Gap, Settings, the answers to
// the messages a content script may send, the envelope, the reply and the push).
//
// It is written with Zod Mini, Zod's tree-shakable functional API, and imports nothing
// else but lazy.ts (each schema is built on first use), so the content script carries only
// these validators and not all of Zod (the
// content script must stay small: it is injected into every matching job-board tab).
// schema.ts and protocol.ts re-export everything here and build the other types on top
// of these very schemas: each type is still defined exactly once. Mini and classic Zod
// schemas share one core and nest in each other freely.
import * as z from 'zod/mini';
import { lazy } from './lazy';

// Extension pages forbid eval (script-src 'self'): tell Zod not to probe for it, which
// would only log a CSP violation. The setting is global and covers classic Zod too.
z.config({ jitless: true });

/** A taxonomy or step id. */
export const Id = lazy(() => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase kebab-case id')));

// ---------- listing (what a site adapter reads) ----------
export const Board = lazy(() => z.enum([
  'linkedin', 'indeed', 'greenhouse', 'lever', 'workday', 'ashby', 'wellfound', 'glassdoor', 'generic',
]));
export type Board = z.infer<typeof Board>;

/**
 * How a listing was read: by its board's adapter (the board's own markup), from the page's
 * schema.org JobPosting JSON-LD, or by the generic reader (a heading and a block of
 * requirement or responsibility sections, in any markup). Shown in the panel and, per
 * board, in the options page, so a user can see when a board has changed its markup.
 */
export const ReadVia = lazy(() => z.enum(['adapter', 'json-ld', 'generic']));
export type ReadVia = z.infer<typeof ReadVia>;

/** Hard cap on listing text: a hostile or broken page cannot make us hold more. */
export const MAX_LISTING_TEXT = 200_000;

export const Listing = lazy(() => z.strictObject({
  source: Board,
  /**
   * Only web pages: the options page links to it, and a javascript: or data: link must never
   * get there. A pattern rather than z.url(): the same guarantee without Zod's URL parser in
   * the content script (its 25 KiB budget).
   */
  url: z.string().check(z.maxLength(4096), z.regex(/^https?:\/\/[^\s/?#]+\S*$/)),
  jobId: z.string().check(z.minLength(1), z.maxLength(200)),
  title: z.nullable(z.string().check(z.maxLength(500))),
  company: z.nullable(z.string().check(z.maxLength(300))),
  location: z.nullable(z.string().check(z.maxLength(300))),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_LISTING_TEXT)),
  /** Absent on listings stored before the reader chain existed. */
  via: z.optional(ReadVia),
  /** The posting's language (ISO 639-1) as guessed from its text; absent when unknown. */
  lang: z.optional(z.string().check(z.regex(/^[a-z]{2}$/))),
}));
export type Listing = z.infer<typeof Listing>;

/** A listing without its text: what an analysis and a tab remember of it. */
export const ListingMeta = lazy(() => z.omit(Listing, { text: true }));
export type ListingMeta = z.infer<typeof ListingMeta>;

// ---------- requirements (what extraction reads from a posting) ----------
export const SkillCategory = lazy(() => z.enum([
  'language', 'framework', 'tool', 'cloud', 'mlops', 'data-engineering', 'method', 'math', 'domain',
]));
export type SkillCategory = z.infer<typeof SkillCategory>;
export const Section = lazy(() => z.enum(['required', 'preferred', 'other']));
export type Section = z.infer<typeof Section>;
export const DegreeLevel = lazy(() => z.enum(['bachelor', 'master', 'phd']));
export type DegreeLevel = z.infer<typeof DegreeLevel>;
export const Seniority = lazy(() => z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager']));
export type Seniority = z.infer<typeof Seniority>;

export const SkillHit = lazy(() => z.strictObject({
  id: Id,
  name: z.string(),
  category: SkillCategory,
  section: Section,
  /** Exact strings found in the text, in order of first appearance, without repeats. */
  mentions: z.array(z.string()),
  /** Id of an either-or group ("PyTorch or TensorFlow"); null when the skill stands alone. */
  group: z.nullable(z.string()),
}));
export type SkillHit = z.infer<typeof SkillHit>;

export const Requirements = lazy(() => z.strictObject({
  skills: z.array(SkillHit),
  years: z.nullable(z.strictObject({
    min: z.number().check(z.minimum(0), z.maximum(50)), max: z.nullable(z.number()), section: Section,
  })),
  degree: z.nullable(z.strictObject({
    level: DegreeLevel,
    section: Section,
    field: z.nullable(z.string()),
    equivalentExperience: z.boolean(),
  })),
  seniority: z.nullable(Seniority),
}));
export type Requirements = z.infer<typeof Requirements>;

// ---------- gap ----------
export const SkillLevel = lazy(() => z.enum(['learning', 'working', 'strong']));
export type SkillLevel = z.infer<typeof SkillLevel>;
export const EducationLevel = lazy(() => z.enum(['none', 'bachelor', 'master', 'phd']));
export type EducationLevel = z.infer<typeof EducationLevel>;

export const SkillRef = lazy(() => z.strictObject({ id: Id, name: z.string() }));
export type SkillRef = z.infer<typeof SkillRef>;
export const HaveRef = lazy(() => z.strictObject({
  id: Id,
  name: z.string(),
  level: SkillLevel,
  /** Set when the profile does not list this skill but a listed skill implies it. */
  via: z.nullable(z.string()),
  credit: z.number().check(z.minimum(0), z.maximum(1)),
}));
export type HaveRef = z.infer<typeof HaveRef>;

const FlagStatus = lazy(() => z.enum(['meets', 'short', 'waived']));
export const Gap = lazy(() => z.strictObject({
  score: z.number().check(z.minimum(0), z.maximum(1)),
  required: z.strictObject({ have: z.array(HaveRef), missing: z.array(SkillRef) }),
  preferred: z.strictObject({ have: z.array(HaveRef), missing: z.array(SkillRef) }),
  groups: z.array(z.strictObject({
    id: z.string(), section: Section, options: z.array(SkillRef), metBy: z.nullable(z.string()),
  })),
  years: z.nullable(z.strictObject({
    required: z.number(), have: z.number(), status: FlagStatus, shortBy: z.number(),
  })),
  degree: z.nullable(z.strictObject({
    level: DegreeLevel, section: Section, have: EducationLevel, status: FlagStatus,
  })),
  explain: z.strictObject({
    requiredCredit: z.number(), requiredTotal: z.number(),
    preferredCredit: z.number(), preferredTotal: z.number(),
    weights: z.strictObject({ required: z.number(), preferred: z.number(), flags: z.number() }),
    flagPenalty: z.number(),
  }),
}));
export type Gap = z.infer<typeof Gap>;

// ---------- settings ----------
/**
 * Every board on or off. An object with one key per board (what z.record over an enum
 * checks too) so the content script carries no record validator.
 */
const BoardSwitches = lazy(() => z.strictObject(Object.fromEntries(Board.options.map((b) => [b, z.boolean()])) as { [K in Board]: z.ZodMiniBoolean<boolean> }));
export const Settings = lazy(() => z.strictObject({
  boards: BoardSwitches,
  cardBadges: z.boolean(),
  onboarded: z.boolean(),
}));
export type Settings = z.infer<typeof Settings>;
/** Settings before the user changes any: every board on, card badges on, not yet onboarded. */
export const defaultSettings = (): Settings => ({
  boards: Object.fromEntries(Board.options.map((b) => [b, true])) as Settings['boards'],
  cardBadges: true,
  onboarded: false,
});

// ---------- the user's corrections (see core/corrections.ts) ----------
/** How corrections name a listing: `<board>:<jobId>`, the analysis key. */
export const ListingKey = lazy(() => z.string().check(z.minLength(3), z.maxLength(260), z.regex(/^[a-z]+:./)));
export const ListingAction = lazy(() => z.enum(['drop', 'required', 'preferred']));
export type ListingAction = z.infer<typeof ListingAction>;
/** Words a "never count" rule stops reading as a skill (compared without case or extra spaces). */
export const NeverWords = lazy(() => z.string().check(z.minLength(1), z.maxLength(100), z.regex(/\S/)));

/**
 * One thing the user says about what GapLens read. Each change has an inverse of the same
 * shape (the worker answers it), so undo is one more change and needs no memory in the worker.
 */
// A plain union (the `kind`s tell the members apart anyway): no discriminated-union code in the content script.
export const CorrectionChange = lazy(() => z.union([
  /** This listing: drop the skill, move it (or add it) to required / preferred, or forget the override ('clear'). */
  z.strictObject({ kind: z.literal('listing'), listing: ListingKey, skill: Id, action: z.enum(['drop', 'required', 'preferred', 'clear']) }),
  /** Every listing: never read `words` as `skill` (or stop doing so). */
  z.strictObject({ kind: z.literal('never'), words: NeverWords, skill: Id, remove: z.boolean() }),
  /** "I have this": the skill at a level in the profile (null takes it out again). */
  z.strictObject({ kind: z.literal('have'), skill: Id, level: z.nullable(SkillLevel) }),
]));
export type CorrectionChange = z.infer<typeof CorrectionChange>;

/** A correction that changed this analysis, so the panel can say so and offer to take it back. */
export const AppliedCorrection = lazy(() => z.strictObject({
  skill: Id,
  name: z.string(),
  action: z.enum(['drop', 'required', 'preferred', 'never']),
  /** The words of a "never count" rule; null for a listing override. */
  words: z.nullable(z.string()),
}));
export type AppliedCorrection = z.infer<typeof AppliedCorrection>;

// ---------- what a board tab gets back ----------
export const Analysis = lazy(() => z.strictObject({
  key: z.string(),
  listing: ListingMeta,
  requirements: Requirements,
  gap: z.nullable(Gap),
  /** The user's corrections that changed what this listing asks (absent: none). */
  corrections: z.optional(z.array(AppliedCorrection)),
  /** The score explained in one line (core/match.ts scoreLine), made by the worker so the badge need not carry it; absent without a profile. */
  why: z.optional(z.string().check(z.maxLength(500))),
}));
export type Analysis = z.infer<typeof Analysis>;

/**
 * A detail badge's pill as the worker draws it (ui/summary.ts pillView): all a board tab
 * needs to show the badge. The panel asks for the whole Analysis when it first opens
 * (`tabListing`), so the answer every page load waits for stays small.
 */
const Tone = lazy(() => z.enum(['good', 'fair', 'low', 'neutral', 'unclear']));
export const PillView = lazy(() => z.strictObject({
  tone: Tone,
  /** "2/5", "5", "Requirements unclear". */
  text: z.string().check(z.maxLength(100)),
  /** The smaller word after it ("required"); empty when none. */
  word: z.string().check(z.maxLength(100)),
  /** The worst unmet flag (or, without a profile, the first one asked). */
  flag: z.nullable(z.strictObject({
    tone: Tone,
    status: z.enum(['met', 'unmet', 'unknown', 'info']),
    /** "✓", "!" or empty: met and unmet are not told by colour alone. */
    mark: z.string().check(z.maxLength(4)),
    text: z.string().check(z.maxLength(200)),
  })),
  /** The badge's name for screen readers: the result in words. */
  label: z.string().check(z.maxLength(2000)),
}));
export type PillView = z.infer<typeof PillView>;

export const CardResult = lazy(() => z.strictObject({
  jobId: z.string(),
  score: z.nullable(z.number()),
  requiredHave: z.number(),
  requiredTotal: z.number(),
  /** Names of the required skills the user has, as the match counts them (an either-or group once); empty without a profile. */
  have: z.array(z.string()),
  missing: z.array(z.string()),
  required: z.array(z.string()),
  /** The listing asks nothing as required: the counts and names above are of its nice-to-have skills. */
  preferredOnly: z.optional(z.boolean()),
}));
export type CardResult = z.infer<typeof CardResult>;

// ---------- messages ----------
/** content = our content script in a board tab; page = our own popup / options pages. */
export type SenderKind = 'content' | 'page';

/** One message: who may send it, the request schema and the response schema. */
export interface MessageSpec {
  from: readonly SenderKind[];
  request: z.core.$ZodType;
  response: z.core.$ZodType;
}

export const Nothing = lazy(() => z.strictObject({}));
export const Ok = lazy(() => z.strictObject({ ok: z.literal(true) }));

/**
 * Every message a content script may send. protocol.ts spreads this into the full map,
 * so the worker's router checks these exactly as it checks the rest.
 */
export const contentProtocol = {
  hello: {
    from: ['content', 'page'],
    request: Nothing,
    // No profile here: no page of ours asks hello whether there is one, and reading it cost every
    // worker start a record and its validation (the options page and popup ask getProfile).
    response: lazy(() => z.strictObject({ version: z.string(), settings: Settings })),
  },
  analyse: {
    from: ['content', 'page'],
    request: lazy(() => z.strictObject({ listing: Listing })),
    response: Analysis,
  },
  /** A board tab's listing: read, stored like `analyse`, answered with the badge's pill only. */
  badge: {
    from: ['content'],
    request: lazy(() => z.strictObject({ listing: Listing })),
    response: lazy(() => z.strictObject({ key: z.string(), pill: PillView })),
  },
  /** The sender tab's listing in full (as corrected), for the badge's panel; null when the tab has moved on from `key`. */
  tabListing: {
    from: ['content'],
    request: lazy(() => z.strictObject({ key: z.string().check(z.maxLength(300)) })),
    response: lazy(() => z.strictObject({ analysis: z.nullable(Analysis) })),
  },
  /** A card's listing in full (from the history, as corrected), for the card badge's panel; null when it is not in the history. */
  cardListing: {
    from: ['content'],
    request: lazy(() => z.strictObject({ key: ListingKey })),
    response: lazy(() => z.strictObject({ analysis: z.nullable(Analysis) })),
  },
  cards: {
    from: ['content'],
    request: lazy(() => z.strictObject({ source: Board, jobIds: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)) })),
    response: lazy(() => z.strictObject({ results: z.array(CardResult) })),
  },
  openSteps: {
    from: ['content'],
    request: Nothing,
    response: Ok,
  },
  correct: {
    from: ['content', 'page'],
    request: lazy(() => z.strictObject({ change: CorrectionChange })),
    /** `undo` puts things back as they were; `analysis` is the sender tab's listing as corrected (null: no listing there). */
    response: lazy(() => z.strictObject({ undo: CorrectionChange, analysis: z.nullable(Analysis) })),
  },
  /** The options page's skill search (core/skillSearch.ts), for the panel's "Add a skill": the taxonomy stays in the worker. */
  findSkills: {
    from: ['content', 'page'],
    request: lazy(() => z.strictObject({ query: z.string().check(z.maxLength(100)) })),
    response: lazy(() => z.strictObject({ skills: z.array(z.strictObject({ id: Id, name: z.string(), via: z.nullable(z.string()) })).check(z.maxLength(8)) })),
  },
  /** The badge's panel code, injected into the sender's tab on a first open (content/badge.ts): not carried by every board tab. */
  panel: {
    from: ['content'],
    request: Nothing,
    response: Ok,
  },
} as const satisfies Record<string, MessageSpec>;

export const Envelope = lazy(() => z.strictObject({ gaplens: z.literal(1), name: z.string().check(z.maxLength(64)), payload: z.unknown() }));
export type Envelope = z.infer<typeof Envelope>;

export const ErrorCode = lazy(() => z.enum(['unknown-message', 'forbidden-sender', 'invalid-payload', 'failed']));
export const Reply = lazy(() => z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: ErrorCode, message: z.string() }) }),
]));
export type Reply = z.infer<typeof Reply>;

/** Messages the worker pushes to content scripts. */
export const Push = lazy(() => z.strictObject({ gaplens: z.literal(1), push: z.enum(['refresh']) }));
export type Push = z.infer<typeof Push>;

// ---------- the caller's side ----------
export class GapLensError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * A typed `send` over a message map: the request is typed by the map, the reply and the
 * answer are checked on the way back, so a caller never trusts an answer it did not
 * validate. `post` is the transport (runtime.sendMessage in the extension).
 */
export function makeSend<P extends Record<string, MessageSpec>>(map: P, post: (message: Envelope) => Promise<unknown>) {
  return async function send<N extends keyof P & string>(name: N, payload: z.input<P[N]['request']>): Promise<z.output<P[N]['response']>> {
    const raw = await post({ gaplens: 1, name, payload });
    const reply = Reply.safeParse(raw);
    if (!reply.success) throw new GapLensError('no-answer', 'The GapLens worker did not answer. Try reloading the page.');
    if (!reply.data.ok) throw new GapLensError(reply.data.error.code, reply.data.error.message);
    return z.parse(map[name]!.response, reply.data.data) as z.output<P[N]['response']>;
  };
}
