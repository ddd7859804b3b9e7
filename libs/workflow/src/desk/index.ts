export * from './desk-stats.usecase';
export * from './list-events.usecase';
export * from './desk.module';
