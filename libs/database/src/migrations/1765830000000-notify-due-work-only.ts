import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transaction that sends NOTIFY takes one lock for the whole Postgres server at commit and keeps it until its commit
 * is on disk, so notifying commits run one at a time, across every database of the server. Every take-next wrote an
 * outbox row (the job that ends the lease, due in LEASE_SECONDS) and so notified: the bench saw takes waiting on that
 * lock ("Lock:object" at COMMIT) behind other notifying commits. A row due more than five minutes from now needs no
 * wake-up: the relay's poll (OUTBOX_POLL_MS) hands it to BullMQ, as a delayed job, long before it is due.
 */
export class NotifyDueWorkOnly1765830000000 implements MigrationInterface {
  name = 'NotifyDueWorkOnly1765830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER outbox_notify ON outbox;
      CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM added WHERE run_at IS NULL OR run_at < now() + interval '5 minutes') THEN
            PERFORM pg_notify('outbox', '');
          END IF;
          RETURN NULL;
        END $$;
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER outbox_notify ON outbox;
      CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('outbox', ''); RETURN NULL; END $$;
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
    `);
  }
}
