import { ServerResponse } from 'node:http';
import { verifyWebhook } from '@app/webhooks';
import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  messageId: string;
  payload: string;
  lastStatusCode: number | null;
  lastResponseBody: string | null;
  nextAttemptAt: string | null;
}

/** The delivery log as an admin reads it: the message sent, the receiver's answer, and retrying a waiting delivery now. */
describe('the webhook delivery log', () => {
  let service: TestService;
  const receiver = new WebhookReceiver();
  let url: string;
  let ingester: string;

  beforeAll(async () => {
    // The real retry schedule: a failed first attempt waits 5 s for the next, long enough to be retried by hand.
    service = await startTestService({ env: { WEBHOOK_RETRY_SCALE: '1' } });
    url = await receiver.start();
    ingester = (await createUserKey(service, 'ingester')).apiKey;
  });

  afterAll(async () => {
    await service?.stop();
    await receiver.stop();
  });

  beforeEach(async () => {
    receiver.received.length = 0;
    for (const subscription of (await service.http().get('/v1/webhooks').expect(200)).body.items) {
      await service.http().delete(`/v1/webhooks/${subscription.id}`).expect(204);
    }
  });

  const subscribe = async () =>
    (
      await service
        .http()
        .post('/v1/webhooks')
        .send({ url, events: ['article.extracted'] })
        .expect(201)
    ).body as {
      id: string;
      secret: string;
    };
  const ingest = () =>
    service
      .http(ingester)
      .post('/v1/articles')
      .send({ body: `“Taxes rose 4 percent,” the mayor said. ${Math.random()}` })
      .expect(202);
  const log = async (subscriptionId: string): Promise<Delivery[]> =>
    (await service.http().get(`/v1/webhooks/${subscriptionId}/deliveries`).expect(200)).body.items;
  const retry = (subscriptionId: string, deliveryId: string) =>
    service.http().post(`/v1/webhooks/${subscriptionId}/deliveries/${deliveryId}/retry`);

  it('shows the message as sent and the start of the answer, never more than 1,024 characters of it', async () => {
    const subscription = await subscribe();
    // 3,000 characters, several bytes each, with a NUL a text column cannot hold.
    const answer = `{"error":"\u0000${'é€😀'.repeat(1000)}"}`;
    receiver.respond = (_request, response) => {
      response.writeHead(503, { 'content-type': 'application/json' }).end(answer);
    };
    await ingest();
    const [delivery] = await waitFor(async () => {
      const items = await log(subscription.id);
      return items[0]?.attempts === 1 && items;
    });
    expect(delivery.status).toBe('pending');
    expect(delivery.lastStatusCode).toBe(503);
    expect(delivery.payload).toBe(receiver.received[0].body);
    expect(JSON.parse(delivery.payload)).toMatchObject({ type: 'article.extracted' });
    const kept = delivery.lastResponseBody!;
    expect(kept.length).toBeGreaterThan(300);
    expect(kept.length).toBeLessThanOrEqual(1024);
    expect(Buffer.byteLength(kept)).toBeLessThanOrEqual(1024 + 3);
    expect(kept.startsWith('{"error":"é€😀é€😀')).toBe(true);
    expect(kept).not.toContain('\u0000');
    const [{ stored }] = await service.query<{ stored: number }>(
      'SELECT char_length(last_response_body) AS stored FROM webhook_deliveries WHERE id = $1',
      [delivery.id],
    );
    expect(stored).toBe([...kept].length);
  });

  it('retries a delivery waiting for its next attempt now, keeping its id and its place in the schedule', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => response.writeHead(500).end('down for maintenance');
    await ingest();
    const [waiting] = await waitFor(async () => {
      const items = await log(subscription.id);
      return items[0]?.attempts === 1 && items;
    });
    expect(waiting).toMatchObject({ status: 'pending', lastResponseBody: 'down for maintenance' });
    // Its next attempt is 5 s after the first.
    expect(Date.parse(waiting.nextAttemptAt!) - receiver.received[0].at).toBeGreaterThan(4000);

    receiver.respond = (_request, response) => response.writeHead(200).end('thanks');
    const asked = Date.now();
    const accepted = (await retry(subscription.id, waiting.id).expect(202)).body as Delivery;
    expect(accepted).toMatchObject({ id: waiting.id, status: 'pending', attempts: 1 });
    const [done] = await waitFor(async () => {
      const items = await log(subscription.id);
      return items[0]?.status === 'succeeded' && items;
    });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1].at - asked).toBeLessThan(3000);
    expect(done).toMatchObject({ attempts: 2, lastStatusCode: 200, lastResponseBody: 'thanks', nextAttemptAt: null });
    // The same message, signed afresh.
    expect(receiver.received[1].headers['webhook-id']).toBe(receiver.received[0].headers['webhook-id']);
    expect(receiver.received[1].body).toBe(receiver.received[0].body);
    expect(() =>
      verifyWebhook({ secret: subscription.secret, headers: receiver.received[1].headers, body: done.payload }),
    ).not.toThrow();

    // The job that waited for the old time finds its round over: nothing more reaches the receiver.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, Date.parse(waiting.nextAttemptAt!) - Date.now()) + 1500),
    );
    expect(receiver.received).toHaveLength(2);
    expect((await log(subscription.id))[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
  }, 30000);

  it('refuses to retry a delivery whose attempt is under way, with a problem saying why', async () => {
    const subscription = await subscribe();
    let answer: ServerResponse | undefined;
    receiver.respond = (_request, response) => {
      answer = response;
    };
    await ingest();
    await waitFor(() => answer, { what: 'the first attempt to reach the receiver' });
    const [delivery] = await log(subscription.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 0 });

    const refused = await retry(subscription.id, delivery.id).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/being attempted now/);
    answer!.writeHead(204).end();
    await waitFor(async () => (await log(subscription.id))[0]?.status === 'succeeded');
    expect(receiver.received).toHaveLength(1);
  });
});
