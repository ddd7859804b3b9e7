import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Pool, PoolClient } from 'pg';
import { ensureDatabase, runMigrations } from '@app/database';
import { redisOptionsFromUrl } from '@app/config';
import { RedisServer } from '@app/testing';
import { benchDatabaseUrl, cpuMeter, pidsOf, round } from './common';

export interface BareOptions {
  articles: number;
  /** Rows per article, as the service stored them in the ingest run. */
  quotesPerArticle: number;
  claimsPerArticle: number;
  concurrency: number;
  texts: string[];
}

/**
 * The bare limit of what the service stands on, for the same work as ingest-to-ready: the same rows inserted into
 * the same tables and updated as triage does, moved through two BullMQ stages by no-op workers, with no
 * application logic. Measured three ways: the queue alone, Postgres alone, and both together (the pipeline).
 */
export async function benchBareLimit(options: BareOptions) {
  const database = benchDatabaseUrl();
  await ensureDatabase(database.url);
  await runMigrations(database.url);
  const redis = await RedisServer.start();
  const pool = new Pool({ connectionString: database.url, max: options.concurrency + 2 });
  const sentences = options.texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 40);
  try {
    const queueOnly = await chain(
      redis.url,
      options,
      () => Promise.resolve(undefined),
      () => Promise.resolve(undefined),
    );
    const postgresOnly = await postgresAlone(pool, options, sentences);
    const meters = {
      postgres: cpuMeter(() => pidsOf('postgres')),
      redis: cpuMeter(() => [redis.pid!]),
      bench: cpuMeter(() => [process.pid]),
    };
    const pipeline = await chain(
      redis.url,
      options,
      async (index) => insertArticle(pool, options, sentences, index),
      async (articleId) => triageArticle(pool, articleId as string),
    );
    return {
      queueOnlyArticlesPerSecond: queueOnly,
      postgresOnlyArticlesPerSecond: postgresOnly,
      pipelineArticlesPerSecond: pipeline,
      /** CPU milliseconds per article of the pipeline run, by process ("bench" is the no-op workers). */
      pipelineCpuMsPerArticle: Object.fromEntries(
        Object.entries(meters).map(([name, read]) => [name, round((read() / options.articles) * 1000, 2)]),
      ) as Record<string, number>,
    };
  } finally {
    await pool.end();
    await redis.stop();
    await database.drop();
  }
}

/** N jobs through two queues; each first-stage job adds its second-stage job. Returns articles per second. */
async function chain(
  redisUrl: string,
  options: BareOptions,
  first: (index: number) => Promise<unknown>,
  second: (result: unknown) => Promise<unknown>,
): Promise<number> {
  const connection = redisOptionsFromUrl(redisUrl);
  const prefix = `bare-${randomUUID().slice(0, 8)}`;
  const stageOne = new Queue('one', { connection, prefix });
  const stageTwo = new Queue('two', { connection, prefix });
  let finished = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const workers = [
    new Worker(
      'one',
      async (job) => stageTwo.add('two', { result: await first(job.data.index) }, { removeOnComplete: true }),
      {
        connection: { ...connection, maxRetriesPerRequest: null },
        prefix,
        concurrency: options.concurrency,
      },
    ),
    new Worker(
      'two',
      async (job) => {
        await second(job.data.result);
        if (++finished === options.articles) resolveDone();
      },
      { connection: { ...connection, maxRetriesPerRequest: null }, prefix, concurrency: options.concurrency },
    ),
  ];
  const started = performance.now();
  for (let start = 0; start < options.articles; start += 500) {
    await stageOne.addBulk(
      Array.from({ length: Math.min(500, options.articles - start) }, (_, offset) => ({
        name: 'one',
        data: { index: start + offset },
        opts: { removeOnComplete: true },
      })),
    );
  }
  await done;
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.close()));
  await Promise.all([stageOne.obliterate({ force: true }), stageTwo.obliterate({ force: true })]);
  await Promise.all([stageOne.close(), stageTwo.close()]);
  return round(options.articles / seconds, 1);
}

async function postgresAlone(pool: Pool, options: BareOptions, sentences: string[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.articles) {
        const articleId = await insertArticle(pool, options, sentences, next++ + 1_000_000);
        await triageArticle(pool, articleId);
      }
    }),
  );
  return round(options.articles / ((performance.now() - started) / 1000), 1);
}

/** What extraction stores for one article, as plain multi-row inserts in one transaction. */
async function insertArticle(pool: Pool, options: BareOptions, sentences: string[], index: number): Promise<string> {
  const articleId = randomUUID();
  await transaction(pool, async (client) => {
    await client.query(
      `INSERT INTO articles (id, body, body_hash, source_format, submitted_by, status, url, url_key)
       VALUES ($1, $2, md5($2), 'text', '00000000-0000-0000-0000-000000000000', 'extracted', $3, $3)`,
      [articleId, sentences.slice(index % 50, (index % 50) + 30).join(' '), `https://bare.example/${articleId}`],
    );
    const quoteIds = Array.from({ length: options.quotesPerArticle }, () => randomUUID());
    await client.query(
      `INSERT INTO quotes (id, article_id, position, text, start_offset, end_offset, kind)
       SELECT unnest($1::uuid[]), $2, generate_subscripts($1::uuid[], 1), unnest($3::text[]), 0, 10, 'direct'`,
      [quoteIds, articleId, quoteIds.map((_, offset) => sentences[(index + offset) % sentences.length])],
    );
    const claimQuotes = Array.from(
      { length: options.claimsPerArticle },
      (_, offset) => quoteIds[offset % quoteIds.length],
    );
    const claimTexts = claimQuotes.map((_, offset) => sentences[(index * 7 + offset) % sentences.length]);
    await client.query(
      `INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, checkworthiness, checkworthy, stage_entered_at, match_bands)
       SELECT $1, quote_id, position, text, text, 0, 10, 0.5, true, now(), ARRAY[position::bigint, position::bigint + 4294967296]
         FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS claim(quote_id, text, position)`,
      [articleId, claimQuotes, claimTexts],
    );
  });
  return articleId;
}

/** What triage changes for one article: every claim ranked and moved, in one statement. */
async function triageArticle(pool: Pool, articleId: string): Promise<void> {
  await pool.query(
    `UPDATE claims SET triaged_at = now(), stage = 'research', priority = 0.5, queue_rank = random(), updated_at = now()
      WHERE article_id = $1`,
    [articleId],
  );
}

async function transaction(pool: Pool, work: (client: PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
