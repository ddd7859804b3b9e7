import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public fact-check pages: a published claim gets a readable, stable slug (`/fact-checks/<slug>`) and the time it was
 * first published (their order, newest first), both set once, at its first publication, and never changed, so old
 * links keep working after a correction. A verdict keeps the newsroom's own page for its ClaimReview `url` when the
 * editor gave one.
 *
 * Claims published before get a slug here from their text (the service's rule, in SQL: lower case, runs of anything
 * but ASCII letters and digits as one `-`, at most 60 characters) and the first 8 hex digits of their id; their
 * ClaimReviews keep the url they were published with.
 */
export class FactCheckSlugs1765500000000 implements MigrationInterface {
  name = 'FactCheckSlugs1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims ADD COLUMN public_slug text;
      ALTER TABLE claims ADD COLUMN public_since timestamptz;
      ALTER TABLE verdicts ADD COLUMN review_url text;

      UPDATE claims claim
         SET public_slug = coalesce(nullif(trim(BOTH '-' FROM left(regexp_replace(
                 lower(coalesce(nullif(trim(claim.standalone), ''), claim.text)), '[^a-z0-9]+', '-', 'g'), 60)), ''),
               'fact-check') || '-' || left(replace(claim.id::text, '-', ''), 8),
             public_since = first.published_at
        FROM (SELECT claim_id, min(published_at) AS published_at FROM verdicts
               WHERE published_at IS NOT NULL GROUP BY claim_id) first
       WHERE first.claim_id = claim.id;

      CREATE UNIQUE INDEX claims_public_slug ON claims (public_slug) WHERE public_slug IS NOT NULL;
      -- The public list and its feeds: newest first, paged by (public_since, id).
      CREATE INDEX claims_public_since ON claims (public_since DESC, id DESC) WHERE public_slug IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX claims_public_since;
      DROP INDEX claims_public_slug;
      ALTER TABLE verdicts DROP COLUMN review_url;
      ALTER TABLE claims DROP COLUMN public_since;
      ALTER TABLE claims DROP COLUMN public_slug;
    `);
  }
}
