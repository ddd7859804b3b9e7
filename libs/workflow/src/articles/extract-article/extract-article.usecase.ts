import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import {
  ArticleStatus,
  ClaimOrigin,
  ClaimStage,
  Database,
  prepare,
  SpeakerType,
  sql,
  SYSTEM_USER_ID,
} from '@app/database';
import {
  asVoiceStatement,
  bylinePerson,
  ExtractionLimitError,
  ExtractionPoolBusyError,
  StorableExtraction,
} from '@app/extraction';
import { CandidateRow, ClaimMatchesRepository } from '../../claims/claim-matches.repository';
import { matchesOf, matchQuery } from '../../claims/claim-matching';
import { PROMINENT_AFTER_ARTICLES } from '../../claims/claim-priority';
import { ClaimRow, ClaimsRepository } from '../../claims/claims.repository';
import { triageDecision, triageHappenings } from '../../claims/triage-article-claims/triage-article-claims.usecase';
import { CheckworthinessModelsRepository } from '../../ranking/checkworthiness-models.repository';
import { ModelInService, VersionInService } from '../../ranking/model-in-service';
import { done, JobOutcome, skipped } from '../../common/result';
import { EventLog } from '../../events/event-log';
import { EventType } from '../../events/event-type';
import { articleSummary } from '../article.views';
import { ArticleRow, ArticlesRepository, NewSpeaker, QuoteRow } from '../articles.repository';
import { articleVoice } from '../article-voice';
import { ExtractionThreads } from '../extraction-threads';
import { speakerNameKey } from '../speaker-name-key';
import { FailArticleExtractionCommand } from '../fail-article-extraction/fail-article-extraction.command';
import { FailArticleExtractionUseCase } from '../fail-article-extraction/fail-article-extraction.usecase';
import { ExtractArticleCommand } from './extract-article.command';

/**
 * The extractor itself failed on this article's text (not the database or the queue): retrying the same text can
 * only fail the same way a few times before the article is marked failed.
 */
export class ExtractionFailedError extends Error {
  constructor(reason: string) {
    super(`extraction failed: ${reason}`);
    this.name = 'ExtractionFailedError';
  }
}

/**
 * Runs the extraction on a received article (in an extraction thread, under its time limit, which also makes each
 * claim's fingerprint for repeat matching) and stores its quotes, speakers and claims, the claims already triaged
 * (ranked, matched with earlier claims, routed to research or parked, as TriageArticleClaimsUseCase does for claims
 * people make), so each claim is written once. An article beyond the extraction's bounds fails the same way every
 * time, so it is marked failed at once with the reason; a busy pool says nothing about the article, so the job fails
 * and runs again; any other failure of the extractor is an ExtractionFailedError. Idempotent: the article row is
 * locked and a second run over an extracted article changes nothing.
 */
