export * from './fact-check.views';
export * from './fact-checks.module';
export * from './get-fact-check/get-fact-check.command';
export * from './get-fact-check/get-fact-check.usecase';
export * from './list-fact-checks/list-fact-checks.command';
export * from './list-fact-checks/list-fact-checks.usecase';
