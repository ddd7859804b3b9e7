import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { ClaimViewQuery } from '../claim-view.query';
import { HistoryEntryDto } from '../dto/claim-history.dto';
import { GetClaimCommand } from '../get-claim/get-claim.command';

/** Every event about a claim, oldest first, with who did it. */
@Injectable()
export class GetClaimHistoryUseCase {
  constructor(
    private readonly database: Database,
    private readonly claimView: ClaimViewQuery,
  ) {}

  async execute({ claimId }: GetClaimCommand): Promise<HistoryEntryDto[]> {
    const history = await this.claimView.history(this.database, claimId);
    if (history.length === 0 && !(await this.claimView.get(this.database, claimId))) {
      throw WorkflowError.notFound('claim', claimId);
    }
    return history;
  }
}