@Injectable()
export class ExtractArticleUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly threads: ExtractionThreads,
    private readonly articles: ArticlesRepository,
    private readonly claims: ClaimsRepository,
    private readonly claimMatches: ClaimMatchesRepository,
    private readonly models: CheckworthinessModelsRepository,
    private readonly modelInService: ModelInService,
    private readonly events: EventLog,
    private readonly failExtraction: FailArticleExtractionUseCase,
  ) {}

  async execute({ articleId }: ExtractArticleCommand): Promise<JobOutcome> {
    const waiting = await this.articles.startExtraction(this.database, articleId);
    if (!waiting) return skipped('article is not waiting for extraction');
    let quotes: StoredQuote[];
    try {
      const voice = articleVoice(waiting) ?? undefined;
      const found = await this.threads.extractForStorage(
        waiting.body,
        this.config.EXTRACTION_TIME_LIMIT_SECONDS * 1000,
        {
          claimsFrom: waiting.claimsFrom,
          voice,
          // the article's own "I" is its first author who is a person (as written: "UPI" is an agency, "Upi" would not be)
          author: waiting.authors.find((name) => bylinePerson(name)),
        },
      );
      // the article's own statements are quotes of kind `statement`, among the others in text order
      quotes = found.statements?.length
        ? [...found.quotes, ...found.statements].sort((a, b) => a.start - b.start || a.end - b.end)
        : found.quotes;
    } catch (error) {
      if (error instanceof ExtractionLimitError) {
        await this.failExtraction.execute(
          new FailArticleExtractionCommand(articleId, `the article was refused: ${error.message}`),
        );
        return done(`refused: ${error.kind}`);
      }
      if (error instanceof ExtractionPoolBusyError) throw error;
      throw new ExtractionFailedError(error instanceof Error ? error.message : String(error));
    }

    // Speakers are shared by every article: stored on their own, outside the article's transaction, so the row
    // locks of a popular speaker last one statement, not a whole extraction. A speaker left behind by an extraction
    // that fails later is harmless: the retry finds it.
    const speakerIds = await this.storeSpeakers(quotes);
    return this.database.transaction(async (tx) => {
      // Ids are made here so that quotes and claims each go in with one multi-row INSERT, and matches can name them.
      const quoteRows = quotes.map((extracted, position) => quoteRow(articleId, position, extracted, speakerIds));
      const found = quotes.flatMap((extracted, index) =>
        extracted.claims.map((claim, position) => ({
          claim: {
            id: randomUUID(),
            articleId,
            quoteId: quoteRows[index].id,
            position,
            text: claim.text,
            standalone: claim.standalone,
            start: claim.start,
            end: claim.end,
            speakerId: quoteRows[index].speakerId,
            checkworthiness: clamp01(claim.checkworthiness),
            checkworthy: claim.checkworthy,
            origin: ClaimOrigin.Extraction,
            stage: ClaimStage.Triage,
          },
          fingerprint: claim.fingerprint,
        })),
      );
      const targets = found.map(({ claim, fingerprint }) => ({
        id: claim.id,
        ...fingerprint,
        unstored: { articleId, standalone: claim.standalone },
      }));
      const matchSql = matchQuery(this.claimMatches, targets);
      // The claims are triaged as they are stored, so each is written once. First round trip: the article's row
      // locked and its status (another run of the job may have extracted it meanwhile), the quotes (which the
      // speakers' prominence counts; written only if the article is still being extracted), the article's age and the
      // repeat candidates.
      // The job's statements are prepared (`prepare`): the same text for every article, planned once on each
      // connection instead of every time. All but the repeat candidates' search, whose plan is left to its values.
      const [[locked], , [article], prominence, candidates, [inService]] = (await tx.pipeline([
        prepare(this.articles.lockStatusSql(articleId)),
        quoteRows.length > 0 ? prepare(this.articles.insertQuotesSql(articleId, quoteRows)) : sql`SELECT 1`,
        prepare(this.articles.withNewsAgeSql(articleId)),
        prepare(this.articles.prominenceSql(articleId, PROMINENT_AFTER_ARTICLES)),
        matchSql ?? sql`SELECT NULL WHERE false`,
        prepare(this.models.inServiceSql()),
      ])) as [
        { status: ArticleStatus }[],
        unknown,
        (ArticleRow & { newsAgeHours: number })[],
        { speakerId: string; articles: number }[],
        CandidateRow[],
        VersionInService[],
      ];
      // Nothing was written: the transaction ends with reads only.
      if (locked?.status !== ArticleStatus.Extracting) return skipped('already extracted');
      const matchesByClaim = matchesOf(targets, candidates);
      const context = {
        articlesBySpeaker: new Map(prominence.map((row) => [row.speakerId, row.articles])),
        newsAgeHours: article.newsAgeHours,
      };
      // Scored as triage scores: by the model in service, which every triaged claim records.
      const scoring = await this.modelInService.scoring(tx, inService);
      // The article's own statements keep the voice's higher bar under any model, as in triage.
      const voice = new Set(quoteRows.filter((quote) => quote.kind === 'statement').map((quote) => quote.id));
      const rescore = (claim: { standalone: string; text: string; quoteId: string }) => {
        const scored = scoring.score?.(claim.standalone || claim.text);
        return scored && voice.has(claim.quoteId) ? asVoiceStatement(scored) : scored;
      };
      const claimRows = found.map(({ claim, fingerprint }) => {
        const scored = { ...claim, ...rescore(claim), checkworthinessModel: scoring.modelId };
        return { ...scored, ...triageDecision(scored, fingerprint, matchesByClaim.get(claim.id), context) };
      });
      const matches = claimRows.flatMap((claim) =>
        (matchesByClaim.get(claim.id) ?? []).map((match) => ({ claimId: claim.id, ...match })),
      );
      // Second round trip: the claims with their first stage period, their matches, the article's new status.
      const results = await tx.pipeline(
        [
          ...(claimRows.length > 0 ? [this.claims.insertExtractedSql(claimRows)] : []),
          ...(matches.length > 0 ? [this.claimMatches.insertSql(matches)] : []),
          this.articles.markExtractedSql(articleId),
        ].map(prepare),
      );
      const [extracted] = results[results.length - 1] as ArticleRow[];
      const stored = (claimRows.length > 0 ? results[0] : []) as ClaimRow[];
      const quoteById = new Map(quoteRows.map((quote) => [quote.id, quote]));
      await this.events.record(tx, [
        {
          type: EventType.ArticleExtracted,
          actorId: SYSTEM_USER_ID,
          articleId,
          data: { quotes: quotes.length, claims: claimRows.length, worker: this.config.workerName },
          webhook: {
            article: { ...articleSummary(extracted), quoteCount: quotes.length, claimCount: claimRows.length },
          },
        },
        ...triageHappenings(stored, extracted, quoteById, matchesByClaim),
      ]);
      const ready = stored.filter((claim) => claim.stage === ClaimStage.Research).length;
      return done(
        `${quotes.length} quotes, ${claimRows.length} claims: ${ready} ready, ${claimRows.length - ready} parked`,
      );
    });
  }

  /** One speaker row per normalised name and type across all articles; the id of each, by speakerKey. */
  private async storeSpeakers(quotes: StoredQuote[]): Promise<Map<string, string>> {
    const unique = new Map<string, NewSpeaker>();
    for (const { speaker } of quotes) {
      if (!speaker || speaker.type === 'unknown' || !speaker.name.trim()) continue;
      const key = speakerKey(speaker);
      if (!unique.has(key)) {
        unique.set(key, {
          name: speaker.name.trim(),
          nameKey: speakerNameKey(speaker.name),
          type: speaker.type,
          title: speaker.title ?? null,
        });
      }
    }
    // Sorted so concurrent extractions take the row locks in the same order.
    const speakers = [...unique.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, speaker]) => speaker);
    const stored = await this.articles.upsertSpeakers(this.database, speakers);
    return new Map(stored.map((row) => [`${row.type}:${row.nameKey}`, row.id]));
  }
}

/** A quote or a statement of the article's own voice, its claims with their fingerprints for repeat matching. */
type StoredQuote = StorableExtraction['quotes'][number] | NonNullable<StorableExtraction['statements']>[number];

function quoteRow(
  articleId: string,
  position: number,
  extracted: StoredQuote,
  speakerIds: Map<string, string>,
): QuoteRow {
  const { speaker, cue } = extracted;
  return {
    id: randomUUID(),
    articleId,
    position,
    text: extracted.text,
    start: extracted.start,
    end: extracted.end,
    kind: extracted.kind,
    speakerId: speaker ? (speakerIds.get(speakerKey(speaker)) ?? null) : null,
    speakerName: speaker?.name ?? null,
    speakerType: speaker?.type ?? null,
    speakerTitle: speaker?.title ?? null,
    mentionText: speaker?.mention?.text ?? null,
    mentionStart: speaker?.mention?.start ?? null,
    mentionEnd: speaker?.mention?.end ?? null,
    cueText: cue?.text ?? null,
    cueStart: cue?.start ?? null,
    cueEnd: cue?.end ?? null,
  };
}

function speakerKey(speaker: { name: string; type: SpeakerType }): string {
  return `${speaker.type}:${speakerNameKey(speaker.name)}`;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
