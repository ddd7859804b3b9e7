import { AppConfig } from '@app/config';
import { QueueName } from '@app/queue';
import { JobOutcome, SweepDeadlinesCommand, SweepDeadlinesUseCase } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

/** The deadline sweep, scheduled every DEADLINE_SWEEP_SECONDS by the reconciler (see DEADLINE_SWEEP). */
@QueueProcessor(QueueName.Deadlines)
export class DeadlineProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly sweepDeadlines: SweepDeadlinesUseCase,
  ) {
    super(config);
  }

  // Every job of this queue is a sweep; any timer left by an older version is one too.
  protected handle(): Promise<JobOutcome> {
    return this.sweepDeadlines.execute(new SweepDeadlinesCommand());
  }
}
