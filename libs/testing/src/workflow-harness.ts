import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { Database, DatabaseModule } from '@app/database';
import { WorkflowModule } from '@app/workflow';
import { RowFactory } from './row-factory';
import { createTestDatabase, TEST_REDIS_URL, TestDatabase } from './test-database';

/** The use cases on a database of their own, with no API, no worker and no Redis: for testing one action at a time. */
export interface WorkflowHarness {
  config: AppConfig;
  database: Database;
  rows: RowFactory;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export async function startWorkflow(env: Record<string, string> = {}): Promise<WorkflowHarness> {
  const testDatabase: TestDatabase = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: testDatabase.url, REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'warn', ...env });
  let module: TestingModule | undefined;
  try {
    module = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, WorkflowModule],
    }).compile();
    await module.init();
  } catch (error) {
    await module?.close();
    await testDatabase.drop();
    throw error;
  }
  const database = module.get(Database);
  return {
    config,
    database,
    rows: new RowFactory(database),
    get: (type) => module.get(type),
    close: async () => {
      await module.close();
      await testDatabase.drop();
    },
  };
}
