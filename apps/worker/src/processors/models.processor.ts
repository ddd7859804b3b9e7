import { AppConfig } from '@app/config';
import { QueueName } from '@app/queue';
import { JobOutcome, RetrainCheckworthinessCommand, RetrainCheckworthinessUseCase } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

/**
 * The check-worthiness model's retraining, scheduled every CHECKWORTHINESS_RETRAIN_CHECK_MINUTES by the reconciler
 * (see CHECKWORTHINESS_RETRAIN). One at a time in a process: a fit takes a thread's whole CPU for minutes.
 */
@QueueProcessor(QueueName.Models)
export class ModelsProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly retrain: RetrainCheckworthinessUseCase,
  ) {
    super(config);
  }

  concurrency(): number {
    return 1;
  }

  protected handle(): Promise<JobOutcome> {
    return this.retrain.execute(new RetrainCheckworthinessCommand());
  }
}
