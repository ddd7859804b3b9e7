export * from './queue-names';
export * from './job-options';
export * from './outbox-relay';
export * from './outbox.repository';
export * from './service-queues';
