import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ClaimsFrom, Queryable } from '@app/database';
import { pageFetches } from '@app/observability/metrics';
import type { HtmlArticle } from '@app/extraction';
import { jobId, jobRequest, JobName, OutboxRepository } from '@app/queue';
import { WorkflowError, WorkflowErrorCode } from '../../common/workflow-error';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { Idempotency, Replay, sha256 } from '../../idempotency/idempotency';
import { ArticleViewQuery } from '../article-view.query';
import { articleSummary } from '../article.views';
import { ArticlesRepository, NewArticle } from '../articles.repository';
import { ArticleReceivedDto } from '../dto/article-received.dto';
import { ArticleDto } from '../dto/article.dto';
import { ExtractionThreads, refusal } from '../extraction-threads';
import { FetchedPage, fetchPage, MAX_PAGE_BYTES, MAX_REDIRECTS, pageFetchError } from '../page-fetch';
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

  /** Pages this process is fetching now. */
  private fetching = 0;

  async execute(command: IngestArticleCommand): Promise<IngestArticleResult> {
    // A retry is answered before its page is read or fetched again: the site may have changed or gone since.
    const kept = await this.idempotency.replayOf<IngestArticleResult['article']>(command.idempotency);
    if (kept) return replayed(kept);
    const page = command.fetchesUrl
      ? await this.fetchPage(command.article.url!)
      : await this.readHtml(command.article.html, 'html');
    const article = toNewArticle(command, page, this.config.CLAIMS_FROM);
    const result = await this.idempotency.runOnce(command.idempotency, async (tx) => {
      const ingested = await this.ingest(tx, article);
      return {
        first: ingested,
        replay: { outcome: ingested.created ? 'created' : 'existing', body: ingested.article },
      };
    });
    return result.replayed ? replayed(result.answer) : result.answer;
  }

  private async ingest(tx: Queryable, article: ArticleToStore): Promise<IngestArticleResult> {
    const same = await this.articles.findSame(
      tx,
      article.urlKey ? { urlKey: article.urlKey } : { bodyHash: article.bodyHash },
    );
    if (same) {
      if (same.bodyHash !== article.bodyHash) throw textChanged(same);
      // Asked for claims from elsewhere than the article has them: refused, not silently answered with the other.
      // Without claimsFrom the submission asks nothing of the kind (the default may have changed since).
      if (article.claimsFromAsked && same.claimsFrom !== article.claimsFrom) throw claimsFromChanged(same);
      return { created: false, article: (await this.articleView.get(tx, same.id))! };
    }
    const stored = await this.articles.insert(tx, article);
    await this.events.record(tx, [
      {
        type: EventType.ArticleReceived,
        actorId: article.submittedBy,
        articleId: stored.id,
        data: {
          url: stored.url,
          title: stored.title,
          sourceFormat: stored.sourceFormat,
          ...(article.fetchedFrom ? { fetchedFrom: article.fetchedFrom } : {}),
        },
      },
    ]);
    await this.outbox.enqueue(tx, [
      jobRequest(JobName.ExtractArticle, jobId.extract(stored.id), { articleId: stored.id }),
    ]);
    return { created: true, article: { id: stored.id, status: stored.status, article: articleSummary(stored) } };
  }

  private async readHtml(html: string | null | undefined, field: 'html' | 'url'): Promise<Page | null> {
    if (html === undefined || html === null) return null;
    try {
      return { ...(await this.threads.readHtml(html, this.config.HTML_TIME_LIMIT_SECONDS * 1000)), format: 'html' };
    } catch (error) {
      throw refusal(error, field);
    }
  }

  /**
   * The page at the url, fetched within the bounds (see fetchPage) and read as a submitted one would be. At most
   * ARTICLE_FETCH_CONCURRENCY at once in this process, each holding its page in memory while it arrives.
   */
  private async fetchPage(url: string): Promise<Page> {
    if (this.fetching >= this.config.ARTICLE_FETCH_CONCURRENCY) {
      pageFetches.inc({ outcome: 'busy' });
      throw new WorkflowError(
        WorkflowErrorCode.Busy,
        `${this.fetching} pages are being fetched already; nothing was fetched or stored, try again shortly`,
      );
    }
    this.fetching++;
    let fetched: FetchedPage;
    try {
      fetched = await fetchPage(url, {
        timeoutMs: this.config.ARTICLE_FETCH_TIMEOUT_MS,
        maxBytes: MAX_PAGE_BYTES,
        maxRedirects: MAX_REDIRECTS,
        allowPrivateNetworks: this.config.ARTICLE_FETCH_ALLOW_PRIVATE_NETWORKS,
      });
      pageFetches.inc({ outcome: 'fetched' });
    } catch (error) {
      const reason = error instanceof WorkflowError ? error.details.reason : undefined;
      pageFetches.inc({ outcome: typeof reason === 'string' ? reason : 'error' });
      throw error;
    } finally {
      this.fetching--;
    }
    const page: Page =
      fetched.format === 'html'
        ? { ...(await this.readHtml(fetched.content, 'url'))!, fetchedFrom: fetched.url }
        : { text: withoutControls(fetched.content), title: null, format: 'text', fetchedFrom: fetched.url };
    if (!page.text.trim()) {
      throw pageFetchError('no-text', `no article text was found in the page at ${fetched.url}`, { url: fetched.url });
    }
    return page;
  }
}

