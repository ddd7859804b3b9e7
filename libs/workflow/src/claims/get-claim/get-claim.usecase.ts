import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { ClaimViewQuery } from '../claim-view.query';
import { ClaimDetailDto } from '../dto/claim-detail.dto';
import { GetClaimCommand } from './get-claim.command';

/** One claim with everything a fact-checker needs (see ClaimViewQuery), read in one round trip. */
@Injectable()
export class GetClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly claimView: ClaimViewQuery,
  ) {}

  async execute({ claimId }: GetClaimCommand): Promise<ClaimDetailDto> {
    const view = await this.claimView.get(this.database, claimId);
    if (!view) throw WorkflowError.notFound('claim', claimId);
    return view;
  }
}
