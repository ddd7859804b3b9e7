import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { EventDto } from '../../desk/dto/event.dto';

/** An event of the audit trail, less what the claim's history already says: which claim and article. */
@ApiSchema({ name: 'HistoryEntry', description: 'One event of the audit trail about a claim.' })
export class HistoryEntryDto extends OmitType(EventDto, ['articleId', 'claimId'] as const) {}

@ApiSchema({ name: 'ClaimHistory' })
export class ClaimHistoryDto {
  @ApiProperty({ type: () => [HistoryEntryDto] })
  items: HistoryEntryDto[];
}
