import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { WorkflowModule } from '@app/workflow';
import { ArticlesController } from './articles/articles.controller';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ClaimsController } from './claims/claims.controller';
import { DeskController } from './desk/desk.controller';
import { ClaimReviewsController } from './exports/claim-reviews.controller';
import { HealthController } from './health/health.controller';
import { RedisHealth } from './health/redis-health';
import { ProblemFilter } from './problems/problem.filter';
import { createValidationPipe } from './problems/validation';
import { QueueController } from './queue/queue.controller';
import { RatingsController } from './ratings/ratings.controller';
import { UsersController } from './users/users.controller';
import { WebhooksController } from './webhooks/webhooks.controller';

/** The HTTP API: controllers turn requests into use-case calls; it produces work but never consumes jobs. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, WorkflowModule],
      controllers: [
        ArticlesController,
        ClaimsController,
        ClaimReviewsController,
        DeskController,
        QueueController,
        RatingsController,
        UsersController,
        WebhooksController,
        HealthController,
      ],
      providers: [
        RedisHealth,
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
