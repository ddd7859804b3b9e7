import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding repeats among a million claims: comparing a new claim's trigrams with every claim's (even through a
 * trigram index, whose posting lists for common trigrams grow with the table) does not stay fast. Each claim now
 * carries MinHash band keys of its words (libs/workflow claim-fingerprint.ts): claims sharing a band are the only
 * candidates, found through a GIN index on short posting lists, and pg_trgm similarity then scores just those.
 * Claims stored before this migration have no bands and are not offered as matches.
 */
export class ClaimFingerprints1764400000000 implements MigrationInterface {
  name = 'ClaimFingerprints1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims ADD COLUMN match_bands bigint[] NOT NULL DEFAULT '{}';
      CREATE INDEX claims_match_bands ON claims USING gin (match_bands);
      DROP INDEX claims_match_text;
      DROP INDEX claims_match_text_exact;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX claims_match_text ON claims USING gin (match_text gin_trgm_ops);
      CREATE INDEX claims_match_text_exact ON claims (md5(match_text));
      DROP INDEX claims_match_bands;
      ALTER TABLE claims DROP COLUMN match_bands;
    `);
  }
}
