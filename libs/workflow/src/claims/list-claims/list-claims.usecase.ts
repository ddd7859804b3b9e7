import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { keysetPage } from '../../common/keyset-page';
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
    const { rows, nextCursor } = await keysetPage(
      limit,
      (count) => this.claimList.page(this.database, filter, count, after),
      (last) => encodeCursor(last.position),
    );
    return { items: rows.map(({ item }) => item), nextCursor };
  }
}
