import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';
import { dismissAllClaims, runOutLease } from './support/claim-state';

/**
 * A lease whose time is up is over, whether or not its expiry job has run: after Redis lost its jobs, until the
 * reconciler puts them back, the row still names the lease. Every view shows no holder and anyone may take the claim.
 */
describe('a lease whose time is up before its expiry job ran', () => {
  let service: TestService;
  let ann: { id: string; apiKey: string };
  let bo: { id: string; apiKey: string };

  beforeAll(async () => {
    service = await startTestService();
    ann = await createUserKey(service, 'factchecker', 'Ann Early');
    bo = await createUserKey(service, 'factchecker', 'Bo Later');
  });

  afterAll(() => service?.stop());

  beforeEach(() => dismissAllClaims(service));

  /** Ann leases the claim, then her lease's time runs out by the database's clock; nothing closes it. */
  const takenThenRunOut = async () => {
    const [claimId] = await seedResearchClaims(service, 1);
    // No worker from here on: neither the expiry job nor the reconciler may close the lease behind the test's back.
    await service.stopWorker();
    const taken = await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ rating: 'False' }).expect(200);
    await runOutLease(service, claimId);
    const [row] = await service.query('SELECT lease_id FROM claims WHERE id = $1', [claimId]);
    expect(row.lease_id).toBe(taken.body.lease.id);
    return { claimId, leaseId: taken.body.lease.id as string };
  };

  afterEach(() => service.startWorker());

  it('shows no holder in the claim, the listings and the holder’s own verdicts', async () => {
    const { claimId } = await takenThenRunOut();

    const claim = await service.http(bo.apiKey).get(`/v1/claims/${claimId}`).expect(200);
    expect(claim.body.lease).toBeNull();
    const listed = await service.http(bo.apiKey).get('/v1/claims?stage=research').expect(200);
    expect(listed.body.items.find((item: { id: string }) => item.id === claimId)).toMatchObject({ lease: null });
    const mine = await service.http(ann.apiKey).get('/v1/me/verdicts').expect(200);
    expect(mine.body.items.find((item: { claimId: string }) => item.claimId === claimId).claim.leasedByYou).toBe(false);
    // Nor may the former holder go on writing.
    await service.http(ann.apiKey).put(`/v1/claims/${claimId}/verdict`).send({ summary: 'Late.' }).expect(409);
    await service.http(ann.apiKey).delete(`/v1/claims/${claimId}/lease`).expect(409);
  });

  it('lets another person take the claim by its id, closing the old lease', async () => {
    const { claimId, leaseId } = await takenThenRunOut();

    const taken = await service.http(bo.apiKey).post(`/v1/claims/${claimId}/lease`).expect(200);
    expect(taken.body.lease).toMatchObject({ holderId: bo.id });
    expect(taken.body.lease.id).not.toBe(leaseId);
    expect(taken.body.history.map((event: { type: string }) => event.type)).toContain('lease.taken');
    const leases = await service.query(
      'SELECT id, holder_id, released_at, release_reason FROM leases WHERE claim_id = $1 ORDER BY acquired_at',
      [claimId],
    );
    expect(leases).toEqual([
      expect.objectContaining({ id: leaseId, holder_id: ann.id, release_reason: 'expired' }),
      expect.objectContaining({ id: taken.body.lease.id, holder_id: bo.id, released_at: null }),
    ]);
    await service.http(ann.apiKey).post(`/v1/claims/${claimId}/lease`).expect(409);
  });

  it('hands the claim to the next person who asks for the next one', async () => {
    const { claimId, leaseId } = await takenThenRunOut();

    const next = await service.http(bo.apiKey).post('/v1/queue/research/next').expect(200);
    expect(next.body.id).toBe(claimId);
    expect(next.body.lease).toMatchObject({ holderId: bo.id });
    const [old] = await service.query('SELECT released_at, release_reason FROM leases WHERE id = $1', [leaseId]);
    expect(old.release_reason).toBe('expired');
    const open = await service.query('SELECT holder_id FROM leases WHERE claim_id = $1 AND released_at IS NULL', [
      claimId,
    ]);
    expect(open).toEqual([{ holder_id: bo.id }]);
  });
});
