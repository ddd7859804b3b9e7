import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/database';
import {
  Actor,
  GetMeCommand,
  GetMeUseCase,
  ListMyVerdictsCommand,
  ListMyVerdictsUseCase,
  MeDto,
  MyVerdictsDto,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';

/**
 * The caller: who the key belongs to, so a client (the web desk) can show what the role allows without probing,
 * and the verdicts the caller wrote, so a fact-checker finds the ones an editor sent back.
 */
@ApiTags('Desk')
@Controller('v1/me')
@RequireRole(Role.Ingester)
export class MeController {
  constructor(
    private readonly getMe: GetMeUseCase,
    private readonly listMyVerdicts: ListMyVerdictsUseCase,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Whom the key belongs to',
    description: 'What a client such as the web desk shows by role.',
  })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.getMe.execute(new GetMeCommand(actor));
  }

  /** The latest version of every verdict the caller wrote part of, most recently changed first (at most 200). */
  @Get('verdicts')
  @RequireRole(Role.FactChecker)
  @ApiOperation({
    summary: 'The caller’s verdicts',
    description:
      'The latest version of each verdict the caller wrote part of, with its status and the editor’s comment.',
  })
  @ApiOkResponse({ type: MyVerdictsDto })
  verdicts(@CurrentActor() actor: Actor): Promise<MyVerdictsDto> {
    return this.listMyVerdicts.execute(new ListMyVerdictsCommand(actor));
  }
}
