import { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import {
  ExtractArticleCommand,
  ExtractArticleUseCase,
  ExtractionFailedError,
  FailArticleExtractionCommand,
  FailArticleExtractionUseCase,
  JobOutcome,
} from '@app/workflow';
import { QueueProcessor, StageProcessor } from './stage-processor';

@QueueProcessor(QueueName.Extract)
export class ExtractProcessor extends StageProcessor {
  constructor(
    config: AppConfig,
    private readonly extractArticle: ExtractArticleUseCase,
    private readonly failExtraction: FailArticleExtractionUseCase,
  ) {
    super(config);
  }

  protected async handle(job: Job<JobPayloads[JobName.ExtractArticle]>): Promise<JobOutcome> {
    try {
      return await this.extractArticle.execute(new ExtractArticleCommand(job.data.articleId));
    } catch (error) {
      // A poison article must not retry forever nor block the queue: after the last attempt it is marked failed
      // with the reason, and the job ends. Any other failure (Postgres down, say) says nothing about the article:
      // the job fails and the reconciler tries it again later.
      if (!(error instanceof ExtractionFailedError) || !this.isLastAttempt(job)) throw error;
      return this.failExtraction.execute(new FailArticleExtractionCommand(job.data.articleId, error.message));
    }
  }
}
