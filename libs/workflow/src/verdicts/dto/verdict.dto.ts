import { ApiProperty, ApiPropertyOptional, ApiSchema, PickType } from '@nestjs/swagger';
import { VerdictStatus } from '@app/database';

@ApiSchema({ name: 'VerdictSource' })
export class VerdictSourceDto {
  @ApiProperty({ maxLength: 2048, example: 'https://stats.example/unemployment-2025', description: 'http(s).' })
  url: string;

  @ApiPropertyOptional({ maxLength: 500 })
  title?: string;
}

@ApiSchema({ name: 'VerdictAuthor', description: 'A person who wrote part of a verdict version.' })
export class VerdictAuthorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Fiona' })
  name: string;
}

@ApiSchema({
  name: 'ReusedVerdict',
  description: 'The published verdict a verdict was started from: the first fact check of the claim it repeats.',
})
export class ReusedVerdictDto {
  @ApiProperty({ format: 'uuid', description: 'The claim it repeats (the original).' })
  claimId: string;

  @ApiProperty({ format: 'uuid', description: 'The version whose words were copied.' })
  verdictId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ example: 'Half True', description: 'Its rating: the one the same verdict keeps.' })
  rating: string;
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

  @ApiProperty({
    type: () => [VerdictAuthorDto],
    description:
      'The editors who changed this version while reviewing it (`PATCH /v1/claims/{id}/verdict`: summary, explanation, ' +
      'sources), in the order they first did. They are not its authors: an editor’s small edits before approving do not ' +
      'stop them approving it.',
  })
  editors: VerdictAuthorDto[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  reviewerId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The editor’s comment when the verdict was sent back.' })
  reviewComment: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why this version corrects the one before.' })
  correctionNote: string | null;

  @ApiProperty({
    type: () => ReusedVerdictDto,
    nullable: true,
    description:
      'Started from the published verdict of the claim this one repeats ("same verdict", `POST /v1/claims/:id/verdict/reuse`); ' +
      'once published, the original’s ClaimReview lists this claim’s article among its appearances. A draft save that ' +
      'changes the rating ends the link (another rating is not the same verdict); other words may be changed.',
  })
  reusedFrom: ReusedVerdictDto | null;

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

@ApiSchema({ name: 'SentBackWords', description: 'What a verdict version said when an editor sent it back.' })
export class SentBackWordsDto extends PickType(VerdictDto, [
  'rating',
  'ratingValue',
  'summary',
  'explanation',
  'sources',
] as const) {}

@ApiSchema({
  name: 'SentBackVerdict',
  description:
    'The latest version as the editor last sent it back, with their comment: the claim page shows a resubmission ' +
    'against it.',
})
export class SentBackVerdictDto extends SentBackWordsDto {
  @ApiProperty({ format: 'uuid', description: 'The version sent back (the same version, reworked since).' })
  verdictId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ description: 'What the editor asked to change.' })
  comment: string;

  @ApiProperty({ type: () => VerdictAuthorDto, description: 'The editor who sent it back.' })
  by: VerdictAuthorDto;

  @ApiProperty({ format: 'date-time' })
  at: string;
}
