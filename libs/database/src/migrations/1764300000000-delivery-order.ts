import { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliveries about one claim (or article) reach each subscriber in the order the events happened. */
export class DeliveryOrder1764300000000 implements MigrationInterface {
  name = 'DeliveryOrder1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_deliveries ADD COLUMN ordering_key text;
      CREATE INDEX webhook_deliveries_in_order ON webhook_deliveries (subscription_id, ordering_key, event_id)
        WHERE status = 'pending' AND ordering_key IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX webhook_deliveries_in_order;
      ALTER TABLE webhook_deliveries DROP COLUMN ordering_key;
    `);
  }
}
