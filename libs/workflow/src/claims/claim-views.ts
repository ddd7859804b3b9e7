import { EntityManager } from 'typeorm';
import { Article, Claim, Quote } from '@app/database';
import { effectivePriority } from './claim-priority';

/** A claim with what a reader needs to place it: who said it, in which article. Used in lists and webhooks. */
export async function claimSummary(manager: EntityManager, claim: Claim) {
  const [quote, article] = await Promise.all([
    manager.findOneByOrFail(Quote, { id: claim.quoteId }),
    manager.findOneByOrFail(Article, { id: claim.articleId }),
  ]);
  return claimListItem(claim, quote, article);
}

export function claimListItem(
  claim: Pick<
    Claim,
    | 'id'
    | 'text'
    | 'standalone'
    | 'start'
    | 'end'
    | 'checkworthiness'
    | 'checkworthy'
    | 'stage'
    | 'parked'
    | 'queueRank'
    | 'priority'
    | 'overdue'
    | 'stageEnteredAt'
    | 'createdAt'
    | 'leaseId'
    | 'leaseHolderId'
    | 'leaseExpiresAt'
    | 'leaseLive'
  >,
  quote: Pick<
    Quote,
    'id' | 'text' | 'kind' | 'start' | 'end' | 'speakerId' | 'speakerName' | 'speakerType' | 'speakerTitle'
  >,
  article: Pick<Article, 'id' | 'title' | 'url' | 'publisher' | 'publishedAt'>,
) {
  return {
    id: claim.id,
    text: claim.text,
    standalone: claim.standalone,
    start: claim.start,
    end: claim.end,
    checkworthiness: round(claim.checkworthiness),
    checkworthy: claim.checkworthy,
    stage: claim.stage,
    parked: claim.parked,
    /** Base priority plus what waiting added: the queue is in this order. */
    priority: round(effectivePriority(claim.queueRank)),
    basePriority: round(claim.priority),
    overdue: claim.overdue,
    stageEnteredAt: claim.stageEnteredAt.toISOString(),
    createdAt: claim.createdAt.toISOString(),
    speaker: quote.speakerName
      ? { id: quote.speakerId, name: quote.speakerName, type: quote.speakerType, title: quote.speakerTitle }
      : null,
    quote: { id: quote.id, text: quote.text, kind: quote.kind, start: quote.start, end: quote.end },
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      publisher: article.publisher,
      publishedAt: article.publishedAt?.toISOString() ?? null,
    },
    lease: leaseView(claim),
  };
}

/** The claim's lease while it is live (see Claim.leaseLive): one whose time is up shows as no lease at all. */
export function leaseView(claim: Pick<Claim, 'leaseId' | 'leaseHolderId' | 'leaseExpiresAt' | 'leaseLive'>) {
  if (!claim.leaseId || !claim.leaseExpiresAt || !claim.leaseLive) return null;
  return { id: claim.leaseId, holderId: claim.leaseHolderId, expiresAt: claim.leaseExpiresAt.toISOString() };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
