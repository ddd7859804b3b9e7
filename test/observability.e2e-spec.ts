import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, startTestService, TestService } from './support';

/** What operators watch: Prometheus metrics for every stage, request ids, and Slack notifications. */
describe('metrics, request ids and Slack', () => {
  let service: TestService;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service?.stop();
    await receiver.stop();
  });

  const metric = (text: string, name: string, labels: Record<string, string>) => {
    const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
    const line = text
      .split('\n')
      .find((entry) => entry.startsWith(`${name}{`) && wanted.every((label) => entry.includes(label)));
    return line ? Number(line.split(' ').pop()) : 0;
  };

  it('counts work in every stage, webhook deliveries by outcome, HTTP latency by route and queue depths', async () => {
    const url = await receiver.start();
    await service
      .http()
      .post('/v1/webhooks')
      .send({ url, events: ['verdict.published'] })
      .expect(201);
    const checker = (await createUserKey(service, 'factchecker')).apiKey;
    const editor = (await createUserKey(service, 'editor')).apiKey;
    const article = await service
      .http()
      .post('/v1/articles')
      .send({ body: '“Unemployment fell to 3.1 percent in 2025, the lowest since 1990,” Governor Ann Lee said.' })
      .expect(202);
    const claimId = await waitFor(async () => {
      const rows = await service.query(
        `SELECT id, stage FROM claims WHERE article_id = $1 AND triaged_at IS NOT NULL`,
        [article.body.id],
      );
      return rows[0] && rows[0];
    });
    if (claimId.stage === 'triage') await service.http(checker).post(`/v1/claims/${claimId.id}/promote`).expect(200);
    await service.http(checker).post(`/v1/claims/${claimId.id}/lease`).expect(200);
    await service
      .http(checker)
      .put(`/v1/claims/${claimId.id}/verdict`)
      .send({ rating: 'True', summary: 'Yes.', sources: [{ url: 'https://bls.example/x' }] })
      .expect(200);
    await service.http(checker).post(`/v1/claims/${claimId.id}/submit`).expect(200);
    await service.http(editor).post(`/v1/claims/${claimId.id}/lease`).expect(200);
    await service.http(editor).post(`/v1/claims/${claimId.id}/approve`).expect(200);
    await waitFor(() => receiver.received.length > 0, { what: 'the webhook' });

    const text = await waitFor(async () => {
      const response = await service.http(null).get('/metrics').expect(200);
      return metric(response.text, 'factcheck_webhook_deliveries_total', { outcome: 'succeeded' }) > 0 && response.text;
    });
    // Extraction stores its claims already triaged: the triage queue only runs for claims people make.
    for (const queue of ['extract', 'publish', 'deliver']) {
      expect({ queue, done: metric(text, 'factcheck_jobs_completed_total', { queue, outcome: 'done' }) }).toEqual({
        queue,
        done: expect.any(Number),
      });
      expect(metric(text, 'factcheck_jobs_completed_total', { queue, outcome: 'done' })).toBeGreaterThan(0);
      expect(metric(text, 'factcheck_job_duration_seconds_count', { queue })).toBeGreaterThan(0);
    }
    expect(
      metric(text, 'factcheck_http_request_duration_seconds_count', {
        route: '/v1/articles',
        method: 'POST',
        status: '202',
      }),
    ).toBe(1);
    expect(
      metric(text, 'factcheck_http_request_duration_seconds_count', { route: '/v1/claims/:id/approve', status: '200' }),
    ).toBe(1);
    expect(text).toMatch(/factcheck_queue_jobs\{queue="extract",state="waiting"\} \d+/);
    expect(text).toMatch(/factcheck_queue_oldest_waiting_seconds\{queue="deliver"\} [\d.]+/);
    expect(text).toContain('factcheck_lease_expiries_total');
    expect(text).toContain('factcheck_process_resident_memory_bytes');
  });

  it('echoes a sane X-Request-Id, makes one otherwise, and files it with the jobs the request causes', async () => {
    const given = await service
      .http()
      .post('/v1/articles')
      .set('X-Request-Id', 'newsroom-cms-4711')
      .send({ body: 'A “quoted” text, said Bo Lee.' })
      .expect(202);
    expect(given.headers['x-request-id']).toBe('newsroom-cms-4711');
    const [job] = await service.query(
      `SELECT request_id FROM outbox WHERE payload->>'articleId' = $1 AND job_name = 'ExtractArticle'`,
      [given.body.id],
    );
    expect(job.request_id).toBe('newsroom-cms-4711');
    const made = await service.http().get('/health/live').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends Slack messages (text and blocks), at most one a second', async () => {
    const slack = new WebhookReceiver();
    const url = await slack.start();
    try {
      const created = await service
        .http()
        .post('/v1/webhooks')
        .send({ url, kind: 'slack', events: ['article.extracted'] })
        .expect(201);
      expect(created.body).toMatchObject({ kind: 'slack' });
      expect(created.body.secret).toBeUndefined();
      for (const n of [1, 2, 3]) {
        await service
          .http()
          .post('/v1/articles')
          .send({ title: `Council <b>budget</b> ${n}`, body: `“Taxes rose ${n} percent,” the mayor said.` })
          .expect(202);
      }
      // Only these articles count: one from an earlier test may finish after the subscription was made.
      const ours = () => slack.received.filter((request) => request.body.includes('Council'));
      await waitFor(() => ours().length === 3, { timeoutMs: 15000, what: 'three Slack messages' });
      for (const request of ours()) {
        const message = JSON.parse(request.body);
        expect(message.text).toMatch(/^Article read: Council &lt;b&gt;budget&lt;\/b&gt; \d — 1 quotes, 1 claims$/);
        expect(message.blocks[0]).toEqual({
          type: 'section',
          text: { type: 'mrkdwn', text: expect.stringContaining('Article read') },
        });
        expect(request.headers['webhook-signature']).toBeUndefined();
      }
      const times = ours()
        .map((request) => request.at)
        .sort((a, b) => a - b);
      expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
      expect(times[2] - times[1]).toBeGreaterThanOrEqual(950);
    } finally {
      await slack.stop();
    }
  });
});
