import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The start of the receiver's last answer to a delivery, for the delivery log: at most 1,024 characters (the worker
 * reads at most 1 KiB of an answer), so a receiver that answers with megabytes never fills the table.
 */
export class DeliveryAnswerBody1765770000000 implements MigrationInterface {
  name = 'DeliveryAnswerBody1765770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_deliveries ADD COLUMN last_response_body text
        CONSTRAINT webhook_deliveries_answer_bounded CHECK (char_length(last_response_body) <= 1024);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE webhook_deliveries DROP COLUMN last_response_body;`);
  }
}
