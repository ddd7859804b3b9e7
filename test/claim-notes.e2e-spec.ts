import { WEBHOOK_EVENT_TYPES } from '@app/webhooks';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { expectProblem } from './support/problems';

/** Internal notes on a claim: a thread in its history with who wrote each, for the desk only. */
describe('claim notes', () => {
  let service: TestService;
  let fiona: { id: string; name: string; apiKey: string };
  let ingester: { apiKey: string };
  let claimId: string;

  beforeAll(async () => {
    service = await startTestService();
    fiona = await createUserKey(service, 'factchecker', 'Fiona Notes');
    ingester = await createUserKey(service, 'ingester');
    [claimId] = await seedResearchClaims(service, 1);
  });

  afterAll(() => service.stop());

  const notesOf = async (id: string) =>
    service.query<{ id: string; actor_id: string; data: { note: string } }>(
      `SELECT id::text, actor_id, data FROM events WHERE claim_id = $1 AND type = 'claim.noted' ORDER BY id`,
      [id],
    );

  it('adds a note to the claim’s history with its author, and it shows on the claim page', async () => {
    const added = await service
      .http(fiona.apiKey)
      .post(`/v1/claims/${claimId}/notes`)
      .send({ text: '  The ministry will call back about the 2019 figures.  ' })
      .expect(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      type: 'claim.noted',
      actor: { id: fiona.id, name: 'Fiona Notes' },
      data: { note: 'The ministry will call back about the 2019 figures.' },
      at: expect.any(String),
    });
    const claim = await service.http(fiona.apiKey).get(`/v1/claims/${claimId}`).expect(200);
    expect(claim.body.history).toContainEqual(added.body);
    const history = await service.http(fiona.apiKey).get(`/v1/claims/${claimId}/history`).expect(200);
    expect(history.body.items).toContainEqual(added.body);
  });

  it('is never announced: no webhook delivery for a note, whatever a newsroom subscribed to', async () => {
    await service
      .http()
      .post('/v1/webhooks')
      .send({ url: 'http://127.0.0.1:9/never-called', events: WEBHOOK_EVENT_TYPES })
      .expect(201);
    const added = await service
      .http(fiona.apiKey)
      .post(`/v1/claims/${claimId}/notes`)
      .send({ text: 'Source asked not to be named.' })
      .expect(201);
    // The event and any delivery for it are written in one transaction: the rows are all there is.
    expect(await service.query(`SELECT 1 FROM webhook_deliveries WHERE event_id = $1`, [added.body.id])).toEqual([]);
  });

  it('adds one note for a retry with the same Idempotency-Key, and answers the retry with it', async () => {
    const before = (await notesOf(claimId)).length;
    const send = () =>
      service
        .http(fiona.apiKey)
        .post(`/v1/claims/${claimId}/notes`)
        .set('Idempotency-Key', 'note-once')
        .send({ text: 'Checked the budget table.' });
    const first = await send().expect(201);
    const retry = await send().expect(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await notesOf(claimId)).toHaveLength(before + 1);
  });

  it('refuses bad notes with a problem naming the field, and stores nothing', async () => {
    const before = (await notesOf(claimId)).length;
    for (const [what, body] of [
      ['no text', {}],
      ['empty', { text: '' }],
      ['blank', { text: '   ' }],
      ['too long', { text: 'x'.repeat(4001) }],
      ['not a string', { text: 42 }],
      ['a control character', { text: 'a\u0000b' }],
      ['an unknown field', { text: 'ok', published: true }],
    ] as const) {
      const response = await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/notes`).send(body);
      expect({ what, status: response.status }).toEqual({ what, status: 400 });
      expectProblem(response, 400, what);
    }
    expect(await notesOf(claimId)).toHaveLength(before);
  });

  it('answers 404 for a claim that does not exist (or an id that is none), 403 below factchecker', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectProblem(
      await service.http(fiona.apiKey).post(`/v1/claims/${unknown}/notes`).send({ text: 'Hello?' }).expect(404),
      404,
    );
    expect(await notesOf(unknown)).toEqual([]);
    await service.http(fiona.apiKey).post(`/v1/claims/not-a-uuid/notes`).send({ text: 'Hello?' }).expect(404);
    await service.http(ingester.apiKey).post(`/v1/claims/${claimId}/notes`).send({ text: 'Hello?' }).expect(403);
  });
});
