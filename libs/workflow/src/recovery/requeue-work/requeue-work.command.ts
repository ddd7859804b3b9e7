import { JobRequest } from '@app/queue';

/** Jobs the queues lost, to be handed to BullMQ again. */
export class RequeueWorkCommand {
  constructor(readonly jobs: JobRequest[]) {}
}
