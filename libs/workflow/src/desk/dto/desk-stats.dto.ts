import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'StageQueue' })
export class StageQueueDto {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer', description: 'Kept in triage as not check-worthy enough.' })
  parked: number;

  @ApiProperty({ type: 'integer' })
  overdue: number;

  @ApiProperty({ type: 'integer' })
  leased: number;
}

@ApiSchema({ name: 'StageQueues' })
export class StageQueuesDto {
  @ApiProperty({ type: () => StageQueueDto })
  triage: StageQueueDto;

  @ApiProperty({ type: () => StageQueueDto })
  research: StageQueueDto;

  @ApiProperty({ type: () => StageQueueDto })
  review: StageQueueDto;

  @ApiProperty({ type: () => StageQueueDto })
  published: StageQueueDto;

  @ApiProperty({ type: () => StageQueueDto })
  dismissed: StageQueueDto;
}

@ApiSchema({ name: 'StageMedian' })
export class StageMedianDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Median minutes a claim spent in the stage; null without data.',
  })
  median: number | null;

  @ApiProperty({ type: 'integer', description: 'How many stays in the stage the median is over.' })
  periods: number;
}

@ApiSchema({ name: 'StageMedians' })
export class StageMediansDto {
  @ApiProperty({ type: () => StageMedianDto })
  triage: StageMedianDto;

  @ApiProperty({ type: () => StageMedianDto })
  research: StageMedianDto;

  @ApiProperty({ type: () => StageMedianDto })
  review: StageMedianDto;
}

@ApiSchema({ name: 'RatingCount' })
export class RatingCountDto {
  @ApiProperty({ type: String, nullable: true })
  rating: string | null;

  @ApiProperty({ type: Number, nullable: true })
  ratingValue: number | null;

  @ApiProperty({ type: 'integer' })
  count: number;
}

@ApiSchema({ name: 'TeamServiceLevel' })
export class TeamServiceLevelDto {
  @ApiProperty({ type: String, nullable: true, description: 'null for people without a team.' })
  team: string | null;

  @ApiProperty({ type: 'integer' })
  published: number;

  @ApiProperty({ type: 'integer', description: 'Published within PUBLISH_SLA_HOURS of the claim entering research.' })
  withinSla: number;

  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1 })
  share: number | null;

  @ApiProperty({ type: Number, nullable: true })
  medianHours: number | null;
}

@ApiSchema({ name: 'ServiceLevel' })
export class ServiceLevelDto {
  @ApiProperty({ description: 'PUBLISH_SLA_HOURS.' })
  hours: number;

  @ApiProperty({ type: () => [TeamServiceLevelDto] })
  teams: TeamServiceLevelDto[];
}

@ApiSchema({ name: 'ModelMeasurement' })
export class ModelMeasurementDto {
  @ApiProperty({ description: 'What it was measured on.', example: '64 held-back desk decisions' })
  on: string;

  @ApiProperty({ type: 'integer', description: 'Sentences measured on.' })
  sentences: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Average precision of the ranking (no threshold).' })
  averagePrecision: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'F1 of the worth-checking class at the threshold.' })
  f1: number;
}

@ApiSchema({ name: 'CheckworthinessModelInService' })
export class CheckworthinessModelDto {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The version claims record (`null`: the shipped model, not registered yet by a worker).',
  })
  version: number | null;

  @ApiProperty({ enum: ['shipped', 'desk'], description: 'Shipped with the release, or retrained on the desk.' })
  origin: 'shipped' | 'desk';

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it was trained (for the shipped model: registered).',
  })
  trainedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it went into service.' })
  inServiceSince: string | null;

  @ApiProperty({ type: 'integer', description: 'Sentences it was trained on, desk decisions included.' })
  trainingSize: number;

  @ApiProperty({ type: 'integer', description: 'Of them, desk decisions.' })
  deskDecisions: number;

  @ApiProperty({ type: () => [ModelMeasurementDto], description: 'How it measured, on data it was not trained on.' })
  measured: ModelMeasurementDto[];
}

@ApiSchema({ name: 'DeskStats' })
export class DeskStatsDto {
  @ApiProperty({ format: 'date-time', description: 'The start of the period (30 days back unless `since` is given).' })
  since: string;

  @ApiProperty({ type: () => StageQueuesDto, description: 'Claims in each stage now.' })
  queues: StageQueuesDto;

  @ApiProperty({ type: () => StageMediansDto })
  medianMinutesInStage: StageMediansDto;

  @ApiProperty({
    type: () => [RatingCountDto],
    description: 'Published verdicts in force (corrections replace what they correct), per rating.',
  })
  verdictsByRating: RatingCountDto[];

  @ApiProperty({ type: () => ServiceLevelDto })
  sla: ServiceLevelDto;

  @ApiProperty({ type: () => CheckworthinessModelDto, description: 'The check-worthiness model triage scores with.' })
  checkworthinessModel: CheckworthinessModelDto;
}
