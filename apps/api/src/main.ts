import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { exitGracefullyOnSignals, exitOnStartupFailure, loadConfig } from '@app/config';
import { checkReachable } from '@app/observability';
import { ratingScaleProblems } from '@app/publishing';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env, [ratingScaleProblems]);
  await checkReachable(config, ['postgres', 'redis']);
  const app = await createApiApp(config);
  exitGracefullyOnSignals(app, 'API');
  await app.listen(config.PORT);
  Logger.log(`listening on http://localhost:${config.PORT}`, 'API');
}

main().catch(exitOnStartupFailure);
