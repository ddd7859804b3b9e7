import type { ClaimDetail, Verdict } from '../api/types';

type Match = ClaimDetail['matches'][number];

/**
 * What the matches section offers for reusing a match's verdict: `reuse` when the claim is the person's to write
 * (research, their lease) and the match is a repeat (linked or confirmed) with a published verdict; `confirm-first`
 * for a suggested match with one (the API reuses only linked or confirmed matches); nothing otherwise.
 */
export function reuseOffer(match: Match, canWrite: boolean): 'reuse' | 'confirm-first' | null {
  if (!canWrite || !match.verdict) return null;
  if (match.status === 'linked' || match.status === 'confirmed') return 'reuse';
  return match.status === 'suggested' ? 'confirm-first' : null;
}

/** Whether reusing would replace words already in the draft (worth asking first). */
export function replacesDraft(verdict: Verdict | null): boolean {
  return (
    verdict?.status === 'draft' &&
    Boolean(verdict.rating || verdict.summary || verdict.explanation || verdict.sources.length)
  );
}

/**
 * The claim whose verdict this claim's verdict was started from, with its words when the claim's matches show it (the
 * original is the matched claim, or the claim its match's verdict is published on).
 */
export function reusedOriginal(claim: ClaimDetail): { claimId: string; text: string | null; rating: string } | null {
  const from = claim.verdict?.reusedFrom;
  if (!from) return null;
  const match = claim.matches.find((found) => found.claim.id === from.claimId);
  return {
    claimId: from.claimId,
    text: match ? match.claim.standalone || match.claim.text : null,
    rating: from.rating,
  };
}
