import { Injectable } from '@nestjs/common';
import { CorrectionKind, Queryable, SpeakerType, sql, SQLQuery } from '@app/database';
import { QUOTE_COLUMNS, QuoteRow } from '../articles/articles.repository';
import { TextSpan } from '../claims/claim-span';
import { CLAIM_COLUMNS, ClaimRow } from '../claims/claims.repository';

/** A speaker as a quote names them: the shared speaker row (none for an unknown speaker), the name, type and title. */
export interface AttributedSpeaker {
  id: string | null;
  name: string;
  type: SpeakerType;
  title: string | null;
}

/** The attribution as the extraction gave it, kept by the first correction of a quote. */
export interface MachineAttribution {
  speaker: AttributedSpeaker | null;
  mention: TextSpan | null;
}

/** The claim's words as the extraction gave them, kept by the first correction of a claim. */
export interface MachineWords {
  text: string;
  standalone: string;
  start: number;
  end: number;
}

/** A quote as stored, with whether a person marked it nobody's quote and the machine's attribution if corrected. */
export interface CorrectableQuote extends QuoteRow {
  notAQuote: boolean;
  machine: MachineAttribution | null;
}

/** What the machine said and what a person made of it: one correction, as `GET /v1/corrections` lists it. */
export interface NewCorrection {
  kind: CorrectionKind;
  articleId: string;
  quoteId: string | null;
  claimId: string | null;
  actorId: string;
  machine: Record<string, unknown> | null;
  corrected: Record<string, unknown>;
}

export interface CorrectionRow extends NewCorrection {
  /** A bigint, as text. */
  id: string;
  actorName: string | null;
  createdAt: Date;
}

/**
 * Corrections of the extraction's output: the corrected values go in the columns every reader uses (claims' text,
 * offsets and standalone form, quotes' speaker and mention), and the first correction of a claim or a quote keeps the
 * machine's values beside them (`machine`), never overwritten after; each correction is also a row of `corrections`.
 */
@Injectable()
export class CorrectionsRepository {
  /** The quote (with whether it is marked nobody's), locked against other writers; null when there is none. */
  async lockQuote(db: Queryable, quoteId: string): Promise<CorrectableQuote | null> {
    const [row] = await db.query<CorrectableQuote>(sql`
      SELECT ${QUOTE_COLUMNS}, quote.not_a_quote AS "notAQuote", quote.machine FROM quotes quote
       WHERE quote.id = ${quoteId}
         FOR NO KEY UPDATE`);
    return row ?? null;
  }

  /** The quote's claims (with the machine's words if corrected), locked against other writers, in id order. */
  async lockClaimsOfQuote(db: Queryable, quoteId: string): Promise<(ClaimRow & { machine: MachineWords | null })[]> {
    return db.query<ClaimRow & { machine: MachineWords | null }>(sql`
      SELECT ${CLAIM_COLUMNS}, claim.machine FROM claims claim WHERE claim.quote_id = ${quoteId}
       ORDER BY claim.id
         FOR NO KEY UPDATE`);
  }

  /** The quote a claim is in; null when there is no such claim. */
  async quoteOf(db: Queryable, claimId: string): Promise<string | null> {
    const [row] = await db.query<{ quoteId: string }>(
      sql`SELECT quote_id AS "quoteId" FROM claims WHERE id = ${claimId}`,
    );
    return row?.quoteId ?? null;
  }

  /** The article's text, whose spans corrections must be. */
  async articleText(db: Queryable, articleId: string): Promise<string> {
    const [row] = await db.query<{ body: string }>(sql`SELECT body FROM articles WHERE id = ${articleId}`);
    return row.body;
  }

  /**
   * The claim's words and where they are, keeping the machine's on the first correction (`fromMachine`: a claim the
   * extraction made; one a person made has no machine output to keep).
   */
  async correctClaim(
    db: Queryable,
    claimId: string,
    words: { text: string; start: number; end: number; standalone: string },
    fromMachine: boolean,
  ): Promise<void> {
    await db.query(sql`
      UPDATE claims
         SET machine = CASE WHEN ${fromMachine} THEN coalesce(machine, jsonb_build_object(
                              'text', text, 'standalone', standalone, 'start', start_offset, 'end', end_offset))
                       END,
             text = ${words.text}, start_offset = ${words.start}, end_offset = ${words.end},
             standalone = ${words.standalone}, updated_at = now()
       WHERE id = ${claimId}`);
  }

