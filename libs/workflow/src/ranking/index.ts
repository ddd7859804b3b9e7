export * from './ranking.module';
export * from './desk-labels.query';
export * from './checkworthiness-models.repository';
export * from './model-in-service';
export * from './retrain-checkworthiness/retrain-checkworthiness.command';
export * from './retrain-checkworthiness/retrain-checkworthiness.usecase';
export * from './register-shipped-model.usecase';
