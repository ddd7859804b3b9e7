import { ENVIRONMENT_ADMIN_ID, SYSTEM_USER_ID } from '@app/database';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';

/** The service's own actor and the ADMIN_API_KEY holder have no key here to revoke or rotate. */
export function refuseBuiltInUser(userId: string): void {
  if (userId === SYSTEM_USER_ID || userId === ENVIRONMENT_ADMIN_ID) {
    throw new WorkflowError(
      WorkflowErrorCode.Conflict,
      userId === ENVIRONMENT_ADMIN_ID
        ? 'the ADMIN_API_KEY admin has no stored key: change ADMIN_API_KEY in the environment instead'
        : 'the system user has no key',
    );
  }
}
