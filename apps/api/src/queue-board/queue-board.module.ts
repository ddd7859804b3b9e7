import { Inject, Module, OnModuleInit } from '@nestjs/common';
import type { Application } from 'express';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { ControllerHandlerReturnType } from '@bull-board/api/typings/app';
import { ExpressAdapter } from '@bull-board/express';
import { BULL_BOARD_ADAPTER, BullBoardInstance, BullBoardModule, InjectBullBoard } from '@bull-board/nestjs';
import { WorkflowModule } from '@app/workflow';
import { QueueModule, ServiceQueues } from '@app/queue';
import { RequestAuthenticator } from '../auth/request-authenticator';
import { BoardSessions } from './board-sessions';
import { QueueBoardAccess } from './queue-board-access';
import { QUEUE_BOARD_PATH } from './queue-board.constants';

/** The dashboard's access check and what it needs: the queues and their Redis connection, sessions, the key lookup. */
@Module({
  imports: [WorkflowModule, QueueModule],
  providers: [BoardSessions, QueueBoardAccess, RequestAuthenticator],
  exports: [QueueModule, QueueBoardAccess],
})
class QueueBoardAccessModule {}

/**
 * Bull Board at /admin/queues, for admins: every queue of the service (libs/queue QueueName) under this
 * deployment's QUEUE_PREFIX, with counts, jobs, failures and retries. The API process only reads and manages the
 * queues; the workers consume them.
 */
@Module({
  imports: [
    QueueBoardAccessModule,
    BullBoardModule.forRootAsync({
      imports: [QueueBoardAccessModule],
      inject: [QueueBoardAccess],
      useFactory: (access: QueueBoardAccess) => ({
        route: QUEUE_BOARD_PATH,
        adapter: ExpressAdapter,
        // Runs before the board's own router, on every path under /admin/queues.
        middleware: access.middleware(),
        boardOptions: { uiConfig: { boardTitle: 'factcheck queues' } },
      }),
    }),
  ],
})
export class QueueBoardModule implements OnModuleInit {
  constructor(
    @InjectBullBoard() private readonly board: BullBoardInstance,
    @Inject(BULL_BOARD_ADAPTER) private readonly adapter: ExpressAdapter,
    private readonly queues: ServiceQueues,
    private readonly access: QueueBoardAccess,
  ) {}

  onModuleInit(): void {
    this.board.setQueues(this.queues.all.map((queue) => new BullMQAdapter(queue)));
    // The board runs its own express app: no x-powered-by there either, and its errors are problems without stacks.
    (this.adapter.getRouter() as Application).disable('x-powered-by');
    // Bull Board's type lists the statuses of its own handlers; express sends any, and a Redis that is away is a 503.
    this.adapter.setErrorHandler(
      (error: Error & { statusCode?: number }) => this.access.failure(error) as ControllerHandlerReturnType,
    );
  }
}
