import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Taking, extending and giving back a lease changes only a claim's lease columns. With none of them indexed and
 * room left on each page, Postgres updates the row in place (a HOT update) instead of adding an entry to every
 * index of the claims table, the full-text and band indexes included, on every take. Open leases are read from the
 * leases table, where they have their own index.
 */
export class HotLeaseUpdates1765100000000 implements MigrationInterface {
  name = 'HotLeaseUpdates1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_leased;
      ALTER TABLE claims SET (fillfactor = 90);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims RESET (fillfactor);
      CREATE INDEX claims_leased ON claims (lease_expires_at) WHERE lease_id IS NOT NULL;
    `);
  }
}
