/**
 * A reason the process cannot start that a person can act on (a bad setting, a server that does not answer): its
 * message says what is wrong and what to do, and is all that is printed, without a stack.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/**
 * The end of a main() that failed: a StartupError's message alone, anything else with its stack (a bug to report);
 * then exit 1.
 */
export function exitOnStartupFailure(error: unknown): never {
  process.stderr.write(
    `${error instanceof StartupError ? error.message : ((error as Error)?.stack ?? String(error))}\n`,
  );
  process.exit(1);
}
