export * from './api-keys';
export * from './authenticate.usecase';
export * from './create-user.usecase';
export * from './revoke-user.usecase';
export * from './rotate-api-key.usecase';
export * from './users.module';
