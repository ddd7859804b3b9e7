import { Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ensureDatabase, runMigrations } from '@app/database';
import { checkReachable } from '@app/observability';

/** `factcheck migrate`: creates the database when it is missing, then runs pending migrations. */
export async function migrateCommand(config: AppConfig): Promise<void> {
  await checkReachable(config, ['postgres'], { databaseMayBeMissing: true });
  const logger = new Logger('Migrate');
  if (await ensureDatabase(config.DATABASE_URL))
    logger.log(`created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  const ran = await runMigrations(config.DATABASE_URL);
  logger.log(ran.length ? `ran ${ran.join(', ')}` : 'schema is current');
}
