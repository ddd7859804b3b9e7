import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two reads that must not grow with the tables. Triage weighs a speaker's prominence by the articles quoting them,
 * counted only up to the number at which a speaker is fully prominent: with the article in the index, that count
 * reads a few entries in order and stops. The deadline sweep finds waiting claims past their deadline: the oldest
 * stays of each people's stage, first in the index.
 */
export class ProminenceAndDeadlineIndexes1765000000000 implements MigrationInterface {
  name = 'ProminenceAndDeadlineIndexes1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX quotes_speaker_article ON quotes (speaker_id, article_id);
      DROP INDEX quotes_speaker;
      CREATE INDEX claims_deadline ON claims (stage, stage_entered_at) WHERE NOT overdue AND stage IN ('research', 'review');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_deadline;
      CREATE INDEX quotes_speaker ON quotes (speaker_id);
      DROP INDEX quotes_speaker_article;
    `);
  }
}
