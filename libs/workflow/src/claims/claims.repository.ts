import { Injectable } from '@nestjs/common';
import { ClaimOrigin, ClaimStage, Queryable, sql, SQLQuery } from '@app/database';
import { AGING_PER_HOUR, QUEUE_RANK_EPOCH } from './claim-priority';

/** A claim as stored, named as the code names it. */
export interface ClaimRow {
  id: string;
  articleId: string;
  quoteId: string;
  /** Order in its quote. */
  position: number;
  text: string;
  standalone: string;
  start: number;
  end: number;
  speakerId: string | null;
  checkworthiness: number;
  checkworthy: boolean;
  stage: ClaimStage;
  /** Triaged and found not worth checking: kept in triage, visible and promotable, never dropped. */
  parked: boolean;
  /** Base priority at triage: check-worthiness, the speaker's prominence and the news' recency. */
  priority: number;
  /** The queue's sort key: priority aged by waiting time (see claim-priority.ts), raised when overdue. */
  queueRank: number;
  overdue: boolean;
  triagedAt: Date | null;
  stageEnteredAt: Date;
  leaseId: string | null;
  leaseHolderId: string | null;
  /** The lease holder's name, for the desk to say who holds the claim. */
  leaseHolderName: string | null;
  leaseExpiresAt: Date | null;
  /** The lease's expiry was ahead, by the database's clock, when the row was read. */
  leaseLive: boolean;
  dismissedReason: string | null;
  /** Who an editor's send-back reserved the claim for (its author), while `reservedUntil` is ahead. */
  reservedForId: string | null;
  reservedForName: string | null;
  reservedUntil: Date | null;
  /** The reservation was live, by the database's clock, when the row was read (only claims in research have one). */
  reservationLive: boolean;
  /** The extraction's, or made by a person: added from a span by hand, or a part of a split, or a merge. */
  origin: ClaimOrigin;
  /** The claims a split or merge made this one from. */
  derivedFrom: string[];
  /** The claims a split or merge replaced this one with (it is dismissed, kept). */
  replacedBy: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** The columns of a ClaimRow, from the `claims` table as `claim`. */
export const CLAIM_COLUMNS = sql`
  claim.id, claim.article_id AS "articleId", claim.quote_id AS "quoteId", claim.position, claim.text, claim.standalone,
  claim.start_offset AS "start", claim.end_offset AS "end", claim.speaker_id AS "speakerId", claim.checkworthiness,
  claim.checkworthy, claim.stage, claim.parked, claim.priority, claim.queue_rank AS "queueRank", claim.overdue,
  claim.triaged_at AS "triagedAt", claim.stage_entered_at AS "stageEnteredAt", claim.lease_id AS "leaseId",
  claim.lease_holder_id AS "leaseHolderId",
  (SELECT holder.name FROM users holder WHERE holder.id = claim.lease_holder_id) AS "leaseHolderName",
  claim.lease_expires_at AS "leaseExpiresAt",
  coalesce(claim.lease_expires_at > now(), false) AS "leaseLive", claim.dismissed_reason AS "dismissedReason",
  claim.reserved_for AS "reservedForId",
  (SELECT reserver.name FROM users reserver WHERE reserver.id = claim.reserved_for) AS "reservedForName",
  claim.reserved_until AS "reservedUntil", coalesce(claim.reserved_until > now(), false) AS "reservationLive",
  claim.origin, claim.derived_from AS "derivedFrom", claim.replaced_by AS "replacedBy",
  claim.created_at AS "createdAt", claim.updated_at AS "updatedAt"`;

/** A claim the extraction found, to store in triage. */
export type NewClaim = Pick<
  ClaimRow,
  | 'articleId'
  | 'quoteId'
  | 'position'
  | 'text'
  | 'standalone'
  | 'start'
  | 'end'
  | 'speakerId'
  | 'checkworthiness'
  | 'checkworthy'
>;

/** A claim a person made (by hand from a span, or by splitting or merging claims), to store in triage. */
export interface MadeClaim extends Omit<NewClaim, 'position'> {
  origin: Exclude<ClaimOrigin, ClaimOrigin.Extraction>;
  addedBy: string;
  derivedFrom: string[];
}

/** What triage decided for a claim: its base priority, whether it is parked, the stage it is in now, its bands. */
export interface TriagedClaim {
  id: string;
  /** The score of the model in service, and its version (null while none is registered). */
  checkworthiness: number;
  checkworthy: boolean;
  checkworthinessModel: number | null;
  priority: number;
  parked: boolean;
  stage: ClaimStage;
  /** The MinHash bands it keeps in the repeat index (none for a repeat of an earlier claim). */
  matchBands: number[];
  /** Its normalised words, which later claims' similarity with it is measured on (claim-fingerprint.ts). */
  matchKey: string;
}

/** A claim just marked overdue, and how long it had waited in its stage. */
export interface OverdueClaim {
  id: string;
  articleId: string;
  stage: ClaimStage;
  waitedMinutes: number;
}

/** Claims: the checkable assertions found in quotes, and where each stands on the desk. */
@Injectable()
export class ClaimsRepository {
  /** The article a claim is of; null when there is no such claim. */
  async articleOf(db: Queryable, id: string): Promise<string | null> {
    const [row] = await db.query<{ articleId: string }>(
      sql`SELECT article_id AS "articleId" FROM claims WHERE id = ${id}`,
    );
    return row?.articleId ?? null;
  }

