import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Taking a claim counts the leases its taker already holds (MAX_LEASES_PER_PERSON): their open leases, found by
 * holder. The claims table is not indexed by holder on purpose, so that lease changes stay HOT updates there.
 */
export class OpenLeasesByHolder1765300000000 implements MigrationInterface {
  name = 'OpenLeasesByHolder1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX leases_open_by_holder ON leases (holder_id) WHERE released_at IS NULL;`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX leases_open_by_holder;`);
  }
}
