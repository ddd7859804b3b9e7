import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { dismissAllClaims, runOutLease } from './support/claim-state';

/** Nobody empties a queue alone: one person holds at most MAX_LEASES_PER_PERSON leases, however fast they ask. */
describe('the lease limit per person', () => {
  let service: TestService;
  const people: { id: string; apiKey: string }[] = [];
  let editor: { id: string; apiKey: string };
  const draft = { rating: 'False', summary: 'No.', sources: [{ url: 'https://stats.example/a' }] };

  beforeAll(async () => {
    service = await startTestService({ env: { MAX_LEASES_PER_PERSON: '3' } });
    for (const name of ['Ada', 'Ben', 'Cleo']) people.push(await createUserKey(service, 'factchecker', name));
    editor = await createUserKey(service, 'editor', 'Eve Editor');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  const openLeasesByHolder = async () =>
    Object.fromEntries(
      (
        await service.query<{ holder_id: string; n: number }>(
          'SELECT holder_id, count(*)::int AS n FROM leases WHERE released_at IS NULL GROUP BY holder_id',
        )
      ).map((row) => [row.holder_id, row.n]),
    );

  it('gives none of 3 people more than 3 claims from 40 concurrent take-next calls, and no claim to two', async () => {
    await seedResearchClaims(service, 30);
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) => service.http(people[index % 3].apiKey).post('/v1/queue/research/next')),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 200 && status !== 409)).toEqual(
      [],
    );
    const taken = responses.filter((response) => response.status === 200);
    const perPerson = people.map(
      (person) => taken.filter((response) => response.body.lease.holderId === person.id).length,
    );
    expect(perPerson).toEqual([3, 3, 3]);
    const claimIds = taken.map((response) => response.body.id);
    expect(new Set(claimIds).size).toBe(claimIds.length);

    const refused = responses.filter((response) => response.status === 409);
    expect(refused).toHaveLength(31);
    for (const response of refused) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toMatchObject({
        type: '/problems/lease-limit',
        detail: 'you already hold 3 claims; submit or release one first',
        held: 3,
        limit: 3,
      });
    }
    expect(await openLeasesByHolder()).toEqual(Object.fromEntries(people.map((person) => [person.id, 3])));
  });

  it('holds the limit for concurrent takes of chosen claims too, with take-next among them', async () => {
    const ids = await seedResearchClaims(service, 12);
    const [ada] = people;
    const responses = await Promise.all([
      ...ids.map((id) => service.http(ada.apiKey).post(`/v1/claims/${id}/lease`)),
      ...Array.from({ length: 4 }, () => service.http(ada.apiKey).post('/v1/queue/research/next')),
    ]);
    // A take-next may reach a claim first that one of the chosen-claim calls then finds Ada holding: that one extends.
    const held = new Set(responses.filter((response) => response.status === 200).map((response) => response.body.id));
    expect(held.size).toBe(3);
    expect(
      responses
        .filter((response) => response.status === 409)
        .every((response) => response.body.type === '/problems/lease-limit'),
    ).toBe(true);
    expect(await openLeasesByHolder()).toEqual({ [ada.id]: 3 });
  });

  it('refuses a fourth lease but still extends a held one, and frees a place when one is submitted or released', async () => {
    const [first, second, third, fourth, fifth] = await seedResearchClaims(service, 5);
    const ben = people[1];
    const http = service.http(ben.apiKey);
    for (const id of [first, second, third]) await http.post(`/v1/claims/${id}/lease`).expect(200);

    const refused = await http.post(`/v1/claims/${fourth}/lease`).expect(409);
    expect(refused.body.detail).toBe('you already hold 3 claims; submit or release one first');
    await http.post('/v1/queue/research/next').expect(409);
    const extended = await http.post(`/v1/claims/${first}/lease`).expect(200);
    expect(extended.body.lease.holderId).toBe(ben.id);
    expect((await service.http(ben.apiKey).get(`/v1/claims/${fourth}`).expect(200)).body.lease).toBeNull();

    await http.delete(`/v1/claims/${second}/lease`).expect(204);
    await http.post(`/v1/claims/${fourth}/lease`).expect(200);
    await http.put(`/v1/claims/${third}/verdict`).send(draft).expect(200);
    await http.post(`/v1/claims/${third}/submit`).expect(200);
    const next = await http.post('/v1/queue/research/next').expect(200);
    expect([second, fifth]).toContain(next.body.id);
    await http.post('/v1/queue/research/next').expect(409);
  });

  it('counts review leases with research ones, and not a lease whose time is up', async () => {
    const [submitted, ...research] = await seedResearchClaims(service, 4);
    const cleo = people[2];
    await service.http(cleo.apiKey).post(`/v1/claims/${submitted}/lease`).expect(200);
    await service.http(cleo.apiKey).put(`/v1/claims/${submitted}/verdict`).send(draft).expect(200);
    await service.http(cleo.apiKey).post(`/v1/claims/${submitted}/submit`).expect(200);

    await service.http(editor.apiKey).post('/v1/queue/review/next').expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${research[0]}/lease`).expect(200);
    await service.http(editor.apiKey).post(`/v1/claims/${research[1]}/lease`).expect(200);
    const refused = await service.http(editor.apiKey).post(`/v1/claims/${research[2]}/lease`).expect(409);
    expect(refused.body.type).toBe('/problems/lease-limit');

    // The editor's review lease runs out (its expiry job has not run): it no longer counts.
    await runOutLease(service, submitted);
    await service.http(editor.apiKey).post(`/v1/claims/${research[2]}/lease`).expect(200);
  });
});
