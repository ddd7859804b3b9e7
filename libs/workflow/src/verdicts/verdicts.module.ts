import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { ApproveVerdictUseCase } from './approve-verdict/approve-verdict.usecase';
import { CorrectVerdictUseCase } from './correct-verdict/correct-verdict.usecase';
import { EditVerdictUseCase } from './edit-verdict/edit-verdict.usecase';
import { ExportClaimReviewsUseCase } from './export-claim-reviews/export-claim-reviews.usecase';
import { ExportClaimReviewsCsvUseCase } from './export-claim-reviews-csv/export-claim-reviews-csv.usecase';
import { GetClaimReviewUseCase } from './get-claim-review/get-claim-review.usecase';
import { GetRatingScaleUseCase } from './get-rating-scale/get-rating-scale.usecase';
import { PublishVerdictUseCase } from './publish-verdict/publish-verdict.usecase';
import { RatingScaleProvider } from './rating-scale.provider';
import { RejectVerdictUseCase } from './reject-verdict/reject-verdict.usecase';
import { ReuseVerdictUseCase } from './reuse-verdict/reuse-verdict.usecase';
import { SaveVerdictDraftUseCase } from './save-verdict-draft/save-verdict-draft.usecase';
import { SubmitVerdictUseCase } from './submit-verdict/submit-verdict.usecase';

const USE_CASES = [
  SaveVerdictDraftUseCase,
  ReuseVerdictUseCase,
  SubmitVerdictUseCase,
  EditVerdictUseCase,
  ApproveVerdictUseCase,
  RejectVerdictUseCase,
  CorrectVerdictUseCase,
  PublishVerdictUseCase,
  GetClaimReviewUseCase,
  ExportClaimReviewsUseCase,
  ExportClaimReviewsCsvUseCase,
  GetRatingScaleUseCase,
];

/** Verdicts: drafts, review by a second person, publishing as ClaimReview, corrections, exports, the rating scale. */
@Module({ imports: [DataModule], providers: [...USE_CASES, RatingScaleProvider], exports: USE_CASES })
export class VerdictsModule {}