  /** The claim, locked for the rest of the transaction against other writers (not against readers). */
  async lock(db: Queryable, id: string): Promise<ClaimRow | null> {
    return this.lockWhere(db, sql`claim.id = ${id}`);
  }

  /** The claim a lease is (or was last) on, locked as `lock` does. */
  async lockByLease(db: Queryable, leaseId: string): Promise<ClaimRow | null> {
    return this.lockWhere(db, sql`claim.lease_id = ${leaseId}`);
  }

  /**
   * The claims leased to the person (live leases or run out, not yet ended), locked as `lock` does: found through
   * their open leases, which are indexed by holder (claims are not, so that lease changes stay HOT updates).
   */
  async lockLeasedBy(db: Queryable, holderId: string): Promise<(ClaimRow & { leaseId: string })[]> {
    return db.query<ClaimRow & { leaseId: string }>(sql`
      SELECT ${CLAIM_COLUMNS} FROM claims claim
       WHERE claim.id IN (SELECT claim_id FROM leases WHERE holder_id = ${holderId} AND released_at IS NULL)
         AND claim.lease_holder_id = ${holderId}
       ORDER BY claim.id
         FOR NO KEY UPDATE`);
  }

  /**
   * Stores an article's claims as the extraction found and triage decided them (their ids made by the caller): each
   * in the stage triage chose, from now, with its queue rank, repeat bands and key, and its first stage period. One
   * statement, whatever their number, and each claim is written once; the claims as stored (ClaimRows).
   */
  insertExtractedSql(claims: (NewClaim & TriagedClaim)[]): SQLQuery {
    const column = <Key extends keyof (NewClaim & TriagedClaim)>(key: Key) => claims.map((claim) => claim[key]);
    return sql`
      WITH inserted AS (
        INSERT INTO claims AS claim (id, article_id, quote_id, position, text, standalone, start_offset, end_offset,
                                     speaker_id, checkworthiness, checkworthy, stage, parked, priority, queue_rank,
                                     triaged_at, stage_entered_at, match_bands, match_key, checkworthiness_model)
        SELECT id, article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id, checkworthiness,
               checkworthy, stage, parked, priority, ${queueRankNowSql(sql`priority`)}, now(), now(),
               string_to_array(match_bands, ',')::bigint[], match_key, checkworthiness_model
          FROM unnest(${column('id')}::uuid[], ${column('articleId')}::uuid[], ${column('quoteId')}::uuid[],
                      ${column('position')}::int[], ${column('text')}::text[], ${column('standalone')}::text[],
                      ${column('start')}::int[], ${column('end')}::int[], ${column('speakerId')}::uuid[],
                      ${column('checkworthiness')}::real[], ${column('checkworthy')}::boolean[],
                      ${column('stage')}::text[], ${column('parked')}::boolean[], ${column('priority')}::float8[],
                      ${claims.map((claim) => claim.matchBands.join(','))}::text[], ${column('matchKey')}::text[],
                      ${column('checkworthinessModel')}::int[])
               AS claim(id, article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id,
                        checkworthiness, checkworthy, stage, parked, priority, match_bands, match_key,
                        checkworthiness_model)
        RETURNING ${CLAIM_COLUMNS}),
      periods AS (
        INSERT INTO claim_stage_periods (claim_id, stage, entered_at) SELECT id, stage, "stageEnteredAt" FROM inserted)
      SELECT * FROM inserted ORDER BY start, position`;
  }

