import { randomUUID } from 'node:crypto';
import { Role, sql } from '@app/database';
import { jobId } from '@app/queue';
import { startWorkflow, WebhookReceiver, WorkflowHarness } from '@app/testing';
import { verifyWebhook } from '@app/webhooks';
import { Actor } from '../common/actor';
import { WorkflowErrorCode } from '../common/workflow-error';
import { EventLog } from '../events/event-log';
import { EventType } from '../events/event-type';
import { CreateWebhookSubscriptionCommand } from './create-webhook-subscription/create-webhook-subscription.command';
import { CreateWebhookSubscriptionUseCase } from './create-webhook-subscription/create-webhook-subscription.usecase';
import { DeliverWebhookCommand } from './deliver-webhook/deliver-webhook.command';
import { DeliverWebhookUseCase, ORDER_WAIT_MS } from './deliver-webhook/deliver-webhook.usecase';
import { RetryWebhookDeliveryCommand } from './retry-webhook-delivery/retry-webhook-delivery.command';
import { RetryWebhookDeliveryUseCase } from './retry-webhook-delivery/retry-webhook-delivery.usecase';
import { SENDING_SLOT_MS } from './webhook-subscriptions.repository';

interface DeliveryState {
  id: string;
  status: string;
  attempts: number;
  round: number;
  lastStatusCode: number | null;
}

