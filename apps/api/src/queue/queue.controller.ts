import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { ClaimStage, Role } from '@app/database';
import { Actor, TakeNextClaimUseCase } from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';

/** Take-next for the people's stages: 200 with a leased claim, 204 when the queue is empty. */
@Controller('v1/queue')
export class QueueController {
  constructor(private readonly takeNext: TakeNextClaimUseCase) {}

  @Post('research/next')
  @HttpCode(200)
  @RequireRole(Role.FactChecker)
  research(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response) {
    return this.next(ClaimStage.Research, actor, response);
  }

  @Post('review/next')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  review(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response) {
    return this.next(ClaimStage.Review, actor, response);
  }

  private async next(stage: ClaimStage.Research | ClaimStage.Review, actor: Actor, response: Response) {
    const claim = await this.takeNext.execute(stage, actor);
    if (!claim) response.status(204);
    return claim ?? undefined;
  }
}
