import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { ListUnfinishedWorkUseCase } from './list-unfinished-work/list-unfinished-work.usecase';
import { RequeueWorkUseCase } from './requeue-work/requeue-work.usecase';

const USE_CASES = [ListUnfinishedWorkUseCase, RequeueWorkUseCase];

/** Rebuilding the queues from the tables, for the reconciler. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class RecoveryModule {}
