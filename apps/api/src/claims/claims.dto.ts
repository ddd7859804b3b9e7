import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ClaimStage } from '@app/database';
import { ListClaimsQuery, MAX_NOTE_LENGTH } from '@app/workflow';
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

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only claims an editor sent back to this person and still keeps for them (their returned work).',
  })
  @IsOptional()
  @IsUUID()
  reservedFor?: string;

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

@ApiSchema({ name: 'Dismiss' })
export class DismissDto {
  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'An opinion, not a checkable claim.' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @IsCleanText()
  reason: string;
}

@ApiSchema({ name: 'ClaimNote' })
export class ClaimNoteDto {
  @ApiProperty({
    minLength: 1,
    maxLength: MAX_NOTE_LENGTH,
    example: 'The ministry’s press office will call back about the 2019 figures.',
    description: 'For the desk only: never published, never sent to webhooks.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_NOTE_LENGTH)
  @IsCleanText()
  text: string;
}

@ApiSchema({ name: 'AssignClaim' })
export class AssignClaimDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'The person to give the claim to: a live user who may work its stage (a fact-checker for research, an editor ' +
      'who wrote no part of the verdict for review).',
  })
  @IsUUID()
  userId: string;
}

@ApiSchema({ name: 'SplitClaim' })
export class SplitClaimDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 140,
    description:
      'Where to cut: an offset of the article’s text inside the claim, with words on either side. The first part ' +
      'ends there, the second starts there (white space around the cut is left out).',
  })
  @IsInt()
  @Min(0)
  at: number;
}

@ApiSchema({ name: 'MergeClaims' })
export class MergeClaimsDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'The claim to merge with: of the same article, in the same quote, or of the same speaker with no other claim ' +
      'and no one else’s quote between them.',
  })
  @IsUUID()
  otherClaimId: string;
}
