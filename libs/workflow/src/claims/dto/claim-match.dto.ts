import { ApiProperty, ApiSchema, OmitType, PickType } from '@nestjs/swagger';
import { VerdictDto } from '../../verdicts/dto/verdict.dto';
import { ClaimArticleDto, ClaimListItemDto } from './claim-list-item.dto';

@ApiSchema({ name: 'MatchedClaim' })
export class MatchedClaimDto extends PickType(ClaimListItemDto, ['id', 'text', 'standalone', 'stage'] as const) {
  @ApiProperty({ type: String, nullable: true })
  speaker: string | null;
}

@ApiSchema({ name: 'MatchedArticle' })
export class MatchedArticleDto extends OmitType(ClaimArticleDto, ['publishedAt'] as const) {}

@ApiSchema({
  name: 'MatchedVerdict',
  description: 'The current published verdict of the earlier claim, or of one of its repeats (`claimId` says which).',
})
export class MatchedVerdictDto extends PickType(VerdictDto, [
  'id',
  'claimId',
  'version',
  'rating',
  'ratingValue',
  'summary',
] as const) {
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
