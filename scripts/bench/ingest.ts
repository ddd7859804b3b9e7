import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { ensureDatabase, runMigrations } from '@app/database';
import { redisOptionsFromUrl } from '@app/config';
import { QueueName } from '@app/queue';
import { ApiClient, freePort, RedisServer, ServiceProcess, waitFor } from '@app/testing';
import { benchDatabaseUrl, cpuMeter, pidsOf, round, rssMb, runTag, uniqueArticle } from './common';

export interface IngestOptions {
  articles: number;
  workers: number;
  texts: string[];
  /** Write a V8 CPU profile of each worker process here. */
  profileDir?: string;
  /** Sample the RSS of the api and worker processes every second. */
  sampleMemory?: boolean;
}

/**
 * Ingest to ready: articles posted to the API (16 at a time) until every claim is triaged (ranked in research, or
 * parked), with the api and the workers as separate processes on their own database and Redis.
 */
export async function benchIngest(options: IngestOptions) {
  const database = benchDatabaseUrl();
  await ensureDatabase(database.url);
  await runMigrations(database.url);
  const redis = await RedisServer.start();
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: 'bench',
    ADMIN_API_KEY: `bench-admin-${runTag()}${runTag()}`,
    PORT: String(await freePort()),
    RATE_LIMIT_PER_MINUTE: '1000000000',
    LOG_LEVEL: 'log',
    WORKER_HEALTH_PORT: '0',
  };
  const started: { stop(): Promise<void> }[] = [redis];
  const cleanup = async () => {
    for (const item of started.reverse()) await item.stop().catch(() => undefined);
    await database.drop();
  };
  const api = await new ServiceProcess('api', 'api', env).start().catch(async (error) => {
    await cleanup();
    throw error;
  });
  started.push(api);
  const workers = Array.from(
    { length: options.workers },
    (_, index) =>
      new ServiceProcess(
        `worker-${index + 1}`,
        'worker',
        { ...env, WORKER_NAME: `worker-${index + 1}` },
        undefined,
        options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
      ),
  );
  // Listed before they start, so that when one fails to start the others are stopped too, not left running.
  started.push(...workers);
  await Promise.all(workers.map((worker) => worker.start())).catch(async (error) => {
    await cleanup();
    throw error;
  });
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const client = new ApiClient(`http://127.0.0.1:${env.PORT}`, env.ADMIN_API_KEY);
  const run = runTag();
  const meters = {
    api: cpuMeter(() => [api.pid!]),
    workers: cpuMeter(() => workers.map((worker) => worker.pid!)),
    postgres: cpuMeter(() => pidsOf('postgres')),
    redis: cpuMeter(() => [redis.pid!]),
  };
  const memory: { at: number; apiMb: number; workerMb: number }[] = [];
  const sampler = options.sampleMemory
    ? setInterval(() => {
        memory.push({
          at: Date.now(),
          apiMb: rssMb(api.pid!),
          workerMb: Math.max(...workers.map((worker) => rssMb(worker.pid!))),
        });
      }, 1000)
    : undefined;

  try {
    const statements = await statementTimes(pool);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < options.articles) {
          const article = uniqueArticle(options.texts, next++, run);
          await client.postArticle(article.body, { url: article.url });
        }
      }),
    );
    const postedSeconds = (performance.now() - started) / 1000;
    // Polled with two EXISTS on partial indexes, which stop at the first row: counting a growing table every
    // few milliseconds would take CPU from the service being measured.
    await waitFor(
      async () =>
        (
          await pool.query(
            `SELECT NOT EXISTS (SELECT 1 FROM articles WHERE status IN ('received', 'extracting'))
                AND NOT EXISTS (SELECT 1 FROM claims WHERE triaged_at IS NULL) AS ready`,
          )
        ).rows[0].ready,
      { timeoutMs: 60 * 60 * 1000, intervalMs: 250, what: 'every article to be ready' },
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = Object.fromEntries(Object.entries(meters).map(([name, read]) => [name, read()]));
    const rows = (
      await pool.query(
        `SELECT (SELECT count(*) FROM articles WHERE status = 'extracted')::int AS extracted,
                (SELECT count(*) FROM quotes)::int AS quotes, (SELECT count(*) FROM claims)::int AS claims,
                (SELECT count(*) FROM claims WHERE stage = 'research')::int AS research`,
      )
    ).rows[0];
    if (rows.extracted !== options.articles)
      throw new Error(`${rows.extracted} of ${options.articles} articles were extracted`);
    return {
      articles: options.articles,
      workers: options.workers,
      seconds: round(seconds, 2),
      postedInSeconds: round(postedSeconds, 2),
      articlesPerSecond: round(options.articles / seconds, 1),
      rows: { quotes: rows.quotes as number, claims: rows.claims as number, research: rows.research as number },
      /** CPU seconds per article, by process: where the time goes. */
      cpuMsPerArticle: Object.fromEntries(
        Object.entries(cpu).map(([name, value]) => [name, round((value / options.articles) * 1000, 2)]),
      ),
      stages: await stageTimes(env.REDIS_URL, env.QUEUE_PREFIX),
      postgresStatements: await statements.read(options.articles),
      memory: options.sampleMemory ? memoryGrowth(memory) : undefined,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    await pool.end();
    await cleanup();
  }
}

