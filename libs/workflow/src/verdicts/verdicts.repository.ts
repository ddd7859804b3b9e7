import { Injectable } from '@nestjs/common';
import { Queryable, sql } from '@app/database';
import { notAuthorOfSubmittedVerdictSql } from './verdicts.columns';

/** Verdicts: each claim's versions of its verdict, with everyone who wrote part of each. */
@Injectable()
export class VerdictsRepository {
  /** Whether the person wrote part of the verdict waiting for review on the claim. */
  async wroteSubmitted(db: Queryable, claimId: string, personId: string): Promise<boolean> {
    const [{ clear }] = await db.query<{ clear: boolean }>(
      sql`SELECT ${notAuthorOfSubmittedVerdictSql(sql`${claimId}::uuid`, personId)} AS clear`,
    );
    return !clear;
  }
}
