import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';

/** The public slugs of published claims: set once, at the first publication, never changed. */
@Injectable()
export class FactCheckSlugsRepository {
  /**
   * The claim's slug: the one it has, or (at its first publication) the short one, or the long one should another
   * claim have the short one; stamped with the time it became public (to the millisecond, as published_at is).
   */
  async assign(db: Queryable, claimId: string, slugs: { short: string; long: string }): Promise<string> {
    // One statement: the SELECT sees the row as it was before the UPDATE, so exactly one of the two answers.
    const [row] = await db.query<{ slug: string }>(sql`
      WITH assigned AS (
        UPDATE claims claim
           SET public_slug = CASE WHEN EXISTS (SELECT 1 FROM claims other WHERE other.public_slug = ${slugs.short})
                                  THEN ${slugs.long} ELSE ${slugs.short} END,
               public_since = date_trunc('milliseconds', now())
         WHERE claim.id = ${claimId} AND claim.public_slug IS NULL
        RETURNING claim.public_slug)
      SELECT public_slug AS slug FROM assigned
      UNION ALL
      SELECT public_slug FROM claims WHERE id = ${claimId} AND public_slug IS NOT NULL`);
    return row.slug;
  }
}
