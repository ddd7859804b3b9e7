/** SQLSTATE codes the application reacts to. */
export const PgErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  InvalidTextRepresentation: '22P02',
  SerializationFailure: '40001',
} as const;

export function pgErrorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (pgErrorCode(error) !== PgErrorCode.UniqueViolation) return false;
  if (!constraint) return true;
  const candidate = error as { constraint?: string; driverError?: { constraint?: string } };
  return (candidate.driverError?.constraint ?? candidate.constraint) === constraint;
}

/**
 * Postgres could not be reached, or gave no free connection in time: a passing condition (a restart, a burst) that
 * the caller should retry, as opposed to a statement that failed. `cause` is what the driver said.
 */
export class DatabaseUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super(`Postgres is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** SQLSTATEs and socket codes of a server going away or not there. */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** The driver's error as DatabaseUnavailableError when it means "not now", else as it is. */
export function unavailableOr(error: unknown): Error {
  const message = error instanceof Error ? error.message : '';
  const unavailable =
    UNAVAILABLE_CODES.has(pgErrorCode(error) ?? '') ||
    /timeout exceeded when trying to connect|Connection terminated/.test(message);
  if (unavailable) return new DatabaseUnavailableError(error);
  return error instanceof Error ? error : new Error(String(error));
}
