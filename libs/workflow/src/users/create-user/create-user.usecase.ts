import { Injectable } from '@nestjs/common';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { Idempotency } from '../../idempotency/idempotency';
import { generateApiKey, hashApiKey } from '../api-keys';
import { CreatedUserDto, UserDto } from '../dto/user.dto';
import { createdUserView, userView } from '../user.views';
import { UsersRepository } from '../users.repository';
import { CreateUserCommand } from './create-user.command';

/** The person just created with their key, or, for a retry, the person the first request created, without it. */
export type CreateUserResult = { replayed: false; user: CreatedUserDto } | { replayed: true; user: UserDto };

/**
 * Creates a person with a role and a fresh API key, which is returned once and only stored hashed. With an
 * Idempotency-Key, a retry gets the person it created without the key: the key is not kept to be shown again;
 * `POST /v1/users/:id/key` gives a new one.
 */
@Injectable()
export class CreateUserUseCase {
  constructor(
    private readonly idempotency: Idempotency,
    private readonly users: UsersRepository,
    private readonly events: EventLog,
  ) {}

  async execute({ actor, name, role, team, idempotency }: CreateUserCommand): Promise<CreateUserResult> {
    const apiKey = generateApiKey();
    const keyPrefix = apiKey.slice(0, 8);
    const result = await this.idempotency.runOnce(idempotency, async (tx) => {
      const user = await this.users.insert(tx, {
        name,
        role,
        team,
        apiKeyHash: hashApiKey(apiKey),
        apiKeyPrefix: keyPrefix,
      });
      await this.events.record(tx, [
        { type: EventType.UserCreated, actorId: actor.id, data: { userId: user.id, name, role, team } },
      ]);
      return {
        first: createdUserView(user, apiKey),
        replay: { outcome: 'created', body: userView({ ...user, keyPrefix }) },
      };
    });
    return result.replayed ? { replayed: true, user: result.answer.body } : { replayed: false, user: result.answer };
  }
}
