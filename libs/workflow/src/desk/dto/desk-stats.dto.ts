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
}
