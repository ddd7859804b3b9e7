import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimListItemDto } from './claim-list-item.dto';

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
