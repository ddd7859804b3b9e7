export * from './test-service';
export * from './seed';
