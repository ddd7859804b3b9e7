import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Role } from '@app/database';
import {
  DeskStatsCommand,
  DeskStatsDto,
  DeskStatsUseCase,
  EventPageDto,
  ListEventsCommand,
  ListEventsUseCase,
} from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';
import { DATE_TIME_FORMS, IsDateTime } from '../problems/date-time';
import { IsIntParam } from '../problems/query-params';

export class ListEventsQueryDto {
  @ApiPropertyOptional({
    type: String,
    example: 'verdict.published,verdict.corrected',
    description: 'One event type or several, comma-separated (at most 30).',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[a-z][a-z.-]{1,60}$/, { each: true, message: 'each type must look like verdict.published' })
  type?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  claimId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  articleId?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: `From this time on (inclusive): ${DATE_TIME_FORMS}.`,
  })
  @IsOptional()
  @IsDateTime()
  since?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: `Before this time: ${DATE_TIME_FORMS}.` })
  @IsOptional()
  @IsDateTime()
  until?: Date;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @IsIntParam('limit', 1, 500)
  limit?: number;

  @ApiPropertyOptional({ maxLength: 30, description: 'The `nextCursor` of the page before.' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  cursor?: string;
}

export class StatsQueryDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: `The start of the period, 30 days ago when absent: ${DATE_TIME_FORMS}.`,
  })
  @IsOptional()
  @IsDateTime()
  since?: Date;
}

@ApiTags('Desk')
@Controller('v1')
export class DeskController {
  constructor(
    private readonly listEvents: ListEventsUseCase,
    private readonly stats: DeskStatsUseCase,
  ) {}

  /** The whole desk's audit trail, newest first. */
  @Get('events')
  @RequireRole(Role.Editor)
  @ApiOperation({ summary: 'The audit trail', description: 'Every action on the desk, newest first; filters combine.' })
  @ApiOkResponse({ type: EventPageDto })
  events(@Query() query: ListEventsQueryDto): Promise<EventPageDto> {
    const { limit, cursor, ...filter } = query;
    return this.listEvents.execute(new ListEventsCommand(filter, { limit, cursor }));
  }

  /**
   * Queue sizes, median time per stage, verdicts per rating, the publication service level per team, and the
   * check-worthiness model in service.
   */
  @Get('stats')
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'Desk statistics',
    description:
      'Claims per stage now, the median time in each stage, published verdicts per rating, and per team how many ' +
      'verdicts were published within PUBLISH_SLA_HOURS of the claim entering research; and the check-worthiness model ' +
      'triage scores with (its version, training, and its F1 and average precision on what they were measured on).',
  })
  @ApiOkResponse({ type: DeskStatsDto })
  deskStats(@Query() query: StatsQueryDto): Promise<DeskStatsDto> {
    return this.stats.execute(new DeskStatsCommand(query.since));
  }
}
