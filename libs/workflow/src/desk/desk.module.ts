import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { DeskStatsUseCase } from './desk-stats/desk-stats.usecase';
import { ListEventsUseCase } from './list-events/list-events.usecase';

const USE_CASES = [DeskStatsUseCase, ListEventsUseCase];

/** The desk as a whole: statistics and the audit trail. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class DeskModule {}
