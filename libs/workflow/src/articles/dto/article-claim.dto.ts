import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimOrigin, ClaimStage } from '@app/database';

export const CLAIM_ORIGIN_DESCRIPTION =
  'Who made the claim: the extraction, or a person who chose its span (`hand`), split a claim (`split`) or merged two ' +
  '(`merge`).';

@ApiSchema({
  name: 'ArticleClaim',
  description: 'A checkable assertion inside a quote (or a statement a person made a claim of).',
})
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

  @ApiProperty({ enum: ClaimOrigin, enumName: 'ClaimOrigin', description: CLAIM_ORIGIN_DESCRIPTION })
  origin: ClaimOrigin;

  @ApiProperty({ description: 'Priority fixed at triage (0..1).' })
  priority: number;

  @ApiProperty()
  overdue: boolean;
}
