import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { Database } from '@app/database';
import { jobOptionsFor } from './job-options';
import { OutboxRepository, OutboxRow } from './outbox.repository';
import { JobName, QueueName } from './queue-names';

export interface OutboxRelayOptions {
  databaseUrl: string;
  pollMs: number;
  batchSize?: number;
  attempts?: Partial<Record<JobName, number>>;
}

/**
 * Moves committed outbox rows into BullMQ. A row is marked dispatched in the same transaction that read it, after
 * BullMQ accepted the job: a crash in between re-adds the job under the same id, which BullMQ ignores or the
 * idempotent processor shrugs off. Several relays may run at once (SKIP LOCKED splits the rows between them).
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;
  private lastCleanup = 0;
  private readonly outbox = new OutboxRepository();

  constructor(
    private readonly database: Database,
    private readonly queues: Record<QueueName, Queue>,
    private readonly options: OutboxRelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Dispatches one batch; returns how many rows it moved. */
  async dispatchBatch(): Promise<number> {
    return this.database.transaction(async (tx) => {
      const rows = await this.outbox.lockUndispatched(tx, this.options.batchSize ?? 200);
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      const now = Date.now();
      for (const [queueName, queueRows] of byQueue) {
        const queue = this.queues[queueName];
        if (!queue) throw new Error(`outbox names unknown queue ${queueName}`);
        await queue.addBulk(
          queueRows.map((row) => ({
            name: row.jobName,
            data: row.requestId ? { ...row.payload, requestId: row.requestId } : row.payload,
            opts: {
              ...jobOptionsFor(row.jobName, this.options.attempts),
              jobId: row.jobId,
              delay: row.runAt ? Math.max(0, row.runAt.getTime() - now) : undefined,
            },
          })),
        );
      }
      await this.outbox.markDispatched(
        tx,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const moved = await this.dispatchBatch();
        failures = 0;
        await this.cleanup();
        if (moved > 0) continue;
      } catch (error) {
        failures += 1;
        this.logger.warn(`outbox dispatch failed (${failures} in a row): ${(error as Error).message}`);
      }
      const pause = failures > 0 ? Math.min(30_000, this.options.pollMs * 2 ** failures) : this.options.pollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.outbox.deleteDispatched(this.database);
  }

  /** LISTEN for commits that wrote outbox rows, so work starts at once rather than at the next poll. */
  private async listen(): Promise<void> {
    while (this.running && !this.listener) {
      const client = new Client({ connectionString: this.options.databaseUrl });
      try {
        client.on('notification', () => this.wake?.());
        client.on('error', () => {
          if (this.listener === client) this.listener = undefined;
          void client.end().catch(() => undefined);
          if (this.running) setTimeout(() => void this.listen(), 1000);
        });
        await client.connect();
        await client.query('LISTEN outbox');
        this.listener = client;
      } catch {
        await client.end().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    if (!this.running) await this.listener?.end().catch(() => undefined);
  }
}
