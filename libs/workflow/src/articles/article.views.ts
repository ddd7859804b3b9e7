import { claimBasics, ClaimBasics, quoteSpans, roundScore } from '../claims/claim-views';
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
    claimsFrom: article.claimsFrom,
    status: article.status,
    failureReason: article.failureReason,
    createdAt: article.createdAt.toISOString(),
    extractedAt: article.extractedAt?.toISOString() ?? null,
  };
}

type ClaimOfArticle = ClaimBasics & Pick<ClaimRow, 'quoteId' | 'priority' | 'overdue'>;

function claimInArticle(claim: ClaimOfArticle): ArticleClaimDto {
  // quoteId second, as the article's JSON has always had it.
  const { id, ...basics } = claimBasics(claim);
  return { id, quoteId: claim.quoteId, ...basics, priority: roundScore(claim.priority), overdue: claim.overdue };
}

function quoteView(quote: QuoteRow, claims: ClaimOfArticle[]): QuoteDto {
  const { mention, cue } = quoteSpans(quote);
  return {
    id: quote.id,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    speaker: quote.speakerName
      ? { id: quote.speakerId, name: quote.speakerName, type: quote.speakerType, title: quote.speakerTitle, mention }
      : null,
    cue,
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