  /**
   * Stores claims a person made in triage, from now, with their first stage period, each after the last claim of its
   * quote (the article is locked by the caller, so positions are not raced for); their ids, in the order given.
   */
  async insertMade(db: Queryable, claims: MadeClaim[]): Promise<string[]> {
    const column = <Key extends keyof MadeClaim>(key: Key) => claims.map((claim) => claim[key]);
    const rows = await db.query<{ id: string }>(sql`
      WITH made AS (
        SELECT made.*,
               (SELECT coalesce(max(position) + 1, 0) FROM claims WHERE quote_id = made.quote_id)
                 + row_number() OVER (PARTITION BY made.quote_id ORDER BY made.n) - 1 AS position
          FROM unnest(${column('articleId')}::uuid[], ${column('quoteId')}::uuid[], ${column('text')}::text[],
                      ${column('standalone')}::text[], ${column('start')}::int[], ${column('end')}::int[],
                      ${column('speakerId')}::uuid[], ${column('checkworthiness')}::real[],
                      ${column('checkworthy')}::boolean[], ${column('origin')}::text[], ${column('addedBy')}::uuid[],
                      ${claims.map((claim) => claim.derivedFrom.join(','))}::text[]) WITH ORDINALITY
               AS made(article_id, quote_id, text, standalone, start_offset, end_offset, speaker_id, checkworthiness,
                       checkworthy, origin, added_by, derived_from, n)),
      inserted AS (
        INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id,
                            checkworthiness, checkworthy, stage, stage_entered_at, origin, added_by, derived_from)
        SELECT article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id, checkworthiness,
               checkworthy, ${ClaimStage.Triage}, now(), origin, added_by,
               coalesce(string_to_array(nullif(derived_from, ''), ','), '{}')::uuid[]
          FROM made ORDER BY n
        RETURNING id, stage, stage_entered_at, start_offset, quote_id, position),
      periods AS (
        INSERT INTO claim_stage_periods (claim_id, stage, entered_at) SELECT id, stage, stage_entered_at FROM inserted)
      SELECT inserted.id FROM inserted JOIN made USING (quote_id, position) ORDER BY made.n`);
    return rows.map((row) => row.id);
  }

  /** A claim of the article, not dismissed, that covers exactly this span; null when there is none. */
  async findLiveAt(db: Queryable, articleId: string, span: { start: number; end: number }): Promise<string | null> {
    const [row] = await db.query<{ id: string }>(sql`
      SELECT id FROM claims
       WHERE article_id = ${articleId} AND start_offset = ${span.start} AND end_offset = ${span.end}
         AND stage <> ${ClaimStage.Dismissed}
       LIMIT 1`);
    return row?.id ?? null;
  }

  /** Whether a claim of the article, not dismissed, lies wholly inside the span. */
  async anyLiveWithin(db: Queryable, articleId: string, span: { start: number; end: number }): Promise<boolean> {
    const rows = await db.query(sql`
      SELECT 1 FROM claims
       WHERE article_id = ${articleId} AND start_offset >= ${span.start} AND end_offset <= ${span.end}
         AND stage <> ${ClaimStage.Dismissed}
       LIMIT 1`);
    return rows.length > 0;
  }

  /** The article's claims not triaged yet (ClaimRows), in the order of the text, locked as `lock` does. */
  lockUntriagedSql(articleId: string): SQLQuery {
    return sql`
      SELECT ${CLAIM_COLUMNS} FROM claims claim
       WHERE claim.article_id = ${articleId} AND claim.triaged_at IS NULL
       ORDER BY claim.start_offset
         FOR NO KEY UPDATE`;
  }

