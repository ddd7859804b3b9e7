import { VerdictStatus } from '@app/database';
import type { ArticleRow, QuoteRow } from '../articles/articles.repository';
import { EventType } from '../events/event-type';
import type { SentBackVerdictDto, SentBackWordsDto, VerdictAuthorDto } from '../verdicts/dto/verdict.dto';
import type { SpanDto } from '../articles/dto/span.dto';
import type { MachineAttribution, MachineWords } from '../corrections/corrections.repository';
import { machineOutput } from '../corrections/corrections.views';
import { verdictView } from '../verdicts/verdict.views';
import type { VerdictRow } from '../verdicts/verdicts.columns';
import { effectivePriority } from './claim-priority';
import type { MatchRow } from './claim-matches.repository';
import type { ClaimRow } from './claims.repository';
import type { ClaimDetailDto } from './dto/claim-detail.dto';
import type { HistoryEntryDto } from './dto/claim-history.dto';
import type { ClaimListItemDto, ClaimVerdictBriefDto, LeaseDto, ReservationDto } from './dto/claim-list-item.dto';
import type { ClaimMatchDto } from './dto/claim-match.dto';

/** What every view of a claim shows of the claim itself (an article's claims, lists, the claim page). */
export type ClaimBasics = Pick<
  ClaimRow,
  'id' | 'text' | 'standalone' | 'start' | 'end' | 'checkworthiness' | 'checkworthy' | 'stage' | 'parked' | 'origin'
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
    | 'reservedForId'
    | 'reservedForName'
    | 'reservedUntil'
    | 'reservationLive'
  >;
type ListedQuote = Pick<
  QuoteRow,
  'id' | 'text' | 'kind' | 'start' | 'end' | 'speakerId' | 'speakerName' | 'speakerType' | 'speakerTitle'
>;
type ListedArticle = Pick<ArticleRow, 'id' | 'title' | 'url' | 'publisher' | 'publishedAt'>;

/** The work done on a claim, as lists show it: its time in research and its latest verdict in brief. */
export type ClaimWork = Pick<ClaimListItemDto, 'researchSeconds' | 'latestVerdict'>;

/** A claim fresh from triage: nothing done on it yet. */
export const NO_WORK_YET: ClaimWork = { researchSeconds: 0, latestVerdict: null };

/** The latest verdict in brief as SQL reads it (LATEST_VERDICT_BRIEF_JSON): its time as Postgres writes it. */
export type StoredVerdictBrief = Omit<ClaimVerdictBriefDto, 'submittedAt'> & { submittedAt: string | null };

/** The work on a claim from what SQL read: whole seconds, times in ISO 8601 UTC. */
export function workView(researchSeconds: number, latest: StoredVerdictBrief | null): ClaimWork {
  return {
    researchSeconds: Math.round(researchSeconds),
    latestVerdict: latest && {
      ...latest,
      submittedAt: latest.submittedAt === null ? null : new Date(latest.submittedAt).toISOString(),
    },
  };
}

/**
 * A claim with what a reader needs to place it: who said it, in which article, and the work done on it. Used in lists
 * and webhooks.
 */
export function claimListItem(
  claim: ListedClaim,
  quote: ListedQuote,
  article: ListedArticle,
  work: ClaimWork,
): ClaimListItemDto {
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
    ...work,
    reservation: reservationView(claim),
  };
}

/** One claim with everything a fact-checker needs: its quote in full, its verdicts, history and matches. */
export function claimDetail(
  claim: ListedClaim & Pick<ClaimRow, 'dismissedReason' | 'derivedFrom' | 'replacedBy'> & { researchSeconds: number },
  quote: ListedQuote & QuoteSpanColumns,
  article: ListedArticle,
  verdicts: VerdictRow[],
  history: HistoryEntryDto[],
  matches: MatchRow[],
  corrections: { claimMachine: MachineWords | null; quoteMachine: MachineAttribution | null; notAQuote: boolean },
): ClaimDetailDto {
  const [latest] = verdicts;
  const view: Omit<ClaimDetailDto, 'machine'> = {
    ...claimListItem(claim, quote, article, {
      researchSeconds: Math.round(claim.researchSeconds),
      latestVerdict: latest ? verdictBrief(latest) : null,
    }),
    quote: {
      id: quote.id,
      text: quote.text,
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      ...quoteSpans(quote),
      notAQuote: corrections.notAQuote,
    },
    dismissedReason: claim.dismissedReason,
    derivedFrom: claim.derivedFrom,
    replacedBy: claim.replacedBy,
    verdict: latest ? verdictView(latest, latest.authors) : null,
    draftInheritedFrom: latest ? draftInheritedFrom(latest, leaseView(claim)?.holderId ?? null) : null,
    verdicts: verdicts.map((verdict) => verdictView(verdict, verdict.authors)),
    sentBack: latest ? lastSentBack(latest, history) : null,
    history,
    matches: matches.map(matchView),
  };
  return { ...view, machine: machineOutput(view, corrections.claimMachine, corrections.quoteMachine) };
}

