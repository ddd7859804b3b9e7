import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where an article's claims come from, as it was submitted (or the configured default then): `quotes`, or `all` (also
 * the check-worthy statements of its own voice). Kept with the article so that its extraction, run later or again,
 * does what the submission asked, and a later submission of the same article can be told from a different request.
 * The articles already here were extracted from their quotes.
 */
export class ArticleClaimsFrom1765810000000 implements MigrationInterface {
  name = 'ArticleClaimsFrom1765810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE articles ADD COLUMN claims_from text NOT NULL DEFAULT 'quotes'
        CONSTRAINT articles_claims_from_check CHECK (claims_from IN ('quotes', 'all'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE articles DROP COLUMN claims_from;`);
  }
}
