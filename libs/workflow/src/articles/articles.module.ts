import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { ExtractArticleUseCase } from './extract-article/extract-article.usecase';
import { ExtractionThreads } from './extraction-threads';
import { FailArticleExtractionUseCase } from './fail-article-extraction/fail-article-extraction.usecase';
import { GetArticleUseCase } from './get-article/get-article.usecase';
import { IngestArticleUseCase } from './ingest-article/ingest-article.usecase';
import { ListArticlesUseCase } from './list-articles/list-articles.usecase';

const USE_CASES = [
  IngestArticleUseCase,
  GetArticleUseCase,
  ListArticlesUseCase,
  ExtractArticleUseCase,
  FailArticleExtractionUseCase,
];

/** Articles: ingest, extraction (and its failure), reading one back, listing them; the threads that read pages and extract. */
@Module({ imports: [DataModule], providers: [...USE_CASES, ExtractionThreads], exports: USE_CASES })
export class ArticlesModule {}
