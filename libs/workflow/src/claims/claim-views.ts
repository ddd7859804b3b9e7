import type { ArticleRow, QuoteRow } from '../articles/articles.repository';
import { verdictView } from '../verdicts/verdict.views';
import type { VerdictRow } from '../verdicts/verdicts.columns';
import { effectivePriority } from './claim-priority';
import type { MatchRow } from './claim-matches.repository';
import type { ClaimRow } from './claims.repository';
import type { ClaimDetailDto } from './dto/claim-detail.dto';
import type { HistoryEntryDto } from './dto/claim-history.dto';
import type { ClaimListItemDto, LeaseDto } from './dto/claim-list-item.dto';
import type { ClaimMatchDto } from './dto/claim-match.dto';

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

/** A claim with what a reader needs to place it: who said it, in which article. Used in lists and webhooks. */
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

/** One claim with everything a fact-checker needs: its quote in full, its verdicts, history and matches. */
export function claimDetail(
  claim: ListedClaim & Pick<ClaimRow, 'dismissedReason'>,
  quote: ListedQuote &
    Pick<QuoteRow, 'mentionText' | 'mentionStart' | 'mentionEnd' | 'cueText' | 'cueStart' | 'cueEnd'>,
  article: ListedArticle,
  verdicts: VerdictRow[],
  history: HistoryEntryDto[],
  matches: MatchRow[],
): ClaimDetailDto {
  return {
    ...claimListItem(claim, quote, article),
    quote: {
      id: quote.id,
      text: quote.text,
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      mention:
        quote.mentionStart === null || quote.mentionEnd === null || quote.mentionText === null
          ? null
          : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd },
      cue:
        quote.cueStart === null || quote.cueEnd === null || quote.cueText === null
          ? null
          : { text: quote.cueText, start: quote.cueStart, end: quote.cueEnd },
    },
    dismissedReason: claim.dismissedReason,
    verdict: verdicts[0] ? verdictView(verdicts[0], verdicts[0].authors) : null,
    verdicts: verdicts.map((verdict) => verdictView(verdict, verdict.authors)),
    history,
    matches: matches.map(matchView),
  };
}

/** The claim's lease while it is live (see ClaimRow.leaseLive): one whose time is up shows as no lease at all. */
function leaseView(
  claim: Pick<ClaimRow, 'leaseId' | 'leaseHolderId' | 'leaseExpiresAt' | 'leaseLive'>,
): LeaseDto | null {
  if (!claim.leaseId || !claim.leaseExpiresAt || !claim.leaseLive) return null;
  return { id: claim.leaseId, holderId: claim.leaseHolderId, expiresAt: claim.leaseExpiresAt.toISOString() };
}

function matchView(row: MatchRow): ClaimMatchDto {
  return {
    id: row.id,
    status: row.status,
    similarity: Math.round(Number(row.similarity) * 1000) / 1000,
    claim: { id: row.claimId, text: row.text, standalone: row.standalone, stage: row.stage, speaker: row.speakerName },
    article: { id: row.articleId, title: row.articleTitle, url: row.articleUrl, publisher: row.publisher },
    verdict:
      row.verdictId && row.version !== null && row.publishedAt
        ? {
            id: row.verdictId,
            version: row.version,
            rating: row.rating,
            ratingValue: row.ratingValue,
            summary: row.summary,
            publishedAt: row.publishedAt.toISOString(),
          }
        : null,
  };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
