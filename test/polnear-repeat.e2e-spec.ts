import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir, waitFor } from '@app/testing';
import { startTestService, TestService } from './support';

/** A real quote that two PolNeAR articles both carry: triage links the second one's claim to the first's. */
const data = sharedDataDir();
const describeWithData = data ? describe : describe.skip;

interface Repeat {
  words: string;
  files: [string, string];
}

/** Quotes of 60+ characters appearing, word for word, in two articles; found in the data, not written here. */
function repeatedQuotes(dir: string): Repeat[] {
  const seen = new Map<string, Set<string>>();
  for (const split of ['train', 'dev']) {
    const textDir = join(dir, 'polnear', split, 'text');
    for (const file of readdirSync(textDir).sort()) {
      const text = readFileSync(join(textDir, file), 'utf8');
      for (const match of text.matchAll(/[“"]([^”"]{60,300})[”"]/g)) {
        const words = match[1]
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        seen.set(words, (seen.get(words) ?? new Set()).add(join(textDir, file)));
      }
    }
  }
  return [...seen.entries()]
    .filter(([words, files]) => files.size === 2 && !words.endsWith('?'))
    .map(([words, files]) => ({ words, files: [...files].sort() as [string, string] }))
    .sort((a, b) => a.words.localeCompare(b.words));
}

describeWithData('a PolNeAR quote repeated across articles', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(() => service?.stop());

  it('links the repeat to the earlier claim', async () => {
    const normalise = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    let checked = 0;
    for (const repeat of repeatedQuotes(data!)) {
      const claimsOf = async (file: string) => {
        const id = (
          await service
            .http()
            .post('/v1/articles')
            .send({ body: readFileSync(file, 'utf8') })
        ).body.id as string;
        await waitFor(
          async () => {
            const rows = await service.query(
              `SELECT (SELECT status FROM articles WHERE id = $1) AS status,
                    (SELECT count(*) FROM claims WHERE article_id = $1 AND triaged_at IS NULL)::int AS untriaged`,
              [id],
            );
            return ['extracted', 'failed'].includes(rows[0].status) && rows[0].untriaged === 0;
          },
          { timeoutMs: 30000 },
        );
        const rows = await service.query<{ id: string; text: string }>(
          'SELECT id, text FROM claims WHERE article_id = $1',
          [id],
        );
        return rows.filter((row) => normalise(row.text).length >= 30 && repeat.words.includes(normalise(row.text)));
      };
      const first = await claimsOf(repeat.files[0]);
      const second = await claimsOf(repeat.files[1]);
      if (first.length === 0 || second.length === 0) continue;
      const links = await service.query(
        `SELECT status, similarity FROM claim_matches WHERE claim_id = ANY($1) AND matched_claim_id = ANY($2)`,
        [second.map((row) => row.id), first.map((row) => row.id)],
      );
      expect(links.length).toBeGreaterThan(0);
      expect(links.some((link) => link.status === 'linked')).toBe(true);
      checked++;
      if (checked >= 2) break;
    }
    expect(checked).toBeGreaterThan(0);
  }, 120000);
});
