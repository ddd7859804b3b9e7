import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not, IsNull } from 'typeorm';
import { Claim, Verdict } from '@app/database';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

/** The ClaimReview JSON-LD of a claim's latest published verdict. */
@Injectable()
export class GetClaimReviewUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claimId: string): Promise<Record<string, unknown>> {
    assertUuid('claim', claimId);
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Claim, { id: claimId }))) throw WorkflowError.notFound('claim', claimId);
    const verdict = await manager.findOne(Verdict, {
      where: { claimId, publishedAt: Not(IsNull()), supersededAt: IsNull() },
      order: { version: 'DESC' },
    });
    if (!verdict?.claimReview) {
      throw new WorkflowError(WorkflowErrorCode.NotFound, `claim ${claimId} has no published verdict yet`);
    }
    return verdict.claimReview;
  }
}
