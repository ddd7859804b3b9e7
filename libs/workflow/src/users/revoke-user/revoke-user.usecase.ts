import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { ClaimsRepository } from '../../claims/claims.repository';
import { WorkflowError } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { LeasesRepository } from '../../leases/leases.repository';
import { refuseBuiltInUser } from '../user-rules';
import { UsersRepository } from '../users.repository';
import { RevokeUserCommand } from './revoke-user.command';

/** The person whose key is revoked, and since when. */
export interface RevokedUser {
  id: string;
  revokedAt: Date;
}

/**
 * Revokes a person's API key for good: the next request with it gets 401. Claims they hold leases on go back to
 * their queues at once rather than waiting for the leases to run out, and claims sent back to them are no longer
 * kept for them. Revoking twice changes nothing.
 */
@Injectable()
export class RevokeUserUseCase {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
    private readonly claims: ClaimsRepository,
    private readonly leases: LeasesRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, userId }: RevokeUserCommand): Promise<RevokedUser> {
    refuseBuiltInUser(userId);
    return this.database.transaction(async (tx) => {
      // The person's row before their claims', in the order taking a lease locks them: a take of theirs under way
      // finishes first, and its claim is given back here.
      const user = await this.users.lock(tx, userId);
      if (!user) throw WorkflowError.notFound('user', userId);
      if (user.revokedAt) return { id: user.id, revokedAt: user.revokedAt };
      const revokedAt = await this.users.revoke(tx, user.id);
      const held = await this.claims.lockLeasedBy(tx, user.id);
      for (const claim of held) await this.leases.close(tx, claim.id, claim.leaseId, 'released');
      const reserved = await this.claims.lockReservedFor(tx, user.id);
      for (const claim of reserved) await this.claims.endReservation(tx, claim.id);
      await this.events.record(tx, [
        ...held.map((claim) => ({
          type: EventType.LeaseReleased,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId: claim.id,
          data: { leaseId: claim.leaseId, reason: 'the holder was revoked' },
        })),
        ...reserved.map((claim) => ({
          type: EventType.ClaimReservationEnded,
          actorId: actor.id,
          articleId: claim.articleId,
          claimId: claim.id,
          data: { userId: user.id, name: user.name, reason: 'revoked' },
        })),
        {
          type: EventType.UserRevoked,
          actorId: actor.id,
          data: {
            userId: user.id,
            name: user.name,
            role: user.role,
            keyPrefix: user.keyPrefix,
            releasedClaims: held.map((claim) => claim.id),
          },
        },
      ]);
      return { id: user.id, revokedAt };
    });
  }
}
