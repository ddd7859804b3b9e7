import { EntityManager } from 'typeorm';
import { ClaimMatchStatus } from '@app/database';
import { matchBands } from './claim-fingerprint';

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

/** At most this many claims sharing a band are considered per claim: a guard against very common bands. */
const MAX_CANDIDATES = 200;
/** Of those, the ones sharing the most bands get a trigram score. */
const SCORED_CANDIDATES = 10;

/** A claim to match, with its MinHash bands (claim-fingerprint.ts). */
export interface MatchTarget {
  id: string;
  bands: number[];
}

/**
 * Earlier claims from other articles that say the same as each of the given claims, in one query: candidates share a
 * MinHash band (partial GIN index), pg_trgm similarity of the normalised texts decides. Identical or contained
 * wording, or similarity ≥ LINK_SIMILARITY, is linked; ≥ SUGGEST_SIMILARITY is suggested. Only claims that are not
 * themselves repeats carry bands (see repeatBands), so a quote repeated in a hundred articles is one candidate.
 */
export async function findMatches(
  manager: EntityManager,
  targets: MatchTarget[],
  perClaim = 5,
): Promise<Map<string, FoundMatch[]>> {
  const searched = targets.filter((target) => target.bands.length > 0);
  const matches = new Map<string, FoundMatch[]>();
  if (searched.length === 0) return matches;
  const rows: { claim_id: string; id: string; similarity: number; contained: boolean }[] = await manager.query(
    `WITH input AS MATERIALIZED (
       SELECT id, string_to_array(bands, ',')::bigint[] AS bands FROM unnest($1::uuid[], $2::text[]) AS input(id, bands))
     SELECT claim_id, id, similarity, contained FROM (
       SELECT target.id AS claim_id, candidate.id, scored.similarity,
              ((strpos(candidate.match_text, target.match_text) > 0 OR strpos(target.match_text, candidate.match_text) > 0)
                AND least(length(candidate.match_text), length(target.match_text))
                    >= 0.5 * greatest(length(candidate.match_text), length(target.match_text))) AS contained,
              row_number() OVER (PARTITION BY target.id ORDER BY scored.similarity DESC, candidate.created_at) AS rank
         FROM input own
         JOIN claims target ON target.id = own.id
         CROSS JOIN LATERAL (
           -- Candidates sharing more bands are likelier repeats: only the best few get the costlier trigram score.
           SELECT id, match_text, created_at FROM (
             SELECT candidate.id, candidate.match_text, candidate.created_at,
                    (SELECT count(*) FROM unnest(candidate.match_bands) band WHERE band = ANY(own.bands)) AS shared
               FROM claims candidate
              WHERE candidate.match_bands && own.bands
                AND candidate.match_bands <> '{}'
                AND candidate.article_id <> target.article_id
                AND candidate.created_at <= target.created_at
              LIMIT $4) pool
            ORDER BY shared DESC, created_at
            LIMIT $6) candidate
         CROSS JOIN LATERAL (SELECT similarity(candidate.match_text, target.match_text) AS similarity) scored
        WHERE length(target.match_text) >= $3
     ) ranked
     WHERE similarity >= $5 AND rank <= $7`,
    [
      searched.map((target) => target.id),
      searched.map((target) => target.bands.join(',')),
      MIN_MATCH_LENGTH,
      MAX_CANDIDATES,
      SUGGEST_SIMILARITY,
      SCORED_CANDIDATES,
      perClaim,
    ],
  );
  for (const row of rows) {
    const similarity = Number(row.similarity);
    matches.set(row.claim_id, [
      ...(matches.get(row.claim_id) ?? []),
      {
        matchedClaimId: row.id,
        similarity,
        status: similarity >= LINK_SIMILARITY || row.contained ? 'linked' : 'suggested',
      },
    ]);
  }
  return matches;
}

/**
 * The bands a claim keeps in the index: none when it repeats an earlier claim (a match linked automatically or
 * confirmed by a person), so later repeats are matched with the first of them.
 */
export function repeatBands(bands: number[], matches: { status: ClaimMatchStatus }[] = []): number[] {
  return matches.some((match) => match.status === 'linked' || match.status === 'confirmed') ? [] : bands;
}

/** After a person decided on one of its matches: the claim keeps its bands only if it repeats no earlier claim. */
export async function refreshRepeatBands(manager: EntityManager, claimId: string): Promise<void> {
  const [claim]: { text: string; standalone: string; repeats: boolean }[] = await manager.query(
    `SELECT text, standalone,
            EXISTS (SELECT 1 FROM claim_matches WHERE claim_id = $1 AND status IN ('linked', 'confirmed')) AS repeats
       FROM claims WHERE id = $1`,
    [claimId],
  );
  if (!claim) return;
  const bands = claim.repeats ? [] : matchBands(claim.standalone || claim.text);
  await manager.query(`UPDATE claims SET match_bands = string_to_array($2, ',')::bigint[] WHERE id = $1`, [
    claimId,
    bands.join(','),
  ]);
}
