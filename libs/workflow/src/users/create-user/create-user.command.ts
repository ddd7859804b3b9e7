import { Role, ROLE_ORDER } from '@app/database';
import { Actor } from '../../common/actor';
import { WorkflowError } from '../../common/workflow-error';
import { idempotentRequest, IdempotentRequest } from '../../idempotency/idempotency';

/** Create a person with a role and a fresh API key. */
export class CreateUserCommand {
  readonly name: string;
  readonly role: Role;
  /** The desk they work on, for per-team statistics; null for none. */
  readonly team: string | null;
  /** The Idempotency-Key, when the caller sent one: a retry of the same request gets the person it created. */
  readonly idempotency?: IdempotentRequest;

  constructor(
    readonly actor: Actor,
    person: { name: string; role: Role; team?: string },
    idempotencyKey?: string,
  ) {
    this.name = person.name?.trim() ?? '';
    this.role = person.role;
    this.team = person.team?.trim() || null;
    const errors = [
      !this.name && { field: 'name', message: 'must not be empty' },
      !ROLE_ORDER.includes(this.role) && { field: 'role', message: `must be one of: ${ROLE_ORDER.join(', ')}` },
    ].filter((error): error is { field: string; message: string } => Boolean(error));
    if (errors.length > 0) throw WorkflowError.invalid('the user is not valid', errors);
    this.idempotency = idempotentRequest(actor.id, idempotencyKey, 'create-user', {
      name: this.name,
      role: this.role,
      team: this.team,
    });
  }
}
