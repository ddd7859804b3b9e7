import { join } from 'node:path';
import { Pool } from 'pg';
import type { AppConfig } from '@app/config';
import { ApiClient, freePort, ServiceProcess } from '@app/testing';
import { Worker } from 'node:worker_threads';
import { Latencies, load, round } from './common';
import { createDataset, Dataset } from './dataset';
import { benchDesk } from './desk';
import { watchWindow } from './window';

/** Queries on the hot paths; each must be served by an index at a million claims. */
const HOT_QUERIES: { name: string; sql: string; params: (dataset: Dataset) => unknown[] }[] = [
  {
    name: 'take-next (research)',
    sql: `SELECT id FROM claims candidate WHERE candidate.stage = $1
            AND (candidate.lease_expires_at IS NULL OR candidate.lease_expires_at <= now())
            AND NOT EXISTS (SELECT 1 FROM verdicts own JOIN verdict_authors wrote ON wrote.verdict_id = own.id
                             WHERE own.claim_id = candidate.id AND own.status = 'submitted' AND wrote.user_id = $2)
          ORDER BY candidate.queue_rank DESC, candidate.id LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED`,
    params: () => ['research', '00000000-0000-0000-0000-000000000000'],
  },
  {
    name: 'leases held (take-next, lease limit)',
    sql: `SELECT count(*) FROM leases open_lease JOIN claims held ON held.id = open_lease.claim_id AND held.lease_id = open_lease.id
          WHERE open_lease.holder_id = $1 AND open_lease.released_at IS NULL AND held.lease_expires_at > now()`,
    params: () => ['00000000-0000-0000-0000-000000000000'],
  },
  {
    name: 'deadline sweep',
    sql: `SELECT id FROM claims WHERE NOT overdue AND stage IN ('research', 'review')
            AND ((stage = 'research' AND stage_entered_at <= now() - interval '1 day') OR (stage = 'review' AND stage_entered_at <= now() - interval '8 hours'))
          ORDER BY stage_entered_at LIMIT 200 FOR NO KEY UPDATE SKIP LOCKED`,
    params: () => [],
  },
  {
    name: 'speaker prominence',
    sql: `SELECT count(*) FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = $1 LIMIT 50) quoted`,
    params: (dataset) => [dataset.sampleSpeakerId],
  },
  {
    name: 'list by speaker',
    sql: `SELECT id FROM claims WHERE stage = 'research' AND speaker_id IN (SELECT id FROM speakers WHERE name ILIKE $1)
          ORDER BY queue_rank DESC, id LIMIT 21`,
    params: (dataset) => [`%${dataset.sampleSpeaker}%`],
  },
  {
    name: 'list by words',
    sql: `SELECT id FROM claims WHERE stage = 'research' AND search_vector @@ websearch_to_tsquery('english', $1)
          ORDER BY queue_rank DESC, id LIMIT 21`,
    params: () => ['unemployment'],
  },
  {
    name: 'time in research (each listed claim)',
    sql: `SELECT coalesce(sum(extract(epoch FROM coalesce(left_at, now()) - entered_at)), 0) FROM claim_stage_periods
          WHERE claim_id = $1 AND stage = 'research'`,
    params: () => ['00000000-0000-0000-0000-000000000000'],
  },
  {
    name: 'list by article',
    sql: `SELECT id FROM claims WHERE article_id = $1 ORDER BY queue_rank DESC, id LIMIT 21`,
    params: (dataset) => [dataset.sampleArticleId],
  },
];

export interface ScaleOptions {
  sizes: number[];
  sentences: string[];
  takes: number;
  /** Mean pause of each of the 50 reviewers between two take-next requests. */
  thinkMs: number;
  /** How many times take-next with 50 reviewers is measured at the largest size, on the same database. */
  takeNextRuns: number;
  listRequests: number;
  /** The desk under load (autocannon) at the largest size: how long, and how many people at once. */
  desk: { seconds: number; people: number };
}

/**
 * Take-next with 50 concurrent reviewers, claim listing with filters and triage's match query, on databases of
 * growing size; the plan of any hot query that does not use an index is printed.
 */
