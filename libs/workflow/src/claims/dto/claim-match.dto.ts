import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { ClaimStage } from '@app/database';
import { ClaimArticleDto } from './claim-list-item.dto';

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
