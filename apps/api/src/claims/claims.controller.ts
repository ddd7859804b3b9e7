import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Role } from '@app/database';
import {
  Actor,
  AddClaimNoteCommand,
  AssignClaimCommand,
  AssignClaimUseCase,
  BreakLeaseCommand,
  BreakLeaseUseCase,
  AddClaimNoteUseCase,
  ClaimDetailDto,
  ClaimHistoryDto,
  ClaimListItemDto,
  ClaimPageDto,
  ClaimRewriteDto,
  DecideClaimMatchCommand,
  DecideClaimMatchUseCase,
  DismissClaimCommand,
  DismissClaimUseCase,
  DismissedClaimDto,
  GetClaimCommand,
  GetClaimHistoryUseCase,
  GetClaimUseCase,
  HistoryEntryDto,
  LeaseClaimCommand,
  LeaseClaimUseCase,
  ListClaimsCommand,
  ListClaimsUseCase,
  MatchDecisionDto,
  MergeClaimsCommand,
  MergeClaimsUseCase,
  PromoteClaimCommand,
  PromoteClaimUseCase,
  ReleaseLeaseCommand,
  ReleaseLeaseUseCase,
  SplitClaimCommand,
  SplitClaimUseCase,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import {
  AcceptsIdempotencyKey,
  IdempotencyKey,
  REPLAYED_HEADER,
  replayedResponse,
} from '../idempotency/idempotency-key';
import { ApiProblem } from '../openapi/api-problem.decorator';
import {
  AssignClaimDto,
  ClaimNoteDto,
  DismissDto,
  ListClaimsQueryDto,
  MergeClaimsDto,
  SplitClaimDto,
} from './claims.dto';

@ApiTags('Claims')
@Controller('v1/claims')
@RequireRole(Role.FactChecker)
export class ClaimsController {
  constructor(
    private readonly listClaims: ListClaimsUseCase,
    private readonly getClaim: GetClaimUseCase,
    private readonly getClaimHistory: GetClaimHistoryUseCase,
    private readonly leaseClaim: LeaseClaimUseCase,
    private readonly releaseLease: ReleaseLeaseUseCase,
    private readonly dismissClaim: DismissClaimUseCase,
    private readonly promoteClaim: PromoteClaimUseCase,
    private readonly decideMatch: DecideClaimMatchUseCase,
    private readonly addNote: AddClaimNoteUseCase,
    private readonly assignClaim: AssignClaimUseCase,
    private readonly breakLease: BreakLeaseUseCase,
    private readonly splitClaim: SplitClaimUseCase,
    private readonly mergeClaims: MergeClaimsUseCase,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Claims in queue order',
    description: 'Highest aged priority first; overdue claims jump up. Filters combine; page with `cursor`.',
  })
  @ApiOkResponse({ type: ClaimPageDto })
  list(@Query() query: ListClaimsQueryDto): Promise<ClaimPageDto> {
    return this.listClaims.execute(new ListClaimsCommand(query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A claim with its quote, speaker, article, lease, verdicts, history and matches' })
  @ApiOkResponse({ type: ClaimDetailDto })
  get(@Param('id') id: string): Promise<ClaimDetailDto> {
    return this.getClaim.execute(new GetClaimCommand(id));
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'A claim’s history', description: 'Every event about the claim, oldest first.' })
  @ApiOkResponse({ type: ClaimHistoryDto })
  async history(@Param('id') id: string): Promise<ClaimHistoryDto> {
    return { items: await this.getClaimHistory.execute(new GetClaimCommand(id)) };
  }

  @Post(':id/lease')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take or extend the lease on a claim',
    description:
      'A claim in research (or, for editors, in review) is yours for LEASE_SECONDS; call again to extend it. A lease ' +
      'that runs out puts the claim back in its queue.',
  })
  @ApiOkResponse({ description: 'The claim, leased to you (`lease.expiresAt`).', type: ClaimDetailDto })
  @ApiProblem(
    403,
    'The key’s role is below `factchecker`; a review lease needs an editor who wrote no part of the verdict (`/problems/own-verdict`).',
  )
  @ApiProblem(
    409,
    'Someone else holds the lease, the claim was sent back to someone else and is kept for them (`/problems/claim-reserved`, with `reservation`; an editor’s take or assignment ends the reservation instead), the claim is not in research or review, or you already hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`; extending is always allowed).',
  )
  lease(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ClaimDetailDto> {
    return this.leaseClaim.execute(new LeaseClaimCommand(actor, id));
  }

  @Delete(':id/lease')
  @HttpCode(204)
  @ApiOperation({ summary: 'Give a claim back', description: 'Ends your lease; the claim returns to its queue.' })
  @ApiNoContentResponse({ description: 'Released.' })
  @ApiProblem(409, 'You hold no lease on the claim.')
  async release(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.releaseLease.execute(new ReleaseLeaseCommand(actor, id));
  }

  @Post(':id/assign')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Give a claim to a person',
    description:
      'A claim in research or review gets a fresh lease (LEASE_SECONDS) for `userId`; whoever held it loses it ' +
      '(their later writes get 409) and `lease.reassigned` (from, to, by) goes in the claim’s history. The person ' +
      'must have a live key and a role that works the stage: a fact-checker for research, an editor who wrote no part ' +
      'of the verdict for review (the two-person rule). An assignment counts as their take: nobody is given more ' +
      'than MAX_LEASES_PER_PERSON claims. Giving a claim sent back to its author to anyone else ends the author’s ' +
      'reservation (`claim.reservation-ended`).',
  })
  @ApiOkResponse({ description: 'The claim, leased to the person (`lease.holderId`).', type: ClaimDetailDto })
  @ApiProblem(
    400,
    'A body that is not `{userId}` with a uuid, or a person whose role may not work the stage, or who wrote part of the verdict under review (`errors[]` names `userId`).',
  )
  @ApiProblem(404, 'No such claim, or no live user with that id.')
  @ApiProblem(
    409,
    'The claim is not in research or review, the person already holds it, or they hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`).',
  )
  assign(@Param('id') id: string, @Body() dto: AssignClaimDto, @CurrentActor() actor: Actor): Promise<ClaimDetailDto> {
    return this.assignClaim.execute(new AssignClaimCommand(actor, id, dto.userId));
  }

  @Post(':id/break-lease')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Break the lease on a claim',
    description:
      'Ends whoever’s lease is live on the claim; the claim returns to its queue for take-next, the former holder’s ' +
      'later writes get 409 and `lease.broken` (whose, by whom) goes in the claim’s history. A claim kept for the ' +
      'author it was sent back to stays kept for them (assigning it to someone else ends that).',
  })
  @ApiOkResponse({ description: 'The claim, back in its queue (`lease` is null).', type: ClaimDetailDto })
  @ApiProblem(409, 'Nobody holds a live lease on the claim.')
  breakClaimLease(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ClaimDetailDto> {
    return this.breakLease.execute(new BreakLeaseCommand(actor, id));
  }

  @Post(':id/matches/:matchId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a suggested repeat', description: 'The earlier claim says the same thing.' })
  @ApiOkResponse({ type: MatchDecisionDto })
  @ApiProblem(409, 'The match was already confirmed or rejected.')
  confirmMatch(
    @Param('id') id: string,
    @Param('matchId') matchId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MatchDecisionDto> {
    return this.decideMatch.execute(new DecideClaimMatchCommand(actor, id, matchId, 'confirmed'));
  }

  @Post(':id/matches/:matchId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a suggested repeat', description: 'The earlier claim says something else.' })
  @ApiOkResponse({ type: MatchDecisionDto })
  @ApiProblem(409, 'The match was already confirmed or rejected.')
  rejectMatch(
    @Param('id') id: string,
    @Param('matchId') matchId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MatchDecisionDto> {
    return this.decideMatch.execute(new DecideClaimMatchCommand(actor, id, matchId, 'rejected'));
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @ApiOperation({ summary: 'Dismiss a claim', description: 'Ends it without a verdict, with the reason.' })
  @ApiOkResponse({ type: DismissedClaimDto })
  @ApiProblem(403, 'The claim is under review and you are not an editor.')
  @ApiProblem(
    409,
    'The claim is already published or dismissed, someone else holds its lease, or (unless you are an editor) it was ' +
      'sent back to someone else and is kept for them (`/problems/claim-reserved`).',
  )
  dismiss(@Param('id') id: string, @Body() dto: DismissDto, @CurrentActor() actor: Actor): Promise<DismissedClaimDto> {
    return this.dismissClaim.execute(new DismissClaimCommand(actor, id, dto.reason));
  }

  @Post(':id/promote')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a parked claim to research',
    description: 'Triage parks claims that are not check-worthy enough; this sends one on (and `claim.ready` out).',
  })
  @ApiOkResponse({ type: ClaimListItemDto })
  @ApiProblem(409, 'The claim is not parked in triage.')
  promote(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ClaimListItemDto> {
    return this.promoteClaim.execute(new PromoteClaimCommand(actor, id));
  }

  @Post(':id/notes')
  @ApiOperation({
    summary: 'Add an internal note to a claim',
    description:
      'A thread of notes for the desk, at any stage: each is an entry of the claim’s history (`claim.noted`, the text ' +
      'in `data.note`) with its author. Never published, never sent to webhooks.',
  })
  @AcceptsIdempotencyKey('A retry with the same key and request answers 200 with the note the first request added.')
  @ApiCreatedResponse({ type: HistoryEntryDto })
  @replayedResponse('A retry: the note the first request added.', HistoryEntryDto)
  async note(
    @Param('id') id: string,
    @Body() dto: ClaimNoteDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<HistoryEntryDto> {
    const result = await this.addNote.execute(new AddClaimNoteCommand(actor, id, dto.text, idempotencyKey));
    if (result.replayed) response.status(200).setHeader(REPLAYED_HEADER, 'true');
    return result.note;
  }

  @Post(':id/split')
  @ApiOperation({
    summary: 'Split a claim in two',
    description:
      'At an offset inside the claim: the words before and after it become two claims of the same quote and speaker ' +
      '(`origin: split`), scored and matched as every claim and sent to research; the claim is dismissed with reason ' +
      '`split`, kept, and names them in `replacedBy`. For a claim not yet published, by anyone who could take it ' +
      'while nobody holds it, by its holder, or by an editor (whose split ends the holder’s lease); a claim under ' +
      'review only by an editor. `claim.split` and `claim.added` go in the histories with who did it.',
  })
  @ApiCreatedResponse({ description: 'The claim replaced and its two parts.', type: ClaimRewriteDto })
  @ApiProblem(
    400,
    'A body that is not `{at}` with an integer, or `at` outside the claim or leaving a part without words, or cutting a character in two (`errors[]` names `at`).',
  )
  @ApiProblem(403, 'The claim is under review and you are not an editor.')
  @ApiProblem(404, 'No such claim.')
  @ApiProblem(
    409,
    'The claim is published or dismissed, someone else holds its lease, or it was sent back to someone else and is ' +
      'kept for them (`/problems/claim-reserved`), and you are not an editor.',
  )
  split(@Param('id') id: string, @Body() dto: SplitClaimDto, @CurrentActor() actor: Actor): Promise<ClaimRewriteDto> {
    return this.splitClaim.execute(new SplitClaimCommand(actor, id, dto.at));
  }

  @Post(':id/merge')
  @ApiOperation({
    summary: 'Merge two claims into one',
    description:
      'With `otherClaimId` of the same article, in the same quote, or of the same speaker with no other claim and no ' +
      'one else’s quote between them (a quote interrupted by its attribution, a statement continued): ' +
      'one claim from the first one’s start to the last one’s end, of the first one’s quote and speaker (`origin: ' +
      'merge`), scored and matched as every claim and sent to research; both are dismissed with reason `merged`, ' +
      'kept, and name it in `replacedBy`. Both must be not yet published, and free (not under review nor kept for ' +
      'someone else), yours, or (for an editor) anyone’s. `claim.merged` and `claim.added` go in the histories ' +
      'with who did it.',
  })
  @ApiCreatedResponse({ description: 'The claims replaced and the merged claim.', type: ClaimRewriteDto })
  @ApiProblem(
    400,
    'A body that is not `{otherClaimId}` with a uuid, or the claim itself, or a claim of another article, of another quote with another speaker or with a claim or someone else’s quote between them, or two claims longer than 1000 characters together (`errors[]` names `otherClaimId`).',
  )
  @ApiProblem(403, 'Either claim is under review and you are not an editor.')
  @ApiProblem(404, 'No such claim (either of them).')
  @ApiProblem(
    409,
    'Either claim is published or dismissed, someone else holds its lease, or it was sent back to someone else and ' +
      'is kept for them (`/problems/claim-reserved`), and you are not an editor.',
  )
  merge(@Param('id') id: string, @Body() dto: MergeClaimsDto, @CurrentActor() actor: Actor): Promise<ClaimRewriteDto> {
    return this.mergeClaims.execute(new MergeClaimsCommand(actor, id, dto.otherClaimId));
  }
}
