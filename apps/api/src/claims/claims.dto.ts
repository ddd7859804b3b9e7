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
import { ClaimStage } from '@app/database';
import { IsIntParam, IsNumberParam } from '../problems/query-params';
import { IsCleanText } from '../problems/text-validators';

export class ListClaimsQueryDto {
  @IsOptional()
  @IsIn(Object.values(ClaimStage))
  stage?: ClaimStage;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  speaker?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  q?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  publisher?: string;

  @IsOptional()
  @IsNumberParam('minScore', 0, 1)
  minScore?: number;

  @IsOptional()
  @IsUUID()
  articleId?: string;

  @IsOptional()
  @IsIntParam('limit', 1, 100)
  limit?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class VerdictSourceDto {
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'each source needs an http(s) url' })
  @MaxLength(2048)
  @IsCleanText()
  url: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  title?: string;
}

export class VerdictDraftDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  rating?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @IsCleanText()
  summary?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  @IsCleanText()
  explanation?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => VerdictSourceDto)
  sources?: VerdictSourceDto[];
}

export class RejectDto {
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @IsCleanText()
  comment: string;
}

export class CorrectionDto extends VerdictDraftDto {
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  @IsCleanText()
  note: string;
}

export class DismissDto {
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @IsCleanText()
  reason: string;
}
