import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/database';
import {
  Actor,
  ApproveVerdictCommand,
  ApproveVerdictUseCase,
  ClaimReviewDto,
  CorrectVerdictCommand,
  CorrectVerdictUseCase,
  EditVerdictCommand,
  EditVerdictUseCase,
  GetClaimReviewCommand,
  GetClaimReviewUseCase,
  RejectVerdictCommand,
  RejectVerdictUseCase,
  ReuseVerdictCommand,
  ReuseVerdictUseCase,
  SaveVerdictDraftCommand,
  SaveVerdictDraftUseCase,
  SubmitVerdictCommand,
  SubmitVerdictUseCase,
  VerdictDto,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { ApproveDto, CorrectionDto, RejectDto, ReuseVerdictDto, VerdictDraftDto, VerdictEditDto } from './verdicts.dto';

const STALE_LEASE =
  'The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again.';

/** A claim's verdict: drafted and submitted by a fact-checker, approved or sent back by an editor, published. */
@ApiTags('Claims')
@Controller('v1/claims')
@RequireRole(Role.FactChecker)
export class VerdictsController {
  constructor(
    private readonly saveDraft: SaveVerdictDraftUseCase,
    private readonly submitVerdict: SubmitVerdictUseCase,
    private readonly editVerdict: EditVerdictUseCase,
    private readonly approveVerdict: ApproveVerdictUseCase,
    private readonly rejectVerdict: RejectVerdictUseCase,
    private readonly correctVerdict: CorrectVerdictUseCase,
    private readonly getClaimReview: GetClaimReviewUseCase,
    private readonly reuseVerdict: ReuseVerdictUseCase,
  ) {}

  @Put(':id/verdict')
  @ApiOperation({
    summary: 'Save the draft verdict',
    description: 'The lease holder of a claim in research writes the draft; each save replaces the fields it sends.',
  })
  @ApiOkResponse({ type: VerdictDto })
  @ApiProblem(409, STALE_LEASE)
  saveVerdict(
    @Param('id') id: string,
    @Body() dto: VerdictDraftDto,
    @CurrentActor() actor: Actor,
  ): Promise<VerdictDto> {
    return this.saveDraft.execute(new SaveVerdictDraftCommand(actor, id, dto));
  }

  @Post(':id/verdict/reuse')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start the draft from the published verdict of the claim this one repeats ("same verdict")',
    description:
      'The lease holder of a claim in research copies the rating, summary, explanation and sources of the verdict published ' +
      'on a claim it repeats into its draft (replacing what the draft said), linked to that verdict (`reusedFrom`); it is ' +
      'then submitted and reviewed like any other. The original is the first fact check of the claim: naming a repeat that ' +
      'itself reused a verdict copies its original. Once this verdict is published, the ClaimReviews of the original ' +
      'and of its earlier repeats list this claim’s article too (`itemReviewed.appearance` becomes a list).',
  })
  @ApiOkResponse({ description: 'The draft, filled and linked to the original.', type: VerdictDto })
  @ApiProblem(
    409,
    `${STALE_LEASE} Or \`fromClaimId\` is not a claim this one was matched with, linked or confirmed ` +
      '(`/problems/not-a-repeat`), or the original has no published verdict yet (`/problems/not-published`).',
  )
  reuse(@Param('id') id: string, @Body() dto: ReuseVerdictDto, @CurrentActor() actor: Actor): Promise<VerdictDto> {
    return this.reuseVerdict.execute(new ReuseVerdictCommand(actor, id, dto.fromClaimId));
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit the draft for review',
    description:
      'Needs a rating, a summary and at least one source (400 names what is missing); the claim moves to review.',
  })
  @ApiOkResponse({ description: 'The submitted verdict.', type: VerdictDto })
  @ApiProblem(409, STALE_LEASE)
  submit(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<VerdictDto> {
    return this.submitVerdict.execute(new SubmitVerdictCommand(actor, id));
  }

  @Patch(':id/verdict')
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Edit the verdict under review',
    description:
      'The editor holding the review lease makes small edits before deciding: the summary, the explanation, the ' +
      'sources. The edit is recorded as theirs (`verdict.edited` in the history with each field before and after; the ' +
      'version’s `editors`), yet the fact-checker stays its author and the editor may still approve it. The rating is ' +
      'not changed in review: send the verdict back for that. An edit that changes nothing records nothing.',
  })
  @ApiOkResponse({ description: 'The submitted verdict as edited.', type: VerdictDto })
  @ApiProblem(
    400,
    'Nothing to edit, a rating other than the submitted one, an empty summary or no source (`errors[]` names the field).',
  )
  @ApiProblem(
    403,
    'The key’s role is below `editor`, or the editor wrote part of this verdict (`/problems/own-verdict`).',
  )
  @ApiProblem(409, `${STALE_LEASE} Or there is no submitted verdict.`)
  edit(@Param('id') id: string, @Body() dto: VerdictEditDto, @CurrentActor() actor: Actor): Promise<VerdictDto> {
    return this.editVerdict.execute(new EditVerdictCommand(actor, id, dto));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Approve and publish the verdict',
    description:
      'The editor holding the review lease approves it; publishing follows. Nobody who wrote part of the verdict (saved a ' +
      'change to its draft, submitted it) may approve it: the two-person rule. The published verdict is read at ' +
      '`/fact-checks/<slug>`, where its ClaimReview `url` points unless `url` names the newsroom’s own page.',
  })
  @ApiOkResponse({ description: 'The approved verdict.', type: VerdictDto })
  @ApiProblem(
    403,
    'The key’s role is below `editor`, or the editor wrote part of this verdict (`/problems/own-verdict`).',
  )
  @ApiProblem(409, `${STALE_LEASE} Or there is no submitted verdict.`)
  approve(@Param('id') id: string, @Body() dto: ApproveDto, @CurrentActor() actor: Actor): Promise<VerdictDto> {
    return this.approveVerdict.execute(new ApproveVerdictCommand(actor, id, dto.url ?? null));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Send the verdict back to research',
    description: 'With a comment for the fact-checker, shown with the verdict.',
  })
  @ApiOkResponse({ description: 'The verdict, back to draft with the comment.', type: VerdictDto })
  @ApiProblem(
    403,
    'The key’s role is below `editor`, or the editor wrote part of this verdict (`/problems/own-verdict`).',
  )
  @ApiProblem(409, `${STALE_LEASE} Or there is no submitted verdict.`)
  reject(@Param('id') id: string, @Body() dto: RejectDto, @CurrentActor() actor: Actor): Promise<VerdictDto> {
    return this.rejectVerdict.execute(new RejectVerdictCommand(actor, id, dto.comment));
  }

  /** A new version of a published verdict; the old one is kept and the ClaimReview updated. */
  @Post(':id/correct')
  @HttpCode(202)
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Correct a published verdict',
    description:
      'A new version with the fields sent (the rest kept) and a note; publishing supersedes the old version (kept), ' +
      'updates the ClaimReview (`dateModified`, `version`) and sends `verdict.corrected`.',
  })
  @ApiAcceptedResponse({ description: 'The new version, to be published.', type: VerdictDto })
  @ApiProblem(409, 'The claim is not published.')
  correct(@Param('id') id: string, @Body() dto: CorrectionDto, @CurrentActor() actor: Actor): Promise<VerdictDto> {
    return this.correctVerdict.execute(new CorrectVerdictCommand(actor, id, dto));
  }

  @Get(':id/claimreview')
  @RequireRole(Role.Ingester)
  @ApiOperation({ summary: 'The ClaimReview JSON-LD of the published verdict', description: 'The version in force.' })
  @ApiOkResponse({ type: ClaimReviewDto })
  @ApiProblem(404, 'No such claim, or it has no published verdict.')
  claimReview(@Param('id') id: string): Promise<ClaimReviewDto> {
    return this.getClaimReview.execute(new GetClaimReviewCommand(id));
  }
}
