import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery, VerdictStatus } from '@app/database';
import type { ClaimReviewJsonLd } from '@app/publishing';
import type { VerdictSourceDto } from './dto/verdict.dto';
import { notAuthorOfSubmittedVerdictSql, VERDICT_COLUMNS, VerdictRow } from './verdicts.columns';

/** What a version says: the words an author writes. */
export interface VerdictWords {
  rating: string | null;
  ratingValue: number | null;
  summary: string | null;
  explanation: string | null;
  sources: VerdictSourceDto[];
}

/** A new version of a claim's verdict, with the id the caller chose for it. */
export interface NewVersion {
  id: string;
  claimId: string;
  version: number;
  words: VerdictWords;
  /** Who writes it: the draft's first author, or the editor who corrects. */
  authorId: string;
  /** The published verdict it was started from (VerdictRow.reusedFrom's verdictId); a correction keeps it. */
  reusedFrom?: string | null;
}

/** A published version with what the exports show of its claim, speaker and article. */
export interface PublishedVersionRow {
  id: string;
  claimId: string;
  version: number;
  rating: string;
  ratingValue: number;
  summary: string | null;
  sources: VerdictSourceDto[];
  correctionNote: string | null;
  publishedAt: Date;
  /** `publishedAt` to the microsecond, as the export's cursor needs it (a Date keeps milliseconds). */
  publishedAtExact: string;
  supersededAt: Date | null;
  claimReview: ClaimReviewJsonLd;
  claimText: string;
  standalone: string;
  speakerName: string | null;
  articleUrl: string | null;
  articleTitle: string | null;
  publisher: string | null;
}

/** Where a page of published versions starts: after the version last shown, in publication order. */
export interface PublishedVersionsPage {
  /** Only versions published at or after this. */
  since: Date | null;
  after: { publishedAtExact: string; id: string } | null;
  limit: number;
}

/** The assignments that write the words given (those left out keep theirs). */
function wordChanges(words: Partial<VerdictWords>): SQLQuery[] {
  return [
    ...(words.rating === undefined ? [] : [sql`rating = ${words.rating}`]),
    ...(words.ratingValue === undefined ? [] : [sql`rating_value = ${words.ratingValue}`]),
    ...(words.summary === undefined ? [] : [sql`summary = ${words.summary}`]),
    ...(words.explanation === undefined ? [] : [sql`explanation = ${words.explanation}`]),
    ...(words.sources === undefined ? [] : [sql`sources = ${JSON.stringify(words.sources)}::jsonb`]),
  ];
}

/**
 * The time a version is published (and the one before it superseded): the database's now, to the millisecond, so that
 * the ClaimReview's dates, written from the same value in JavaScript, and the stored times are the same instant. Within
 * a transaction now() does not move, so every use of it there reads the same.
 */
const PUBLICATION_TIME = sql`date_trunc('milliseconds', now())`;

/**
 * Verdicts: each claim's versions of its verdict (a draft, submitted, approved, published; a correction is a new
 * version), with everyone who wrote part of each (`verdict_authors`), and each published version's ClaimReview.
 */
@Injectable()
export class VerdictsRepository {
  /** The version, with its authors. */
  async get(db: Queryable, verdictId: string): Promise<VerdictRow | null> {
    const [row] = await db.query<VerdictRow>(
      sql`SELECT ${VERDICT_COLUMNS} FROM verdicts verdict WHERE verdict.id = ${verdictId}`,
    );
    return row ?? null;
  }

  /** The version, locked for the rest of the transaction against other writers. */
  async lock(db: Queryable, verdictId: string): Promise<VerdictRow | null> {
    const [row] = await db.query<VerdictRow>(sql`
      SELECT ${VERDICT_COLUMNS} FROM verdicts verdict WHERE verdict.id = ${verdictId} FOR NO KEY UPDATE OF verdict`);
    return row ?? null;
  }

  /** The claim's latest version (the highest), whatever its status. */
  async latest(db: Queryable, claimId: string): Promise<VerdictRow | null> {
    const [row] = await db.query<VerdictRow>(sql`
      SELECT ${VERDICT_COLUMNS} FROM verdicts verdict WHERE verdict.claim_id = ${claimId}
       ORDER BY verdict.version DESC LIMIT 1`);
    return row ?? null;
  }

  /** Starts a draft. */
  async insertDraft(db: Queryable, draft: NewVersion): Promise<void> {
    await db.query(this.insertSql(draft, VerdictStatus.Draft, null));
  }

  /** Changes a draft's words (those given); `authorId` becomes its last author. */
  async updateDraft(db: Queryable, verdictId: string, words: Partial<VerdictWords>, authorId: string): Promise<void> {
    await db.query(sql`
      UPDATE verdicts SET ${sql.join([...wordChanges(words), sql`author_id = ${authorId}`, sql`updated_at = now()`], sql`, `)}
       WHERE id = ${verdictId}`);
  }

