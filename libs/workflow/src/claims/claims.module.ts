import { Module } from '@nestjs/common';
import { AddClaimUseCase } from './add-claim/add-claim.usecase';
import { AddClaimNoteUseCase } from './add-claim-note/add-claim-note.usecase';
import { ClaimMaker } from './claim-maker';
import { DataModule } from '../data.module';
import { DecideClaimMatchUseCase } from './decide-claim-match/decide-claim-match.usecase';
import { DismissClaimUseCase } from './dismiss-claim/dismiss-claim.usecase';
import { GetClaimUseCase } from './get-claim/get-claim.usecase';
import { GetClaimHistoryUseCase } from './get-claim-history/get-claim-history.usecase';
import { ListClaimsUseCase } from './list-claims/list-claims.usecase';
import { MergeClaimsUseCase } from './merge-claims/merge-claims.usecase';
import { PromoteClaimUseCase } from './promote-claim/promote-claim.usecase';
import { SplitClaimUseCase } from './split-claim/split-claim.usecase';
import { SweepDeadlinesUseCase } from './sweep-deadlines/sweep-deadlines.usecase';
import { TriageArticleClaimsUseCase } from './triage-article-claims/triage-article-claims.usecase';

const USE_CASES = [
  AddClaimUseCase,
  AddClaimNoteUseCase,
  SplitClaimUseCase,
  MergeClaimsUseCase,
  GetClaimUseCase,
  GetClaimHistoryUseCase,
  ListClaimsUseCase,
  PromoteClaimUseCase,
  DismissClaimUseCase,
  DecideClaimMatchUseCase,
  TriageArticleClaimsUseCase,
  SweepDeadlinesUseCase,
];

/**
 * Claims: triage, the queues, one claim, its notes, promoting, dismissing, repeats and deadlines; claims people add
 * by hand, split and merge.
 */
@Module({ imports: [DataModule], providers: [...USE_CASES, ClaimMaker], exports: USE_CASES })
export class ClaimsModule {}
