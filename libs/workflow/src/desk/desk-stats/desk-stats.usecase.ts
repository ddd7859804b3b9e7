import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Database } from '@app/database';
import { DeskStatsQuery } from '../desk-stats.query';
import { CheckworthinessModelsRepository } from '../../ranking/checkworthiness-models.repository';
import { ModelInService } from '../../ranking/model-in-service';
import { checkworthinessModelView, deskStatsView } from '../desk.views';
import { DeskStatsDto } from '../dto/desk-stats.dto';
import { DeskStatsCommand } from './desk-stats.command';

const DEFAULT_PERIOD_MS = 30 * 24 * 3_600_000;

/**
 * How the desk is doing: queue sizes by stage, the median time claims spend in each stage, published verdicts by
 * rating, and per team how many verdicts were published within the service level (PUBLISH_SLA_HOURS from a
 * claim's first entry into research to its first publication); and the check-worthiness model in service.
 */
@Injectable()
export class DeskStatsUseCase {
  constructor(
    private readonly database: Database,
    private readonly config: AppConfig,
    private readonly stats: DeskStatsQuery,
    private readonly models: CheckworthinessModelsRepository,
    private readonly modelInService: ModelInService,
  ) {}

  async execute(command: DeskStatsCommand): Promise<DeskStatsDto> {
    const since = command.since ?? new Date(Date.now() - DEFAULT_PERIOD_MS);
    const rows = await this.stats.read(this.database, since, this.config.PUBLISH_SLA_HOURS);
    // Before any worker registered the shipped model (a fresh install), the first stats register it.
    const model =
      (await this.models.inService(this.database)) ??
      (await this.database.transaction(async (tx) => {
        await this.modelInService.registerShipped(tx);
        return (await this.models.inService(tx))!;
      }));
    return deskStatsView(rows, since, this.config.PUBLISH_SLA_HOURS, checkworthinessModelView(model));
  }
}
