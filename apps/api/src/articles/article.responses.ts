import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArticleStatus, ClaimStage } from '@app/database';

export const SPEAKER_TYPES = ['person', 'organization', 'document', 'media', 'unknown'];
export const QUOTE_KINDS = ['direct', 'partial', 'indirect'];

@ApiSchema({
  name: 'Span',
  description: 'Text of the article and where it is: UTF-16 offsets into the text exactly as submitted.',
})
export class SpanDto {
  @ApiProperty({ example: 'Johnson' })
  text: string;

  @ApiProperty({ type: 'integer', example: 1105 })
  start: number;

  @ApiProperty({ type: 'integer', example: 1112 })
  end: number;
}

@ApiSchema({ name: 'ArticleSummary' })
export class ArticleSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'https://news.example/story' })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;

  @ApiProperty({ type: [String] })
  authors: string[];

  @ApiProperty({ example: 'en' })
  language: string;

  @ApiProperty({ enum: ArticleStatus, enumName: 'ArticleStatus' })
  status: ArticleStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Why extraction failed, when `status` is `failed`.' })
  failureReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  extractedAt: string | null;
}

@ApiSchema({ name: 'ArticleReceived', description: 'A new article, stored and waiting for extraction.' })
export class ArticleReceivedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ArticleStatus, enumName: 'ArticleStatus', example: ArticleStatus.Received })
  status: ArticleStatus;

  @ApiProperty({ type: () => ArticleSummaryDto })
  article: ArticleSummaryDto;
}

@ApiSchema({ name: 'ArticleClaim', description: 'A checkable assertion inside a quote.' })
export class ArticleClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  quoteId: string;

  @ApiProperty({ description: 'The claim as it stands in the article.', example: 'Our people have not asked for this' })
  text: string;

  @ApiProperty({ description: 'The claim reading on its own (pronouns resolved where the article allows).' })
  standalone: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.71 })
  checkworthiness: number;

  @ApiProperty()
  checkworthy: boolean;

  @ApiProperty({ enum: ClaimStage, enumName: 'ClaimStage' })
  stage: ClaimStage;

  @ApiProperty({
    description: 'Kept in triage as not check-worthy enough; `POST /v1/claims/{id}/promote` sends it on.',
  })
  parked: boolean;

  @ApiProperty({ description: 'Priority fixed at triage (0..1).' })
  priority: number;

  @ApiProperty()
  overdue: boolean;
}

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

@ApiSchema({ name: 'Article', description: 'An article with its quotes (each with its claims) and all its claims.' })
export class ArticleDto extends ArticleSummaryDto {
  @ApiProperty({ description: 'The article text; every offset indexes into it.' })
  body: string;

  @ApiProperty({ type: () => [QuoteDto] })
  quotes: QuoteDto[];

  @ApiProperty({ type: () => [ArticleClaimDto] })
  claims: ArticleClaimDto[];
}