/**
 * Where Postgres spends its time, by statement, per article: from pg_stat_statements when the server loads it
 * (`shared_preload_libraries`); otherwise the bench says so and goes on.
 */
async function statementTimes(pool: Pool) {
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await pool.query('SELECT pg_stat_statements_reset()');
  } catch (error) {
    const note = `pg_stat_statements is not loaded (${(error as Error).message.split('\n')[0]})`;
    return { read: () => Promise.resolve({ note }) };
  }
  return {
    read: async (articles: number) => {
      // Planning counts only when the server tracks it (`pg_stat_statements.track_planning`).
      const rows: { query: string; calls: string; total: number; plan: number }[] = (
        await pool.query(
          `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, total_exec_time AS total,
                  total_plan_time AS plan FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY total_exec_time + total_plan_time DESC LIMIT 12`,
        )
      ).rows;
      return {
        top: rows.map((row) => ({
          statement: row.query.slice(0, 100),
          callsPerArticle: round(Number(row.calls) / articles, 2),
          msPerArticle: round(row.total / articles, 2),
          planMsPerArticle: round(row.plan / articles, 2),
        })),
      };
    },
  };
}

/** From the jobs BullMQ kept: how long each stage's jobs waited and ran. */
async function stageTimes(redisUrl: string, prefix: string) {
  const result: Record<string, { jobs: number; meanWaitMs: number; meanRunMs: number }> = {};
  for (const name of [QueueName.Extract, QueueName.Triage]) {
    const queue = new Queue(name, { connection: redisOptionsFromUrl(redisUrl), prefix });
    try {
      const jobs = await queue.getJobs(['completed'], 0, 20000);
      const waits = jobs.map((job) => (job.processedOn ?? 0) - job.timestamp - (job.opts.delay ?? 0));
      const runs = jobs.map((job) => (job.finishedOn ?? 0) - (job.processedOn ?? 0));
      const mean = (values: number[]) =>
        values.length ? round(values.reduce((sum, value) => sum + value, 0) / values.length, 1) : 0;
      result[name] = { jobs: jobs.length, meanWaitMs: mean(waits), meanRunMs: mean(runs) };
    } finally {
      await queue.close();
    }
  }
  return result;
}

/**
 * Memory a long run keeps: RSS rises and falls with garbage collection, so the lowest RSS of the second fifth of the
 * run (after warm-up) is compared with the lowest of the last fifth. Leaked memory raises the troughs.
 */
function memoryGrowth(samples: { apiMb: number; workerMb: number }[]) {
  if (process.env.BENCH_MEMORY_TRACE)
    process.stderr.write(`${samples.map((sample) => `${sample.apiMb}/${sample.workerMb}`).join(' ')}\n`);
  if (samples.length < 10) return { samples: samples.length, note: 'run too short to judge' };
  const fifth = Math.floor(samples.length / 5);
  const trough = (from: number, to: number, key: 'apiMb' | 'workerMb') =>
    Math.min(...samples.slice(from, to).map((sample) => sample[key]));
  const judge = (key: 'apiMb' | 'workerMb') => {
    const early = trough(fifth, 2 * fifth, key);
    const late = trough(samples.length - fifth, samples.length, key);
    return {
      earlyTroughMb: early,
      lateTroughMb: late,
      peakMb: Math.max(...samples.map((sample) => sample[key])),
      growthPercent: round(((late - early) / early) * 100, 1),
    };
  };
  return { samples: samples.length, api: judge('apiMb'), worker: judge('workerMb') };
}
