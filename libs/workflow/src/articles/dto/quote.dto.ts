import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleClaimDto } from './article-claim.dto';
import { SpanDto } from './span.dto';

export const SPEAKER_TYPES = ['person', 'organization', 'document', 'media', 'unknown'];
/** `statement`: words in the article's own voice (or given to a speaker by hand) that a person made a claim of. */
export const QUOTE_KINDS = ['direct', 'partial', 'indirect', 'statement'];

@ApiSchema({ name: 'QuoteSpeaker' })
export class QuoteSpeakerDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  id: string | null;

  @ApiProperty({
    example: 'Brandon Johnson',
    description: 'Who the attribution points at, resolved across the article.',
  })
  name: string;

  @ApiProperty({ type: String, enum: SPEAKER_TYPES, nullable: true })
  type: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Mayor' })
  title: string | null;

  @ApiProperty({
    type: () => SpanDto,
    nullable: true,
    description: 'The words the attribution points at, as written ("he", "the mayor").',
  })
  mention: SpanDto | null;
}

@ApiSchema({ name: 'Quote' })
export class QuoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;

  @ApiProperty({ enum: QUOTE_KINDS })
  kind: string;

  @ApiProperty({ type: () => QuoteSpeakerDto, nullable: true })
  speaker: QuoteSpeakerDto | null;

  @ApiProperty({ type: () => SpanDto, nullable: true, description: 'The reporting verb ("said").' })
  cue: SpanDto | null;

  @ApiProperty({ type: () => [ArticleClaimDto] })
  claims: ArticleClaimDto[];
}
