/** What went wrong, in domain terms; the API maps each code to an HTTP status once, in its problem filter. */
export enum WorkflowErrorCode {
  NotFound = 'not-found',
  Invalid = 'invalid',
  Forbidden = 'forbidden',
  /** The two-person rule: the reviewer wrote part of the verdict. */
  OwnVerdict = 'own-verdict',
  WrongStage = 'wrong-stage',
  LeaseHeld = 'lease-held',
  LeaseNotHeld = 'lease-not-held',
  /** The claim was sent back to its author and is kept for them for now (RETURN_RESERVE_HOURS). */
  ClaimReserved = 'claim-reserved',
  /** The person already holds as many leases as one may (MAX_LEASES_PER_PERSON). */
  LeaseLimit = 'lease-limit',
  IdempotencyKeyReused = 'idempotency-key-reused',
  /** The input asks for more work than the service's bounds allow (a page too deep, an article too dense). */
  TooComplex = 'too-complex',
  /** No capacity right now: the same request may succeed later. */
  Busy = 'busy',
  Conflict = 'conflict',
  /** The url names an article already stored with another text: neither is silently kept. */
  ArticleTextChanged = 'article-text-changed',
  /** The article is stored with its claims taken from elsewhere (`claimsFrom`) than this submission asks. */
  ArticleClaimsFromChanged = 'article-claims-from-changed',
  /** The page at an article's url is not taken: its address, its redirects, its type or its size (see `reason`). */
  PageRefused = 'page-refused',
  /** The site of an article's url could not be reached or answered with an error status. */
  PageUnavailable = 'page-unavailable',
  /** The page at an article's url did not arrive within the fetch's time limit. */
  PageTimeout = 'page-timeout',
  /** A verdict may be reused only from a claim this one was matched with (linked or confirmed). */
  NotARepeat = 'not-a-repeat',
  /** A verdict may be reused only once it is published. */
  NotPublished = 'not-published',
}

export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'WorkflowError';
  }

  static notFound(what: string, id: string): WorkflowError {
    return new WorkflowError(WorkflowErrorCode.NotFound, `${what} ${id} does not exist`, { id });
  }

  static invalid(message: string, errors: { field: string; message: string }[] = []): WorkflowError {
    return new WorkflowError(WorkflowErrorCode.Invalid, message, { errors });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the text has the shape of an id (a uuid). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** An id that is not a uuid cannot name anything: answer "not found" without asking Postgres. */
export function assertUuid(what: string, id: string): void {
  if (!isUuid(id)) throw WorkflowError.notFound(what, id);
}
