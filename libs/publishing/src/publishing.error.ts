export enum PublishingErrorCode {
  InvalidRatingScale = 'PUBLISHING_INVALID_RATING_SCALE',
  UnknownRating = 'PUBLISHING_UNKNOWN_RATING',
  InvalidClaimReviewInput = 'PUBLISHING_INVALID_CLAIM_REVIEW_INPUT',
}

export class PublishingError extends Error {
  override readonly name = 'PublishingError';

  constructor(
    readonly code: PublishingErrorCode,
    message: string,
    /** Every problem found, for validation errors that list several. */
    readonly errors: readonly string[] = [message],
  ) {
    super(message);
  }
}
