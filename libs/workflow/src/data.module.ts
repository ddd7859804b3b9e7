import { Module } from '@nestjs/common';
import { OutboxRepository } from '@app/queue';
import { ARTICLES_REPOSITORIES } from './articles/articles.repositories';
import { CLAIMS_REPOSITORIES } from './claims/claims.repositories';
import { CORRECTIONS_REPOSITORIES } from './corrections/corrections.repositories';
import { DESK_REPOSITORIES } from './desk/desk.repositories';
import { EventLog } from './events/event-log';
import { EventsRepository } from './events/events.repository';
import { FACT_CHECKS_REPOSITORIES } from './fact-checks/fact-checks.repositories';
import { Idempotency } from './idempotency/idempotency';
import { IdempotencyRepository } from './idempotency/idempotency.repository';
import { LEASES_REPOSITORIES } from './leases/leases.repositories';
import { RANKING_REPOSITORIES } from './ranking/ranking.repositories';
import { RECOVERY_REPOSITORIES } from './recovery/recovery.repositories';
import { USERS_REPOSITORIES } from './users/users.repositories';
import { VERDICTS_REPOSITORIES } from './verdicts/verdicts.repositories';
import { WEBHOOKS_REPOSITORIES } from './webhooks/webhooks.repositories';

const DATA = [
  OutboxRepository,
  EventsRepository,
  EventLog,
  IdempotencyRepository,
  Idempotency,
  ...ARTICLES_REPOSITORIES,
  ...CLAIMS_REPOSITORIES,
  ...CORRECTIONS_REPOSITORIES,
  ...DESK_REPOSITORIES,
  ...FACT_CHECKS_REPOSITORIES,
  ...LEASES_REPOSITORIES,
  ...RANKING_REPOSITORIES,
  ...RECOVERY_REPOSITORIES,
  ...USERS_REPOSITORIES,
  ...VERDICTS_REPOSITORIES,
  ...WEBHOOKS_REPOSITORIES,
];

/**
 * The data layer: one repository (or query class, for a read that joins aggregates) per aggregate, each the one
 * place that owns its SQL, listed in `<feature>/<feature>.repositories.ts`; and the event log every action records
 * itself in. Every feature module imports it, so no feature needs another's module.
 */
@Module({ providers: DATA, exports: DATA })
export class DataModule {}
