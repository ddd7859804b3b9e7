import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim that repeats an earlier one (linked or confirmed) no longer carries MinHash bands: later repeats find the
 * first of them, not every twin. Wire copy repeats a quote in hundreds of articles; with every twin indexed, each
 * new repeat paid for its bands in the index and searched through all the twins. Untriaged claims carry none yet
 * either (triage writes them), so the index holds only the claims a new claim can be matched against.
 */
export class RepeatBandsOnFirstOnly1764900000000 implements MigrationInterface {
  name = 'RepeatBandsOnFirstOnly1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_match_bands;
      UPDATE claims SET match_bands = '{}'
       WHERE match_bands <> '{}'
         AND id IN (SELECT claim_id FROM claim_matches WHERE status IN ('linked', 'confirmed'));
      CREATE INDEX claims_match_bands ON claims USING gin (match_bands) WITH (fastupdate = off) WHERE match_bands <> '{}';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_match_bands;
      CREATE INDEX claims_match_bands ON claims USING gin (match_bands) WITH (fastupdate = off);
    `);
  }
}
