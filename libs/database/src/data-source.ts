import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { migrationDataSourceOptions } from './migrate';

/** For the TypeORM CLI (`typeorm migration:show -d dist/libs/database/src/data-source.js`). */
export default new DataSource(migrationDataSourceOptions(loadConfig().DATABASE_URL));
