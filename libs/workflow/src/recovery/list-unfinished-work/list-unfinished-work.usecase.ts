import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { JobRequest } from '@app/queue';
import { UnfinishedWorkQuery } from '../unfinished-work.query';

/** The jobs Postgres says must still run: what the queues are rebuilt from when Redis lost work. */
@Injectable()
export class ListUnfinishedWorkUseCase {
  constructor(
    private readonly database: Database,
    private readonly unfinishedWork: UnfinishedWorkQuery,
  ) {}

  execute(): Promise<JobRequest[]> {
    return this.unfinishedWork.jobs(this.database);
  }
}
