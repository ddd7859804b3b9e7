import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { isFactCheckSlug } from '../fact-check-slug';
import type { FactCheck } from '../fact-check.views';
import { factCheckSummary, publicVersion } from '../fact-check.summary';
import { FactChecksQuery } from '../fact-checks.query';
import { SameClaimRepository } from '../../verdicts/same-claim.repository';
import { quoteContext } from '../quote-context';
import { GetFactCheckCommand } from './get-fact-check.command';

/**
 * A published fact check for its public page: the version in force, the earlier ones a correction replaced, the quote
 * in the article's text. Anything not published (or no such slug) is a 404, told apart from nothing else.
 */
@Injectable()
export class GetFactCheckUseCase {
  constructor(
    private readonly database: Database,
    private readonly factChecks: FactChecksQuery,
    private readonly sameClaim: SameClaimRepository,
  ) {}

  async execute({ slug }: GetFactCheckCommand): Promise<FactCheck> {
    const notFound = WorkflowError.notFound('fact check', slug);
    if (!isFactCheckSlug(slug)) throw notFound;
    return this.database.transaction(async (tx) => {
      const row = await this.factChecks.bySlug(tx, slug);
      if (!row) throw notFound;
      const [versions, window, appearances] = await Promise.all([
        this.factChecks.versions(tx, row.claimId),
        this.factChecks.quoteWindow(tx, row.claimId),
        this.sameClaim.appearances(tx, row.claimId),
      ]);
      const summary = factCheckSummary(row);
      const author = row.claimReview.itemReviewed.author;
      return {
        ...summary,
        claimText: row.claimText,
        speakerTitle: author && 'jobTitle' in author ? (author.jobTitle ?? null) : null,
        article: {
          title: row.articleTitle,
          url: row.articleUrl,
          publisher: row.publisher,
          publishedAt: row.articlePublishedAt,
        },
        context: quoteContext(window.quoteText, window.text, {
          atStart: window.start === 0,
          atEnd: window.start + [...window.text].length >= window.articleLength,
        }),
        earlier: versions.filter((version) => version.version < row.version).map(publicVersion),
        sameClaim: appearances.flatMap((appearance) =>
          appearance.claimId !== row.claimId && appearance.slug && appearance.verdictId
            ? [
                {
                  slug: appearance.slug,
                  original: appearance.original,
                  article: {
                    title: appearance.articleTitle,
                    url: appearance.articleUrl,
                    publisher: appearance.publisher,
                    publishedAt: appearance.articlePublishedAt,
                  },
                },
              ]
            : [],
        ),
        claimReview: row.claimReview,
      };
    });
  }
}