export async function benchScale(options: ScaleOptions) {
  const results = [];
  const dataset = await createDataset(options.sentences);
  const port = await freePort();
  const api = await new ServiceProcess(
    'api',
    'api',
    {
      DATABASE_URL: dataset.url,
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://localhost:6379',
      ADMIN_API_KEY: dataset.adminKey,
      PORT: String(port),
      RATE_LIMIT_PER_MINUTE: '1000000000',
      // The saturation run takes claims back to back without finishing them: many leases each, on purpose.
      MAX_LEASES_PER_PERSON: '1000000',
      LOG_LEVEL: 'log',
    },
    join(__dirname, 'process-probe.js'),
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      // V8 options for the API process alone ("--max-semi-space-size=32"), to measure their effect on the tail
      ...(process.env.BENCH_API_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? []),
    ],
  ).start();
  const base = `http://127.0.0.1:${port}`;
  const pool = new Pool({ connectionString: dataset.url, max: 4 });
  let desk: Awaited<ReturnType<typeof benchDesk>> | undefined;
  try {
    for (const size of options.sizes) {
      const largest = size === options.sizes[options.sizes.length - 1];
      const generated = performance.now();
      await dataset.growTo(size);
      const generateSeconds = round((performance.now() - generated) / 1000, 1);
      const clients = dataset.reviewerKeys.map((key) => new ApiClient(base, key));
      const take = async (reviewer: number) => {
        const response = await clients[reviewer % clients.length].request('POST', '/v1/queue/research/next');
        if (response.status !== 200) throw new Error(`take-next answered ${response.status}`);
        return response.body.id as string;
      };
      // The API process is new: before anything is timed, 50 reviewers at once take and finish a claim twice, so its
      // pool has opened the connections a busy desk uses (it keeps them) and their backends have read the catalogue,
      // as in a service that has been running. Otherwise the first timed run also measures connections being opened.
      // Again after each growth: its VACUUM (ANALYZE) invalidates every connection's prepared take-next, planned
      // again at its next take, which a running service pays once per connection after each analyze, not in 400 takes.
      await load(50, 100, (reviewer) =>
        take(reviewer).then((id) =>
          clients[reviewer].request('POST', `/v1/claims/${id}/dismiss`, { reason: 'benchmark' }),
        ),
      );
      // One reviewer alone: what a take-next costs without any queueing behind other requests.
      const alone = await load(1, 200, () =>
        take(0).then((id) => clients[0].request('POST', `/v1/claims/${id}/dismiss`, { reason: 'benchmark' })),
      );
      // 50 reviewers, each taking the next claim, finishing with it after a couple of seconds (far faster than
      // people) and taking the next: each holds one lease at a time, as at a real desk. Only take-next is timed;
      // finishing the previous claim (a dismissal) is done first, as a person does, and not timed. At the largest
      // size it is measured several times on the same database, since its tail varies from run to run.
      // The reviewers run in a thread of their own, so that this thread's garbage collection does not stop their clocks.
      let held: Record<number, string> = {};
      const takeNextRuns = [];
      for (let run = 0; run < (largest ? options.takeNextRuns : 1); run++) {
        const watched = await watchWindow(dataset.url, api);
        const measured = await reviewersInThread({
          baseUrl: base,
          keys: dataset.reviewerKeys,
          people: 50,
          thinkMs: options.thinkMs,
          takes: options.takes,
          held,
        });
        held = measured.held;
        const around = { ...(await watched()), reviewersThreadGc: measured.gc };
        const atServer = around.api.routes['POST /v1/queue/research/next'] ?? {};
        takeNextRuns.push({
          reviewers: 50,
          thinkMs: options.thinkMs,
          perSecond: measured.perSecond,
          ...measured.latency,
          atServer: { p50: atServer.p50, p99: atServer.p99, max: atServer.max },
          around,
        });
      }
      const takeNext = takeNextRuns[0];
      // The most the API serves with all 50 asking back to back: latency there is 50 / throughput.
      const saturated = await load(50, Math.min(options.takes, 1000), (loop) => take(loop));
      // Those claims are done with, as a desk would be, so the next size starts from a queue without held leases.
      await pool.query(
        `WITH done AS (UPDATE claims SET stage = 'dismissed', lease_id = NULL, lease_holder_id = NULL, lease_expires_at = NULL
                        WHERE lease_id IS NOT NULL RETURNING id)
         UPDATE leases SET released_at = now(), release_reason = 'dismissed' WHERE claim_id IN (SELECT id FROM done) AND released_at IS NULL`,
      );
      if (largest && options.desk.seconds > 0)
        desk = await benchDesk({
          base,
          keys: dataset.reviewerKeys,
          ...options.desk,
          apiPid: api.pid!,
          databaseUrl: dataset.url,
        });
      const reviewer = clients[0];
      // One request at a time: the cost of the query itself, at this size.
      const list = async (query: string) =>
        load(1, options.listRequests, async () => {
          const response = await reviewer.request('GET', `/v1/claims?${query}`);
          if (response.status !== 200) throw new Error(`GET /v1/claims?${query} answered ${response.status}`);
        });
      const listing = {
        research: (await list('stage=research&limit=20')).latency,
        review: (await list('stage=review&limit=20')).latency,
        bySpeaker: (await list(`stage=research&speaker=${encodeURIComponent(dataset.sampleSpeaker)}`)).latency,
        byWords: (await list('stage=research&q=unemployment')).latency,
        byPublisher: (await list(`stage=research&publisher=${dataset.samplePublisher}`)).latency,
        byScore: (await list('stage=research&minScore=0.9')).latency,
        byArticle: (await list(`articleId=${dataset.sampleArticleId}`)).latency,
      };
      const matching = await matchQuery(dataset.url, options.sentences, Math.min(100, options.listRequests));
      results.push({
        claims: size,
        generateSeconds,
        takeNext,
        takeNextRuns: takeNextRuns.length > 1 ? takeNextRuns : undefined,
        takeNextPlusDismissAlone: { p50: alone.latency.p50, p99: alone.latency.p99 },
        takeNextSaturated: {
          concurrent: 50,
          perSecond: saturated.perSecond,
          p50: saturated.latency.p50,
          p99: saturated.latency.p99,
        },
        listing,
        matching,
        unindexedPlans: await unindexedPlans(pool, dataset),
      });
    }
  } finally {
    await pool.end();
    await api.stop();
    await dataset.drop();
  }
  const first = results[0];
  const last = results[results.length - 1];
  return {
    sizes: results,
    desk,
    takeNextP99GrowthFirstToLast: round(last.takeNext.p99 / first.takeNext.p99, 2),
  };
}

