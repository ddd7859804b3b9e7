import { MigrationInterface, QueryRunner } from 'typeorm';
import { claimFingerprint } from '../../../extraction/src/matching/claim-fingerprint';

/** Claims read per statement: a thousand fingerprints take about 60 ms. */
const BATCH = 1000;

/**
 * Match words are lemmatised from compromise's lexicon and rules word by word instead of by a compromise parse of
 * each claim: the same words for about 98 % of claims (PolNeAR's, CheckThat!'s and ClaimDecomp's texts), different
 * for the rest (numbers spelt over several words, clauses and contractions read a little differently). Every claim
 * with a match key gets the key its text now has, and the bands of those that carry any; only the claims whose key
 * changed are written, so the band index is updated for those alone. `down` leaves the keys: the previous
 * lemmatiser is gone, and a key of either kind still matches the claims it was made beside.
 */
export class LexiconMatchKeys1765890000000 implements MigrationInterface {
  name = 'LexiconMatchKeys1765890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const claims = (await queryRunner.query(
        `SELECT id, coalesce(nullif(standalone, ''), text) AS text, match_key AS key FROM claims
          WHERE match_key IS NOT NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      )) as { id: string; text: string; key: string }[];
      if (claims.length === 0) break;
      const changed = claims
        .map((claim) => ({ id: claim.id, old: claim.key, fingerprint: claimFingerprint(claim.text) }))
        .filter((claim) => claim.fingerprint.key !== claim.old);
      if (changed.length > 0) {
        await queryRunner.query(
          `UPDATE claims SET match_key = computed.key,
                  match_bands = CASE WHEN claims.match_bands = '{}' THEN claims.match_bands
                                     ELSE string_to_array(computed.bands, ',')::bigint[] END
             FROM unnest($1::uuid[], $2::text[], $3::text[]) AS computed(id, key, bands)
            WHERE claims.id = computed.id`,
          [
            changed.map((claim) => claim.id),
            changed.map((claim) => claim.fingerprint.key),
            changed.map((claim) => claim.fingerprint.bands.join(',')),
          ],
        );
      }
      after = claims[claims.length - 1].id;
    }
  }

  async down(): Promise<void> {
    // The keys stay as they are (see above).
  }
}
