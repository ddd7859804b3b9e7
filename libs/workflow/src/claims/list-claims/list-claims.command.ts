import { ClaimStage } from '@app/database';
import { isUuid, WorkflowError } from '../../common/workflow-error';
import type { ClaimFilter, ClaimPosition } from '../claim-list.query';

/** What a listing asks for, as the API reads it. */
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
  /** Only claims sent back to this person and still kept for them. */
  reservedFor?: string;
  limit?: number;
  /** The `nextCursor` of the page before. */
  cursor?: string;
}

/** A page of claims in queue order; a cursor is only one this service gave out. */
export class ListClaimsCommand {
  readonly filter: ClaimFilter;
  readonly limit: number;
  readonly after?: ClaimPosition;

  constructor(query: ListClaimsQuery) {
    const speaker = query.speaker ? query.speaker.trim() : undefined;
    this.filter = {
      stage: query.stage,
      speaker: speaker === undefined ? undefined : isUuid(speaker) ? { id: speaker } : { name: speaker },
      words: query.q?.trim() ? query.q : undefined,
      publisher: query.publisher?.trim() || undefined,
      minCheckworthiness: query.minScore,
      articleId: query.articleId,
      reservedFor: query.reservedFor,
    };
    this.limit = query.limit ?? 20;
    if (query.cursor) this.after = decodeCursor(query.cursor);
  }
}

/** The cursor of the page after the one ending at `last`. */
export function encodeCursor(last: ClaimPosition): string {
  return Buffer.from(JSON.stringify([last.queueRank, last.id])).toString('base64url');
}

function decodeCursor(raw: string): ClaimPosition {
  try {
    const [queueRank, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof queueRank === 'number' && Number.isFinite(queueRank) && typeof id === 'string' && isUuid(id)) {
      return { queueRank, id };
    }
  } catch {
    // fall through to the error below
  }
  throw WorkflowError.invalid('cursor is not one this service gave out', [
    { field: 'cursor', message: 'use the nextCursor of a previous page' },
  ]);
}
