import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ExtractionLimitError, ExtractionPool, ExtractionPoolBusyError } from '@app/extraction';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

/**
 * The process's extraction threads (see ExtractionPool), sized by the configuration; threads start when work
 * comes, so a process that never reads a page or extracts an article starts none.
 */
@Injectable()
export class ExtractionThreads extends ExtractionPool implements OnApplicationShutdown {
  constructor(config: AppConfig) {
    const threads = config.EXTRACTION_THREADS || ExtractionPool.defaultThreads();
    super({ threads, maxQueue: threads * 16, maxWaitMs: 60_000, memoryMb: config.EXTRACTION_MEMORY_MB });
  }

  // Last, once the queue workers have stopped taking jobs; the work in hand finishes within its time limit.
  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}

/** A refusal of the pool as a domain error: the input asks too much (422), or no thread is free (503). */
export function refusal(error: unknown, field: string): unknown {
  if (error instanceof ExtractionLimitError) {
    return new WorkflowError(WorkflowErrorCode.TooComplex, `the ${field} was refused: ${error.message}`, {
      limit: error.kind,
      errors: [{ field, message: error.message }],
    });
  }
  if (error instanceof ExtractionPoolBusyError) return new WorkflowError(WorkflowErrorCode.Busy, error.message);
  return error;
}
