import { waitFor } from '@app/testing';
import { articleBodies, freePort } from './harness';
import { runId, Stack, startStack, waitForArticles } from './stack';

/** Probes a health endpoint over and over while `work` runs; returns the slowest answer, in ms. */
async function slowestAnswerDuring(
  url: string,
  work: Promise<unknown>,
): Promise<{ slowestMs: number; answers: number }> {
  let done = false;
  void work.finally(() => (done = true));
  let slowestMs = 0;
  let answers = 0;
  while (!done) {
    const started = Date.now();
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(200);
    slowestMs = Math.max(slowestMs, Date.now() - started);
    answers++;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await work;
  return { slowestMs, answers };
}

/** Input built to stall a process, against the compiled apps: neither the API nor the worker stops answering. */
describe('hostile input', () => {
  let stack: Stack;

  afterEach(async () => {
    await stack?.stop();
  });

  it('1. a hostile article does not stop the worker from processing the others, nor from answering /health/live', async () => {
    stack = await startStack();
    const healthPort = await freePort();
    // The hook busies the extraction thread for a minute: an extraction that would never end within its limit.
    const worker = await stack
      .worker('worker-hostile', {
        EXTRACTION_THREADS: '2',
        EXTRACTION_TIME_LIMIT_SECONDS: '3',
        WORKER_HEALTH_PORT: String(healthPort),
      })
      .start();
    const id = runId();
    const hostileId = await stack.client.postArticle(`“Endless,” he said. SLOW-PILL-60000 RUN-ID-${id}`);
    await waitFor(() => worker.output.includes(`extraction run ${id}`), { what: 'the hostile extraction to start' });

    const others = articleBodies(20);
    const work = (async () => {
      const ids: string[] = [];
      for (const body of others) ids.push(await stack.client.postArticle(body));
      await waitForArticles(stack, ids);
      await waitForArticles(stack, [hostileId], 'failed', 30_000);
    })();
    const { slowestMs, answers } = await slowestAnswerDuring(`http://127.0.0.1:${healthPort}/health/live`, work);
    // The job's lock (2 s here) was renewed throughout: it ran once, and the event loop never stopped for long.
    expect(answers).toBeGreaterThan(5);
    expect(slowestMs).toBeLessThan(1_000);
    expect(worker.output.split(`extraction run ${id}`).length - 1).toBe(1);

    const [{ failure_reason: reason }] = (
      await stack.pool.query('SELECT failure_reason FROM articles WHERE id = $1', [hostileId])
    ).rows;
    expect(reason).toBe('the article was refused: the work took longer than its budget of 3 s and was stopped');
    expect(await stack.count(`SELECT count(*) FROM quotes WHERE article_id = $1`, [hostileId])).toBe(0);
  });

  it('2. a hostile HTML page does not stop the API from answering /health/live', async () => {
    stack = await startStack();
    const deep = await stack.client.request('POST', '/v1/articles', {
      html: '<div>'.repeat(5_000) + 'x' + '</div>'.repeat(5_000),
    });
    expect(deep.status).toBe(422);
    expect(deep.body.limit).toBe('nested-too-deep');

    // About 1.9 MB of paragraphs: seconds of reading, every element of it within the bounds.
    const page = `<article>${'<p>Crime fell 20 percent last year, the mayor said on Tuesday, in a speech.</p>'.repeat(24_000)}</article>`;
    const submitted = stack.client.request('POST', '/v1/articles', {
      html: page,
      url: 'https://news.example/long-page',
    });
    const { slowestMs, answers } = await slowestAnswerDuring(`${stack.client.baseUrl}/health/live`, submitted);
    expect((await submitted).status).toBe(202);
    expect(answers).toBeGreaterThan(2);
    expect(slowestMs).toBeLessThan(1_000);
    expect(await stack.count(`SELECT count(*) FROM articles WHERE url = 'https://news.example/long-page'`)).toBe(1);
  });
});
