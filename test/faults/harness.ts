import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sharedDataDir } from '@app/testing';

export { ApiClient, createDatabase, freePort, PostgresServer, RedisServer, ServiceProcess } from '@app/testing';

export const FAULT_HOOKS = join(__dirname, 'fault-hooks.js');

/** Settings that make stalls, leases and reconciling happen in seconds rather than minutes. */
export function faultEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    QUEUE_PREFIX: `faults-${randomBytes(4).toString('hex')}`,
    ADMIN_API_KEY: `fault-admin-${randomBytes(12).toString('hex')}`,
    WORKER_LOCK_MS: '2000',
    WORKER_STALLED_INTERVAL_MS: '1000',
    WORKER_MAX_STALLED: '3',
    WORKER_SHUTDOWN_GRACE_MS: '20000',
    RECONCILE_SECONDS: '2',
    OUTBOX_POLL_MS: '100',
    EXTRACT_ATTEMPTS: '3',
    WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
    WEBHOOK_TIMEOUT_MS: '1000',
    WEBHOOK_RETRY_SCALE: '0.001',
    LOG_LEVEL: 'log',
    WORKER_HEALTH_PORT: '0',
    // The tests poll the API far more often than people do.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...overrides,
  };
}

/** Real news text to work on: PolNeAR dev articles, each made unique; invented ones when the data is absent. */
export function articleBodies(count: number, marker = ''): string[] {
  const dir = sharedDataDir();
  const texts = dir
    ? readdirSync(join(dir, 'polnear/dev/text'))
        .sort()
        .map((file) => readFileSync(join(dir, 'polnear/dev/text', file), 'utf8'))
    : [
        '“Unemployment fell to 3.1 percent last year,” Governor Ann Lee said.\n\nHer rival disagreed. “Wages fell,” Senator Bo Kim said.',
      ];
  return Array.from({ length: count }, (_, index) =>
    `${texts[index % texts.length]}\n\nArticle ${index} ${marker}`.trimEnd(),
  );
}
