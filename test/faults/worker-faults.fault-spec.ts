import { Queue } from 'bullmq';
import { waitFor } from '@app/testing';
import { redisOptionsFromUrl } from '@app/config';
import { articleBodies } from './harness';
import { expectedCounts, runId, Stack, startStack, waitForArticles, waitForTriage } from './stack';

/** Faults of the worker process: killed, frozen, stopped, fed poison, doubled. Postgres keeps exactly one result. */
describe('worker faults', () => {
  let stack: Stack;

  afterEach(async () => {
    await stack?.stop();
  });

  const storedCounts = async (ids: string[]) => ({
    quotes: await stack.count('SELECT count(*) FROM quotes WHERE article_id = ANY($1)', [ids]),
    claims: await stack.count('SELECT count(*) FROM claims WHERE article_id = ANY($1)', [ids]),
  });

  /** The line a worker logs when its run of the article's extract job ends (done, skipped or failed), if any. */
  const extractRunEnded = (output: string, articleId: string) =>
    output.split('\n').find((line) => {
      if (line.includes(`ExtractArticle extract.${articleId} failed`)) return true;
      try {
        const entry = JSON.parse(line) as { jobId?: string; msg?: string };
        return entry.jobId === `extract.${articleId}` && /^ExtractArticle (done|skipped)/.test(entry.msg ?? '');
      } catch {
        return false;
      }
    });

  it('1. kill -9 mid-extraction of 200 articles: after a restart all 200 are extracted, nothing duplicated', async () => {
    stack = await startStack();
    const bodies = articleBodies(200, 'SLOW-PILL-25');
    const worker = await stack.worker('worker-a').start();
    const ids: string[] = [];
    for (const body of bodies) ids.push(await stack.client.postArticle(body));
    await waitFor(async () => (await stack.count(`SELECT count(*) FROM articles WHERE status = 'extracted'`)) >= 30, {
      timeoutMs: 60000,
      what: 'extraction to be under way',
    });
    await worker.kill9();
    const doneAtKill = await stack.count(`SELECT count(*) FROM articles WHERE status = 'extracted'`);
    expect(doneAtKill).toBeLessThan(200);

    await stack.worker('worker-b').start();
    await waitForArticles(stack, ids);
    await waitForTriage(stack, ids);
    expect(await storedCounts(ids)).toEqual(expectedCounts(bodies));
    expect(await stack.count(`SELECT count(*) FROM events WHERE type = 'article.extracted'`)).toBe(200);
  });

  it('2. a worker frozen past its lock: the job runs twice, Postgres holds one result', async () => {
    stack = await startStack();
    const frozen = await stack.worker('worker-frozen').start();
    const id = runId();
    const [body] = articleBodies(1, `SLOW-PILL-2500 RUN-ID-${id}`);
    const articleId = await stack.client.postArticle(body);
    await waitFor(() => frozen.output.includes(`extraction run ${id}`), { what: 'the first run to start' });
    frozen.signal('SIGSTOP');
    const rescuer = await stack.worker('worker-rescuer').start();
    await waitFor(() => rescuer.output.includes(`extraction run ${id}`), {
      timeoutMs: 30000,
      what: 'the stalled job to run again',
    });
    await waitForArticles(stack, [articleId]);
    frozen.signal('SIGCONT');
    // The frozen run goes on from where it stopped; whatever it writes has committed once it logs how it ended.
    await waitFor(() => extractRunEnded(frozen.output, articleId), { what: 'the frozen run to end' });
    expect(await storedCounts([articleId])).toEqual(expectedCounts([body]));
    expect(
      await stack.count(`SELECT count(*) FROM events WHERE type = 'article.extracted' AND article_id = $1`, [
        articleId,
      ]),
    ).toBe(1);
  });

  it('3. SIGTERM during work: the worker finishes what it holds and exits within its grace period', async () => {
    stack = await startStack();
    const worker = await stack.worker('worker-stopping').start();
    const id = runId();
    // Busy for 1.5 s: long, yet within the 2 s lock, so this is a healthy job being interrupted, not a stalled one.
    const [body] = articleBodies(1, `SLOW-PILL-1500 RUN-ID-${id}`);
    const articleId = await stack.client.postArticle(body);
    await waitFor(() => worker.output.includes(`extraction run ${id}`), { intervalMs: 10, what: 'the job to start' });
    const stoppedAt = Date.now();
    worker.signal('SIGTERM');
    const exit = await worker.waitForExit(25000);
    expect(exit.code).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(Number(stack.env.WORKER_SHUTDOWN_GRACE_MS));
    expect(worker.output).toContain('stopped');
    expect(await stack.count(`SELECT count(*) FROM articles WHERE id = $1 AND status = 'extracted'`, [articleId])).toBe(
      1,
    );
    const queue = new Queue('extract', {
      connection: redisOptionsFromUrl(stack.env.REDIS_URL),
      prefix: stack.env.QUEUE_PREFIX,
    });
    try {
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'failed');
      expect(counts).toEqual({ active: 0, wait: 0, delayed: 0, failed: 0 });
    } finally {
      await queue.close();
    }
  });

  it('9. a poison article: bounded attempts, then failed with the reason, and the rest of the queue unaffected', async () => {
    stack = await startStack();
    const worker = await stack.worker('worker-a').start();
    const id = runId();
    const poisonId = await stack.client.postArticle(`Quote marks “here”. POISON-PILL RUN-ID-${id}`);
    const bodies = articleBodies(20);
    const ids: string[] = [];
    for (const body of bodies) ids.push(await stack.client.postArticle(body));
    await waitForArticles(stack, ids);
    await waitForArticles(stack, [poisonId], 'failed', 30000);
    const article = (await stack.client.request('GET', `/v1/articles/${poisonId}`)).body;
    expect(article).toMatchObject({ status: 'failed', failureReason: expect.stringContaining('poison pill') });
    // An extraction thread's output reaches the process's own after the job's outcome may: wait for every run's line.
    const runs = () => worker.output.split(`extraction run ${id}`).length - 1;
    const attempts = Number(stack.env.EXTRACT_ATTEMPTS);
    await waitFor(() => runs() >= attempts, { what: `${attempts} extraction runs in the output` });
    expect(runs()).toBe(attempts);
    expect(
      await stack.count(`SELECT count(*) FROM events WHERE type = 'article.failed' AND article_id = $1`, [poisonId]),
    ).toBe(1);
    expect(await storedCounts(ids)).toEqual(expectedCounts(bodies));
  });

  it('10. two workers side by side: the same 200 articles, no duplicate effects, both did work', async () => {
    stack = await startStack();
    await Promise.all([stack.worker('worker-one').start(), stack.worker('worker-two').start()]);
    const bodies = articleBodies(200, 'SLOW-PILL-10');
    const ids = await Promise.all(bodies.map((body) => stack.client.postArticle(body)));
    await waitForArticles(stack, ids);
    await waitForTriage(stack, ids);
    expect(await storedCounts(ids)).toEqual(expectedCounts(bodies));
    const byWorker = (
      await stack.pool.query(
        `SELECT data->>'worker' AS worker, count(*)::int AS n FROM events WHERE type = 'article.extracted' GROUP BY 1`,
      )
    ).rows;
    expect(byWorker.map((row) => row.worker).sort()).toEqual(['worker-one', 'worker-two']);
    expect(byWorker.reduce((sum, row) => sum + row.n, 0)).toBe(200);
  });
});
