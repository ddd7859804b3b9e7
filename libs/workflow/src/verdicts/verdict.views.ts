import { Verdict } from '@app/database';

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
