import { Injectable } from '@nestjs/common';
import { ArticleStatus, ClaimsFrom, prepare, Queryable, QuoteKind, SpeakerType, sql, SQLQuery } from '@app/database';

/** An article as stored (without its text, which only the article's own view reads). */
export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  sourceFormat: 'text' | 'html';
  publisher: string | null;
  publishedAt: Date | null;
  authors: string[];
  language: string;
  /** Where its claims come from: its quotes, or also its own voice's statements. */
  claimsFrom: ClaimsFrom;
  status: ArticleStatus;
  /** Why extraction failed, when it did. */
  failureReason: string | null;
  createdAt: Date;
  extractedAt: Date | null;
}

/** The columns of an ArticleRow, from the `articles` table as `article`. */
export const ARTICLE_COLUMNS = sql`
  article.id, article.url, article.title, article.source_format AS "sourceFormat", article.publisher,
  article.published_at AS "publishedAt", article.authors, article.language, article.claims_from AS "claimsFrom", article.status,
  article.failure_reason AS "failureReason", article.created_at AS "createdAt", article.extracted_at AS "extractedAt"`;

/** A quote as stored: its span, who said it (as resolved and as written) and the reporting verb. */
export interface QuoteRow {
  id: string;
  articleId: string;
  position: number;
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speakerId: string | null;
  speakerName: string | null;
  speakerType: SpeakerType | null;
  speakerTitle: string | null;
  mentionText: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  cueText: string | null;
  cueStart: number | null;
  cueEnd: number | null;
}

/** The columns of a QuoteRow, from the `quotes` table as `quote`. */
export const QUOTE_COLUMNS = sql`
  quote.id, quote.article_id AS "articleId", quote.position, quote.text, quote.start_offset AS "start",
  quote.end_offset AS "end", quote.kind, quote.speaker_id AS "speakerId", quote.speaker_name AS "speakerName",
  quote.speaker_type AS "speakerType", quote.speaker_title AS "speakerTitle", quote.mention_text AS "mentionText",
  quote.mention_start AS "mentionStart", quote.mention_end AS "mentionEnd", quote.cue_text AS "cueText",
  quote.cue_start AS "cueStart", quote.cue_end AS "cueEnd"`;

/** A submitted article to store: its text, how it is found again (url key, body hash) and what came with it. */
export interface NewArticle {
  url: string | null;
  urlKey: string | null;
  bodyHash: string;
  title: string | null;
  body: string;
  sourceFormat: 'text' | 'html';
  publisher: string | null;
  publishedAt: Date | null;
  authors: string[];
  language: string;
  claimsFrom: ClaimsFrom;
  submittedBy: string;
}

/** What the extraction of an article reads. */
export interface ArticleToExtract {
  body: string;
  claimsFrom: ClaimsFrom;
  publisher: string | null;
  authors: string[];
}

/** A quote a person made, home of a claim they added: its span, kind and speaker (no mention, no cue). */
export type MadeQuote = Pick<
  QuoteRow,
  'articleId' | 'text' | 'start' | 'end' | 'kind' | 'speakerId' | 'speakerName' | 'speakerType' | 'speakerTitle'
> & { addedBy: string };

/** A speaker as quotes name them: the row's id and how it is named. */
export interface SpeakerRow {
  id: string;
  name: string;
  type: SpeakerType;
  title: string | null;
}

/** A speaker found by the extraction: one row per normalised name (`nameKey`) and type across all articles. */
export interface NewSpeaker {
  name: string;
  nameKey: string;
  type: SpeakerType;
  title: string | null;
}

/**
 * Articles with what the extraction found in them: their quotes, and the speakers quotes are attributed to (shared
 * by all articles, so that a speaker's prominence can be counted).
 */
@Injectable()
export class ArticlesRepository {
  async insert(db: Queryable, article: NewArticle): Promise<ArticleRow> {
    const [row] = await db.query<ArticleRow>(sql`
      INSERT INTO articles AS article (url, url_key, body_hash, title, body, source_format, publisher, published_at,
                                       authors, language, claims_from, status, submitted_by)
      VALUES (${article.url}, ${article.urlKey}, ${article.bodyHash}, ${article.title}, ${article.body},
              ${article.sourceFormat}, ${article.publisher}, ${article.publishedAt}, ${article.authors}::text[],
              ${article.language}, ${article.claimsFrom}, ${ArticleStatus.Received}, ${article.submittedBy})
      RETURNING ${ARTICLE_COLUMNS}`);
    return row;
  }

