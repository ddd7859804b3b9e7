import { Injectable } from '@nestjs/common';
import { ClaimMatchStatus, ClaimStage, Queryable, sql, SQLQuery } from '@app/database';
import { BANDS } from '@app/extraction';

/** A match of a claim with an earlier one, and the verdict published on that one or on any of its repeats. */
export interface MatchRow {
  id: string;
  status: ClaimMatchStatus;
  similarity: number;
  claimId: string;
  text: string;
  standalone: string;
  stage: ClaimStage;
  articleId: string;
  articleTitle: string | null;
  articleUrl: string | null;
  publisher: string | null;
  speakerName: string | null;
  verdictId: string | null;
  /** The claim the verdict is published on: the matched claim or one of its repeats. */
  verdictClaimId: string | null;
  version: number | null;
  rating: string | null;
  ratingValue: number | null;
  summary: string | null;
  publishedAt: Date | null;
}

/** A match as stored. */
export interface ClaimMatchRow {
  id: string;
  claimId: string;
  matchedClaimId: string;
  similarity: number;
  status: ClaimMatchStatus;
}

/**
 * A claim to look for repeats of, with its MinHash bands and match key (claim-fingerprint.ts): a stored claim, or one
 * about to be stored already triaged (`unstored`: its article and standalone form, which the stored row would give).
 */
export interface MatchTarget {
  id: string;
  bands: number[];
  key: string;
  unstored?: { articleId: string; standalone: string };
}

/** How the repeat search is bounded and when a candidate counts (the rules are claim-matching.ts's). */
export interface CandidateLimits {
  /** Shorter normalised texts are not searched. */
  minLength: number;
  /** Claims sharing a band considered per claim. */
  maxCandidates: number;
  /** Of those, how many (sharing the most bands) get a trigram score. */
  scoredCandidates: number;
  /** The least trigram similarity kept. */
  minSimilarity: number;
  /** Candidates kept per claim, most similar first. */
  perClaim: number;
}

/** An earlier claim that may say the same as `claimId`. */
export interface CandidateRow {
  claimId: string;
  matchedClaimId: string;
  similarity: number;
  /** One normalised text holds the other, and the shorter is at least half the longer. */
  contained: boolean;
  /** The earlier claim's match key. */
  matchedKey: string;
}

/** A match to store. */
export interface NewClaimMatch {
  claimId: string;
  matchedClaimId: string;
  similarity: number;
  status: ClaimMatchStatus;
}

/**
 * How many bands a candidate shares with the target: band i of every claim is at position i, and a band's key holds
 * its index (claim-fingerprint.ts), so two claims share band i exactly when their keys at i are equal. Compared
 * position by position, BANDS comparisons a candidate, instead of every band of one against all of the other's.
 */
const SHARED_BANDS = sql.__dangerous__rawValue(
  Array.from(
    { length: BANDS },
    (_, index) => `CASE WHEN candidate.match_bands[${index + 1}] = target.bands[${index + 1}] THEN 1 ELSE 0 END`,
  ).join(' + '),
);

/** Claim matches: which claims repeat which earlier ones, found by triage and confirmed or rejected by people. */
@Injectable()
export class ClaimMatchesRepository {
  /**
   * Earlier claims from other articles that may say the same as each target, in one statement: candidates share a
   * MinHash band (the partial GIN index on `match_bands`), pg_trgm similarity of their match keys (the normalised
   * words, claim-fingerprint.ts) ranks them.
   */
  async candidates(db: Queryable, targets: MatchTarget[], limits: CandidateLimits): Promise<CandidateRow[]> {
    return db.query<CandidateRow>(this.candidatesSql(targets, limits));
  }

