import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everyone who wrote part of a verdict version, not only the last to touch it (`verdicts.author_id`): the two-person
 * rule refuses the review to any of them, and the claim view shows a draft someone inherited.
 *
 * Existing verdicts get their `author_id` and everyone the audit trail shows saving, submitting or correcting them
 * (whether a save changed anything was not recorded, so every save counts: the rule errs on the strict side), each
 * from their first such event. A correction carries over the words of the versions before it, so it also gets their
 * authors, as corrections made from now on do.
 */
export class VerdictAuthors1765200000000 implements MigrationInterface {
  name = 'VerdictAuthors1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE verdict_authors (
        verdict_id uuid NOT NULL REFERENCES verdicts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        first_wrote_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (verdict_id, user_id)
      );
      -- "My verdicts": the versions a person wrote part of.
      CREATE INDEX verdict_authors_user ON verdict_authors (user_id, verdict_id);

      INSERT INTO verdict_authors (verdict_id, user_id, first_wrote_at)
      SELECT verdict_id, user_id, min(wrote_at)
        FROM (SELECT verdict.id, event.actor_id, event.created_at
                FROM events event
                JOIN verdicts verdict ON verdict.id::text = event.data->>'verdictId'
               WHERE event.type IN ('verdict.drafted', 'verdict.submitted', 'verdict.correction-approved')
                 AND event.actor_id IS NOT NULL
              UNION ALL
              SELECT id, author_id, updated_at FROM verdicts) AS wrote (verdict_id, user_id, wrote_at)
       GROUP BY verdict_id, user_id;

      INSERT INTO verdict_authors (verdict_id, user_id, first_wrote_at)
      SELECT correction.id, earlier_author.user_id, min(earlier_author.first_wrote_at)
        FROM verdicts correction
        JOIN verdicts earlier ON earlier.claim_id = correction.claim_id AND earlier.version < correction.version
        JOIN verdict_authors earlier_author ON earlier_author.verdict_id = earlier.id
       WHERE correction.correction_note IS NOT NULL
       GROUP BY correction.id, earlier_author.user_id
          ON CONFLICT (verdict_id, user_id)
          DO UPDATE SET first_wrote_at = least(verdict_authors.first_wrote_at, excluded.first_wrote_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE verdict_authors;`);
  }
}
