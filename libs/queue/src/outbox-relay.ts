import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { jobOptionsFor } from './job-options';
import { JobName, QueueName } from './queue-names';

interface OutboxRow {
  id: string;
  queue: QueueName;
  job_name: JobName;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date | null;
  request_id: string | null;
}

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

  constructor(
    private readonly dataSource: DataSource,
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
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, job_id, payload, run_at, request_id FROM outbox
          WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 200],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      const now = Date.now();
      for (const [queueName, queueRows] of byQueue) {
        const queue = this.queues[queueName];
        if (!queue) throw new Error(`outbox names unknown queue ${queueName}`);
        await queue.addBulk(
          queueRows.map((row) => ({
            name: row.job_name,
            data: row.request_id ? { ...row.payload, requestId: row.request_id } : row.payload,
            opts: {
              ...jobOptionsFor(row.job_name, this.options.attempts),
              jobId: row.job_id,
              delay: row.run_at ? Math.max(0, new Date(row.run_at).getTime() - now) : undefined,
            },
          })),
        );
      }
      await manager.query('UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1)', [rows.map((row) => row.id)]);
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

  /** Dispatched rows are only kept an hour, for inspection; the domain tables are the record. */
  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 60_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(`DELETE FROM outbox WHERE dispatched_at < now() - interval '1 hour'`);
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
