import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role, ROLE_ORDER, User } from '@app/database';
import { EventType, recordEvent } from '../common/events';
import { WorkflowError } from '../common/workflow-error';
import { generateApiKey, hashApiKey } from './api-keys';

export interface CreateUserCommand {
  actorId: string;
  name: string;
  role: Role;
  /** The desk they work on, for per-team statistics. */
  team?: string;
}

/** Creates a person with a role and a fresh API key, which is returned once and only stored hashed. */
@Injectable()
export class CreateUserUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: CreateUserCommand) {
    const name = command.name?.trim();
    const errors = [
      !name && { field: 'name', message: 'must not be empty' },
      !ROLE_ORDER.includes(command.role) && { field: 'role', message: `must be one of: ${ROLE_ORDER.join(', ')}` },
    ].filter(Boolean) as { field: string; message: string }[];
    if (errors.length > 0) throw WorkflowError.invalid('the user is not valid', errors);
    const apiKey = generateApiKey();
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(User, {
          name,
          role: command.role,
          team: command.team?.trim() || null,
          apiKeyHash: hashApiKey(apiKey),
          apiKeyPrefix: apiKey.slice(0, 8),
        }),
      );
      await recordEvent(manager, {
        type: EventType.UserCreated,
        actorId: command.actorId,
        data: { userId: user.id, name: user.name, role: user.role, team: user.team },
      });
      return { id: user.id, name: user.name, role: user.role, team: user.team, apiKey, createdAt: user.createdAt.toISOString() };
    });
  }
}
