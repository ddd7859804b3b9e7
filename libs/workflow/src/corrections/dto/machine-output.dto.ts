import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SpanDto } from '../../articles/dto/span.dto';
import { ClaimSpeakerDto } from '../../claims/dto/claim-list-item.dto';

@ApiSchema({
  name: 'MachineOutput',
  description:
    'What the extraction gave for this claim and its quote, kept when a person corrected any of it: the claim view’s ' +
    'own fields are the corrected values, which the ClaimReview publishes.',
})
export class MachineOutputDto {
  @ApiProperty({ description: 'The claim’s span as the extraction found it.' })
  text: string;

  @ApiProperty()
  standalone: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;

  @ApiProperty({ type: () => ClaimSpeakerDto, nullable: true })
  speaker: ClaimSpeakerDto | null;

  @ApiProperty({ type: () => SpanDto, nullable: true, description: 'The words the attribution pointed at.' })
  mention: SpanDto | null;
}
