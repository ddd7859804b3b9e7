import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { COMPLETE_DRAFT, dismissAllClaims } from './support/claim-state';

/** The people's stages: leases, verdicts, review, and the rules that keep two people off one claim. */
describe('research and review', () => {
  let service: TestService;
  let checkerA: string;
  let checkerB: string;
  let editorA: { id: string; apiKey: string };
  let editorB: string;

  beforeAll(async () => {
    // 50 concurrent takes among 12 people make up to 5 each: these tests are about claims never going to two people;
    // the limit per person has its own suite (test/lease-limit.e2e-spec.ts).
    service = await startTestService({ env: { MAX_LEASES_PER_PERSON: '5' } });
    checkerA = (await createUserKey(service, 'factchecker')).apiKey;
    checkerB = (await createUserKey(service, 'factchecker')).apiKey;
    editorA = await createUserKey(service, 'editor');
    editorB = (await createUserKey(service, 'editor')).apiKey;
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  it('never gives one claim to two of 50 concurrent takers', async () => {
    const ids = await seedResearchClaims(service, 30);
    const takers = [checkerA, checkerB, editorA.apiKey, editorB];
    for (let n = 0; n < 8; n++) takers.push((await createUserKey(service, 'factchecker')).apiKey);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        service.http(takers[index % takers.length]).post('/v1/queue/research/next'),
      ),
    );
    const taken = responses.filter((response) => response.status === 200).map((response) => response.body.id);
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken.sort()).toEqual([...ids].sort());
    expect(responses.filter((response) => response.status === 204)).toHaveLength(20);
    expect(responses.every((response) => [200, 204].includes(response.status))).toBe(true);
    const open = await service.query(
      'SELECT claim_id, count(*)::int AS n FROM leases WHERE released_at IS NULL GROUP BY claim_id',
    );
    expect(open).toHaveLength(30);
    expect(open.every((row) => row.n === 1)).toBe(true);
  });

  it('hands out claims in priority order', async () => {
    await seedResearchClaims(service, 3);
    const ranked = await service.http(checkerA).get('/v1/claims?stage=research').expect(200);
    const first = await service.http(checkerA).post('/v1/queue/research/next').expect(200);
    expect(first.body.id).toBe(ranked.body.items[0].id);
  });

  it('lets a person take a chosen claim, refuses it to others with 409, extends and gives it back', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    const taken = await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(200);
    const conflict = await service.http(checkerB).post(`/v1/claims/${claimId}/lease`).expect(409);
    expect(conflict.headers['content-type']).toContain('application/problem+json');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const extended = await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(200);
    expect(extended.body.lease.id).toBe(taken.body.lease.id);
    expect(new Date(extended.body.lease.expiresAt).getTime()).toBeGreaterThan(
      new Date(taken.body.lease.expiresAt).getTime(),
    );
    await service.http(checkerB).delete(`/v1/claims/${claimId}/lease`).expect(409);
    await service.http(checkerA).delete(`/v1/claims/${claimId}/lease`).expect(204);
    await service.http(checkerB).post(`/v1/claims/${claimId}/lease`).expect(200);
  });

  it('goes through reject with a comment and resubmission, never letting an editor review their own verdict', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    // An editor can research too, but not then review what they wrote.
    await service.http(editorA.apiKey).post('/v1/queue/research/next').expect(200);
    await service.http(editorA.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(editorA.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(editorA.apiKey).post('/v1/queue/review/next').expect(204);
    await service.http(editorA.apiKey).post(`/v1/claims/${claimId}/lease`).expect(403);

    await service.http(editorB).post('/v1/queue/review/next').expect(200);
    await service.http(editorB).post(`/v1/claims/${claimId}/reject`).send({ comment: '' }).expect(400);
    await service
      .http(editorB)
      .post(`/v1/claims/${claimId}/reject`)
      .send({ comment: 'Cite the official series.' })
      .expect(200);

    const back = await service.http(editorA.apiKey).get(`/v1/claims/${claimId}`).expect(200);
    expect(back.body.stage).toBe('research');
    expect(back.body.verdict).toMatchObject({ status: 'draft', reviewComment: 'Cite the official series.' });

    await service.http(editorA.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service
      .http(editorA.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ sources: [...COMPLETE_DRAFT.sources, { url: 'https://stats.example/series' }] })
      .expect(200);
    await service.http(editorA.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(editorB).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(editorB).post(`/v1/claims/${claimId}/approve`).expect(200);

    const published = await waitFor(async () => {
      const response = await service.http(checkerA).get(`/v1/claims/${claimId}`).expect(200);
      return response.body.verdict.status === 'published' && response.body;
    });
    expect(published.stage).toBe('published');
    expect(published.verdict.sources).toHaveLength(2);
    expect(published.history.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['verdict.submitted', 'verdict.rejected', 'verdict.approved', 'verdict.published']),
    );
    expect(published.history.filter((event: { type: string }) => event.type === 'verdict.submitted')).toHaveLength(2);
  });

  it('refuses to submit an incomplete draft and names what is missing', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(checkerA).post(`/v1/claims/${claimId}/submit`).expect(400);
    await service.http(checkerA).put(`/v1/claims/${claimId}/verdict`).send({ rating: 'Pants on Fire' }).expect(400);
    await service.http(checkerA).put(`/v1/claims/${claimId}/verdict`).send({ rating: 'false' }).expect(200);
    const incomplete = await service.http(checkerA).post(`/v1/claims/${claimId}/submit`).expect(400);
    expect(incomplete.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'sources',
      'summary',
    ]);
    await service
      .http(checkerA)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ sources: [{ url: 'not a url' }] })
      .expect(400);
    const claim = await service.http(checkerA).get(`/v1/claims/${claimId}`).expect(200);
    expect(claim.body.stage).toBe('research');
    expect(claim.body.verdict.rating).toBe('False');
  });

  it('dismisses a claim with a reason, but not one someone else holds', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(checkerB).post(`/v1/claims/${claimId}/dismiss`).send({ reason: 'opinion' }).expect(409);
    await service.http(checkerA).post(`/v1/claims/${claimId}/dismiss`).send({}).expect(400);
    const dismissed = await service
      .http(checkerA)
      .post(`/v1/claims/${claimId}/dismiss`)
      .send({ reason: 'opinion' })
      .expect(200);
    expect(dismissed.body).toMatchObject({ stage: 'dismissed', dismissedReason: 'opinion' });
    await service.http(checkerA).post(`/v1/claims/${claimId}/dismiss`).send({ reason: 'again' }).expect(409);
    await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(409);
  });

  it('leaves a claim under review to editors: its author cannot dismiss a submitted verdict, an editor can', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(checkerA).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(checkerA).post(`/v1/claims/${claimId}/submit`).expect(200);
    const refused = await service
      .http(checkerA)
      .post(`/v1/claims/${claimId}/dismiss`)
      .send({ reason: 'second thoughts' })
      .expect(403);
    expect(refused.body.detail).toMatch(/under review/);
    expect((await service.http(checkerA).get(`/v1/claims/${claimId}`).expect(200)).body.stage).toBe('review');
    const dismissed = await service
      .http(editorB)
      .post(`/v1/claims/${claimId}/dismiss`)
      .send({ reason: 'not a claim' })
      .expect(200);
    expect(dismissed.body).toMatchObject({ stage: 'dismissed', dismissedReason: 'not a claim' });
  });

  it('filters and pages the claim list', async () => {
    await seedResearchClaims(service, 5);
    const page1 = await service.http(checkerA).get('/v1/claims?stage=research&limit=2').expect(200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await service
      .http(checkerA)
      .get(`/v1/claims?stage=research&limit=2&cursor=${page1.body.nextCursor}`)
      .expect(200);
    const page3 = await service
      .http(checkerA)
      .get(`/v1/claims?stage=research&limit=2&cursor=${page2.body.nextCursor}`)
      .expect(200);
    const ids = [...page1.body.items, ...page2.body.items, ...page3.body.items].map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(5);
    expect(page3.body.nextCursor).toBeNull();
    const bySpeaker = await service.http(checkerA).get('/v1/claims?stage=research&speaker=jane doe').expect(200);
    expect(bySpeaker.body.items.length).toBe(5);
    expect(
      (await service.http(checkerA).get('/v1/claims?speaker=nobody-like-this').expect(200)).body.items,
    ).toHaveLength(0);
    // Every word must appear, in any order.
    const byWords = await service.http(checkerA).get('/v1/claims?stage=research&q=DISTRICT 4').expect(200);
    const texts = byWords.body.items.map((item: { text: string }) => item.text);
    expect(texts.some((text: string) => text.includes('district 4 '))).toBe(true);
    expect(texts.every((text: string) => /district/i.test(text) && text.includes('4'))).toBe(true);
    expect(texts.length).toBeLessThan(5);
    await service.http(checkerA).get('/v1/claims?limit=0').expect(400);
    await service.http(checkerA).get('/v1/claims?limit=100000').expect(400);
    await service.http(checkerA).get('/v1/claims?minScore=2').expect(400);
    await service.http(checkerA).get('/v1/claims?stage=limbo').expect(400);
    await service.http(checkerA).get('/v1/claims?cursor=garbage').expect(400);
  });
});

