import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimMatch } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { refreshRepeatBands } from './claim-matching';

/** A person decides on a suggested match: the same claim (confirmed) or not (rejected). */
@Injectable()
export class DecideClaimMatchUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(claimId: string, matchId: string, actor: Actor, decision: 'confirmed' | 'rejected') {
    assertUuid('claim', claimId);
    assertUuid('match', matchId);
    return this.dataSource.transaction(async (manager) => {
      const match = await manager.findOne(ClaimMatch, {
        where: { id: matchId, claimId },
        lock: { mode: 'for_no_key_update' },
      });
      if (!match) throw WorkflowError.notFound('match', matchId);
      if (match.status === 'confirmed' || match.status === 'rejected') {
        throw new WorkflowError(WorkflowErrorCode.Conflict, `this match was already ${match.status}`);
      }
      match.status = decision;
      match.decidedBy = actor.id;
      match.decidedAt = new Date();
      await manager.save(match);
      await refreshRepeatBands(manager, claimId);
      await recordEvent(manager, {
        type: decision === 'confirmed' ? EventType.MatchConfirmed : EventType.MatchRejected,
        actorId: actor.id,
        claimId,
        data: { matchId, matchedClaimId: match.matchedClaimId, similarity: match.similarity },
      });
      return { id: match.id, status: match.status, matchedClaimId: match.matchedClaimId };
    });
  }
}
