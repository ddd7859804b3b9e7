import { EntityManager } from 'typeorm';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { isWebhookEventType, serializeWebhookPayload } from '@app/webhooks';

/** Every action recorded in the audit trail. Those that are also webhook events carry the webhook's name. */
export enum EventType {
  ArticleReceived = 'article.received',
  ArticleExtracted = 'article.extracted',
  ArticleFailed = 'article.failed',
  ClaimParked = 'claim.parked',
  ClaimReady = 'claim.ready',
  ClaimPromoted = 'claim.promoted',
  ClaimDismissed = 'claim.dismissed',
  ClaimOverdue = 'claim.overdue',
  ClaimMatched = 'claim.matched',
  MatchConfirmed = 'match.confirmed',
  MatchRejected = 'match.rejected',
  LeaseTaken = 'lease.taken',
  LeaseExtended = 'lease.extended',
  LeaseReleased = 'lease.released',
  LeaseExpired = 'lease.expired',
  VerdictDrafted = 'verdict.drafted',
  VerdictSubmitted = 'verdict.submitted',
  VerdictApproved = 'verdict.approved',
  VerdictRejected = 'verdict.rejected',
  VerdictPublished = 'verdict.published',
  VerdictCorrectionApproved = 'verdict.correction-approved',
  VerdictCorrected = 'verdict.corrected',
  UserCreated = 'user.created',
  UserRevoked = 'user.revoked',
  UserKeyRotated = 'user.key-rotated',
  WebhookCreated = 'webhook.created',
  WebhookDeleted = 'webhook.deleted',
  WebhookDisabled = 'webhook.disabled',
  WebhookRetried = 'webhook.retried',
}


export interface RecordEvent {
  type: EventType;
  actorId: string;
  articleId?: string | null;
  claimId?: string | null;
  data?: Record<string, unknown>;
  /** The `data` of the webhook message, when this event is announced to subscribers. */
  webhook?: Record<string, unknown>;
}

/**
 * Appends an event inside the caller's transaction and, for webhook events, creates one delivery per active
 * subscription with its outbox job: a newsroom hears of a change exactly when the change commits.
 */
export async function recordEvent(manager: EntityManager, event: RecordEvent): Promise<string> {
  const [row] = await manager.query(
    `INSERT INTO events (type, actor_id, article_id, claim_id, data) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, created_at`,
    [event.type, event.actorId, event.articleId ?? null, event.claimId ?? null, JSON.stringify(event.data ?? {})],
  );
  const eventId = String(row.id);
  if (event.webhook && isWebhookEventType(event.type)) {
    const body = serializeWebhookPayload(event.type, event.webhook, new Date(row.created_at));
    const deliveries: { id: string }[] = await manager.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, message_id, body, ordering_key)
       SELECT id, $1, $2, $3, $4, $5 FROM webhook_subscriptions
        WHERE active AND deleted_at IS NULL AND $2 = ANY(events)
       ON CONFLICT (subscription_id, event_id) DO NOTHING
       RETURNING id`,
      [eventId, event.type, `msg_${eventId}`, body, event.claimId ? `claim:${event.claimId}` : event.articleId ? `article:${event.articleId}` : null],
    );
    await enqueueInTransaction(
      manager,
      ...deliveries.map((delivery) =>
        jobRequest(JobName.DeliverWebhook, jobId.deliver(delivery.id, 0, 0), { deliveryId: delivery.id, round: 0, attempt: 0 }),
      ),
    );
  }
  return eventId;
}
