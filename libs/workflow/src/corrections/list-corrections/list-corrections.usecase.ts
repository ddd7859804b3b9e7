import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { keysetPage } from '../../common/keyset-page';
import { CorrectionsRepository } from '../corrections.repository';
import { correctionView } from '../corrections.views';
import { CorrectionPageDto } from '../dto/correction.dto';
import { ListCorrectionsCommand } from './list-corrections.command';

/** What people corrected in the extraction's output, next to what the machine gave, oldest first. */
@Injectable()
export class ListCorrectionsUseCase {
  constructor(
    private readonly database: Database,
    private readonly corrections: CorrectionsRepository,
  ) {}

  async execute({ since, limit, cursor }: ListCorrectionsCommand): Promise<CorrectionPageDto> {
    const { rows, nextCursor } = await keysetPage(
      limit,
      (count) => this.corrections.page(this.database, count, { since, after: cursor }),
      (last) => last.id,
    );
    return { items: rows.map(correctionView), nextCursor };
  }
}
