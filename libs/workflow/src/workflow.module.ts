import { Module } from '@nestjs/common';
import { DataModule } from './data.module';
import { LeasesModule } from './leases/leases.module';
import { GetClaimUseCase } from './claims/get-claim/get-claim.usecase';
import { GetClaimHistoryUseCase } from './claims/get-claim-history/get-claim-history.usecase';
import { ExtractArticleUseCase } from './articles/extract-article.usecase';
import { ExtractionThreads } from './articles/extraction-threads';
import { GetArticleUseCase } from './articles/get-article.usecase';
import { IngestArticleUseCase } from './articles/ingest-article.usecase';
import { SweepDeadlinesUseCase } from './claims/sweep-deadlines.usecase';
import { DecideClaimMatchUseCase } from './claims/claim-matches.usecase';
import { DismissClaimUseCase } from './claims/dismiss-claim.usecase';
import { DeskStatsUseCase } from './desk/desk-stats.usecase';
import { ListEventsUseCase } from './desk/list-events.usecase';
import { CorrectVerdictUseCase } from './verdicts/correct-verdict.usecase';
import { ExportClaimReviewsUseCase } from './verdicts/export-claim-reviews.usecase';
import { ListClaimsUseCase } from './claims/list-claims.usecase';
import { PromoteClaimUseCase } from './claims/promote-claim.usecase';
import { TriageArticleClaimsUseCase } from './claims/triage-article-claims.usecase';
import { AuthenticateUseCase } from './users/authenticate.usecase';
import { CreateUserUseCase } from './users/create-user.usecase';
import { RevokeUserUseCase } from './users/revoke-user.usecase';
import { RotateApiKeyUseCase } from './users/rotate-api-key.usecase';
import { GetClaimReviewUseCase } from './verdicts/get-claim-review.usecase';
import { PublishVerdictUseCase } from './verdicts/publish-verdict.usecase';
import { RatingScaleProvider } from './verdicts/rating-scale.provider';
import { ReviewVerdictUseCase } from './verdicts/review-verdict.usecase';
import { SaveVerdictDraftUseCase } from './verdicts/save-verdict-draft.usecase';
import { SubmitVerdictUseCase } from './verdicts/submit-verdict.usecase';
import { WebhookDeliveriesUseCase } from './webhooks/webhook-deliveries.usecase';
import { WebhookSubscriptionsUseCase } from './webhooks/webhook-subscriptions.usecase';

const USE_CASES = [
  GetClaimUseCase,
  GetClaimHistoryUseCase,
  AuthenticateUseCase,
  SweepDeadlinesUseCase,
  CorrectVerdictUseCase,
  DecideClaimMatchUseCase,
  DeskStatsUseCase,
  ExportClaimReviewsUseCase,
  ListEventsUseCase,
  CreateUserUseCase,
  DismissClaimUseCase,
  ExtractArticleUseCase,
  ExtractionThreads,
  GetArticleUseCase,
  GetClaimReviewUseCase,
  IngestArticleUseCase,
  ListClaimsUseCase,
  PromoteClaimUseCase,
  PublishVerdictUseCase,
  RatingScaleProvider,
  ReviewVerdictUseCase,
  RevokeUserUseCase,
  RotateApiKeyUseCase,
  SaveVerdictDraftUseCase,
  SubmitVerdictUseCase,
  TriageArticleClaimsUseCase,
  WebhookDeliveriesUseCase,
  WebhookSubscriptionsUseCase,
];

const FEATURES = [LeasesModule];

/** Every use case of the service; the API, the worker and the CLI are thin adapters over these. */
@Module({ imports: [DataModule, ...FEATURES], providers: USE_CASES, exports: [...USE_CASES, ...FEATURES] })
export class WorkflowModule {}
