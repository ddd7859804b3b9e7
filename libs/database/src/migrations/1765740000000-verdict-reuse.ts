import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Same verdict": a verdict started from the published verdict of the claim it repeats keeps a link to that verdict
 * (the first fact check of the claim, whichever version was copied). The original's ClaimReview lists every published
 * repeat's article as an appearance, so publishing reads the repeats of a verdict through this index.
 */
export class VerdictReuse1765740000000 implements MigrationInterface {
  name = 'VerdictReuse1765740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE verdicts ADD COLUMN reused_from uuid REFERENCES verdicts(id);
      CREATE INDEX verdicts_reused_from ON verdicts (reused_from) WHERE reused_from IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX verdicts_reused_from;
      ALTER TABLE verdicts DROP COLUMN reused_from;
    `);
  }
}
