import { randomBytes, randomUUID } from 'node:crypto';
import { ClaimStage, Queryable, Role, sql, VerdictStatus } from '@app/database';

/**
 * Rows for tests, written straight into the tables: a test of a use case starts from the state it needs (a queue of
 * claims, a submitted verdict) without running the extraction and triage that would make it, so it depends on
 * nothing but the use case under test. Every value has a plain default; pass what the test is about.
 */
export class RowFactory {
  constructor(private readonly db: Queryable) {}

  async user(
    fields: { role?: Role; name?: string; team?: string } = {},
  ): Promise<{ id: string; name: string; role: Role }> {
    const [row] = await this.db.query<{ id: string; name: string; role: Role }>(sql`
      INSERT INTO users (name, role, api_key_hash, api_key_prefix, team)
      VALUES (${fields.name ?? `Person ${randomBytes(3).toString('hex')}`}, ${fields.role ?? Role.FactChecker},
              ${randomBytes(32).toString('hex')}, ${'fck_test'}, ${fields.team ?? null})
      RETURNING id, name, role`);
    return row;
  }

  async article(fields: { submittedBy?: string; body?: string; url?: string | null } = {}): Promise<{ id: string }> {
    const body = fields.body ?? `“Crime fell 20 percent last year,” the mayor said. ${randomUUID()}`;
    const submittedBy = fields.submittedBy ?? (await this.user({ role: Role.Ingester })).id;
    const [row] = await this.db.query<{ id: string }>(sql`
      INSERT INTO articles (url, url_key, body_hash, title, body, source_format, status, submitted_by, extracted_at)
      VALUES (${fields.url ?? null}, ${fields.url ?? null}, ${randomUUID()}, ${'An article'}, ${body}, 'text', 'extracted',
              ${submittedBy}, now())
      RETURNING id`);
    return row;
  }

  async quote(
    fields: { articleId?: string; text?: string; speakerName?: string } = {},
  ): Promise<{ id: string; articleId: string }> {
    const articleId = fields.articleId ?? (await this.article()).id;
    const text = fields.text ?? '“Crime fell 20 percent last year,”';
    const [row] = await this.db.query<{ id: string; articleId: string }>(sql`
      INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind, speaker_name, speaker_type)
      SELECT ${articleId}, coalesce(max(position) + 1, 0), ${text}, 0, ${text.length}, 'direct',
             ${fields.speakerName ?? 'Brandon Johnson'}, 'person'
        FROM quotes WHERE article_id = ${articleId}
      RETURNING id, article_id AS "articleId"`);
    return row;
  }

  /** A claim (with an article and a quote of its own unless given), in triage unless told otherwise. */
  async claim(
    fields: { stage?: ClaimStage; queueRank?: number; quoteId?: string; text?: string; parked?: boolean } = {},
  ): Promise<{ id: string; articleId: string; quoteId: string }> {
    const quote = fields.quoteId
      ? (
          await this.db.query<{ id: string; articleId: string }>(
            sql`SELECT id, article_id AS "articleId" FROM quotes WHERE id = ${fields.quoteId}`,
          )
        )[0]
      : await this.quote();
    const text = fields.text ?? `Crime fell ${randomBytes(2).readUInt16BE()} percent last year`;
    const stage = fields.stage ?? ClaimStage.Triage;
    const [row] = await this.db.query<{ id: string; articleId: string; quoteId: string }>(sql`
      WITH claim AS (
        INSERT INTO claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, checkworthiness,
                            checkworthy, stage, parked, priority, queue_rank, triaged_at, stage_entered_at)
        SELECT ${quote.articleId}, ${quote.id}, coalesce(max(position) + 1, 0), ${text}, ${text}, 0, ${text.length}, 0.8,
               true, ${stage}, ${fields.parked ?? false}, ${fields.queueRank ?? 0.5}, ${fields.queueRank ?? 0.5},
               ${stage === ClaimStage.Triage && !fields.parked ? null : sql`now()`}, now()
          FROM claims WHERE quote_id = ${quote.id}
        RETURNING id, article_id, quote_id, stage, stage_entered_at),
      period AS (INSERT INTO claim_stage_periods (claim_id, stage, entered_at) SELECT id, stage, stage_entered_at FROM claim)
      SELECT id, article_id AS "articleId", quote_id AS "quoteId" FROM claim`);
    return row;
  }

  /** A verdict version on a claim, written by `authors` (the last is its `author_id`). */
  async verdict(
    claimId: string,
    fields: { status?: VerdictStatus; authors: string[]; rating?: string; version?: number },
  ): Promise<{ id: string }> {
    const [row] = await this.db.query<{ id: string }>(sql`
      INSERT INTO verdicts (claim_id, version, status, rating, rating_value, summary, sources, author_id, submitted_at)
      VALUES (${claimId}, ${fields.version ?? 1}, ${fields.status ?? VerdictStatus.Draft}, ${fields.rating ?? 'False'}, 1,
              ${'It did not.'}, ${JSON.stringify([{ url: 'https://stats.example/crime' }])},
              ${fields.authors[fields.authors.length - 1]},
              ${fields.status === VerdictStatus.Submitted ? sql`now()` : null})
      RETURNING id`);
    for (const author of fields.authors) {
      await this.db.query(sql`INSERT INTO verdict_authors (verdict_id, user_id) VALUES (${row.id}, ${author})`);
    }
    return row;
  }
}
