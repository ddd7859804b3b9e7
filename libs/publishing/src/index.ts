export * from './publishing.error';
export * from './rating-scale';
export * from './claim-review.builder';