  /** An editor's edit in review: the words given change, the version's authors stay (see `addEditor`). */
  async editWords(db: Queryable, verdictId: string, words: Partial<VerdictWords>): Promise<void> {
    await db.query(sql`
      UPDATE verdicts SET ${sql.join([...wordChanges(words), sql`updated_at = now()`], sql`, `)} WHERE id = ${verdictId}`);
  }

  /** Fills a draft with the words of a published verdict it repeats, linked to it; `authorId` becomes its last author. */
  async reuseInDraft(
    db: Queryable,
    verdictId: string,
    words: VerdictWords,
    from: string,
    authorId: string,
  ): Promise<void> {
    await this.updateDraft(db, verdictId, words, authorId);
    await db.query(sql`UPDATE verdicts SET reused_from = ${from} WHERE id = ${verdictId}`);
  }

  /** The draft no longer repeats the verdict it was started from (its rating was changed). */
  async unlinkReuse(db: Queryable, verdictId: string): Promise<void> {
    await db.query(sql`UPDATE verdicts SET reused_from = NULL WHERE id = ${verdictId}`);
  }

  /** Sends the draft to review; the submitter becomes its last author. The version as it is now. */
  async submit(db: Queryable, verdictId: string, submitterId: string): Promise<VerdictRow> {
    return this.update(
      db,
      verdictId,
      sql`status = ${VerdictStatus.Submitted}, submitted_at = now(), author_id = ${submitterId}`,
    );
  }

  /**
   * An editor approves the submitted version, to be published, with the newsroom's own page for its ClaimReview `url`
   * when they give one. The version as it is now.
   */
  async approve(db: Queryable, verdictId: string, reviewerId: string, reviewUrl: string | null): Promise<VerdictRow> {
    return this.update(
      db,
      verdictId,
      sql`status = ${VerdictStatus.Approved}, reviewer_id = ${reviewerId}, approved_at = now(), review_comment = NULL,
          review_url = ${reviewUrl}`,
    );
  }

  /** An editor sends the submitted version back, a draft again, with a comment. The version as it is now. */
  async reject(db: Queryable, verdictId: string, reviewerId: string, comment: string): Promise<VerdictRow> {
    return this.update(
      db,
      verdictId,
      sql`status = ${VerdictStatus.Draft}, reviewer_id = ${reviewerId}, review_comment = ${comment}`,
    );
  }

  /** A correction of the published version: a new version, approved at once by the editor who wrote it. */
  async insertCorrection(db: Queryable, correction: NewVersion, note: string): Promise<void> {
    await db.query(this.insertSql(correction, VerdictStatus.Approved, note));
  }

  /** Adds a person to a version's authors; the first time they wrote it is kept. */
  async addAuthor(db: Queryable, verdictId: string, userId: string): Promise<void> {
    await db.query(sql`
      INSERT INTO verdict_authors (verdict_id, user_id) VALUES (${verdictId}, ${userId})
      ON CONFLICT (verdict_id, user_id) DO NOTHING`);
  }

  /** Adds an editor to those who changed the version in review; the first time they did is kept. */
  async addEditor(db: Queryable, verdictId: string, userId: string): Promise<void> {
    await db.query(sql`
      INSERT INTO verdict_editors (verdict_id, user_id) VALUES (${verdictId}, ${userId})
      ON CONFLICT (verdict_id, user_id) DO NOTHING`);
  }

  /** Gives a version the authors of another, with when they first wrote: its words carry over theirs. */
  async copyAuthors(db: Queryable, fromVerdictId: string, toVerdictId: string): Promise<void> {
    await db.query(sql`
      INSERT INTO verdict_authors (verdict_id, user_id, first_wrote_at)
      SELECT ${toVerdictId}, user_id, first_wrote_at FROM verdict_authors WHERE verdict_id = ${fromVerdictId}
      ON CONFLICT (verdict_id, user_id) DO NOTHING`);
  }

  /** Whether the person wrote part of the verdict waiting for review on the claim. */
  async wroteSubmitted(db: Queryable, claimId: string, personId: string): Promise<boolean> {
    const [{ clear }] = await db.query<{ clear: boolean }>(
      sql`SELECT ${notAuthorOfSubmittedVerdictSql(sql`${claimId}::uuid`, personId)} AS clear`,
    );
    return !clear;
  }

  /**
   * The times a publication of the claim's verdict needs: now (see PUBLICATION_TIME) and when its first version was
   * published (null before the first publication).
   */
  async publicationTimes(db: Queryable, claimId: string): Promise<{ now: Date; firstPublishedAt: Date | null }> {
    const [times] = await db.query<{ now: Date; firstPublishedAt: Date | null }>(sql`
      SELECT ${PUBLICATION_TIME} AS now,
             (SELECT published_at FROM verdicts
               WHERE claim_id = ${claimId} AND published_at IS NOT NULL ORDER BY version LIMIT 1) AS "firstPublishedAt"`);
    return times;
  }

