import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiSchema,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Role, ROLE_ORDER } from '@app/database';
import {
  Actor,
  CreatedUserDto,
  CreateUserCommand,
  CreateUserUseCase,
  ListUsersUseCase,
  RevokeUserCommand,
  RevokeUserUseCase,
  RotateApiKeyCommand,
  RotateApiKeyUseCase,
  UserDto,
  UserListDto,
  UserWithKeyDto,
} from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import {
  AcceptsIdempotencyKey,
  IdempotencyKey,
  REPLAYED_HEADER,
  replayedResponse,
} from '../idempotency/idempotency-key';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { IsCleanText } from '../problems/text-validators';

@ApiSchema({ name: 'CreateUser' })
export class CreateUserDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Fiona Factchecker' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsCleanText()
  name: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsIn(ROLE_ORDER)
  role: Role;

  @ApiPropertyOptional({ maxLength: 100, example: 'Politics', description: 'Service levels are reported per team.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsCleanText()
  team?: string;
}

@ApiTags('Users')
@Controller('v1/users')
@RequireRole(Role.Admin)
export class UsersController {
  constructor(
    private readonly createUser: CreateUserUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly revokeUser: RevokeUserUseCase,
    private readonly rotateKey: RotateApiKeyUseCase,
  ) {}

  /** The key is in this answer and nowhere else, ever. */
  @Post()
  @ApiOperation({
    summary: 'Create a person with a role and an API key',
    description: 'The key is in this answer only.',
  })
  @AcceptsIdempotencyKey(
    'A retry with the same key and request answers 200 with the person it created, without the key, which is shown ' +
      'once and not kept (`POST /v1/users/{id}/key` gives a new one).',
  )
  @ApiCreatedResponse({ type: CreatedUserDto })
  @replayedResponse('A retry: the person the first request created, without the key.', UserDto)
  async create(
    @Body() dto: CreateUserDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CreatedUserDto | UserDto> {
    const result = await this.createUser.execute(new CreateUserCommand(actor, dto, idempotencyKey));
    if (result.replayed) response.status(200).setHeader(REPLAYED_HEADER, 'true');
    return result.user;
  }

  /** People with a live key; never the key itself, only its first characters to tell keys apart. */
  @Get()
  @ApiOperation({ summary: 'People with a live key', description: 'Never a key; `keyPrefix` tells keys apart.' })
  @ApiOkResponse({ type: UserListDto })
  list(): Promise<UserListDto> {
    return this.listUsers.execute();
  }

  /** Revokes the person's key: from the next request on it gets 401. Their leased claims go back to the queue. */
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke a person’s key',
    description: 'From the next request on the key gets 401; the claims the person held go back to their queues.',
  })
  @ApiNoContentResponse({ description: 'Revoked (or already revoked).' })
  @ApiProblem(409, 'The built-in system or environment admin user (change ADMIN_API_KEY in the environment).')
  async revoke(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.revokeUser.execute(new RevokeUserCommand(actor, id));
  }

  /** A new key, shown in this answer only; the old key stops working now. */
  @Post(':id/key')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Give a person a new key',
    description: 'Shown in this answer only; the old key stops working now.',
  })
  @ApiOkResponse({ type: UserWithKeyDto })
  @ApiProblem(409, 'The person was revoked, or is a built-in user.')
  rotate(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<UserWithKeyDto> {
    return this.rotateKey.execute(new RotateApiKeyCommand(actor, id));
  }
}
