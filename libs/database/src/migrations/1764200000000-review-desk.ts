import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review desk: a queue rank that ages with waiting time yet stays indexable, full-text and trigram search over
 * claims for filtering and for matching repeats, claim matches, deadlines, verdict corrections and teams.
 */
export class ReviewDesk1764200000000 implements MigrationInterface {
  name = 'ReviewDesk1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- Order of the people's queues. A claim's effective priority is its base priority plus a weight times the
      -- hours it has waited; since the weight times "now" is the same for every row, ordering by
      -- (priority - weight * hours at entry) is the same order, and it can live in an index.
      ALTER TABLE claims ADD COLUMN queue_rank double precision NOT NULL DEFAULT 0;
      ALTER TABLE claims ADD COLUMN overdue boolean NOT NULL DEFAULT false;
      ALTER TABLE claims ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('english', coalesce(text, '') || ' ' || coalesce(standalone, ''))) STORED;
      -- What two claims must share to be "the same claim": letters and digits, lower case, single spaces.
      ALTER TABLE claims ADD COLUMN match_text text
        GENERATED ALWAYS AS (btrim(regexp_replace(lower(standalone), '[^[:alnum:]]+', ' ', 'g'))) STORED;
      DROP INDEX claims_queue;
      CREATE INDEX claims_queue ON claims (stage, queue_rank DESC, id);
      CREATE INDEX claims_search ON claims USING gin (search_vector);
      CREATE INDEX claims_match_text ON claims USING gin (match_text gin_trgm_ops);
      CREATE INDEX claims_match_text_exact ON claims (md5(match_text));
      CREATE INDEX claims_leased ON claims (lease_expires_at) WHERE lease_id IS NOT NULL;
      CREATE INDEX articles_publisher ON articles (lower(publisher));

      CREATE TABLE claim_matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        matched_claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        similarity real NOT NULL,
        status text NOT NULL CHECK (status IN ('linked', 'suggested', 'confirmed', 'rejected')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (claim_id, matched_claim_id),
        CHECK (claim_id <> matched_claim_id)
      );
      CREATE INDEX claim_matches_matched ON claim_matches (matched_claim_id);

      -- How long each claim spent in each stage: the basis of the desk's statistics.
      CREATE TABLE claim_stage_periods (
        id bigserial PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        stage text NOT NULL,
        entered_at timestamptz NOT NULL,
        left_at timestamptz
      );
      CREATE UNIQUE INDEX claim_stage_periods_open ON claim_stage_periods (claim_id) WHERE left_at IS NULL;
      CREATE INDEX claim_stage_periods_closed ON claim_stage_periods (stage, left_at) WHERE left_at IS NOT NULL;
      INSERT INTO claim_stage_periods (claim_id, stage, entered_at)
        SELECT id, stage, stage_entered_at FROM claims;

      ALTER TABLE verdicts ADD COLUMN correction_note text;
      ALTER TABLE verdicts ADD COLUMN superseded_at timestamptz;
      CREATE INDEX verdicts_published ON verdicts (published_at, id) WHERE published_at IS NOT NULL;

      ALTER TABLE users ADD COLUMN team text;

      CREATE INDEX events_type ON events (type, id);
      CREATE INDEX events_actor ON events (actor_id, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX events_actor;
      DROP INDEX events_type;
      ALTER TABLE users DROP COLUMN team;
      DROP INDEX verdicts_published;
      ALTER TABLE verdicts DROP COLUMN superseded_at;
      ALTER TABLE verdicts DROP COLUMN correction_note;
      DROP TABLE claim_matches;
      DROP TABLE claim_stage_periods;
      DROP INDEX articles_publisher;
      DROP INDEX claims_leased;
      DROP INDEX claims_match_text_exact;
      DROP INDEX claims_match_text;
      DROP INDEX claims_search;
      DROP INDEX claims_queue;
      ALTER TABLE claims DROP COLUMN match_text;
      ALTER TABLE claims DROP COLUMN search_vector;
      ALTER TABLE claims DROP COLUMN overdue;
      ALTER TABLE claims DROP COLUMN queue_rank;
      CREATE INDEX claims_queue ON claims (stage, priority DESC, created_at, id);
    `);
  }
}