describe('lease expiry', () => {
  let service: TestService;
  let checkerA: string;
  let checkerB: string;
  const draft = { rating: 'False', summary: 'No.', sources: [{ url: 'https://stats.example/unemployment' }] };

  beforeAll(async () => {
    // Two-second leases, so that one can be watched running out.
    service = await startTestService({ env: { LEASE_SECONDS: '2' } });
    checkerA = (await createUserKey(service, 'factchecker')).apiKey;
    checkerB = (await createUserKey(service, 'factchecker')).apiKey;
  });

  afterAll(() => service?.stop());

  it('returns a claim to its queue when the lease runs out, and refuses the late holder with 409', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(checkerA).post(`/v1/claims/${claimId}/lease`).expect(200);
    // The delayed expiry job clears the lease from the claim (LEASE_SECONDS is 2 here).
    await waitFor(
      async () => (await service.query('SELECT lease_id FROM claims WHERE id = $1', [claimId]))[0].lease_id === null,
      { what: 'the lease to expire', timeoutMs: 10000 },
    );
    const history = await service.http(checkerA).get(`/v1/claims/${claimId}/history`).expect(200);
    expect(history.body.items.map((event: { type: string }) => event.type)).toContain('lease.expired');
    const late = await service.http(checkerA).put(`/v1/claims/${claimId}/verdict`).send(draft).expect(409);
    expect(late.body.detail).toMatch(/lease/);
    const next = await service.http(checkerB).post('/v1/queue/research/next').expect(200);
    expect(next.body.id).toBe(claimId);
  });
});
