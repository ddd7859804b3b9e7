export * from './test-database';
export * from './wait-for';
export * from './webhook-receiver';
export * from './shared-data';
export * from './process-harness';
export * from './row-factory';
export * from './workflow-harness';