  /**
   * The first article stored with this url key or, for an article without a url, this body hash; with the hash of
   * its text (`bodyHash`), to tell the same text from another one under the same url.
   */
  async findSame(
    db: Queryable,
    key: { urlKey: string } | { bodyHash: string },
  ): Promise<(ArticleRow & { bodyHash: string }) | null> {
    const [row] = await db.query<ArticleRow & { bodyHash: string }>(sql`
      SELECT ${ARTICLE_COLUMNS}, article.body_hash AS "bodyHash" FROM articles article
       WHERE ${'urlKey' in key ? sql`article.url_key = ${key.urlKey}` : sql`article.body_hash = ${key.bodyHash}`}
       ORDER BY article.created_at LIMIT 1`);
    return row ?? null;
  }

  /** The article (an ArticleRow) and how many hours old its news is (`newsAgeHours`: from its publication, or its
   * arrival when it has no date, to now). */
  withNewsAgeSql(id: string): SQLQuery {
    return sql`
      SELECT ${ARTICLE_COLUMNS},
             extract(epoch FROM now() - coalesce(article.published_at, article.created_at))::float8 / 3600 AS "newsAgeHours"
        FROM articles article WHERE article.id = ${id}`;
  }

  /**
   * Marks the article as being extracted, when it waits for extraction (or a try at it was cut short); its text, where
   * its claims come from, and who speaks in its own voice (its publisher and authors).
   */
  async startExtraction(db: Queryable, id: string): Promise<ArticleToExtract | null> {
    const [row] = await db.query<ArticleToExtract>(
      prepare(sql`
        UPDATE articles SET status = ${ArticleStatus.Extracting}, updated_at = now()
         WHERE id = ${id} AND status IN (${ArticleStatus.Received}, ${ArticleStatus.Extracting})
        RETURNING body, claims_from AS "claimsFrom", publisher, authors`),
    );
    return row ?? null;
  }

  /** `SELECT status`: the article's status, its row locked against other writers for the rest of the transaction. */
  lockStatusSql(id: string): SQLQuery {
    return sql`SELECT status FROM articles WHERE id = ${id} FOR NO KEY UPDATE`;
  }

  /**
   * The article's text, status and who published and wrote it, its row locked against other writers for the rest of
   * the transaction: claims made by people take their positions in its quotes one transaction at a time.
   */
  async lockForClaims(
    db: Queryable,
    id: string,
  ): Promise<{ status: ArticleStatus; body: string; publisher: string | null; authors: string[] } | null> {
    const [row] = await db.query<{ status: ArticleStatus; body: string; publisher: string | null; authors: string[] }>(
      sql`SELECT status, body, publisher, authors FROM articles WHERE id = ${id} FOR NO KEY UPDATE`,
    );
    return row ?? null;
  }

  /** Stores a quote a person made, after the article's last quote (the caller holds the article's lock). */
  async insertMadeQuote(db: Queryable, quote: MadeQuote): Promise<QuoteRow> {
    const [row] = await db.query<QuoteRow>(sql`
      INSERT INTO quotes AS quote (article_id, position, text, start_offset, end_offset, kind, speaker_id, speaker_name,
                                   speaker_type, speaker_title, added_by)
      VALUES (${quote.articleId},
              (SELECT coalesce(max(position) + 1, 0) FROM quotes WHERE article_id = ${quote.articleId}),
              ${quote.text}, ${quote.start}, ${quote.end}, ${quote.kind}, ${quote.speakerId}, ${quote.speakerName},
              ${quote.speakerType}, ${quote.speakerTitle}, ${quote.addedBy})
      RETURNING ${QUOTE_COLUMNS}`);
    return row;
  }

  /** The speaker, when one of the article's quotes is attributed to them; null otherwise. */
  async speakerOfArticle(db: Queryable, articleId: string, speakerId: string): Promise<SpeakerRow | null> {
    const [row] = await db.query<SpeakerRow>(sql`
      SELECT speaker.id, speaker.name, speaker.type, speaker.title FROM speakers speaker
       WHERE speaker.id = ${speakerId}
         AND EXISTS (SELECT 1 FROM quotes WHERE article_id = ${articleId} AND speaker_id = speaker.id)`);
    return row ?? null;
  }

  /** Marks the article extracted, now; its one row is the article as it is then (an ArticleRow). */
  markExtractedSql(id: string): SQLQuery {
    return sql`
      UPDATE articles article
         SET status = ${ArticleStatus.Extracted}, extracted_at = now(), failure_reason = NULL, updated_at = now()
       WHERE article.id = ${id}
      RETURNING ${ARTICLE_COLUMNS}`;
  }

  /** Marks the article failed with the reason, unless its extraction has ended already; whether it did. */
  async markFailed(db: Queryable, id: string, reason: string): Promise<boolean> {
    const rows = await db.query(sql`
      UPDATE articles SET status = ${ArticleStatus.Failed}, failure_reason = ${reason}, updated_at = now()
       WHERE id = ${id} AND status IN (${ArticleStatus.Received}, ${ArticleStatus.Extracting})
      RETURNING id`);
    return rows.length > 0;
  }

