import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ClaimStage, Role } from '@app/database';
import { Actor, ClaimDetailDto, TakeNextClaimCommand, TakeNextClaimUseCase } from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { ApiProblem } from '../openapi/api-problem.decorator';

const LEASE_LIMIT =
  'You already hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`): submit or release one first.';

/** Take-next for the people's stages: 200 with a leased claim, 204 when the queue is empty, 409 over the lease limit. */
@ApiTags('Queue')
@Controller('v1/queue')
export class QueueController {
  constructor(private readonly takeNext: TakeNextClaimUseCase) {}

  @Post('research/next')
  @HttpCode(200)
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'Take the next research claim',
    description:
      'A claim an editor sent back to the caller and keeps for them (RETURN_RESERVE_HOURS) first; otherwise the ' +
      'highest-priority unleased claim in research not kept for someone else, leased to the caller. Two callers never ' +
      'get the same claim.',
  })
  @ApiOkResponse({ description: 'The claim with `lease`.', type: ClaimDetailDto })
  @ApiNoContentResponse({ description: 'Nothing is waiting.' })
  @ApiProblem(409, LEASE_LIMIT)
  research(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClaimDetailDto | undefined> {
    return this.next(ClaimStage.Research, actor, response);
  }

  @Post('review/next')
  @HttpCode(200)
  @RequireRole(Role.Editor)
  @ApiOperation({
    summary: 'Take the next review claim',
    description:
      'The highest-priority unleased claim in review whose verdict the caller wrote no part of, leased to them.',
  })
  @ApiOkResponse({ description: 'The claim with `lease`.', type: ClaimDetailDto })
  @ApiNoContentResponse({ description: 'Nothing is waiting.' })
  @ApiProblem(409, LEASE_LIMIT)
  review(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ClaimDetailDto | undefined> {
    return this.next(ClaimStage.Review, actor, response);
  }

  private async next(
    stage: ClaimStage.Research | ClaimStage.Review,
    actor: Actor,
    response: Response,
  ): Promise<ClaimDetailDto | undefined> {
    const claim = await this.takeNext.execute(new TakeNextClaimCommand(actor, stage));
    if (!claim) response.status(204);
    return claim ?? undefined;
  }
}
