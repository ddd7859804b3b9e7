export * from './health/health.module';
export * from './logger';
export * from './metrics';
export * from './public.decorator';
export * from './request-context';
export * from './http-middleware';
export * from './health/reachability';
