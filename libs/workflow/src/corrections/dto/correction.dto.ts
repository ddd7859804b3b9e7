import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { CorrectionKind } from '@app/database';
import { SpanDto } from '../../articles/dto/span.dto';
import { ClaimSpeakerDto } from '../../claims/dto/claim-list-item.dto';
import { EventActorDto } from '../../desk/dto/event.dto';

@ApiSchema({ name: 'ExtractionCorrectionClaim', description: 'A claim’s words and where they are.' })
export class CorrectionClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;
}

@ApiSchema({
  name: 'ExtractionCorrectionValues',
  description:
    'The values one correction is about, as the machine gave them or as a person set them: `text`, `start` and `end` ' +
    'for `claim-text`; `standalone` for `claim-standalone`; `speaker` for `speaker`; `mention` for `mention`; the ' +
    'quote (`text`, `kind`, `speaker`) as the machine had it and `notAQuote` as corrected for `not-a-quote`; the claim ' +
    'added (`text`, `start`, `end`, `kind` of its quote, `speaker`) for `claim-added`, where the machine gave nothing; ' +
    'the claim split (`text`, `start`, `end`) and its parts (`claims`) for `claim-split`; the two claims merged ' +
    '(`claims`) and the claim covering both (`text`, `start`, `end`) for `claim-merged`.',
})
export class CorrectionValuesDto {
  @ApiPropertyOptional()
  text?: string;

  @ApiPropertyOptional({ type: 'integer' })
  start?: number;

  @ApiPropertyOptional({ type: 'integer' })
  end?: number;

  @ApiPropertyOptional()
  standalone?: string;

  @ApiPropertyOptional({ type: () => ClaimSpeakerDto, nullable: true })
  speaker?: ClaimSpeakerDto | null;

  @ApiPropertyOptional({ type: () => SpanDto, nullable: true })
  mention?: SpanDto | null;

  @ApiPropertyOptional({ description: 'The kind of the quote the machine found.' })
  kind?: string;

  @ApiPropertyOptional({ description: 'A person said this is nobody’s quote.' })
  notAQuote?: boolean;

  @ApiPropertyOptional({
    type: () => [CorrectionClaimDto],
    description:
      'For `claim-split`, the parts a person made (corrected); for `claim-merged`, the two claims merged (machine).',
  })
  claims?: CorrectionClaimDto[];
}

@ApiSchema({ name: 'ExtractionCorrection', description: 'What the machine said and what a person corrected it to.' })
export class CorrectionDto {
  @ApiProperty({ example: '1042' })
  id: string;

  @ApiProperty({
    enum: CorrectionKind,
    enumName: 'CorrectionKind',
    description: 'What was corrected; new kinds may be added, so skip the ones you do not know.',
  })
  kind: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: () => EventActorDto, description: 'Who corrected it.' })
  actor: EventActorDto;

  @ApiProperty({ format: 'uuid' })
  articleId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  quoteId: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The claim corrected, or through which its quote was; null for a quote corrected as a whole.',
  })
  claimId: string | null;

  @ApiProperty({
    type: () => CorrectionValuesDto,
    nullable: true,
    description: 'The extraction’s original output (not the value just before): null where the machine gave nothing.',
  })
  machine: CorrectionValuesDto | null;

  @ApiProperty({ type: () => CorrectionValuesDto, description: 'The value a person set.' })
  corrected: CorrectionValuesDto;
}

@ApiSchema({ name: 'ExtractionCorrectionPage' })
export class CorrectionPageDto {
  @ApiProperty({ type: () => [CorrectionDto], description: 'Oldest first.' })
  items: CorrectionDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next (newer) page; null on the last page.',
  })
  nextCursor: string | null;
}
