import { Injectable } from '@nestjs/common';
import { ClaimStage, Queryable, sql, SQLQuery } from '@app/database';
import type { QuoteRow } from '../articles/articles.repository';
import { LATEST_VERDICT_BRIEF_JSON } from '../verdicts/verdicts.columns';
import { claimListItem, StoredVerdictBrief, workView } from './claim-views';
import { CLAIM_COLUMNS, ClaimRow } from './claims.repository';
import { ClaimListItemDto } from './dto/claim-list-item.dto';
import { ArticleSnippetDto, ListedClaimDto } from './dto/listed-claim.dto';
import { containing } from '../common/like-pattern';

/** Which claims a listing shows; every filter given must hold. */
export interface ClaimFilter {
  stage?: ClaimStage;
  /** By the speaker's id, or by a part of their name (ignoring case). */
  speaker?: { id: string } | { name: string };
  /** Words (and "phrases", -exclusions, or) to look for in the claim, stemmed: web search syntax. */
  words?: string;
  /** A part of the publisher's name (ignoring case). */
  publisher?: string;
  minCheckworthiness?: number;
  articleId?: string;
  /** Only claims sent back to this person and still kept for them. */
  reservedFor?: string;
}

/** Where a page starts: after this claim in queue order. */
export interface ClaimPosition {
  queueRank: number;
  id: string;
}

/** A claim with its quote and article, as one row (the quote's and article's columns prefixed). */
interface ListedRow extends ClaimRow {
  quoteText: string;
  quoteKind: QuoteRow['kind'];
  quoteStart: number;
  quoteEnd: number;
  quoteSpeakerId: string | null;
  speakerName: string | null;
  speakerType: QuoteRow['speakerType'];
  speakerTitle: string | null;
  articleTitle: string | null;
  articleUrl: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  researchSeconds: number;
  latestVerdict: StoredVerdictBrief | null;
}

/**
 * The seconds the claim `claim.id` has spent in research, its open period up to now: read from the stage-period
 * log's (claim_id, stage) index alone.
 */
export const RESEARCH_SECONDS = sql`
  (SELECT coalesce(sum(extract(epoch FROM coalesce(period.left_at, now()) - period.entered_at)), 0)::float8
     FROM claim_stage_periods period WHERE period.claim_id = claim.id AND period.stage = ${ClaimStage.Research})`;

const LISTED_COLUMNS = sql`
  ${CLAIM_COLUMNS}, quote.text AS "quoteText", quote.kind AS "quoteKind", quote.start_offset AS "quoteStart",
  quote.end_offset AS "quoteEnd", quote.speaker_id AS "quoteSpeakerId", quote.speaker_name AS "speakerName",
  quote.speaker_type AS "speakerType", quote.speaker_title AS "speakerTitle", article.title AS "articleTitle",
  article.url AS "articleUrl", article.publisher, article.published_at AS "publishedAt",
  ${RESEARCH_SECONDS} AS "researchSeconds", ${LATEST_VERDICT_BRIEF_JSON} AS "latestVerdict"`;

/** Characters of the article a snippet keeps either side of its claim, and in all. */
const SNIPPET_MARGIN = 300;
const SNIPPET_MOST = 1200;
/** Characters beyond the Basic Multilingual Plane: one to Postgres, two UTF-16 code units in the API's offsets. */
const ASTRAL = '[\\U00010000-\\U0010FFFF]';

/**
 * Where a claim's snippet starts and ends in the article (UTF-16 offsets, as the API's), and from which code point
 * to read it: Postgres counts code points, so the read starts at one no later than the snippet (its start less the
 * astral characters before it) and `readAt` is that point's UTF-16 offset. The exact cut is made in JavaScript.
 * Each scan is of the article's text before the snippet, on the page's claims only.
 */
const SNIPPET_SPAN = sql`
  CROSS JOIN LATERAL (
    SELECT greatest(least(quote.start_offset, claim.start_offset), claim.start_offset - ${SNIPPET_MARGIN}) AS "from")
    snippet_start
  CROSS JOIN LATERAL (
    SELECT snippet_start."from",
           least(greatest(quote.end_offset, claim.end_offset), claim.end_offset + ${SNIPPET_MARGIN},
                 snippet_start."from" + ${SNIPPET_MOST}) AS "to") snippet_span
  CROSS JOIN LATERAL (
    SELECT greatest(snippet_span."from" - regexp_count(left(article.body, snippet_span."from"), ${ASTRAL}), 0)
           AS point) snippet_read
  CROSS JOIN LATERAL (
    SELECT snippet_read.point + regexp_count(left(article.body, snippet_read.point), ${ASTRAL}) AS "at") snippet_at`;
const SNIPPET_COLUMNS = sql`
  substring(article.body FROM snippet_read.point + 1 FOR snippet_span."to" - snippet_at."at") AS "snippetRead",
  snippet_at."at" AS "snippetReadAt", snippet_span."from" AS "snippetFrom", snippet_span."to" AS "snippetTo"`;

