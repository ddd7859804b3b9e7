import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimMatch } from '@app/database';
import { Actor } from '../common/actor';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { refreshRepeatBands } from './claim-matching';

/**
 * Earlier claims that say the same as a claim, each with its current published verdict, if any; `claim` is the SQL
 * expression of the claim's id.
 */
export const matchesSql = (claim: string) => `SELECT m.id, m.status, m.similarity, m.created_at, m.decided_at,
            c.id AS claim_id, c.text, c.standalone, c.stage,
            a.id AS article_id, a.title AS article_title, a.url AS article_url, a.publisher,
            q.speaker_name,
            v.id AS verdict_id, v.version, v.rating, v.rating_value, v.summary, v.published_at
       FROM claim_matches m
       JOIN claims c ON c.id = m.matched_claim_id
       JOIN articles a ON a.id = c.article_id
       JOIN quotes q ON q.id = c.quote_id
       -- The verdict published on the matched claim or on any of its repeats: repeats are matched with the first
       -- claim of their kind, whichever of them was checked.
       LEFT JOIN LATERAL (
         SELECT verdict.* FROM (SELECT c.id AS claim_id
                                 UNION SELECT repeat.claim_id FROM claim_matches repeat
                                        WHERE repeat.matched_claim_id = c.id AND repeat.status IN ('linked', 'confirmed')) checked
           JOIN verdicts verdict ON verdict.claim_id = checked.claim_id
          WHERE verdict.published_at IS NOT NULL AND verdict.superseded_at IS NULL
          ORDER BY verdict.published_at DESC LIMIT 1) v ON true
      WHERE m.claim_id = ${claim} AND m.status <> 'rejected'
      ORDER BY (v.id IS NOT NULL) DESC, m.similarity DESC`;

export function matchViews(rows: Record<string, any>[]) {
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    similarity: Math.round(Number(row.similarity) * 1000) / 1000,
    claim: {
      id: row.claim_id,
      text: row.text,
      standalone: row.standalone,
      stage: row.stage,
      speaker: row.speaker_name,
    },
    article: { id: row.article_id, title: row.article_title, url: row.article_url, publisher: row.publisher },
    verdict: row.verdict_id
      ? {
          id: row.verdict_id,
          version: row.version,
          rating: row.rating,
          ratingValue: row.rating_value,
          summary: row.summary,
          publishedAt: new Date(row.published_at).toISOString(),
        }
      : null,
  }));
}

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
