import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Response } from 'express';
import { Role } from '@app/database';
import {
  ClaimReviewPageDto,
  ExportClaimReviewsCommand,
  ExportClaimReviewsCsvCommand,
  ExportClaimReviewsCsvUseCase,
  ExportClaimReviewsUseCase,
} from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';
import { DATE_TIME_FORMS, IsDateTime } from '../problems/date-time';
import { IsIntParam } from '../problems/query-params';

export class ExportQueryDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: `Versions published from this time on: ${DATE_TIME_FORMS}.`,
  })
  @IsOptional()
  @IsDateTime()
  since?: Date;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @IsIntParam('limit', 1, 1000)
  limit?: number;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'The `nextCursor` (or the `Link` of the CSV) of the page before.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** Published verdicts for other systems: a ClaimReview JSON-LD feed and a CSV export, both paged. */
@ApiTags('ClaimReviews')
@Controller('v1')
@RequireRole(Role.Ingester)
export class ClaimReviewsController {
  constructor(
    private readonly exportClaimReviews: ExportClaimReviewsUseCase,
    private readonly exportClaimReviewsCsv: ExportClaimReviewsCsvUseCase,
  ) {}

  @Get('claimreviews')
  @ApiOperation({
    summary: 'Every published version as ClaimReview JSON-LD',
    description: 'Oldest first, corrections included as the versions they are; page with `cursor`.',
  })
  @ApiOkResponse({ type: ClaimReviewPageDto })
  feed(@Query() query: ExportQueryDto): Promise<ClaimReviewPageDto> {
    return this.exportClaimReviews.execute(new ExportClaimReviewsCommand(query));
  }

  @Get('claimreviews.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="claimreviews.csv"')
  @ApiOperation({
    summary: 'Every published version as CSV',
    description:
      'RFC 4180 with a header row: claim_id, version, published_at, superseded_at, speaker, claim, rating, ' +
      'rating_value, summary, sources, correction_note, article_url, article_title, publisher, review_url. Cells ' +
      "starting with =, +, - or @ are prefixed with ' so spreadsheets do not run them.",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'One page of rows.',
    content: { 'text/csv': { schema: { type: 'string' } } },
    headers: {
      Link: {
        description: '`</v1/claimreviews.csv?…cursor=…>; rel="next"` while there are more rows.',
        schema: { type: 'string' },
      },
    },
  })
  async csv(@Query() query: ExportQueryDto, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { text, nextCursor } = await this.exportClaimReviewsCsv.execute(new ExportClaimReviewsCsvCommand(query));
    if (nextCursor) {
      const next = new URLSearchParams({
        ...(query.since ? { since: query.since.toISOString() } : {}),
        ...(query.limit ? { limit: String(query.limit) } : {}),
        cursor: nextCursor,
      });
      response.setHeader('Link', `</v1/claimreviews.csv?${next}>; rel="next"`);
    }
    return text;
  }
}
