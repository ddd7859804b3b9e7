import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { ExtractArticleUseCase } from './extract-article.usecase';
import { ExtractionThreads } from './extraction-threads';
import { GetArticleUseCase } from './get-article.usecase';
import { IngestArticleUseCase } from './ingest-article.usecase';

const USE_CASES = [ExtractArticleUseCase, ExtractionThreads, GetArticleUseCase, IngestArticleUseCase];

/** Articles: ingest, extraction, reading one back. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class ArticlesModule {}
