import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Role } from '@app/database';

@ApiSchema({
  name: 'Person',
  description: 'Someone an editor can give work to: who they are and how much they hold. Never a key.',
})
export class PersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Fiona' })
  name: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role: Role;

  @ApiProperty({
    type: 'integer',
    description: 'Claims they hold live leases on now (research and review together; at most MAX_LEASES_PER_PERSON).',
  })
  liveLeases: number;
}

@ApiSchema({ name: 'PersonList' })
export class PersonListDto {
  @ApiProperty({ type: () => [PersonDto], description: 'By name.' })
  items: PersonDto[];
}
