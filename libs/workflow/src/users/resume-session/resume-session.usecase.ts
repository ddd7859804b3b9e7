import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database, ENVIRONMENT_ADMIN_ID, Role } from '@app/database';
import { Actor } from '../../common/actor';
import { hashApiKey } from '../api-keys';
import { UsersRepository } from '../users.repository';
import { ResumeSessionCommand } from './resume-session.command';

/**
 * Who holds a session opened with an API key, as they are now: the same person while that key is still theirs and
 * live; null once it was rotated or revoked (or ADMIN_API_KEY changed), which ends the session.
 */
@Injectable()
export class ResumeSessionUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
  ) {}

  async execute({ actorId, apiKeyHash }: ResumeSessionCommand): Promise<Actor | null> {
    if (actorId === ENVIRONMENT_ADMIN_ID) {
      const current = this.config.ADMIN_API_KEY;
      return current && hashApiKey(current) === apiKeyHash
        ? { id: ENVIRONMENT_ADMIN_ID, name: 'admin', role: Role.Admin }
        : null;
    }
    const holder = await this.users.findActorByKeyHash(this.database, apiKeyHash);
    return holder?.id === actorId ? holder : null;
  }
}
