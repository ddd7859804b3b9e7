import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { EventActorDto } from '../../desk/dto/event.dto';

@ApiSchema({ name: 'HistoryEntry', description: 'One event of the audit trail about a claim.' })
export class HistoryEntryDto {
  @ApiProperty({ example: '1042' })
  id: string;

  @ApiProperty({ example: 'verdict.submitted' })
  type: string;

  @ApiProperty({ type: () => EventActorDto })
  actor: EventActorDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the event records; depends on its type.',
  })
  data: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

@ApiSchema({ name: 'ClaimHistory' })
export class ClaimHistoryDto {
  @ApiProperty({ type: () => [HistoryEntryDto] })
  items: HistoryEntryDto[];
}
