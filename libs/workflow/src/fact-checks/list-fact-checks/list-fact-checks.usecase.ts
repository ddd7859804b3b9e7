import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { keysetPage } from '../../common/keyset-page';
import { encodeCursor } from '../../verdicts/published-page';
import type { FactCheckPage } from '../fact-check.views';
import { factCheckSummary } from '../fact-check.summary';
import { FactChecksQuery } from '../fact-checks.query';
import { ListFactChecksCommand } from './list-fact-checks.command';

/** Published fact checks for the public list and the feeds: newest first, paged by an opaque cursor. */
@Injectable()
export class ListFactChecksUseCase {
  constructor(
    private readonly database: Database,
    private readonly factChecks: FactChecksQuery,
  ) {}

  async execute({ after, limit }: ListFactChecksCommand): Promise<FactCheckPage> {
    const { rows, nextCursor } = await keysetPage(
      limit,
      (count) => this.factChecks.page(this.database, after, count),
      (last) => encodeCursor({ publishedAtExact: last.publicSinceExact, id: last.claimId }),
    );
    return { items: rows.map(factCheckSummary), nextCursor };
  }
}
