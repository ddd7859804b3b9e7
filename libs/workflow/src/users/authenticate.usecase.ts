import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { ENVIRONMENT_ADMIN_ID, Role } from '@app/database';
import { Actor } from '../common/actor';
import { hashApiKey, sameKey } from './api-keys';

/** Who an API key belongs to: the ADMIN_API_KEY of the environment, or a user's live (unrevoked) key. */
@Injectable()
export class AuthenticateUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async execute(apiKey: string): Promise<Actor | null> {
    if (this.config.ADMIN_API_KEY && sameKey(apiKey, this.config.ADMIN_API_KEY)) {
      return { id: ENVIRONMENT_ADMIN_ID, name: 'admin', role: Role.Admin };
    }
    // Looked up by hash: the database never sees the key, and equality on a digest leaks nothing useful.
    const [user] = await this.dataSource.query(
      'SELECT id, name, role FROM users WHERE api_key_hash = $1 AND revoked_at IS NULL',
      [hashApiKey(apiKey)],
    );
    return user ? { id: user.id, name: user.name, role: user.role } : null;
  }
}
