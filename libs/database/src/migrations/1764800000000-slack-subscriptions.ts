import { MigrationInterface, QueryRunner } from 'typeorm';

/** A subscription may be a Slack incoming webhook, sent at most one message a second. */
export class SlackSubscriptions1764800000000 implements MigrationInterface {
  name = 'SlackSubscriptions1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_subscriptions ADD COLUMN kind text NOT NULL DEFAULT 'standard' CHECK (kind IN ('standard', 'slack'));
      ALTER TABLE webhook_subscriptions ADD COLUMN next_send_at timestamptz;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE webhook_subscriptions DROP COLUMN next_send_at;
      ALTER TABLE webhook_subscriptions DROP COLUMN kind;
    `);
  }
}
