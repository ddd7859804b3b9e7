import { verifyWebhook } from '@app/webhooks';
import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

/** Subscriptions, signed deliveries, retries on the schedule, 410, the delivery log and manual retry. */
describe('webhooks', () => {
  let service: TestService;
  const receiver = new WebhookReceiver();
  let url: string;
  let ingester: string;

  beforeAll(async () => {
    // The retry schedule (5 s … 12 h) runs 5,000 times faster here: the whole of it takes about 16 s.
    service = await startTestService({ env: { WEBHOOK_RETRY_SCALE: '0.0002' } });
    url = await receiver.start();
    ingester = (await createUserKey(service, 'ingester')).apiKey;
  });

  afterAll(async () => {
    await service?.stop();
    await receiver.stop();
  });

  beforeEach(async () => {
    receiver.received.length = 0;
    receiver.respond = (_request, response) => {
      response.statusCode = 204;
      response.end();
    };
    for (const subscription of (await service.http().get('/v1/webhooks').expect(200)).body.items) {
      await service.http().delete(`/v1/webhooks/${subscription.id}`).expect(204);
    }
  });

  const subscribe = async (events = ['article.extracted']) =>
    (await service.http().post('/v1/webhooks').send({ url, events, description: 'test newsroom' }).expect(201)).body;
  const ingest = async () =>
    (
      await service
        .http(ingester)
        .post('/v1/articles')
        .send({ body: `“Taxes rose 4 percent,” the mayor said. ${Math.random()}` })
        .expect(202)
    ).body.id as string;

  it('creates a subscription with a secret shown once', async () => {
    const created = await subscribe(['claim.ready', 'verdict.published']);
    expect(created).toMatchObject({
      id: expect.any(String),
      url,
      events: ['claim.ready', 'verdict.published'],
      active: true,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await service.http().get('/v1/webhooks').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.id]);
  });

  it('refuses unknown events and bad urls', async () => {
    await service
      .http()
      .post('/v1/webhooks')
      .send({ url, events: ['article.deleted'] })
      .expect(400);
    await service.http().post('/v1/webhooks').send({ url, events: [] }).expect(400);
    await service
      .http()
      .post('/v1/webhooks')
      .send({ url: 'ftp://example.com/x', events: ['claim.ready'] })
      .expect(400);
    await service
      .http()
      .post('/v1/webhooks')
      .send({ events: ['claim.ready'] })
      .expect(400);
  });

  it('delivers a signed Standard Webhooks message that the receiver can verify', async () => {
    const subscription = await subscribe();
    const articleId = await ingest();
    const received = await waitFor(() => receiver.received[0], { what: 'a delivery' });
    expect(received.headers['webhook-id']).toMatch(/^msg_/);
    expect(Number(received.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);
    const payload = verifyWebhook<{ type: string; timestamp: string; data: { article: { id: string } } }>({
      secret: subscription.secret,
      headers: received.headers,
      body: received.body,
    });
    expect(payload.type).toBe('article.extracted');
    expect(payload.data.article.id).toBe(articleId);
    expect(() =>
      verifyWebhook({
        secret: subscription.secret,
        headers: received.headers,
        body: received.body.replace('article', 'articel'),
      }),
    ).toThrow();
    const log = await waitFor(async () => {
      const response = await service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200);
      return response.body.items[0]?.status === 'succeeded' && response.body.items;
    });
    expect(log[0]).toMatchObject({
      eventType: 'article.extracted',
      attempts: 1,
      lastStatusCode: 204,
      messageId: received.headers['webhook-id'],
    });
  });

  it('retries a failing endpoint with growing delays, keeping the message id, until it succeeds', async () => {
    const subscription = await subscribe();
    let calls = 0;
    receiver.respond = (_request, response) => {
      calls += 1;
      response.statusCode = calls < 5 ? 503 : 200;
      response.end();
    };
    await ingest();
    const log = await waitFor(
      async () => {
        const response = await service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200);
        return response.body.items[0]?.status === 'succeeded' && response.body.items;
      },
      { what: 'the delivery to succeed on the fifth attempt' },
    );
    expect(log[0].attempts).toBe(5);
    expect(new Set(receiver.received.map((request) => request.headers['webhook-id'])).size).toBe(1);
    // Scheduled waits here are 1, 6, 24 and 120 ms; noise can only lengthen a gap, never shorten it.
    const gaps = receiver.received.slice(1).map((request, index) => request.at - receiver.received[index].at);
    expect(gaps[3]).toBeGreaterThanOrEqual(115);
    expect(gaps.reduce((sum, gap) => sum + gap, 0)).toBeGreaterThanOrEqual(145);
  });

  it('honours retry-after when it asks for longer than the schedule', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => {
      const first = receiver.received.length === 1;
      response.statusCode = first ? 429 : 200;
      if (first) response.setHeader('retry-after', '2000'); // 2,000 s, scaled by 0.0002 → 400 ms
      response.end();
    };
    await ingest();
    await waitFor(async () => {
      const response = await service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200);
      return response.body.items[0]?.status === 'succeeded';
    });
    expect(receiver.received[1].at - receiver.received[0].at).toBeGreaterThanOrEqual(380);
  });

  it('ends in failed after the last attempt, and a manual retry sends it again', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => {
      response.statusCode = 500;
      response.end();
    };
    await ingest();
    const failed = await waitFor(
      async () => {
        const response = await service
          .http()
          .get(`/v1/webhooks/${subscription.id}/deliveries?status=failed`)
          .expect(200);
        return response.body.items[0];
      },
      { what: 'the delivery to fail', timeoutMs: 60000 },
    );
    expect(failed.attempts).toBe(10);
    expect(failed.lastStatusCode).toBe(500);
    receiver.respond = (_request, response) => {
      response.statusCode = 200;
      response.end();
    };
    const attemptsBefore = receiver.received.length;
    await service.http().post(`/v1/webhooks/${subscription.id}/deliveries/${failed.id}/retry`).expect(202);
    await waitFor(async () => {
      const response = await service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200);
      return response.body.items.find((item: { id: string }) => item.id === failed.id)?.status === 'succeeded';
    });
    expect(receiver.received.length).toBe(attemptsBefore + 1);
    await service
      .http()
      .post(`/v1/webhooks/${subscription.id}/deliveries/00000000-0000-4000-8000-000000000000/retry`)
      .expect(404);
  }, 90000);

  it('disables a subscription whose endpoint answers 410 Gone', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => {
      response.statusCode = 410;
      response.end();
    };
    await ingest();
    await waitFor(async () => {
      const listed = await service.http().get('/v1/webhooks').expect(200);
      const item = listed.body.items.find((entry: { id: string }) => entry.id === subscription.id);
      return item && !item.active && item;
    });
    expect(receiver.received).toHaveLength(1);
    const deliveries = await service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200);
    expect(deliveries.body.items[0].status).toBe('failed');
  });

  it('never follows a redirect, not even to a metadata address', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    };
    await ingest();
    const delivery = await waitFor(async () => {
      const response = await service.http().get(`/v1/webhooks/${subscription.id}/deliveries`).expect(200);
      return response.body.items[0]?.attempts >= 1 && response.body.items[0];
    });
    expect(delivery.lastStatusCode).toBe(302);
    expect(delivery.lastError).toMatch(/redirects are not followed/);
    expect(receiver.received.length).toBeGreaterThanOrEqual(1);
  });

  it('sends nothing to a deleted subscription', async () => {
    const deleted = await subscribe();
    await service.http().delete(`/v1/webhooks/${deleted.id}`).expect(204);
    await service.http().delete(`/v1/webhooks/${deleted.id}`).expect(404);
    // A live subscription to the same event: its delivery shows that the event was announced.
    const live = await subscribe();
    const articleId = await ingest();
    // The article's new status, its article.extracted event and every delivery of that event commit in one
    // transaction: once the status reads extracted, the event has all the deliveries it will ever have, and nothing
    // is sent without a delivery row.
    await waitFor(async () => (await service.http().get(`/v1/articles/${articleId}`)).body.status === 'extracted');
    const deliveries = await service.query<{ subscriptionId: string }>(
      `SELECT delivery.subscription_id AS "subscriptionId"
         FROM webhook_deliveries delivery JOIN events event ON event.id = delivery.event_id
        WHERE event.article_id = $1 AND event.type = 'article.extracted'`,
      [articleId],
    );
    expect(deliveries.map((delivery) => delivery.subscriptionId)).toEqual([live.id]);
  });
});

describe('webhook urls on private networks', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({ worker: false, env: { WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'false' } });
  });

  afterAll(() => service?.stop());

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://10.1.2.3/hook',
    'http://192.168.0.10/hook',
    'http://169.254.169.254/latest',
    'http://[::1]/hook',
  ])('refuses %s unless private networks are allowed', async (target) => {
    const response = await service
      .http()
      .post('/v1/webhooks')
      .send({ url: target, events: ['claim.ready'] })
      .expect(400);
    expect(response.body.errors[0].field).toBe('url');
    expect((await service.query('SELECT count(*)::int AS n FROM webhook_subscriptions'))[0].n).toBe(0);
  });
});
