import { MigrationInterface, QueryRunner } from 'typeorm';
import { claimFingerprint } from '../../../extraction/src/matching/claim-fingerprint';

/** Claims recomputed per statement: a thousand normalisations take about two seconds. */
const BATCH = 1000;

/**
 * Repeats are matched on normalised words (lemmas, places and demonyms, numbers in digits, WordNet synonyms) rather
 * than on the lower-cased text: each claim keeps them as `match_key`, which similarity is measured on, and its MinHash
 * bands are taken from them. Every triaged claim gets its key, and the bands of those that carry any are recomputed
 * from the same words, in batches by id; the band index is rebuilt once at the end rather than updated row by row.
 * Untriaged claims get both at triage. `down` drops the keys and leaves the new bands: the old matching still finds
 * every claim it found by identical words, though fewer paraphrases.
 */
export class NormalisedMatchKeys1765750000000 implements MigrationInterface {
  name = 'NormalisedMatchKeys1765750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE claims ADD COLUMN match_key text;
      DROP INDEX claims_match_bands;
    `);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const claims = (await queryRunner.query(
        `SELECT id, coalesce(nullif(standalone, ''), text) AS text FROM claims
          WHERE triaged_at IS NOT NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      )) as { id: string; text: string }[];
      if (claims.length === 0) break;
      const fingerprints = claims.map((claim) => claimFingerprint(claim.text));
      await queryRunner.query(
        `UPDATE claims SET match_key = computed.key,
                match_bands = CASE WHEN claims.match_bands = '{}' THEN claims.match_bands
                                   ELSE string_to_array(computed.bands, ',')::bigint[] END
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS computed(id, key, bands)
          WHERE claims.id = computed.id`,
        [
          claims.map((claim) => claim.id),
          fingerprints.map((fingerprint) => fingerprint.key),
          fingerprints.map((fingerprint) => fingerprint.bands.join(',')),
        ],
      );
      after = claims[claims.length - 1].id;
    }
    await queryRunner.query(`
      CREATE INDEX claims_match_bands ON claims USING gin (match_bands) WITH (fastupdate = off) WHERE match_bands <> '{}';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE claims DROP COLUMN match_key;`);
  }
}
