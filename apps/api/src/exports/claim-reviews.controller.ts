import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Response } from 'express';
import { Role } from '@app/database';
import { ExportClaimReviewsUseCase } from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';
import { IsDateTimeParam, IsIntParam } from '../problems/query-params';

export class ExportQueryDto {
  @IsOptional()
  @IsDateTimeParam('since')
  since?: Date;

  @IsOptional()
  @IsIntParam('limit', 1, 1000)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** Published verdicts for other systems: a ClaimReview JSON-LD feed and a CSV export, both paged. */
@Controller('v1')
@RequireRole(Role.Ingester)
export class ClaimReviewsController {
  constructor(private readonly exports: ExportClaimReviewsUseCase) {}

  @Get('claimreviews')
  feed(@Query() query: ExportQueryDto) {
    return this.exports.feed(query);
  }

  @Get('claimreviews.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="claimreviews.csv"')
  async csv(@Query() query: ExportQueryDto, @Res({ passthrough: true }) response: Response) {
    const { text, nextCursor } = await this.exports.csv(query);
    if (nextCursor) {
      const next = new URLSearchParams({ ...(query.since ? { since: query.since.toISOString() } : {}), ...(query.limit ? { limit: String(query.limit) } : {}), cursor: nextCursor });
      response.setHeader('Link', `</v1/claimreviews.csv?${next}>; rel="next"`);
    }
    return text;
  }
}
