import { Injectable } from '@nestjs/common';
import { Database } from '@app/database';
import { PersonListDto } from '../dto/person.dto';
import { UsersRepository } from '../users.repository';
import { ListPeopleCommand } from './list-people.command';

/**
 * The people with a live key who may do what a role may, by name, each with the number of claims they hold now: what
 * an editor needs to choose whom to give a claim to. Never a key, a key's prefix or a team.
 */
@Injectable()
export class ListPeopleUseCase {
  constructor(
    private readonly database: Database,
    private readonly users: UsersRepository,
  ) {}

  async execute({ roles }: ListPeopleCommand): Promise<PersonListDto> {
    return { items: await this.users.listPeople(this.database, roles) };
  }
}
