import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { SpanDto } from '../../articles/dto/span.dto';
import { MachineOutputDto } from '../../corrections/dto/machine-output.dto';
import { SentBackVerdictDto, VerdictAuthorDto, VerdictDto } from '../../verdicts/dto/verdict.dto';
import { HistoryEntryDto } from './claim-history.dto';
import { ClaimListItemDto, ClaimQuoteDto } from './claim-list-item.dto';
import { ClaimMatchDto } from './claim-match.dto';

@ApiSchema({ name: 'ClaimQuoteDetail' })
export class ClaimQuoteDetailDto extends ClaimQuoteDto {
  @ApiProperty({ type: () => SpanDto, nullable: true, description: 'The words the attribution points at.' })
  mention: SpanDto | null;

  @ApiProperty({ type: () => SpanDto, nullable: true, description: 'The reporting verb.' })
  cue: SpanDto | null;

  @ApiProperty({
    description: 'A person said this is nobody’s quote (`PATCH /v1/quotes/{id}`): its claims are dismissed, kept.',
  })
  notAQuote: boolean;
}

@ApiSchema({
  name: 'ClaimDetail',
  description: 'A claim with its quote, speaker, article, lease, verdicts, history and matches.',
})
export class ClaimDetailDto extends OmitType(ClaimListItemDto, ['quote'] as const) {
  @ApiProperty({ type: () => ClaimQuoteDetailDto })
  quote: ClaimQuoteDetailDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was dismissed: a person’s reason, or `split` / `merged` when claims replaced it.',
  })
  dismissedReason: string | null;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The claims a split or merge made this one from (empty for the others).',
  })
  derivedFrom: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The claims a split or merge replaced this one with (it is dismissed, kept).',
  })
  replacedBy: string[];

  @ApiProperty({ type: () => VerdictDto, nullable: true, description: 'The latest version.' })
  verdict: VerdictDto | null;

  @ApiProperty({
    type: () => VerdictAuthorDto,
    nullable: true,
    description:
      'Whose draft the lease holder took over: the last other person who wrote the draft, when the holder did not ' +
      'start it (a claim sent back, reassigned, given back or run out). Null without a draft or a holder.',
  })
  draftInheritedFrom: VerdictAuthorDto | null;

  @ApiProperty({ type: () => [VerdictDto], description: 'Every version, newest first.' })
  verdicts: VerdictDto[];

  @ApiProperty({
    type: () => SentBackVerdictDto,
    nullable: true,
    description:
      'The latest version as an editor last sent it back (its words then, the comment, who and when): a resubmission ' +
      'reads against it. Null when it was never sent back, or only before the service kept the words it sent back.',
  })
  sentBack: SentBackVerdictDto | null;

  @ApiProperty({ type: () => [HistoryEntryDto] })
  history: HistoryEntryDto[];

  @ApiProperty({ type: () => [ClaimMatchDto] })
  matches: ClaimMatchDto[];

  @ApiProperty({
    type: () => MachineOutputDto,
    nullable: true,
    description:
      'The extraction’s output, kept once a person corrected the claim or its quote’s attribution (the fields above ' +
      'are then the corrected values, which the ClaimReview publishes); null when nothing was corrected.',
  })
  machine: MachineOutputDto | null;
}
