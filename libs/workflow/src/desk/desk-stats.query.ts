import { Injectable } from '@nestjs/common';
import { ClaimStage, Queryable, sql } from '@app/database';

/** Claims in one stage now. */
interface StageQueueRow {
  stage: ClaimStage;
  total: number;
  parked: number;
  overdue: number;
  leased: number;
}

/** How long claims stayed in one stage, over the stays that ended in the period. */
interface StageMedianRow {
  stage: ClaimStage;
  periods: number;
  medianMinutes: number;
}

/** Published verdicts in force with one rating. */
interface RatingCountRow {
  rating: string | null;
  ratingValue: number | null;
  count: number;
}

/** One team's first publications in the period, against the service level. */
interface TeamServiceLevelRow {
  /** '' for people without a team. */
  team: string;
  published: number;
  withinSla: number;
  medianHours: number | null;
}

export interface DeskStatsRows {
  queues: StageQueueRow[];
  medians: StageMedianRow[];
  ratings: RatingCountRow[];
  teams: TeamServiceLevelRow[];
}

/** The desk's statistics: claims, their stays in each stage, verdicts and their authors' teams. */
@Injectable()
export class DeskStatsQuery {
  /**
   * Queue sizes now; from `since` on, the median stay per stage and, per team, the claims first published within
   * `slaHours` of first entering research; published verdicts in force per rating. Four reads, sent side by side.
   */
  async read(db: Queryable, since: Date, slaHours: number): Promise<DeskStatsRows> {
    const [queues, medians, ratings, teams] = await Promise.all([
      db.query<StageQueueRow>(sql`
        SELECT stage, count(*)::int AS total,
               count(*) FILTER (WHERE parked)::int AS parked,
               count(*) FILTER (WHERE overdue)::int AS overdue,
               count(*) FILTER (WHERE lease_expires_at > now())::int AS leased
          FROM claims GROUP BY stage`),
      db.query<StageMedianRow>(sql`
        SELECT stage, count(*)::int AS periods,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at)) / 60 AS "medianMinutes"
          FROM claim_stage_periods WHERE left_at >= ${since} GROUP BY stage`),
      db.query<RatingCountRow>(sql`
        SELECT rating, rating_value AS "ratingValue", count(*)::int AS count FROM verdicts
         WHERE published_at IS NOT NULL AND superseded_at IS NULL
         GROUP BY rating, rating_value ORDER BY rating_value`),
      db.query<TeamServiceLevelRow>(sql`
        WITH first_publication AS (
          SELECT DISTINCT ON (claim_id) claim_id, author_id, published_at FROM verdicts
           WHERE published_at IS NOT NULL ORDER BY claim_id, version),
        first_research AS (
          SELECT claim_id, min(entered_at) AS entered_at FROM claim_stage_periods WHERE stage = 'research' GROUP BY claim_id)
        SELECT coalesce(author.team, '') AS team, count(*)::int AS published,
               count(*) FILTER (WHERE publication.published_at - research.entered_at <= make_interval(secs => ${slaHours} * 3600))::int AS "withinSla",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM publication.published_at - research.entered_at)) / 3600 AS "medianHours"
          FROM first_publication publication
          JOIN first_research research USING (claim_id)
          JOIN users author ON author.id = publication.author_id
         WHERE publication.published_at >= ${since}
         GROUP BY 1 ORDER BY 1`),
    ]);
    return { queues, medians, ratings, teams };
  }
}
