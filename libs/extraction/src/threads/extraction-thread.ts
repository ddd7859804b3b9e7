/**
 * What a thread of the extraction pool runs: the pure core, on input handed over by the pool. A refusal within
 * the bounds comes back as a value, because an error's own fields do not survive the trip between threads.
 */
import type { MessagePort } from 'node:worker_threads';
import { htmlToArticleText } from '../html/html-to-text';
import type { VoiceRequest } from '../extract';
import { extractQuotes } from '../index';
import { ExtractionLimitError, LimitKind, TimeBudget } from '../limits';
import { claimFingerprint } from '../matching/claim-fingerprint';
import type { ExtractedClaim, ExtractionResult } from '../types';
import type { StorableExtraction } from './extraction-pool';

interface ThreadTask<Input> {
  input: Input;
  /** The budget of the work itself, checked as it goes; the pool ends a thread that overruns it. */
  timeBudgetMs: number;
  /** Told when the work starts, so that the pool's deadline does not count the wait for a free thread. */
  started: MessagePort;
}

export type ThreadOutcome<Value> = { value: Value } | { limit: { kind: LimitKind; message: string } };

function run<Value>(task: ThreadTask<unknown>, work: () => Value): ThreadOutcome<Value> {
  task.started.postMessage('started');
  task.started.close();
  try {
    return { value: work() };
  } catch (error) {
    if (error instanceof ExtractionLimitError) return { limit: { kind: error.kind, message: error.message } };
    throw error;
  }
}

export function readHtml(task: ThreadTask<string>) {
  return run(task, () => htmlToArticleText(task.input, new TimeBudget(task.timeBudgetMs)));
}

export function extract(task: ThreadTask<{ text: string; request: VoiceRequest }>) {
  const { text, request } = task.input;
  return run(task, () => extractQuotes(text, { ...request, limits: { timeBudgetMs: task.timeBudgetMs } }));
}

/**
 * What the service stores: the extraction with each claim's repeat-matching fingerprint, made here under the same
 * budget, so that an article of thousands of claims neither holds a worker's event loop nor runs without a bound.
 */
export function extractForStorage(task: ThreadTask<{ text: string; request: VoiceRequest }>) {
  const { text, request } = task.input;
  return run(task, (): StorableExtraction => {
    const budget = new TimeBudget(task.timeBudgetMs);
    const result: ExtractionResult = extractQuotes(text, { ...request, limits: { timeBudgetMs: task.timeBudgetMs } });
    const fingerprinted = <Quote extends { claims: ExtractedClaim[] }>(quote: Quote) => ({
      ...quote,
      claims: quote.claims.map((claim) => {
        budget.check(true);
        return { ...claim, fingerprint: claimFingerprint(claim.standalone || claim.text) };
      }),
    });
    return {
      quotes: result.quotes.map(fingerprinted),
      ...(result.statements ? { statements: result.statements.map(fingerprinted) } : {}),
    };
  });
}
