import { MyVerdictsQuery } from './my-verdicts.query';
import { UsersRepository } from './users.repository';

/** The repositories and query classes of users: each the one place that owns its SQL. */
export const USERS_REPOSITORIES = [UsersRepository, MyVerdictsQuery];
