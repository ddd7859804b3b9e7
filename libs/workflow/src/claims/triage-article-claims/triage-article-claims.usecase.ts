import { Injectable } from '@nestjs/common';
import { ClaimOrigin, ClaimStage, Database, SYSTEM_USER_ID } from '@app/database';
import { ArticleRow, ArticlesRepository, QuoteRow } from '../../articles/articles.repository';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog, Happening } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { asVoiceStatement, ClaimFingerprint, claimFingerprint } from '@app/extraction';
import { CheckworthinessModelsRepository } from '../../ranking/checkworthiness-models.repository';
import { ModelInService, VersionInService } from '../../ranking/model-in-service';
import { ClaimMatchesRepository, NewClaimMatch } from '../claim-matches.repository';
import { findMatches, FoundMatch, repeatBands } from '../claim-matching';
import { basePriority, PROMINENT_AFTER_ARTICLES } from '../claim-priority';
import { claimListItem, NO_WORK_YET } from '../claim-views';
import { ClaimRow, ClaimsRepository, TriagedClaim } from '../claims.repository';
import { TriageArticleClaimsCommand } from './triage-article-claims.command';

/**
 * Ranks an article's new claims, links them to earlier claims that say the same, and routes them: check-worthy
 * ones, and every claim a person made (choosing it was its triage), enter research (and `claim.ready` goes out),
 * the rest are parked in triage, where they stay listed and can be promoted by a person. None is dropped. All of an article's claims are written with a handful of statements, in
 * four round trips before the events: the claims (locked) with their article, quotes and speakers' prominence; the
 * match query; the claims' new state with their matches.
 */
@Injectable()
export class TriageArticleClaimsUseCase {
  constructor(
    private readonly database: Database,
    private readonly claims: ClaimsRepository,
    private readonly claimMatches: ClaimMatchesRepository,
    private readonly articles: ArticlesRepository,
    private readonly events: EventLog,
    private readonly models: CheckworthinessModelsRepository,
    private readonly modelInService: ModelInService,
  ) {}

  async execute({ articleId }: TriageArticleClaimsCommand): Promise<JobOutcome> {
    return this.database.transaction(async (tx) => {
      const [locked, [article], quotes, prominence, [inService]] = (await tx.pipeline([
        this.claims.lockUntriagedSql(articleId),
        this.articles.withNewsAgeSql(articleId),
        this.articles.quotesSql(articleId),
        this.articles.prominenceSql(articleId, PROMINENT_AFTER_ARTICLES),
        this.models.inServiceSql(),
      ])) as [
        ClaimRow[],
        (ArticleRow & { newsAgeHours: number })[],
        QuoteRow[],
        { speakerId: string; articles: number }[],
        VersionInService[],
      ];
      if (locked.length === 0) return skipped('no untriaged claims');
      // Scored by the model in service (which is the version every triaged claim records).
      const scoring = await this.modelInService.scoring(tx, inService);
      // the article's own statements the extraction found keep the voice's higher bar under any model
      const voice = new Set(quotes.filter((quote) => quote.kind === 'statement').map((quote) => quote.id));
      const rescore = (claim: ClaimRow) => {
        const scored = scoring.score?.(claim.standalone || claim.text);
        return scored && claim.origin === ClaimOrigin.Extraction && voice.has(claim.quoteId)
          ? asVoiceStatement(scored)
          : scored;
      };
      const untriaged = locked.map((claim) => ({
        ...claim,
        ...rescore(claim),
        checkworthinessModel: scoring.modelId,
      }));
      const articlesBySpeaker = new Map(prominence.map((row) => [row.speakerId, row.articles]));
      const fingerprints = new Map(
        untriaged.map((claim) => [claim.id, claimFingerprint(claim.standalone || claim.text)]),
      );
      const matchesByClaim = await findMatches(
        this.claimMatches,
        tx,
        untriaged.map((claim) => ({ id: claim.id, ...fingerprints.get(claim.id)! })),
      );

      const context = { articlesBySpeaker, newsAgeHours: article.newsAgeHours };
      const decisions = untriaged.map((claim) =>
        triageDecision(claim, fingerprints.get(claim.id)!, matchesByClaim.get(claim.id), context),
      );
      const matches = triageMatches(untriaged, matchesByClaim);
      const [written] = (await tx.pipeline([
        this.claims.recordTriageSql(decisions),
        ...(matches.length > 0 ? [this.claimMatches.insertSql(matches)] : []),
      ])) as [ClaimRow[]];
      const triagedById = new Map(written.map((claim) => [claim.id, claim]));
      const triaged = untriaged.map((claim) => triagedById.get(claim.id)!);

      const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
      await this.events.record(tx, triageHappenings(triaged, article, quoteById, matchesByClaim));
      const ready = triaged.filter(goesToResearch).length;
      return done(`${ready} ready, ${triaged.length - ready} parked`);
    });
  }
}

