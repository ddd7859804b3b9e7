import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Review that editors trust. `verdict_editors`: the editors who changed a submitted version while reviewing it (small
 * edits before approving). They are kept apart from `verdict_authors` on purpose: the two-person rule refuses the
 * review to a verdict's authors, and an editor's edit in review must not make them one (the fact-checker stays the
 * author). The review queue shows each claim's time in research, summed over its research periods: one index probe a
 * listed claim, answered from the index alone.
 */
export class ReviewEdits1765730000000 implements MigrationInterface {
  name = 'ReviewEdits1765730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE verdict_editors (
        verdict_id uuid NOT NULL REFERENCES verdicts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        first_edited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (verdict_id, user_id)
      );
      CREATE INDEX claim_stage_periods_claim ON claim_stage_periods (claim_id, stage) INCLUDE (entered_at, left_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claim_stage_periods_claim;
      DROP TABLE verdict_editors;
    `);
  }
}
