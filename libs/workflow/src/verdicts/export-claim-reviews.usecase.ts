import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkflowError } from '../common/workflow-error';

export interface ExportQuery {
  /** Only versions published at or after this. */
  since?: Date;
  limit?: number;
  cursor?: string;
}

interface ExportRow {
  verdict_id: string;
  claim_id: string;
  version: number;
  rating: string;
  rating_value: number;
  summary: string | null;
  sources: { url: string; title?: string }[];
  correction_note: string | null;
  published_at: Date;
  superseded_at: Date | null;
  claim_review: Record<string, unknown>;
  claim_text: string;
  standalone: string;
  speaker_name: string | null;
  article_url: string | null;
  article_title: string | null;
  publisher: string | null;
}

/**
 * Published verdicts in publication order, every version (a correction is a new entry whose ClaimReview has
 * `dateModified`), as a ClaimReview JSON-LD feed or CSV rows; paged by an opaque cursor.
 */
@Injectable()
export class ExportClaimReviewsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(query: ExportQuery) {
    const limit = query.limit ?? 100;
    const params: unknown[] = [query.since ?? new Date(0)];
    let after = '';
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      params.push(cursor.publishedAt, cursor.id);
      after = `AND (v.published_at, v.id) > ($2::timestamptz, $3::uuid)`;
    }
    params.push(limit + 1);
    const rows: ExportRow[] = await this.dataSource.query(
      `SELECT v.id AS verdict_id, v.claim_id, v.version, v.rating, v.rating_value, v.summary, v.sources,
              v.correction_note, v.published_at, v.superseded_at, v.claim_review,
              c.text AS claim_text, c.standalone, q.speaker_name, a.url AS article_url, a.title AS article_title, a.publisher,
              to_char(v.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS published_at_exact
         FROM verdicts v
         JOIN claims c ON c.id = v.claim_id
         JOIN quotes q ON q.id = c.quote_id
         JOIN articles a ON a.id = c.article_id
        WHERE v.published_at IS NOT NULL AND v.published_at >= $1 ${after}
        ORDER BY v.published_at, v.id
        LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1] as (ExportRow & { published_at_exact: string }) | undefined;
    return {
      rows: items,
      nextCursor: rows.length > limit && last ? encodeCursor(last.published_at_exact, last.verdict_id) : null,
    };
  }

  async feed(query: ExportQuery) {
    const { rows, nextCursor } = await this.page(query);
    return { items: rows.map((row) => row.claim_review), nextCursor };
  }

  async csv(query: ExportQuery) {
    const { rows, nextCursor } = await this.page(query);
    const header = [
      'claim_id',
      'version',
      'published_at',
      'superseded_at',
      'speaker',
      'claim',
      'rating',
      'rating_value',
      'summary',
      'sources',
      'correction_note',
      'article_url',
      'article_title',
      'publisher',
      'review_url',
    ];
    const lines = rows.map((row) =>
      [
        row.claim_id,
        row.version,
        new Date(row.published_at).toISOString(),
        row.superseded_at ? new Date(row.superseded_at).toISOString() : '',
        row.speaker_name,
        row.standalone || row.claim_text,
        row.rating,
        row.rating_value,
        row.summary,
        row.sources.map((source) => source.url).join(' '),
        row.correction_note,
        row.article_url,
        row.article_title,
        row.publisher,
        row.claim_review?.url,
      ]
        .map(csvField)
        .join(','),
    );
    return { text: [header.join(','), ...lines].join('\r\n') + '\r\n', nextCursor };
  }
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function encodeCursor(publishedAt: string, id: string): string {
  return Buffer.from(JSON.stringify([publishedAt, id])).toString('base64url');
}

function decodeCursor(raw: string): { publishedAt: string; id: string } {
  try {
    const [publishedAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    // Exactly the shape encodeCursor writes, so that nothing Postgres cannot read reaches the query.
    if (
      typeof publishedAt === 'string' &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(publishedAt) &&
      !Number.isNaN(Date.parse(publishedAt)) &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ) {
      return { publishedAt, id };
    }
  } catch {
    // fall through
  }
  throw WorkflowError.invalid('cursor is not one this service gave out', [
    { field: 'cursor', message: 'use nextCursor' },
  ]);
}
