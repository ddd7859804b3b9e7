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
  const [target] = await manager.query(`SELECT match_text, created_at FROM claims WHERE id = $1`, [claim.id]);
  if (!target || target.match_text.length < MIN_MATCH_LENGTH) return [];
  // The text is passed as a value, not joined in, so that Postgres can use the trigram and hash indexes.
  const rows: { id: string; similarity: number; contained: boolean }[] = await manager.query(
    `SELECT id, similarity,
            -- The same words, one claim cut shorter than the other (articles split a quote differently).
            ((strpos(match_text, $1) > 0 OR strpos($1, match_text) > 0)
              AND least(length(match_text), length($1)) >= 0.5 * greatest(length(match_text), length($1))) AS contained
       FROM (
         SELECT id, match_text, created_at, similarity(match_text, $1) AS similarity
           FROM claims WHERE match_text % $1 AND article_id <> $2
         UNION
         SELECT id, match_text, created_at, 1 AS similarity
           FROM claims WHERE md5(match_text) = md5($1) AND match_text = $1 AND article_id <> $2
       ) candidate
      WHERE created_at <= $3 AND similarity >= $4
      ORDER BY similarity DESC, created_at
      LIMIT $5`,
    [target.match_text, claim.articleId, target.created_at, SUGGEST_SIMILARITY, limit],
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
