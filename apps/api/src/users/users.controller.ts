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
import { InjectDataSource } from '@nestjs/typeorm';
import { Response } from 'express';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DataSource, IsNull } from 'typeorm';
import { Role, ROLE_ORDER, User } from '@app/database';
import { Actor, CreateUserUseCase, RevokeUserUseCase, RotateApiKeyUseCase } from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import {
  AcceptsIdempotencyKey,
  IdempotencyKey,
  REPLAYED_HEADER,
  replayedResponse,
} from '../idempotency/idempotency-key';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { IsCleanText } from '../problems/text-validators';
import { CreatedUserDto, UserDto, UserListDto, UserWithKeyDto } from './user.responses';

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
    private readonly revokeUser: RevokeUserUseCase,
    private readonly rotateKey: RotateApiKeyUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
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
  ) {
    const { replayed, answer } = await this.createUser.execute({
      actorId: actor.id,
      name: dto.name,
      role: dto.role,
      team: dto.team,
      idempotencyKey,
    });
    response.status(answer.statusCode);
    if (replayed) response.setHeader(REPLAYED_HEADER, 'true');
    return answer.body;
  }

  /** People with a live key; never the key itself, only its first characters to tell keys apart. */
  @Get()
  @ApiOperation({ summary: 'People with a live key', description: 'Never a key; `keyPrefix` tells keys apart.' })
  @ApiOkResponse({ type: UserListDto })
  async list() {
    const users = await this.dataSource.manager.find(User, {
      where: { revokedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return {
      items: users
        .filter((user) => user.apiKeyPrefix)
        .map((user) => ({
          id: user.id,
          name: user.name,
          role: user.role,
          team: user.team,
          keyPrefix: user.apiKeyPrefix,
          createdAt: user.createdAt,
        })),
    };
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
  async revoke(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.revokeUser.execute({ actorId: actor.id, userId: id });
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
  rotate(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.rotateKey.execute({ actorId: actor.id, userId: id });
  }
}
