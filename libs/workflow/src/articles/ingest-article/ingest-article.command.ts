import { ClaimsFrom } from '@app/database';
import { WorkflowError } from '../../common/workflow-error';
import { IdempotentRequest, sha256 } from '../../idempotency/idempotency';

/** An article as submitted: its text (plain, or a page to take it out of) and what came with it. */
export interface ArticleSubmission {
  title?: string;
  body?: string | null;
  html?: string | null;
  url?: string;
  publisher?: string;
  publishedAt?: Date;
  authors?: string[];
  language?: string;
  /** Where its claims come from; the configured default (CLAIMS_FROM) when not given. */
  claimsFrom?: ClaimsFrom;
}

/**
 * Store a submitted article and schedule its extraction. An article has its text either as `body` (plain text) or
 * as `html` (a page), never both, and a body has some text; with neither, its `url` is fetched for the page.
 */
export class IngestArticleCommand {
  readonly article: ArticleSubmission;
  /** The Idempotency-Key, when the caller sent one. */
  readonly idempotency?: IdempotentRequest;
  /** The text is the page at `url`, fetched: no body or html came with it. */
  readonly fetchesUrl: boolean;

  constructor(
    readonly actorId: string,
    article: ArticleSubmission,
    idempotencyKey?: string,
  ) {
    const hasBody = article.body !== undefined && article.body !== null;
    const hasHtml = article.html !== undefined && article.html !== null;
    if (hasBody && hasHtml) {
      throw WorkflowError.invalid('Send either body (plain text) or html, not both.', [
        { field: 'html', message: 'must not be given together with body' },
      ]);
    }
    const hasUrl = article.url !== undefined && article.url.trim() !== '';
    if (!hasBody && !hasHtml && !hasUrl) {
      throw WorkflowError.invalid('either body (plain text), html or a url to fetch the page from is required', [
        { field: 'body', message: 'either body, html or url is required' },
      ]);
    }
    if (hasBody && !article.body!.trim()) {
      throw WorkflowError.invalid('the article has no text', [{ field: 'body', message: 'body is empty' }]);
    }
    this.article = article;
    this.fetchesUrl = !hasBody && !hasHtml;
    if (idempotencyKey !== undefined) {
      this.idempotency = { actorId, key: idempotencyKey, requestHash: submissionHash(article) };
    }
  }
}

/**
 * The digest an Idempotency-Key is kept with: of the submission's fields in this order (the order earlier versions
 * hashed them in), so that a retry sent across an upgrade is still the same request.
 */
function submissionHash(article: ArticleSubmission): string {
  const { title, body, html, url, publisher, publishedAt, authors, language, claimsFrom } = article;
  // claimsFrom last, and left out when absent (JSON.stringify drops undefined): a request without it hashes as before
  return sha256(
    JSON.stringify({
      title,
      body,
      html,
      url,
      publisher,
      publishedAt,
      authors,
      language,
      claimsFrom: claimsFrom ?? undefined,
    }),
  );
}
