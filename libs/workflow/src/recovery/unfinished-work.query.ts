import { Injectable } from '@nestjs/common';
import { ArticleStatus, DeliveryStatus, Queryable, sql, VerdictStatus } from '@app/database';
import { jobId, JobName, jobRequest, JobRequest } from '@app/queue';

/**
 * Every job the tables say must still run, each under its deterministic id: extraction of articles not yet
 * extracted, triage of untriaged claims, publication of approved verdicts, pending webhook deliveries (at their
 * next attempt) and the end of every open lease (at its expiry).
 */
@Injectable()
export class UnfinishedWorkQuery {
  async jobs(db: Queryable): Promise<JobRequest[]> {
    const [articles, untriaged, approved, deliveries, leases] = await Promise.all([
      db.query<{ id: string }>(
        sql`SELECT id FROM articles WHERE status IN (${ArticleStatus.Received}, ${ArticleStatus.Extracting})`,
      ),
      db.query<{ articleId: string }>(
        sql`SELECT DISTINCT article_id AS "articleId" FROM claims WHERE triaged_at IS NULL`,
      ),
      db.query<{ id: string }>(sql`SELECT id FROM verdicts WHERE status = ${VerdictStatus.Approved}`),
      db.query<{ id: string; round: number; attempts: number; nextAttemptAt: Date | null }>(sql`
        SELECT id, round, attempts, next_attempt_at AS "nextAttemptAt"
          FROM webhook_deliveries WHERE status = ${DeliveryStatus.Pending}`),
      db.query<{ id: string; expiresAt: Date }>(
        sql`SELECT id, expires_at AS "expiresAt" FROM leases WHERE released_at IS NULL`,
      ),
    ]);
    return [
      ...articles.map(({ id }) => jobRequest(JobName.ExtractArticle, jobId.extract(id), { articleId: id })),
      ...untriaged.map(({ articleId }) =>
        jobRequest(JobName.TriageArticleClaims, jobId.triage(articleId), { articleId }),
      ),
      ...approved.map(({ id }) => jobRequest(JobName.PublishVerdict, jobId.publish(id), { verdictId: id })),
      ...deliveries.map((delivery) =>
        jobRequest(
          JobName.DeliverWebhook,
          jobId.deliver(delivery.id, delivery.round, delivery.attempts),
          { deliveryId: delivery.id, round: delivery.round, attempt: delivery.attempts },
          delivery.nextAttemptAt ?? undefined,
        ),
      ),
      ...leases.map((lease) =>
        jobRequest(
          JobName.ExpireLease,
          jobId.expireLease(lease.id, lease.expiresAt),
          { leaseId: lease.id },
          lease.expiresAt,
        ),
      ),
    ];
  }
}
