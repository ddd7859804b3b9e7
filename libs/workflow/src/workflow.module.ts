import { Module } from '@nestjs/common';
import { ArticlesModule } from './articles/articles.module';
import { ClaimsModule } from './claims/claims.module';
import { CorrectionsModule } from './corrections/corrections.module';
import { DeskModule } from './desk/desk.module';
import { FactChecksModule } from './fact-checks/fact-checks.module';
import { LeasesModule } from './leases/leases.module';
import { RankingModule } from './ranking/ranking.module';
import { RecoveryModule } from './recovery/recovery.module';
import { UsersModule } from './users/users.module';
import { VerdictsModule } from './verdicts/verdicts.module';
import { WebhooksModule } from './webhooks/webhooks.module';

const FEATURES = [
  ArticlesModule,
  ClaimsModule,
  CorrectionsModule,
  DeskModule,
  FactChecksModule,
  LeasesModule,
  RankingModule,
  RecoveryModule,
  UsersModule,
  VerdictsModule,
  WebhooksModule,
];

/**
 * Every use case of the service, a module per feature (the folders of libs/workflow); the API, the worker and the
 * CLI are thin adapters over them.
 */
@Module({ imports: FEATURES, exports: FEATURES })
export class WorkflowModule {}
