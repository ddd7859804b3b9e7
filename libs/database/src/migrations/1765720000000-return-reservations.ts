import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim an editor sends back is reserved for its author for a while (RETURN_RESERVE_HOURS): first in their
 * take-next, in nobody else's. The partial index serves the author's look-up; other takers pass over the few
 * reserved claims while walking the queue index as before. Leases do not touch these columns, so taking and giving
 * back a lease stay HOT updates.
 */
export class ReturnReservations1765720000000 implements MigrationInterface {
  name = 'ReturnReservations1765720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims ADD COLUMN reserved_for uuid REFERENCES users (id),
                         ADD COLUMN reserved_until timestamptz;
      CREATE INDEX claims_reserved_for ON claims (reserved_for, reserved_until) WHERE reserved_for IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_reserved_for;
      ALTER TABLE claims DROP COLUMN reserved_until, DROP COLUMN reserved_for;
    `);
  }
}
