import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { AssignClaimUseCase } from './assign-claim/assign-claim.usecase';
import { BreakLeaseUseCase } from './break-lease/break-lease.usecase';
import { ExpireLeaseUseCase } from './expire-lease/expire-lease.usecase';
import { LeaseClaimUseCase } from './lease-claim/lease-claim.usecase';
import { ReleaseLeaseUseCase } from './release-lease/release-lease.usecase';
import { TakeNextClaimUseCase } from './take-next-claim/take-next-claim.usecase';

const USE_CASES = [
  TakeNextClaimUseCase,
  LeaseClaimUseCase,
  ReleaseLeaseUseCase,
  ExpireLeaseUseCase,
  AssignClaimUseCase,
  BreakLeaseUseCase,
];

/** People's leases on claims: take the next, take one, give it back, the timer that ends one; an editor's assign and break. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class LeasesModule {}
