import { ClaimStage } from '@app/database';
import { DeskEventRow } from './desk-events.query';
import { DeskStatsRows } from './desk-stats.query';
import { ModelVersionRow } from '../ranking/checkworthiness-models.repository';
import { CheckworthinessModelDto, DeskStatsDto, ModelMeasurementDto, StageQueueDto } from './dto/desk-stats.dto';
import { EventDto } from './dto/event.dto';

export function eventView(row: DeskEventRow): EventDto {
  return {
    id: row.id,
    type: row.type,
    actor: { id: row.actorId, name: row.actorName },
    articleId: row.articleId,
    claimId: row.claimId,
    data: row.data,
    at: row.createdAt.toISOString(),
  };
}

/** Every stage and every stage people wait in appear, with zeros or nulls where nothing happened. */
export function deskStatsView(
  rows: DeskStatsRows,
  since: Date,
  slaHours: number,
  model: CheckworthinessModelDto,
): DeskStatsDto {
  const queueOf = new Map(rows.queues.map((row) => [row.stage, row]));
  const medianOf = new Map(rows.medians.map((row) => [row.stage, row]));
  const queue = (stage: ClaimStage): StageQueueDto => {
    const row = queueOf.get(stage);
    return { total: row?.total ?? 0, parked: row?.parked ?? 0, overdue: row?.overdue ?? 0, leased: row?.leased ?? 0 };
  };
  const median = (stage: ClaimStage) => {
    const row = medianOf.get(stage);
    return row ? { median: round(row.medianMinutes), periods: row.periods } : { median: null, periods: 0 };
  };
  return {
    since: since.toISOString(),
    queues: {
      triage: queue(ClaimStage.Triage),
      research: queue(ClaimStage.Research),
      review: queue(ClaimStage.Review),
      published: queue(ClaimStage.Published),
      dismissed: queue(ClaimStage.Dismissed),
    },
    medianMinutesInStage: {
      triage: median(ClaimStage.Triage),
      research: median(ClaimStage.Research),
      review: median(ClaimStage.Review),
    },
    verdictsByRating: rows.ratings.map((row) => ({
      rating: row.rating,
      ratingValue: row.ratingValue,
      count: row.count,
    })),
    sla: {
      hours: slaHours,
      teams: rows.teams.map((row) => ({
        team: row.team || null,
        published: row.published,
        withinSla: row.withinSla,
        share: row.published ? round(row.withinSla / row.published) : null,
        medianHours: round(row.medianHours),
      })),
    },
    checkworthinessModel: model,
  };
}

/** The model in service as the stats show it: its version, training and measured figures. */
export function checkworthinessModelView(version: ModelVersionRow): CheckworthinessModelDto {
  const measured = ((version.evaluation.measurements as ModelMeasurementDto[] | undefined) ?? []).map(
    ({ on, sentences, averagePrecision, f1 }) => ({ on, sentences, averagePrecision, f1 }),
  );
  return {
    version: version.id,
    origin: version.origin,
    trainedAt: version.trainedAt.toISOString(),
    inServiceSince: version.activatedAt?.toISOString() ?? null,
    trainingSize: version.trainingSize,
    deskDecisions: Number(version.training.deskDecisions ?? 0),
    measured,
  };
}

/** To two decimals. */
function round(value: number | null): number | null {
  if (value === null) return null;
  return Math.round(value * 100) / 100;
}
