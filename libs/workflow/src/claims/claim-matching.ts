import { EntityManager } from 'typeorm';
import { Claim, ClaimMatchStatus } from '@app/database';

/** Trigram similarity at or above which two claims are the same claim, linked without asking. */
export const LINK_SIMILARITY = 0.85;
/** At or above this, a person is asked to confirm. */
export const SUGGEST_SIMILARITY = 0.45;
/** Shorter normalised texts match too easily to mean anything. */
const MIN_MATCH_LENGTH = 16;

export interface FoundMatch {
  matchedClaimId: string;
  similarity: number;
  status: ClaimMatchStatus;
}

/**
 * Earlier claims from other articles that say the same as this one: identical or contained wording (linked), or
 * close wording (suggested), by pg_trgm similarity over the normalised text, served by a GIN trigram index.
 */
export async function findMatches(manager: EntityManager, claim: Claim, limit = 5): Promise<FoundMatch[]> {
  const rows: { id: string; similarity: number; contained: boolean }[] = await manager.query(
    `WITH target AS (SELECT match_text FROM claims WHERE id = $1)
     SELECT candidate.id, similarity(candidate.match_text, target.match_text) AS similarity,
            -- The same words, one claim cut shorter than the other (articles split a quote differently).
            ((strpos(candidate.match_text, target.match_text) > 0 OR strpos(target.match_text, candidate.match_text) > 0)
              AND least(length(candidate.match_text), length(target.match_text))
                  >= 0.5 * greatest(length(candidate.match_text), length(target.match_text))) AS contained
       FROM claims candidate, target
      WHERE length(target.match_text) >= $4
        AND candidate.article_id <> $2
        AND candidate.created_at <= (SELECT created_at FROM claims WHERE id = $1)
        AND (candidate.match_text % target.match_text OR md5(candidate.match_text) = md5(target.match_text))
        AND similarity(candidate.match_text, target.match_text) >= $3
      ORDER BY similarity DESC, candidate.created_at
      LIMIT $5`,
    [claim.id, claim.articleId, SUGGEST_SIMILARITY, MIN_MATCH_LENGTH, limit],
  );
  return rows.map((row) => ({
    matchedClaimId: row.id,
    similarity: Number(row.similarity),
    status: Number(row.similarity) >= LINK_SIMILARITY || row.contained ? 'linked' : 'suggested',
  }));
}

/** `%` filters by pg_trgm.similarity_threshold; set it for this transaction to the suggestion threshold. */
export async function prepareMatching(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(SUGGEST_SIMILARITY)]);
}