  /**
   * `candidates` as a statement to pipeline. A stored target is read from its row; an unstored one is taken as created
   * now, with the match text its row's generated column would hold.
   */
  candidatesSql(targets: MatchTarget[], limits: CandidateLimits): SQLQuery {
    return sql`
      WITH input AS MATERIALIZED (
        SELECT id, string_to_array(bands, ',')::bigint[] AS bands, key, article_id,
               btrim(regexp_replace(lower(standalone), '[^[:alnum:]]+', ' ', 'g')) AS match_text
          FROM unnest(${targets.map((target) => target.id)}::uuid[], ${targets.map((target) => target.bands.join(','))}::text[],
                      ${targets.map((target) => target.key)}::text[],
                      ${targets.map((target) => target.unstored?.articleId ?? null)}::uuid[],
                      ${targets.map((target) => target.unstored?.standalone ?? null)}::text[])
               AS input(id, bands, key, article_id, standalone)),
      target AS MATERIALIZED (
        SELECT own.id, own.bands, own.key, coalesce(own.article_id, stored.article_id) AS article_id,
               coalesce(own.match_text, stored.match_text) AS match_text, coalesce(stored.created_at, now()) AS created_at
          -- An unstored target looks up nothing (the NULL key finds no row without reading the index).
          FROM input own LEFT JOIN claims stored ON stored.id = CASE WHEN own.article_id IS NULL THEN own.id END)
      SELECT "claimId", "matchedClaimId", similarity, contained, "matchedKey" FROM (
        SELECT target.id AS "claimId", candidate.id AS "matchedClaimId", scored.similarity,
               coalesce(candidate.match_key, '') AS "matchedKey",
               ((strpos(candidate.match_text, target.match_text) > 0 OR strpos(target.match_text, candidate.match_text) > 0)
                 AND least(length(candidate.match_text), length(target.match_text))
                     >= 0.5 * greatest(length(candidate.match_text), length(target.match_text))) AS contained,
               row_number() OVER (PARTITION BY target.id ORDER BY scored.similarity DESC, candidate.created_at) AS rank
          FROM target
          CROSS JOIN LATERAL (
            -- Candidates sharing more bands are likelier repeats: only the best few get the costlier trigram score.
            SELECT id, match_text, match_key, created_at FROM (
              SELECT candidate.id, candidate.match_text, candidate.match_key, candidate.created_at,
                     ${SHARED_BANDS} AS shared
                FROM claims candidate
               WHERE candidate.match_bands && target.bands
                 AND candidate.match_bands <> '{}'
                 AND candidate.article_id <> target.article_id
                 AND candidate.created_at <= target.created_at
               LIMIT ${limits.maxCandidates}) pool
             ORDER BY shared DESC, created_at
             LIMIT ${limits.scoredCandidates}) candidate
          CROSS JOIN LATERAL (SELECT similarity(candidate.match_key, target.key) AS similarity) scored
         WHERE length(target.match_text) >= ${limits.minLength}
      ) ranked
      WHERE similarity >= ${limits.minSimilarity} AND rank <= ${limits.perClaim}`;
  }

  /** Stores matches (a pair already matched is left as it is): one statement, whatever their number. */
  insertSql(matches: NewClaimMatch[]): SQLQuery {
    return sql`
      INSERT INTO claim_matches (claim_id, matched_claim_id, similarity, status)
      SELECT * FROM unnest(${matches.map((match) => match.claimId)}::uuid[],
                           ${matches.map((match) => match.matchedClaimId)}::uuid[],
                           ${matches.map((match) => match.similarity)}::real[], ${matches.map((match) => match.status)}::text[])
      ON CONFLICT (claim_id, matched_claim_id) DO NOTHING`;
  }

  /** The claim's match `matchId`, locked against other writers for the rest of the transaction. */
  async lock(db: Queryable, claimId: string, matchId: string): Promise<ClaimMatchRow | null> {
    const [row] = await db.query<ClaimMatchRow>(sql`
      SELECT id, claim_id AS "claimId", matched_claim_id AS "matchedClaimId", similarity, status
        FROM claim_matches WHERE id = ${matchId} AND claim_id = ${claimId}
         FOR NO KEY UPDATE`);
    return row ?? null;
  }

  /** Records a person's decision on a match, now. */
  async decide(db: Queryable, matchId: string, status: 'confirmed' | 'rejected', deciderId: string): Promise<void> {
    await db.query(sql`
      UPDATE claim_matches SET status = ${status}, decided_by = ${deciderId}, decided_at = now() WHERE id = ${matchId}`);
  }

  /** The claim's matches with earlier claims. */
  async ofClaim(db: Queryable, claimId: string): Promise<ClaimMatchRow[]> {
    return db.query<ClaimMatchRow>(sql`
      SELECT id, claim_id AS "claimId", matched_claim_id AS "matchedClaimId", similarity, status
        FROM claim_matches WHERE claim_id = ${claimId}`);
  }

  /** The matches (MatchRows) of the claim whose id `claimId` gives, those with a published verdict first. */
  forClaimSql(claimId: SQLQuery): SQLQuery {
    return sql`
      SELECT m.id, m.status, m.similarity, c.id AS "claimId", c.text, c.standalone, c.stage,
             a.id AS "articleId", a.title AS "articleTitle", a.url AS "articleUrl", a.publisher,
             q.speaker_name AS "speakerName", v.id AS "verdictId", v.claim_id AS "verdictClaimId", v.version, v.rating, v.rating_value AS "ratingValue",
             v.summary, v.published_at AS "publishedAt"
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
       WHERE m.claim_id = ${claimId} AND m.status <> 'rejected'
       ORDER BY (v.id IS NOT NULL) DESC, m.similarity DESC`;
  }
}
