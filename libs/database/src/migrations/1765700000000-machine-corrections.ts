import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People correct what the extraction got wrong before anything is published: a claim's span and standalone form, a
 * quote's speaker and mention, or a "quote" that is nobody's. The corrected values replace the machine's in the
 * columns every reader already uses (queues, search, matching, the ClaimReview), and the machine's own output is kept
 * beside them, written once, by the first correction (`claims.machine`: text, standalone, start, end;
 * `quotes.machine`: speaker and mention); null means nothing was corrected. `corrections` lists every correction with
 * the machine's value and the person's, oldest first, so the extraction can be measured against what people fixed.
 */
export class MachineCorrections1765700000000 implements MigrationInterface {
  name = 'MachineCorrections1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims ADD COLUMN machine jsonb;
      ALTER TABLE quotes ADD COLUMN machine jsonb;
      ALTER TABLE quotes ADD COLUMN not_a_quote boolean NOT NULL DEFAULT false;

      CREATE TABLE corrections (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id uuid REFERENCES quotes(id) ON DELETE CASCADE,
        claim_id uuid REFERENCES claims(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES users(id),
        machine jsonb,
        corrected jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- GET /v1/corrections?since=: from a time on, in id order.
      CREATE INDEX corrections_since ON corrections (created_at, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE corrections;
      ALTER TABLE quotes DROP COLUMN not_a_quote;
      ALTER TABLE quotes DROP COLUMN machine;
      ALTER TABLE claims DROP COLUMN machine;
    `);
  }
}
