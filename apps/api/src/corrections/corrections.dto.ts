import { Type } from 'class-transformer';
import {
  Equals,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { SpeakerChoiceDto } from '../articles/add-claim.dto';
import { DATE_TIME_FORMS, IsDateTime } from '../problems/date-time';
import { IsIntParam } from '../problems/query-params';
import { IsCleanText } from '../problems/text-validators';

/** The longest an article is, in UTF-16 code units (the 2 MB body limit): no offset beyond it means anything. */
const MAX_OFFSET = 2 ** 31 - 1;

@ApiSchema({
  name: 'ClaimCorrection',
  description: 'What to correct in a claim; at least one field. Values equal to the present ones change nothing.',
})
export class ClaimCorrectionDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 1000,
    description:
      'The claim’s words exactly as its quote has them in the article: its span (`start`, `end`) follows, found in ' +
      'the quote (of several places, the nearest to where the claim was). Words the quote does not have are a 400; ' +
      'at most 1000 characters, as every claim.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  @IsCleanText()
  text?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 2000,
    description:
      'The claim as it reads on its own: the ClaimReview’s `claimReviewed`, and what repeats are matched on.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  @IsCleanText()
  standalone?: string;

  @ApiPropertyOptional({
    type: () => SpeakerChoiceDto,
    description:
      'Who said it: a claim’s speaker is its quote’s, so every claim of the quote gets it (refused while one of them ' +
      'is published).',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SpeakerChoiceDto)
  speaker?: SpeakerChoiceDto;
}

@ApiSchema({
  name: 'MentionSpan',
  description: 'UTF-16 offsets into the article’s text, as submitted; at most 300 characters from start to end.',
})
export class MentionSpanDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 1105 })
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  start: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1112 })
  @IsInt()
  @Min(1)
  @Max(MAX_OFFSET)
  end: number;
}

@ApiSchema({
  name: 'QuoteCorrection',
  description: 'What to correct in a quote’s attribution; at least one field, `notAQuote` only on its own.',
})
export class QuoteCorrectionDto {
  @ApiPropertyOptional({ type: () => SpeakerChoiceDto, description: 'Who said it, for every claim of the quote.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SpeakerChoiceDto)
  speaker?: SpeakerChoiceDto;

  @ApiPropertyOptional({
    type: () => MentionSpanDto,
    description: 'The words that name the speaker ("he", "the mayor"): a span of the article, else a 400.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MentionSpanDto)
  mention?: MentionSpanDto;

  @ApiPropertyOptional({
    enum: [true],
    description:
      'Nobody said this (a headline, the article’s own words taken for a quote): the quote is marked and its claims ' +
      'leave the queues, dismissed with the reason “Not a quote of anyone” (kept, their leases ended).',
  })
  @IsOptional()
  @Equals(true, { message: 'notAQuote can only be true' })
  notAQuote?: true;
}

export class ListCorrectionsQueryDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: `Corrections made from this time on (inclusive): ${DATE_TIME_FORMS}.`,
  })
  @IsOptional()
  @IsDateTime()
  since?: Date;

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
