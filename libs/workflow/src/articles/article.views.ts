import { Article, Claim, Quote } from '@app/database';

/** The JSON shapes of articles, their quotes and claims, as the API answers and webhooks carry them. */

export function articleSummary(article: Article) {
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

export function claimInArticle(claim: Claim) {
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

export function quoteView(quote: Quote, claims: Claim[]) {
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
            quote.mentionStart === null
              ? null
              : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd },
        }
      : null,
    cue: quote.cueStart === null ? null : { text: quote.cueText, start: quote.cueStart, end: quote.cueEnd },
    claims: claims.filter((claim) => claim.quoteId === quote.id).map(claimInArticle),
  };
}

export function articleView(article: Article, quotes: Quote[], claims: Claim[]) {
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