/** Deliveries attempt by attempt, as the deliver jobs make them (no worker, no Redis): what each attempt writes. */
describe('webhook deliveries', () => {
  let workflow: WorkflowHarness;
  let admin: Actor;
  const receiver = new WebhookReceiver();
  let url: string;
  const rows = <Row>(query: ReturnType<typeof sql>) => workflow.database.query<Row>(query);
  const attempt = (deliveryId: string, round: number, attempts: number) =>
    workflow.get(DeliverWebhookUseCase).execute(new DeliverWebhookCommand(deliveryId, round, attempts));

  const subscribe = async (kind: 'standard' | 'slack' = 'standard') => {
    const created = await workflow
      .get(CreateWebhookSubscriptionUseCase)
      .execute(new CreateWebhookSubscriptionCommand(admin, { url, events: ['claim.ready'], kind }));
    if (created.replayed) throw new Error('a retry was not expected');
    return created.subscription;
  };
  /** Announces claim.ready for the claim to every subscriber; the new deliveries of `subscriptionId`, in order. */
  const announce = async (subscriptionId: string, claimId: string, count = 1) => {
    await workflow.database.transaction((tx) =>
      workflow.get(EventLog).record(
        tx,
        Array.from({ length: count }, (_, index) => ({
          type: EventType.ClaimReady,
          actorId: admin.id,
          claimId,
          data: {},
          webhook: { claim: { id: claimId, text: `claim ${index}` } },
        })),
      ),
    );
    return rows<DeliveryState>(sql`
      SELECT id, status, attempts, round, last_status_code AS "lastStatusCode" FROM webhook_deliveries
       WHERE subscription_id = ${subscriptionId} AND body LIKE ${`%${claimId}%`} ORDER BY event_id`);
  };
  const state = async (deliveryId: string) =>
    (
      await rows<DeliveryState>(sql`
        SELECT id, status, attempts, round, last_status_code AS "lastStatusCode" FROM webhook_deliveries
         WHERE id = ${deliveryId}`)
    )[0];
  const jobsOf = (deliveryId: string) =>
    rows<{ jobId: string }>(
      sql`SELECT job_id AS "jobId" FROM outbox WHERE payload->>'deliveryId' = ${deliveryId} ORDER BY id`,
    );

  beforeAll(async () => {
    workflow = await startWorkflow({ WEBHOOKS_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_SCALE: '0.001' });
    admin = await workflow.rows.user({ role: Role.Admin });
    url = await receiver.start();
  });

  afterAll(async () => {
    await workflow?.close();
    await receiver.stop();
  });

  beforeEach(() => {
    receiver.received.length = 0;
    receiver.respond = (_request, response) => response.writeHead(204).end();
  });

  it('makes an event’s message only when some subscription receives its type', async () => {
    const subscription = await subscribe();
    const claimId = (await workflow.rows.claim()).id;
    const made: string[] = [];
    /** A message's data that notes when it is read, as serialising it reads it. */
    const noted = (type: EventType) => ({
      get claim() {
        made.push(type);
        return { id: claimId };
      },
    });
    await workflow.database.transaction((tx) =>
      workflow.get(EventLog).record(
        tx,
        [EventType.ArticleExtracted, EventType.ClaimReady].map((type) => ({
          type,
          actorId: admin.id,
          claimId,
          data: {},
          webhook: noted(type),
        })),
      ),
    );

    // Nobody receives article.extracted: its message is never made, and it has no delivery.
    expect(made).toEqual([EventType.ClaimReady]);
    expect(
      await rows(sql`
        SELECT subscription_id AS "subscriptionId", event_type AS "eventType" FROM webhook_deliveries
         WHERE body LIKE ${`%${claimId}%`}`),
    ).toEqual([{ subscriptionId: subscription.id, eventType: EventType.ClaimReady }]);
  });

  it('sends a signed message and records the success once: the same job again changes nothing', async () => {
    const subscription = await subscribe();
    const [delivery] = await announce(subscription.id, randomUUID());
    expect(await jobsOf(delivery.id)).toEqual([{ jobId: jobId.deliver(delivery.id, 0, 0) }]);
    expect(await attempt(delivery.id, 0, 0)).toMatchObject({ status: 'done' });
    expect(verifyWebhook({ secret: subscription.secret!, ...receiver.received[0] })).toMatchObject({
      type: 'claim.ready',
    });
    expect(await state(delivery.id)).toMatchObject({ status: 'succeeded', attempts: 1, lastStatusCode: 204 });
    expect(await attempt(delivery.id, 0, 0)).toEqual({ status: 'skipped', reason: 'delivery is succeeded' });
    expect(receiver.received).toHaveLength(1);
  });

  it('a later message about the same claim waits while an earlier one is pending', async () => {
    const subscription = await subscribe();
    const [earlier, later] = await announce(subscription.id, randomUUID(), 2);
    expect(await attempt(later.id, 0, 0)).toEqual({ waitFor: ORDER_WAIT_MS });
    expect(receiver.received).toHaveLength(0);
    await attempt(earlier.id, 0, 0);
    expect(await attempt(later.id, 0, 0)).toMatchObject({ status: 'done' });
  });

  it('a failed attempt stays pending with its next attempt scheduled; after the last one it is failed, and a retry by hand starts a new round', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => response.writeHead(503).end();
    const [delivery] = await announce(subscription.id, randomUUID());
    const retry = workflow.get(RetryWebhookDeliveryUseCase);
    // Its first attempt is under way: there is nothing to bring forward.
    await expect(
      retry.execute(new RetryWebhookDeliveryCommand(admin, subscription.id, delivery.id)),
    ).rejects.toMatchObject({ code: WorkflowErrorCode.Conflict });
    expect(await attempt(delivery.id, 0, 0)).toMatchObject({ status: 'done' });
    expect(await state(delivery.id)).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503 });
    expect((await jobsOf(delivery.id)).at(-1)).toEqual({ jobId: jobId.deliver(delivery.id, 0, 1) });
    // The first retry waits 5 s (5 ms at this WEBHOOK_RETRY_SCALE) from the attempt's record, by the database's clock.
    const [{ delayMs }] = await rows<{ delayMs: number }>(sql`
      SELECT extract(epoch FROM next_attempt_at - updated_at)::float * 1000 AS "delayMs"
        FROM webhook_deliveries WHERE id = ${delivery.id}`);
    expect(delayMs).toBeCloseTo(5, 3);

    for (let made = 1; made < 10; made++) await attempt(delivery.id, 0, made);
    expect(await state(delivery.id)).toMatchObject({ status: 'failed', attempts: 10 });

    const restarted = await retry.execute(new RetryWebhookDeliveryCommand(admin, subscription.id, delivery.id));
    expect(restarted).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await jobsOf(delivery.id)).at(-1)).toEqual({ jobId: jobId.deliver(delivery.id, 1, 0) });
    receiver.respond = (_request, response) => response.writeHead(200).end();
    expect(await attempt(delivery.id, 1, 0)).toMatchObject({ status: 'done' });
    expect(await state(delivery.id)).toMatchObject({ status: 'succeeded', round: 1, attempts: 1 });
  });

  it('a delivery waiting for its next attempt is tried now in a new round that keeps its attempts; the old job sends nothing', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => response.writeHead(503).end();
    const [earlier, later] = await announce(subscription.id, randomUUID(), 2);
    const retry = workflow.get(RetryWebhookDeliveryUseCase);
    const wait = (deliveryId: string) =>
      rows(sql`UPDATE webhook_deliveries SET next_attempt_at = now() + interval '1 hour' WHERE id = ${deliveryId}`);
    await attempt(earlier.id, 0, 0);
    await wait(earlier.id);

    const now = await retry.execute(new RetryWebhookDeliveryCommand(admin, subscription.id, earlier.id));
    expect(now).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503 });
    expect((await jobsOf(earlier.id)).at(-1)).toEqual({ jobId: jobId.deliver(earlier.id, 1, 1) });
    expect(await attempt(earlier.id, 0, 1)).toEqual({ status: 'skipped', reason: 'this attempt was already made' });
    expect(receiver.received).toHaveLength(1);
    receiver.respond = (_request, response) => response.writeHead(200).end();
    expect(await attempt(earlier.id, 1, 1)).toMatchObject({ status: 'done' });
    expect(await state(earlier.id)).toMatchObject({ status: 'succeeded', round: 1, attempts: 2 });

    // A waiting delivery behind an earlier pending one about the same claim would only wait for it: refused.
    await rows(sql`UPDATE webhook_deliveries SET status = 'pending', attempts = 1, round = 2 WHERE id = ${earlier.id}`);
    await rows(sql`UPDATE webhook_deliveries SET attempts = 1 WHERE id = ${later.id}`);
    await wait(later.id);
    await expect(
      retry.execute(new RetryWebhookDeliveryCommand(admin, subscription.id, later.id)),
    ).rejects.toMatchObject({ code: WorkflowErrorCode.Conflict, message: expect.stringMatching(/goes first/) });
  });

  it('410 Gone disables the subscription and ends its pending deliveries', async () => {
    const subscription = await subscribe();
    receiver.respond = (_request, response) => response.writeHead(410).end();
    const [first] = await announce(subscription.id, randomUUID());
    const [other] = await announce(subscription.id, randomUUID());
    expect(await attempt(first.id, 0, 0)).toMatchObject({ status: 'done' });
    expect(await state(first.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await state(other.id)).toMatchObject({ status: 'failed', attempts: 0 });
    expect(
      await rows(
        sql`SELECT active, disabled_reason AS reason FROM webhook_subscriptions WHERE id = ${subscription.id}`,
      ),
    ).toEqual([{ active: false, reason: 'the endpoint answered 410 Gone' }]);
    expect(
      await rows(
        sql`SELECT 1 FROM events WHERE type = 'webhook.disabled' AND data->>'subscriptionId' = ${subscription.id}`,
      ),
    ).toHaveLength(1);
  });

  it('a Slack subscription gets one message a second: the next waits for its slot without spending an attempt', async () => {
    const subscription = await subscribe('slack');
    const [first] = await announce(subscription.id, randomUUID());
    const [second] = await announce(subscription.id, randomUUID());
    expect(await attempt(first.id, 0, 0)).toMatchObject({ status: 'done' });
    const waiting = await attempt(second.id, 0, 0);
    expect(waiting).toEqual({ waitFor: expect.any(Number) as number });
    expect((waiting as { waitFor: number }).waitFor).toBeGreaterThan(0);
    expect((waiting as { waitFor: number }).waitFor).toBeLessThanOrEqual(SENDING_SLOT_MS + 20);
    expect(await state(second.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(receiver.received).toHaveLength(1);
  });
});