  /** The normalised words a corrected claim is matched on from now on (see claim-fingerprint.ts). */
  async setMatchKey(db: Queryable, claimId: string, key: string): Promise<void> {
    await db.query(sql`UPDATE claims SET match_key = ${key} WHERE id = ${claimId}`);
  }

  /**
   * The quote's speaker and mention (each when given), keeping the machine's on the first correction; a new speaker
   * is every claim of the quote's speaker too.
   */
  async correctAttribution(
    db: Queryable,
    quoteId: string,
    change: { speaker?: AttributedSpeaker; mention?: TextSpan },
  ): Promise<void> {
    const { speaker, mention } = change;
    const sets: SQLQuery[] = [
      ...(speaker
        ? [
            sql`speaker_id = ${speaker.id}, speaker_name = ${speaker.name}, speaker_type = ${speaker.type},
                speaker_title = ${speaker.title}`,
          ]
        : []),
      ...(mention
        ? [sql`mention_text = ${mention.text}, mention_start = ${mention.start}, mention_end = ${mention.end}`]
        : []),
    ];
    if (sets.length === 0) return;
    await db.query(sql`
      UPDATE quotes SET ${sql.join([keepMachineAttribution, ...sets], sql`, `)} WHERE id = ${quoteId}`);
    if (speaker) {
      await db.query(sql`UPDATE claims SET speaker_id = ${speaker.id}, updated_at = now() WHERE quote_id = ${quoteId}`);
    }
  }

  /** Marks the quote nobody's (its claims are dismissed by the caller), keeping the machine's attribution. */
  async markNotAQuote(db: Queryable, quoteId: string): Promise<void> {
    await db.query(sql`UPDATE quotes SET ${keepMachineAttribution}, not_a_quote = true WHERE id = ${quoteId}`);
  }

  async insert(db: Queryable, corrections: NewCorrection[]): Promise<void> {
    if (corrections.length === 0) return;
    const column = <Key extends keyof NewCorrection>(key: Key) => corrections.map((correction) => correction[key]);
    await db.query(sql`
      INSERT INTO corrections (kind, article_id, quote_id, claim_id, actor_id, machine, corrected)
      SELECT * FROM unnest(${column('kind')}::text[], ${column('articleId')}::uuid[], ${column('quoteId')}::uuid[],
                           ${column('claimId')}::uuid[], ${column('actorId')}::uuid[],
                           ${corrections.map((correction) => JSON.stringify(correction.machine))}::jsonb[],
                           ${corrections.map((correction) => JSON.stringify(correction.corrected))}::jsonb[])`);
  }

  /** Up to `limit` corrections made at or after `since`, oldest first, after the correction `after` when given. */
  page(db: Queryable, limit: number, filter: { since?: Date; after?: string }): Promise<CorrectionRow[]> {
    const conditions: SQLQuery[] = [
      ...(filter.since ? [sql`correction.created_at >= ${filter.since}`] : []),
      ...(filter.after ? [sql`correction.id > ${filter.after}`] : []),
    ];
    return db.query<CorrectionRow>(sql`
      SELECT correction.id::text, correction.kind, correction.article_id AS "articleId",
             correction.quote_id AS "quoteId", correction.claim_id AS "claimId", correction.actor_id AS "actorId",
             actor.name AS "actorName", correction.machine, correction.corrected, correction.created_at AS "createdAt"
        FROM corrections correction LEFT JOIN users actor ON actor.id = correction.actor_id
       WHERE ${conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`true`}
       ORDER BY correction.id
       LIMIT ${limit}`);
  }
}

/** Keeps the quote's speaker and mention as the machine gave them, the first time a person changes either. */
const keepMachineAttribution = sql`
  machine = coalesce(machine, jsonb_build_object(
    'speaker', CASE WHEN speaker_name IS NULL THEN NULL
                    ELSE jsonb_build_object('id', speaker_id, 'name', speaker_name, 'type', speaker_type,
                                            'title', speaker_title) END,
    'mention', CASE WHEN mention_start IS NULL THEN NULL
                    ELSE jsonb_build_object('text', mention_text, 'start', mention_start, 'end', mention_end) END))`;