/**
 * An article to store, where its page was fetched from when it was (for the audit trail), and whether the submission
 * said where its claims come from (`claimsFromAsked`) or left it to the configuration.
 */
type ArticleToStore = NewArticle & { fetchedFrom?: string; claimsFromAsked: boolean };

/** The article text and title a page held (submitted as html, or fetched), and where it was fetched from. */
type Page = HtmlArticle & { format: 'html' | 'text'; fetchedFrom?: string };

/** A retry's kept answer, in the shape of a first one. */
function replayed({ outcome, body }: Replay<IngestArticleResult['article']>): IngestArticleResult {
  return outcome === 'created'
    ? { created: true, article: body as ArticleReceivedDto }
    : { created: false, article: body as ArticleDto };
}

// C0 controls other than tab, line feed, form feed and carriage return, as a submitted body may not hold (Postgres
// cannot store NUL): a plain-text page is data from anywhere.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function withoutControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The url is stored with another text: said, naming the article there, rather than either text kept silently. */
function textChanged(existing: { id: string; url: string | null }): WorkflowError {
  return new WorkflowError(
    WorkflowErrorCode.ArticleTextChanged,
    `article ${existing.id} has this url with a different text; nothing was stored`,
    { article: { id: existing.id, url: existing.url } },
  );
}

/** The same article asked for with its claims from elsewhere: said, naming the article and where its claims come from. */
function claimsFromChanged(existing: { id: string; url: string | null; claimsFrom: ClaimsFrom }): WorkflowError {
  return new WorkflowError(
    WorkflowErrorCode.ArticleClaimsFromChanged,
    `article ${existing.id} is stored with claimsFrom "${existing.claimsFrom}"; it is not extracted again with another; ` +
      'nothing was stored',
    { article: { id: existing.id, url: existing.url, claimsFrom: existing.claimsFrom } },
  );
}

/** The article to store: its text (the body, or what the page holds), how it is found again, what came with it. */
function toNewArticle(
  { actorId, article }: IngestArticleCommand,
  page: Page | null,
  defaultClaimsFrom: ClaimsFrom,
): ArticleToStore {
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
    sourceFormat: page ? page.format : 'text',
    publisher: article.publisher?.trim() || null,
    publishedAt: article.publishedAt ?? null,
    authors: article.authors ?? [],
    language: article.language ?? 'en',
    claimsFrom: article.claimsFrom ?? defaultClaimsFrom,
    claimsFromAsked: article.claimsFrom !== undefined && article.claimsFrom !== null,
    submittedBy: actorId,
    fetchedFrom: page?.fetchedFrom,
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
