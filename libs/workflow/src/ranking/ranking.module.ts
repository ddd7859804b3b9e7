import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { RegisterShippedModelUseCase } from './register-shipped-model.usecase';
import { RetrainCheckworthinessUseCase } from './retrain-checkworthiness/retrain-checkworthiness.usecase';

const USE_CASES = [RetrainCheckworthinessUseCase, RegisterShippedModelUseCase];

/** The ranking that learns from the desk: the desk's decisions as labels, model versions, retraining. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class RankingModule {}
