import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Claim, ENVIRONMENT_ADMIN_ID, SYSTEM_USER_ID } from '@app/database';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { closeLease } from '../leases/lease-writer';

export interface RevokeUserCommand {
  actorId: string;
  userId: string;
}

/**
 * Revokes a person's API key for good: the next request with it gets 401. Claims they hold leases on go back to
 * their queues at once rather than waiting for the leases to run out. Revoking twice changes nothing.
 */
@Injectable()
export class RevokeUserUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: RevokeUserCommand): Promise<{ id: string; revokedAt: string }> {
    assertUuid('user', command.userId);
    refuseBuiltInUser(command.userId);
    return this.dataSource.transaction(async (manager) => {
      const [user] = await manager.query(
        'SELECT id, name, role, api_key_prefix, revoked_at FROM users WHERE id = $1 FOR UPDATE',
        [command.userId],
      );
      if (!user) throw WorkflowError.notFound('user', command.userId);
      if (user.revoked_at) return { id: user.id, revokedAt: new Date(user.revoked_at).toISOString() };
      // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
      const [[revoked]] = await manager.query(
        'UPDATE users SET revoked_at = now(), api_key_hash = NULL WHERE id = $1 RETURNING revoked_at',
        [user.id],
      );
      const releasedClaims = await releaseLeasesOf(manager, user.id, command.actorId);
      await recordEvent(manager, {
        type: EventType.UserRevoked,
        actorId: command.actorId,
        data: { userId: user.id, name: user.name, role: user.role, keyPrefix: user.api_key_prefix, releasedClaims },
      });
      return { id: user.id, revokedAt: new Date(revoked.revoked_at).toISOString() };
    });
  }
}

/** The service's own actor and the ADMIN_API_KEY holder have no key here to revoke or rotate. */
export function refuseBuiltInUser(userId: string): void {
  if (userId === SYSTEM_USER_ID || userId === ENVIRONMENT_ADMIN_ID) {
    throw new WorkflowError(
      WorkflowErrorCode.Conflict,
      userId === ENVIRONMENT_ADMIN_ID
        ? 'the ADMIN_API_KEY admin has no stored key: change ADMIN_API_KEY in the environment instead'
        : 'the system user has no key',
    );
  }
}

async function releaseLeasesOf(manager: EntityManager, holderId: string, actorId: string): Promise<string[]> {
  const claims = await manager.find(Claim, { where: { leaseHolderId: holderId }, lock: { mode: 'for_no_key_update' } });
  for (const claim of claims) {
    const leaseId = claim.leaseId;
    await closeLease(manager, claim, 'released');
    claim.version += 1;
    await manager.save(claim);
    await recordEvent(manager, {
      type: EventType.LeaseReleased,
      actorId,
      articleId: claim.articleId,
      claimId: claim.id,
      data: { leaseId, reason: 'the holder was revoked' },
    });
  }
  return claims.map((claim) => claim.id);
}
