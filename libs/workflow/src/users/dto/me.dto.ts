import { ApiSchema, PickType } from '@nestjs/swagger';
import { UserDto } from './user.dto';

@ApiSchema({ name: 'Me', description: 'Whom the API key belongs to.' })
export class MeDto extends PickType(UserDto, ['id', 'name', 'role', 'team'] as const) {}
