export * from './webhook-deliveries.usecase';
export * from './webhook-subscriptions.usecase';
export * from './webhooks.module';
