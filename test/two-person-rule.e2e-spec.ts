import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { VerdictAuthors1765200000000 } from '../libs/database/src/migrations/1765200000000-verdict-authors';
import { waitFor } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { COMPLETE_DRAFT, dismissAllClaims, runOutLease } from './support/claim-state';

/**
 * The two-person rule: nobody who wrote any part of a verdict version (a draft save that changed it, its submission,
 * a correction) reviews it, however the draft changed hands; and a draft handed on shows whose words it holds.
 */
describe('the two-person rule', () => {
  let service: TestService;
  let edna: { id: string; name: string; apiKey: string };
  let ezra: { id: string; name: string; apiKey: string };
  let fiona: { id: string; name: string; apiKey: string };
  let gus: { id: string; name: string; apiKey: string };

  beforeAll(async () => {
    service = await startTestService();
    edna = await createUserKey(service, 'editor', 'Edna Editor');
    ezra = await createUserKey(service, 'editor', 'Ezra Editor');
    fiona = await createUserKey(service, 'factchecker', 'Fiona Checker');
    gus = await createUserKey(service, 'factchecker', 'Gus Checker');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  const claimOf = async (claimId: string, key = fiona.apiKey) =>
    (await service.http(key).get(`/v1/claims/${claimId}`).expect(200)).body;
  const authorsOf = async (claimId: string) => (await claimOf(claimId)).verdict.authors;
  /** A new claim whose verdict Edna drafted and gave back, and Fiona took and submitted unchanged. */
  const draftedByEdnaSubmittedByFiona = async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(edna.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(edna.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    return claimId;
  };
  /** Fiona drafts and submits the claim's verdict, and Ezra takes it for review. */
  const submittedByFionaLeasedByEzra = async (claimId: string) => {
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(fiona.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
  };

  it('refuses the review lease to an editor who drafted the verdict that a fact-checker then submitted unchanged', async () => {
    const claimId = await draftedByEdnaSubmittedByFiona();

    const refused = await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 403, type: '/problems/own-verdict' });
    expect(refused.body.detail).toMatch(/you wrote part of this verdict/);
    await service.http(edna.apiKey).post('/v1/queue/review/next').expect(204);

    const review = await service.http(ezra.apiKey).post('/v1/queue/review/next').expect(200);
    expect(review.body.id).toBe(claimId);
    expect(review.body.verdict.authors).toEqual([
      { id: edna.id, name: 'Edna Editor' },
      { id: fiona.id, name: 'Fiona Checker' },
    ]);
    // The last to act is still the verdict's authorId, as before.
    expect(review.body.verdict.authorId).toBe(fiona.id);
    await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);
  });

  it('refuses approval to an author who holds the review lease all the same', async () => {
    const claimId = await draftedByEdnaSubmittedByFiona();
    // However the lease came to her (it cannot through the API), the decision itself checks the authors.
    const leaseId = randomUUID();
    await service.query(
      `WITH claim AS (UPDATE claims SET lease_id = $2, lease_holder_id = $3, lease_expires_at = now() + interval '10 minutes' WHERE id = $1)
       INSERT INTO leases (id, claim_id, holder_id, stage, acquired_at, expires_at) VALUES ($2, $1, $3, 'review', now(), now() + interval '10 minutes')`,
      [claimId, leaseId, edna.id],
    );

    const approve = await service.http(edna.apiKey).post(`/v1/claims/${claimId}/approve`).expect(403);
    expect(approve.body.type).toBe('/problems/own-verdict');
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/reject`).send({ comment: 'Mine anyway.' }).expect(403);
    expect((await claimOf(claimId)).verdict.status).toBe('submitted');
  });

  it('shows a draft left by a lease that ran out as inherited, and keeps both people as its authors', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(edna.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await runOutLease(service, claimId);

    const taken = await service.http(fiona.apiKey).post('/v1/queue/research/next').expect(200);
    expect(taken.body.id).toBe(claimId);
    expect(taken.body.lease.holderId).toBe(fiona.id);
    expect(taken.body.verdict).toMatchObject({ status: 'draft', authors: [{ id: edna.id, name: 'Edna Editor' }] });
    // Saving the inherited draft as it is (a form saving what it loaded) writes nothing of hers.
    await service
      .http(fiona.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ ...COMPLETE_DRAFT, rating: 'false' })
      .expect(200);
    expect(await authorsOf(claimId)).toEqual([{ id: edna.id, name: 'Edna Editor' }]);

    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
    expect(await authorsOf(claimId)).toEqual([
      { id: edna.id, name: 'Edna Editor' },
      { id: fiona.id, name: 'Fiona Checker' },
    ]);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(403);
    const mine = async (key: string) =>
      (await service.http(key).get('/v1/me/verdicts').expect(200)).body.items.map(
        (item: { claimId: string }) => item.claimId,
      );
    expect(await mine(edna.apiKey)).toContain(claimId);
    expect(await mine(fiona.apiKey)).toContain(claimId);
  });

  it('makes whoever changes an inherited draft one of its authors, in the order they first wrote', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(fiona.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ rating: 'False' }).expect(200);
    await service.http(fiona.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);
    await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service
      .http(ezra.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ summary: COMPLETE_DRAFT.summary })
      .expect(200);
    await service.http(ezra.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);
    await service.http(fiona.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service
      .http(fiona.apiKey)
      .put(`/v1/claims/${claimId}/verdict`)
      .send({ sources: COMPLETE_DRAFT.sources })
      .expect(200);
    await service.http(fiona.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(204);
    await service.http(gus.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(gus.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);

    expect((await authorsOf(claimId)).map((author: { name: string }) => author.name)).toEqual([
      'Fiona Checker',
      'Ezra Editor',
      'Gus Checker',
    ]);
    await service.http(ezra.apiKey).post('/v1/queue/review/next').expect(204);
    await service.http(edna.apiKey).post('/v1/queue/review/next').expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);
  });

  it('lets the editor who sent a verdict back approve its resubmission, unless they changed it in between', async () => {
    const [untouched, changed] = await seedResearchClaims(service, 2);
    for (const claimId of [untouched, changed]) {
      await submittedByFionaLeasedByEzra(claimId);
      await service
        .http(ezra.apiKey)
        .post(`/v1/claims/${claimId}/reject`)
        .send({ comment: 'Cite the official series.' })
        .expect(200);
    }
    // Rejecting wrote nothing: back from Fiona, Ezra may approve.
    await service.http(fiona.apiKey).post(`/v1/claims/${untouched}/lease`).expect(200);
    await service
      .http(fiona.apiKey)
      .put(`/v1/claims/${untouched}/verdict`)
      .send({ sources: [...COMPLETE_DRAFT.sources, { url: 'https://stats.example/series' }] })
      .expect(200);
    await service.http(fiona.apiKey).post(`/v1/claims/${untouched}/submit`).expect(200);
    await service.http(ezra.apiKey).post(`/v1/claims/${untouched}/lease`).expect(200);
    await service.http(ezra.apiKey).post(`/v1/claims/${untouched}/approve`).expect(200);

    // Ezra fixes the draft himself and gives it back; Fiona submits it: he is an author now.
    await service.http(ezra.apiKey).post(`/v1/claims/${changed}/lease`).expect(200);
    await service
      .http(ezra.apiKey)
      .put(`/v1/claims/${changed}/verdict`)
      .send({ sources: [{ url: 'https://stats.example/series' }] })
      .expect(200);
    await service.http(ezra.apiKey).delete(`/v1/claims/${changed}/lease`).expect(204);
    await service.http(fiona.apiKey).post(`/v1/claims/${changed}/lease`).expect(200);
    await service.http(fiona.apiKey).post(`/v1/claims/${changed}/submit`).expect(200);
    await service.http(ezra.apiKey).post(`/v1/claims/${changed}/lease`).expect(403);
    await service.http(edna.apiKey).post(`/v1/claims/${changed}/lease`).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${changed}/approve`).expect(200);
  });

  it('carries the authors of a published verdict into its correction, with the correcting editor', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await submittedByFionaLeasedByEzra(claimId);
    const approved = await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/approve`).expect(200);
    expect(approved.body.authors).toEqual([{ id: fiona.id, name: 'Fiona Checker' }]);
    await waitFor(async () => (await claimOf(claimId)).verdict.status === 'published', { what: 'publication' });

    const corrected = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${claimId}/correct`)
      .send({ summary: 'Higher still.', note: 'New figures.' })
      .expect(202);
    expect(corrected.body.authors).toEqual([
      { id: fiona.id, name: 'Fiona Checker' },
      { id: edna.id, name: 'Edna Editor' },
    ]);
    const versions = (await claimOf(claimId)).verdicts;
    expect(
      versions.map((verdict: { version: number; authors: { name: string }[] }) => [
        verdict.version,
        verdict.authors.map((author) => author.name),
      ]),
    ).toEqual([
      [2, ['Fiona Checker', 'Edna Editor']],
      [1, ['Fiona Checker']],
    ]);
  });

  it('names, when migrating, everyone the audit trail shows drafting or submitting an existing verdict', async () => {
    const claimId = await draftedByEdnaSubmittedByFiona();
    const before = await authorsOf(claimId);

    // Undone and done again, the migration rebuilds the authors from author_id and the events alone.
    const migration = new VerdictAuthors1765200000000();
    const runner = { query: (sql: string) => service.query(sql) } as unknown as QueryRunner;
    await migration.down(runner);
    await migration.up(runner);
    expect(await authorsOf(claimId)).toEqual(before);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(403);
  });
});
