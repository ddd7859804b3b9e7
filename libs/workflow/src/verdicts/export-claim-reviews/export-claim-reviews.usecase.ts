import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import type { ClaimReviewPageDto } from '../dto/claim-review-page.dto';
import { publishedPage } from '../published-page';
import { VerdictsRepository } from '../verdicts.repository';
import { ExportClaimReviewsCommand } from './export-claim-reviews.command';

/**
 * Published verdicts for other systems, as a ClaimReview JSON-LD feed: every version in publication order (a
 * correction is a new entry whose ClaimReview has `dateModified`).
 */
@Injectable()
export class ExportClaimReviewsUseCase {
  constructor(
    private readonly database: Database,
    private readonly verdicts: VerdictsRepository,
  ) {}

  async execute(command: ExportClaimReviewsCommand): Promise<ClaimReviewPageDto> {
    const { versions, nextCursor } = await publishedPage(this.database, this.verdicts, command);
    return {
      items: versions.map((version) => version.claimReview),
      claimIds: versions.map((version) => version.claimId),
      nextCursor,
    };
  }
}
