import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { checkReachable } from '@app/observability';
import { runDemo } from '../demo/run-demo';
import { migrateCommand } from './migrate.command';

const DIST = join(__dirname, '../../../..');

/**
 * `factcheck serve`: migrates, then runs the API and the worker as two child processes until Ctrl-C or SIGTERM,
 * which is passed to both so each shuts down gracefully. If one dies, the other is stopped too.
 */
export async function serveCommand(config: AppConfig, options: { demo?: boolean }): Promise<void> {
  await checkReachable(config, ['postgres', 'redis'], { databaseMayBeMissing: true });
  const logger = new Logger('Serve');
  await migrateCommand(config);
  const env = { ...process.env };
  let adminKey = config.ADMIN_API_KEY;
  if (!adminKey) {
    adminKey = `fck_run_${randomBytes(24).toString('base64url')}`;
    env.ADMIN_API_KEY = adminKey;
    logger.warn(`ADMIN_API_KEY is not set: this run accepts the admin key ${adminKey}`);
  }
  const children: ChildProcess[] = [
    spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], { env, stdio: 'inherit' }),
    spawn(process.execPath, [join(DIST, 'apps/worker/src/main.js')], { env, stdio: 'inherit' }),
  ];
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`stopping (${signal})`);
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const exits = children.map(
    (child) =>
      new Promise<number>((resolve) =>
        child.on('exit', (code, signal) => {
          if (!stopping) {
            logger.error(`a child process exited (${code ?? signal}); stopping the other`);
            stop('SIGTERM');
          }
          resolve(code ?? (signal ? 1 : 0));
        }),
      ),
  );
  if (options.demo) {
    runDemo(`http://localhost:${config.PORT}`, adminKey).catch((error) =>
      logger.error(`demo failed: ${(error as Error).message}`),
    );
  }
  const codes = await Promise.all(exits);
  // Exit now rather than wait for a demo still polling a service that is gone.
  process.exit(codes.every((code) => code === 0) ? 0 : Math.max(1, ...codes));
}
