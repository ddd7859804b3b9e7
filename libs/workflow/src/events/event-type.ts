/** Every action recorded in the audit trail. Those that are also webhook events carry the webhook's name. */
export enum EventType {
  ArticleReceived = 'article.received',
  ArticleExtracted = 'article.extracted',
  ArticleFailed = 'article.failed',
  ClaimParked = 'claim.parked',
  ClaimReady = 'claim.ready',
  ClaimPromoted = 'claim.promoted',
  ClaimDismissed = 'claim.dismissed',
  ClaimOverdue = 'claim.overdue',
  ClaimMatched = 'claim.matched',
  /** A person made a claim: from a span of the article (data.origin `hand`), or as a part of a split or a merge. */
  ClaimAdded = 'claim.added',
  /** A person split the claim in two (data: at, parts); it is dismissed (reason `split`), kept. */
  ClaimSplit = 'claim.split',
  /** A person merged the claim with another (data: with, into); it is dismissed (reason `merged`), kept. */
  ClaimMerged = 'claim.merged',
  /** An internal note on the claim's thread; never announced, never published. */
  ClaimNoted = 'claim.noted',
  /** An editor's send-back kept the claim for its author (data: userId, name, until). */
  ClaimReserved = 'claim.reserved',
  /** A reservation ended before its time (data: userId, name, reason: `reassigned`, `taken` by an editor, `revoked`). */
  ClaimReservationEnded = 'claim.reservation-ended',
  /** A person corrected the claim's text or standalone form (data: text, standalone, each from and to). */
  ClaimCorrected = 'claim.corrected',
  /**
   * A person corrected the attribution of the claim's quote: its speaker, its mention, or that it is nobody's quote
   * (recorded on every claim of the quote, data.quoteId).
   */
  QuoteCorrected = 'quote.corrected',
  MatchConfirmed = 'match.confirmed',
  MatchRejected = 'match.rejected',
  LeaseTaken = 'lease.taken',
  LeaseExtended = 'lease.extended',
  LeaseReleased = 'lease.released',
  LeaseExpired = 'lease.expired',
  /** An editor gave the claim to someone (data: from, to, by, with the names). */
  LeaseReassigned = 'lease.reassigned',
  /** An editor ended someone's lease; the claim went back to its queue (data: holderId, holderName, by). */
  LeaseBroken = 'lease.broken',
  VerdictDrafted = 'verdict.drafted',
  VerdictSubmitted = 'verdict.submitted',
  /** The editor reviewing it changed its words (data: fields, before, after); they do not become its author. */
  VerdictEdited = 'verdict.edited',
  VerdictApproved = 'verdict.approved',
  /** Sent back to research (data: comment, and `sentBack`: the words as they were sent back). */
  VerdictRejected = 'verdict.rejected',
  VerdictPublished = 'verdict.published',
  VerdictCorrectionApproved = 'verdict.correction-approved',
  VerdictCorrected = 'verdict.corrected',
  /** A draft started from the published verdict of the claim this one repeats (data: from, the original). */
  VerdictReused = 'verdict.reused',
  /**
   * A published ClaimReview now lists one more appearance of its claim: a repeat given the same verdict was published.
   * Audit only: the verdict did not change, so no `verdict.corrected` goes out (see the README).
   */
  VerdictAppearanceAdded = 'verdict.appearance-added',
  UserCreated = 'user.created',
  UserRevoked = 'user.revoked',
  UserKeyRotated = 'user.key-rotated',
  WebhookCreated = 'webhook.created',
  WebhookDeleted = 'webhook.deleted',
  WebhookDisabled = 'webhook.disabled',
  WebhookRetried = 'webhook.retried',
}
