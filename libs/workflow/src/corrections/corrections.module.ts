import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { AttributionCorrections } from './attribution-corrections';
import { CorrectClaimUseCase } from './correct-claim/correct-claim.usecase';
import { CorrectQuoteUseCase } from './correct-quote/correct-quote.usecase';
import { ListCorrectionsUseCase } from './list-corrections/list-corrections.usecase';

const USE_CASES = [CorrectClaimUseCase, CorrectQuoteUseCase, ListCorrectionsUseCase];

/** Correcting the machine: a claim's words and speaker, a quote's attribution, and the list of what was corrected. */
@Module({ imports: [DataModule], providers: [AttributionCorrections, ...USE_CASES], exports: USE_CASES })
export class CorrectionsModule {}
