import { EntityManager } from 'typeorm';
import { ClaimMatchStatus } from '@app/database';

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
/** At most this many claims sharing a band are considered per claim: a guard against very common bands. */
const MAX_CANDIDATES = 200;
/** Of those, the ones sharing the most bands get a trigram score. */
const SCORED_CANDIDATES = 10;

/**
 * Earlier claims from other articles that say the same as each untriaged claim of an article, in one query:
 * candidates share a MinHash band (GIN index), pg_trgm similarity of the normalised texts decides. Identical or
 * contained wording, or similarity ≥ LINK_SIMILARITY, is linked; ≥ SUGGEST_SIMILARITY is suggested.
 */
export async function findArticleMatches(
  manager: EntityManager,
  articleId: string,
  perClaim = 5,
): Promise<Map<string, FoundMatch[]>> {
  const rows: { claim_id: string; id: string; similarity: number; contained: boolean }[] = await manager.query(
    `SELECT claim_id, id, similarity, contained FROM (
       SELECT target.id AS claim_id, candidate.id, scored.similarity,
              ((strpos(candidate.match_text, target.match_text) > 0 OR strpos(target.match_text, candidate.match_text) > 0)
                AND least(length(candidate.match_text), length(target.match_text))
                    >= 0.5 * greatest(length(candidate.match_text), length(target.match_text))) AS contained,
              row_number() OVER (PARTITION BY target.id ORDER BY scored.similarity DESC, candidate.created_at) AS rank
         FROM claims target
         CROSS JOIN LATERAL (
           -- Candidates sharing more bands are likelier repeats: only the best few get the costlier trigram score.
           SELECT id, match_text, created_at FROM (
             SELECT candidate.id, candidate.match_text, candidate.created_at,
                    (SELECT count(*) FROM unnest(candidate.match_bands) band WHERE band = ANY(target.match_bands)) AS shared
               FROM claims candidate
              WHERE candidate.match_bands && target.match_bands
                AND candidate.article_id <> target.article_id
                AND candidate.created_at <= target.created_at
              LIMIT $4) pool
            ORDER BY shared DESC, created_at
            LIMIT $6) candidate
         CROSS JOIN LATERAL (SELECT similarity(candidate.match_text, target.match_text) AS similarity) scored
        WHERE target.article_id = $1 AND target.triaged_at IS NULL AND length(target.match_text) >= $2
          AND cardinality(target.match_bands) > 0
     ) ranked
     WHERE similarity >= $3 AND rank <= $5`,
    [articleId, MIN_MATCH_LENGTH, SUGGEST_SIMILARITY, MAX_CANDIDATES, perClaim, SCORED_CANDIDATES],
  );
  const matches = new Map<string, FoundMatch[]>();
  for (const row of rows) {
    const similarity = Number(row.similarity);
    matches.set(row.claim_id, [
      ...(matches.get(row.claim_id) ?? []),
      { matchedClaimId: row.id, similarity, status: similarity >= LINK_SIMILARITY || row.contained ? 'linked' : 'suggested' },
    ]);
  }
  return matches;
}
