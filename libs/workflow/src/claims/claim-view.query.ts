import { Injectable } from '@nestjs/common';
import { Queryable, sql, SQLQuery } from '@app/database';
import { ARTICLE_COLUMNS, ArticleRow, QUOTE_COLUMNS, QuoteRow } from '../articles/articles.repository';
import type { MachineAttribution, MachineWords } from '../corrections/corrections.repository';
import { VerdictRow, VERDICT_COLUMNS } from '../verdicts/verdicts.columns';
import { RESEARCH_SECONDS } from './claim-list.query';
import { ClaimMatchesRepository, MatchRow } from './claim-matches.repository';
import { claimDetail } from './claim-views';
import { CLAIM_COLUMNS, ClaimRow } from './claims.repository';
import { ClaimDetailDto } from './dto/claim-detail.dto';
import { HistoryEntryDto } from './dto/claim-history.dto';

/** Which claim a view is of: by its id, or by the lease it is under (just taken, so its id is not known yet). */
export type ClaimTarget = { claimId: string } | { leaseId: string };

interface HistoryRow {
  id: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/**
 * One claim with everything a fact-checker needs: quote, speaker, article, lease, verdicts, history and matches.
 * Seven statements, sent in one round trip (`Queryable.pipeline`); take-next answers with this view after the take,
 * in the same round trip, so it is on the desk's hottest path.
 */
@Injectable()
export class ClaimViewQuery {
  constructor(private readonly matches: ClaimMatchesRepository) {}

  async get(db: Queryable, claimId: string): Promise<ClaimDetailDto | null> {
    return this.fromRows(await db.pipeline(this.statements({ claimId })));
  }

  /** The statements that read the view, to send after others in one pipeline. */
  statements(target: ClaimTarget): SQLQuery[] {
    const claimId =
      'claimId' in target
        ? sql`${target.claimId}::uuid`
        : sql`(SELECT claim_id FROM leases WHERE id = ${target.leaseId})`;
    return [
      sql`SELECT ${CLAIM_COLUMNS}, ${RESEARCH_SECONDS} AS "researchSeconds" FROM claims claim WHERE claim.id = ${claimId}`,
      sql`SELECT ${QUOTE_COLUMNS} FROM quotes quote JOIN claims claim ON claim.quote_id = quote.id WHERE claim.id = ${claimId}`,
      sql`SELECT ${ARTICLE_COLUMNS} FROM articles article JOIN claims claim ON claim.article_id = article.id
           WHERE claim.id = ${claimId}`,
      sql`SELECT ${VERDICT_COLUMNS} FROM verdicts verdict WHERE verdict.claim_id = ${claimId} ORDER BY verdict.version DESC`,
      this.historySql(claimId),
      this.matches.forClaimSql(claimId),
      sql`SELECT claim.machine AS "claimMachine", quote.machine AS "quoteMachine", quote.not_a_quote AS "notAQuote"
            FROM claims claim JOIN quotes quote ON quote.id = claim.quote_id WHERE claim.id = ${claimId}`,
    ];
  }

  /** The view from the rows of `statements`, in order; null when there is no such claim. */
  fromRows(rows: unknown[][]): ClaimDetailDto | null {
    const [[claim], [quote], [article], verdicts, history, matches, [corrections]] = rows as [
      (ClaimRow & { researchSeconds: number })[],
      QuoteRow[],
      ArticleRow[],
      VerdictRow[],
      HistoryRow[],
      MatchRow[],
      { claimMachine: MachineWords | null; quoteMachine: MachineAttribution | null; notAQuote: boolean }[],
    ];
    if (!claim || !quote || !article || !corrections) return null;
    return claimDetail(claim, quote, article, verdicts, historyViews(history), matches, corrections);
  }

  /** The claim's history: every event about it, with who did it. */
  async history(db: Queryable, claimId: string): Promise<HistoryEntryDto[]> {
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

function historyViews(rows: HistoryRow[]): HistoryEntryDto[] {
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    actor: { id: row.actorId, name: row.actorName },
    data: row.data,
    at: row.createdAt.toISOString(),
  }));
}
