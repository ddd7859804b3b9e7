import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { GetFactCheckUseCase } from './get-fact-check/get-fact-check.usecase';
import { ListFactChecksUseCase } from './list-fact-checks/list-fact-checks.usecase';

const USE_CASES = [GetFactCheckUseCase, ListFactChecksUseCase];

/** Public fact checks: the published verdicts as readers see them, by their stable slug, and their list. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class FactChecksModule {}
