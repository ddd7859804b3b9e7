import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { JobOutcome, TriageArticleClaimsCommand, TriageArticleClaimsUseCase } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Triage)
export class TriageProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly triage: TriageArticleClaimsUseCase,
  ) {
    super(config);
  }

  protected handle(job: Job<JobPayloads[JobName.TriageArticleClaims]>): Promise<JobOutcome> {
    return this.triage.execute(new TriageArticleClaimsCommand(job.data.articleId));
  }
}
