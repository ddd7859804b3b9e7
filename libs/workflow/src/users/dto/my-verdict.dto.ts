import { ApiProperty, ApiSchema, PickType } from '@nestjs/swagger';
import { ClaimArticleDto, ClaimListItemDto } from '../../claims/dto/claim-list-item.dto';
import { VerdictDto } from '../../verdicts/dto/verdict.dto';

@ApiSchema({ name: 'MyVerdictArticle' })
export class MyVerdictArticleDto extends PickType(ClaimArticleDto, ['id', 'title'] as const) {}

@ApiSchema({ name: 'MyVerdictClaim' })
export class MyVerdictClaimDto extends PickType(ClaimListItemDto, ['id', 'text', 'standalone', 'stage'] as const) {
  @ApiProperty({ description: 'The caller holds the claim’s lease now.' })
  leasedByYou: boolean;

  @ApiProperty({ type: String, nullable: true })
  speaker: string | null;

  @ApiProperty({ type: () => MyVerdictArticleDto })
  article: MyVerdictArticleDto;
}

@ApiSchema({ name: 'MyVerdict' })
export class MyVerdictDto extends PickType(VerdictDto, [
  'id',
  'claimId',
  'version',
  'status',
  'rating',
  'summary',
  'reviewComment',
  'updatedAt',
] as const) {
  @ApiProperty({ type: () => MyVerdictClaimDto })
  claim: MyVerdictClaimDto;
}

@ApiSchema({ name: 'MyVerdicts' })
export class MyVerdictsDto {
  @ApiProperty({ type: () => [MyVerdictDto], description: 'Most recently changed first; at most 200.' })
  items: MyVerdictDto[];
}