interface SnippetColumns {
  snippetRead: string;
  snippetReadAt: number;
  snippetFrom: number;
  snippetTo: number;
}

/** Claims as queues and lists show them (ClaimListItemDto): who said each, in which article. */
@Injectable()
export class ClaimListQuery {
  /**
   * Claims in queue order (queue rank, then id), after `after` when given: at most `limit`. One statement, on the
   * (stage, queue_rank) index or a filter's own (full-text, speaker, article, reservations), whichever the planner
   * finds cheaper.
   */
  async page(
    db: Queryable,
    filter: ClaimFilter,
    limit: number,
    after?: ClaimPosition,
  ): Promise<{ item: ListedClaimDto; position: ClaimPosition }[]> {
    const conditions = [
      ...(filter.stage ? [sql`claim.stage = ${filter.stage}`] : []),
      ...(filter.articleId ? [sql`claim.article_id = ${filter.articleId}`] : []),
      ...(filter.reservedFor ? [sql`claim.reserved_for = ${filter.reservedFor} AND claim.reserved_until > now()`] : []),
      ...(filter.minCheckworthiness === undefined ? [] : [sql`claim.checkworthiness >= ${filter.minCheckworthiness}`]),
      ...(filter.words ? [sql`claim.search_vector @@ websearch_to_tsquery('english', ${filter.words})`] : []),
      ...(filter.publisher
        ? [
            sql`claim.article_id IN (SELECT id FROM articles WHERE lower(publisher) LIKE lower(${containing(filter.publisher)}))`,
          ]
        : []),
      ...(filter.speaker ? [speakerCondition(filter.speaker)] : []),
      ...(after
        ? [
            sql`(claim.queue_rank < ${after.queueRank}
                 OR (claim.queue_rank = ${after.queueRank} AND claim.id > ${after.id}::uuid))`,
          ]
        : []),
    ];
    // The page of claims first, then its quotes and articles: joined before the LIMIT, the planner walks the queue
    // index and filters (17 ms for a word at 100,000 claims) where the full-text index alone takes 2 ms. The work
    // done on each (time in research, latest verdict) is read for the page's claims only, an index probe each.
    const rows = await db.query<ListedRow & SnippetColumns>(sql`
      WITH page AS MATERIALIZED (
        SELECT * FROM claims claim
         WHERE ${conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`}
         ORDER BY claim.queue_rank DESC, claim.id
         LIMIT ${limit})
      SELECT ${LISTED_COLUMNS}, ${SNIPPET_COLUMNS}
        FROM page claim
        JOIN quotes quote ON quote.id = claim.quote_id
        JOIN articles article ON article.id = claim.article_id
        ${SNIPPET_SPAN}
       ORDER BY claim.queue_rank DESC, claim.id`);
    return rows.map((row) => ({
      item: { ...listItem(row), snippet: snippet(row) },
      position: { queueRank: row.queueRank, id: row.id },
    }));
  }

  /** The claims as lists show them, in the order of `claimIds` (those that exist). */
  async summaries(db: Queryable, claimIds: string[]): Promise<ClaimListItemDto[]> {
    if (claimIds.length === 0) return [];
    const rows = await db.query<ListedRow>(sql`
      SELECT ${LISTED_COLUMNS}
        FROM unnest(${claimIds}::uuid[]) WITH ORDINALITY AS wanted(id, n)
        JOIN claims claim ON claim.id = wanted.id
        JOIN quotes quote ON quote.id = claim.quote_id
        JOIN articles article ON article.id = claim.article_id
       ORDER BY wanted.n`);
    return rows.map(listItem);
  }
}

/** The snippet cut from what was read, at UTF-16 offsets (the read may start earlier and run longer). */
function snippet(row: SnippetColumns): ArticleSnippetDto {
  return {
    text: row.snippetRead.slice(row.snippetFrom - row.snippetReadAt, row.snippetTo - row.snippetReadAt),
    start: row.snippetFrom,
  };
}

function listItem(row: ListedRow): ClaimListItemDto {
  return claimListItem(
    row,
    {
      id: row.quoteId,
      text: row.quoteText,
      kind: row.quoteKind,
      start: row.quoteStart,
      end: row.quoteEnd,
      speakerId: row.quoteSpeakerId,
      speakerName: row.speakerName,
      speakerType: row.speakerType,
      speakerTitle: row.speakerTitle,
    },
    {
      id: row.articleId,
      title: row.articleTitle,
      url: row.articleUrl,
      publisher: row.publisher,
      publishedAt: row.publishedAt,
    },
    workView(row.researchSeconds, row.latestVerdict),
  );
}

function speakerCondition(speaker: { id: string } | { name: string }): SQLQuery {
  return 'id' in speaker
    ? sql`claim.speaker_id = ${speaker.id}`
    : sql`claim.speaker_id IN (SELECT id FROM speakers WHERE name ILIKE ${containing(speaker.name)})`;
}
