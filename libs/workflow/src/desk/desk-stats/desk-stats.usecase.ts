import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database } from '@app/database';
import { DeskStatsQuery } from '../desk-stats.query';
import { deskStatsView } from '../desk.views';
import { DeskStatsDto } from '../dto/desk-stats.dto';
import { DeskStatsCommand } from './desk-stats.command';

const DEFAULT_PERIOD_MS = 30 * 24 * 3_600_000;

/**
 * How the desk is doing: queue sizes by stage, the median time claims spend in each stage, published verdicts by
 * rating, and per team how many verdicts were published within the service level (PUBLISH_SLA_HOURS from a
 * claim's first entry into research to its first publication).
 */
@Injectable()
export class DeskStatsUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly stats: DeskStatsQuery,
  ) {}

  async execute(command: DeskStatsCommand): Promise<DeskStatsDto> {
    const since = command.since ?? new Date(Date.now() - DEFAULT_PERIOD_MS);
    const rows = await this.stats.read(this.database, since, this.config.PUBLISH_SLA_HOURS);
    return deskStatsView(rows, since, this.config.PUBLISH_SLA_HOURS);
  }
}
