import { MigrationInterface, QueryRunner } from 'typeorm';

/** The claim list filtered by speaker reads one speaker's claims in queue order straight from an index. */
export class ListingIndexes1764600000000 implements MigrationInterface {
  name = 'ListingIndexes1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_speaker;
      CREATE INDEX claims_speaker_queue ON claims (speaker_id, stage, queue_rank DESC, id);
      CREATE INDEX speakers_name_trgm ON speakers USING gin (name gin_trgm_ops);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX speakers_name_trgm;
      DROP INDEX claims_speaker_queue;
      CREATE INDEX claims_speaker ON claims (speaker_id);
    `);
  }
}
