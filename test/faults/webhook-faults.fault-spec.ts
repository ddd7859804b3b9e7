import { verifyWebhook } from '@app/webhooks';
import { waitFor, WebhookReceiver } from '@app/testing';
import { articleBodies, freePort } from './harness';
import { Stack, startStack, waitForArticles, waitForTriage } from './stack';

/** 8. The newsroom's endpoint down, slow, throttling, gone or failing: retries, order, dead letters, manual retry. */
describe('webhook faults', () => {
  let stack: Stack;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    // The whole retry schedule (5 s … 12 h, about 23 h) runs in about 17 s here.
    stack = await startStack({ env: { WEBHOOK_RETRY_SCALE: '0.0002' } });
    await stack.worker('worker').start();
  });

  afterAll(async () => {
    await Promise.all(receivers.map((receiver) => receiver.stop()));
    await stack?.stop();
  });

  const receiver = () => {
    const created = new WebhookReceiver();
    receivers.push(created);
    return created;
  };
  const subscribe = async (url: string, events = ['article.extracted']) => {
    const response = await stack.client.request('POST', '/v1/webhooks', { url, events });
    expect(response.status).toBe(201);
    return response.body as { id: string; secret: string };
  };
  const deliveries = async (subscriptionId: string) =>
    (await stack.client.request('GET', `/v1/webhooks/${subscriptionId}/deliveries`)).body.items as {
      id: string;
      status: string;
      attempts: number;
      lastError: string | null;
      lastStatusCode: number | null;
    }[];
  let articleCount = 0;
  const ingest = async () => stack.client.postArticle(articleBodies(articleCount + 1)[articleCount++]);

  it('an endpoint that is down: retried until it comes up, then delivered', async () => {
    const port = await freePort();
    const subscription = await subscribe(`http://127.0.0.1:${port}/hooks`);
    await ingest();
    await waitFor(async () => (await deliveries(subscription.id))[0]?.attempts >= 2, { what: 'failed attempts' });
    expect((await deliveries(subscription.id))[0].lastError).toMatch(/ECONNREFUSED|connect/i);
    const late = receiver();
    await late.start(port);
    await waitFor(async () => (await deliveries(subscription.id))[0]?.status === 'succeeded', {
      timeoutMs: 60000,
      what: 'delivery',
    });
    expect(late.received).toHaveLength(1);
  });

  it('a slow endpoint: cut off at the timeout and tried again', async () => {
    const slow = receiver();
    let calls = 0;
    slow.respond = (_request, response) => {
      calls += 1;
      setTimeout(() => response.writeHead(204).end(), calls === 1 ? 2500 : 0);
    };
    const subscription = await subscribe(await slow.start());
    await ingest();
    const [delivery] = await waitFor(
      async () => {
        const items = await deliveries(subscription.id);
        return items[0]?.status === 'succeeded' && items;
      },
      { what: 'delivery after a timeout' },
    );
    expect(delivery.attempts).toBe(2);
  });

  it('429 with retry-after: the next attempt waits as asked', async () => {
    const throttling = receiver();
    throttling.respond = (_request, response) => {
      const first = throttling.received.length === 1;
      response.writeHead(first ? 429 : 204, first ? { 'retry-after': '5000' } : {}).end();
    };
    const subscription = await subscribe(await throttling.start());
    await ingest();
    await waitFor(async () => (await deliveries(subscription.id))[0]?.status === 'succeeded', { what: 'delivery' });
    // retry-after 5,000 s at this suite's WEBHOOK_RETRY_SCALE of 0.0002 is 1 s; the schedule alone would say 1 ms.
    expect(throttling.received[1].at - throttling.received[0].at).toBeGreaterThanOrEqual(950);
  });

  it('410 Gone: the subscription is disabled and receives nothing more', async () => {
    const gone = receiver();
    gone.respond = (_request, response) => response.writeHead(410).end();
    const subscription = await subscribe(await gone.start());
    await ingest();
    await waitFor(
      async () => {
        const listed = (await stack.client.request('GET', '/v1/webhooks')).body.items;
        return listed.find((item: { id: string; active: boolean }) => item.id === subscription.id && !item.active);
      },
      { what: 'the subscription to be disabled' },
    );
    // A live subscription beside it: its delivery shows that the next event was announced.
    const live = await subscribe(await receiver().start());
    const articleId = await ingest();
    // The article's new status, its article.extracted event and every delivery of that event commit in one
    // transaction: once the status reads extracted, the event has all the deliveries it will ever have, and nothing
    // is sent without a delivery row.
    await waitForArticles(stack, [articleId]);
    const subscribers = (
      await stack.pool.query<{ subscriptionId: string }>(
        `SELECT delivery.subscription_id AS "subscriptionId"
           FROM webhook_deliveries delivery JOIN events event ON event.id = delivery.event_id
          WHERE event.article_id = $1 AND event.type = 'article.extracted'`,
        [articleId],
      )
    ).rows.map((row) => row.subscriptionId);
    expect(subscribers).toContain(live.id);
    expect(subscribers).not.toContain(subscription.id);
    // Its one delivery ended with the 410: no attempt is left to make.
    expect(await deliveries(subscription.id)).toEqual([expect.objectContaining({ status: 'failed', attempts: 1 })]);
    expect(gone.received).toHaveLength(1);
  });

  it('failing for good: a dead letter after the last attempt, which POST …/retry sends again', async () => {
    const failing = receiver();
    failing.respond = (_request, response) => response.writeHead(500).end();
    const subscription = await subscribe(await failing.start());
    await ingest();
    const [dead] = await waitFor(
      async () => {
        const items = await deliveries(subscription.id);
        return items[0]?.status === 'failed' && items;
      },
      { timeoutMs: 60000, what: 'the dead letter' },
    );
    expect(dead.attempts).toBe(10);
    failing.respond = (_request, response) => response.writeHead(204).end();
    expect(
      (await stack.client.request('POST', `/v1/webhooks/${subscription.id}/deliveries/${dead.id}/retry`)).status,
    ).toBe(202);
    await waitFor(async () => (await deliveries(subscription.id))[0]?.status === 'succeeded', {
      what: 'the manual retry',
    });
    expect(failing.received).toHaveLength(11);
  });

  it("never delivers a claim's correction before its first verdict", async () => {
    const newsroom = receiver();
    let calls = 0;
    newsroom.respond = (_request, response) => {
      calls += 1;
      response.writeHead(calls <= 3 ? 503 : 204).end();
    };
    const subscription = await subscribe(await newsroom.start(), ['verdict.published', 'verdict.corrected']);
    const checker = (await stack.client.request('POST', '/v1/users', { name: 'Checker', role: 'factchecker' })).body
      .apiKey;
    const editor = (await stack.client.request('POST', '/v1/users', { name: 'Editor', role: 'editor' })).body.apiKey;
    const articleId = await stack.client.postArticle(
      '“Unemployment fell to 3.1 percent in 2025, the lowest since 1990,” Governor Ann Lee said.',
    );
    await waitForArticles(stack, [articleId]);
    await waitForTriage(stack, [articleId]);
    const claim = (await stack.client.request('GET', `/v1/claims?articleId=${articleId}&limit=1`, undefined, checker))
      .body.items[0];
    if (claim.stage === 'triage')
      await stack.client.request('POST', `/v1/claims/${claim.id}/promote`, undefined, checker);
    await stack.client.request('POST', `/v1/claims/${claim.id}/lease`, undefined, checker);
    await stack.client.request(
      'PUT',
      `/v1/claims/${claim.id}/verdict`,
      { rating: 'False', summary: 'v1', sources: [{ url: 'https://a.example/1' }] },
      checker,
    );
    await stack.client.request('POST', `/v1/claims/${claim.id}/submit`, undefined, checker);
    await stack.client.request('POST', `/v1/claims/${claim.id}/lease`, undefined, editor);
    await stack.client.request('POST', `/v1/claims/${claim.id}/approve`, undefined, editor);
    await waitFor(
      async () =>
        (await stack.client.request('GET', `/v1/claims/${claim.id}/claimreview`, undefined, checker)).status === 200,
    );
    expect(
      (
        await stack.client.request(
          'POST',
          `/v1/claims/${claim.id}/correct`,
          { rating: 'Half True', note: 'v2' },
          editor,
        )
      ).status,
    ).toBe(202);
    await waitFor(
      async () => (await deliveries(subscription.id)).filter((item) => item.status === 'succeeded').length === 2,
      {
        timeoutMs: 60000,
        what: 'both deliveries',
      },
    );
    const order = newsroom.received.map((request) => {
      const payload = verifyWebhook<{ type: string }>({
        secret: subscription.secret,
        headers: request.headers,
        body: request.body,
      });
      return payload.type;
    });
    // Every attempt at the correction comes after the first verdict got through.
    const firstCorrection = order.indexOf('verdict.corrected');
    expect(order.lastIndexOf('verdict.published')).toBeLessThan(firstCorrection);
    expect(order.slice(-1)).toEqual(['verdict.corrected']);
  });
});
