import { Injectable, Logger } from '@nestjs/common';
import { Database, SYSTEM_USER_ID } from '@app/database';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { ArticlesRepository } from '../articles.repository';
import { FailArticleExtractionCommand } from './fail-article-extraction.command';

/**
 * Marks an article failed with the reason, unless its extraction has ended already, so that the queue moves on: an
 * article beyond the extraction's bounds at once, any other after its last try.
 */
@Injectable()
export class FailArticleExtractionUseCase {
  private readonly logger = new Logger(FailArticleExtractionUseCase.name);

  constructor(
    private readonly database: Database,
    private readonly articles: ArticlesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ articleId, reason }: FailArticleExtractionCommand): Promise<JobOutcome> {
    return this.database.transaction(async (tx) => {
      if (!(await this.articles.markFailed(tx, articleId, reason))) return skipped('extraction already ended');
      this.logger.warn(`article ${articleId} failed extraction: ${reason}`);
      await this.events.record(tx, [
        { type: EventType.ArticleFailed, actorId: SYSTEM_USER_ID, articleId, data: { reason } },
      ]);
      return done('marked failed');
    });
  }
}
