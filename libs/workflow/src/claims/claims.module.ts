import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { GetClaimUseCase } from './get-claim/get-claim.usecase';
import { GetClaimHistoryUseCase } from './get-claim-history/get-claim-history.usecase';
import { ListClaimsUseCase } from './list-claims.usecase';
import { PromoteClaimUseCase } from './promote-claim.usecase';
import { DismissClaimUseCase } from './dismiss-claim.usecase';
import { DecideClaimMatchUseCase } from './claim-matches.usecase';
import { TriageArticleClaimsUseCase } from './triage-article-claims.usecase';
import { SweepDeadlinesUseCase } from './sweep-deadlines.usecase';

const USE_CASES = [
  GetClaimUseCase,
  GetClaimHistoryUseCase,
  ListClaimsUseCase,
  PromoteClaimUseCase,
  DismissClaimUseCase,
  DecideClaimMatchUseCase,
  TriageArticleClaimsUseCase,
  SweepDeadlinesUseCase,
];

/** Claims: triage, the queues, one claim, promoting, dismissing, repeats and deadlines. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class ClaimsModule {}
