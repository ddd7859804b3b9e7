import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { enqueueInTransaction, jobId, JobName, jobRequest, JobRequest } from '@app/queue';

/**
 * Rebuilds the queues from Postgres: every piece of unfinished work the tables show gets its job again, under its
 * deterministic id, through the outbox. Run at start-up and periodically, it makes the loss of Redis (or of a job)
 * a delay rather than a loss; jobs that still exist are left alone, finished ones run again as no-ops.
 */
@Injectable()
export class ReconcilerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReconcilerService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const tick = () => {
      this.running = this.reconcile().catch((error) => this.logger.warn(`reconcile failed: ${error.message}`));
    };
    tick();
    this.timer = setInterval(tick, this.config.RECONCILE_SECONDS * 1000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Returns how many jobs it re-enqueued, by job name. */
  async reconcile(): Promise<Record<string, number>> {
    const jobs: JobRequest[] = [];
    const rows = async <Row>(sql: string): Promise<Row[]> => this.dataSource.query(sql);

    for (const { id } of await rows<{ id: string }>(
      `SELECT id FROM articles WHERE status IN ('received', 'extracting')`,
    )) {
      jobs.push(jobRequest(JobName.ExtractArticle, jobId.extract(id), { articleId: id }));
    }
    for (const { article_id: articleId } of await rows<{ article_id: string }>(
      `SELECT DISTINCT article_id FROM claims WHERE triaged_at IS NULL`,
    )) {
      jobs.push(jobRequest(JobName.TriageArticleClaims, jobId.triage(articleId), { articleId }));
    }
    for (const { id } of await rows<{ id: string }>(`SELECT id FROM verdicts WHERE status = 'approved'`)) {
      jobs.push(jobRequest(JobName.PublishVerdict, jobId.publish(id), { verdictId: id }));
    }
    for (const delivery of await rows<{ id: string; round: number; attempts: number; next_attempt_at: Date | null }>(
      `SELECT id, round, attempts, next_attempt_at FROM webhook_deliveries WHERE status = 'pending'`,
    )) {
      jobs.push(
        jobRequest(
          JobName.DeliverWebhook,
          jobId.deliver(delivery.id, delivery.round, delivery.attempts),
          { deliveryId: delivery.id, round: delivery.round, attempt: delivery.attempts },
          delivery.next_attempt_at ? new Date(delivery.next_attempt_at) : undefined,
        ),
      );
    }
    for (const lease of await rows<{ lease_id: string; lease_expires_at: Date }>(
      `SELECT lease_id, lease_expires_at FROM claims WHERE lease_id IS NOT NULL`,
    )) {
      const expiresAt = new Date(lease.lease_expires_at);
      jobs.push(jobRequest(JobName.ExpireLease, jobId.expireLease(lease.lease_id, expiresAt), { leaseId: lease.lease_id }, expiresAt));
    }

    for (const claim of await rows<{ id: string; stage: 'research' | 'review'; stage_entered_at: Date }>(
      `SELECT id, stage, stage_entered_at FROM claims WHERE stage IN ('research', 'review') AND NOT overdue`,
    )) {
      const enteredAt = new Date(claim.stage_entered_at);
      const minutes = claim.stage === 'research' ? this.config.RESEARCH_DEADLINE_MINUTES : this.config.REVIEW_DEADLINE_MINUTES;
      jobs.push(
        jobRequest(
          JobName.CheckDeadline,
          jobId.deadline(claim.id, claim.stage, enteredAt),
          { claimId: claim.id, stage: claim.stage, enteredAt: enteredAt.toISOString() },
          new Date(enteredAt.getTime() + minutes * 60_000),
        ),
      );
    }

    for (let start = 0; start < jobs.length; start += 1000) {
      await this.dataSource.transaction((manager) => enqueueInTransaction(manager, ...jobs.slice(start, start + 1000)));
    }
    const counts: Record<string, number> = {};
    for (const job of jobs) counts[job.name] = (counts[job.name] ?? 0) + 1;
    if (jobs.length > 0) this.logger.log(`re-enqueued unfinished work: ${JSON.stringify(counts)}`);
    return counts;
  }
}
