import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Role, ROLE_ORDER } from '@app/database';
import { ListPeopleCommand, ListPeopleUseCase, PersonListDto } from '@app/workflow';
import { RequireRole } from '../auth/auth.decorators';
import { ApiProblem } from '../openapi/api-problem.decorator';

export class ListPeopleQueryDto {
  @ApiPropertyOptional({
    enum: Role,
    enumName: 'Role',
    description: 'Only people who may do what this role may: the role or one above it (`factchecker` for research).',
  })
  @IsOptional()
  @IsIn(ROLE_ORDER)
  role?: Role;
}

/** Whom an editor can give work to. `GET /v1/users` stays the admin's, with keys' prefixes and teams. */
@ApiTags('Desk')
@Controller('v1/people')
@RequireRole(Role.Editor)
export class PeopleController {
  constructor(private readonly listPeople: ListPeopleUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'People an editor can assign claims to',
    description:
      'Everyone with a live key (of `role` or above when given), by name: id, name, role and how many claims they ' +
      'hold live leases on. Never a key.',
  })
  @ApiOkResponse({ type: PersonListDto })
  @ApiProblem(400, 'An unknown `role` (`errors[]` names it).')
  list(@Query() query: ListPeopleQueryDto): Promise<PersonListDto> {
    return this.listPeople.execute(new ListPeopleCommand(query.role));
  }
}
