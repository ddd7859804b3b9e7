import { ExpireLeaseCommand, ExpireLeaseUseCase } from '@app/workflow';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { COMPLETE_DRAFT, dismissAllClaims } from './support/claim-state';
import { expectProblem } from './support/problems';

type Person = { id: string; name: string; apiKey: string };

/**
 * Editors own the desk's work: they see who holds a claim, give it to someone (`POST /v1/claims/:id/assign`) or
 * break a lease (`POST /v1/claims/:id/break-lease`). The former holder's late writes get 409; the ended lease's
 * expiry job does nothing when it fires; everything is in the claim's history with who did it.
 */
describe('assigning claims and breaking leases', () => {
  let service: TestService;
  let ann: Person;
  let bo: Person;
  let cy: Person;
  let edna: Person;
  let ezra: Person;
  let ingrid: Person;

  beforeAll(async () => {
    service = await startTestService();
    ann = await createUserKey(service, 'factchecker', 'Ann Holder');
    bo = await createUserKey(service, 'factchecker', 'Bo Assignee');
    cy = await createUserKey(service, 'factchecker', 'Cy Busy');
    edna = await createUserKey(service, 'editor', 'Edna Editor');
    ezra = await createUserKey(service, 'editor', 'Ezra Reviewer');
    ingrid = await createUserKey(service, 'ingester', 'Ingrid Feed');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  const history = async (claimId: string) =>
    (await service.http(edna.apiKey).get(`/v1/claims/${claimId}/history`).expect(200)).body.items as {
      type: string;
      actor: { id: string } | null;
      data: Record<string, unknown>;
    }[];
  const leaseRows = (claimId: string) =>
    service.query(
      'SELECT id, holder_id, released_at, release_reason FROM leases WHERE claim_id = $1 ORDER BY acquired_at',
      [claimId],
    );
  const expire = (leaseId: string) =>
    service.api.get(ExpireLeaseUseCase, { strict: false }).execute(new ExpireLeaseCommand(leaseId));

  it('shows editors who holds a claim, by name', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const claim = await service.http(edna.apiKey).get(`/v1/claims/${claimId}`).expect(200);
    expect(claim.body.lease).toMatchObject({ holderId: ann.id, holderName: 'Ann Holder' });
    const listed = await service.http(edna.apiKey).get('/v1/claims?stage=research').expect(200);
    expect(listed.body.items.find((item: { id: string }) => item.id === claimId).lease).toMatchObject({
      holderName: 'Ann Holder',
    });
  });

  it('reassigns a held claim: the new holder writes, the old one gets 409, the old lease’s expiry does nothing', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    const taken = await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ rating: 'False' }).expect(200);
    const oldLeaseId = taken.body.lease.id as string;

    const assigned = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${claimId}/assign`)
      .send({ userId: bo.id })
      .expect(200);
    expect(assigned.body.lease).toMatchObject({ holderId: bo.id, holderName: 'Bo Assignee' });
    const newLeaseId = assigned.body.lease.id as string;
    expect(newLeaseId).not.toBe(oldLeaseId);
    expect(await leaseRows(claimId)).toEqual([
      expect.objectContaining({ id: oldLeaseId, holder_id: ann.id, release_reason: 'reassigned' }),
      expect.objectContaining({ id: newLeaseId, holder_id: bo.id, released_at: null }),
    ]);
    // The new lease's end is scheduled through the outbox, as when a person takes a claim.
    const scheduled = await service.query("SELECT payload FROM outbox WHERE job_name = 'ExpireLease'");
    expect(scheduled.map((row) => row.payload.leaseId)).toContain(newLeaseId);

    // The former holder's late writes are refused; the new holder inherits the draft and works on.
    for (const late of [
      service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ summary: 'Late.' }),
      service.http(ann.apiKey).post(`/v1/claims/${claimId}/submit`),
      service.http(ann.apiKey).delete(`/v1/claims/${claimId}/lease`),
    ]) {
      expectProblem(await late.expect(409), 409);
    }
    await service.http(bo.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);

    // The ended lease's expiry job, when it fires, changes nothing.
    expect(await expire(oldLeaseId)).toEqual({ status: 'skipped', reason: expect.any(String) });
    const after = await service.http(bo.apiKey).get(`/v1/claims/${claimId}`).expect(200);
    expect(after.body.lease).toMatchObject({ id: newLeaseId, holderId: bo.id });
    expect((await leaseRows(claimId))[0]).toMatchObject({ release_reason: 'reassigned' });

    const reassigned = (await history(claimId)).filter((event) => event.type === 'lease.reassigned');
    expect(reassigned).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: edna.id }),
        data: expect.objectContaining({
          from: ann.id,
          fromName: 'Ann Holder',
          to: bo.id,
          toName: 'Bo Assignee',
          by: edna.id,
          leaseId: newLeaseId,
        }),
      }),
    ]);
    await service.http(bo.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);
  });

  it('assigns a free claim, and a claim in review only to an editor who wrote none of the verdict', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: ann.id }).expect(200);
    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/submit`).expect(200);

    // In review: a fact-checker may not review, nor an author of the verdict.
    const notEditor = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${claimId}/assign`)
      .send({ userId: bo.id })
      .expect(400);
    expect(notEditor.body.errors).toEqual([expect.objectContaining({ field: 'userId' })]);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const review = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${claimId}/assign`)
      .send({ userId: ezra.id })
      .expect(200);
    expect(review.body.lease).toMatchObject({ holderId: ezra.id });
    expect(review.body.stage).toBe('review');
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/approve`).send({}).expect(409);
    await service.http(ezra.apiKey).post(`/v1/claims/${claimId}/approve`).send({}).expect(200);
  });

  it('refuses an author of the verdict as its reviewer, and a fact-checker at the lease limit', async () => {
    const [reviewed, ...others] = await seedResearchClaims(service, 4);
    await service.http(edna.apiKey).post(`/v1/claims/${reviewed}/lease`).expect(200);
    await service.http(edna.apiKey).put(`/v1/claims/${reviewed}/verdict`).send(COMPLETE_DRAFT).expect(200);
    await service.http(edna.apiKey).post(`/v1/claims/${reviewed}/submit`).expect(200);
    const own = await service
      .http(ezra.apiKey)
      .post(`/v1/claims/${reviewed}/assign`)
      .send({ userId: edna.id })
      .expect(400);
    expectProblem(own, 400);
    expect(own.body.errors).toEqual([
      expect.objectContaining({ field: 'userId', message: expect.stringMatching(/wrote/) }),
    ]);

    for (const claimId of others) await service.http(cy.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const [spare] = await seedResearchClaims(service, 1);
    const full = await service.http(edna.apiKey).post(`/v1/claims/${spare}/assign`).send({ userId: cy.id }).expect(409);
    expect(full.body.type).toMatch(/lease-limit/);
    expect(full.body.detail).toMatch(/Cy Busy already holds 3 claims/);
    expect(await leaseRows(spare)).toEqual([]);
  });

  it('breaks a lease: the claim goes back to its queue, take-next hands it out, the holder gets 409', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    const taken = await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const leaseId = taken.body.lease.id as string;

    const broken = await service.http(edna.apiKey).post(`/v1/claims/${claimId}/break-lease`).expect(200);
    expect(broken.body.lease).toBeNull();
    expect(broken.body.stage).toBe('research');
    expect(await leaseRows(claimId)).toEqual([expect.objectContaining({ id: leaseId, release_reason: 'broken' })]);
    const events = (await history(claimId)).filter((event) => event.type === 'lease.broken');
    expect(events).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ id: edna.id }),
        data: expect.objectContaining({ leaseId, holderId: ann.id, holderName: 'Ann Holder', by: edna.id }),
      }),
    ]);

    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ summary: 'Late.' }).expect(409);
    expect(await expire(leaseId)).toEqual({ status: 'skipped', reason: expect.any(String) });
    const next = await service.http(bo.apiKey).post('/v1/queue/research/next').expect(200);
    expect(next.body.id).toBe(claimId);
    expect(next.body.lease).toMatchObject({ holderId: bo.id });
    // Nor may the former holder take it back while Bo holds it.
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(409);
  });

  it('answers bad input with a clear problem and stores nothing', async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    const before = await leaseRows(claimId);
    const eventsBefore = (await history(claimId)).length;
    const revoked = await createUserKey(service, 'factchecker', 'Rex Gone');
    await service.http().delete(`/v1/users/${revoked.id}`).expect(204);
    const unknownClaim = '00000000-0000-4000-8000-000000000000';

    const cases: [string, () => Promise<{ status: number; headers: Record<string, string>; body: any }>, number][] = [
      ['no body', () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`), 400],
      [
        'userId not a uuid',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: 'bo' }),
        400,
      ],
      [
        'extra field',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: bo.id, why: 1 }),
        400,
      ],
      [
        'unknown user',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: unknownClaim }),
        404,
      ],
      [
        'revoked user',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: revoked.id }),
        404,
      ],
      [
        'an ingester',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: ingrid.id }),
        400,
      ],
      [
        'the holder again',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: ann.id }),
        409,
      ],
      [
        'unknown claim',
        () => service.http(edna.apiKey).post(`/v1/claims/${unknownClaim}/assign`).send({ userId: bo.id }),
        404,
      ],
      [
        'claim id not a uuid',
        () => service.http(edna.apiKey).post('/v1/claims/nope/assign').send({ userId: bo.id }),
        404,
      ],
      [
        'a fact-checker assigns',
        () => service.http(bo.apiKey).post(`/v1/claims/${claimId}/assign`).send({ userId: bo.id }),
        403,
      ],
      ['a fact-checker breaks', () => service.http(bo.apiKey).post(`/v1/claims/${claimId}/break-lease`), 403],
      ['break an unknown claim', () => service.http(edna.apiKey).post(`/v1/claims/${unknownClaim}/break-lease`), 404],
      [
        'break with a body',
        () => service.http(edna.apiKey).post(`/v1/claims/${claimId}/break-lease`).send({ x: 1 }),
        400,
      ],
    ];
    for (const [what, send, status] of cases) {
      const answer = await send();
      expect({ what, status: answer.status }).toEqual({ what, status });
      expectProblem(answer, status, what);
      const field = { 'extra field': 'why', 'break with a body': 'x' }[what] ?? 'userId';
      if (status === 400) {
        expect({ what, fields: answer.body.errors?.map((error: { field: string }) => error.field) }).toEqual({
          what,
          fields: expect.arrayContaining([field]),
        });
      }
    }
    expect(await leaseRows(claimId)).toEqual(before);
    expect((await history(claimId)).length).toBe(eventsBefore);

    // Wrong stage: a dismissed claim is neither assigned nor has a lease to break.
    await dismissAllClaims(service);
    const wrongStage = await service
      .http(edna.apiKey)
      .post(`/v1/claims/${claimId}/assign`)
      .send({ userId: bo.id })
      .expect(409);
    expect(wrongStage.body.detail).toMatch(/dismissed/);
    await service.http(edna.apiKey).post(`/v1/claims/${claimId}/break-lease`).expect(409);
  });
});
