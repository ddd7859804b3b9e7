import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import type { ClaimReviewDto } from '../dto/claim-review.dto';
import { VerdictsRepository } from '../verdicts.repository';
import { GetClaimReviewCommand } from './get-claim-review.command';

/** The ClaimReview JSON-LD of the claim's version in force: its latest published verdict. */
@Injectable()
export class GetClaimReviewUseCase {
  constructor(
    private readonly database: Database,
    private readonly verdicts: VerdictsRepository,
  ) {}

  async execute({ claimId }: GetClaimReviewCommand): Promise<ClaimReviewDto> {
    const found = await this.verdicts.claimReviewInForce(this.database, claimId);
    if (!found) throw WorkflowError.notFound('claim', claimId);
    if (!found.claimReview) {
      throw new WorkflowError(WorkflowErrorCode.NotFound, `claim ${claimId} has no published verdict yet`);
    }
    return found.claimReview;
  }
}
