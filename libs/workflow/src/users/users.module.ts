import { Module } from '@nestjs/common';
import { DataModule } from '../data.module';
import { AuthenticateUseCase } from './authenticate.usecase';
import { CreateUserUseCase } from './create-user.usecase';
import { RevokeUserUseCase } from './revoke-user.usecase';
import { RotateApiKeyUseCase } from './rotate-api-key.usecase';

const USE_CASES = [AuthenticateUseCase, CreateUserUseCase, RevokeUserUseCase, RotateApiKeyUseCase];

/** Users and their API keys. */
@Module({ imports: [DataModule], providers: USE_CASES, exports: USE_CASES })
export class UsersModule {}
