import { ApiProperty, ApiSchema, PickType } from '@nestjs/swagger';
import { ClaimOrigin, ClaimStage } from '@app/database';
import { CLAIM_ORIGIN_DESCRIPTION } from '../../articles/dto/article-claim.dto';
import { QUOTE_KINDS, SPEAKER_TYPES } from '../../articles/dto/quote.dto';
import { VerdictDto } from '../../verdicts/dto/verdict.dto';

@ApiSchema({ name: 'ClaimSpeaker' })
export class ClaimSpeakerDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  id: string | null;

  @ApiProperty({ example: 'Jane Doe' })
  name: string;

  @ApiProperty({ type: String, enum: SPEAKER_TYPES, nullable: true })
  type: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Senator' })
  title: string | null;
}

@ApiSchema({ name: 'ClaimQuote' })
export class ClaimQuoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ enum: QUOTE_KINDS })
  kind: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;
}

@ApiSchema({ name: 'ClaimArticle' })
export class ClaimArticleDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  url: string | null;

  @ApiProperty({ type: String, nullable: true })
  publisher: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;
}

@ApiSchema({
  name: 'Lease',
  description: 'Who holds a claim and until when; extend it with `POST /v1/claims/{id}/lease`.',
})
export class LeaseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  holderId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The holder’s name.' })
  holderName: string | null;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

@ApiSchema({
  name: 'ClaimVerdictBrief',
  description:
    'The claim’s latest verdict version in brief, as the review queue shows it: the rating proposed and who wrote it.',
})
export class ClaimVerdictBriefDto extends PickType(VerdictDto, [
  'id',
  'version',
  'status',
  'rating',
  'ratingValue',
  'authors',
  'submittedAt',
] as const) {
  @ApiProperty({
    description:
      'An editor sent this version back and it is being reworked (a draft) or was submitted again (a resubmission: ' +
      'the claim page shows what changed since).',
  })
  sentBack: boolean;
}

@ApiSchema({
  name: 'Reservation',
  description:
    'A claim an editor sent back, kept for its author until `until`: first in their take-next, in nobody else’s. ' +
    'Then it is an ordinary claim.',
})
export class ReservationDto {
  @ApiProperty({ format: 'uuid', description: 'The author it is kept for.' })
  userId: string;

  @ApiProperty({ description: 'Their name.' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  until: string;
}

@ApiSchema({ name: 'ClaimListItem', description: 'A claim with who said it and where, as queues and lists show it.' })
export class ClaimListItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  standalone: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;

  @ApiProperty({ minimum: 0, maximum: 1 })
  checkworthiness: number;

  @ApiProperty()
  checkworthy: boolean;

  @ApiProperty({ enum: ClaimStage, enumName: 'ClaimStage' })
  stage: ClaimStage;

  @ApiProperty()
  parked: boolean;

  @ApiProperty({ enum: ClaimOrigin, enumName: 'ClaimOrigin', description: CLAIM_ORIGIN_DESCRIPTION })
  origin: ClaimOrigin;

  @ApiProperty({ description: 'The base priority plus what waiting added (0.01 an hour): the queue is in this order.' })
  priority: number;

  @ApiProperty({
    description: 'Priority fixed at triage: 0.6 check-worthiness + 0.2 speaker prominence + 0.2 recency.',
  })
  basePriority: number;

  @ApiProperty({ description: 'Waited longer than its stage’s deadline.' })
  overdue: boolean;

  @ApiProperty({ format: 'date-time' })
  stageEnteredAt: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: () => ClaimSpeakerDto, nullable: true })
  speaker: ClaimSpeakerDto | null;

  @ApiProperty({ type: () => ClaimQuoteDto })
  quote: ClaimQuoteDto;

  @ApiProperty({ type: () => ClaimArticleDto })
  article: ClaimArticleDto;

  @ApiProperty({ type: () => LeaseDto, nullable: true })
  lease: LeaseDto | null;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description:
      'Seconds the claim has spent in research, every round together (a claim sent back researches again), up to now ' +
      'while it is there.',
  })
  researchSeconds: number;

  @ApiProperty({ type: () => ClaimVerdictBriefDto, nullable: true, description: 'Null before a draft is saved.' })
  latestVerdict: ClaimVerdictBriefDto | null;

  @ApiProperty({
    type: () => ReservationDto,
    nullable: true,
    description: 'Sent back by an editor and kept for its author for now (research only).',
  })
  reservation: ReservationDto | null;
}
