import type { ClaimRow } from '../claims/claims.repository';
import type { ArticleRow, QuoteRow } from './articles.repository';
import type { ArticleClaimDto } from './dto/article-claim.dto';
import type { ArticleSummaryDto } from './dto/article-summary.dto';
import type { ArticleDto } from './dto/article.dto';
import type { QuoteDto } from './dto/quote.dto';

/** The JSON shapes of articles, their quotes and claims, as the API answers and webhooks carry them. */

export function articleSummary(article: ArticleRow): ArticleSummaryDto {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    publisher: article.publisher,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    authors: article.authors,
    language: article.language,
    status: article.status,
    failureReason: article.failureReason,
    createdAt: article.createdAt.toISOString(),
    extractedAt: article.extractedAt?.toISOString() ?? null,
  };
}

type ClaimOfArticle = Pick<
  ClaimRow,
  | 'id'
  | 'quoteId'
  | 'text'
  | 'standalone'
  | 'start'
  | 'end'
  | 'checkworthiness'
  | 'checkworthy'
  | 'stage'
  | 'parked'
  | 'priority'
  | 'overdue'
>;

function claimInArticle(claim: ClaimOfArticle): ArticleClaimDto {
  return {
    id: claim.id,
    quoteId: claim.quoteId,
    text: claim.text,
    standalone: claim.standalone,
    start: claim.start,
    end: claim.end,
    checkworthiness: round(claim.checkworthiness),
    checkworthy: claim.checkworthy,
    stage: claim.stage,
    parked: claim.parked,
    priority: round(claim.priority),
    overdue: claim.overdue,
  };
}

function quoteView(quote: QuoteRow, claims: ClaimOfArticle[]): QuoteDto {
  return {
    id: quote.id,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    speaker: quote.speakerName
      ? {
          id: quote.speakerId,
          name: quote.speakerName,
          type: quote.speakerType,
          title: quote.speakerTitle,
          mention:
            quote.mentionStart === null || quote.mentionEnd === null || quote.mentionText === null
              ? null
              : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd },
        }
      : null,
    cue:
      quote.cueStart === null || quote.cueEnd === null || quote.cueText === null
        ? null
        : { text: quote.cueText, start: quote.cueStart, end: quote.cueEnd },
    claims: claims.filter((claim) => claim.quoteId === quote.id).map(claimInArticle),
  };
}

export function articleView(
  article: ArticleRow & { body: string },
  quotes: QuoteRow[],
  claims: ClaimOfArticle[],
): ArticleDto {
  return {
    ...articleSummary(article),
    body: article.body,
    quotes: quotes.map((quote) => quoteView(quote, claims)),
    claims: claims.map(claimInArticle),
  };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
