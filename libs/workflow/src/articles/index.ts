export * from './extract-article.usecase';
export * from './get-article.usecase';
export * from './ingest-article.usecase';
export * from './articles.module';
