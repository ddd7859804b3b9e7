import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { OutboxRepository } from '@app/queue';
import { RequeueWorkCommand } from './requeue-work.command';

/** A statement's worth of jobs: bounded, however much work Redis lost. */
const BATCH = 1000;

/** Hands lost jobs to the relay again through the outbox, under their deterministic ids (BullMQ ignores repeats). */
@Injectable()
export class RequeueWorkUseCase {
  constructor(
    private readonly database: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  async execute({ jobs }: RequeueWorkCommand): Promise<void> {
    for (let start = 0; start < jobs.length; start += BATCH) {
      await this.outbox.enqueue(this.database, jobs.slice(start, start + BATCH));
    }
  }
}
