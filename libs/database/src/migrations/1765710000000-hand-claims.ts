import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims people add by hand, split or merge. A claim now says where it came from (`origin`: the extraction, a person
 * choosing a span, a split or a merge), who made it (`added_by`), the claims it was made from (`derived_from`) and,
 * for a claim a split or merge replaced, the claims that replaced it (`replaced_by`). A quote may be of kind
 * `statement`: words in the article's own voice (or given to a speaker by hand) that no quote mark encloses, the home
 * of a claim added from such a span, since every claim belongs to a quote. A quote made by hand names its maker too.
 * The partial index lists the claims people made, newest first, for the corrections feed.
 */
export class HandClaims1765710000000 implements MigrationInterface {
  name = 'HandClaims1765710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE quotes DROP CONSTRAINT quotes_kind_check;
      ALTER TABLE quotes ADD CONSTRAINT quotes_kind_check
        CHECK (kind IN ('direct', 'partial', 'indirect', 'statement'));
      ALTER TABLE quotes ADD COLUMN added_by uuid REFERENCES users(id);

      ALTER TABLE claims ADD COLUMN origin text NOT NULL DEFAULT 'extraction'
        CHECK (origin IN ('extraction', 'hand', 'split', 'merge'));
      ALTER TABLE claims ADD COLUMN added_by uuid REFERENCES users(id);
      ALTER TABLE claims ADD COLUMN derived_from uuid[] NOT NULL DEFAULT '{}';
      ALTER TABLE claims ADD COLUMN replaced_by uuid[] NOT NULL DEFAULT '{}';
      ALTER TABLE claims ADD CONSTRAINT claims_origin_has_maker CHECK ((origin = 'extraction') = (added_by IS NULL));
      CREATE INDEX claims_made_by_people ON claims (created_at, id) WHERE origin <> 'extraction';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_made_by_people;
      ALTER TABLE claims DROP CONSTRAINT claims_origin_has_maker;
      ALTER TABLE claims DROP COLUMN replaced_by;
      ALTER TABLE claims DROP COLUMN derived_from;
      ALTER TABLE claims DROP COLUMN added_by;
      ALTER TABLE claims DROP COLUMN origin;
      -- A statement has no place in the older schema: it goes, and its claims with it (ON DELETE CASCADE).
      DELETE FROM quotes WHERE kind = 'statement';
      ALTER TABLE quotes DROP COLUMN added_by;
      ALTER TABLE quotes DROP CONSTRAINT quotes_kind_check;
      ALTER TABLE quotes ADD CONSTRAINT quotes_kind_check CHECK (kind IN ('direct', 'partial', 'indirect'));
    `);
  }
}
