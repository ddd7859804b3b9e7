import { ClaimMatchStatus, Queryable, SQLQuery } from '@app/database';
import { lexicon, NEGATION } from '@app/extraction';
import { CandidateLimits, CandidateRow, ClaimMatchesRepository, MatchTarget } from './claim-matches.repository';

/** Trigram similarity at or above which two claims are the same claim, linked without asking. */
export const LINK_SIMILARITY = 0.85;
/** At or above this, a person is asked to confirm. */
const SUGGEST_SIMILARITY = 0.45;

/**
 * How far triage looks for repeats: shorter normalised texts match too easily to mean anything; at most 200 claims
 * sharing a band are considered per claim (a guard against very common bands), the 10 of those sharing the most
 * bands get a trigram score, and the 5 most similar are kept.
 */
const REPEAT_SEARCH: CandidateLimits = {
  minLength: 16,
  maxCandidates: 200,
  scoredCandidates: 10,
  minSimilarity: SUGGEST_SIMILARITY,
  perClaim: 5,
};

export interface FoundMatch {
  matchedClaimId: string;
  similarity: number;
  status: ClaimMatchStatus;
}

/**
 * Earlier claims from other articles that say the same as each of the given claims, in one query: candidates share a
 * MinHash band, pg_trgm similarity of the match keys (normalised words) decides. Identical or contained wording, or
 * similarity ≥ LINK_SIMILARITY, is linked; ≥ SUGGEST_SIMILARITY is suggested; but two claims whose numbers differ, or
 * one of which is negated and the other not, are not matched (matchStatus). Only claims that are not themselves
 * repeats carry bands (see repeatBands), so a quote repeated in a hundred articles is one candidate.
 */
export async function findMatches(
  matches: ClaimMatchesRepository,
  db: Queryable,
  targets: MatchTarget[],
): Promise<Map<string, FoundMatch[]>> {
  const query = matchQuery(matches, targets);
  return query ? matchesOf(targets, await db.query<CandidateRow>(query)) : new Map();
}

/** `findMatches`' statement, to pipeline with others; null when no target can be searched (none has bands). */
export function matchQuery(matches: ClaimMatchesRepository, targets: MatchTarget[]): SQLQuery | null {
  const searched = targets.filter((target) => target.bands.length > 0);
  return searched.length > 0 ? matches.candidatesSql(searched, REPEAT_SEARCH) : null;
}

/** What `matchQuery`'s candidates count as, by claim. */
export function matchesOf(targets: MatchTarget[], candidates: CandidateRow[]): Map<string, FoundMatch[]> {
  const found = new Map<string, FoundMatch[]>();
  const keys = new Map(targets.map((target) => [target.id, target.key]));
  for (const candidate of candidates) {
    const similarity = Number(candidate.similarity);
    const status = matchStatus(similarity, candidate.contained, keys.get(candidate.claimId)!, candidate.matchedKey);
    if (!status) continue;
    found.set(candidate.claimId, [
      ...(found.get(candidate.claimId) ?? []),
      { matchedClaimId: candidate.matchedClaimId, similarity, status },
    ]);
  }
  return found;
}

/**
 * How a candidate counts: linked when the wording is contained or similar enough, suggested otherwise; not at all
 * when only one of the two is negated, one says a word where the other says its antonym, or each carries a number
 * (or a place) the other lacks, however alike the rest: "crime fell 5 percent in 2019" is not "crime fell 50 percent
 * in 2019", nor "the tax is legal" "the tax is not legal" or "the tax is illegal", nor "tariffs hurt Ohio farmers"
 * "tariffs hurt Iowa farmers" (though "crime fell 5 percent" is "crime fell 5 percent in 2019").
 */
export function matchStatus(
  similarity: number,
  contained: boolean,
  key: string,
  matchedKey: string,
): 'linked' | 'suggested' | null {
  const words = new Set(key.split(' '));
  const matchedWords = new Set(matchedKey.split(' '));
  if (words.has(NEGATION) !== matchedWords.has(NEGATION)) return null;
  const { antonyms, placeWords } = lexicon();
  const onlyOwn = [...words].filter((word) => !matchedWords.has(word));
  const onlyMatched = new Set([...matchedWords].filter((word) => !words.has(word)));
  if (onlyOwn.some((word) => [...(antonyms.get(word) ?? [])].some((antonym) => onlyMatched.has(antonym)))) return null;
  for (const marks of [(word: string) => /^\d/.test(word), (word: string) => placeWords.has(word)]) {
    const own = [...words].filter(marks);
    const matched = [...matchedWords].filter(marks);
    if (own.some((word) => !matchedWords.has(word)) && matched.some((word) => !words.has(word))) return null;
  }
  return similarity >= LINK_SIMILARITY || contained ? 'linked' : 'suggested';
}

/**
 * The bands a claim keeps in the index: none when it repeats an earlier claim (a match linked automatically or
 * confirmed by a person), so later repeats are matched with the first of them.
 */
export function repeatBands(bands: number[], matches: { status: ClaimMatchStatus }[] = []): number[] {
  return matches.some((match) => match.status === 'linked' || match.status === 'confirmed') ? [] : bands;
}
