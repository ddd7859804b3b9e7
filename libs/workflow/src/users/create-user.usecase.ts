import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Role, ROLE_ORDER, User } from '@app/database';
import { EventType, recordEvent } from '../common/events';
import { Answer, idempotentRequest, runOnce } from '../common/idempotency';
import { WorkflowError } from '../common/workflow-error';
import { generateApiKey, hashApiKey } from './api-keys';

export interface CreateUserCommand {
  actorId: string;
  name: string;
  role: Role;
  /** The desk they work on, for per-team statistics. */
  team?: string;
  idempotencyKey?: string;
}

interface Person {
  id: string;
  name: string;
  role: Role;
  team: string | null;
  createdAt: string;
}
/** The first answer: the only time the key is shown. */
type CreatedUser = Person & { apiKey: string };
/** A retry's answer: the person, and the first characters of their key to tell it apart. */
type ReplayedUser = Person & { keyPrefix: string };

/**
 * Creates a person with a role and a fresh API key, which is returned once and only stored hashed. With an
 * Idempotency-Key, a retry gets the person it created (status 200) without the key: the key is not kept to be shown
 * again; `POST /v1/users/:id/key` gives a new one.
 */
@Injectable()
export class CreateUserUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Without an Idempotency-Key nothing is replayed: the answer is the new person with their key. */
  execute(
    command: Omit<CreateUserCommand, 'idempotencyKey'>,
  ): Promise<{ replayed: false; answer: Answer<CreatedUser> }>;
  execute(
    command: CreateUserCommand,
  ): Promise<{ replayed: false; answer: Answer<CreatedUser> } | { replayed: true; answer: Answer<ReplayedUser> }>;
  async execute(command: CreateUserCommand) {
    const name = command.name?.trim();
    const errors = [
      !name && { field: 'name', message: 'must not be empty' },
      !ROLE_ORDER.includes(command.role) && { field: 'role', message: `must be one of: ${ROLE_ORDER.join(', ')}` },
    ].filter(Boolean) as { field: string; message: string }[];
    if (errors.length > 0) throw WorkflowError.invalid('the user is not valid', errors);
    const team = command.team?.trim() || null;
    const request = idempotentRequest(command.actorId, command.idempotencyKey, 'create-user', {
      name,
      role: command.role,
      team,
    });
    const apiKey = generateApiKey();
    return runOnce<CreatedUser, ReplayedUser>(this.dataSource, request, async (manager) => {
      const user = await manager.save(
        manager.create(User, {
          name,
          role: command.role,
          team,
          apiKeyHash: hashApiKey(apiKey),
          apiKeyPrefix: apiKey.slice(0, 8),
        }),
      );
      await recordEvent(manager, {
        type: EventType.UserCreated,
        actorId: command.actorId,
        data: { userId: user.id, name: user.name, role: user.role, team: user.team },
      });
      const person: Person = {
        id: user.id,
        name: user.name,
        role: user.role,
        team: user.team,
        createdAt: user.createdAt.toISOString(),
      };
      return {
        first: { statusCode: 201, body: { ...person, apiKey } },
        replay: { statusCode: 200, body: { ...person, keyPrefix: apiKey.slice(0, 8) } },
      };
    });
  }
}