/**
 * Triage's match query (libs/workflow claim-matching.ts) for new articles of 20 claims each, made of sentences
 * already in the database (so there are real candidates), timed per article; per claim is that over 20.
 */
async function matchQuery(url: string, sentences: string[], articles: number) {
  const { Database, sql } = await import('@app/database');
  const { ClaimMatchesRepository } = await import('../../libs/workflow/src/claims/claim-matches.repository');
  const { findMatches } = await import('../../libs/workflow/src/claims/claim-matching');
  const { claimFingerprint } = await import('../../libs/extraction/src/matching/claim-fingerprint');
  const { Latencies } = await import('./common');
  const database = new Database({ DATABASE_URL: url } as AppConfig);
  const repository = new ClaimMatchesRepository();
  /** Ends each article's transaction, so the database stays as generated; with a code, so its connection is kept. */
  class RolledBack extends Error {
    readonly code = 'rolled-back';
  }
  const latencies = new Latencies();
  try {
    for (let index = 0; index < articles; index++) {
      const measured = database.transaction(async (tx) => {
        const [{ id: articleId }] = await tx.query<{ id: string }>(sql`
          INSERT INTO articles (body, body_hash, source_format, submitted_by)
          VALUES ('x', md5(random()::text), 'text', '00000000-0000-0000-0000-000000000000') RETURNING id`);
        const [{ id: quoteId }] = await tx.query<{ id: string }>(sql`
          INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind)
          VALUES (${articleId}, 0, 'x', 0, 1, 'direct') RETURNING id`);
        const texts = Array.from({ length: 20 }, (_, offset) => sentences[(index * 20 + offset) % sentences.length]);
        const claims = await tx.query<{ id: string; text: string }>(sql`
          INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, checkworthiness,
                              checkworthy, stage_entered_at)
          SELECT ${articleId}, ${quoteId}, n, text, text, 0, 1, 0.5, true, now()
            FROM unnest(${texts}::text[]) WITH ORDINALITY AS claim(text, n)
          RETURNING id, text`);
        // Normalising the texts is the worker's work, not the database's: done before the query is timed.
        const targets = claims.map((claim) => ({ id: claim.id, ...claimFingerprint(claim.text) }));
        const started = performance.now();
        await findMatches(repository, tx, targets);
        latencies.record(performance.now() - started);
        throw new RolledBack();
      });
      await measured.catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    }
  } finally {
    await database.onApplicationShutdown();
  }
  const perArticle = latencies.summary();
  return { claimsPerArticle: 20, perArticle, perClaimP99: round(perArticle.p99 / 20, 2) };
}

async function unindexedPlans(pool: Pool, dataset: Dataset) {
  const found: { query: string; plan: string }[] = [];
  for (const query of HOT_QUERIES) {
    const plan = (await pool.query(`EXPLAIN ${query.sql}`, query.params(dataset))).rows
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    const scanned = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((match) => match[1]);
    const big = [];
    for (const table of scanned) {
      const [{ rows }] = (
        await pool.query(`SELECT reltuples::bigint AS rows FROM pg_class WHERE relname = $1`, [table])
      ).rows;
      if (Number(rows) > 10_000) big.push(table);
    }
    if (big.length > 0) {
      found.push({ query: query.name, plan });
      process.stderr.write(`\nno index for "${query.name}":\n${plan}\n`);
    }
  }
  return found;
}

/** The take-next load of scripts/bench/reviewers-load.js in a worker thread: its latencies, rate and held claims. */
async function reviewersInThread(workerData: {
  baseUrl: string;
  keys: string[];
  people: number;
  thinkMs: number;
  takes: number;
  held: Record<number, string>;
}) {
  const worker = new Worker(join(__dirname, 'reviewers-load.js'), { workerData });
  const result = await new Promise<{
    latencies: number[];
    perSecond: number;
    held: Record<number, string>;
    gc: { count: number; maxMs: number };
  }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the reviewers' thread ended with ${code}`)));
  });
  await worker.terminate();
  const latencies = new Latencies();
  for (const ms of result.latencies) latencies.record(ms);
  return {
    latency: latencies.summary(),
    perSecond: round(result.perSecond, 1),
    held: result.held,
    gc: { count: result.gc.count, maxMs: round(result.gc.maxMs, 2) },
  };
}
