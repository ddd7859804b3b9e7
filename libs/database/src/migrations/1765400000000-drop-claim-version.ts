import { MigrationInterface, QueryRunner } from 'typeorm';

/** `claims.version` was counted up on every change and never read: a verdict's versions are what readers see. */
export class DropClaimVersion1765400000000 implements MigrationInterface {
  name = 'DropClaimVersion1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claims DROP COLUMN version;`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claims ADD COLUMN version int NOT NULL DEFAULT 1;`);
  }
}
