/** What a background use case did: `skipped` is an expected no-op (already done, superseded), not a failure. */
export type JobOutcome = { status: 'done'; detail?: string } | { status: 'skipped'; reason: string };

export const done = (detail?: string): JobOutcome => ({ status: 'done', detail });
export const skipped = (reason: string): JobOutcome => ({ status: 'skipped', reason });
