import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ListedClaimDto } from './listed-claim.dto';

@ApiSchema({ name: 'ClaimPage' })
export class ClaimPageDto {
  @ApiProperty({ type: () => [ListedClaimDto] })
  items: ListedClaimDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}
