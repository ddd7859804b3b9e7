import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { HtmlArticle } from '../html/html-to-text';
import { ExtractionLimitError, formatDuration, LimitKind } from '../limits';
import type { VoiceRequest } from '../extract';
import type { ClaimFingerprint } from '../matching/claim-fingerprint';
import { ExtractedClaim, ExtractedQuote, ExtractedStatement, ExtractionResult } from '../types';
import type { ThreadOutcome } from './extraction-thread';

export interface ExtractionPoolOptions {
  /** Threads at most; they start when work comes and end after a while idle. */
  threads: number;
  /** Tasks that may wait for a thread; beyond them a task is refused at once (ExtractionPoolBusyError). */
  maxQueue: number;
  /** How long a task may wait for a thread before it is refused (ExtractionPoolBusyError). */
  maxWaitMs: number;
  /** Heap of each thread: a task that needs more ends with a memory refusal, and the thread with it. */
  memoryMb: number;
  /** Time a task gets past its own budget before its thread is ended: the budget is checked as the work goes. */
  graceMs?: number;
}

/** A claim as the service stores it: with the fingerprint that repeat matching searches by. */
export type StorableClaim = ExtractedClaim & { fingerprint: ClaimFingerprint };
type WithStorableClaims<Quote> = Omit<Quote, 'claims'> & { claims: StorableClaim[] };
/** An article's quotes and statements (on request), each claim with its fingerprint. */
export interface StorableExtraction {
  quotes: WithStorableClaims<ExtractedQuote>[];
  statements?: WithStorableClaims<ExtractedStatement>[];
}

/** The pool has no thread free for a while: the caller should try again later. */
export class ExtractionPoolBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionPoolBusyError';
  }
}

// Compiled, a thread loads the compiled file with the process's own Node options (preloaded modules included);
// from the sources (tests, scripts), it compiles what it loads.
const THREAD_FILE = join(__dirname, `extraction-thread${extname(__filename)}`);
const THREAD_EXEC_ARGV = extname(__filename) === '.ts' ? ['--require', 'ts-node/register/transpile-only'] : undefined;

/**
 * Runs the extraction core and the HTML reader off the caller's thread, so a request thread or a worker's event
 * loop never does unbounded work: each task runs in a thread of its own with a heap limit, under a deadline that
 * starts when the work starts; a thread that overruns it is ended. What it refuses comes back as an
 * ExtractionLimitError (permanent: the same input fails the same way) or an ExtractionPoolBusyError (transient).
 */
export class ExtractionPool {
  private readonly piscina: Piscina;
  /** Tasks given to the pool and not yet settled: running or waiting for a thread. */
  private inFlight = 0;

  constructor(private readonly options: ExtractionPoolOptions) {
    this.piscina = new Piscina({
      filename: THREAD_FILE,
      // The export a thread loads first; without one it looks for a default export, which this module has not.
      name: 'extract',
      execArgv: THREAD_EXEC_ARGV,
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    });
  }

  /** Threads a process should use: one core is left for the event loop, Postgres and the rest. */
  static defaultThreads(): number {
    return Math.max(1, Math.min(4, availableParallelism() - 1));
  }

  /** The article's title and plain text from a page (see htmlToArticleText). */
  readHtml(html: string, timeBudgetMs: number): Promise<HtmlArticle> {
    return this.run<HtmlArticle>('readHtml', html, timeBudgetMs);
  }

  /** Quotes, speakers and claims of an article's text (see extractQuotes); its own voice's statements on request. */
  extract(text: string, timeBudgetMs: number, request: VoiceRequest = {}): Promise<ExtractionResult> {
    return this.run<ExtractionResult>('extract', { text, request }, timeBudgetMs);
  }

  /** `extract`'s quotes and statements with each claim's fingerprint (claimFingerprint), within the same budget. */
  extractForStorage(text: string, timeBudgetMs: number, request: VoiceRequest = {}): Promise<StorableExtraction> {
    return this.run<StorableExtraction>('extractForStorage', { text, request }, timeBudgetMs);
  }

  /** Ends the threads once the tasks in hand are done (each within its deadline). */
  async close(): Promise<void> {
    await this.piscina.close();
  }

  private async run<Value>(
    name: 'readHtml' | 'extract' | 'extractForStorage',
    input: unknown,
    timeBudgetMs: number,
  ): Promise<Value> {
    // Counted here rather than by the pool's own maxQueue, which does not count tasks that can be aborted.
    if (this.inFlight >= this.options.threads + this.options.maxQueue) {
      throw new ExtractionPoolBusyError('every extraction thread is busy and the queue for them is full');
    }
    this.inFlight++;
    const { port1, port2 } = new MessageChannel();
    const controller = new AbortController();
    let overran: 'wait' | 'work' | null = null;
    const abort = (why: 'wait' | 'work') => {
      overran = why;
      controller.abort();
    };
    let timer = setTimeout(() => abort('wait'), this.options.maxWaitMs);
    port1.once('message', () => {
      clearTimeout(timer);
      timer = setTimeout(() => abort('work'), timeBudgetMs + (this.options.graceMs ?? 2_000));
    });
    try {
      // piscina types what a thread returns as any: the outcome is what extraction-thread.ts returns
      const outcome = (await this.piscina.run(
        { input, timeBudgetMs, started: port2 },
        { name, signal: controller.signal, transferList: [port2] },
      )) as ThreadOutcome<Value>;
      if ('limit' in outcome) throw new ExtractionLimitError(outcome.limit.kind, outcome.limit.message);
      return outcome.value;
    } catch (error) {
      throw this.explain(error, overran, timeBudgetMs);
    } finally {
      this.inFlight--;
      clearTimeout(timer);
      port1.close();
    }
  }

  private explain(error: unknown, overran: 'wait' | 'work' | null, timeBudgetMs: number): unknown {
    if (overran === 'work') {
      return new ExtractionLimitError(
        LimitKind.Time,
        `the work took longer than its budget of ${formatDuration(timeBudgetMs)} and was stopped`,
      );
    }
    if (overran === 'wait') {
      return new ExtractionPoolBusyError(
        `no extraction thread was free within ${formatDuration(this.options.maxWaitMs)}`,
      );
    }
    const code = (error as { code?: string })?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new ExtractionLimitError(
        LimitKind.Memory,
        `the work needed more than its memory budget of ${this.options.memoryMb} MB and was stopped`,
      );
    }
    return error;
  }
}
