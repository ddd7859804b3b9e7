import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule, Role, ROLE_ORDER, SYSTEM_USER_ID } from '@app/database';
import { checkReachable } from '@app/observability';
import { CreateUserCommand, CreateUserUseCase, WorkflowModule } from '@app/workflow';

/** `factcheck users create --name NAME --role ROLE`: prints the new key on stdout (and the user on stderr). */
export async function createUserCommand(
  config: AppConfig,
  options: { name: string; role: string; team?: string },
): Promise<void> {
  if (!ROLE_ORDER.includes(options.role as Role)) {
    throw new Error(`--role must be one of: ${ROLE_ORDER.join(', ')}`);
  }
  await checkReachable(config, ['postgres']);
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, WorkflowModule] })
  class UsersCliModule {}
  const app = await NestFactory.createApplicationContext(UsersCliModule, { logger: ['error'] });
  try {
    const system = { id: SYSTEM_USER_ID, name: 'system', role: Role.Admin };
    const created = await app
      .get(CreateUserUseCase)
      .execute(new CreateUserCommand(system, { name: options.name, role: options.role as Role, team: options.team }));
    // Without an Idempotency-Key nothing is replayed: this is the new person, with their key.
    if (created.replayed) throw new Error('no user was created');
    const { user } = created;
    process.stderr.write(`created ${user.role} "${user.name}" (${user.id}); the key is shown once:\n`);
    process.stdout.write(`${user.apiKey}\n`);
  } finally {
    await app.close();
  }
}
