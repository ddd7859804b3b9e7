import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
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
    // One more than the page, to know whether another follows.
    const rows = await this.events.page(this.database, filter, limit + 1, cursor);
    const page = rows.slice(0, limit);
    return {
      items: page.map(eventView),
      nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    };
  }
}
