import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Triage weighs a speaker's prominence by the number of articles quoting them, counted up to the number at which a
 * speaker is fully prominent. With the article in the index, that count reads a few index entries in order and
 * stops, instead of gathering every quote of a much-quoted speaker.
 */
export class QuotesBySpeakerAndArticle1765000000000 implements MigrationInterface {
  name = 'QuotesBySpeakerAndArticle1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX quotes_speaker_article ON quotes (speaker_id, article_id);
      DROP INDEX quotes_speaker;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX quotes_speaker ON quotes (speaker_id);
      DROP INDEX quotes_speaker_article;
    `);
  }
}
