import { MigrationInterface, QueryRunner } from 'typeorm';

/** The request that caused a job travels with it, so its logs (and the webhooks it sends) can be traced back. */
export class OutboxRequestId1764700000000 implements MigrationInterface {
  name = 'OutboxRequestId1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN request_id text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN request_id`);
  }
}
