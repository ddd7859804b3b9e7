import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ClaimStage } from '@app/database';
import { ListClaimsQuery } from '@app/workflow';
import { IsIntParam, IsNumberParam } from '../problems/query-params';
import { IsCleanText } from '../problems/text-validators';

export class ListClaimsQueryDto implements ListClaimsQuery {
  @ApiPropertyOptional({ enum: ClaimStage, enumName: 'ClaimStage', description: 'Only claims in this stage.' })
  @IsOptional()
  @IsIn(Object.values(ClaimStage))
  stage?: ClaimStage;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Only claims by speakers whose name contains this (ignoring case), or by the speaker with this id.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  speaker?: string;

  @ApiPropertyOptional({
    maxLength: 500,
    description: 'Words to find in the claim, in web-search syntax (`"exact phrase"`, `or`, `-word`); stemmed.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  q?: string;

  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Only claims from articles whose publisher contains this (ignoring case).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  publisher?: string;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 1, description: 'The least check-worthiness.' })
  @IsOptional()
  @IsNumberParam('minScore', 0, 1)
  minScore?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only claims of this article.' })
  @IsOptional()
  @IsUUID()
  articleId?: string;

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

@ApiSchema({ name: 'VerdictSource' })
export class VerdictSourceDto {
  @ApiProperty({ maxLength: 2048, example: 'https://stats.example/unemployment-2025', description: 'http(s).' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'each source needs an http(s) url' })
  @MaxLength(2048)
  @IsCleanText()
  url: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  title?: string;
}

@ApiSchema({
  name: 'VerdictDraft',
  description: 'Every field is optional while drafting; submitting needs a rating, a summary and at least one source.',
})
export class VerdictDraftDto {
  @ApiPropertyOptional({ maxLength: 100, example: 'Mostly False', description: 'A rating name of `GET /v1/ratings`.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  rating?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'One or two sentences; the ClaimReview `reviewBody`.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsCleanText()
  summary?: string;

  @ApiPropertyOptional({ maxLength: 100_000 })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  @IsCleanText()
  explanation?: string;

  @ApiPropertyOptional({ type: () => [VerdictSourceDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => VerdictSourceDto)
  sources?: VerdictSourceDto[];
}

@ApiSchema({ name: 'Reject' })
export class RejectDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    description: 'What the fact-checker should change; shown with the verdict.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @IsCleanText()
  comment: string;
}

@ApiSchema({
  name: 'Correction',
  description: 'The fields to change (the rest is kept from the published version) and why.',
})
export class CorrectionDto extends VerdictDraftDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    description: 'Why the verdict is corrected; published with the new version.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @IsCleanText()
  note: string;
}

@ApiSchema({ name: 'Dismiss' })
export class DismissDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'An opinion, not a checkable claim.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @IsCleanText()
  reason: string;
}
