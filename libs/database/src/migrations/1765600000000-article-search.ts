import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The article list: newest first (by arrival) on its own, or of one status, read straight from an index; words
 * found in the title and text through a full-text index; a part of the publisher's name through trigrams. Only the
 * first 100,000 characters of the text are indexed: a tsvector holds at most 1 MB, which a 2 MB text of distinct
 * words would exceed and so fail its insert, and news articles are far shorter.
 */
export class ArticleSearch1765600000000 implements MigrationInterface {
  name = 'ArticleSearch1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE articles ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', left(body, 100000)), 'B')
        ) STORED;
      CREATE INDEX articles_search ON articles USING gin (search_vector);
      CREATE INDEX articles_newest ON articles (created_at, id);
      CREATE INDEX articles_status_newest ON articles (status, created_at, id);
      CREATE INDEX articles_publisher_trgm ON articles USING gin (lower(publisher) gin_trgm_ops);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX articles_publisher_trgm;
      DROP INDEX articles_status_newest;
      DROP INDEX articles_newest;
      DROP INDEX articles_search;
      ALTER TABLE articles DROP COLUMN search_vector;
    `);
  }
}
