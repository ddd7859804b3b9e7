import { ApiClient, freePort, RedisServer, ServiceProcess, waitFor, WebhookReceiver } from '@app/testing';
import { ensureDatabase, runMigrations } from '@app/database';
import { Pool } from 'pg';
import { benchDatabaseUrl, round, runTag, uniqueArticle } from './common';

/**
 * Webhook fan-out: `subscriptions` subscriptions to one local receiver, `articles` articles each announcing
 * article.extracted to all of them; deliveries per second from the first to the last one received.
 */
export async function benchWebhooks(options: { subscriptions: number; articles: number; texts: string[] }) {
  const database = benchDatabaseUrl();
  await ensureDatabase(database.url);
  await runMigrations(database.url);
  const redis = await RedisServer.start();
  const receiver = new WebhookReceiver();
  const url = await receiver.start();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    ADMIN_API_KEY: `bench-admin-${runTag()}${runTag()}`,
    PORT: String(await freePort()),
    RATE_LIMIT_PER_MINUTE: '1000000000',
    WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true',
    LOG_LEVEL: 'log',
    WORKER_HEALTH_PORT: '0',
  };
  const api = await new ServiceProcess('api', 'api', env).start();
  const worker = await new ServiceProcess('worker', 'worker', env).start();
  const pool = new Pool({ connectionString: database.url, max: 2 });
  try {
    const client = new ApiClient(`http://127.0.0.1:${env.PORT}`, env.ADMIN_API_KEY);
    for (let index = 0; index < options.subscriptions; index++) {
      const response = await client.request('POST', '/v1/webhooks', {
        url: `${url}/${index}`,
        events: ['article.extracted'],
      });
      if (response.status !== 201) throw new Error(`subscription answered ${response.status}`);
    }
    const run = runTag();
    for (let index = 0; index < options.articles; index++) {
      const article = uniqueArticle(options.texts, index, run);
      await client.postArticle(article.body, { url: article.url });
    }
    const expected = options.subscriptions * options.articles;
    await waitFor(
      async () =>
        Number(
          (await pool.query(`SELECT count(*) FROM webhook_deliveries WHERE status = 'succeeded'`)).rows[0].count,
        ) === expected,
      { timeoutMs: 10 * 60 * 1000, intervalMs: 100, what: 'every delivery' },
    );
    const times = receiver.received.map((request) => request.at).sort((a, b) => a - b);
    const seconds = (times[times.length - 1] - times[0]) / 1000;
    return {
      subscriptions: options.subscriptions,
      deliveries: expected,
      received: receiver.received.length,
      seconds: round(seconds, 2),
      deliveriesPerSecond: round(expected / seconds, 1),
    };
  } finally {
    await pool.end();
    await worker.stop();
    await api.stop();
    await receiver.stop();
    await redis.stop();
    await database.drop();
  }
}
