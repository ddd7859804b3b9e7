import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'EventActor' })
export class EventActorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  id: string | null;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;
}

@ApiSchema({ name: 'Event', description: 'One entry of the append-only audit trail.' })
export class EventDto {
  @ApiProperty({ example: '1042' })
  id: string;

  @ApiProperty({ example: 'verdict.published' })
  type: string;

  @ApiProperty({ type: () => EventActorDto })
  actor: EventActorDto;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  articleId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  claimId: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the event records; depends on its type.',
  })
  data: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

@ApiSchema({ name: 'EventPage' })
export class EventPageDto {
  @ApiProperty({ type: () => [EventDto], description: 'Newest first.' })
  items: EventDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next (older) page; null on the last page.',
  })
  nextCursor: string | null;
}
