import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { generateApiKey, hashApiKey } from '../api-keys';
import { UserWithKeyDto } from '../dto/user.dto';
import { userWithKeyView } from '../user.views';
import { refuseBuiltInUser } from '../user-rules';
import { UsersRepository } from '../users.repository';
import { RotateApiKeyCommand } from './rotate-api-key.command';

/** Gives a person a new API key, returned once; the old one stops working in the same transaction. */
@Injectable()
export class RotateApiKeyUseCase {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, userId }: RotateApiKeyCommand): Promise<UserWithKeyDto> {
    refuseBuiltInUser(userId);
    const apiKey = generateApiKey();
    const keyPrefix = apiKey.slice(0, 8);
    return this.database.transaction(async (tx) => {
      const user = await this.users.lock(tx, userId);
      if (!user) throw WorkflowError.notFound('user', userId);
      if (user.revokedAt) {
        throw new WorkflowError(
          WorkflowErrorCode.Conflict,
          `user ${user.id} has been revoked; create a new user instead`,
        );
      }
      await this.users.replaceKey(tx, user.id, { apiKeyHash: hashApiKey(apiKey), apiKeyPrefix: keyPrefix });
      await this.events.record(tx, [
        {
          type: EventType.UserKeyRotated,
          actorId: actor.id,
          data: { userId: user.id, name: user.name, previousKeyPrefix: user.keyPrefix, keyPrefix },
        },
      ]);
      return userWithKeyView(user, apiKey);
    });
  }
}
