import { EntityManager } from 'typeorm';
import { Article, Claim, Quote } from '@app/database';
import type { ArticleRow, QuoteRow } from '../articles/articles.repository';
import { effectivePriority } from './claim-priority';
import type { ClaimRow } from './claims.repository';
import type { ClaimListItemDto, LeaseDto } from './dto/claim-list-item.dto';

/**
 * A claim with what a reader needs to place it: who said it, in which article. Used in lists and webhooks.
 * Kept for the verdict use cases still on TypeORM; ClaimListQuery.summaries replaces it.
 */
export async function claimSummary(manager: EntityManager, claim: Claim) {
  const [quote, article] = await Promise.all([
    manager.findOneByOrFail(Quote, { id: claim.quoteId }),
    manager.findOneByOrFail(Article, { id: claim.articleId }),
  ]);
  return claimListItem(claim, quote, article);
}

type ListedClaim = Pick<
  ClaimRow,
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
>;
type ListedQuote = Pick<
  QuoteRow,
  'id' | 'text' | 'kind' | 'start' | 'end' | 'speakerId' | 'speakerName' | 'speakerType' | 'speakerTitle'
>;
type ListedArticle = Pick<ArticleRow, 'id' | 'title' | 'url' | 'publisher' | 'publishedAt'>;

export function claimListItem(claim: ListedClaim, quote: ListedQuote, article: ListedArticle): ClaimListItemDto {
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

/** The claim's lease while it is live (see ClaimRow.leaseLive): one whose time is up shows as no lease at all. */
export function leaseView(
  claim: Pick<ClaimRow, 'leaseId' | 'leaseHolderId' | 'leaseExpiresAt' | 'leaseLive'>,
): LeaseDto | null {
  if (!claim.leaseId || !claim.leaseExpiresAt || !claim.leaseLive) return null;
  return { id: claim.leaseId, holderId: claim.leaseHolderId, expiresAt: claim.leaseExpiresAt.toISOString() };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
