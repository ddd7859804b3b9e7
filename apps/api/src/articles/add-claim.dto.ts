import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { AddClaimInput, SPEAKER_TYPES } from '@app/workflow';
import { IsCleanText } from '../problems/text-validators';

@ApiSchema({
  name: 'SpeakerChoice',
  description:
    'Who said it: `{speakerId}`, one of the speakers the article quotes, or `{name, type, title?}`, found or stored ' +
    'as the extraction stores speakers (the same name and type is the same speaker).',
})
export class SpeakerChoiceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of the article’s speakers (`quotes[].speaker.id`).' })
  @IsOptional()
  @IsUUID()
  speakerId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, example: 'The Daily Planet' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  name?: string;

  @ApiPropertyOptional({ enum: SPEAKER_TYPES })
  @IsOptional()
  @IsIn(SPEAKER_TYPES)
  type?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Editorial board' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsCleanText()
  title?: string;
}

@ApiSchema({
  name: 'AddClaim',
  description:
    'A span of the article’s text (UTF-16 offsets, as every span of the API), quoted or not; white space at its ends ' +
    'is left out.',
})
export class AddClaimDto implements AddClaimInput {
  @ApiProperty({ type: 'integer', minimum: 0, example: 120 })
  @IsInt()
  @Min(0)
  start: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 162, description: 'After `start`; at most 1000 characters on.' })
  @IsInt()
  @Min(1)
  end: number;

  @ApiPropertyOptional({
    type: () => SpeakerChoiceDto,
    description:
      'Who said it. Without it: the speaker of the quote the span is in, or for a span outside every quote the ' +
      'publication (or the first author).',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SpeakerChoiceDto)
  speaker?: SpeakerChoiceDto;
}
