import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { Article, ArticleStatus, IdempotencyRecord, isUniqueViolation } from '@app/database';
import type { HtmlArticle } from '@app/extraction';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { EventType, recordEvent } from '../common/events';
import { articleSummary } from './article.views';
import { WorkflowError, WorkflowErrorCode } from '../common/workflow-error';
import { ExtractionThreads, refusal } from './extraction-threads';
import { GetArticleUseCase } from './get-article.usecase';

export interface IngestArticleCommand {
  actorId: string;
  idempotencyKey?: string;
  article: {
    title?: string;
    body?: string;
    html?: string;
    url?: string;
    publisher?: string;
    publishedAt?: Date;
    authors?: string[];
    language?: string;
  };
}

export interface IngestArticleResult {
  /** 202 for a new article, 200 for one already here (or a replayed Idempotency-Key). */
  statusCode: 200 | 202;
  body: Record<string, unknown>;
}

/**
 * Stores a submitted article and schedules its extraction, in one transaction. Dedupes by url, or by body when
 * there is no url; an Idempotency-Key replays the first answer to the same request and refuses a different one.
 */
@Injectable()
export class IngestArticleUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getArticle: GetArticleUseCase,
    private readonly threads: ExtractionThreads,
    private readonly config: AppConfig,
  ) {}

  async execute(command: IngestArticleCommand): Promise<IngestArticleResult> {
    const requestHash = sha256(JSON.stringify(command.article));
    const prepared = prepare(command.article, await this.readHtml(command.article.html));
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) => this.ingest(manager, command, prepared, requestHash));
      } catch (error) {
        // A concurrent request won the race for the same url, body or key: the next round finds its row.
        if (attempt < 3 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  private async ingest(
    manager: EntityManager,
    command: IngestArticleCommand,
    prepared: PreparedArticle,
    requestHash: string,
  ): Promise<IngestArticleResult> {
    if (command.idempotencyKey) {
      const replay = await manager.findOneBy(IdempotencyRecord, {
        userId: command.actorId,
        key: command.idempotencyKey,
      });
      if (replay) {
        if (replay.requestHash !== requestHash) {
          throw new WorkflowError(
            WorkflowErrorCode.IdempotencyKeyReused,
            'this Idempotency-Key was already used for a different request',
          );
        }
        return { statusCode: replay.statusCode as 200 | 202, body: replay.response };
      }
    }

    let result: IngestArticleResult;
    const existing = await manager
      .createQueryBuilder(Article, 'article')
      .where(prepared.urlKey ? 'article.urlKey = :urlKey' : 'article.bodyHash = :bodyHash', prepared)
      .orderBy('article.createdAt')
      .getOne();
    if (existing) {
      result = { statusCode: 200, body: await this.getArticle.view(manager, existing) };
    } else {
      const article = await manager.save(
        manager.create(Article, {
          ...prepared.fields,
          submittedBy: command.actorId,
          status: ArticleStatus.Received,
        }),
      );
      await recordEvent(manager, {
        type: EventType.ArticleReceived,
        actorId: command.actorId,
        articleId: article.id,
        data: { url: article.url, title: article.title, sourceFormat: article.sourceFormat },
      });
      await enqueueInTransaction(
        manager,
        jobRequest(JobName.ExtractArticle, jobId.extract(article.id), { articleId: article.id }),
      );
      result = { statusCode: 202, body: { id: article.id, status: article.status, article: articleSummary(article) } };
    }

    if (command.idempotencyKey) {
      await manager.insert(IdempotencyRecord, {
        userId: command.actorId,
        key: command.idempotencyKey,
        requestHash,
        statusCode: result.statusCode,
        response: result.body as never,
      });
    }
    return result;
  }

  /** A page's article text, read in an extraction thread under the page-reading time limit. */
  private async readHtml(html: string | undefined): Promise<HtmlArticle | null> {
    if (html === undefined || html === null) return null;
    try {
      return await this.threads.readHtml(html, this.config.HTML_TIME_LIMIT_SECONDS * 1000);
    } catch (error) {
      throw refusal(error, 'html');
    }
  }
}

interface PreparedArticle {
  urlKey: string | null;
  bodyHash: string;
  fields: Partial<Article>;
}

function prepare(input: IngestArticleCommand['article'], page: HtmlArticle | null): PreparedArticle {
  let body = input.body;
  let title = input.title?.trim() || null;
  let sourceFormat: 'text' | 'html' = 'text';
  if (body === undefined || body === null) {
    if (!page) {
      throw WorkflowError.invalid('either body (plain text) or html is required', [
        { field: 'body', message: 'either body or html is required' },
      ]);
    }
    body = page.text;
    title ??= page.title;
    sourceFormat = 'html';
  }
  if (!body.trim()) {
    const field = sourceFormat === 'html' ? 'html' : 'body';
    throw WorkflowError.invalid(`the article has no text`, [
      { field, message: sourceFormat === 'html' ? 'no article text was found in the html' : 'body is empty' },
    ]);
  }
  const url = input.url?.trim() || null;
  return {
    urlKey: url ? normalizeUrl(url) : null,
    bodyHash: sha256(body),
    fields: {
      url,
      urlKey: url ? normalizeUrl(url) : null,
      bodyHash: sha256(body),
      title,
      body,
      sourceFormat,
      publisher: input.publisher?.trim() || null,
      publishedAt: input.publishedAt ?? null,
      authors: input.authors ?? [],
      language: input.language ?? 'en',
    },
  };
}

/** The same page under cosmetic differences (fragment, host case, default port, tracking parameters) is one article. */
export function normalizeUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
