import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { UserListDto } from '../dto/user.dto';
import { userView } from '../user.views';
import { UsersRepository } from '../users.repository';

/** People with a live key, oldest first; never a key, only its first characters to tell keys apart. */
@Injectable()
export class ListUsersUseCase {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
  ) {}

  async execute(): Promise<UserListDto> {
    const users = await this.users.listWithLiveKeys(this.database);
    return { items: users.map(userView) };
  }
}
