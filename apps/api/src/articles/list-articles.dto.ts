import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArticleStatus } from '@app/database';
import { ListArticlesQuery } from '@app/workflow';
import { DATE_TIME_FORMS, IsDateTime } from '../problems/date-time';
import { IsIntParam } from '../problems/query-params';
import { IsCleanText } from '../problems/text-validators';

export class ListArticlesQueryDto implements ListArticlesQuery {
  @ApiPropertyOptional({
    maxLength: 500,
    description:
      'Words to find in the title and text, in web-search syntax (`"exact phrase"`, `or`, `-word`); stemmed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  q?: string;

  @ApiPropertyOptional({ enum: ArticleStatus, enumName: 'ArticleStatus', description: 'Only articles in this status.' })
  @IsOptional()
  @IsIn(Object.values(ArticleStatus))
  status?: ArticleStatus;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only articles whose publisher contains this (ignoring case).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  publisher?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: `Only articles received at or after this time: ${DATE_TIME_FORMS}.`,
  })
  @IsOptional()
  @IsDateTime()
  since?: Date;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsIntParam('limit', 1, 100)
  limit?: number;

  @ApiPropertyOptional({ maxLength: 200, description: 'The `nextCursor` of the page before.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
