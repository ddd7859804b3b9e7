import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitGracefullyOnSignals, exitOnStartupFailure, loadConfig } from '@app/config';
import { checkReachable } from '@app/observability';
import { ratingScaleProblems } from '@app/publishing';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env, [ratingScaleProblems]);
  await checkReachable(config, ['postgres', 'redis']);
  const app = await createWorkerApp(config, { listen: true });
  exitGracefullyOnSignals(app, 'Worker', config.WORKER_SHUTDOWN_GRACE_MS);
  Logger.log(
    `processing queues (prefix "${config.QUEUE_PREFIX}"); health and metrics on ${await app.getUrl()}`,
    'Worker',
  );
}

main().catch(exitOnStartupFailure);
