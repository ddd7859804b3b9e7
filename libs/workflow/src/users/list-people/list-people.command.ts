import { Role, ROLE_ORDER } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';

/** The people who may do what a role may (that role or above), for an editor to give work to; everyone without one. */
export class ListPeopleCommand {
  /** The roles listed. */
  readonly roles: Role[];

  constructor(role?: string) {
    if (role === undefined) {
      this.roles = [...ROLE_ORDER];
      return;
    }
    const index = ROLE_ORDER.indexOf(role as Role);
    if (index < 0) {
      throw WorkflowError.invalid(`role must be one of ${ROLE_ORDER.join(', ')}`, [
        { field: 'role', message: `must be one of ${ROLE_ORDER.join(', ')}` },
      ]);
    }
    this.roles = ROLE_ORDER.slice(index);
  }
}
