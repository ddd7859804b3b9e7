/** The repositories and query classes of users: each the one place that owns its SQL. */
export const USERS_REPOSITORIES = [];
