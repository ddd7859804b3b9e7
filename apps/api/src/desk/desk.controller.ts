import { Controller, Get, Query } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Role } from '@app/database';
import { DeskStatsUseCase, ListEventsUseCase } from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';
import { IsDateTimeParam, IsIntParam } from '../problems/query-params';

export class ListEventsQueryDto {
  /** One type or several, comma-separated. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value))
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[a-z][a-z.-]{1,60}$/, { each: true, message: 'each type must look like verdict.published' })
  type?: string[];

  @IsOptional()
  @IsUUID()
  actorId?: string;

  @IsOptional()
  @IsUUID()
  claimId?: string;

  @IsOptional()
  @IsUUID()
  articleId?: string;

  @IsOptional()
  @IsDateTimeParam('since')
  since?: Date;

  @IsOptional()
  @IsDateTimeParam('until')
  until?: Date;

  @IsOptional()
  @IsIntParam('limit', 1, 500)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(30)
  cursor?: string;
}

export class StatsQueryDto {
  @IsOptional()
  @IsDateTimeParam('since')
  since?: Date;
}

@Controller('v1')
export class DeskController {
  constructor(
    private readonly listEvents: ListEventsUseCase,
    private readonly stats: DeskStatsUseCase,
  ) {}

  /** The whole desk's audit trail, newest first. */
  @Get('events')
  @RequireRole(Role.Editor)
  events(@Query() query: ListEventsQueryDto) {
    return this.listEvents.execute(query);
  }

  /** Queue sizes, median time per stage, verdicts per rating, and the publication service level per team. */
  @Get('stats')
  @RequireRole(Role.FactChecker)
  deskStats(@Query() query: StatsQueryDto) {
    return this.stats.execute(query);
  }
}
