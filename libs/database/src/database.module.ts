import { Global, Module } from '@nestjs/common';
import { Database } from './database';
import './utc-dates';

/** The database: `Database` for every query, everywhere. */
@Global()
@Module({
  providers: [Database],
  exports: [Database],
})
export class DatabaseModule {}
