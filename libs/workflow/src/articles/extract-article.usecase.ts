import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { Article, ArticleStatus, Claim, ClaimStage, Quote, SYSTEM_USER_ID } from '@app/database';
import { ExtractedQuote, ExtractionLimitError, ExtractionPoolBusyError } from '@app/extraction';
import { enqueueInTransaction, jobId, jobRequest, JobName } from '@app/queue';
import { EventType, recordEvent } from '../common/events';
import { done, JobOutcome, skipped } from '../common/result';
import { articleSummary } from './article.views';
import { ExtractionThreads } from './extraction-threads';

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
 * Runs the extraction on a received article and stores its quotes, speakers and claims, then schedules triage.
 * Idempotent: the article row is locked and a second run over an extracted article changes nothing.
 */
@Injectable()
export class ExtractArticleUseCase {
  private readonly logger = new Logger(ExtractArticleUseCase.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly threads: ExtractionThreads,
  ) {}

  async execute(articleId: string): Promise<JobOutcome> {
    const claimed = await this.dataSource.query(
      `UPDATE articles SET status = 'extracting', updated_at = now()
        WHERE id = $1 AND status IN ('received', 'extracting') RETURNING body`,
      [articleId],
    );
    const rows = claimed[0] as { body: string }[] | undefined;
    if (!rows?.length) return skipped('article is not waiting for extraction');
    let quotes: ExtractedQuote[];
    try {
      ({ quotes } = await this.threads.extract(rows[0].body, this.config.EXTRACTION_TIME_LIMIT_SECONDS * 1000));
    } catch (error) {
      // An article beyond the bounds fails the same way every time: it is marked failed at once, with the reason.
      if (error instanceof ExtractionLimitError) {
        await this.markFailed(articleId, `the article was refused: ${error.message}`);
        return done(`refused: ${error.kind}`);
      }
      // The pool was busy: nothing is wrong with the article, so the job fails and runs again.
      if (error instanceof ExtractionPoolBusyError) throw error;
      throw new ExtractionFailedError((error as Error)?.message ?? String(error));
    }

    // Speakers are shared by every article: upserted on their own, outside the article's transaction, so the row
    // locks of a popular speaker last one statement, not a whole extraction. A speaker left behind by an extraction
    // that fails later is harmless: the retry finds it.
    const speakerIds = await upsertSpeakers(this.dataSource.manager, quotes);
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(Article, { where: { id: articleId }, lock: { mode: 'for_no_key_update' } });
      if (!article || article.status !== ArticleStatus.Extracting) return skipped('already extracted');
      // Ids are made here so that quotes and claims each go in with one multi-row INSERT.
      const now = new Date();
      const quoteRows = quotes.map((extracted, position) => {
        const speakerKey = extracted.speaker ? speakerKeyOf(extracted.speaker) : null;
        return {
          id: randomUUID(),
          articleId,
          position,
          text: extracted.text,
          start: extracted.start,
          end: extracted.end,
          kind: extracted.kind,
          speakerId: speakerKey ? (speakerIds.get(speakerKey) ?? null) : null,
          speakerName: extracted.speaker?.name ?? null,
          speakerType: extracted.speaker?.type ?? null,
          speakerTitle: extracted.speaker?.title ?? null,
          mentionText: extracted.speaker?.mention.text ?? null,
          mentionStart: extracted.speaker?.mention.start ?? null,
          mentionEnd: extracted.speaker?.mention.end ?? null,
          cueText: extracted.cue?.text ?? null,
          cueStart: extracted.cue?.start ?? null,
          cueEnd: extracted.cue?.end ?? null,
        };
      });
      const claimRows = quotes.flatMap((extracted, index) =>
        extracted.claims.map((claim, claimPosition) => ({
          articleId,
          quoteId: quoteRows[index].id,
          position: claimPosition,
          text: claim.text,
          standalone: claim.standalone,
          start: claim.start,
          end: claim.end,
          speakerId: quoteRows[index].speakerId,
          checkworthiness: clamp01(claim.checkworthiness),
          checkworthy: claim.checkworthy,
          stage: ClaimStage.Triage,
          stageEnteredAt: now,
        })),
      );
      // Column arrays through unnest: one statement per table, whatever the number of rows.
      const column = <Row, Key extends keyof Row>(rows: Row[], key: Key) => rows.map((row) => row[key]);
      if (quoteRows.length > 0) {
        await manager.query(
          `INSERT INTO quotes (id, article_id, position, text, start_offset, end_offset, kind, speaker_id, speaker_name,
                               speaker_type, speaker_title, mention_text, mention_start, mention_end, cue_text, cue_start, cue_end)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::int[], $6::int[], $7::text[], $8::uuid[],
                                $9::text[], $10::text[], $11::text[], $12::text[], $13::int[], $14::int[], $15::text[], $16::int[], $17::int[])`,
          (
            [
              'id',
              'articleId',
              'position',
              'text',
              'start',
              'end',
              'kind',
              'speakerId',
              'speakerName',
              'speakerType',
              'speakerTitle',
              'mentionText',
              'mentionStart',
              'mentionEnd',
              'cueText',
              'cueStart',
              'cueEnd',
            ] as const
          ).map((key) => column(quoteRows, key)),
        );
      }
      if (claimRows.length > 0) {
        await manager.query(
          `INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id,
                               checkworthiness, checkworthy, stage, stage_entered_at)
           SELECT article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id, checkworthiness,
                  checkworthy, $11, $12
             FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::uuid[],
                         $9::real[], $10::boolean[])
                  AS claim(article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id,
                           checkworthiness, checkworthy)`,
          [
            ...(
              [
                'articleId',
                'quoteId',
                'position',
                'text',
                'standalone',
                'start',
                'end',
                'speakerId',
                'checkworthiness',
                'checkworthy',
              ] as const
            ).map((key) => column(claimRows, key)),
            ClaimStage.Triage,
            now,
          ],
        );
      }
      const claimCount = claimRows.length;
      await manager.query(
        `INSERT INTO claim_stage_periods (claim_id, stage, entered_at)
         SELECT id, stage, stage_entered_at FROM claims WHERE article_id = $1`,
        [articleId],
      );
      article.status = ArticleStatus.Extracted;
      article.extractedAt = new Date();
      article.failureReason = null;
      await manager.save(article);
      await recordEvent(manager, {
        type: EventType.ArticleExtracted,
        actorId: SYSTEM_USER_ID,
        articleId,
        data: { quotes: quotes.length, claims: claimCount, worker: this.config.workerName },
        webhook: { article: { ...articleSummary(article), quoteCount: quotes.length, claimCount } },
      });
      if (claimCount > 0) {
        await enqueueInTransaction(
          manager,
          jobRequest(JobName.TriageArticleClaims, jobId.triage(articleId), { articleId }),
        );
      }
      return done(`${quotes.length} quotes, ${claimCount} claims`);
    });
  }

  /** After the last attempt: the article is marked failed with the reason, and the queue moves on. */
  async markFailed(articleId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.query(
        `UPDATE articles SET status = 'failed', failure_reason = $2, updated_at = now()
          WHERE id = $1 AND status IN ('received', 'extracting') RETURNING id`,
        [articleId, reason.slice(0, 2000)],
      );
      if ((result[0] as unknown[]).length === 0) return;
      this.logger.warn(`article ${articleId} failed extraction: ${reason}`);
      await recordEvent(manager, {
        type: EventType.ArticleFailed,
        actorId: SYSTEM_USER_ID,
        articleId,
        data: { reason },
      });
    });
  }
}

