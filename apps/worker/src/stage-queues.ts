import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@app/queue';

/** Every queue of the service by name, for the relay and the reconciler. */
@Injectable()
export class StageQueues {
  readonly byName: Record<QueueName, Queue>;

  constructor(
    @InjectQueue(QueueName.Extract) extract: Queue,
    @InjectQueue(QueueName.Triage) triage: Queue,
    @InjectQueue(QueueName.Publish) publish: Queue,
    @InjectQueue(QueueName.Deliver) deliver: Queue,
    @InjectQueue(QueueName.Leases) leases: Queue,
    @InjectQueue(QueueName.Deadlines) deadlines: Queue,
  ) {
    this.byName = {
      [QueueName.Extract]: extract,
      [QueueName.Triage]: triage,
      [QueueName.Publish]: publish,
      [QueueName.Deliver]: deliver,
      [QueueName.Leases]: leases,
      [QueueName.Deadlines]: deadlines,
    };
  }
}
