import type { ArticleRow, QuoteRow } from '../articles/articles.repository';
import type { SpanDto } from '../articles/dto/span.dto';
import { verdictView } from '../verdicts/verdict.views';
import type { VerdictRow } from '../verdicts/verdicts.columns';
import { effectivePriority } from './claim-priority';
import type { MatchRow } from './claim-matches.repository';
import type { ClaimRow } from './claims.repository';
import type { ClaimDetailDto } from './dto/claim-detail.dto';
import type { HistoryEntryDto } from './dto/claim-history.dto';
import type { ClaimListItemDto, LeaseDto } from './dto/claim-list-item.dto';
import type { ClaimMatchDto } from './dto/claim-match.dto';

/** What every view of a claim shows of the claim itself (an article's claims, lists, the claim page). */
export type ClaimBasics = Pick<
  ClaimRow,
  'id' | 'text' | 'standalone' | 'start' | 'end' | 'checkworthiness' | 'checkworthy' | 'stage' | 'parked'
>;
type ListedClaim = ClaimBasics &
  Pick<
    ClaimRow,
    | 'queueRank'
    | 'priority'
    | 'overdue'
    | 'stageEnteredAt'
    | 'createdAt'
    | 'leaseId'
    | 'leaseHolderId'
    | 'leaseHolderName'
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
    ...claimBasics(claim),
    /** Base priority plus what waiting added: the queue is in this order. */
    priority: roundScore(effectivePriority(claim.queueRank)),
    basePriority: roundScore(claim.priority),
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
  quote: ListedQuote & QuoteSpanColumns,
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
      ...quoteSpans(quote),
    },
    dismissedReason: claim.dismissedReason,
    verdict: verdicts[0] ? verdictView(verdicts[0], verdicts[0].authors) : null,
    verdicts: verdicts.map((verdict) => verdictView(verdict, verdict.authors)),
    history,
    matches: matches.map(matchView),
  };
}

/** A claim's own fields as every view shows them, its score rounded. */
export function claimBasics(claim: ClaimBasics): Pick<ClaimListItemDto, keyof ClaimBasics> {
  return {
    id: claim.id,
    text: claim.text,
    standalone: claim.standalone,
    start: claim.start,
    end: claim.end,
    checkworthiness: roundScore(claim.checkworthiness),
    checkworthy: claim.checkworthy,
    stage: claim.stage,
    parked: claim.parked,
  };
}

type QuoteSpanColumns = Pick<
  QuoteRow,
  'mentionText' | 'mentionStart' | 'mentionEnd' | 'cueText' | 'cueStart' | 'cueEnd'
>;

/** Where a quote names its speaker and where the reporting cue is; null where the extraction found none. */
export function quoteSpans(quote: QuoteSpanColumns): { mention: SpanDto | null; cue: SpanDto | null } {
  return {
    mention:
      quote.mentionStart === null || quote.mentionEnd === null || quote.mentionText === null
        ? null
        : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd },
    cue:
      quote.cueStart === null || quote.cueEnd === null || quote.cueText === null
        ? null
        : { text: quote.cueText, start: quote.cueStart, end: quote.cueEnd },
  };
}

/** The claim's lease while it is live (see ClaimRow.leaseLive): one whose time is up shows as no lease at all. */
function leaseView(
  claim: Pick<ClaimRow, 'leaseId' | 'leaseHolderId' | 'leaseHolderName' | 'leaseExpiresAt' | 'leaseLive'>,
): LeaseDto | null {
  if (!claim.leaseId || !claim.leaseExpiresAt || !claim.leaseLive) return null;
  return {
    id: claim.leaseId,
    holderId: claim.leaseHolderId,
    holderName: claim.leaseHolderName ?? null,
    expiresAt: claim.leaseExpiresAt.toISOString(),
  };
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

/** Scores (check-worthiness, priorities) are shown to four places. */
export function roundScore(value: number): number {
  return Math.round(value * 10000) / 10000;
}
