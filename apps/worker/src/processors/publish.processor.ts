import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { JobOutcome, PublishVerdictCommand, PublishVerdictUseCase } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Publish)
export class PublishProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly publish: PublishVerdictUseCase,
  ) {
    super(config);
  }

  protected handle(job: Job<JobPayloads[JobName.PublishVerdict]>): Promise<JobOutcome> {
    return this.publish.execute(new PublishVerdictCommand(job.data.verdictId));
  }
}
