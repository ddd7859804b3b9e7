import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { Article, Claim, ClaimStage, Quote } from '@app/database';
import { WorkflowError } from '../common/workflow-error';
import { claimListItem } from './claim-views';

export interface ListClaimsQuery {
  stage?: ClaimStage;
  /** Part of the speaker's name, or a speaker id. */
  speaker?: string;
  /** Words (and "phrases", -exclusions, or) to look for in the claim, stemmed: web search syntax. */
  q?: string;
  /** Part of the publisher's name. */
  publisher?: string;
  minScore?: number;
  articleId?: string;
  limit?: number;
  cursor?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Cursor {
  rank: number;
  id: string;
}

/** Claims in ranking order (priority, then id), paged with an opaque keyset cursor. */
@Injectable()
export class ListClaimsUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListClaimsQuery) {
    const limit = query.limit ?? 20;
    const builder = this.dataSource.manager
      .createQueryBuilder(Claim, 'claim')
      .orderBy('claim.queueRank', 'DESC')
      .addOrderBy('claim.id', 'ASC')
      .take(limit + 1);
    if (query.stage) builder.andWhere('claim.stage = :stage', { stage: query.stage });
    if (query.articleId) builder.andWhere('claim.articleId = :articleId', { articleId: query.articleId });
    if (query.minScore !== undefined)
      builder.andWhere('claim.checkworthiness >= :minScore', { minScore: query.minScore });
    if (query.q?.trim()) {
      builder.andWhere(`claim.search_vector @@ websearch_to_tsquery('english', :q)`, { q: query.q });
    }
    if (query.publisher?.trim()) {
      builder.andWhere('claim.articleId IN (SELECT id FROM articles WHERE lower(publisher) LIKE lower(:publisher))', {
        publisher: `%${escapeLike(query.publisher.trim())}%`,
      });
    }
    if (query.speaker) {
      const speaker = query.speaker.trim();
      const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(speaker);
      builder.andWhere(
        isId ? 'claim.speakerId = :speaker' : 'claim.speakerId IN (SELECT id FROM speakers WHERE name ILIKE :speaker)',
        { speaker: isId ? speaker : `%${escapeLike(speaker)}%` },
      );
    }
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('claim.queueRank < :cursorRank', { cursorRank: cursor.rank })
            .orWhere('(claim.queueRank = :cursorRank AND claim.id > :cursorId)', { cursorId: cursor.id }),
        ),
      );
    }
    const claims = await builder.getMany();
    const page = claims.slice(0, limit);
    const [quotes, articles] = await Promise.all([
      page.length ? this.dataSource.manager.findBy(Quote, { id: In(page.map((claim) => claim.quoteId)) }) : [],
      page.length ? this.dataSource.manager.findBy(Article, { id: In(page.map((claim) => claim.articleId)) }) : [],
    ]);
    const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
    const articleById = new Map(articles.map((article) => [article.id, article]));
    const last = page[page.length - 1];
    return {
      items: page.map((claim) =>
        claimListItem(claim, quoteById.get(claim.quoteId)!, articleById.get(claim.articleId)!),
      ),
      nextCursor: claims.length > limit && last ? encodeCursor({ rank: last.queueRank, id: last.id }) : null,
    };
  }
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.id])).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const [rank, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof rank === 'number' && Number.isFinite(rank) && typeof id === 'string' && UUID.test(id)) {
      return { rank, id };
    }
  } catch {
    // fall through to the error below
  }
  throw WorkflowError.invalid('cursor is not one this service gave out', [
    { field: 'cursor', message: 'use the nextCursor of a previous page' },
  ]);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
