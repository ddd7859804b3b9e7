import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { AuthenticateUseCase } from './authenticate/authenticate.usecase';
import { CreateUserUseCase } from './create-user/create-user.usecase';
import { GetMeUseCase } from './get-me/get-me.usecase';
import { ListMyVerdictsUseCase } from './list-my-verdicts/list-my-verdicts.usecase';
import { ListPeopleUseCase } from './list-people/list-people.usecase';
import { ListUsersUseCase } from './list-users/list-users.usecase';
import { ResumeSessionUseCase } from './resume-session/resume-session.usecase';
import { RevokeUserUseCase } from './revoke-user/revoke-user.usecase';
import { RotateApiKeyUseCase } from './rotate-api-key/rotate-api-key.usecase';

const USE_CASES = [
  AuthenticateUseCase,
  ResumeSessionUseCase,
  CreateUserUseCase,
  ListUsersUseCase,
  ListPeopleUseCase,
  RevokeUserUseCase,
  RotateApiKeyUseCase,
  GetMeUseCase,
  ListMyVerdictsUseCase,
];

/** Users and their API keys, and the caller's own view of themselves. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class UsersModule {}
