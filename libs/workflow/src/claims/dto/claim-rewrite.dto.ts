import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimListItemDto } from './claim-list-item.dto';
import { DismissedClaimDto } from './dismissed-claim.dto';

@ApiSchema({
  name: 'ClaimRewrite',
  description:
    'What a split or a merge did: the claims it replaced (dismissed with reason `split` or `merged`, kept, each ' +
    'naming its replacements in `replacedBy` on its page) and the claims that replace them.',
})
export class ClaimRewriteDto {
  @ApiProperty({ type: () => [DismissedClaimDto] })
  replaced: DismissedClaimDto[];

  @ApiProperty({ type: () => [ClaimListItemDto], description: 'In the order of the text.' })
  claims: ClaimListItemDto[];
}
