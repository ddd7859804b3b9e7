import { waitFor, WebhookReceiver } from '@app/testing';
import { articleBodies } from './harness';
import { Stack, startStack, waitForArticles, waitForTriage } from './stack';

/** Faults of what the service stands on: Redis emptied or down, Postgres restarted, a crash inside the relay. */
describe('infrastructure faults', () => {
  let stack: Stack;

  afterEach(async () => {
    await stack?.stop();
  });

  const users = async () => {
    const create = async (role: string) =>
      (await stack.client.request('POST', '/v1/users', { name: `${role} person`, role })).body.apiKey as string;
    return { checker: await create('factchecker'), editor: await create('editor') };
  };

  it('4. Redis restarted empty with work in every stage: the reconciler rebuilds the queues and everything finishes', async () => {
    stack = await startStack({ env: { LEASE_SECONDS: '8' } });
    const receiver = new WebhookReceiver();
    const url = await receiver.start();
    receiver.respond = (_request, response) => {
      response.statusCode = 503;
      response.end();
    };
    try {
      await stack.client.request('POST', '/v1/webhooks', {
        url,
        events: ['article.extracted', 'claim.ready', 'verdict.published'],
      });
      let worker = await stack.worker('worker-before').start();
      const { checker, editor } = await users();
      const [bodyA, bodyB] = articleBodies(2);
      const articleA = await stack.client.postArticle(bodyA);
      await waitForArticles(stack, [articleA]);
      await waitForTriage(stack, [articleA]);
      const research = (
        await stack.client.request('GET', `/v1/claims?stage=research&articleId=${articleA}&limit=5`, undefined, checker)
      ).body.items;
      expect(research.length).toBeGreaterThanOrEqual(3);
      const [leased, reviewed, approved] = research.map((claim: { id: string }) => claim.id);
      const verdict = { rating: 'False', summary: 'Not so.', sources: [{ url: 'https://records.example/a' }] };
      // One claim stays leased (its expiry timer lives in Redis), one waits in review, one is approved.
      await stack.client.request('POST', `/v1/claims/${leased}/lease`, undefined, checker);
      for (const claimId of [reviewed, approved]) {
        await stack.client.request('POST', `/v1/claims/${claimId}/lease`, undefined, checker);
        await stack.client.request('PUT', `/v1/claims/${claimId}/verdict`, verdict, checker);
        expect((await stack.client.request('POST', `/v1/claims/${claimId}/submit`, undefined, checker)).status).toBe(
          200,
        );
      }
      await worker.stop();
      // Work committed while the worker is down, then handed to Redis and lost with it.
      expect((await stack.client.request('POST', `/v1/claims/${approved}/lease`, undefined, editor)).status).toBe(200);
      expect((await stack.client.request('POST', `/v1/claims/${approved}/approve`, undefined, editor)).status).toBe(
        200,
      );
      const articleB = await stack.client.postArticle(bodyB);
      await stack.pool.query('UPDATE outbox SET dispatched_at = now() WHERE dispatched_at IS NULL');
      expect(await stack.count(`SELECT count(*) FROM webhook_deliveries WHERE status = 'pending'`)).toBeGreaterThan(0);
      await stack.redis.kill();
      await stack.redis.start();

      receiver.respond = (_request, response) => {
        response.statusCode = 204;
        response.end();
      };
      worker = await stack.worker('worker-after').start();
      await waitForArticles(stack, [articleB]);
      await waitForTriage(stack, [articleB]);
      await waitFor(
        async () =>
          (await stack.client.request('GET', `/v1/claims/${approved}/claimreview`, undefined, checker)).status === 200,
        {
          timeoutMs: 30000,
          what: 'the approved verdict to be published',
        },
      );
      await waitFor(
        async () => (await stack.count(`SELECT count(*) FROM webhook_deliveries WHERE status <> 'succeeded'`)) === 0,
        {
          timeoutMs: 30000,
          what: 'every webhook to be delivered',
        },
      );
      await waitFor(
        async () =>
          (await stack.count('SELECT count(*) FROM claims WHERE id = $1 AND lease_id IS NULL', [leased])) === 1,
        {
          timeoutMs: 30000,
          what: 'the lease to expire',
        },
      );
      const types = receiver.received.map((request) => JSON.parse(request.body).type);
      expect(types).toEqual(expect.arrayContaining(['article.extracted', 'claim.ready', 'verdict.published']));
      expect((await stack.client.request('GET', `/v1/claims/${reviewed}`, undefined, checker)).body.stage).toBe(
        'review',
      );
      expect(worker.output).toContain('re-enqueued unfinished work');
    } finally {
      await receiver.stop();
    }
  });

  it('5. Redis down while articles are posted: the API still accepts them into Postgres, and the backlog drains', async () => {
    stack = await startStack();
    await stack.worker('worker').start();
    await stack.redis.kill();
    const ready = await stack.client.request('GET', '/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toMatchObject({ postgres: 'up', redis: 'down' });
    const bodies = articleBodies(20);
    const ids: string[] = [];
    for (const body of bodies) {
      const started = Date.now();
      ids.push(await stack.client.postArticle(body));
      expect(Date.now() - started).toBeLessThan(2000);
    }
    expect(await stack.count(`SELECT count(*) FROM articles WHERE status = 'received'`)).toBe(20);
    await stack.redis.start();
    await waitForArticles(stack, ids);
    await waitForTriage(stack, ids);
    expect((await stack.client.request('GET', '/health/ready')).status).toBe(200);
  });

  it('6. Postgres restarted mid-run: API and workers recover by themselves, no claim in an impossible state', async () => {
    stack = await startStack({ ownPostgres: true });
    const worker = await stack.worker('worker').start();
    const bodies = articleBodies(60, 'SLOW-PILL-20');
    const ids: string[] = [];
    for (const body of bodies.slice(0, 40)) ids.push(await stack.client.postArticle(body));
    await waitFor(async () => (await stack.count(`SELECT count(*) FROM articles WHERE status = 'extracted'`)) >= 5, {
      what: 'work to be under way',
    });
    await stack.pool.end();
    stack.postgres!.stop();
    const down = await stack.client.request('GET', '/health/ready').catch(() => ({ status: 0 }));
    expect(down.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stack.postgres!.start();
    const { Pool } = await import('pg');
    stack.pool = new Pool({ connectionString: stack.env.DATABASE_URL, max: 3 });
    stack.pool.on('error', () => undefined);
    await waitFor(async () => (await stack.client.request('GET', '/health/ready')).status === 200, {
      what: 'the API to recover',
    });
    for (const body of bodies.slice(40)) ids.push(await stack.client.postArticle(body));
    await waitForArticles(stack, ids, 'extracted', 120000);
    await waitForTriage(stack, ids);
    const impossible = await stack.count(
      `SELECT count(*) FROM claims WHERE (stage IN ('research', 'review') AND triaged_at IS NULL)
          OR (stage = 'triage' AND triaged_at IS NOT NULL AND NOT parked)
          OR (lease_id IS NOT NULL AND stage NOT IN ('research', 'review'))`,
    );
    expect(impossible).toBe(0);
    expect(await stack.count(`SELECT count(*) FROM events WHERE type = 'article.extracted'`)).toBe(60);
    expect(worker.output).toMatch(/failed \(try|outbox dispatch failed|reconcile failed|re-enqueued/);
  });

  it('7. a crash between handing jobs to BullMQ and recording it: the relay delivers them again, each runs once', async () => {
    stack = await startStack();
    const crashing = await stack.worker('worker-crashing', { FAULT_CRASH_AFTER_ENQUEUE: '1' }).start();
    const bodies = articleBodies(10);
    const ids = await Promise.all(bodies.map((body) => stack.client.postArticle(body)));
    const exit = await crashing.waitForExit(30000);
    expect(exit.signal).toBe('SIGKILL');
    expect(crashing.output).toContain('crashing before the outbox commit');
    expect(await stack.count('SELECT count(*) FROM outbox WHERE dispatched_at IS NULL')).toBeGreaterThan(0);
    await stack.worker('worker-after').start();
    await waitForArticles(stack, ids);
    await waitForTriage(stack, ids);
    await waitFor(async () => (await stack.count('SELECT count(*) FROM outbox WHERE dispatched_at IS NULL')) === 0, {
      what: 'the outbox to drain',
    });
    const runs = (
      await stack.pool.query(
        `SELECT article_id, count(*)::int AS n FROM events WHERE type = 'article.extracted' GROUP BY 1`,
      )
    ).rows;
    expect(runs).toHaveLength(10);
    expect(runs.every((row) => row.n === 1)).toBe(true);
  });
});
