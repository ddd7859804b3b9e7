import { Module } from '@nestjs/common';
import { OutboxRepository } from '@app/queue';
import { ClaimViewQuery } from './claims/claim-view.query';
import { ClaimsRepository } from './claims/claims.repository';
import { EventLog } from './events/event-log';
import { EventsRepository } from './events/events.repository';
import { LeasesRepository } from './leases/leases.repository';
import { VerdictsRepository } from './verdicts/verdicts.repository';
import { WebhookDeliveriesRepository } from './webhooks/webhook-deliveries.repository';

const DATA = [
  ClaimsRepository,
  ClaimViewQuery,
  EventLog,
  EventsRepository,
  LeasesRepository,
  OutboxRepository,
  VerdictsRepository,
  WebhookDeliveriesRepository,
];

/**
 * The data layer: one repository (or query class) per aggregate, each the one place that owns its SQL, and the
 * event log every action records itself in. Every feature module imports it; no feature imports another.
 */
@Module({ providers: DATA, exports: DATA })
export class DataModule {}
