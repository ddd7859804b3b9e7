import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, exitGracefullyOnSignals, loadConfig } from '@app/config';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  exitGracefullyOnSignals(app, 'API');
  await app.listen(config.PORT);
  Logger.log(`listening on http://localhost:${config.PORT}`, 'API');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
