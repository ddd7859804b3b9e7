import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { ClaimStage, VerdictStatus } from '@app/database';
import { EventActorDto } from '@app/workflow';
import { QUOTE_KINDS, SPEAKER_TYPES, SpanDto } from '../articles/article.responses';
import { VerdictSourceDto } from './claims.dto';

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

@ApiSchema({ name: 'ClaimQuoteDetail' })
export class ClaimQuoteDetailDto extends ClaimQuoteDto {
  @ApiProperty({ type: () => SpanDto, nullable: true, description: 'The words the attribution points at.' })
  mention: SpanDto | null;

  @ApiProperty({ type: () => SpanDto, nullable: true, description: 'The reporting verb.' })
  cue: SpanDto | null;
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

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
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
}

@ApiSchema({ name: 'ClaimPage' })
export class ClaimPageDto {
  @ApiProperty({ type: () => [ClaimListItemDto] })
  items: ClaimListItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}

@ApiSchema({ name: 'VerdictAuthor', description: 'A person who wrote part of a verdict version.' })
export class VerdictAuthorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Fiona' })
  name: string;
}

@ApiSchema({ name: 'Verdict', description: 'One version of a verdict on a claim.' })
export class VerdictDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({
    type: 'integer',
    description: '1 for the first verdict; each correction of a published verdict adds one.',
  })
  version: number;

  @ApiProperty({ enum: VerdictStatus, enumName: 'VerdictStatus' })
  status: VerdictStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A rating name of `GET /v1/ratings`.',
    example: 'Mostly False',
  })
  rating: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The rating’s value on the scale (the ClaimReview ratingValue).',
  })
  ratingValue: number | null;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;

  @ApiProperty({ type: () => [VerdictSourceDto] })
  sources: VerdictSourceDto[];

  @ApiProperty({ format: 'uuid', description: 'The last person who wrote or submitted this version.' })
  authorId: string;

  @ApiProperty({
    type: () => [VerdictAuthorDto],
    description:
      'Everyone who wrote part of this version (a draft save that changed it, the submission, a correction), in the order ' +
      'they first did. A draft whose first author is not the lease holder was inherited. None of them may review it.',
  })
  authors: VerdictAuthorDto[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reviewerId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The editor’s comment when the verdict was sent back.' })
  reviewComment: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why this version corrects the one before.' })
  correctionNote: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  supersededAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  approvedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

@ApiSchema({ name: 'HistoryEntry', description: 'One event of the audit trail about a claim.' })
export class HistoryEntryDto {
  @ApiProperty({ example: '1042' })
  id: string;

  @ApiProperty({ example: 'verdict.submitted' })
  type: string;

  @ApiProperty({ type: () => EventActorDto })
  actor: EventActorDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the event records; depends on its type.',
  })
  data: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

@ApiSchema({ name: 'ClaimHistory' })
export class ClaimHistoryDto {
  @ApiProperty({ type: () => [HistoryEntryDto] })
  items: HistoryEntryDto[];
}

@ApiSchema({ name: 'MatchedClaim' })
export class MatchedClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  standalone: string;

  @ApiProperty({ enum: ClaimStage, enumName: 'ClaimStage' })
  stage: ClaimStage;

  @ApiProperty({ type: String, nullable: true })
  speaker: string | null;
}

@ApiSchema({ name: 'MatchedArticle' })
export class MatchedArticleDto extends OmitType(ClaimArticleDto, ['publishedAt'] as const) {}

@ApiSchema({ name: 'MatchedVerdict', description: 'The current published verdict of the earlier claim.' })
export class MatchedVerdictDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ type: String, nullable: true })
  rating: string | null;

  @ApiProperty({ type: Number, nullable: true })
  ratingValue: number | null;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;
}

@ApiSchema({ name: 'ClaimMatch', description: 'An earlier claim from another article that says the same thing.' })
export class ClaimMatchDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    enum: ['linked', 'suggested', 'confirmed'],
    description: '`suggested` matches wait for a person to confirm or reject them.',
  })
  status: string;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Trigram similarity of the normalised texts.' })
  similarity: number;

  @ApiProperty({ type: () => MatchedClaimDto })
  claim: MatchedClaimDto;

  @ApiProperty({ type: () => MatchedArticleDto })
  article: MatchedArticleDto;

  @ApiProperty({ type: () => MatchedVerdictDto, nullable: true })
  verdict: MatchedVerdictDto | null;
}

@ApiSchema({
  name: 'ClaimDetail',
  description: 'A claim with its quote, speaker, article, lease, verdicts, history and matches.',
})
export class ClaimDetailDto extends OmitType(ClaimListItemDto, ['quote'] as const) {
  @ApiProperty({ type: () => ClaimQuoteDetailDto })
  quote: ClaimQuoteDetailDto;

  @ApiProperty({ type: String, nullable: true })
  dismissedReason: string | null;

  @ApiProperty({ type: () => VerdictDto, nullable: true, description: 'The latest version.' })
  verdict: VerdictDto | null;

  @ApiProperty({ type: () => [VerdictDto], description: 'Every version, newest first.' })
  verdicts: VerdictDto[];

  @ApiProperty({ type: () => [HistoryEntryDto] })
  history: HistoryEntryDto[];

  @ApiProperty({ type: () => [ClaimMatchDto] })
  matches: ClaimMatchDto[];
}

@ApiSchema({ name: 'MatchDecision' })
export class MatchDecisionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['confirmed', 'rejected'] })
  status: string;

  @ApiProperty({ format: 'uuid' })
  matchedClaimId: string;
}

@ApiSchema({ name: 'DismissedClaim' })
export class DismissedClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: [ClaimStage.Dismissed] })
  stage: ClaimStage;

  @ApiProperty()
  dismissedReason: string;
}