/** One speaker row per normalised name and type across all articles, so prominence can be counted. */
async function upsertSpeakers(manager: EntityManager, quotes: ExtractedQuote[]): Promise<Map<string, string>> {
  const unique = new Map<string, { name: string; type: string; title: string | null; key: string }>();
  for (const quote of quotes) {
    if (!quote.speaker || quote.speaker.type === 'unknown' || !quote.speaker.name.trim()) continue;
    const key = speakerKeyOf(quote.speaker);
    if (!unique.has(key)) {
      unique.set(key, {
        name: quote.speaker.name.trim(),
        type: quote.speaker.type,
        title: quote.speaker.title ?? null,
        key: nameKey(quote.speaker.name),
      });
    }
  }
  const ids = new Map<string, string>();
  if (unique.size === 0) return ids;
  // Sorted so concurrent extractions take the row locks in the same order.
  const speakers = [...unique.entries()].sort(([a], [b]) => a.localeCompare(b));
  const values: unknown[] = [];
  const tuples = speakers.map(([, speaker], index) => {
    values.push(speaker.name, speaker.key, speaker.type, speaker.title);
    return `($${index * 4 + 1}, $${index * 4 + 2}, $${index * 4 + 3}, $${index * 4 + 4})`;
  });
  const rows: { id: string; name_key: string; type: string }[] = await manager.query(
    `INSERT INTO speakers (name, name_key, type, title) VALUES ${tuples.join(', ')}
     ON CONFLICT (name_key, type) DO UPDATE SET title = COALESCE(speakers.title, EXCLUDED.title)
     RETURNING id, name_key, type`,
    values,
  );
  for (const row of rows) ids.set(`${row.type}:${row.name_key}`, row.id);
  return ids;
}

function speakerKeyOf(speaker: { name: string; type: string }): string {
  return `${speaker.type}:${nameKey(speaker.name)}`;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