  /**
   * Writes what triage decided, for all of an article's claims in one statement: priority, parked, match bands and
   * key, the queue rank from now; a claim whose stage changes enters it now (its stage periods logged as `moveToStage`
   * does). Its rows are the claims as they are then (ClaimRows, and whether each `moved` to another stage).
   */
  recordTriageSql(claims: TriagedClaim[]): SQLQuery {
    return sql`
      WITH decided AS (
        SELECT * FROM unnest(${claims.map((claim) => claim.id)}::uuid[], ${claims.map((claim) => claim.priority)}::float8[],
                             ${claims.map((claim) => claim.parked)}::boolean[], ${claims.map((claim) => claim.stage)}::text[],
                             ${claims.map((claim) => claim.matchBands.join(','))}::text[],
                             ${claims.map((claim) => claim.matchKey)}::text[],
                             ${claims.map((claim) => claim.checkworthiness)}::real[],
                             ${claims.map((claim) => claim.checkworthy)}::boolean[],
                             ${claims.map((claim) => claim.checkworthinessModel)}::int[])
                 AS decided(id, priority, parked, stage, match_bands, match_key, checkworthiness, checkworthy,
                            checkworthiness_model)),
      triaged AS (
        UPDATE claims claim
           SET priority = decided.priority, triaged_at = now(), parked = decided.parked, stage = decided.stage,
               stage_entered_at = CASE WHEN decided.stage = claim.stage THEN claim.stage_entered_at ELSE now() END,
               queue_rank = ${queueRankNowSql(sql`decided.priority`)}, overdue = false,
               match_bands = string_to_array(decided.match_bands, ',')::bigint[], match_key = decided.match_key,
               checkworthiness = decided.checkworthiness, checkworthy = decided.checkworthy,
               checkworthiness_model = decided.checkworthiness_model, updated_at = now()
          FROM decided, claims before
         WHERE claim.id = decided.id AND before.id = claim.id
        RETURNING ${CLAIM_COLUMNS}, before.stage <> claim.stage AS moved),
      ${stagePeriodSteps(sql`SELECT id, stage FROM triaged WHERE moved`)}
      SELECT * FROM triaged`;
  }

  /** Sets the MinHash bands the claim keeps in the repeat index. */
  async setMatchBands(db: Queryable, claimId: string, bands: number[]): Promise<void> {
    await db.query(
      sql`UPDATE claims SET match_bands = ${bands.map(String)}::bigint[], updated_at = now() WHERE id = ${claimId}`,
    );
  }

  /**
   * Marks overdue the claims waiting longer than their stage's deadline (research or review, by the database's
   * clock), at most `limit` of them, longest waiting first, and raises their queue rank by `boost`. Claims another
   * transaction holds are passed over (`SKIP LOCKED`), so two sweeps at once mark each claim once.
   */
  async markOverdue(
    db: Queryable,
    deadlines: { researchMinutes: number; reviewMinutes: number },
    boost: number,
    limit: number,
  ): Promise<OverdueClaim[]> {
    const enteredBefore = (minutes: number) => sql`now() - make_interval(secs => ${minutes * 60})`;
    return db.query<OverdueClaim>(sql`
      WITH due AS (
        SELECT id FROM claims
         WHERE NOT overdue AND stage IN (${ClaimStage.Research}, ${ClaimStage.Review})
           AND ((stage = ${ClaimStage.Research} AND stage_entered_at <= ${enteredBefore(deadlines.researchMinutes)})
             OR (stage = ${ClaimStage.Review} AND stage_entered_at <= ${enteredBefore(deadlines.reviewMinutes)}))
         ORDER BY stage_entered_at
         LIMIT ${limit}
           FOR NO KEY UPDATE SKIP LOCKED)
      UPDATE claims SET overdue = true, queue_rank = queue_rank + ${boost}, updated_at = now()
        FROM due WHERE claims.id = due.id
      RETURNING claims.id, claims.article_id AS "articleId", claims.stage,
                round(extract(epoch FROM now() - claims.stage_entered_at) / 60)::int AS "waitedMinutes"`);
  }

