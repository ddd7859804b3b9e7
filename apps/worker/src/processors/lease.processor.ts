import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { ExpireLeaseCommand, ExpireLeaseUseCase, JobOutcome } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Leases)
export class LeaseProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly expireLease: ExpireLeaseUseCase,
  ) {
    super(config);
  }

  protected handle(job: Job<JobPayloads[JobName.ExpireLease]>): Promise<JobOutcome> {
    return this.expireLease.execute(new ExpireLeaseCommand(job.data.leaseId));
  }
}
