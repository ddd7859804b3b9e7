import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimReviewDto } from './claim-review.dto';

@ApiSchema({ name: 'ClaimReviewPage' })
export class ClaimReviewPageDto {
  @ApiProperty({ type: () => [ClaimReviewDto], description: 'Every published version, oldest first.' })
  items: ClaimReviewDto[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'The claim of each item, in the same order (`claimIds[i]` is the claim `items[i]` reviews): a ClaimReview `url` is ' +
      'a public page or the newsroom’s own, and names no claim.',
  })
  claimIds: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}
