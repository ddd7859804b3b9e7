import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { MyVerdictsDto } from '../dto/my-verdict.dto';
import { MyVerdictsQuery } from '../my-verdicts.query';
import { myVerdictView } from '../user.views';
import { ListMyVerdictsCommand } from './list-my-verdicts.command';

/**
 * The latest version of every verdict the caller wrote part of, most recently changed first (at most 200), so a
 * fact-checker finds the ones an editor sent back.
 */
@Injectable()
export class ListMyVerdictsUseCase {
  constructor(
    private readonly database: Database,
    private readonly myVerdicts: MyVerdictsQuery,
  ) {}

  async execute({ actor }: ListMyVerdictsCommand): Promise<MyVerdictsDto> {
    const rows = await this.myVerdicts.list(this.database, actor.id);
    return { items: rows.map(myVerdictView) };
  }
}
