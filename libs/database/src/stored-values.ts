/** The values the tables hold for states, stages, roles and reasons: the one vocabulary every layer shares. */

export enum ArticleStatus {
  Received = 'received',
  Extracting = 'extracting',
  Extracted = 'extracted',
  Failed = 'failed',
}

export enum ClaimStage {
  Triage = 'triage',
  Research = 'research',
  Review = 'review',
  Published = 'published',
  Dismissed = 'dismissed',
}

/** The stages people work in, each a leased queue. */
export type LeasedStage = ClaimStage.Research | ClaimStage.Review;

/**
 * Why a lease ended (`leases.release_reason`, free text in the schema): `reassigned` when an editor gave the claim to
 * someone else, `broken` when an editor ended it and the claim went back to its queue.
 */
export type LeaseReleaseReason =
  | 'released'
  | 'expired'
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'dismissed'
  | 'reassigned'
  | 'broken'
  | 'split'
  | 'merged';

/**
 * How a claim matches an earlier one: `linked` was near-exact and linked by triage; `suggested` waits for a person,
 * who `confirmed` or `rejected` it.
 */
export type ClaimMatchStatus = 'linked' | 'suggested' | 'confirmed' | 'rejected';

/**
 * Where a claim came from (`claims.origin`): the extraction, or a person, who chose a span of the article (`hand`),
 * split a claim in two (`split`) or merged two into one (`merge`).
 */
export enum ClaimOrigin {
  Extraction = 'extraction',
  Hand = 'hand',
  Split = 'split',
  Merge = 'merge',
}

/**
 * How a quote reports its words (`quotes.kind`): `statement` is no quotation, but words in the article's own voice
 * (found by the extraction for an article submitted with `claimsFrom: all`, or chosen by a person), or given to a
 * speaker by hand.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'statement';

/** Where an article's claims come from (`articles.claims_from`): its quotes, or also its own voice's statements. */
export type ClaimsFrom = 'quotes' | 'all';

/** Who a speaker is (`speakers.type`). */
export type SpeakerType = 'person' | 'organization' | 'document' | 'media' | 'unknown';

/**
 * What a person corrected in the extraction's output (`corrections.kind`, free text in the schema so that new kinds
 * need no migration): a claim's span, its standalone form, a quote's speaker or mention, or a quote that is nobody's.
 */
export enum CorrectionKind {
  ClaimText = 'claim-text',
  ClaimStandalone = 'claim-standalone',
  Speaker = 'speaker',
  Mention = 'mention',
  NotAQuote = 'not-a-quote',
  /** A claim a person added from a span the machine made no claim of (its `machine` is null). */
  ClaimAdded = 'claim-added',
  /** A claim a person split in two: the machine's (or an earlier) claim, and its parts. */
  ClaimSplit = 'claim-split',
  /** Two claims a person merged into one: the two, and the claim covering both. */
  ClaimMerged = 'claim-merged',
}

export enum VerdictStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Approved = 'approved',
  Published = 'published',
}

export enum DeliveryStatus {
  Pending = 'pending',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

export enum Role {
  Ingester = 'ingester',
  FactChecker = 'factchecker',
  Editor = 'editor',
  Admin = 'admin',
}

/** Each role may do everything the roles before it may. */
export const ROLE_ORDER: readonly Role[] = [Role.Ingester, Role.FactChecker, Role.Editor, Role.Admin];

export function roleAllows(held: Role, required: Role): boolean {
  return ROLE_ORDER.indexOf(held) >= ROLE_ORDER.indexOf(required);
}

/** The service itself, as the actor of automatic changes (lease expiry, triage). */
export const SYSTEM_USER_ID = '00000000-0000-0000-0000-000000000000';
/** Whoever presents ADMIN_API_KEY. */
export const ENVIRONMENT_ADMIN_ID = '00000000-0000-0000-0000-000000000001';
