import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Logger as PinoLogger } from 'pino';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { HealthModule, loggingModule } from '@app/observability';
import { QueueModule, ServiceQueues } from '@app/queue';
import { WorkflowModule } from '@app/workflow';
import { ArticlesController } from './articles/articles.controller';
import { ApiKeyGuard } from './auth/api-key.guard';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { RequestAuthenticator } from './auth/request-authenticator';
import { ClaimsController } from './claims/claims.controller';
import { CorrectionsController } from './corrections/corrections.controller';
import { DeskController } from './desk/desk.controller';
import { ClaimReviewsController } from './exports/claim-reviews.controller';
import { FactChecksController } from './fact-checks/fact-checks.controller';
import { IdempotencyKeyInterceptor } from './idempotency/idempotency-key';
import { MeController } from './me/me.controller';
import { PeopleController } from './people/people.controller';
import { OpenApiModule } from './openapi/openapi.module';
import { ProblemFilter } from './problems/problem.filter';
import { UnexpectedBodyInterceptor } from './problems/unexpected-body.interceptor';
import { createValidationPipe } from './problems/validation';
import { QueueController } from './queue/queue.controller';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { RatingsController } from './ratings/ratings.controller';
import { ServiceIndexController } from './service-index/service-index.controller';
import { UsersController } from './users/users.controller';
import { VerdictsController } from './verdicts/verdicts.controller';
import { WebhooksController } from './webhooks/webhooks.controller';

/** The HTTP API: controllers turn requests into use-case calls; it produces work but never consumes jobs. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, logger: PinoLogger): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        loggingModule(logger),
        DatabaseModule,
        WorkflowModule,
        OpenApiModule,
        QueueBoardModule,
        HealthModule.forRoot({ imports: [QueueModule], useExisting: ServiceQueues }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
          errorMessage: (_context, detail) =>
            `More than ${detail.limit} requests in a minute from this API key (or, without a key, this address); ` +
            `try again in ${detail.timeToBlockExpire} s.`,
        }),
      ],
      controllers: [
        ArticlesController,
        ClaimsController,
        CorrectionsController,
        VerdictsController,
        ClaimReviewsController,
        DeskController,
        FactChecksController,
        MeController,
        PeopleController,
        QueueController,
        RatingsController,
        ServiceIndexController,
        UsersController,
        WebhooksController,
      ],
      providers: [
        RequestAuthenticator,
        // Guards run in this order: count the request against its key first, then check what the key may do.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyKeyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: UnexpectedBodyInterceptor },
      ],
    };
  }
}
