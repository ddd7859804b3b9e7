import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DataSource, IsNull } from 'typeorm';
import { Role, ROLE_ORDER, User } from '@app/database';
import { Actor, CreateUserUseCase, RevokeUserUseCase, RotateApiKeyUseCase } from '@app/workflow';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { IsCleanText } from '../problems/text-validators';

export class CreateUserDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsCleanText()
  name: string;

  @IsIn(ROLE_ORDER)
  role: Role;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsCleanText()
  team?: string;
}

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
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.createUser.execute({ actorId: actor.id, name: dto.name, role: dto.role, team: dto.team });
  }

  /** People with a live key; never the key itself, only its first characters to tell keys apart. */
  @Get()
  async list() {
    const users = await this.dataSource.manager.find(User, {
      where: { revokedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return {
      items: users
        .filter((user) => user.apiKeyPrefix)
        .map((user) => ({ id: user.id, name: user.name, role: user.role, team: user.team, keyPrefix: user.apiKeyPrefix, createdAt: user.createdAt })),
    };
  }

  /** Revokes the person's key: from the next request on it gets 401. Their leased claims go back to the queue. */
  @Delete(':id')
  @HttpCode(204)
  async revoke(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.revokeUser.execute({ actorId: actor.id, userId: id });
  }

  /** A new key, shown in this answer only; the old key stops working now. */
  @Post(':id/key')
  @HttpCode(200)
  rotate(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.rotateKey.execute({ actorId: actor.id, userId: id });
  }
}
