import { ClaimStage, ENVIRONMENT_ADMIN_ID, Role, sql } from '@app/database';
import { startWorkflow, WorkflowHarness } from '@app/testing';
import { Actor } from '../common/actor';
import { WorkflowErrorCode } from '../common/workflow-error';
import { LeaseClaimCommand } from '../leases/lease-claim/lease-claim.command';
import { LeaseClaimUseCase } from '../leases/lease-claim/lease-claim.usecase';
import { AuthenticateCommand } from './authenticate/authenticate.command';
import { AuthenticateUseCase } from './authenticate/authenticate.usecase';
import { CreateUserCommand } from './create-user/create-user.command';
import { CreateUserUseCase } from './create-user/create-user.usecase';
import { ListUsersUseCase } from './list-users/list-users.usecase';
import { RevokeUserCommand } from './revoke-user/revoke-user.command';
import { RevokeUserUseCase } from './revoke-user/revoke-user.usecase';
import { RotateApiKeyCommand } from './rotate-api-key/rotate-api-key.command';
import { RotateApiKeyUseCase } from './rotate-api-key/rotate-api-key.usecase';

/** The user use cases on rows made for each test (no API, no Redis): keys, revocation and what it gives back. */
describe('users', () => {
  let workflow: WorkflowHarness;
  let admin: Actor;
  const rows = <Row>(query: ReturnType<typeof sql>) => workflow.database.query<Row>(query);
  const authenticate = (apiKey: string) => workflow.get(AuthenticateUseCase).execute(new AuthenticateCommand(apiKey));
  const create = async (role = Role.FactChecker, idempotencyKey?: string) =>
    workflow.get(CreateUserUseCase).execute(new CreateUserCommand(admin, { name: 'Fiona', role }, idempotencyKey));
  const createWithKey = async (role = Role.FactChecker) => {
    const created = await create(role);
    if (created.replayed) throw new Error('a retry was not expected');
    return created.user;
  };

  beforeAll(async () => {
    workflow = await startWorkflow();
    admin = await workflow.rows.user({ role: Role.Admin });
  });

  afterAll(() => workflow?.close());

  it('creates a person whose key authenticates them, stored only as its hash, and lists them by its prefix', async () => {
    const user = await createWithKey();
    expect(await authenticate(user.apiKey)).toEqual({ id: user.id, name: 'Fiona', role: Role.FactChecker });
    const [stored] = await rows<{ hash: string; prefix: string }>(
      sql`SELECT api_key_hash AS hash, api_key_prefix AS prefix FROM users WHERE id = ${user.id}`,
    );
    expect(stored.hash).not.toContain(user.apiKey.slice(4));
    expect(stored.prefix).toBe(user.apiKey.slice(0, 8));
    const listed = await workflow.get(ListUsersUseCase).execute();
    expect(listed.items.find((item) => item.id === user.id)).toEqual({
      id: user.id,
      name: 'Fiona',
      role: Role.FactChecker,
      team: null,
      keyPrefix: stored.prefix,
      createdAt: user.createdAt,
    });
    expect(JSON.stringify(listed)).not.toContain(user.apiKey);
  });

  it('replays a creation with the same Idempotency-Key without the key, and refuses the key for another request', async () => {
    const first = await create(Role.Editor, 'create-once');
    const again = await create(Role.Editor, 'create-once');
    expect(again.replayed).toBe(true);
    expect(again.user.id).toBe(first.user.id);
    expect(again.user).not.toHaveProperty('apiKey');
    await expect(create(Role.Ingester, 'create-once')).rejects.toMatchObject({
      code: WorkflowErrorCode.IdempotencyKeyReused,
    });
    expect(await rows(sql`SELECT 1 FROM users WHERE id = ${first.user.id}`)).toHaveLength(1);
  });

  it('rotating a key ends the old one in the same transaction; a revoked or built-in user has none to rotate', async () => {
    const user = await createWithKey();
    const rotated = await workflow.get(RotateApiKeyUseCase).execute(new RotateApiKeyCommand(admin, user.id));
    expect(await authenticate(user.apiKey)).toBeNull();
    expect(await authenticate(rotated.apiKey)).toMatchObject({ id: user.id });
    await workflow.get(RevokeUserUseCase).execute(new RevokeUserCommand(admin, user.id));
    await expect(
      workflow.get(RotateApiKeyUseCase).execute(new RotateApiKeyCommand(admin, user.id)),
    ).rejects.toMatchObject({ code: WorkflowErrorCode.Conflict });
    await expect(
      workflow.get(RotateApiKeyUseCase).execute(new RotateApiKeyCommand(admin, ENVIRONMENT_ADMIN_ID)),
    ).rejects.toMatchObject({ code: WorkflowErrorCode.Conflict });
  });

  it('revoking ends the key and gives back every claim the person leased, once', async () => {
    const user = await createWithKey();
    const holder: Actor = { id: user.id, name: user.name, role: user.role };
    const claims = [
      await workflow.rows.claim({ stage: ClaimStage.Research }),
      await workflow.rows.claim({ stage: ClaimStage.Research }),
    ];
    const leases = [];
    for (const claim of claims) {
      leases.push((await workflow.get(LeaseClaimUseCase).execute(new LeaseClaimCommand(holder, claim.id))).lease!.id);
    }
    // One of the leases has run out without its timer firing yet: it is given back too.
    await workflow.database.query(
      sql`UPDATE claims SET lease_expires_at = now() - interval '1 second' WHERE id = ${claims[1].id}`,
    );

    const revoke = workflow.get(RevokeUserUseCase);
    const revoked = await revoke.execute(new RevokeUserCommand(admin, user.id));
    expect(await authenticate(user.apiKey)).toBeNull();
    expect(
      await rows(sql`SELECT lease_id AS "leaseId" FROM claims WHERE id = ANY(${claims.map((claim) => claim.id)})`),
    ).toEqual([{ leaseId: null }, { leaseId: null }]);
    expect(
      await rows(
        sql`SELECT release_reason AS reason FROM leases WHERE id = ANY(${leases}) AND released_at IS NOT NULL`,
      ),
    ).toEqual([{ reason: 'released' }, { reason: 'released' }]);
    const [event] = await rows<{ data: { releasedClaims: string[] } }>(
      sql`SELECT data FROM events WHERE type = 'user.revoked' AND data->>'userId' = ${user.id}`,
    );
    expect(event.data.releasedClaims.sort()).toEqual(claims.map((claim) => claim.id).sort());
    expect(
      await rows(sql`SELECT claim_id AS "claimId" FROM events WHERE type = 'lease.released' AND actor_id = ${admin.id}
                      AND claim_id = ANY(${claims.map((claim) => claim.id)})`),
    ).toHaveLength(2);

    expect(await revoke.execute(new RevokeUserCommand(admin, user.id))).toEqual(revoked);
    expect(
      await rows(sql`SELECT 1 FROM events WHERE type = 'user.revoked' AND data->>'userId' = ${user.id}`),
    ).toHaveLength(1);
  });
});
