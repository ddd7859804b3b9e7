import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database } from '@app/database';
import { ClaimViewQuery } from '../../claims/claim-view.query';
import { ClaimDetailDto } from '../../claims/dto/claim-detail.dto';
import { refuseOverLimit } from '../lease-rules';
import { LeasesRepository } from '../leases.repository';
import { TakeNextClaimCommand } from './take-next-claim.command';

/**
 * Leases the highest-priority free claim of a stage to the caller, and answers with its view: the holder's lock, the
 * take and the view's reads go in one round trip. A claim an editor sent back to the caller comes first; one sent
 * back to someone else is not handed out while it is reserved for them (RETURN_RESERVE_HOURS). Editors are never
 * handed a verdict they wrote part of; nobody is handed more than MAX_LEASES_PER_PERSON claims. The partial unique index on open leases makes a double grant
 * impossible even if the query were wrong.
 */
@Injectable()
export class TakeNextClaimUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly leases: LeasesRepository,
    private readonly claimView: ClaimViewQuery,
  ) {}

  async execute({ actor, stage }: TakeNextClaimCommand): Promise<ClaimDetailDto | null> {
    // A row committed by a concurrent taker between our snapshot and our lock is re-checked and dropped by
    // Postgres, which can leave the page empty although other claims are free: look again before saying "none".
    for (let attempt = 0; attempt < 3; attempt++) {
      const leaseId = randomUUID();
      const terms = { leaseId, holderId: actor.id, stage, seconds: this.config.LEASE_SECONDS };
      // Prepared: planning these statements cost several times running them. Their plans are index probes by key
      // and the walk of the queue's index, the same whatever the values.
      const [, [take], ...view] = await this.database.pipeline(
        [
          this.leases.lockHolderSql(actor.id),
          this.leases.takeNextSql(terms, this.config.MAX_LEASES_PER_PERSON),
          ...this.claimView.statements({ leaseId }),
        ],
        { prepared: true },
      );
      const { claimId, held } = take as { claimId: string | null; held: number };
      if (claimId) return this.claimView.fromRows(view);
      refuseOverLimit(held, this.config.MAX_LEASES_PER_PERSON);
      if (!(await this.leases.anyFree(this.database, stage, actor.id))) return null;
    }
    return null;
  }
}
