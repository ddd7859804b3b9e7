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
