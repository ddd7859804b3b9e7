export * from './test-database';
export * from './test-service';
export * from './wait-for';
export * from './webhook-receiver';
export * from './shared-data';
export * from './seed';
export * from './process-harness';
