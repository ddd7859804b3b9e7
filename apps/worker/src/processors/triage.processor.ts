import { OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { claimFingerprint } from '@app/extraction';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { JobOutcome, TriageArticleClaimsCommand, TriageArticleClaimsUseCase } from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Triage)
export class TriageProcessor extends StageProcessor implements OnModuleInit {
  constructor(
    config: AppConfig,
    private readonly triage: TriageArticleClaimsUseCase,
  ) {
    super(config);
  }

  /**
   * Matching reads the WordNet lexicon on first use (about a second): here, before this worker takes jobs, rather than
   * in the first triage, which holds its article's claims locked while it runs.
   */
  onModuleInit(): void {
    claimFingerprint('Twelve Chinese farmers said 40% of the crops failed');
  }

  protected handle(job: Job<JobPayloads[JobName.TriageArticleClaims]>): Promise<JobOutcome> {
    return this.triage.execute(new TriageArticleClaimsCommand(job.data.articleId));
  }
}
