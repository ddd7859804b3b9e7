export * from './list-unfinished-work/list-unfinished-work.usecase';
export * from './requeue-work/requeue-work.command';
export * from './requeue-work/requeue-work.usecase';
export * from './recovery.module';
