import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimStage } from '@app/database';

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
