export * from './webhook.errors';
export * from './webhook-event-type';
export * from './webhook-signature';
export * from './webhook-message';
export * from './webhook-url-safety';
export * from './webhook-delivery';
export * from './webhook-retry-schedule';
export * from './slack-message';
