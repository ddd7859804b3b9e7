import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventType, recordEvent } from '../common/events';
import { assertUuid, WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { generateApiKey, hashApiKey } from './api-keys';
import { refuseBuiltInUser } from './revoke-user.usecase';

export interface RotateApiKeyCommand {
  actorId: string;
  userId: string;
}

/** Gives a person a new API key, returned once; the old one stops working in the same transaction. */
@Injectable()
export class RotateApiKeyUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: RotateApiKeyCommand) {
    assertUuid('user', command.userId);
    refuseBuiltInUser(command.userId);
    const apiKey = generateApiKey();
    return this.dataSource.transaction(async (manager) => {
      const [user] = await manager.query(
        'SELECT id, name, role, team, api_key_prefix, revoked_at FROM users WHERE id = $1 FOR UPDATE',
        [command.userId],
      );
      if (!user) throw WorkflowError.notFound('user', command.userId);
      if (user.revoked_at) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          `user ${user.id} has been revoked; create a new user instead`,
        );
      }
      await manager.query('UPDATE users SET api_key_hash = $2, api_key_prefix = $3 WHERE id = $1', [
        user.id,
        hashApiKey(apiKey),
        apiKey.slice(0, 8),
      ]);
      await recordEvent(manager, {
        type: EventType.UserKeyRotated,
        actorId: command.actorId,
        data: {
          userId: user.id,
          name: user.name,
          previousKeyPrefix: user.api_key_prefix,
          keyPrefix: apiKey.slice(0, 8),
        },
      });
      return { id: user.id, name: user.name, role: user.role, team: user.team, apiKey };
    });
  }
}
