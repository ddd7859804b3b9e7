import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { SaveVerdictDraftUseCase } from './save-verdict-draft.usecase';
import { SubmitVerdictUseCase } from './submit-verdict.usecase';
import { ReviewVerdictUseCase } from './review-verdict.usecase';
import { CorrectVerdictUseCase } from './correct-verdict.usecase';
import { PublishVerdictUseCase } from './publish-verdict.usecase';
import { GetClaimReviewUseCase } from './get-claim-review.usecase';
import { ExportClaimReviewsUseCase } from './export-claim-reviews.usecase';
import { RatingScaleProvider } from './rating-scale.provider';

const USE_CASES = [
  SaveVerdictDraftUseCase,
  SubmitVerdictUseCase,
  ReviewVerdictUseCase,
  CorrectVerdictUseCase,
  PublishVerdictUseCase,
  GetClaimReviewUseCase,
  ExportClaimReviewsUseCase,
  RatingScaleProvider,
];

/** Verdicts: drafts, review by a second person, publishing as ClaimReview, corrections. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class VerdictsModule {}
