import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { VerdictCorrection, VerdictDraft, VerdictSourceDto } from '@app/workflow';
import { IsCleanText } from '../problems/text-validators';

/** A source as a request sends it: the shape verdicts show (VerdictSourceDto, documented there), checked. */
export class VerdictSourceInputDto extends VerdictSourceDto {
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'each source needs an http(s) url' })
  @MaxLength(2048)
  @IsCleanText()
  declare url: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsCleanText()
  declare title?: string;
}

@ApiSchema({
  name: 'VerdictDraft',
  description: 'Every field is optional while drafting; submitting needs a rating, a summary and at least one source.',
})
export class VerdictDraftDto implements VerdictDraft {
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
  @Type(() => VerdictSourceInputDto)
  sources?: VerdictSourceInputDto[];
}

@ApiSchema({
  name: 'VerdictEdit',
  description:
    'An editor’s small edit of the verdict under review: the fields sent replace the submitted ones, the rest is kept. ' +
    '`rating`, if sent, must be the submitted rating: an editor does not change it in review.',
})
export class VerdictEditDto extends VerdictDraftDto {}

@ApiSchema({
  name: 'Approve',
  description: 'Everything is optional: an approval with no body publishes the verdict at its public page.',
})
export class ApproveDto {
  @ApiPropertyOptional({
    maxLength: 2048,
    example: 'https://news.example/fact-checks/crime-fell',
    description:
      'The newsroom’s own page that carries the review (a CMS article): the ClaimReview `url` points there instead ' +
      'of at its public page here, `<PUBLIC_BASE_URL>/fact-checks/<slug>` (which is published either way). An http(s) URL.',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  @IsCleanText()
  url?: string;
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
export class CorrectionDto extends VerdictDraftDto implements VerdictCorrection {
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

@ApiSchema({
  name: 'ReuseVerdict',
  description: 'Which published verdict to start from: the claim this one repeats, or a repeat of it.',
})
export class ReuseVerdictDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'A claim this one was matched with (linked by triage or confirmed by a person), or a repeat of it: the claim whose ' +
      'published verdict its match shows (`matches[].verdict.claimId`).',
  })
  @IsUUID('all', { message: 'fromClaimId must be a claim id (a uuid)' })
  fromClaimId: string;
}
