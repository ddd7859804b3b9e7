import type { SentBackWordsDto, VerdictAuthorDto, VerdictDto } from './dto/verdict.dto';
import type { VerdictRow } from './verdicts.columns';

/** A version as the API shows it, with `authors`: everyone who wrote part of it, in the order they first did. */
export function verdictView(verdict: Omit<VerdictRow, 'authors'>, authors: VerdictAuthorDto[]): VerdictDto {
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
    editors: verdict.editors,
    reviewerId: verdict.reviewerId,
    reviewComment: verdict.reviewComment,
    correctionNote: verdict.correctionNote,
    reusedFrom: verdict.reusedFrom,
    supersededAt: verdict.supersededAt?.toISOString() ?? null,
    submittedAt: verdict.submittedAt?.toISOString() ?? null,
    approvedAt: verdict.approvedAt?.toISOString() ?? null,
    publishedAt: verdict.publishedAt?.toISOString() ?? null,
    updatedAt: verdict.updatedAt.toISOString(),
  };
}

/** What a version said when an editor sent it back, as the `verdict.rejected` event keeps it. */
export function sentBackWords(verdict: VerdictRow): SentBackWordsDto {
  return {
    rating: verdict.rating,
    ratingValue: verdict.ratingValue,
    summary: verdict.summary,
    explanation: verdict.explanation,
    sources: verdict.sources,
  };
}