function verdictBrief(verdict: VerdictRow): ClaimVerdictBriefDto {
  return {
    id: verdict.id,
    version: verdict.version,
    status: verdict.status,
    rating: verdict.rating,
    ratingValue: verdict.ratingValue,
    authors: verdict.authors,
    submittedAt: verdict.submittedAt?.toISOString() ?? null,
    sentBack:
      verdict.reviewComment !== null &&
      (verdict.status === VerdictStatus.Draft || verdict.status === VerdictStatus.Submitted),
  };
}

/**
 * The version as an editor last sent it back, from the history's `verdict.rejected` events (which keep the words sent
 * back since the claim page shows them); null when it never was, or was sent back before the words were kept.
 */
function lastSentBack(verdict: VerdictRow, history: HistoryEntryDto[]): SentBackVerdictDto | null {
  const rejection = history.findLast(
    (entry) => entry.type === (EventType.VerdictRejected as string) && entry.data.verdictId === verdict.id,
  );
  const words = rejection?.data.sentBack as SentBackWordsDto | undefined;
  if (!rejection || !words) return null;
  return {
    verdictId: verdict.id,
    version: verdict.version,
    rating: words.rating,
    ratingValue: words.ratingValue,
    summary: words.summary,
    explanation: words.explanation,
    sources: words.sources,
    comment: typeof rejection.data.comment === 'string' ? rejection.data.comment : '',
    by: { id: rejection.actor.id ?? '', name: rejection.actor.name ?? '' },
    at: rejection.at,
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
    origin: claim.origin,
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

/** The claim's reservation while it is live; one whose time is up shows as none (an ordinary claim). */
function reservationView(
  claim: Pick<ClaimRow, 'reservedForId' | 'reservedForName' | 'reservedUntil' | 'reservationLive'>,
): ReservationDto | null {
  if (!claim.reservedForId || !claim.reservedUntil || !claim.reservationLive) return null;
  return { userId: claim.reservedForId, name: claim.reservedForName ?? '', until: claim.reservedUntil.toISOString() };
}

/**
 * Whose draft the holder took over: a draft the holder did not start, or last written by someone else, was
 * inherited from its last other writer.
 */
function draftInheritedFrom(
  verdict: Pick<VerdictRow, 'status' | 'authorId' | 'authors'>,
  holderId: string | null,
): VerdictAuthorDto | null {
  if (verdict.status !== VerdictStatus.Draft || !holderId) return null;
  const others = verdict.authors.filter((author) => author.id !== holderId);
  if (others.length === 0) return null;
  if (verdict.authors[0].id === holderId && verdict.authorId === holderId) return null;
  const author = others.find((other) => other.id === verdict.authorId) ?? others[others.length - 1];
  return { id: author.id, name: author.name };
}

function matchView(row: MatchRow): ClaimMatchDto {
  return {
    id: row.id,
    status: row.status,
    similarity: Math.round(Number(row.similarity) * 1000) / 1000,
    claim: { id: row.claimId, text: row.text, standalone: row.standalone, stage: row.stage, speaker: row.speakerName },
    article: { id: row.articleId, title: row.articleTitle, url: row.articleUrl, publisher: row.publisher },
    verdict:
      row.verdictId && row.verdictClaimId && row.version !== null && row.publishedAt
        ? {
            id: row.verdictId,
            claimId: row.verdictClaimId,
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
