/** The repositories and query classes of desk: each the one place that owns its SQL. */
export const DESK_REPOSITORIES = [];
