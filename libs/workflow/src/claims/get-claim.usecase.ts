import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import { Article, Claim, Quote, Verdict } from '@app/database';
import { VerdictAuthor, verdictView } from '../common/views';
import { simpleQuery } from '../common/simple-query';
import { assertUuid, WorkflowError } from '../common/workflow-error';
import { claimListItem } from './claim-views';
import { matchesSql, matchViews } from './claim-matches.usecase';
import { authorsJsonSql } from '../verdicts/verdict-authors';

// Columns named as the entities' properties, so the rows read like the entities the views take.
const CLAIM_SQL = (id: string) => `
  SELECT id, text, standalone, start_offset AS "start", end_offset AS "end", checkworthiness, checkworthy, stage, parked,
         priority, queue_rank AS "queueRank", overdue, stage_entered_at AS "stageEnteredAt", created_at AS "createdAt",
         lease_id AS "leaseId", lease_holder_id AS "leaseHolderId", lease_expires_at AS "leaseExpiresAt",
         coalesce(lease_expires_at > now(), false) AS "leaseLive",
         dismissed_reason AS "dismissedReason"
    FROM claims WHERE id = ${id}`;
const QUOTE_SQL = (id: string) => `
  SELECT quote.id, quote.text, quote.kind, quote.start_offset AS "start", quote.end_offset AS "end",
         quote.speaker_id AS "speakerId", quote.speaker_name AS "speakerName", quote.speaker_type AS "speakerType",
         quote.speaker_title AS "speakerTitle", quote.mention_text AS "mentionText", quote.mention_start AS "mentionStart",
         quote.mention_end AS "mentionEnd", quote.cue_text AS "cueText", quote.cue_start AS "cueStart", quote.cue_end AS "cueEnd"
    FROM quotes quote JOIN claims claim ON claim.quote_id = quote.id WHERE claim.id = ${id}`;
const ARTICLE_SQL = (id: string) => `
  SELECT article.id, article.title, article.url, article.publisher, article.published_at AS "publishedAt"
    FROM articles article JOIN claims claim ON claim.article_id = article.id WHERE claim.id = ${id}`;
const VERDICTS_SQL = (id: string) => `
  SELECT id, claim_id AS "claimId", version, status, rating, rating_value AS "ratingValue", summary, explanation, sources,
         author_id AS "authorId", reviewer_id AS "reviewerId", review_comment AS "reviewComment",
         correction_note AS "correctionNote", superseded_at AS "supersededAt", submitted_at AS "submittedAt",
         approved_at AS "approvedAt", published_at AS "publishedAt", updated_at AS "updatedAt",
         ${authorsJsonSql('verdicts.id')} AS authors
    FROM verdicts WHERE claim_id = ${id} ORDER BY version DESC`;
type VerdictRow = Verdict & { authors: VerdictAuthor[] };
const HISTORY_SQL = (id: string) => `
  SELECT event.id, event.type, event.actor_id, actor.name AS actor_name, event.data, event.created_at
    FROM events event LEFT JOIN users actor ON actor.id = event.actor_id
   WHERE event.claim_id = ${id} ORDER BY event.id`;

/** One claim with everything a fact-checker needs: quote, speaker, article, lease, verdicts and history. */
@Injectable()
export class GetClaimUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(id: string) {
    assertUuid('claim', id);
    // Every part in one round trip: six statements sent as one query on one connection. Take-next answers with
    // this view, so it is on the desk's hottest path.
    const results = await simpleQuery(this.dataSource, (literal) => this.statements(`${literal(id)}::uuid`));
    const view = this.fromResults(results);
    if (!view) throw WorkflowError.notFound('claim', id);
    return view;
  }

  /** The statements that read a claim's view; `claim` is an SQL expression of its id. */
  statements(claim: string): string[] {
    return [CLAIM_SQL, QUOTE_SQL, ARTICLE_SQL, VERDICTS_SQL, HISTORY_SQL, matchesSql].map((sql) => sql(claim));
  }

  /** The view from the results of those statements, in order; null when there is no such claim. */
  fromResults(results: QueryResult[]) {
    const [[claim], [quote], [article], verdicts, history, matches] = results.map((result) => result.rows);
    if (!claim || !quote || !article) return null;
    return this.view(claim as Claim, quote as Quote, article as Article, verdicts as VerdictRow[], history, matches);
  }

  async history(claimId: string) {
    assertUuid('claim', claimId);
    return historyViews(await this.dataSource.query(HISTORY_SQL('$1'), [claimId]));
  }

  private view(
    claim: Claim,
    quote: Quote,
    article: Article,
    verdicts: VerdictRow[],
    history: HistoryRow[],
    matches: Record<string, any>[],
  ) {
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
}

interface HistoryRow {
  id: string;
  type: string;
  actor_id: string | null;
  actor_name: string | null;
  data: unknown;
  created_at: Date;
}

function historyViews(rows: HistoryRow[]) {
  return rows.map((row) => ({
    id: String(row.id),
    type: row.type,
    actor: { id: row.actor_id, name: row.actor_name },
    data: row.data,
    at: new Date(row.created_at).toISOString(),
  }));
}