  /** Supersedes the published versions before `version` that were still in force; those versions, as they are now. */
  async supersedeBefore(db: Queryable, claimId: string, version: number): Promise<VerdictRow[]> {
    return db.query<VerdictRow>(sql`
      WITH superseded AS (
        UPDATE verdicts verdict SET superseded_at = ${PUBLICATION_TIME}, updated_at = now()
         WHERE verdict.claim_id = ${claimId} AND verdict.version < ${version}
           AND verdict.published_at IS NOT NULL AND verdict.superseded_at IS NULL
        RETURNING ${VERDICT_COLUMNS})
      SELECT * FROM superseded ORDER BY version DESC`);
  }

  /**
   * Marks the approved version published now (see PUBLICATION_TIME) with its ClaimReview and the newsroom page it
   * points at (null: this service's public page). The version as it is now.
   */
  async markPublished(
    db: Queryable,
    verdictId: string,
    claimReview: ClaimReviewJsonLd,
    reviewUrl: string | null,
  ): Promise<VerdictRow> {
    return this.update(
      db,
      verdictId,
      sql`status = ${VerdictStatus.Published}, published_at = ${PUBLICATION_TIME},
          claim_review = ${JSON.stringify(claimReview)}::jsonb, review_url = ${reviewUrl}`,
    );
  }

  /**
   * The ClaimReview of the claim's version in force (the latest published, not superseded): null when none is
   * published yet; no row when there is no such claim.
   */
  async claimReviewInForce(db: Queryable, claimId: string): Promise<{ claimReview: ClaimReviewJsonLd | null } | null> {
    const [row] = await db.query<{ claimReview: ClaimReviewJsonLd | null }>(sql`
      SELECT (SELECT verdict.claim_review FROM verdicts verdict
               WHERE verdict.claim_id = claim.id AND verdict.published_at IS NOT NULL AND verdict.superseded_at IS NULL
               ORDER BY verdict.version DESC LIMIT 1) AS "claimReview"
        FROM claims claim WHERE claim.id = ${claimId}`);
    return row ?? null;
  }

  /** Published versions in publication order, every one (corrections and what they superseded), one page of them. */
  async publishedVersions(db: Queryable, page: PublishedVersionsPage): Promise<PublishedVersionRow[]> {
    const conditions = [
      sql`verdict.published_at IS NOT NULL`,
      ...(page.since ? [sql`verdict.published_at >= ${page.since}`] : []),
      ...(page.after
        ? [
            sql`(verdict.published_at, verdict.id) > (${page.after.publishedAtExact}::timestamptz, ${page.after.id}::uuid)`,
          ]
        : []),
    ];
    return db.query<PublishedVersionRow>(sql`
      SELECT verdict.id, verdict.claim_id AS "claimId", verdict.version, verdict.rating,
             verdict.rating_value AS "ratingValue", verdict.summary, verdict.sources,
             verdict.correction_note AS "correctionNote", verdict.published_at AS "publishedAt",
             to_char(verdict.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "publishedAtExact",
             verdict.superseded_at AS "supersededAt", verdict.claim_review AS "claimReview",
             claim.text AS "claimText", claim.standalone, quote.speaker_name AS "speakerName",
             article.url AS "articleUrl", article.title AS "articleTitle", article.publisher
        FROM verdicts verdict
        JOIN claims claim ON claim.id = verdict.claim_id
        JOIN quotes quote ON quote.id = claim.quote_id
        JOIN articles article ON article.id = claim.article_id
       WHERE ${sql.join(conditions, sql` AND `)}
       ORDER BY verdict.published_at, verdict.id
       LIMIT ${page.limit}`);
  }

  private async update(db: Queryable, verdictId: string, changes: SQLQuery): Promise<VerdictRow> {
    const [row] = await db.query<VerdictRow>(sql`
      UPDATE verdicts verdict SET ${changes}, updated_at = now() WHERE verdict.id = ${verdictId}
      RETURNING ${VERDICT_COLUMNS}`);
    return row;
  }

  /** A correction (with its note) is its editor's own decision: submitted, reviewed and approved by them, now. */
  private insertSql(version: NewVersion, status: VerdictStatus, correctionNote: string | null): SQLQuery {
    const { words } = version;
    const corrects = correctionNote !== null;
    const decidedAt = corrects ? sql`now()` : sql`NULL`;
    return sql`
      INSERT INTO verdicts (id, claim_id, version, status, rating, rating_value, summary, explanation, sources, author_id,
                            reviewer_id, submitted_at, approved_at, correction_note, reused_from)
      VALUES (${version.id}, ${version.claimId}, ${version.version}, ${status}, ${words.rating}, ${words.ratingValue},
              ${words.summary}, ${words.explanation}, ${JSON.stringify(words.sources)}::jsonb, ${version.authorId},
              ${corrects ? version.authorId : null}, ${decidedAt}, ${decidedAt}, ${correctionNote},
              ${version.reusedFrom ?? null})`;
  }
}
