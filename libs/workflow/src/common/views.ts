import { Article, Claim, Lease, Quote, Verdict } from '@app/database';

/** The JSON shapes the API answers and webhooks carry; one place so they cannot drift apart. */

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

/** The claim's lease while it is live (see Claim.leaseLive): one whose time is up shows as no lease at all. */
export function leaseView(claim: Pick<Claim, 'leaseId' | 'leaseHolderId' | 'leaseExpiresAt' | 'leaseLive'>) {
  if (!claim.leaseId || !claim.leaseExpiresAt || !claim.leaseLive) return null;
  return { id: claim.leaseId, holderId: claim.leaseHolderId, expiresAt: claim.leaseExpiresAt.toISOString() };
}

/** A person who wrote part of a verdict version. */
export interface VerdictAuthor {
  id: string;
  name: string;
}

/** `authors`: everyone who wrote part of the version, in the order they first did; `authorId` is the last of them. */
export function verdictView(verdict: Omit<Verdict, 'claimReview' | 'createdAt'>, authors: VerdictAuthor[]) {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    version: verdict.version,
    status: verdict.status,
    rating: verdict.rating,
    ratingValue: verdict.ratingValue,
    summary: verdict.summary,
    explanation: verdict.explanation,
    sources: verdict.sources,
    authorId: verdict.authorId,
    authors,
    reviewerId: verdict.reviewerId,
    reviewComment: verdict.reviewComment,
    correctionNote: verdict.correctionNote,
    supersededAt: verdict.supersededAt?.toISOString() ?? null,
    submittedAt: verdict.submittedAt?.toISOString() ?? null,
    approvedAt: verdict.approvedAt?.toISOString() ?? null,
    publishedAt: verdict.publishedAt?.toISOString() ?? null,
    updatedAt: verdict.updatedAt.toISOString(),
  };
}

export function leaseRecordView(lease: Lease) {
  return {
    id: lease.id,
    claimId: lease.claimId,
    holderId: lease.holderId,
    stage: lease.stage,
    acquiredAt: lease.acquiredAt.toISOString(),
    expiresAt: lease.expiresAt.toISOString(),
  };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
