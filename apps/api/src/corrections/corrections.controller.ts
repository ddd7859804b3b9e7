import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/database';
import {
  Actor,
  ClaimDetailDto,
  CorrectClaimCommand,
  CorrectClaimUseCase,
  CorrectedQuoteDto,
  CorrectionPageDto,
  CorrectQuoteCommand,
  CorrectQuoteUseCase,
  ListCorrectionsCommand,
  ListCorrectionsUseCase,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { ClaimCorrectionDto, ListCorrectionsQueryDto, QuoteCorrectionDto } from './corrections.dto';

/** Correcting the machine: a claim's words and speaker, a quote's attribution, and what was corrected. */
@ApiTags('Corrections')
@Controller('v1')
export class CorrectionsController {
  constructor(
    private readonly correctClaim: CorrectClaimUseCase,
    private readonly correctQuote: CorrectQuoteUseCase,
    private readonly listCorrections: ListCorrectionsUseCase,
  ) {}

  @Patch('claims/:id')
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'Correct a claim',
    description:
      'The fact-checker holding the claim’s lease, or an editor, corrects what the extraction got wrong before it is ' +
      'published: its words (`text`, a span of its quote), its standalone form, its speaker (its quote’s, so for ' +
      'every claim of the quote). The claim view keeps the machine’s output in `machine`; each change is listed in ' +
      '`GET /v1/corrections` and is an event of the claim’s history (`claim.corrected`, `quote.corrected`) with who ' +
      'made it; the ClaimReview publishes the corrected values.',
  })
  @ApiOkResponse({ description: 'The claim as corrected, with `machine`.', type: ClaimDetailDto })
  @ApiProblem(
    400,
    'Nothing to correct, an empty or oversized value, `text` that is not words of the claim’s quote, a speaker that is ' +
      'neither `{speakerId}` of one of the article’s speakers nor `{name, type}` (`errors[]` names each field).',
  )
  @ApiProblem(
    409,
    'You do not hold the claim’s lease and are not an editor, or the claim (for a speaker: one of its quote’s claims) ' +
      'is published (correct its verdict instead) or dismissed, or (for a speaker, unless you are an editor) another ' +
      'claim of its quote is held by someone else, kept for someone else or under review.',
  )
  correctClaimWords(
    @Param('id') id: string,
    @Body() dto: ClaimCorrectionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ClaimDetailDto> {
    return this.correctClaim.execute(new CorrectClaimCommand(actor, id, dto));
  }

  @Patch('quotes/:id')
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'Correct a quote’s attribution',
    description:
      'An editor, or the fact-checker holding a lease on one of its claims while none of the others is held by ' +
      'someone else or under review, fixes who said a quote (`speaker`), the ' +
      'words that name them (`mention`), or says it is nobody’s quote (`notAQuote: true`): its claims are then ' +
      'dismissed with the reason “Not a quote of anyone”, kept and marked, their leases ended. Each change is listed ' +
      'in `GET /v1/corrections` and is a `quote.corrected` event in the history of every claim of the quote.',
  })
  @ApiOkResponse({ description: 'The quote as corrected, with its claims.', type: CorrectedQuoteDto })
  @ApiProblem(
    400,
    'Nothing to correct, a mention outside the article’s text, over only spaces, longer than 300 characters or ' +
      'cutting a character in two (a surrogate pair), `notAQuote` other than true or with a speaker or mention, a ' +
      'speaker that is neither `{speakerId}` of one of the article’s speakers nor `{name, type}` (`errors[]` names ' +
      'each field).',
  )
  @ApiProblem(
    409,
    'You hold no lease on any of its claims, or another of its claims is held by someone else, kept for someone ' +
      'else or under review, and you are not an editor; one of its claims is published, or the quote is marked as ' +
      'nobody’s already.',
  )
  correctAttribution(
    @Param('id') id: string,
    @Body() dto: QuoteCorrectionDto,
    @CurrentActor() actor: Actor,
  ): Promise<CorrectedQuoteDto> {
    return this.correctQuote.execute(new CorrectQuoteCommand(actor, id, dto));
  }

  @Get('corrections')
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'What people corrected in the extraction',
    description:
      'Every correction, oldest first, each with its `kind`, the machine’s original value and the person’s, who and ' +
      'when: to measure the extraction against what people fixed. Page with `cursor`; new kinds may be added.',
  })
  @ApiOkResponse({ type: CorrectionPageDto })
  corrections(@Query() query: ListCorrectionsQueryDto): Promise<CorrectionPageDto> {
    return this.listCorrections.execute(new ListCorrectionsCommand(query.since, query));
  }
}
