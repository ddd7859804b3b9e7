export * from './stored-values';
export * from './migrate';
export * from './database.module';
export * from './postgres-errors';
export * from './database';
