import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { JobOutcome, WebhookDeliveriesUseCase } from '@app/workflow';
import { StageProcessor } from './stage-processor';

@Processor(QueueName.Deliver)
export class DeliverProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly deliveries: WebhookDeliveriesUseCase,
  ) {
    super(config);
  }

  protected handle(job: Job<JobPayloads[JobName.DeliverWebhook]>): Promise<JobOutcome> {
    return this.deliveries.deliver(job.data);
  }
}
