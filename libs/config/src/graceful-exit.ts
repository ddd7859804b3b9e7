import { Logger } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: close the application (Nest runs every shutdown hook: workers finish or hand back their
 * jobs before queues and connections close), then exit 0. A second signal, or a close that hangs past the grace
 * period, exits at once.
 */
export function exitGracefullyOnSignals(app: { close(): Promise<void> }, name: string, graceMs = 30000): void {
  const logger = new Logger(name);
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    logger.log(`${signal}: shutting down`);
    // A queue command still in flight when its Redis connection closes is cut off; BullMQ hands the job back (or
    // the reconciler finds it), so that is no reason to fail the shutdown. Anything else still is.
    process.on('unhandledRejection', (reason) => {
      const message = (reason as Error)?.message ?? String(reason);
      if (message === 'Connection is closed.') return logger.warn('a queue command was cut off by the shutdown');
      logger.error(`unhandled rejection while shutting down: ${message}`);
      process.exit(1);
    });
    setTimeout(() => {
      logger.error(`shutdown took longer than ${graceMs} ms: exiting`);
      process.exit(1);
    }, graceMs).unref();
    app.close().then(
      () => {
        logger.log('stopped');
        process.exit(0);
      },
      (error) => {
        logger.error(`shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
