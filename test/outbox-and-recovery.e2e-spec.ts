import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { redisOptionsFromUrl } from '@app/config';
import { jobId, JobName, QueueName } from '@app/queue';
import {
  ExtractArticleCommand,
  ExtractArticleUseCase,
  SweepDeadlinesCommand,
  SweepDeadlinesUseCase,
  TriageArticleClaimsCommand,
  TriageArticleClaimsUseCase,
} from '@app/workflow';
import { TEST_REDIS_URL, waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { DEADLINE_SWEEP, ReconcilerService } from '../apps/worker/src/reconciler.service';

/** Postgres is the truth: work committed there reaches its end state whatever happened to the queues. */
describe('outbox relay, reconciler and idempotent stages', () => {
  let service: TestService;
  let key: string;

  beforeAll(async () => {
    service = await startTestService({ worker: false });
    key = (await createUserKey(service, 'ingester')).apiKey;
  });

  afterAll(() => service?.stop());

  const post = async (body: string) =>
    (await service.http(key).post('/v1/articles').send({ body }).expect(202)).body.id as string;
  const statusOf = async (id: string) => (await service.http(key).get(`/v1/articles/${id}`).expect(200)).body.status;

  it('accepts articles while no worker runs, and the relay delivers them when one starts', async () => {
    const ids = await Promise.all([1, 2, 3].map((n) => post(`“Crime fell ${n}0 percent,” the chief said.`)));
    const pending = await service.query('SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL');
    expect(pending[0].n).toBeGreaterThanOrEqual(3);
    expect(await Promise.all(ids.map(statusOf))).toEqual(['received', 'received', 'received']);
    await service.startWorker();
    for (const id of ids) await waitFor(async () => (await statusOf(id)) === 'extracted', { what: `article ${id}` });
    await waitFor(
      async () => (await service.query('SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL'))[0].n === 0,
      {
        what: 'the outbox to drain',
      },
    );
    await service.stopWorker();
  });

  it('rebuilds lost jobs from Postgres when Redis lost them', async () => {
    const id = await post('“Rents doubled in five years,” the tenant union said.');
    // The relay handed the job to Redis, then Redis lost everything.
    await service.query('UPDATE outbox SET dispatched_at = now() WHERE dispatched_at IS NULL');
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${service.config.QUEUE_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await service.startWorker();
    await waitFor(async () => (await statusOf(id)) === 'extracted', { what: 'the reconciler to recover the article' });
    await waitFor(async () => {
      const rows = await service.query(
        'SELECT count(*)::int AS n FROM claims WHERE article_id = $1 AND triaged_at IS NULL',
        [id],
      );
      return rows[0].n === 0;
    });
    await service.stopWorker();
  });

  it('retries a job the queue gave up on, found by its id', async () => {
    const id = await post('“Water bills went up 18 percent since the plant was sold,” the residents said.');
    await service.query('UPDATE outbox SET dispatched_at = now() WHERE dispatched_at IS NULL');
    const connection = { ...redisOptionsFromUrl(TEST_REDIS_URL), maxRetriesPerRequest: null };
    const prefix = service.config.QUEUE_PREFIX;
    const queue = new Queue(QueueName.Extract, { connection, prefix });
    const failing = new Worker(QueueName.Extract, async () => Promise.reject(new Error('a broken worker')), {
      connection,
      prefix,
    });
    try {
      await queue.add(JobName.ExtractArticle, { articleId: id }, { jobId: jobId.extract(id), attempts: 1 });
      await waitFor(async () => (await queue.getJobState(jobId.extract(id))) === 'failed', { what: 'the job to fail' });
    } finally {
      await failing.close();
    }
    await service.startWorker();
    await waitFor(async () => (await statusOf(id)) === 'extracted', { what: 'the reconciler to retry the failed job' });
    await queue.close();
    await service.stopWorker();
  });

  it('schedules the deadline sweep again after Redis lost it; the sweep marks only claims past their deadline', async () => {
    const worker = await service.startWorker();
    const [due, waiting] = await seedResearchClaims(service, 2);
    const deadlineMinutes = service.config.RESEARCH_DEADLINE_MINUTES;
    await service.query(`UPDATE claims SET stage_entered_at = now() - make_interval(mins => $2) WHERE id = $1`, [
      due,
      deadlineMinutes + 1,
    ]);
    const redis = new Redis(TEST_REDIS_URL);
    const keys = await redis.keys(`${service.config.QUEUE_PREFIX}:${QueueName.Deadlines}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    const deadlines = new Queue(QueueName.Deadlines, {
      connection: redisOptionsFromUrl(TEST_REDIS_URL),
      prefix: service.config.QUEUE_PREFIX,
    });
    try {
      expect(await deadlines.getJobScheduler(DEADLINE_SWEEP)).toBeUndefined();
      await worker.get(ReconcilerService).reconcile();
      expect(await deadlines.getJobScheduler(DEADLINE_SWEEP)).toMatchObject({ name: JobName.SweepDeadlines });
    } finally {
      await deadlines.close();
    }
    // The schedule's first sweep runs at once.
    await waitFor(async () => (await service.query('SELECT overdue FROM claims WHERE id = $1', [due]))[0].overdue, {
      what: 'the sweep to mark the claim past its deadline',
    });
    expect((await service.query('SELECT overdue FROM claims WHERE id = $1', [waiting]))[0].overdue).toBe(false);
    const events = await service.query('SELECT claim_id FROM events WHERE type = $1 AND claim_id = ANY($2)', [
      'claim.overdue',
      [due, waiting],
    ]);
    expect(events).toEqual([{ claim_id: due }]);
    // A second sweep finds nothing more to do.
    expect(await worker.get(SweepDeadlinesUseCase).execute(new SweepDeadlinesCommand())).toMatchObject({
      status: 'skipped',
    });
    await service.stopWorker();
  });

  it('runs extraction and triage twice, even at once, with one result', async () => {
    const id = await post('“Exports grew 7 percent in 2025, and imports fell 3 percent,” the minister said.');
    const worker = await service.startWorker();
    // Both stages done once by the worker, so every second run below must find nothing to do.
    await waitFor(async () => (await statusOf(id)) === 'extracted');
    await waitFor(
      async () =>
        (
          await service.query('SELECT count(*)::int AS n FROM claims WHERE article_id = $1 AND triaged_at IS NULL', [
            id,
          ])
        )[0].n === 0,
      {
        what: 'triage to finish',
      },
    );
    const count = async () =>
      (
        await service.query(
          'SELECT (SELECT count(*) FROM quotes WHERE article_id = $1)::int AS quotes, (SELECT count(*) FROM claims WHERE article_id = $1)::int AS claims',
          [id],
        )
      )[0];
    const before = await count();
    expect(before.quotes).toBeGreaterThan(0);
    const outcomes = await Promise.all([
      worker.get(ExtractArticleUseCase).execute(new ExtractArticleCommand(id)),
      worker.get(ExtractArticleUseCase).execute(new ExtractArticleCommand(id)),
      worker.get(TriageArticleClaimsUseCase).execute(new TriageArticleClaimsCommand(id)),
      worker.get(TriageArticleClaimsUseCase).execute(new TriageArticleClaimsCommand(id)),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(await count()).toEqual(before);
    const events = await service.query(
      `SELECT count(*)::int AS n FROM events WHERE article_id = $1 AND type = 'article.extracted'`,
      [id],
    );
    expect(events[0].n).toBe(1);
    await service.stopWorker();
  });

  it('keeps the audit trail append-only', async () => {
    await expect(service.query('UPDATE events SET type = $1', ['tampered'])).rejects.toThrow(/append-only/);
    await expect(service.query('DELETE FROM events')).rejects.toThrow(/append-only/);
  });
});
