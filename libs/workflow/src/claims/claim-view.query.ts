import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery } from '@app/database';
import { Article, Quote } from '@app/database';
import { verdictView } from '../verdicts/verdict.views';
import { VerdictRow, VERDICT_COLUMNS } from '../verdicts/verdicts.columns';
import { claimListItem } from './claim-views';
import { matchesSql, MatchRow, matchViews } from './claim-matches.sql';
import { CLAIM_COLUMNS, ClaimRow } from './claims.repository';

/** Which claim a view is of: by its id, or by the lease it is under (just taken, so its id is not known yet). */
export type ClaimTarget = { claimId: string } | { leaseId: string };

interface HistoryRow {
  id: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  data: unknown;
  createdAt: Date;
}

/**
 * One claim with everything a fact-checker needs: quote, speaker, article, lease, verdicts, history and matches.
 * Six statements, sent in one round trip (`Queryable.pipeline`); take-next answers with this view after the take,
 * in the same round trip, so it is on the desk's hottest path.
 */
@Injectable()
export class ClaimViewQuery {
  async get(db: Queryable, claimId: string) {
    return this.fromRows(await db.pipeline(this.statements({ claimId })));
  }

  /** The statements that read the view, to send after others in one pipeline. */
  statements(target: ClaimTarget): SQLQuery[] {
    const claimId =
      'claimId' in target
        ? sql`${target.claimId}::uuid`
        : sql`(SELECT claim_id FROM leases WHERE id = ${target.leaseId})`;
    return [
      sql`SELECT ${CLAIM_COLUMNS} FROM claims claim WHERE claim.id = ${claimId}`,
      sql`SELECT quote.id, quote.text, quote.kind, quote.start_offset AS "start", quote.end_offset AS "end",
                 quote.speaker_id AS "speakerId", quote.speaker_name AS "speakerName", quote.speaker_type AS "speakerType",
                 quote.speaker_title AS "speakerTitle", quote.mention_text AS "mentionText",
                 quote.mention_start AS "mentionStart", quote.mention_end AS "mentionEnd", quote.cue_text AS "cueText",
                 quote.cue_start AS "cueStart", quote.cue_end AS "cueEnd"
            FROM quotes quote JOIN claims claim ON claim.quote_id = quote.id WHERE claim.id = ${claimId}`,
      sql`SELECT article.id, article.title, article.url, article.publisher, article.published_at AS "publishedAt"
            FROM articles article JOIN claims claim ON claim.article_id = article.id WHERE claim.id = ${claimId}`,
      sql`SELECT ${VERDICT_COLUMNS} FROM verdicts verdict WHERE verdict.claim_id = ${claimId} ORDER BY verdict.version DESC`,
      this.historySql(claimId),
      matchesSql(claimId),
    ];
  }

  /** The view from the rows of `statements`, in order; null when there is no such claim. */
  fromRows(rows: unknown[][]) {
    const [[claim], [quote], [article], verdicts, history, matches] = rows as [
      ClaimRow[],
      Quote[],
      Article[],
      VerdictRow[],
      HistoryRow[],
      MatchRow[],
    ];
    if (!claim || !quote || !article) return null;
    return {
      ...claimListItem(claim, quote, article),
      quote: {
        id: quote.id,
        text: quote.text,
        kind: quote.kind,
        start: quote.start,
        end: quote.end,
        mention:
          quote.mentionStart === null
            ? null
            : { text: quote.mentionText, start: quote.mentionStart, end: quote.mentionEnd },
        cue: quote.cueStart === null ? null : { text: quote.cueText, start: quote.cueStart, end: quote.cueEnd },
      },
      dismissedReason: claim.dismissedReason,
      verdict: verdicts[0] ? verdictView(verdicts[0], verdicts[0].authors) : null,
      verdicts: verdicts.map((verdict) => verdictView(verdict, verdict.authors)),
      history: historyViews(history),
      matches: matchViews(matches),
    };
  }

  /** The claim's history: every event about it, with who did it. */
  async history(db: Queryable, claimId: string) {
    return historyViews(await db.query<HistoryRow>(this.historySql(sql`${claimId}::uuid`)));
  }

  private historySql(claimId: SQLQuery): SQLQuery {
    return sql`
      SELECT event.id::text, event.type, event.actor_id AS "actorId", actor.name AS "actorName", event.data,
             event.created_at AS "createdAt"
        FROM events event LEFT JOIN users actor ON actor.id = event.actor_id
       WHERE event.claim_id = ${claimId} ORDER BY event.id`;
  }
}

export type ClaimView = NonNullable<ReturnType<ClaimViewQuery['fromRows']>>;

function historyViews(rows: HistoryRow[]) {
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    actor: { id: row.actorId, name: row.actorName },
    data: row.data,
    at: row.createdAt.toISOString(),
  }));
}
