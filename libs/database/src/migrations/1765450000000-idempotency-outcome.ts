import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key's kept answer says which outcome it replays (`created`, `existing`) instead of an HTTP status:
 * what HTTP answers is the API's business, not the workflow's. Kept answers carried 202 for a created article and 200
 * otherwise; a created user or webhook subscription replays the same way whatever its outcome says.
 */
export class IdempotencyOutcome1765450000000 implements MigrationInterface {
  name = 'IdempotencyOutcome1765450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE idempotency_keys ADD COLUMN outcome text;
      UPDATE idempotency_keys SET outcome = CASE status_code WHEN 202 THEN 'created' ELSE 'existing' END;
      ALTER TABLE idempotency_keys ALTER COLUMN outcome SET NOT NULL,
        ADD CONSTRAINT idempotency_keys_outcome CHECK (outcome IN ('created', 'existing')),
        DROP COLUMN status_code;`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE idempotency_keys ADD COLUMN status_code int;
      UPDATE idempotency_keys SET status_code = CASE outcome WHEN 'created' THEN 202 ELSE 200 END;
      ALTER TABLE idempotency_keys ALTER COLUMN status_code SET NOT NULL, DROP COLUMN outcome;`);
  }
}
