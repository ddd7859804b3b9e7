import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { MeDto } from '../dto/me.dto';
import { meView } from '../user.views';
import { UsersRepository } from '../users.repository';
import { GetMeCommand } from './get-me.command';

/** The caller, so that a client (the web desk) can show what their role allows without probing. */
@Injectable()
export class GetMeUseCase {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
  ) {}

  async execute({ actor }: GetMeCommand): Promise<MeDto> {
    // ADMIN_API_KEY has no user row of its own; its actor is all there is.
    const user = await this.users.get(this.database, actor.id);
    return meView(actor, user?.team ?? null);
  }
}
