import { ApiProperty, ApiSchema, PickType } from '@nestjs/swagger';
import { Role } from '@app/database';

@ApiSchema({ name: 'User', description: 'A person with a live key; never the key itself.' })
export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role: Role;

  @ApiProperty({ type: String, nullable: true })
  team: string | null;

  @ApiProperty({ description: 'The first 8 characters of the key, to tell keys apart.', example: 'fck_3kQz' })
  keyPrefix: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

@ApiSchema({ name: 'UserList' })
export class UserListDto {
  @ApiProperty({ type: () => [UserDto], description: 'Oldest first.' })
  items: UserDto[];
}

@ApiSchema({
  name: 'UserWithKey',
  description: 'A person and their new API key: shown in this answer only, stored hashed.',
})
export class UserWithKeyDto extends PickType(UserDto, ['id', 'name', 'role', 'team'] as const) {
  @ApiProperty({ example: 'fck_3kQz…', description: 'Send it as `Authorization: Bearer <apiKey>`.' })
  apiKey: string;
}

@ApiSchema({ name: 'CreatedUser' })
export class CreatedUserDto extends UserWithKeyDto {
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
