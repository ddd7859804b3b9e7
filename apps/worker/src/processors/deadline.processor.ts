import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { CheckDeadlineUseCase, JobOutcome } from '@app/workflow';
import { StageProcessor, StageWorker } from './stage-processor';

@StageWorker(QueueName.Deadlines)
export class DeadlineProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly checkDeadline: CheckDeadlineUseCase,
  ) {
    super(config);
  }

  protected handle(job: Job<JobPayloads[JobName.CheckDeadline]>): Promise<JobOutcome> {
    return this.checkDeadline.execute(job.data);
  }
}
