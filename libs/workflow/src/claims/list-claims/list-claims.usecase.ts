import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { ClaimListQuery } from '../claim-list.query';
import { ClaimPageDto } from '../dto/claim-page.dto';
import { encodeCursor, ListClaimsCommand } from './list-claims.command';

/** Claims in ranking order (queue rank, then id), filtered, paged with an opaque keyset cursor. */
@Injectable()
export class ListClaimsUseCase {
  constructor(
    private readonly database: Database,
    private readonly claimList: ClaimListQuery,
  ) {}

  async execute({ filter, limit, after }: ListClaimsCommand): Promise<ClaimPageDto> {
    // One more than the page, to know whether another follows.
    const found = await this.claimList.page(this.database, filter, limit + 1, after);
    const page = found.slice(0, limit);
    return {
      items: page.map(({ item }) => item),
      nextCursor: found.length > limit ? encodeCursor(page[page.length - 1].position) : null,
    };
  }
}
