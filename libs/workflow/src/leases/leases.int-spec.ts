import { ClaimStage, Role, sql, VerdictStatus } from '@app/database';
import { jobId } from '@app/queue';
import { startWorkflow, WorkflowHarness } from '@app/testing';
import { Actor } from '../common/actor';
import { WorkflowErrorCode } from '../common/workflow-error';
import { ExpireLeaseCommand } from './expire-lease/expire-lease.command';
import { ExpireLeaseUseCase } from './expire-lease/expire-lease.usecase';
import { LeaseClaimCommand } from './lease-claim/lease-claim.command';
import { LeaseClaimUseCase } from './lease-claim/lease-claim.usecase';
import { ReleaseLeaseCommand } from './release-lease/release-lease.command';
import { ReleaseLeaseUseCase } from './release-lease/release-lease.usecase';
import { TakeNextClaimCommand } from './take-next-claim/take-next-claim.command';
import { TakeNextClaimUseCase } from './take-next-claim/take-next-claim.usecase';

/** The lease use cases on rows made for each test (no extraction, no API, no Redis): what each writes, and when. */
describe('leases', () => {
  let workflow: WorkflowHarness;
  const rows = <Row>(query: ReturnType<typeof sql>) => workflow.database.query<Row>(query);
  const person = async (role = Role.FactChecker): Promise<Actor> => workflow.rows.user({ role });

  beforeAll(async () => {
    workflow = await startWorkflow({ LEASE_SECONDS: '600', MAX_LEASES_PER_PERSON: '2' });
  });

  afterAll(() => workflow?.close());

  beforeEach(async () => {
    // Each test starts from an empty desk: earlier tests' claims leave the queues.
    await workflow.database.query(sql`UPDATE claims SET stage = 'dismissed' WHERE stage IN ('research', 'review')`);
  });

  it('take-next leases the highest-ranked free claim until now() + LEASE_SECONDS, and writes its lease, its end and its event together', async () => {
    const low = await workflow.rows.claim({ stage: ClaimStage.Research, queueRank: 0.2 });
    const high = await workflow.rows.claim({ stage: ClaimStage.Research, queueRank: 0.9 });
    const ann = await person();
    const view = await workflow.get(TakeNextClaimUseCase).execute(new TakeNextClaimCommand(ann, ClaimStage.Research));
    expect(view?.id).toBe(high.id);
    expect(view?.lease?.holderId).toBe(ann.id);

    const [claim] = await rows<{ leaseId: string; expiresAt: Date; secondsLeft: number }>(
      sql`SELECT lease_id AS "leaseId", lease_expires_at AS "expiresAt",
                 extract(epoch FROM lease_expires_at - now())::float AS "secondsLeft" FROM claims WHERE id = ${high.id}`,
    );
    expect(claim.secondsLeft).toBeGreaterThan(590);
    expect(claim.secondsLeft).toBeLessThanOrEqual(600);
    expect(view?.lease).toEqual({
      id: claim.leaseId,
      holderId: ann.id,
      holderName: ann.name,
      expiresAt: claim.expiresAt.toISOString(),
    });
    expect(
      await rows(
        sql`SELECT holder_id AS "holderId", stage, released_at AS "releasedAt" FROM leases WHERE id = ${claim.leaseId}`,
      ),
    ).toEqual([{ holderId: ann.id, stage: 'research', releasedAt: null }]);
    // The end of the lease is a job whose id the reconciler computes the same way from the row.
    expect(
      await rows(
        sql`SELECT job_id AS "jobId", run_at AS "runAt" FROM outbox WHERE job_name = 'ExpireLease' AND payload->>'leaseId' = ${claim.leaseId}`,
      ),
    ).toEqual([{ jobId: jobId.expireLease(claim.leaseId, claim.expiresAt), runAt: claim.expiresAt }]);
    const [event] = await rows<{ type: string; data: Record<string, string> }>(
      sql`SELECT type, data FROM events WHERE claim_id = ${high.id} AND type = 'lease.taken'`,
    );
    expect(event.data).toEqual({
      leaseId: claim.leaseId,
      stage: 'research',
      expiresAt: claim.expiresAt.toISOString(),
      via: 'next',
    });
    expect(await rows(sql`SELECT 1 FROM leases WHERE claim_id = ${low.id}`)).toEqual([]);
  });

  it('take-next passes over a claim whose submitted verdict the taker wrote part of', async () => {
    const editor = await person(Role.Editor);
    const own = await workflow.rows.claim({ stage: ClaimStage.Review, queueRank: 0.9 });
    await workflow.rows.verdict(own.id, { status: VerdictStatus.Submitted, authors: [editor.id] });
    const other = await workflow.rows.claim({ stage: ClaimStage.Review, queueRank: 0.1 });
    await workflow.rows.verdict(other.id, { status: VerdictStatus.Submitted, authors: [(await person()).id] });
    const view = await workflow.get(TakeNextClaimUseCase).execute(new TakeNextClaimCommand(editor, ClaimStage.Review));
    expect(view?.id).toBe(other.id);
  });

  it('take-next answers null when nothing is free, and refuses a person who holds MAX_LEASES_PER_PERSON', async () => {
    const ann = await person();
    const takeNext = workflow.get(TakeNextClaimUseCase);
    expect(await takeNext.execute(new TakeNextClaimCommand(ann, ClaimStage.Research))).toBeNull();
    for (let index = 0; index < 3; index++) await workflow.rows.claim({ stage: ClaimStage.Research });
    await takeNext.execute(new TakeNextClaimCommand(ann, ClaimStage.Research));
    await takeNext.execute(new TakeNextClaimCommand(ann, ClaimStage.Research));
    await expect(takeNext.execute(new TakeNextClaimCommand(ann, ClaimStage.Research))).rejects.toMatchObject({
      code: WorkflowErrorCode.LeaseLimit,
      details: { held: 2, limit: 2 },
    });
  });

  it('lease-claim extends the holder’s lease from now and schedules its new end; another person gets LeaseHeld', async () => {
    const claim = await workflow.rows.claim({ stage: ClaimStage.Research });
    const ann = await person();
    const lease = workflow.get(LeaseClaimUseCase);
    const taken = await lease.execute(new LeaseClaimCommand(ann, claim.id));
    await workflow.database.query(
      sql`UPDATE claims SET lease_expires_at = now() + interval '10 seconds' WHERE id = ${claim.id}`,
    );
    const extended = await lease.execute(new LeaseClaimCommand(ann, claim.id));
    expect(extended.lease?.id).toBe(taken.lease?.id);
    const jobs = await rows<{ jobId: string }>(
      sql`SELECT job_id AS "jobId" FROM outbox WHERE payload->>'leaseId' = ${taken.lease!.id} ORDER BY id`,
    );
    expect(jobs.map((job) => job.jobId)).toEqual([
      jobId.expireLease(taken.lease!.id, new Date(taken.lease!.expiresAt)),
      jobId.expireLease(taken.lease!.id, new Date(extended.lease!.expiresAt)),
    ]);
    await expect(lease.execute(new LeaseClaimCommand(await person(), claim.id))).rejects.toMatchObject({
      code: WorkflowErrorCode.LeaseHeld,
    });
  });

  it('release ends the lease row with its reason and clears the claim; expiry skips a lease still running and ends one whose time is up', async () => {
    const ann = await person();
    const released = await workflow.rows.claim({ stage: ClaimStage.Research });
    const { lease } = await workflow.get(LeaseClaimUseCase).execute(new LeaseClaimCommand(ann, released.id));
    await workflow.get(ReleaseLeaseUseCase).execute(new ReleaseLeaseCommand(ann, released.id));
    expect(await rows(sql`SELECT release_reason AS reason FROM leases WHERE id = ${lease!.id}`)).toEqual([
      { reason: 'released' },
    ]);
    expect(await rows(sql`SELECT lease_id AS "leaseId" FROM claims WHERE id = ${released.id}`)).toEqual([
      { leaseId: null },
    ]);

    const running = await workflow.rows.claim({ stage: ClaimStage.Research });
    const held = await workflow.get(LeaseClaimUseCase).execute(new LeaseClaimCommand(ann, running.id));
    const expire = workflow.get(ExpireLeaseUseCase);
    expect(await expire.execute(new ExpireLeaseCommand(held.lease!.id))).toEqual({
      status: 'skipped',
      reason: 'lease was extended',
    });
    await workflow.database.query(
      sql`UPDATE claims SET lease_expires_at = now() - interval '1 second' WHERE id = ${running.id}`,
    );
    expect(await expire.execute(new ExpireLeaseCommand(held.lease!.id))).toMatchObject({ status: 'done' });
    expect(await rows(sql`SELECT release_reason AS reason FROM leases WHERE id = ${held.lease!.id}`)).toEqual([
      { reason: 'expired' },
    ]);
    expect(await rows(sql`SELECT type FROM events WHERE claim_id = ${running.id} ORDER BY id`)).toEqual([
      { type: 'lease.taken' },
      { type: 'lease.expired' },
    ]);
  });
});