/**
 * What triage decides for a claim (scored by the model in service): its base priority (check-worthiness, the speaker's
 * prominence, the news' age), whether it enters research or is parked, and the repeat bands and key it keeps.
 */
export function triageDecision(
  claim: Pick<ClaimRow, 'id' | 'checkworthiness' | 'checkworthy' | 'origin' | 'stage' | 'speakerId'> & {
    checkworthinessModel: number | null;
  },
  fingerprint: ClaimFingerprint,
  matches: FoundMatch[] | undefined,
  context: { articlesBySpeaker: Map<string, number>; newsAgeHours: number },
): TriagedClaim {
  return {
    id: claim.id,
    checkworthiness: claim.checkworthiness,
    checkworthy: claim.checkworthy,
    checkworthinessModel: claim.checkworthinessModel,
    priority: basePriority({
      checkworthiness: claim.checkworthiness,
      speakerArticles: claim.speakerId ? (context.articlesBySpeaker.get(claim.speakerId) ?? 1) : 0,
      newsAgeHours: context.newsAgeHours,
    }),
    parked: !dismissedBefore(claim) && !goesToResearch(claim),
    stage: goesToResearch(claim) ? ClaimStage.Research : claim.stage,
    // A repeat of an earlier claim stays out of the band index: later repeats find the first one; so does a claim
    // dismissed before its triage, which is nobody's original.
    matchBands: dismissedBefore(claim) ? [] : repeatBands(fingerprint.bands, matches),
    matchKey: fingerprint.key,
  };
}

/** The matches to store for triaged claims (none for a claim dismissed before its triage). */
export function triageMatches(claims: ClaimRow[], matchesByClaim: Map<string, FoundMatch[]>): NewClaimMatch[] {
  return claims
    .filter((claim) => !dismissedBefore(claim))
    .flatMap((claim) => (matchesByClaim.get(claim.id) ?? []).map((match) => ({ claimId: claim.id, ...match })));
}

/** The events of triaged claims (as stored after triage): `claim.ready` with its webhook, or `claim.parked`. */
export function triageHappenings(
  triaged: ClaimRow[],
  article: ArticleRow,
  quoteById: Map<string, QuoteRow>,
  matchesByClaim: Map<string, FoundMatch[]>,
): Happening[] {
  return triaged
    .filter((claim) => !dismissedBefore(claim))
    .map((claim) => ({
      type: goesToResearch(claim) ? EventType.ClaimReady : EventType.ClaimParked,
      actorId: SYSTEM_USER_ID,
      articleId: claim.articleId,
      claimId: claim.id,
      data: {
        checkworthiness: claim.checkworthiness,
        priority: claim.priority,
        matches: (matchesByClaim.get(claim.id) ?? []).map(({ matchedClaimId, similarity, status }) => ({
          matchedClaimId,
          similarity,
          status,
        })),
      },
      webhook: goesToResearch(claim)
        ? () => ({ claim: claimListItem(claim, quoteById.get(claim.quoteId)!, article, NO_WORK_YET) })
        : undefined,
    }));
}

/**
 * Check-worthy by the model, or made by a person: a person choosing a claim outweighs the model's score. Never a claim
 * dismissed before its triage ran (its quote marked nobody's, split, merged): it stays dismissed.
 */
function goesToResearch(claim: Pick<ClaimRow, 'checkworthy' | 'origin' | 'stage'>): boolean {
  return !dismissedBefore(claim) && (claim.checkworthy || claim.origin !== ClaimOrigin.Extraction);
}

/** A claim a person dismissed between its extraction (or making) and its triage: triage only marks it triaged. */
function dismissedBefore(claim: Pick<ClaimRow, 'stage'>): boolean {
  return claim.stage === ClaimStage.Dismissed;
}