  /**
   * Moves claims to a stage: every stage change of every feature goes through here (triage's routing, promoting,
   * dismissing, submitting, approving, rejecting). Their time in the stage starts at the database's now, their queue
   * rank is set from their priority and that time (see claim-priority.ts), overdue is cleared, any reservation ends
   * (a send-back reserves after its move), and the stage-period log closes each claim's open period and opens the new
   * one; `also` writes fields that change with the move. One statement, whatever the number of claims; the moved
   * claims as they are now.
   */
  async moveToStage(
    db: Queryable,
    claimIds: string[],
    stage: ClaimStage,
    also: { parked?: boolean; dismissedReason?: string; replacedBy?: string[] } = {},
  ): Promise<ClaimRow[]> {
    if (claimIds.length === 0) return [];
    const extra = [
      ...(also.parked === undefined ? [] : [sql`parked = ${also.parked}`]),
      ...(also.dismissedReason === undefined ? [] : [sql`dismissed_reason = ${also.dismissedReason}`]),
      ...(also.replacedBy === undefined ? [] : [sql`replaced_by = ${also.replacedBy}::uuid[]`]),
    ];
    return db.query<ClaimRow>(sql`
      WITH moved AS (
        UPDATE claims claim
           SET stage = ${stage}, stage_entered_at = now(), overdue = false, queue_rank = ${queueRankNowSql(sql`claim.priority`)},
               reserved_for = NULL, reserved_until = NULL,
               ${sql.join([...extra, sql`updated_at = now()`], sql`, `)}
         WHERE claim.id = ANY(${claimIds}::uuid[])
        RETURNING ${CLAIM_COLUMNS}),
      ${stagePeriodSteps(sql`SELECT id, stage FROM moved`)}
      SELECT * FROM moved`);
  }

  /** Reserves the claim for the person for `hours` from the database's now; until when. */
  async reserve(db: Queryable, claimId: string, personId: string, hours: number): Promise<Date> {
    const [{ until }] = await db.query<{ until: Date }>(sql`
      UPDATE claims SET reserved_for = ${personId},
                        reserved_until = date_trunc('milliseconds', now() + make_interval(secs => ${hours * 3600})),
                        updated_at = now()
       WHERE id = ${claimId}
      RETURNING reserved_until AS until`);
    return until;
  }

  /** Ends the claim's reservation (live or run out). */
  async endReservation(db: Queryable, claimId: string): Promise<void> {
    await db.query(
      sql`UPDATE claims SET reserved_for = NULL, reserved_until = NULL, updated_at = now() WHERE id = ${claimId}`,
    );
  }

  /** The claims with a live reservation for the person, locked as `lock` does (found through their own index). */
  async lockReservedFor(db: Queryable, personId: string): Promise<ClaimRow[]> {
    return db.query<ClaimRow>(sql`
      SELECT ${CLAIM_COLUMNS} FROM claims claim
       WHERE claim.reserved_for = ${personId} AND claim.reserved_until > now()
       ORDER BY claim.id
         FOR NO KEY UPDATE`);
  }

  private async lockWhere(db: Queryable, condition: SQLQuery): Promise<ClaimRow | null> {
    const [row] = await db.query<ClaimRow>(
      sql`SELECT ${CLAIM_COLUMNS} FROM claims claim WHERE ${condition} FOR NO KEY UPDATE`,
    );
    return row ?? null;
  }
}

/** `queueRank` (claim-priority.ts) of a claim of this priority entering its stage at the database's now. */
function queueRankNowSql(priority: SQLQuery): SQLQuery {
  return sql`(${priority} - ${AGING_PER_HOUR}::float8
              * (extract(epoch FROM now() - ${QUEUE_RANK_EPOCH.toISOString()}::timestamptz)::float8 / 3600))`;
}

/**
 * The steps that log the stage changes of the claims `moved` selects (`id`, `stage`: the stage entered): `closed`
 * (the period each was in) and `opened` (the one it enters, from now).
 */
function stagePeriodSteps(moved: SQLQuery): SQLQuery {
  return sql`
    closed AS (
      UPDATE claim_stage_periods period SET left_at = now()
        FROM (${moved}) AS entering
       WHERE period.claim_id = entering.id AND period.left_at IS NULL
      RETURNING period.claim_id),
    opened AS (
      -- Joined to "closed" so that each open period is closed before the next opens (one open period per claim).
      INSERT INTO claim_stage_periods (claim_id, stage, entered_at)
      SELECT entering.id, entering.stage, now() FROM (${moved}) AS entering CROSS JOIN (SELECT count(*) FROM closed) AS done
      RETURNING claim_id)`;
}
