/**
 * Look for claims past their stage's deadline. No input: the deadlines are the configuration's and the time is the
 * database's.
 */
export class SweepDeadlinesCommand {}
