import { DelayedError, Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { JobOutcome, WebhookDeliveriesUseCase } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Deliver)
export class DeliverProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly deliveries: WebhookDeliveriesUseCase,
  ) {
    super(config);
  }

  concurrency(): number {
    return this.config.WEBHOOK_CONCURRENCY;
  }

  protected async handle(job: Job<JobPayloads[JobName.DeliverWebhook]>, token?: string): Promise<JobOutcome> {
    const outcome = await this.deliveries.deliver(job.data);
    if ('waitFor' in outcome) {
      // An earlier delivery for the same claim goes first: park this job without spending an attempt.
      await job.moveToDelayed(Date.now() + outcome.waitFor, token);
      throw new DelayedError();
    }
    return outcome;
  }
}
