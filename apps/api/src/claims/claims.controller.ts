import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { Role } from '@app/database';
import {
  Actor,
  CorrectVerdictUseCase,
  DecideClaimMatchUseCase,
  DismissClaimUseCase,
  GetClaimReviewUseCase,
  GetClaimUseCase,
  LeaseClaimUseCase,
  ListClaimsUseCase,
  PromoteClaimUseCase,
  ReleaseLeaseUseCase,
  ReviewVerdictUseCase,
  SaveVerdictDraftUseCase,
  SubmitVerdictUseCase,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { CorrectionDto, DismissDto, ListClaimsQueryDto, RejectDto, VerdictDraftDto } from './claims.dto';

@Controller('v1/claims')
@RequireRole(Role.FactChecker)
export class ClaimsController {
  constructor(
    private readonly listClaims: ListClaimsUseCase,
    private readonly getClaim: GetClaimUseCase,
    private readonly leaseClaim: LeaseClaimUseCase,
    private readonly releaseLease: ReleaseLeaseUseCase,
    private readonly saveDraft: SaveVerdictDraftUseCase,
    private readonly submitVerdict: SubmitVerdictUseCase,
    private readonly reviewVerdict: ReviewVerdictUseCase,
    private readonly dismissClaim: DismissClaimUseCase,
    private readonly promoteClaim: PromoteClaimUseCase,
    private readonly getClaimReview: GetClaimReviewUseCase,
    private readonly correctVerdict: CorrectVerdictUseCase,
    private readonly decideMatch: DecideClaimMatchUseCase,
  ) {}

  @Get()
  list(@Query() query: ListClaimsQueryDto) {
    return this.listClaims.execute(query);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.getClaim.execute(id);
  }

  @Get(':id/history')
  async history(@Param('id') id: string) {
    await this.getClaim.execute(id);
    return { items: await this.getClaim.history(id) };
  }

  @Post(':id/lease')
  @HttpCode(200)
  lease(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.leaseClaim.execute(id, actor);
  }

  @Delete(':id/lease')
  @HttpCode(204)
  async release(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.releaseLease.execute(id, actor);
  }

  @Put(':id/verdict')
  saveVerdict(@Param('id') id: string, @Body() dto: VerdictDraftDto, @CurrentActor() actor: Actor) {
    return this.saveDraft.execute(id, actor, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.submitVerdict.execute(id, actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  approve(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.reviewVerdict.approve(id, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  reject(@Param('id') id: string, @Body() dto: RejectDto, @CurrentActor() actor: Actor) {
    return this.reviewVerdict.reject(id, actor, dto.comment);
  }

  /** A new version of a published verdict; the old one is kept and the ClaimReview updated. */
  @Post(':id/correct')
  @HttpCode(202)
  @RequireRole(Role.Editor)
  correct(@Param('id') id: string, @Body() dto: CorrectionDto, @CurrentActor() actor: Actor) {
    return this.correctVerdict.execute(id, actor, dto);
  }

  @Post(':id/matches/:matchId/confirm')
  @HttpCode(200)
  confirmMatch(@Param('id') id: string, @Param('matchId') matchId: string, @CurrentActor() actor: Actor) {
    return this.decideMatch.execute(id, matchId, actor, 'confirmed');
  }

  @Post(':id/matches/:matchId/reject')
  @HttpCode(200)
  rejectMatch(@Param('id') id: string, @Param('matchId') matchId: string, @CurrentActor() actor: Actor) {
    return this.decideMatch.execute(id, matchId, actor, 'rejected');
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  dismiss(@Param('id') id: string, @Body() dto: DismissDto, @CurrentActor() actor: Actor) {
    return this.dismissClaim.execute(id, actor, dto.reason);
  }

  @Post(':id/promote')
  @HttpCode(200)
  promote(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.promoteClaim.execute(id, actor);
  }

  @Get(':id/claimreview')
  @RequireRole(Role.Ingester)
  claimReview(@Param('id') id: string) {
    return this.getClaimReview.execute(id);
  }
}