  /**
   * Stores speakers, each once per (name key, type): a speaker already known keeps its row (and gains a title if it
   * had none). One statement; rows are written in the order given, so callers that sort them take row locks in the
   * same order. The id of each, with its key and type.
   */
  async upsertSpeakers(
    db: Queryable,
    speakers: NewSpeaker[],
  ): Promise<{ id: string; nameKey: string; type: SpeakerType }[]> {
    if (speakers.length === 0) return [];
    return db.query<{ id: string; nameKey: string; type: SpeakerType }>(
      prepare(sql`
      INSERT INTO speakers (name, name_key, type, title)
      SELECT name, name_key, type, title
        FROM unnest(${speakers.map((speaker) => speaker.name)}::text[],
                    ${speakers.map((speaker) => speaker.nameKey)}::text[],
                    ${speakers.map((speaker) => speaker.type)}::text[],
                    ${speakers.map((speaker) => speaker.title)}::text[]) WITH ORDINALITY AS speaker(name, name_key, type, title, n)
       ORDER BY n
      ON CONFLICT (name_key, type) DO UPDATE SET title = coalesce(speakers.title, excluded.title)
      RETURNING id, name_key AS "nameKey", type`),
    );
  }

  /** The speaker of this name and type, stored once (as `upsertSpeakers` does). */
  async upsertSpeaker(db: Queryable, speaker: NewSpeaker): Promise<SpeakerRow> {
    const [{ id }] = await this.upsertSpeakers(db, [speaker]);
    const [row] = await db.query<SpeakerRow>(sql`SELECT id, name, type, title FROM speakers WHERE id = ${id}`);
    return row;
  }

  /** The article's quotes (QuoteRows), in order. */
  quotesSql(articleId: string): SQLQuery {
    return sql`SELECT ${QUOTE_COLUMNS} FROM quotes quote WHERE quote.article_id = ${articleId} ORDER BY quote.position`;
  }

  /**
   * The article's quotes that are someone's (not marked nobody's), in order, locked against a correction of their
   * attribution (`FOR SHARE`) until the transaction ends: a claim put in one of them takes its speaker as corrected,
   * and a quote being marked nobody's is waited for and left out.
   */
  async lockAttributedQuotes(db: Queryable, articleId: string): Promise<QuoteRow[]> {
    return db.query<QuoteRow>(sql`
      SELECT ${QUOTE_COLUMNS} FROM quotes quote WHERE quote.article_id = ${articleId} AND NOT quote.not_a_quote
       ORDER BY quote.position
         FOR SHARE`);
  }

  /**
   * Stores an article's quotes (their ids made by the caller, so that claims can name them): one statement, which
   * writes nothing unless the article is being extracted (the caller locks its row and reads its status first, in
   * the same round trip).
   */
  insertQuotesSql(articleId: string, quotes: QuoteRow[]): SQLQuery {
    const column = <Key extends keyof QuoteRow>(key: Key) => quotes.map((quote) => quote[key]);
    return sql`
      INSERT INTO quotes (id, article_id, position, text, start_offset, end_offset, kind, speaker_id, speaker_name,
                          speaker_type, speaker_title, mention_text, mention_start, mention_end, cue_text, cue_start,
                          cue_end)
      SELECT * FROM unnest(${column('id')}::uuid[], ${column('articleId')}::uuid[], ${column('position')}::int[],
                           ${column('text')}::text[], ${column('start')}::int[], ${column('end')}::int[],
                           ${column('kind')}::text[], ${column('speakerId')}::uuid[], ${column('speakerName')}::text[],
                           ${column('speakerType')}::text[], ${column('speakerTitle')}::text[],
                           ${column('mentionText')}::text[], ${column('mentionStart')}::int[],
                           ${column('mentionEnd')}::int[], ${column('cueText')}::text[], ${column('cueStart')}::int[],
                           ${column('cueEnd')}::int[])
       WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${articleId} AND status = ${ArticleStatus.Extracting})`;
  }

  /**
   * For each speaker quoted in the article, how many articles quote them (`speakerId`, `articles`), counted only up
   * to `cap` (the number at which a speaker is fully prominent), along the (speaker_id, article_id) index.
   */
  prominenceSql(articleId: string, cap: number): SQLQuery {
    return sql`
      SELECT speaker.id AS "speakerId",
             (SELECT count(*) FROM (SELECT DISTINCT article_id FROM quotes WHERE speaker_id = speaker.id LIMIT ${cap}) quoted)::int
               AS articles
        FROM (SELECT DISTINCT speaker_id AS id FROM quotes WHERE article_id = ${articleId} AND speaker_id IS NOT NULL) speaker`;
  }
}
