import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database, ENVIRONMENT_ADMIN_ID, Role } from '@app/database';
import { Actor } from '../../common/actor';
import { hashApiKey, sameKey } from '../api-keys';
import { UsersRepository } from '../users.repository';
import { AuthenticateCommand } from './authenticate.command';

/**
 * Who an API key belongs to: the ADMIN_API_KEY of the environment, or a user's live (unrevoked) key. Runs on every
 * request: one indexed query at most.
 */
@Injectable()
export class AuthenticateUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
  ) {}

  async execute({ apiKey }: AuthenticateCommand): Promise<Actor | null> {
    if (this.config.ADMIN_API_KEY && sameKey(apiKey, this.config.ADMIN_API_KEY)) {
      return { id: ENVIRONMENT_ADMIN_ID, name: 'admin', role: Role.Admin };
    }
    // Looked up by hash: the database never sees the key, and equality on a digest leaks nothing useful.
    return this.users.findActorByKeyHash(this.database, hashApiKey(apiKey));
  }
}
