import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Queryable } from '@app/database';
import type { HtmlArticle } from '@app/extraction';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { Idempotency, sha256 } from '../../idempotency/idempotency';
import { ArticleViewQuery } from '../article-view.query';
import { articleSummary } from '../article.views';
import { ArticlesRepository, NewArticle } from '../articles.repository';
import { ArticleReceivedDto } from '../dto/article-received.dto';
import { ArticleDto } from '../dto/article.dto';
import { ExtractionThreads, refusal } from '../extraction-threads';
import { IngestArticleCommand } from './ingest-article.command';

/** A new article, stored and waiting for extraction; or the article already here, submitted before. */
export type IngestArticleResult =
  { created: true; article: ArticleReceivedDto } | { created: false; article: ArticleDto };

/**
 * Stores a submitted article and schedules its extraction, in one transaction. The same article again (the same
 * url, or without a url the same body) is the article already here, and nothing is created; the same url with
 * another text (the body, or the text a page holds) is refused, naming the article already here; an Idempotency-Key
 * replays the first result to the same request and refuses a different one. A page is read (its article text taken
 * out) in an extraction thread, under the page-reading time limit, before anything is stored.
 */
@Injectable()
export class IngestArticleUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly idempotency: Idempotency,
    private readonly articles: ArticlesRepository,
    private readonly articleView: ArticleViewQuery,
    private readonly events: EventLog,
    private readonly outbox: OutboxRepository,
    private readonly threads: ExtractionThreads,
  ) {}

  async execute(command: IngestArticleCommand): Promise<IngestArticleResult> {
    const article = toNewArticle(command, await this.readHtml(command.article.html));
    const result = await this.idempotency.runOnce(command.idempotency, async (tx) => {
      const ingested = await this.ingest(tx, article);
      return {
        first: ingested,
        replay: { outcome: ingested.created ? 'created' : 'existing', body: ingested.article },
      };
    });
    if (!result.replayed) return result.answer;
    const { outcome, body } = result.answer;
    return outcome === 'created'
      ? { created: true, article: body as ArticleReceivedDto }
      : { created: false, article: body as ArticleDto };
  }

  private async ingest(tx: Queryable, article: NewArticle): Promise<IngestArticleResult> {
    const same = await this.articles.findSame(
      tx,
      article.urlKey ? { urlKey: article.urlKey } : { bodyHash: article.bodyHash },
    );
    if (same) {
      if (same.bodyHash !== article.bodyHash) throw textChanged(same);
      return { created: false, article: (await this.articleView.get(tx, same.id))! };
    }
    const stored = await this.articles.insert(tx, article);
    await this.events.record(tx, [
      {
        type: EventType.ArticleReceived,
        actorId: article.submittedBy,
        articleId: stored.id,
        data: { url: stored.url, title: stored.title, sourceFormat: stored.sourceFormat },
      },
    ]);
    await this.outbox.enqueue(tx, [
      jobRequest(JobName.ExtractArticle, jobId.extract(stored.id), { articleId: stored.id }),
    ]);
    return { created: true, article: { id: stored.id, status: stored.status, article: articleSummary(stored) } };
  }

  private async readHtml(html: string | null | undefined): Promise<HtmlArticle | null> {
    if (html === undefined || html === null) return null;
    try {
      return await this.threads.readHtml(html, this.config.HTML_TIME_LIMIT_SECONDS * 1000);
    } catch (error) {
      throw refusal(error, 'html');
    }
  }
}

/** The url is stored with another text: said, naming the article there, rather than either text kept silently. */
function textChanged(existing: { id: string; url: string | null }): WorkflowError {
  return new WorkflowError(
    WorkflowErrorCode.ArticleTextChanged,
    `article ${existing.id} has this url with a different text; nothing was stored`,
    { article: { id: existing.id, url: existing.url } },
  );
}

/** The article to store: its text (the body, or what the page holds), how it is found again, what came with it. */
function toNewArticle({ actorId, article }: IngestArticleCommand, page: HtmlArticle | null): NewArticle {
  // The command made sure of a body with text when there is no page.
  const body = page ? page.text : (article.body ?? '');
  if (!body.trim()) {
    throw WorkflowError.invalid('the article has no text', [
      { field: 'html', message: 'no article text was found in the html' },
    ]);
  }
  const title = article.title?.trim() || (page ? page.title : null);
  const url = article.url?.trim() || null;
  return {
    url,
    urlKey: url ? normalizeUrl(url) : null,
    bodyHash: sha256(body),
    title,
    body,
    sourceFormat: page ? 'html' : 'text',
    publisher: article.publisher?.trim() || null,
    publishedAt: article.publishedAt ?? null,
    authors: article.authors ?? [],
    language: article.language ?? 'en',
    submittedBy: actorId,
  };
}

/** The same page under cosmetic differences (fragment, host case, default port, tracking parameters) is one article. */
function normalizeUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$)/i.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}
