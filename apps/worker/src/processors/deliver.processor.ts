import { DelayedError, Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { DeliverWebhookCommand, DeliverWebhookUseCase, JobOutcome } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Deliver)
export class DeliverProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly deliverWebhook: DeliverWebhookUseCase,
  ) {
    super(config);
  }

  concurrency(): number {
    return this.config.WEBHOOK_CONCURRENCY;
  }

  protected async handle(job: Job<JobPayloads[JobName.DeliverWebhook]>, token?: string): Promise<JobOutcome> {
    const { deliveryId, round, attempt } = job.data;
    const outcome = await this.deliverWebhook.execute(new DeliverWebhookCommand(deliveryId, round, attempt));
    if ('waitFor' in outcome) {
      // An earlier delivery for the same claim goes first: park this job without spending an attempt.
      await job.moveToDelayed(Date.now() + outcome.waitFor, token);
      throw new DelayedError();
    }
    return outcome;
  }
}
