import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { keysetPage } from '../../common/keyset-page';
import { DeskEventsQuery } from '../desk-events.query';
import { eventView } from '../desk.views';
import { EventPageDto } from '../dto/event.dto';
import { ListEventsCommand } from './list-events.command';

/** The desk's audit trail, newest first, filterable by type, actor, claim, article and time. */
@Injectable()
export class ListEventsUseCase {
  constructor(
    private readonly database: Database,
    private readonly events: DeskEventsQuery,
  ) {}

  async execute({ filter, limit, cursor }: ListEventsCommand): Promise<EventPageDto> {
    const { rows, nextCursor } = await keysetPage(
      limit,
      (count) => this.events.page(this.database, filter, count, cursor),
      (last) => last.id,
    );
    return { items: rows.map(eventView), nextCursor };
  }
}
