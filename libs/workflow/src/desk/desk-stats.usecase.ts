import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';

/**
 * How the desk is doing: queue sizes by stage, the median time claims spend in each stage, published verdicts by
 * rating, and per team how many verdicts were published within the service level (PUBLISH_SLA_HOURS from a
 * claim's first entry into research to its first publication).
 */
@Injectable()
export class DeskStatsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async execute(options: { since?: Date } = {}) {
    const since = options.since ?? new Date(Date.now() - 30 * 24 * 3_600_000);
    const [queues, medians, ratings, teams] = await Promise.all([
      this.dataSource.query(
        `SELECT stage, count(*)::int AS total,
                count(*) FILTER (WHERE parked)::int AS parked,
                count(*) FILTER (WHERE overdue)::int AS overdue,
                count(*) FILTER (WHERE lease_expires_at > now())::int AS leased
           FROM claims GROUP BY stage`,
      ),
      this.dataSource.query(
        `SELECT stage, count(*)::int AS periods,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at)) / 60 AS median_minutes
           FROM claim_stage_periods WHERE left_at >= $1 GROUP BY stage`,
        [since],
      ),
      this.dataSource.query(
        `SELECT rating, rating_value, count(*)::int AS count FROM verdicts
          WHERE published_at IS NOT NULL AND superseded_at IS NULL
          GROUP BY rating, rating_value ORDER BY rating_value`,
      ),
      this.dataSource.query(
        `WITH first_publication AS (
           SELECT DISTINCT ON (claim_id) claim_id, author_id, published_at FROM verdicts
            WHERE published_at IS NOT NULL ORDER BY claim_id, version),
         first_research AS (
           SELECT claim_id, min(entered_at) AS entered_at FROM claim_stage_periods WHERE stage = 'research' GROUP BY claim_id)
         SELECT coalesce(author.team, '') AS team, count(*)::int AS published,
                count(*) FILTER (WHERE publication.published_at - research.entered_at <= make_interval(secs => $2 * 3600))::int AS within_sla,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM publication.published_at - research.entered_at)) / 3600 AS median_hours
           FROM first_publication publication
           JOIN first_research research USING (claim_id)
           JOIN users author ON author.id = publication.author_id
          WHERE publication.published_at >= $1
          GROUP BY 1 ORDER BY 1`,
        [since, this.config.PUBLISH_SLA_HOURS],
      ),
    ]);
    const stages = ['triage', 'research', 'review', 'published', 'dismissed'];
    const queueOf = new Map(queues.map((row: Record<string, number>) => [row.stage, row]));
    const medianOf = new Map(medians.map((row: Record<string, number>) => [row.stage, row]));
    return {
      since: since.toISOString(),
      queues: Object.fromEntries(
        stages.map((stage) => {
          const row = (queueOf.get(stage) ?? {}) as Record<string, number>;
          return [
            stage,
            { total: row.total ?? 0, parked: row.parked ?? 0, overdue: row.overdue ?? 0, leased: row.leased ?? 0 },
          ];
        }),
      ),
      medianMinutesInStage: Object.fromEntries(
        ['triage', 'research', 'review'].map((stage) => {
          const row = medianOf.get(stage) as Record<string, number> | undefined;
          return [
            stage,
            row ? { median: round(row.median_minutes), periods: row.periods } : { median: null, periods: 0 },
          ];
        }),
      ),
      verdictsByRating: ratings.map((row: Record<string, unknown>) => ({
        rating: row.rating,
        ratingValue: row.rating_value,
        count: row.count,
      })),
      sla: {
        hours: this.config.PUBLISH_SLA_HOURS,
        teams: teams.map((row: Record<string, any>) => ({
          team: row.team || null,
          published: row.published,
          withinSla: row.within_sla,
          share: row.published ? round(row.within_sla / row.published) : null,
          medianHours: round(row.median_hours),
        })),
      },
    };
  }
}

function round(value: number | string | null): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 100) / 100;
}
