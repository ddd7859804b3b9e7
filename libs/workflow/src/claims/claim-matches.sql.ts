import { sql, SQLQuery } from '@app/database';

/** A match of a claim with an earlier one, and the verdict published on that one or on any of its repeats. */
export interface MatchRow {
  id: string;
  status: string;
  similarity: number;
  claimId: string;
  text: string;
  standalone: string;
  stage: string;
  articleId: string;
  articleTitle: string | null;
  articleUrl: string | null;
  publisher: string | null;
  speakerName: string | null;
  verdictId: string | null;
  version: number | null;
  rating: string | null;
  ratingValue: number | null;
  summary: string | null;
  publishedAt: Date | null;
}

/** The matches of the claim whose id `claimId` gives, those with a published verdict first. */
export function matchesSql(claimId: SQLQuery): SQLQuery {
  return sql`
    SELECT m.id, m.status, m.similarity, c.id AS "claimId", c.text, c.standalone, c.stage,
           a.id AS "articleId", a.title AS "articleTitle", a.url AS "articleUrl", a.publisher,
           q.speaker_name AS "speakerName", v.id AS "verdictId", v.version, v.rating, v.rating_value AS "ratingValue",
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

export function matchViews(rows: MatchRow[]) {
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    similarity: Math.round(Number(row.similarity) * 1000) / 1000,
    claim: { id: row.claimId, text: row.text, standalone: row.standalone, stage: row.stage, speaker: row.speakerName },
    article: { id: row.articleId, title: row.articleTitle, url: row.articleUrl, publisher: row.publisher },
    verdict: row.verdictId
      ? {
          id: row.verdictId,
          version: row.version,
          rating: row.rating,
          ratingValue: row.ratingValue,
          summary: row.summary,
          publishedAt: row.publishedAt!.toISOString(),
        }
      : null,
  }));
}
