import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery } from '@app/database';

/** Why a claim is a label: what the desk did with it. */
export type DeskLabelReason = 'published' | 'researched' | 'promoted' | 'made' | 'corrected' | 'dismissed';

/** One desk decision as a training label: the sentence as the desk left it, worth checking or not, and when. */
export interface DeskLabel {
  claimId: string;
  text: string;
  label: boolean;
  reason: DeskLabelReason;
  decidedAt: Date;
}

/**
 * The desk's decisions as check-worthiness labels, one per claim, read from the claim's state now (a later decision
 * replaces an earlier one: promoted, then dismissed, is dismissed):
 *  - worth checking: a verdict submitted (review) or published; a parked claim promoted to research; a claim a person
 *    made (added from a span, split or merged: choosing it was its triage); a claim whose words or standalone form a
 *    person corrected in research (people do not reword claims they will not check);
 *  - not worth checking: a claim a person dismissed.
 * Not labels: a claim replaced by its split or merge (the parts carry the decision), a claim of a quote marked "not a
 * quote of anyone" (that says who spoke, not whether it is worth checking), and claims the model alone sent to research.
 * The text is the standalone form, as corrected, which is what the model scores. `decidedAt` is when the claim entered
 * its stage (or, for a correction in research, the latest correction).
 */
@Injectable()
export class DeskLabelsQuery {
  /** The newest `limit` labels, newest first; only those decided after `after` when given. */
  async read(db: Queryable, limit: number, after?: Date | null): Promise<DeskLabel[]> {
    return db.query<DeskLabel>(sql`
      SELECT * FROM (${labelsSql()}) label
       ${after ? sql`WHERE "decidedAt" > ${after}` : sql``}
       ORDER BY "decidedAt" DESC, "claimId" LIMIT ${limit}`);
  }

  /** How many labels were decided after `after` (all when null), counting no further than `upTo`. */
  async countAfter(db: Queryable, after: Date | null, upTo: number): Promise<number> {
    const [row] = await db.query<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM (
        SELECT 1 FROM (${labelsSql()}) label ${after ? sql`WHERE "decidedAt" > ${after}` : sql``} LIMIT ${upTo}) counted`);
    return row.count;
  }
}

function labelsSql(): SQLQuery {
  return sql`
    SELECT claim.id AS "claimId", claim.standalone AS text, claim.stage <> 'dismissed' AS label,
           CASE WHEN claim.stage IN ('review', 'published') THEN
                  CASE claim.stage WHEN 'published' THEN 'published' ELSE 'researched' END
                WHEN claim.stage = 'dismissed' THEN 'dismissed'
                WHEN claim.origin <> 'extraction' THEN 'made'
                WHEN promoted.at IS NOT NULL THEN 'promoted'
                ELSE 'corrected' END AS reason,
           CASE WHEN claim.stage = 'research' AND claim.origin = 'extraction' AND promoted.at IS NULL
                THEN corrected.at ELSE claim.stage_entered_at END AS "decidedAt"
      FROM claims claim
      JOIN quotes quote ON quote.id = claim.quote_id
      LEFT JOIN LATERAL (
        SELECT max(event.created_at) AS at FROM events event
         WHERE event.claim_id = claim.id AND event.type = 'claim.promoted' AND claim.stage = 'research') promoted ON true
      LEFT JOIN LATERAL (
        SELECT max(correction.created_at) AS at FROM corrections correction
         WHERE correction.claim_id = claim.id AND correction.kind IN ('claim-text', 'claim-standalone')
           AND claim.stage = 'research' AND claim.origin = 'extraction') corrected
        ON true
     WHERE NOT quote.not_a_quote AND cardinality(claim.replaced_by) = 0
       AND (claim.stage IN ('review', 'published', 'dismissed')
            OR (claim.stage = 'research'
                AND (claim.origin <> 'extraction' OR promoted.at IS NOT NULL OR corrected.at IS NOT NULL)))`;
}
