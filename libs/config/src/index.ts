export * from './app-config';
export * from './config.module';
export * from './graceful-exit';
export * from './startup-error';
export * from './redis-options';
